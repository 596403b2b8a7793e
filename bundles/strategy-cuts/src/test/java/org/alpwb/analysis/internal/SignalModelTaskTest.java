package org.alpwb.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.table.ColumnTable;
import org.alpwb.fit.internal.ChebyshevInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignalModelTaskTest {
    static final double[] MASSES = {0.5, 1.5, 3.0};
    static final int GENERATED = 16000;
    static final double PRESELECTED = 0.5;
    static final double PASS_ALL = 0.6;
    static final double FUSION = 0.8;
    static final double SIGMA_PB = 2.0e-3;
    static ExecutorService pool;
    static Map<String, Artifact> inputs;
    static Map<String, ColumnTable> tables;
    static Map<String, Object> payload;
    static Artifact artifact;

    @BeforeAll
    static void run() throws Exception {
        pool = Executors.newFixedThreadPool(1);
        inputs = new LinkedHashMap<>();
        tables = new LinkedHashMap<>();
        for (double m : MASSES) {
            ColumnTable t = Samples.signal(m, GENERATED, SIGMA_PB, PRESELECTED, PASS_ALL, FUSION, Samples.rng("sig" + m));
            tables.put(Double.toString(m), t);
            inputs.put("signal-" + m, Samples.tableArtifact(t, GENERATED, SIGMA_PB));
        }
        Map<String, Object> config = Map.of("strategy", "thesis-cuts", "orders", Map.of("efficiency", 2));
        artifact = Tasks.signalModel().run(new TestContext(config, inputs, pool, 1, true));
        payload = Json.read(artifact.payload(), "test");
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> points() {
        return (List<Map<String, Object>>) payload.get("points");
    }

    static double d(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void efficienciesAndTheirErrors() {
        for (Map<String, Object> p : points()) {
            double eff = d(p.get("efficiency"));
            double err = d(p.get("efficiencyError"));
            // equal weights: the weighted binomial error must reduce to sqrt(eff (1 - eff) / N) (rounding only)
            assertEquals(Math.sqrt(eff * (1 - eff) / GENERATED), err, 1e-12 * err);
            assertEquals(d(p.get("selectedWeightPb")) / SIGMA_PB, eff, 1e-12);
            // truth: preselected x P(pass thesis cuts) (all cuts, or one of the four slides-only failures)
            // x P(inside +-30 sigma), the last ~0.99 for these tails; 4 sigma binomial tolerance
            double truth = PRESELECTED * (PASS_ALL + (1 - PASS_ALL) * 0.5);
            double tails = truth * 0.03; // at most 3 % of the DSCB (n = 3 / 5 tails) lies beyond 30 sigma
            assertTrue(Math.abs(eff - truth) < 4 * err + tails, "efficiency " + eff + " vs " + truth);
            assertTrue(eff <= truth + 4 * err);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void dscbParametersRecoverTheTruth() {
        List<String> names = SignalModelTask.DSCB;
        for (Map<String, Object> p : points()) {
            double[] truth = Samples.dscb(d(p.get("massGeV")));
            Map<String, Object> v = (Map<String, Object>) p.get("dscb");
            Map<String, Object> e = (Map<String, Object>) p.get("dscbErrors");
            for (int i = 0; i < names.size(); i++) {
                double pull = (d(v.get(names.get(i))) - truth[i]) / d(e.get(names.get(i)));
                // 18 pulls, fixed seed: |pull| < 4 keeps the chance of a false failure below 0.2 %
                assertTrue(Math.abs(pull) < 4, names.get(i) + " at " + p.get("massGeV") + ": pull " + pull);
            }
            assertTrue(d(p.get("fitChi2Ndf")) < 2.0, "chi2/ndf " + p.get("fitChi2Ndf"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void fusionShareIsTheWeightedTruthFractionAfterEachCut() {
        for (Map<String, Object> p : points()) {
            List<Map<String, Object>> flow = (List<Map<String, Object>>) p.get("cutflow");
            assertEquals("generated (cutflow.json (equal weights assumed))", flow.get(0).get("cut"));
            assertEquals(SIGMA_PB, d(flow.get(0).get("weightPb")), 1e-15);
            ColumnTable t = tables.get(Double.toString(d(p.get("massGeV"))));
            // all rows: independent count
            double[] diagram = t.column("truthDiagram");
            long fusion = 0;
            for (double x : diagram) {
                fusion += x == 1 ? 1 : 0;
            }
            Map<String, Object> pre = flow.get(2);
            assertEquals("preselected candidates", pre.get("cut"));
            assertEquals((double) fusion / t.rowCount(), d(pre.get("fusionShare")), 1e-12);
            // cumulative weights never increase along the cut flow
            for (int i = 1; i < flow.size(); i++) {
                assertTrue(d(flow.get(i).get("weightPb")) <= d(flow.get(i - 1).get("weightPb")) * (1 + 1e-12));
            }
            assertEquals(FUSION, d(p.get("fusionShare")), 0.03); // 4 sigma of a binomial with ~5000 rows
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void interpolationPassesThroughThePointsAtFullOrder() {
        SignalModel model = SignalModel.parse(artifact.payload(), "test");
        ChebyshevInterpolator interpolator = new ChebyshevInterpolator();
        assertEquals(0.5, model.lowGeV());
        assertEquals(3.0, model.highGeV());
        for (Map<String, Object> p : points()) {
            double m = d(p.get("massGeV"));
            // three points, order 2: the least-squares series interpolates exactly (in log space for the
            // positive quantities: exp(series) = value)
            assertEquals(d(p.get("efficiency")), model.interpolation("efficiency").value(interpolator, m), 1e-9);
            Map<String, Object> v = (Map<String, Object>) p.get("dscb");
            for (String k : SignalModelTask.DSCB) {
                double value = d(v.get(k));
                assertEquals(value, model.interpolation(k).value(interpolator, m), 1e-8 * Math.max(1, Math.abs(value)), k);
            }
            // and the band at a point is the point's own error (exact interpolation, weights = 1/err^2): in log
            // space err / value, i.e. the band is value * exp(+-err / value)
            double eff = d(p.get("efficiency"));
            double effErr = d(p.get("efficiencyError"));
            assertEquals(effErr / eff, model.interpolation("efficiency").seriesError(interpolator, m), 1e-6 * effErr / eff);
            assertEquals(eff * Math.exp(effErr / eff), model.interpolation("efficiency").upper(interpolator, m),
                    1e-6 * effErr);
            assertEquals(eff * Math.exp(-effErr / eff), model.interpolation("efficiency").lower(interpolator, m),
                    1e-6 * effErr);
        }
        Map<String, Object> interp = (Map<String, Object>) payload.get("interpolation");
        for (String k : SignalModelTask.INTERPOLATED) {
            assertEquals(k.equals("mu") ? "chebyshev" : "chebyshev-log", ((Map<String, Object>) interp.get(k)).get("basis"), k);
            assertEquals(!k.equals("mu"), model.interpolation(k).log(), k);
        }
        assertTrue(artifact.files().containsKey("signal-points.csv"));
        String csv = new String(artifact.files().get("interpolation.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(201, csv.split("\n").length);
        assertTrue(csv.startsWith("massGeV,efficiency,efficiencyLow,efficiencyHigh,mu,muLow,muHigh,"), csv.substring(0, 80));
        assertEquals(Boolean.TRUE, ((Map<String, Object>) ((Map<String, Object>) payload.get("config")).get("strategy"))
                .get("channelSelectionCrossChecked"));
    }

    @Test
    void tooHighAnOrderIsRejectedNamingTheField() {
        Map<String, Object> config = Map.of("strategy", "thesis-cuts", "orders", Map.of("sigma", 3));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Tasks.signalModel().run(new TestContext(config, inputs, pool, 1, true)));
        assertTrue(e.getMessage().contains("orders.sigma"), e.getMessage());
        InvalidInputException s = assertThrows(InvalidInputException.class, () -> Tasks.signalModel()
                .validate(new org.alpwb.api.study.TaskConfig("f", "c", Map.of("strategy", "best-cuts"))));
        assertTrue(s.getMessage().contains("slides-cuts, thesis-cuts"), s.getMessage());
    }
}
