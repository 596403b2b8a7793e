package org.alpwb.api.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cumulative counts after each cut: raw number of events (or candidates) and their summed weight in
 * pb. Immutable.
 */
public record CutFlow(String name, List<Step> steps) {

    public CutFlow {
        steps = List.copyOf(steps);
    }

    /** One cut: its name, what survived it, and whether it was applied (false: parameter missing). */
    public record Step(String cut, long count, double weightPb, boolean applied) {
    }

    /** Efficiency of the last step relative to the first, in weights (NaN if the first is 0). */
    public double efficiency() {
        if (steps.isEmpty() || steps.get(0).weightPb() == 0) {
            return Double.NaN;
        }
        return steps.get(steps.size() - 1).weightPb() / steps.get(0).weightPb();
    }

    /** The steps of {@code other} appended after this one's (e.g. preselection then a selection). */
    public CutFlow then(CutFlow other) {
        List<Step> all = new ArrayList<>(steps);
        List<Step> more = other.steps();
        all.addAll(more.isEmpty() ? more : more.subList(1, more.size()));
        return new CutFlow(name + " + " + other.name(), all);
    }

    /** Adds two cut flows with the same steps (e.g. from two chunks of a sample). */
    public CutFlow plus(CutFlow other) {
        if (other.steps.size() != steps.size()) {
            throw new IllegalArgumentException("cut flows differ: " + steps.size() + " vs " + other.steps.size() + " steps");
        }
        List<Step> sum = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step a = steps.get(i);
            Step b = other.steps.get(i);
            if (!a.cut().equals(b.cut())) {
                throw new IllegalArgumentException("cut flows differ at step " + i + ": " + a.cut() + " vs " + b.cut());
            }
            sum.add(new Step(a.cut(), a.count() + b.count(), a.weightPb() + b.weightPb(), a.applied() && b.applied()));
        }
        return new CutFlow(name, sum);
    }

    /** A JSON object {"name": ..., "steps": [{"cut", "count", "weightPb", "applied"}, ...]}. */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\"name\": ").append(quote(name)).append(", \"steps\": [");
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            json.append(i == 0 ? "" : ", ").append("{\"cut\": ").append(quote(s.cut())).append(", \"count\": ")
                    .append(s.count()).append(", \"weightPb\": ").append(number(s.weightPb())).append(", \"applied\": ")
                    .append(s.applied()).append('}');
        }
        return json.append("]}").toString();
    }

    /** A fixed-width text table for terminals. */
    public String toText() {
        StringBuilder text = new StringBuilder(name).append('\n');
        double first = steps.isEmpty() ? 0 : steps.get(0).weightPb();
        for (Step s : steps) {
            text.append(String.format(Locale.ROOT, "  %-44s %10d %14.6g pb  %8.4f%s%n", s.cut(), s.count(), s.weightPb(),
                    first == 0 ? Double.NaN : s.weightPb() / first, s.applied() ? "" : "  (not applied)"));
        }
        return text.toString();
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20) {
                q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
