package org.alpwb.classifier.nn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.classifier.DataSplit;
import org.alpwb.api.classifier.ModelBytes;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.table.ColumnTable;
import org.junit.jupiter.api.Test;

/**
 * The per-mass test-part evaluation against analytic answers: scores are given (not a network), so the Punzi
 * optimum, the background expectation and the fusion shares are known in closed form.
 */
class MassEvaluationTest {
    private static final int N = 4000;
    private static final double MASS = 2.0;
    private static final double B0 = 100; // expected background in the window before any cut

    /**
     * Signal scores uniform on (0, 1): eps(c) = 1 - c. Background scores with P(s > c) = (1 - c)^4: B(c) = B0 u^4,
     * u = 1 - c. FOM = u / (a/2 + sqrt(B0) u^2) is largest at u* = sqrt(a / (2 sqrt(B0))).
     */
    @Test
    void punziOptimumAndBackgroundScaleMatchTheAnalyticCurve() {
        Fixture f = new Fixture();
        double a = 1.28;
        Map<String, Object> e = MassEvaluation.of(f.scorer(), f.table(), f.part(), "label",
                new MassEvaluation.Settings(f.luminosityInvFb, 0.015, a, 0.9, 7));
        @SuppressWarnings("unchecked")
        Map<String, Object> p = ((List<Map<String, Object>>) e.get("punzi")).get(0);
        assertEquals(MASS, (double) p.get("massGeV"));
        // only preselected test rows in the window count: N signal, N background (the others are decoys)
        assertEquals(N, p.get("signalRows"));
        assertEquals(N, p.get("backgroundRows"));
        // the non-test half of the background carries as much weight as the test half: scale 2
        assertEquals(2.0, (double) e.get("backgroundScale"), 1e-12);
        @SuppressWarnings("unchecked")
        List<Double> background = (List<Double>) p.get("background");
        assertEquals(B0, background.get(0), 1e-9 * B0);
        // B(0.5) = B0 / 16 up to the quantile discretisation (1 row of N)
        assertEquals(B0 / 16, background.get(50), B0 / N + 1e-9);
        double uStar = Math.sqrt(a / (2 * Math.sqrt(B0)));
        // the grid has steps of 0.01 and the FOM is flat at its maximum: within one step
        assertEquals(1 - uStar, (double) p.get("bestCut"), 0.011);
        double fomStar = uStar / (a / 2 + Math.sqrt(B0) * uStar * uStar);
        assertEquals(fomStar, (double) p.get("bestFom"), 0.01 * fomStar);
    }

    @Test
    void fusionShareAndMeeBeforeAndAfterTheCut() {
        Fixture f = new Fixture();
        Map<String, Object> e = MassEvaluation.of(f.scorer(), f.table(), f.part(), "label",
                new MassEvaluation.Settings(f.luminosityInvFb, 0.015, 1.28, 0.9, 7));
        @SuppressWarnings("unchecked")
        Map<String, Object> m = ((List<Map<String, Object>>) ((Map<String, Object>) e.get("mEe")).get("perMass"))
                .get(0);
        // fusion rows (m_ee = 8 GeV) have scores above 0.75, conversion rows (m_ee = 0.1 GeV) below
        assertEquals(0.25, (double) m.get("fusionShareBefore"), 1e-12);
        assertEquals(1.0, (double) m.get("fusionShareAfter"), 1e-12);
        assertEquals(0.1, (double) m.get("efficiency"), 1.0 / N);
        @SuppressWarnings("unchecked")
        List<Double> before = (List<Double>) m.get("before");
        @SuppressWarnings("unchecked")
        List<Double> after = (List<Double>) m.get("after");
        int fusionBin = (int) (8.0 / MassEvaluation.M_EE_MAX_GEV * MassEvaluation.M_EE_BINS);
        assertEquals(0.75, before.get(0), 1e-12);
        assertEquals(0.25, before.get(fusionBin), 1e-12);
        assertEquals(0.0, after.get(0), 1e-12);
        assertEquals(0.1, after.get(fusionBin), 1.0 / N);
    }

    @Test
    void punziWorkingPointIsReadFromTheTrainingAndInterpolatedInMass() throws Exception {
        Map<String, Object> evaluation = Map.of("punzi", List.of(Map.of("massGeV", 3.0, "bestCut", 0.5),
                Map.of("massGeV", 1.0, "bestCut", 0.9), Map.of("massGeV", 2.0, "status", "no signal rows")));
        byte[] json = new ObjectMapper().writeValueAsBytes(Map.of("evaluation", evaluation));
        WorkingPoint w = WorkingPoint.punzi(new Artifact(ModelBytes.ARTIFACT_TYPE, new byte[0],
                Map.of("training.json", json)), "test");
        assertEquals(0.9, w.at(0.5), 0);
        assertEquals(0.9, w.at(1.0), 0);
        assertEquals(0.7, w.at(2.0), 1e-12);
        assertEquals(0.5, w.at(9.0), 0);
        assertTrue(!w.massIndependent() && WorkingPoint.fixed(0.9).massIndependent());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> WorkingPoint.punzi(
                new Artifact(ModelBytes.ARTIFACT_TYPE, new byte[0], Map.of("training.json", "{}".getBytes())),
                "strategy thesis-nn-punzi"));
        assertTrue(missing.getMessage().contains("evaluation.punzi"), missing.getMessage());
    }

    /**
     * Test rows: N signal at MASS (uniform scores; a quarter fusion with m_ee 8 GeV and the highest scores), N
     * background in the window (P(s > c) = (1 - c)^4); decoys that must not count: background outside the window,
     * signal and background that fail the preselection, signal of another part. The non-test part holds N background
     * rows of the same weight (scale 2).
     */
    private static final class Fixture {
        final double luminosityInvFb;
        final List<double[]> rows = new ArrayList<>();
        final List<Integer> parts = new ArrayList<>();
        final List<Float> scores = new ArrayList<>();

        Fixture() {
            double backgroundWeightPb = 1e-3;
            // B0 = L[pb^-1] * (sum of test weights) * scale
            luminosityInvFb = B0 / (1000 * N * backgroundWeightPb * 2);
            for (int i = 0; i < N; i++) {
                double q = (i + 0.5) / N;
                boolean fusion = q > 0.75;
                add(1, MASS, MASS, fusion ? 8.0 : 0.1, fusion ? 1 : 2, 1, 1e-4, DataSplit.TEST, (float) q);
                add(0, Double.NaN, MASS + 0.01, 5, 0, 1, backgroundWeightPb, DataSplit.TEST,
                        (float) (1 - Math.pow(q, 0.25)));
                add(0, Double.NaN, MASS + 0.01, 5, 0, 1, backgroundWeightPb, DataSplit.TRAIN, 0.99f);
            }
            // background decoys weigh 0 (the scale stays 2); the row counts see them if they are used
            add(0, Double.NaN, MASS + 0.5, 5, 0, 1, 0, DataSplit.TEST, 0.99f); // outside the window
            add(0, Double.NaN, MASS, 5, 0, 0, 0, DataSplit.TEST, 0.99f); // not preselected
            add(1, MASS, MASS, 5, 1, 0, 1, DataSplit.TEST, 0.99f); // not preselected
            add(1, MASS, MASS, 5, 1, 1, 1, DataSplit.VALIDATION, 0.99f); // not in the test part
        }

        private void add(double label, double mass, double mgg, double mee, double diagram, double preselected,
                double weightPb, int part, float score) {
            rows.add(new double[] {label, mass, mgg, mee, diagram, preselected, weightPb});
            parts.add(part);
            scores.add(score);
        }

        ColumnTable table() {
            ColumnTable.Builder b = ColumnTable.builder().column("label").columns(MassEvaluation.COLUMNS);
            rows.forEach(b::row);
            return b.build();
        }

        int[] part() {
            return parts.stream().mapToInt(Integer::intValue).toArray();
        }

        MassEvaluation.Scorer scorer() {
            return (list, massGeV) -> {
                float[] out = new float[list.size()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = scores.get(list.get(k));
                }
                return out;
            };
        }
    }
}
