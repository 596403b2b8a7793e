package org.alpwb.report.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.channel.CutFlow;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.ParticleStatus;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.table.ColumnTable;

/**
 * Input artifacts built from the JSON contracts of the generate, reconstruct, cross-section,
 * signal-model and expected-limits tasks, with numbers chosen by formulas so that tests can recompute
 * what the report must show.
 */
final class Fixtures {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final double LUMI = 54.24;
    static final double[] PROJECTIONS = {569, 50_000};
    /** Limit grid: 0.2 .. 8 GeV, the three points inside [0.45, 0.63] are excluded. */
    static final double[] GRID = {0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0};
    static final double EXCLUDED_LO = 0.45;
    static final double EXCLUDED_HI = 0.63;
    static final double[] MODEL_MASSES = {0.2, 0.5, 1.0, 2.0, 4.0, 8.0};

    private Fixtures() {
    }

    static byte[] json(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Median expected sigma limit [pb] of a strategy at a mass: scale / m. */
    static double medianSigma(double scale, double m) {
        return scale / m;
    }

    static boolean excluded(double m) {
        return m > EXCLUDED_LO && m < EXCLUDED_HI;
    }

    // ------------------------------------------------------------------ generate (alpwb/event-block)

    /** A generate artifact: events with the given weights and diagram classes, and its cross-section.json. */
    static Artifact sample(String process, Double massGeV, double sigmaPb, double sigmaErrPb, boolean unweighted,
            double[] weights, String[] diagrams, Map<String, Double> cuts) {
        EventBlock.Builder block = EventBlock.builder(0);
        for (int i = 0; i < weights.length; i++) {
            double e = 5.29;
            block.particle(11, ParticleStatus.INCOMING, -1, -1, e, 0, 0, e);
            block.particle(-11, ParticleStatus.INCOMING, -1, -1, e, 0, 0, -e);
            block.particle(11, ParticleStatus.OUTGOING, 0, 1, e, 0.1, 0, e - 0.1);
            block.particle(-11, ParticleStatus.OUTGOING, 0, 1, e, -0.1, 0, 0.1 - e);
            block.endEvent(weights[i], diagrams[i]);
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        Map<String, Object> xs = new LinkedHashMap<>();
        xs.put("process", process);
        xs.put("sqrt_s_gev", 10.58);
        xs.put("mass_gev", massGeV);
        xs.put("coupling_per_gev", 1e-3);
        xs.put("diagrams", "all");
        xs.put("isr", false);
        xs.put("cuts", cuts);
        xs.put("precision", 0.01);
        xs.put("seed", 7);
        xs.put("sigma_pb", sigmaPb);
        xs.put("sigma_err_pb", sigmaErrPb);
        xs.put("evaluations", 100000);
        xs.put("unweighting_efficiency", 0.2);
        xs.put("events", weights.length);
        xs.put("trials", weights.length * 5);
        xs.put("unweighted", unweighted);
        xs.put("overweight_fraction", 0.0);
        xs.put("sum_of_weights_pb", sum);
        return new Artifact("alpwb/event-block", block.build().toBytes(), Map.of("cross-section.json", json(xs)));
    }

    /** The cross-section task's artifact. */
    static Artifact crossSection(String process, double massGeV, double sigmaPb) {
        Map<String, Object> xs = new LinkedHashMap<>();
        xs.put("process", process);
        xs.put("sqrt_s_gev", 10.58);
        xs.put("mass_gev", massGeV);
        xs.put("coupling_per_gev", 1e-3);
        xs.put("diagrams", "all");
        xs.put("isr", false);
        xs.put("cuts", Map.of());
        xs.put("precision", 0.01);
        xs.put("seed", 7);
        xs.put("sigma_pb", sigmaPb);
        xs.put("sigma_err_pb", sigmaPb * 0.01);
        xs.put("evaluations", 100000);
        xs.put("unweighting_efficiency", 0.2);
        byte[] bytes = json(xs);
        return new Artifact("alpwb/cross-section", bytes, Map.of("cross-section.json", bytes));
    }

    // ------------------------------------------------------------- reconstruct (alpwb/column-table)

    /**
     * A reconstruct artifact with {@code n} candidates: masses spread over [lo, hi], weights
     * {@code weightPb}, diagram codes alternating fusion (1) / conversion (2) with {@code fusionEvery}.
     */
    static Artifact reco(int n, double lo, double hi, double weightPb, double truthMass, int fusionEvery) {
        ColumnTable.Builder table = ColumnTable.builder().columns(List.of("mGammaGammaGeV", "weightPb", "truthSignal",
                "truthDiagram", "truthAlpMassGeV", "eventNumber"));
        for (int i = 0; i < n; i++) {
            double u = (i * 0.618034) % 1.0;
            double m = Double.isNaN(truthMass) ? lo + (hi - lo) * u * u : truthMass + 0.01 * ((i % 5) - 2);
            double diagram = Double.isNaN(truthMass) ? 0 : (i % fusionEvery == 0 ? 2 : 1);
            table.row(m, weightPb, Double.isNaN(truthMass) ? 0 : 1, diagram, truthMass, i);
        }
        CutFlow flow = new CutFlow("preselection + slides", List.of(new CutFlow.Step("generated", n * 4L, n * 4 * weightPb,
                true), new CutFlow.Step("four tracks/clusters", n * 2L, n * 2 * weightPb, true),
                new CutFlow.Step("4C fit converged", n, n * weightPb, true),
                new CutFlow.Step("classifier score", n, n * weightPb, false)));
        return new Artifact("alpwb/column-table", table.build().toBytes(),
                Map.of("cutflow.json", flow.toJson().getBytes(StandardCharsets.UTF_8)));
    }

    // ------------------------------------------------------------ signal-model (alpwb/signal-model)

    /** A linear-space series ({@code "basis": "chebyshev"}), as the signal model writes for mu. */
    static Map<String, Object> chebyshev(int order, double lo, double hi, double... coefficients) {
        return series("chebyshev", order, lo, hi, coefficients);
    }

    /**
     * A log-space series ({@code "basis": "chebyshev-log"}, as the signal model writes for the positive quantities):
     * the Chebyshev interpolant of ln f at the order + 1 Chebyshev nodes of [lo, hi].
     */
    static Map<String, Object> chebyshevLog(int order, double lo, double hi, java.util.function.DoubleUnaryOperator f) {
        int n = order + 1;
        double[] c = new double[n];
        for (int j = 0; j < n; j++) {
            double theta = Math.PI * (j + 0.5) / n;
            double m = (lo + hi) / 2 + (hi - lo) / 2 * Math.cos(theta);
            double y = Math.log(f.applyAsDouble(m));
            for (int k = 0; k < n; k++) {
                c[k] += (k == 0 ? 1.0 : 2.0) / n * y * Math.cos(k * theta);
            }
        }
        return series("chebyshev-log", order, lo, hi, c);
    }

    static Map<String, Object> series(String basis, int order, double lo, double hi, double... coefficients) {
        List<List<Double>> covariance = new ArrayList<>();
        for (int i = 0; i <= order; i++) {
            List<Double> row = new ArrayList<>();
            for (int j = 0; j <= order; j++) {
                row.add(i == j ? 1e-6 * (i + 1) : 2e-7);
            }
            covariance.add(row);
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("basis", basis);
        c.put("order", order);
        c.put("rangeGeV", List.of(lo, hi));
        c.put("coefficients", toList(coefficients));
        c.put("covariance", covariance);
        return c;
    }

    static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    /** Efficiency at mass m of a strategy whose plateau is {@code plateau}. */
    static double efficiency(double plateau, double m) {
        return plateau * m / (m + 1);
    }

    /** Fusion share after a strategy's selection at mass m. */
    static double fusionShare(double plateau, double m) {
        return 0.7 + 0.5 * plateau + 0.02 * Math.log(m);
    }

    static Artifact model(String strategy, double plateau) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (double m : MODEL_MASSES) {
            Map<String, Object> p = new LinkedHashMap<>();
            double eff = efficiency(plateau, m);
            p.put("massGeV", m);
            p.put("generatedWeightPb", 2.0 / m);
            p.put("selectedWeightPb", 2.0 / m * eff);
            p.put("efficiency", eff);
            p.put("efficiencyError", eff * 0.03);
            p.put("entries", (long) (20000 * eff));
            p.put("fusionShare", fusionShare(plateau, m));
            p.put("dscb", Map.of("mu", m * 0.998, "sigma", 0.004 + 0.002 * m, "alphaL", 1.2, "nL", 3.0 + 0.1 * m,
                    "alphaR", 1.5, "nR", 5.0));
            p.put("dscbErrors", Map.of("mu", 1e-4, "sigma", 2e-4, "alphaL", 0.05, "nL", 0.3, "alphaR", 0.06, "nR", 0.5));
            p.put("fitChi2Ndf", 0.9 + 0.05 * m);
            p.put("cutflow", List.of(Map.of("cut", "generated", "weightPb", 2.0 / m, "entries", 100000),
                    Map.of("cut", "preselection", "weightPb", 2.0 / m * eff * 2, "entries", (long) (40000 * eff)),
                    Map.of("cut", strategy + " selection", "weightPb", 2.0 / m * eff, "entries", (long) (20000 * eff))));
            points.add(p);
        }
        Map<String, Object> interpolation = new LinkedHashMap<>();
        double lo = MODEL_MASSES[0];
        double hi = MODEL_MASSES[MODEL_MASSES.length - 1];
        // as the signal-model task writes them: mu linear, the positive quantities in log space
        interpolation.put("efficiency", chebyshevLog(2, lo, hi, m -> efficiency(plateau, m)));
        interpolation.put("mu", chebyshev(1, lo, hi, 0.998 * (lo + hi) / 2, 0.998 * (hi - lo) / 2));
        interpolation.put("sigma", chebyshevLog(1, lo, hi, m -> 0.004 + 0.002 * m));
        interpolation.put("alphaL", chebyshevLog(0, lo, hi, m -> 1.2));
        interpolation.put("nL", chebyshevLog(1, lo, hi, m -> 3.0 + 0.1 * m));
        interpolation.put("alphaR", chebyshevLog(0, lo, hi, m -> 1.5));
        interpolation.put("nR", chebyshevLog(0, lo, hi, m -> 5.0));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("strategy", strategy);
        payload.put("config", Map.of("selection", strategy, "windowSigmas", List.of(-3, 1.5)));
        payload.put("points", points);
        payload.put("interpolation", interpolation);
        return Artifact.of("alpwb/signal-model", json(payload));
    }

    // ---------------------------------------------------------- expected-limits (alpwb/limit-curve)

    static double[] quantiles(double median) {
        return new double[] {median * 0.55, median * 0.74, median, median * 1.4, median * 1.9};
    }

    /** Coupling limit from a sigma limit: g_ref * sqrt(sigma_up / sigma_ref) with sigma_ref = 10 pb. */
    static double coupling(double sigmaUp) {
        return 1e-3 * Math.sqrt(sigmaUp / 10);
    }

    /** MC-statistical shift of the median limit [relative] at a mass (expected-limits-2 payloads): 0.01 x m. */
    static double mcStat(double m) {
        return 0.01 * m;
    }

    /** A limit curve as expected-limits wrote it before the MC-statistics fields (no mcStat anywhere). */
    static Artifact limits(String strategy, double scale) {
        return limits(strategy, scale, false);
    }

    /**
     * With {@code mcStat}: per point {@code mcStatRelUncertainty} = {@link #mcStat(double)} (null at excluded
     * points) and the top-level summary {median, max, bandHalfWidthMedian} computed from them and from
     * {@link #quantiles(double)} (band half width (1.4 - 0.74) / 2 = 0.33 everywhere).
     */
    static Artifact limits(String strategy, double scale, boolean mcStat) {
        List<Double> mcValues = new ArrayList<>();
        List<Map<String, Object>> points = new ArrayList<>();
        StringBuilder csv = new StringBuilder("massGeV,excluded,sigmaUpPbMedian\n");
        for (double m : GRID) {
            Map<String, Object> p = new LinkedHashMap<>();
            boolean excluded = excluded(m);
            p.put("massGeV", m);
            p.put("excluded", excluded);
            p.put("efficiency", efficiency(scale * 0.1, m));
            p.put("signalSigmaGeV", 0.004 + 0.002 * m);
            p.put("backgroundInWindow", 300.0 / (m * m));
            if (excluded) {
                p.put("sigmaUpPb", null);
                p.put("couplingUpPerGeV", null);
                p.put("projections", List.of());
            } else {
                double[] sigma = quantiles(medianSigma(scale, m));
                double[] g = new double[5];
                for (int k = 0; k < 5; k++) {
                    g[k] = coupling(sigma[k]);
                }
                p.put("sigmaUpPb", toList(sigma));
                p.put("couplingUpPerGeV", toList(g));
                List<Map<String, Object>> projections = new ArrayList<>();
                for (double lumi : PROJECTIONS) {
                    // a background-free-ish scaling, so that the fourth-root projection differs
                    double f = Math.pow(LUMI / lumi, 0.7);
                    double[] ps = new double[5];
                    double[] pg = new double[5];
                    double[] pr = new double[5];
                    for (int k = 0; k < 5; k++) {
                        ps[k] = sigma[k] * f;
                        pg[k] = coupling(ps[k]);
                        pr[k] = g[k] * Math.pow(LUMI / lumi, 0.25);
                    }
                    projections.add(Map.of("luminosityInvFb", lumi, "sigmaUpPb", toList(ps), "couplingUpPerGeV",
                            toList(pg), "couplingUpFourthRootPerGeV", toList(pr)));
                }
                p.put("projections", projections);
            }
            if (mcStat) {
                p.put("mcStatRelUncertainty", excluded ? null : mcStat(m));
                if (!excluded) {
                    mcValues.add(mcStat(m));
                }
            }
            csv.append(m).append(',').append(excluded).append(',')
                    .append(excluded ? "" : Double.toString(medianSigma(scale, m))).append('\n');
            points.add(p);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("strategy", strategy);
        payload.put("luminosityInvFb", LUMI);
        payload.put("cl", 0.9);
        payload.put("referenceCouplingPerGeV", 1e-3);
        if (mcStat) {
            mcValues.sort(null);
            int n = mcValues.size();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("median", n % 2 == 1 ? mcValues.get(n / 2) : 0.5 * (mcValues.get(n / 2 - 1) + mcValues.get(n / 2)));
            summary.put("max", mcValues.get(n - 1));
            summary.put("bandHalfWidthMedian", (1.4 - 0.74) / 2);
            summary.put("points", n);
            summary.put("pointsWithoutValue", 0);
            payload.put("mcStat", summary);
        }
        payload.put("points", points);
        byte[] bytes = json(payload);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("limits.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        files.put("limits.json", bytes);
        files.put("limits-hepdata.yaml", ("independent_variables:\n- header: {name: m_a, units: GeV}\n  values: "
                + GRID.length + " points\n").getBytes(StandardCharsets.UTF_8));
        return new Artifact("alpwb/limit-curve", bytes, files);
    }

    /** The full input set: 2 strategies, background and signal samples, cross sections. */
    static Map<String, Artifact> fullInputs() {
        Map<String, Artifact> inputs = new LinkedHashMap<>();
        inputs.put("sample-bhabha", sample("bhabha-gamma", null, 6.0, 0.05, false, new double[] {1, 2, 3},
                new String[] {"", "", ""}, Map.of("theta_min_deg", 10.0)));
        inputs.put("sample-diphoton", sample("diphoton", null, 2.0, 0.01, true, new double[] {0.5, 0.5, 0.5, 0.5},
                new String[] {"", "", "", ""}, Map.of()));
        inputs.put("sample-alp-1gev", sample("alp-fusion", 1.0, 0.8, 0.004, true, new double[] {0.2, 0.2, 0.2, 0.2},
                new String[] {"fusion", "fusion", "fusion", "conversion"}, Map.of()));
        inputs.put("reco-bhabha", reco(400, 0.05, 9.5, 2e-3, Double.NaN, 1));
        inputs.put("reco-diphoton", reco(150, 0.05, 9.5, 5e-4, Double.NaN, 1));
        inputs.put("reco-alp-1gev", reco(50, 0, 0, 4e-3, 1.0, 5));
        inputs.put("model-thesis-cuts", model("thesis-cuts", 0.12));
        inputs.put("model-slides", model("slides", 0.2));
        inputs.put("limits-thesis-cuts", limits("thesis-cuts", 0.05, true));
        inputs.put("limits-slides", limits("slides", 0.03));
        for (double m : new double[] {0.5, 1, 2, 4, 8}) {
            inputs.put("xsec-alp-" + m, crossSection("alp-fusion", m, 10.0 / Math.sqrt(m)));
        }
        return inputs;
    }
}
