package org.alpwb.plot.ui.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import org.alpwb.api.study.Artifact;

/**
 * Reads the {@code alpwb/strategy-comparison} payload as CompareStrategiesTask (bundles/analysis) writes it
 * ({@code referenceStrategy}, {@code masses[].massGeV}, {@code masses[].best.strategy|runnerUpFactor}): the best
 * strategy per mass.
 */
final class StrategyComparison {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StrategyComparison() {
    }

    static String bestPerMass(String task, Artifact artifact) {
        JsonNode root;
        try {
            root = JSON.readTree(artifact.payload());
        } catch (IOException e) {
            return task + ": not a readable comparison (" + e.getMessage() + ")";
        }
        StringBuilder text = new StringBuilder("<html>").append(task).append(" (reference ")
                .append(root.path("referenceStrategy").asText("?")).append("), best on g: ");
        boolean first = true;
        for (JsonNode row : root.path("masses")) {
            JsonNode best = row.path("best");
            if (!first) {
                text.append(", ");
            }
            first = false;
            text.append(String.format(Locale.ROOT, "%.2f GeV ", row.path("massGeV").asDouble()));
            String strategy = best.path("strategy").asText("");
            if (strategy.isEmpty()) {
                text.append("\u2014");
            } else {
                text.append("<b>").append(strategy).append("</b>");
                if (best.path("runnerUpFactor").isNumber()) {
                    text.append(String.format(Locale.ROOT, " (\u00d7%.2f)", best.path("runnerUpFactor").asDouble()));
                }
            }
        }
        return text.append("</html>").toString();
    }
}
