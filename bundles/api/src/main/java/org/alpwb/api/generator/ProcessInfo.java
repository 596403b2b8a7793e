package org.alpwb.api.generator;

import java.util.List;
import java.util.Map;

/**
 * A process a generator offers: id, label, final state (PDG ids after the beams), parameters,
 * the cut names it understands ({@link GeneratorCuts}), the cuts applied by default (e.g. the angular
 * cut that makes a Bhabha cross section finite) and the diagram classes its events record.
 */
public record ProcessInfo(String id, String label, List<Integer> finalState, List<ParameterInfo> parameters,
        List<String> cutNames, Map<String, Double> defaultCuts, List<String> diagramClasses) {
    public ProcessInfo {
        finalState = List.copyOf(finalState);
        parameters = List.copyOf(parameters);
        cutNames = List.copyOf(cutNames);
        defaultCuts = Map.copyOf(defaultCuts);
        diagramClasses = List.copyOf(diagramClasses);
    }
}
