package org.alpwb.generators.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alpwb.api.generator.CrossSectionResult;
import org.alpwb.api.generator.ProcessRequest;

/**
 * The JSON form of a cross-section result, shared by {@code xsec --json}, the {@code cross-section}
 * task payload and {@code cross-section.json}: keys process, sqrt_s_gev, mass_gev (null if none),
 * coupling_per_gev, diagrams, isr, cuts (applied, name to value), precision, seed, sigma_pb,
 * sigma_err_pb, evaluations, unweighting_efficiency.
 */
final class RequestJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private RequestJson() {
    }

    static Map<String, Object> toMap(CrossSectionResult result, long seed) {
        ProcessRequest r = result.request();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("process", r.processId());
        map.put("sqrt_s_gev", r.sqrtSGeV());
        map.put("mass_gev", Double.isNaN(r.massGeV()) ? null : r.massGeV());
        map.put("coupling_per_gev", r.couplingPerGeV());
        map.put("diagrams", r.diagrams());
        map.put("isr", r.isr());
        map.put("cuts", new TreeMap<>(result.appliedCuts()));
        map.put("precision", r.relativePrecision());
        map.put("seed", seed);
        map.put("sigma_pb", result.crossSection().valuePb());
        map.put("sigma_err_pb", result.crossSection().errorPb());
        map.put("evaluations", result.crossSection().evaluations());
        map.put("unweighting_efficiency", result.unweightingEfficiency());
        return map;
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String write(List<Map<String, Object>> rows) {
        return write((Object) rows);
    }
}
