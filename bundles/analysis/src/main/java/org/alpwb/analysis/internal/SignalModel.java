package org.alpwb.analysis.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.fit.Interpolation;

/** A decoded {@code alpwb/signal-model} payload: the strategy and the interpolations over mass. */
record SignalModel(Strategy strategy, Map<String, Interpolation> interpolations, double lowGeV, double highGeV) {

    Interpolation interpolation(String key) {
        return interpolations.get(key);
    }

    @SuppressWarnings("unchecked")
    static SignalModel parse(byte[] payload, String source) {
        Map<String, Object> json = Json.read(payload, source);
        Object cfg = json.get("config");
        if (!(cfg instanceof Map) || !(((Map<String, Object>) cfg).get("strategy") instanceof Map)) {
            throw new InvalidInputException(source, "config.strategy", cfg, "a signal-model payload");
        }
        Strategy strategy = Strategy.fromRecord((Map<String, Object>) ((Map<String, Object>) cfg).get("strategy"),
                source);
        Object interp = json.get("interpolation");
        if (!(interp instanceof Map)) {
            throw new InvalidInputException(source, "interpolation", interp, "an object");
        }
        Map<String, Interpolation> out = new LinkedHashMap<>();
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (String key : SignalModelTask.INTERPOLATED) {
            Object o = ((Map<String, Object>) interp).get(key);
            if (!(o instanceof Map)) {
                throw new InvalidInputException(source, "interpolation." + key, o, "an object");
            }
            Map<String, Object> f = (Map<String, Object>) o;
            String field = "interpolation." + key;
            double[] range = Json.numbers(f.get("rangeGeV"), field + ".rangeGeV", source);
            double[] c = Json.numbers(f.get("coefficients"), field + ".coefficients", source);
            Object covObj = f.get("covariance");
            if (!(covObj instanceof List) || ((List<?>) covObj).size() != c.length) {
                throw new InvalidInputException(source, field + ".covariance", covObj, c.length + " rows");
            }
            double[][] cov = new double[c.length][];
            for (int i = 0; i < c.length; i++) {
                cov[i] = Json.numbers(((List<?>) covObj).get(i), field + ".covariance[" + i + "]", source);
            }
            Object chi2 = f.get("chi2");
            out.put(key, new Interpolation(String.valueOf(f.get("basis")), range[0], range[1], c, cov,
                    chi2 instanceof Number ? ((Number) chi2).doubleValue() : Double.NaN,
                    (int) Json.number(f, "ndf", source)));
            lo = range[0];
            hi = range[1];
        }
        return new SignalModel(strategy, out, lo, hi);
    }
}
