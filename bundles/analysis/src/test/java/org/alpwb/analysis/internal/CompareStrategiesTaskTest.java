package org.alpwb.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.junit.jupiter.api.Test;

/**
 * The comparison of N strategies from hand-made limit curves with known medians: strategy "a" has g(m) = 1e-3, "b"
 * g(m) = 2e-3 / m (so b is better above 2 GeV, by a factor m / 2), "c" failed. Every number below follows from
 * those laws, not from the task's code.
 */
class CompareStrategiesTaskTest {

    static Artifact curve(String id, java.util.function.DoubleUnaryOperator g) {
        List<Object> points = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            double m = 1.0 + 0.1 * i; // 1.0 .. 4.0 GeV
            double v = g.applyAsDouble(m);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("massGeV", Math.round(m * 10) / 10.0);
            p.put("excluded", false);
            p.put("status", "ok");
            p.put("efficiency", 0.1);
            p.put("backgroundInSignalRegion", 100.0 * m);
            p.put("sigmaUpPb", List.of(v, v, 10 * v, v, v)); // only the median is read
            p.put("couplingUpPerGeV", List.of(v, v, v, v, v));
            points.add(p);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("strategy", id);
        json.put("luminosityInvFb", 50.0);
        json.put("cl", 0.9);
        json.put("signalPoints", List.of(Map.of("massGeV", 1.5, "efficiency", 0.1, "efficiencyError", 0.01,
                "fusionShare", 0.7)));
        json.put("points", points);
        return Artifact.of("alpwb/limit-curve", Json.write(json));
    }

    @Test
    @SuppressWarnings("unchecked")
    void comparesTheStrategiesAtTheChosenMassesAndFindsTheBestPerMass() {
        Map<String, Artifact> in = new LinkedHashMap<>();
        in.put("limits-a", curve("a", m -> 1e-3));
        in.put("limits-b", curve("b", m -> 2e-3 / m));
        Map<String, Object> config = Map.of("masses", List.of(1.0, 3.0, 9.0), "referenceStrategy", "a");
        Artifact out = new CompareStrategiesTask().run(context(config, in, Map.of("limits-c", "failed: boom")));
        Map<String, Object> json = Json.read(out.payload(), "t");
        List<Map<String, Object>> strategies = (List<Map<String, Object>>) json.get("strategies");
        assertEquals(List.of("a", "b", "c"), strategies.stream().map(s -> s.get("id")).toList());
        assertEquals("failed: failed: boom", strategies.get(2).get("status"));
        List<Map<String, Object>> masses = (List<Map<String, Object>>) json.get("masses");
        Map<String, Object> at3 = (Map<String, Object>) ((Map<String, Object>) masses.get(1).get("strategies")).get("b");
        assertEquals(2e-3 / 3, (Double) at3.get("couplingUpPerGeV"), 1e-15);
        assertEquals((2e-3 / 3) / 1e-3, (Double) at3.get("couplingRatioToReference"), 1e-12);
        assertEquals(1.0, (Double) at3.get("sigmaRatioToReference") * 3 / 2, 1e-12); // sigma medians 10 g
        assertEquals(300.0, (Double) at3.get("backgroundInSignalRegion"), 1e-9);
        Map<String, Object> best3 = (Map<String, Object>) masses.get(1).get("best");
        assertEquals("b", best3.get("strategy"));
        assertEquals(1.5, (Double) best3.get("runnerUpFactor"), 1e-12); // 1e-3 / (2e-3 / 3)
        Map<String, Object> at9 = (Map<String, Object>) ((Map<String, Object>) masses.get(2).get("strategies")).get("a");
        assertEquals("outside scan", at9.get("state"));
        assertNull(at9.get("couplingUpPerGeV"));
        // best bands: a below 2 GeV (b = a exactly at 2.0: a keeps it, ties go to the first), b above
        List<Map<String, Object>> bands = (List<Map<String, Object>>) json.get("bestPerMass");
        assertEquals(2, bands.size(), bands.toString());
        assertEquals("a", bands.get(0).get("strategy"));
        assertEquals(1.0, bands.get(0).get("loGeV"));
        assertEquals(2.0, bands.get(0).get("hiGeV"));
        assertEquals("b", bands.get(1).get("strategy"));
        assertEquals(2.1, bands.get(1).get("loGeV"));
        assertEquals(4.0, bands.get(1).get("hiGeV"));
        // median of m / 2 over 2.1 .. 4.0 (20 masses): (3.0 + 3.1) / 2 / 2
        assertEquals(1.525, (Double) bands.get(1).get("medianRunnerUpFactor"), 1e-12);
        assertTrue(new String(out.files().get("comparison.csv"), java.nio.charset.StandardCharsets.UTF_8)
                .startsWith("massGeV,strategy,state,"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new CompareStrategiesTask().run(
                context(Map.of("referenceStrategy", "z"), in, Map.of())));
        assertTrue(e.getMessage().contains("referenceStrategy") && e.getMessage().contains("a, b"), e.getMessage());
    }

    static TaskContext context(Map<String, Object> config, Map<String, Artifact> inputs, Map<String, String> failed) {
        TaskContext base = GenericStrategyTest.context(config, inputs);
        return new TaskContext() {
            @Override
            public Map<String, String> failedInputs() {
                return failed;
            }

            @Override
            public String taskName() {
                return base.taskName();
            }

            @Override
            public String taskKey() {
                return base.taskKey();
            }

            @Override
            public TaskConfig config() {
                return base.config();
            }

            @Override
            public Map<String, Artifact> inputs() {
                return base.inputs();
            }

            @Override
            public Artifact input(String name) {
                return base.input(name);
            }

            @Override
            public org.alpwb.api.event.SeedSequence seeds() {
                return base.seeds();
            }

            @Override
            public org.alpwb.api.progress.ProgressMonitor monitor() {
                return base.monitor();
            }

            @Override
            public int threads() {
                return 1;
            }

            @Override
            public java.util.concurrent.ExecutorService executor() {
                return base.executor();
            }

            @Override
            public <T> T service(Class<T> type, String id) {
                return base.service(type, id);
            }

            @Override
            public <T> List<String> serviceIds(Class<T> type) {
                return base.serviceIds(type);
            }
        };
    }
}
