package org.alpwb.classifier.nn.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.Selection;
import org.alpwb.api.classifier.DataSplit;
import org.alpwb.api.classifier.TrainingData;
import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.table.ColumnTable;
import org.junit.jupiter.api.Test;

/** Bad hyper-parameters and data give messages naming the field and what is allowed. */
class BadInputTest {

    private static String message(Map<String, ?> overrides) {
        return assertThrows(InvalidInputException.class, () -> Blobs.values(overrides)).getMessage();
    }

    @Test
    void unknownOrOutOfRangeHyperParameters() {
        assertContains(message(Map.of("preset", "huge")), "preset", "default, thesis");
        assertContains(message(Map.of("activation", "swish")), "activation", "elu, relu, selu, tanh");
        assertContains(message(Map.of("shape", "round")), "shape", "constant, triangle, diamond");
        assertContains(message(Map.of("width", 0)), "width", "[1, 4096]");
        assertContains(message(Map.of("depth", -2)), "depth", "[1, 64]");
        assertContains(message(Map.of("batchSize", 0)), "batchSize", "[1, ");
        assertContains(message(Map.of("epochs", 0)), "epochs", "[1, ");
        assertContains(message(Map.of("learningRate", -1.0)), "learningRate", "[0.0, 10.0]");
        assertContains(message(Map.of("widht", 3)), "widht", "width");
    }

    @Test
    void presetsAndOverrides() {
        MlpConfig thesis = MlpConfig.fromValues(Blobs.values(Map.of("preset", "thesis")));
        assertTrue(thesis.width() == 170 && thesis.depth() == 12 && thesis.epochs() == 240
                && thesis.batchSize() == 4608 && thesis.learningRate() == 1e-4 && thesis.signalSampling() == 0.1
                && thesis.activation() == Activation.ELU && thesis.shape() == Shape.CONSTANT, thesis.toString());
        MlpConfig changed = MlpConfig.fromValues(Blobs.values(Map.of("preset", "thesis", "width", 64)));
        assertTrue(changed.width() == 64 && changed.depth() == 12, changed.toString());
    }

    @Test
    void nanFeatureNamesTheFeatureAndRow() {
        ColumnTable table = Blobs.table(400, 3, 1, 1);
        double[] x1 = table.column("x1").clone();
        x1[17] = Double.NaN;
        ColumnTable bad = replace(table, "x1", x1);
        String m = assertThrows(InvalidInputException.class, () -> new MlpClassifier().train(Blobs.data(bad, 3, 1),
                Blobs.values(Map.of("scaling", "standard", "epochs", 1)), ProgressMonitor.NONE)).getMessage();
        assertContains(m, "features.x1", "row 17");
    }

    @Test
    void missingFeatureOrUndeclaredRange() {
        ColumnTable table = Blobs.table(400, 3, 1, 1);
        TrainingData data = new TrainingData(table, List.of("x0", "nope"), "label", "weight", new DataSplit(0.6, 0.2, 1));
        assertContains(assertThrows(InvalidInputException.class, () -> new MlpClassifier().train(data,
                Blobs.values(Map.of("scaling", "standard")), ProgressMonitor.NONE)).getMessage(), "nope", "x0");
        MlpClassifier classifier = new MlpClassifier();
        classifier.addChannel(new FeaturesOnly(List.of(new Channel.Feature("x0", -5, 5, "1"),
                new Channel.Feature("x1", -5, 5, "1"))));
        String m = assertThrows(InvalidInputException.class, () -> classifier.train(Blobs.data(table, 3, 1),
                Blobs.values(Map.of("epochs", 1)), ProgressMonitor.NONE)).getMessage();
        assertContains(m, "x2", "scaling=range", "[x0, x1]");
    }

    @Test
    void noBackgroundOrNoSignalAfterTheSplit() {
        ColumnTable table = Blobs.table(400, 3, 1, 1);
        double[] label = new double[400];
        java.util.Arrays.fill(label, 1);
        String m = assertThrows(InvalidInputException.class, () -> new MlpClassifier().train(
                Blobs.data(replace(table, "label", label), 3, 1), Blobs.values(Map.of("scaling", "standard")),
                ProgressMonitor.NONE)).getMessage();
        assertContains(m, "split", "train part", "background weight 0.0");
        // signal sampling so small that no signal row is left for training
        String m2 = assertThrows(InvalidInputException.class, () -> new MlpClassifier().train(Blobs.data(table, 3, 1),
                Blobs.values(Map.of("scaling", "standard", "signalSampling", 1e-6)), ProgressMonitor.NONE))
                .getMessage();
        assertContains(m2, "split", "signal weight 0.0");
    }

    @Test
    void divergenceStopsWithTheEpoch() {
        // finite features near the float limit (declared range of width 1, so they stay ~3e38): first-layer sums
        // overflow to +-inf, the next layer adds +inf and -inf = NaN, and the loss of epoch 1 is NaN
        ColumnTable table = Blobs.table(400, 3, 1, 1);
        for (String name : List.of("x0", "x1", "x2")) {
            double[] huge = table.column(name).clone();
            for (int r = 0; r < huge.length; r++) {
                huge[r] = 3e38 * Math.signum(huge[r]);
            }
            table = replace(table, name, huge);
        }
        TrainingData data = Blobs.data(table, 3, 1);
        MlpClassifier classifier = new MlpClassifier();
        classifier.addChannel(new FeaturesOnly(List.of(new Channel.Feature("x0", 0, 1, "1"),
                new Channel.Feature("x1", 0, 1, "1"), new Channel.Feature("x2", 0, 1, "1"))));
        String m = assertThrows(TrainingDivergedException.class, () -> classifier.train(data,
                Blobs.values(Map.of("epochs", 5)), ProgressMonitor.NONE)).getMessage();
        assertContains(m, "diverged in epoch 1:", "NaN", "learningRate");
    }

    static ColumnTable replace(ColumnTable table, String name, double[] values) {
        ColumnTable.Builder b = ColumnTable.builder().columns(table.columnNames());
        List<String> names = table.columnNames();
        for (int r = 0; r < table.rowCount(); r++) {
            double[] row = new double[names.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = names.get(c).equals(name) ? values[r] : table.column(names.get(c))[r];
            }
            b.row(row);
        }
        return b.build();
    }

    static void assertContains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + p + "' not in: " + message);
        }
    }

    /** A channel that only declares features (all the classifier asks of it). */
    private record FeaturesOnly(List<Feature> features) implements Channel {
        public String id() {
            return "test";
        }

        public String scanVariable() {
            return "m";
        }

        public List<MassRegion> excludedRegions() {
            return List.of();
        }

        public List<String> selectionNames() {
            return List.of();
        }

        public Selection selection(String name) {
            throw new UnsupportedOperationException();
        }

        public Reconstruction reconstruct(RecoBlock reco, EventBlock events, BeamConditions beams) {
            throw new UnsupportedOperationException();
        }
    }
}
