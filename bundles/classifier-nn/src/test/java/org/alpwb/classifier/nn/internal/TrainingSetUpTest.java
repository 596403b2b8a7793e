package org.alpwb.classifier.nn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.table.ColumnTable;
import org.junit.jupiter.api.Test;

/** The thesis sec. 7.1 training set-up of task train-nn, and the study's disjoint training samples. */
class TrainingSetUpTest {
    private static final List<String> FEATURES = List.of("f0", "f1");

    /** A candidate table: features, truthSignal, weightPb. */
    private static Artifact table(int rows, double weight, double truthFraction, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ColumnTable.Builder b = ColumnTable.builder().columns(FEATURES).column("truthSignal").column("weightPb");
        for (int r = 0; r < rows; r++) {
            b.row(random.nextGaussian(), random.nextGaussian(), random.nextDouble() < truthFraction ? 1 : 0, weight);
        }
        return Artifact.of("alpwb/column-table", b.build().toBytes());
    }

    private static Map<String, Artifact> inputs() {
        Map<String, Artifact> in = new LinkedHashMap<>();
        in.put("signal-0.5", table(300, 2e-3, 0.8, 1));
        in.put("signal-3", table(900, 5e-4, 0.6, 2));
        in.put("background-bhabha-gamma", table(700, 40.0, 0, 3));
        in.put("background-triphoton", table(200, 3.0, 0, 4));
        return in;
    }

    @Test
    void labelsFromTruthMatchingAndThesisWeights() {
        Map<String, Artifact> in = inputs();
        ColumnTable t = TrainNnTask.trainingTable(in, FEATURES, false, 7, "test");
        double[] label = t.column(TrainNnTask.LABEL);
        double[] w = t.column(TrainNnTask.WEIGHT);
        // signal: only truth-matched rows; each mass sums to 1 whatever its cross section and row count
        int expectedSignal = 0;
        for (String name : List.of("signal-0.5", "signal-3")) {
            double[] truth = ColumnTable.fromBytes(in.get(name).payload()).column("truthSignal");
            for (double v : truth) {
                expectedSignal += v == 1 ? 1 : 0;
            }
        }
        int signal = 0;
        double signalWeight = 0;
        double background = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            if (label[r] == 1) {
                signal++;
                signalWeight += w[r];
            } else {
                background += w[r];
            }
        }
        assertEquals(expectedSignal, signal);
        assertEquals(2.0, signalWeight, 1e-12); // two masses, 1 each
        // background keeps its cross-section weights: 700 x 40 pb + 200 x 3 pb
        assertEquals(700 * 40.0 + 200 * 3.0, background, 1e-9);
        assertEquals(signal + 900, t.rowCount());
    }

    @Test
    void massParametrisedBackgroundMassesFollowTheSignalMasses() {
        ColumnTable t = TrainNnTask.trainingTable(inputs(), List.of("f0", "f1", TrainNnTask.MASS_FEATURE), true, 7,
                "test");
        double[] label = t.column(TrainNnTask.LABEL);
        double[] mass = t.column(TrainNnTask.MASS_FEATURE);
        long signalLow = 0;
        long signal = 0;
        long backgroundLow = 0;
        long background = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            assertTrue(mass[r] == 0.5 || mass[r] == 3, "mass " + mass[r]);
            if (label[r] == 1) {
                signal++;
                signalLow += mass[r] == 0.5 ? 1 : 0;
            } else {
                background++;
                backgroundLow += mass[r] == 0.5 ? 1 : 0;
            }
        }
        // the fraction at 0.5 GeV among the 900 background rows is binomial around the signal's fraction:
        // 4 standard deviations of sqrt(p (1 - p) / 900) ~ 0.015
        double p = (double) signalLow / signal;
        double sd = Math.sqrt(p * (1 - p) / background);
        assertEquals(p, (double) backgroundLow / background, 4 * sd);
    }

    @Test
    void missingInputsAreNamed() {
        Map<String, Artifact> onlySignal = new LinkedHashMap<>(inputs());
        onlySignal.keySet().removeIf(k -> k.startsWith("background-"));
        assertTrue(assertThrows(InvalidInputException.class, () -> TrainNnTask.trainingTable(onlySignal, FEATURES,
                false, 1, "test")).getMessage().contains("background-<process>"));
        Map<String, Artifact> noTruth = new LinkedHashMap<>(inputs());
        noTruth.put("signal-1", table(50, 1e-3, 0, 9));
        assertTrue(assertThrows(InvalidInputException.class, () -> TrainNnTask.trainingTable(noTruth, FEATURES,
                false, 1, "test")).getMessage().contains("truthSignal = 1"));
    }

    /**
     * No event is used both to train and to evaluate: in every profile of the default study the networks train
     * on their own generate tasks whose configuration (event count) differs from the evaluation samples', so
     * their content keys, and therefore their random streams, differ; and no training task reads an
     * evaluation sample.
     */
    @Test
    void theDefaultStudyTrainsOnSamplesOfTheirOwn() throws Exception {
        JsonNode study = new ObjectMapper().readTree(new File("../../examples/alp-eegg.json"));
        JsonNode settings = study.get("settings");
        List<JsonNode> profiles = new ArrayList<>();
        profiles.add(settings);
        for (Iterator<JsonNode> it = study.get("profiles").elements(); it.hasNext();) {
            profiles.add(it.next());
        }
        for (JsonNode profile : profiles) {
            assertNotEquals(value(settings, profile, "signalEvents"), value(settings, profile, "nnTrainSignalEvents"));
            assertNotEquals(value(settings, profile, "backgroundEvents"),
                    value(settings, profile, "nnTrainBackgroundEvents"));
        }
        JsonNode tasks = study.get("tasks");
        assertEquals("${nnTrainSignalEvents}", tasks.get("nn-sample-signal").get("config").get("events").asText());
        assertEquals("${nnTrainBackgroundEvents}", tasks.get("nn-sample-bg").get("config").get("events").asText());
        for (String train : List.of("nn-train-thesis-nn", "nn-train-nn-mass")) {
            JsonNode inputs = tasks.get(train).get("inputs");
            assertEquals("nn-reco-signal-*", inputs.get("signal-*").asText());
            assertEquals("nn-reco-bg-*", inputs.get("background-*").asText());
        }
        for (String chain : List.of("nn-reco-signal", "nn-reco-bg", "nn-sim-signal", "nn-sim-bg")) {
            for (Iterator<JsonNode> it = tasks.get(chain).get("inputs").elements(); it.hasNext();) {
                assertTrue(it.next().asText().startsWith("nn-"), chain + " reads an evaluation sample");
            }
        }
    }

    private static String value(JsonNode settings, JsonNode profile, String name) {
        return (profile.has(name) ? profile : settings).get(name).toString();
    }
}
