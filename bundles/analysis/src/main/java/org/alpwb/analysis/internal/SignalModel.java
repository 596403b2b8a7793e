package org.alpwb.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.strategy.StrategyModel.SignalPoint;

/**
 * A decoded {@code alpwb/signal-model} payload: the strategy id, the record of the selection it was fitted
 * after ({@code config.strategy}), the points per generated mass and the interpolations over mass (linear or log
 * space, by basis).
 */
record SignalModel(String strategyId, Map<String, Object> selection, List<SignalPoint> points,
        Map<String, MassInterpolation> interpolations, double lowGeV, double highGeV) {

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
        Map<String, Object> selection = (Map<String, Object>) ((Map<String, Object>) cfg).get("strategy");
        if (!(json.get("strategy") instanceof String id)) {
            throw new InvalidInputException(source, "strategy", json.get("strategy"), "a strategy id");
        }
        List<SignalPoint> points = new ArrayList<>();
        if (json.get("points") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> p) {
                    Map<String, Object> m = (Map<String, Object>) p;
                    points.add(new SignalPoint(Json.number(m, "massGeV", source), optional(m, "efficiency"),
                            optional(m, "efficiencyError"), optional(m, "fusionShare")));
                }
            }
        }
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
        return new SignalModel(id, selection, List.copyOf(points), out, lo, hi);
    }

    private static double optional(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
