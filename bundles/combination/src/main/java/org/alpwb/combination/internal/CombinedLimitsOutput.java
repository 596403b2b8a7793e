package org.alpwb.combination.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.combination.internal.CombinedLimitsTask.Prepared;
import org.alpwb.combination.internal.CombinedPointCalculator.ChannelPoint;
import org.alpwb.combination.internal.CombinedPointCalculator.Point;
import org.alpwb.limits.pyhf.WorkspaceWriter;

/** The artifact of {@code combined-limits}: payload JSON, CSV and the exported combined workspaces. */
final class CombinedLimitsOutput {
    private CombinedLimitsOutput() {
    }

    static Artifact artifact(TaskConfig config, List<Prepared> channels, CombinedPointCalculator calc, Point[] points,
            double[] workspaceMasses) throws Exception {
        double g = calc.referenceCoupling();
        double[] lumis = calc.luminositiesFb();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", 1);
        json.put("luminosityInvFb", lumis[0]);
        json.put("projectionsInvFb", Arrays.copyOfRange(lumis, 1, lumis.length));
        json.put("cl", config.number("cl", 0.90));
        json.put("luminosityUncertainty", config.number("luminosityUncertainty", 0.01));
        json.put("referenceCouplingPerGeV", g);
        json.put("poi", "mu = (g / referenceCouplingPerGeV)^2, shared by every channel");
        List<Object> chans = new ArrayList<>();
        for (Prepared p : channels) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", p.name());
            c.put("channel", p.channelId());
            c.put("strategy", p.strategyId());
            c.put("parameters", new TreeMap<>(p.parameters()));
            c.put("referenceCouplingPerGeV", p.xsec().couplingPerGeV());
            c.put("massRangeGeV", new double[] {Math.max(p.model().lowGeV(), p.xsec().lowGeV()),
                Math.min(p.model().highGeV(), p.xsec().highGeV())});
            c.put("excludedRegions", p.excluded().stream().map(r -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("name", r.name());
                x.put("loGeV", r.loGeV());
                x.put("hiGeV", r.hiGeV());
                return x;
            }).toList());
            c.put("strategyModel", p.model().summary());
            chans.add(c);
        }
        json.put("channels", chans);
        List<Object> pts = new ArrayList<>();
        int combined = 0;
        int weaker = 0;
        List<Double> gains = new ArrayList<>();
        for (Point p : points) {
            pts.add(point(p, g, lumis));
            if (p.muUp() != null) {
                combined++;
                double best = Double.POSITIVE_INFINITY;
                for (ChannelPoint c : p.channels()) {
                    if (c.muUp() != null) {
                        best = Math.min(best, c.muUp().get(0)[2]);
                    }
                }
                double comb = p.muUp().get(0)[2];
                // tolerance of the limit root finder (1e-6 relative): beyond it, the combination would be weaker
                if (comb > best * (1 + 1e-5)) {
                    weaker++;
                }
                gains.add(Math.sqrt(best / comb));
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("points", points.length);
        summary.put("combinedPoints", combined);
        summary.put("pointsWeakerThanBestChannel", weaker);
        summary.put("medianGainOverBestChannel", median(gains));
        summary.put("minGainOverBestChannel", gains.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN));
        json.put("summary", clean(summary));
        json.put("massStepGeV", config.number("massStepGeV", 0.02));
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Object> exported = new ArrayList<>();
        for (double wm : workspaceMasses) {
            Point p = nearest(points, wm);
            if (p == null || p.workspace() == null) {
                continue;
            }
            String file = "workspaces/combined-m" + java.math.BigDecimal.valueOf(p.massGeV()).stripTrailingZeros()
                    .toPlainString() + ".json";
            if (files.containsKey(file)) {
                continue;
            }
            files.put(file, WorkspaceWriter.toJson(p.workspace()).getBytes(StandardCharsets.UTF_8));
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("massGeV", p.massGeV());
            e.put("file", file);
            e.put("channels", p.combined());
            e.put("muUp", p.muUp() == null ? null : p.muUp().get(0));
            exported.add(e);
        }
        json.put("workspaces", exported);
        json.put("points", pts);
        byte[] payload = CombinedLimitsTask.MAPPER.writeValueAsBytes(json);
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("combined-limits.json", payload);
        all.put("combined-limits.csv", csv(channels, points, g, lumis).getBytes(StandardCharsets.UTF_8));
        all.putAll(files);
        return new Artifact(CombinedLimitsTask.TYPE, payload, all);
    }

    private static Map<String, Object> point(Point p, double g, double[] lumis) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("massGeV", p.massGeV());
        Map<String, Object> chans = new LinkedHashMap<>();
        for (ChannelPoint c : p.channels()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("status", c.status());
            x.put("efficiency", num(c.efficiency()));
            x.put("signalEventsAtReference", num(c.signalEventsAtReference()));
            limits(x, c.muUp(), g, lumis);
            chans.put(c.name(), x);
        }
        m.put("channels", chans);
        Map<String, Object> comb = new LinkedHashMap<>();
        comb.put("status", p.status());
        comb.put("channels", p.combined());
        limits(comb, p.muUp(), g, lumis);
        m.put("combined", comb);
        return m;
    }

    /** muUp and couplingUpPerGeV (5 band values) at the nominal luminosity, and the projections. */
    private static void limits(Map<String, Object> x, List<double[]> mu, double g, double[] lumis) {
        x.put("muUp", mu == null ? null : mu.get(0));
        x.put("couplingUpPerGeV", mu == null ? null : coupling(mu.get(0), g));
        List<Object> proj = new ArrayList<>();
        for (int j = 1; j < lumis.length; j++) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("luminosityInvFb", lumis[j]);
            q.put("couplingUpPerGeV", mu == null ? null : coupling(mu.get(j), g));
            proj.add(q);
        }
        x.put("projections", proj);
    }

    static double[] coupling(double[] mu, double g) {
        double[] out = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            out[i] = g * Math.sqrt(mu[i]);
        }
        return out;
    }

    private static String csv(List<Prepared> channels, Point[] points, double g, double[] lumis) {
        StringBuilder sb = new StringBuilder("mass_gev");
        for (Prepared c : channels) {
            sb.append(",g_up_median_").append(c.name());
        }
        sb.append(",g_up_combined_m2,g_up_combined_m1,g_up_combined_median,g_up_combined_p1,g_up_combined_p2");
        for (int j = 1; j < lumis.length; j++) {
            for (Prepared c : channels) {
                sb.append(String.format(Locale.ROOT, ",g_up_median_%s_%gfb", c.name(), lumis[j]));
            }
            sb.append(String.format(Locale.ROOT, ",g_up_combined_median_%gfb", lumis[j]));
        }
        sb.append('\n');
        for (Point p : points) {
            sb.append(p.massGeV());
            for (ChannelPoint c : p.channels()) {
                sb.append(',').append(c.muUp() == null ? "" : String.valueOf(g * Math.sqrt(c.muUp().get(0)[2])));
            }
            for (int i = 0; i < 5; i++) {
                sb.append(',').append(p.muUp() == null ? "" : String.valueOf(g * Math.sqrt(p.muUp().get(0)[i])));
            }
            for (int j = 1; j < lumis.length; j++) {
                for (ChannelPoint c : p.channels()) {
                    sb.append(',').append(c.muUp() == null ? "" : String.valueOf(g * Math.sqrt(c.muUp().get(j)[2])));
                }
                sb.append(',').append(p.muUp() == null ? "" : String.valueOf(g * Math.sqrt(p.muUp().get(j)[2])));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Point nearest(Point[] points, double m) {
        Point best = null;
        for (Point p : points) {
            if (best == null || Math.abs(p.massGeV() - m) < Math.abs(best.massGeV() - m)) {
                best = p;
            }
        }
        return best;
    }

    private static Double median(List<Double> v) {
        if (v.isEmpty()) {
            return null;
        }
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : 0.5 * (a[a.length / 2 - 1] + a[a.length / 2]);
    }

    static Object num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static Map<String, Object> clean(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Double d && !Double.isFinite(d) ? null : v));
        return out;
    }
}
