package org.alpwb.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.fit.Interpolation;
import org.alpwb.api.study.Artifact;
import org.alpwb.fit.internal.ChebyshevInterpolator;

/** Signal models with constant (order-0) interpolations, as payloads and decoded. */
final class LimitFixtures {
    private LimitFixtures() {
    }

    /** Near-Gaussian DSCB (alpha = 5, n = 10): tails beyond 5 sigma carry < 1e-5 of the shape. */
    static Map<String, Double> gaussianLike(double sigma, double efficiency) {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("efficiency", efficiency);
        v.put("mu", Double.NaN); // mu = m: a linear interpolation, see payload()
        v.put("sigma", sigma);
        v.put("alphaL", 5.0);
        v.put("nL", 10.0);
        v.put("alphaR", 5.0);
        v.put("nR", 10.0);
        return v;
    }

    /** A signal-model payload over [lo, hi]: constants, and mu = m (order 1 through two points). */
    static byte[] payload(String strategy, double lo, double hi, Map<String, Double> values) {
        ChebyshevInterpolator in = new ChebyshevInterpolator();
        Map<String, Object> interp = new LinkedHashMap<>();
        for (String k : SignalModelTask.INTERPOLATED) {
            // as SignalModelTask writes them: mu linear ("chebyshev"), the positive quantities in log space
            MassInterpolation mi = k.equals("mu") ? MassInterpolation.fit(in, false, new double[] {lo, hi},
                    new double[] {lo, hi}, new double[] {1e-6, 1e-6}, 1, lo, hi)
                    : MassInterpolation.fit(in, MassInterpolation.positive(k), new double[] {lo, hi},
                            new double[] {values.get(k), values.get(k)},
                            new double[] {1e-3 * values.get(k), 1e-3 * values.get(k)}, 0, lo, hi);
            Interpolation f = mi.series();
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("basis", mi.basis());
            j.put("order", f.coefficients().length - 1);
            j.put("rangeGeV", List.of(f.low(), f.high()));
            j.put("coefficients", Json.nums(f.coefficients()));
            j.put("covariance", Json.matrix(f.covariance()));
            j.put("chi2", Json.num(f.chi2()));
            j.put("ndf", f.ndf());
            interp.put(k, j);
        }
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("strategy", Tasks.record(strategy));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("strategy", strategy);
        p.put("config", cfg);
        p.put("points", new ArrayList<>());
        p.put("interpolation", interp);
        return Json.write(p);
    }

    static Artifact xsec(double mass, double sigmaPb, double g) {
        String json = "{\"process\": \"alp-fusion\", \"mass_gev\": " + mass + ", \"coupling_per_gev\": " + g
                + ", \"sigma_pb\": " + sigmaPb + ", \"sigma_err_pb\": 0}";
        return new Artifact("alpwb/cross-section", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
    }
}
