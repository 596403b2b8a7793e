package org.alpwb.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.Selection;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.table.ColumnTable;

/**
 * A named, versioned cut-based strategy: mass-independent cuts on columns of the eegg candidate table
 * (after the channel's Table 6.1 preselection) plus, for {@code slides-cuts}, a mass window in units
 * of the signal width applied per mass hypothesis. Every cut value is a named parameter that a study
 * may override (config field {@code cuts}); the defaults reproduce the thesis and the slides.
 *
 * <p>The cuts are evaluated here, on the same columns the channel's named selections read, so that
 * the cut flow can carry the fusion share after every cut and any value can be changed. When all
 * values that a channel selection covers are at their defaults, {@link #crossCheck} applies that
 * selection ({@code thesis-preclassifier} or {@code slides}) too and fails if the masks differ.
 */
final class Strategy {
    static final String THESIS = "thesis-cuts";
    static final String SLIDES = "slides-cuts";
    static final List<String> NAMES = List.of(THESIS, SLIDES);
    /** Bumped whenever a definition changes; part of every payload (and so of downstream cache keys). */
    static final int VERSION = 1;

    // column names of the eegg channel table
    static final String VERTEX_D = "vertexDCm";
    static final String EID_EP = "electronIdEPlus";
    static final String EID_EM = "electronIdEMinus";
    static final String DIST_TRACK_GL = "gammaLowDistanceToTrackCm";
    static final String BB_SCORE_GL = "gammaLowBeamBackgroundScore";
    static final String E_STAR_MIN = "minEnergyCmGeV";
    static final String THETA_STAR_MIN = "minThetaCmRad";
    static final String THETA_STAR_MAX = "maxThetaCmRad";
    static final String MIN_SEPARATION = "minAngularSeparationRad";
    static final String WEIGHT = "weightPb";
    static final String DIAGRAM = "truthDiagram";

    /** One cut: name for the cut flow, a row predicate over the table's columns. */
    record Cut(String name, List<String> columns, RowTest test) {
    }

    @FunctionalInterface
    interface RowTest {
        boolean pass(double[][] columns, int row);
    }

    /** Result of the mass-independent cuts: final mask and the cumulative steps (first: all rows). */
    record Applied(boolean[] passed, List<Step> steps) {
    }

    /** Cumulative cut-flow step; fusionShare is NaN when the table has no diagram truth. */
    record Step(String cut, long entries, double weightPb, double fusionShare) {
    }

    private final String name;
    private final Map<String, Double> parameters;
    private final Map<String, Double> defaults;

    private Strategy(String name, Map<String, Double> parameters, Map<String, Double> defaults) {
        this.name = name;
        this.parameters = parameters;
        this.defaults = defaults;
    }

    static Map<String, Double> defaults(String name) {
        Map<String, Double> d = new LinkedHashMap<>();
        if (THESIS.equals(name)) {
            d.put("vertexDMaxCm", 1.0); // thesis sec. 6
            d.put("electronIdMin", 0.9); // thesis sec. 6, "or" of e+ and e-
            d.put("gammaLowDistanceToTrackMinCm", 30.0); // Table 7.4
            d.put("gammaLowBeamBackgroundScoreMin", 0.5); // Table 7.4
        } else if (SLIDES.equals(name)) {
            d.put("energyCmMinGeV", 0.25);
            d.put("thetaCmMinDeg", 22.0);
            d.put("thetaCmMaxDeg", 158.0);
            d.put("separationMinRad", 0.048);
            d.put("massWindowLowSigma", -3.0);
            d.put("massWindowHighSigma", 1.5);
        } else {
            throw new IllegalArgumentException(name);
        }
        return d;
    }

    /** From config fields {@code strategy} (required) and {@code cuts} (overrides by parameter name). */
    static Strategy fromConfig(TaskConfig config) {
        String name = config.choice("strategy", null, NAMES.toArray(String[]::new));
        if (name == null) {
            throw config.invalid("strategy", "(missing)", String.join(", ", NAMES) + " (required)");
        }
        return of(name, config.child("cuts"));
    }

    static Strategy of(String name, TaskConfig cuts) {
        Map<String, Double> defaults = defaults(name);
        cuts.allowOnly(defaults.keySet().toArray(String[]::new));
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : defaults.entrySet()) {
            values.put(e.getKey(), cuts.number(e.getKey(), e.getValue()));
        }
        if (SLIDES.equals(name)) {
            if (!(values.get("massWindowLowSigma") < 0 && values.get("massWindowHighSigma") > 0)) {
                throw cuts.invalid("massWindowLowSigma", values.get("massWindowLowSigma") + ", "
                        + values.get("massWindowHighSigma"), "massWindowLowSigma < 0 < massWindowHighSigma");
            }
            if (!(values.get("thetaCmMinDeg") < values.get("thetaCmMaxDeg"))) {
                throw cuts.invalid("thetaCmMinDeg", values.get("thetaCmMinDeg"), "less than thetaCmMaxDeg "
                        + values.get("thetaCmMaxDeg"));
            }
        }
        return new Strategy(name, values, defaults);
    }

    /** Strategy recorded in a signal-model payload: {"name", "version", "cuts": {...}}. */
    @SuppressWarnings("unchecked")
    static Strategy fromRecord(Map<String, Object> record, String source) {
        Object name = record.get("name");
        if (!NAMES.contains(name)) {
            throw new InvalidInputException(source, "strategy.name", name, String.join(", ", NAMES));
        }
        Object version = record.get("version");
        if (!(version instanceof Number) || ((Number) version).intValue() != VERSION) {
            throw new InvalidInputException(source, "strategy.version", version, Integer.toString(VERSION)
                    + " (re-run the signal-model task with this version of the analysis bundle)");
        }
        return of((String) name, new TaskConfig(source, "strategy.cuts", (Map<String, Object>) record.get("cuts")));
    }

    String name() {
        return name;
    }

    Map<String, Double> parameters() {
        return parameters;
    }

    double parameter(String key) {
        return parameters.get(key);
    }

    boolean hasMassWindow() {
        return SLIDES.equals(name);
    }

    /** Mass window [low, high] in units of the signal width around the peak (slides only). */
    double[] massWindowSigma() {
        return new double[] {parameter("massWindowLowSigma"), parameter("massWindowHighSigma")};
    }

    Map<String, Object> toRecord() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("version", VERSION);
        r.put("cuts", new LinkedHashMap<>(parameters));
        return r;
    }

    List<Cut> cuts() {
        List<Cut> cuts = new ArrayList<>();
        if (THESIS.equals(name)) {
            double d = parameter("vertexDMaxCm");
            double eid = parameter("electronIdMin");
            double c2t = parameter("gammaLowDistanceToTrackMinCm");
            double bb = parameter("gammaLowBeamBackgroundScoreMin");
            cuts.add(new Cut("D(e+,e-) < " + d + " cm", List.of(VERTEX_D), (c, r) -> c[0][r] < d));
            cuts.add(new Cut("electron ID(e+) > " + eid + " or electron ID(e-) > " + eid, List.of(EID_EP, EID_EM),
                    (c, r) -> c[0][r] > eid || c[1][r] > eid));
            cuts.add(new Cut("d_c2T(gamma L) > " + c2t + " cm", List.of(DIST_TRACK_GL), (c, r) -> c[0][r] > c2t));
            cuts.add(new Cut("BB-MVA(gamma L) > " + bb, List.of(BB_SCORE_GL), (c, r) -> c[0][r] > bb));
        } else {
            double e = parameter("energyCmMinGeV");
            double tMin = Math.toRadians(parameter("thetaCmMinDeg"));
            double tMax = Math.toRadians(parameter("thetaCmMaxDeg"));
            double sep = parameter("separationMinRad");
            cuts.add(new Cut("E* > " + e + " GeV (all four)", List.of(E_STAR_MIN), (c, r) -> c[0][r] > e));
            cuts.add(new Cut("theta* in [" + parameter("thetaCmMinDeg") + ", " + parameter("thetaCmMaxDeg")
                    + "] deg (all four)", List.of(THETA_STAR_MIN, THETA_STAR_MAX),
                    (c, r) -> c[0][r] >= tMin && c[1][r] <= tMax));
            cuts.add(new Cut("gamma-gamma, gamma-e separation > " + sep, List.of(MIN_SEPARATION),
                    (c, r) -> c[0][r] > sep));
        }
        return cuts;
    }

    /** Applies the mass-independent cuts in order. */
    Applied apply(ColumnTable table, String source) {
        int rows = table.rowCount();
        double[] w = column(table, WEIGHT, source);
        double[] diagram = table.hasColumn(DIAGRAM) ? table.column(DIAGRAM) : null;
        boolean[] pass = new boolean[rows];
        java.util.Arrays.fill(pass, true);
        List<Step> steps = new ArrayList<>();
        steps.add(step("preselected candidates", pass, w, diagram));
        for (Cut cut : cuts()) {
            double[][] cols = new double[cut.columns().size()][];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = column(table, cut.columns().get(i), source);
            }
            for (int r = 0; r < rows; r++) {
                pass[r] = pass[r] && cut.test().pass(cols, r);
            }
            steps.add(step(cut.name(), pass, w, diagram));
        }
        return new Applied(pass, steps);
    }

    static Step step(String cut, boolean[] pass, double[] w, double[] diagram) {
        long n = 0;
        double sum = 0;
        double fusion = 0;
        double known = 0;
        for (int r = 0; r < pass.length; r++) {
            if (pass[r]) {
                n++;
                sum += w[r];
                if (diagram != null && diagram[r] != 0) {
                    known += w[r];
                    fusion += diagram[r] == 1 ? w[r] : 0;
                }
            }
        }
        return new Step(cut, n, sum, known > 0 ? fusion / known : Double.NaN);
    }

    static double[] column(ColumnTable table, String column, String source) {
        if (!table.hasColumn(column)) {
            throw new InvalidInputException(source, "column", column, "a candidate table with column '" + column
                    + "'; columns: " + table.columnNames());
        }
        return table.column(column);
    }

    /** The channel selection that implements this strategy's channel-defined cuts with default values. */
    String channelSelection() {
        return THESIS.equals(name) ? "thesis-preclassifier" : "slides";
    }

    /** Parameters covered by {@link #channelSelection()}. */
    private List<String> channelCovered() {
        return THESIS.equals(name) ? List.of("vertexDMaxCm", "electronIdMin")
                : List.of("energyCmMinGeV", "thetaCmMinDeg", "thetaCmMaxDeg", "separationMinRad");
    }

    /** Number of own cuts that the channel selection covers (they come first). */
    private int coveredCuts() {
        return THESIS.equals(name) ? 2 : 3;
    }

    /**
     * If the channel offers {@link #channelSelection()} and the covered values are the defaults, checks
     * that it selects the same rows as the first cuts of this strategy (the slides mass window is not
     * applied: no mass parameters are passed). Returns true if the check ran.
     */
    boolean crossCheck(Channel channel, ColumnTable table, String source) {
        if (channel == null || !channel.selectionNames().contains(channelSelection())) {
            return false;
        }
        for (String p : channelCovered()) {
            if (!parameters.get(p).equals(defaults.get(p))) {
                return false;
            }
        }
        Selection selection = channel.selection(channelSelection());
        boolean[] theirs = selection.apply(table, Map.of()).passed();
        Strategy prefix = this;
        boolean[] ours = new boolean[table.rowCount()];
        java.util.Arrays.fill(ours, true);
        List<Cut> cuts = prefix.cuts().subList(0, coveredCuts());
        for (Cut cut : cuts) {
            double[][] cols = new double[cut.columns().size()][];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = column(table, cut.columns().get(i), source);
            }
            for (int r = 0; r < ours.length; r++) {
                ours[r] = ours[r] && cut.test().pass(cols, r);
            }
        }
        for (int r = 0; r < ours.length; r++) {
            if (ours[r] != theirs[r]) {
                throw new IllegalStateException("strategy " + name + " and channel selection " + channelSelection()
                        + " disagree on row " + r + " of " + source + " (strategy " + ours[r] + ")");
            }
        }
        return true;
    }
}
