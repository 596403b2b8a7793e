package org.alpwb.classifier.nn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.classifier.TrainedClassifier;
import org.alpwb.api.classifier.TrainingData;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.table.ColumnTable;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Training: thread-count and kernel independence, learning a known problem, the codec. */
class TrainingTest {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void sameWeightsBitForBitForOneTwoAndThreeThreadsAndScalarKernels() {
        ColumnTable table = Blobs.table(3000, 12, 1.0, 5);
        TrainingData data = Blobs.data(table, 12, 17);
        // dropout on, an odd width (padding), three epochs, batch not dividing the rows
        ParameterValues values = Blobs.values(Map.of("width", 37, "depth", 3, "epochs", 3, "batchSize", 300,
                "dropout", 0.1, "scaling", "standard", "shape", "diamond"));
        MlpClassifier classifier = new MlpClassifier();
        TrainedMlp one = classifier.train(data, values, ProgressMonitor.NONE, null, 1);
        TrainedMlp two = classifier.train(data, values, ProgressMonitor.NONE, POOL, 2);
        KernelsTest.assertBits(one.model().network.parameters, two.model().network.parameters);
        assertEquals(one.summary().get("validationLoss"), two.summary().get("validationLoss"));
        // three threads (on the two-thread pool) and 4 parts per thread: other part bounds, other order of taking them
        TrainedMlp three = classifier.train(data, values, ProgressMonitor.NONE, POOL, 3);
        TrainedMlp parts = new MlpClassifier().train(data, values, ProgressMonitor.NONE, POOL, 2, 4);
        KernelsTest.assertBits(one.model().network.parameters, parts.model().network.parameters);
        KernelsTest.assertBits(one.model().network.parameters, three.model().network.parameters);
        // the scalar fallback trains the very same network
        ParameterValues small = Blobs.values(Map.of("width", 20, "depth", 2, "epochs", 2, "batchSize", 256,
                "scaling", "standard", "activation", "selu"));
        TrainedMlp vector = classifier.train(data, small, ProgressMonitor.NONE, POOL, 2);
        TrainedMlp scalar = new MlpClassifier(new ScalarKernels()).train(data, small, ProgressMonitor.NONE, POOL, 2);
        KernelsTest.assertBits(vector.model().network.parameters, scalar.model().network.parameters);
    }

    @Test
    void learnsTwoGaussiansToTheBayesLimit() {
        // delta = 2.5: optimal AUC = Phi(2.5 / sqrt 2) = 0.9615; the test part has ~4000 rows, so the AUC's
        // statistical error is ~0.003 (Hanley-McNeil); tolerance 0.01 below the optimum, never above + 0.01
        double delta = 2.5;
        double optimal = 0.5 * (1 + Erf.erf(delta / 2));
        ColumnTable table = Blobs.table(20000, 4, delta, 9);
        TrainedClassifier trained = new MlpClassifier().train(Blobs.data(table, 4, 3),
                Blobs.values(Map.of("scaling", "standard", "epochs", 15)), ProgressMonitor.NONE);
        double auc = ((Number) trained.summary().get("testAuc")).doubleValue();
        assertTrue(auc > optimal - 0.01 && auc < optimal + 0.01, "test AUC " + auc + ", optimal " + optimal);
        // the validation loss fell during training
        java.util.List<?> val = (java.util.List<?>) trained.summary().get("validationLoss");
        assertTrue(((Number) val.get(val.size() - 1)).doubleValue() < ((Number) val.get(0)).doubleValue());
        // an independent sample scored by the network: signal above background on average
        ColumnTable fresh = Blobs.table(2000, 4, delta, 1234);
        ColumnTable scored = trained.score(fresh, "score");
        double[] s = scored.column("score");
        double[] label = scored.column("label");
        double sig = 0;
        double bkg = 0;
        for (int r = 0; r < s.length; r++) {
            assertTrue(s[r] >= 0 && s[r] <= 1);
            if (label[r] == 1) {
                sig += s[r];
            } else {
                bkg += s[r];
            }
        }
        assertTrue(sig / 1000 > 0.8 && bkg / 1000 < 0.2, "mean scores " + sig / 1000 + " / " + bkg / 1000);
    }

    @Test
    void codecRoundTripScoresIdentically() {
        ColumnTable table = Blobs.table(2000, 6, 1.5, 21);
        MlpClassifier classifier = new MlpClassifier();
        TrainedClassifier trained = classifier.train(Blobs.data(table, 6, 4),
                Blobs.values(Map.of("scaling", "standard", "epochs", 2, "activation", "tanh")), ProgressMonitor.NONE);
        byte[] bytes = trained.encode().toBytes();
        TrainedClassifier decoded = classifier.decode(org.alpwb.api.classifier.ModelBytes.fromBytes(bytes, "test"));
        assertEquals(trained.features(), decoded.features());
        double[] a = trained.score(table, "s").column("s");
        double[] b = decoded.score(table, "s").column("s");
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
        assertTrue(java.util.Arrays.equals(bytes, decoded.encode().toBytes()));
    }
}
