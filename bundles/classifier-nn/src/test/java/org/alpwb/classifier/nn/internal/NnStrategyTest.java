package org.alpwb.classifier.nn.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.classifier.DataSplit;
import org.alpwb.api.classifier.TrainingData;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.strategy.CandidateSelection;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.table.ColumnTable;
import org.alpwb.strategy.cuts.internal.ThesisCutsStrategy;
import org.junit.jupiter.api.Test;

/** The NN strategies' selection: the thesis-cuts selection, then the network score cut. */
class NnStrategyTest {
    private static final List<String> CUT_COLUMNS = List.of("vertexDCm", "electronIdEPlus", "electronIdEMinus",
            "gammaLowDistanceToTrackCm", "gammaLowBeamBackgroundScore", "weightPb", "truthDiagram");

    private static ColumnTable candidates(int rows, long seed, boolean withMass) {
        SplittableRandom random = new SplittableRandom(seed);
        ColumnTable.Builder b = ColumnTable.builder().columns(Blobs.features(3)).columns(CUT_COLUMNS).column("label")
                .column("weight");
        if (withMass) {
            b.column(TrainNnTask.MASS_FEATURE);
        }
        for (int r = 0; r < rows; r++) {
            boolean signal = r % 2 == 0;
            double[] row = new double[withMass ? 13 : 12];
            for (int d = 0; d < 3; d++) {
                row[d] = random.nextGaussian() + (d == 0 ? (signal ? 1 : -1) : 0);
            }
            row[3] = random.nextDouble() * 2; // vertex D: half pass < 1 cm
            row[4] = random.nextDouble();
            row[5] = random.nextDouble();
            row[6] = random.nextDouble() * 60;
            row[7] = random.nextDouble();
            row[8] = 1e-3;
            row[9] = 1 + random.nextInt(2);
            row[10] = signal ? 1 : 0;
            row[11] = 1;
            if (withMass) {
                row[12] = signal ? 1.0 : 1.0 + 2 * random.nextInt(2);
            }
            b.row(row);
        }
        return b.build();
    }

    private static Artifact network(ColumnTable table, boolean withMass) {
        List<String> features = new java.util.ArrayList<>(Blobs.features(3));
        if (withMass) {
            features.add(TrainNnTask.MASS_FEATURE);
        }
        TrainedMlp trained = new MlpClassifier().train(new TrainingData(table, features, "label", "weight",
                new DataSplit(0.6, 0.2, 3)), Blobs.values(Map.of("scaling", "standard", "epochs", 3)),
                ProgressMonitor.NONE, null, 1);
        return new Artifact(org.alpwb.api.classifier.ModelBytes.ARTIFACT_TYPE, trained.encode().toBytes(), Map.of());
    }

    private static ParameterValues values(NnStrategy strategy, double workingPoint) {
        return ParameterValues.resolve(strategy.parameters(), new TaskConfig("test", "parameters",
                Map.of("workingPoint", workingPoint)));
    }

    @Test
    void thesisCutsThenScoreCut() {
        ColumnTable table = candidates(4000, 1, false);
        Artifact model = network(table, false);
        ThesisNnStrategy strategy = new ThesisNnStrategy();
        strategy.cuts = new ThesisCutsStrategy();
        CandidateSelection selection = strategy.selection(values(strategy, 0.7), null, Map.of("classifier", model))
                .orElseThrow();
        assertTrue(selection.massIndependent());
        CandidateSelection.Selected selected = selection.apply(table, 1.0, "test");
        // independent evaluation: the cut-only selection's mask and the score column of the decoded network
        CandidateSelection cutsOnly = new ThesisCutsStrategy().selection(ParameterValues.resolve(
                new ThesisCutsStrategy().parameters(), TaskConfig.empty("test", "parameters")), null, Map.of())
                .orElseThrow();
        boolean[] cuts = cutsOnly.apply(table, 1.0, "test").passed();
        double[] score = new MlpClassifier().decode(org.alpwb.api.classifier.ModelBytes.fromBytes(model.payload(),
                "test")).score(table, "s").column("s");
        boolean[] expected = new boolean[cuts.length];
        int passed = 0;
        int afterCuts = 0;
        for (int r = 0; r < cuts.length; r++) {
            expected[r] = cuts[r] && score[r] > 0.7;
            passed += expected[r] ? 1 : 0;
            afterCuts += cuts[r] ? 1 : 0;
        }
        assertArrayEquals(expected, selected.passed());
        // both selections act: the cuts keep ~2.4 % (4000 x 0.5 x 0.19 x 0.5 x 0.5), the score about half of that
        assertTrue(passed > 10 && passed < afterCuts && afterCuts < 4000 / 10, passed + " of " + afterCuts);
        List<CandidateSelection.Step> steps = selected.steps();
        assertEquals(cutsOnly.apply(table, 1.0, "test").steps().size() + 1, steps.size());
        assertEquals("NN score > 0.7", steps.get(steps.size() - 1).cut());
        assertEquals(passed, steps.get(steps.size() - 1).entries());
        assertEquals(0.7, selection.record().get("workingPoint"));
    }

    @Test
    void massParametrisedScoresDependOnTheHypothesis() {
        ColumnTable table = candidates(4000, 2, true);
        MassNnStrategy strategy = new MassNnStrategy();
        strategy.cuts = new ThesisCutsStrategy();
        CandidateSelection selection = strategy.selection(values(strategy, 0.5), null,
                Map.of("classifier", network(table, true))).orElseThrow();
        assertFalse(selection.massIndependent());
        NnSelection nn = (NnSelection) selection;
        float[] at1 = nn.scores(table, 1.0);
        float[] at3 = nn.scores(table, 3.0);
        int differ = 0;
        for (int r = 0; r < at1.length; r++) {
            differ += at1[r] != at3[r] ? 1 : 0;
        }
        assertTrue(differ > at1.length / 2, "scores independent of the mass input: " + differ);
    }

    @Test
    void punziStrategyCutsAtThePerMassWorkingPointOfTheTraining() throws Exception {
        ColumnTable table = candidates(4000, 4, false);
        Artifact plain = network(table, false);
        byte[] training = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(Map.of("evaluation",
                Map.of("punzi", List.of(Map.of("massGeV", 1.0, "bestCut", 0.3), Map.of("massGeV", 3.0, "bestCut",
                        0.7)))));
        Artifact model = new Artifact(plain.type(), plain.payload(), Map.of("training.json", training));
        ThesisNnPunziStrategy punzi = new ThesisNnPunziStrategy();
        punzi.cuts = new ThesisCutsStrategy();
        CandidateSelection selection = punzi.selection(ParameterValues.resolve(punzi.parameters(),
                TaskConfig.empty("test", "parameters")), null, Map.of("classifier", model)).orElseThrow();
        assertFalse(selection.massIndependent());
        ThesisNnStrategy fixed = new ThesisNnStrategy();
        fixed.cuts = new ThesisCutsStrategy();
        // at 2 GeV the cut is halfway, 0.5; beyond the trained masses it is the outermost one
        for (double[] massAndCut : new double[][] {{2.0, 0.5}, {0.5, 0.3}, {5.0, 0.7}}) {
            CandidateSelection reference = fixed.selection(values(fixed, massAndCut[1]), null,
                    Map.of("classifier", model)).orElseThrow();
            assertArrayEquals(reference.apply(table, massAndCut[0], "test").passed(),
                    selection.apply(table, massAndCut[0], "test").passed(), "at " + massAndCut[0] + " GeV");
        }
        List<CandidateSelection.Step> steps = selection.apply(table, 2.0, "test").steps();
        assertEquals("NN score > 0.5000", steps.get(steps.size() - 1).cut());
        // the plain thesis-nn with workingPointChoice = punzi is the same selection
        CandidateSelection asOption = fixed.selection(ParameterValues.resolve(fixed.parameters(), new TaskConfig(
                "test", "parameters", Map.of("workingPointChoice", "punzi"))), null, Map.of("classifier", model))
                .orElseThrow();
        assertArrayEquals(selection.apply(table, 2.0, "test").passed(), asOption.apply(table, 2.0, "test").passed());
        String noScan = assertThrows(InvalidInputException.class, () -> punzi.selection(ParameterValues.resolve(
                punzi.parameters(), TaskConfig.empty("test", "parameters")), null, Map.of("classifier", plain)))
                .getMessage();
        assertTrue(noScan.contains("training.json"), noScan);
    }

    @Test
    void wrongOrMissingNetworkIsNamed() {
        ThesisNnStrategy strategy = new ThesisNnStrategy();
        strategy.cuts = new ThesisCutsStrategy();
        String missing = assertThrows(InvalidInputException.class, () -> strategy.selection(values(strategy, 0.9),
                null, Map.of())).getMessage();
        assertTrue(missing.contains("inputs.classifier") && missing.contains("train-nn"), missing);
        ColumnTable table = candidates(2000, 3, true);
        String wrong = assertThrows(InvalidInputException.class, () -> strategy.selection(values(strategy, 0.9),
                null, Map.of("classifier", network(table, true)))).getMessage();
        assertTrue(wrong.contains("mass-parametrised"), wrong);
    }
}
