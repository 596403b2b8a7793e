package org.alpwb.analysis.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.alpwb.api.InvalidInputException;

/** A decoded {@code alpwb/signal-model} payload: the strategy and the interpolations over mass (linear or log space, by basis). */
record SignalModel(Strategy strategy, Map<String, MassInterpolation> interpolations, double lowGeV, double highGeV) {

    MassInterpolation interpolation(String key) {
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
        Map<String, MassInterpolation> out = new LinkedHashMap<>();
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (String key : SignalModelTask.INTERPOLATED) {
            Object o = ((Map<String, Object>) interp).get(key);
            if (!(o instanceof Map)) {
                throw new InvalidInputException(source, "interpolation." + key, o, "an object");
            }
            MassInterpolation f = MassInterpolation.parse((Map<String, Object>) o, "interpolation." + key, source);
            out.put(key, f);
            lo = f.low();
            hi = f.high();
        }
        return new SignalModel(strategy, out, lo, hi);
    }
}
