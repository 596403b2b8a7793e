package org.alpwb.classifier.nn.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.alpwb.api.progress.ProgressMonitor;

/**
 * Mini-batch training with weighted binary cross entropy, Adam, reduce-on-plateau and early stopping
 * on the validation loss. Deterministic for any thread count: the batches come from a seeded shuffle,
 * every kernel output is one fixed fma chain (see {@link Kernels}), the reductions over rows (bias
 * gradients, losses) run in row order on one thread, and dropout masks are a hash of (seed, step,
 * layer, row, unit) rather than a shared random stream.
 */
final class Trainer {
    /** Rows per block in the weight-gradient kernel (keeps a block of both operands in L2). */
    private static final int ROW_BLOCK = 256;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;
    /** Relative improvement that counts as better (PyTorch's ReduceLROnPlateau default threshold). */
    private static final double THRESHOLD = 1e-4;

    /** Losses per epoch and what the schedule did. */
    record History(double[] trainingLoss, double[] validationLoss, double[] learningRate, int bestEpoch,
            boolean stoppedEarly, double seconds, long samplesSeen) {
        double samplesPerSecond() {
            return samplesSeen / seconds;
        }
    }

    private final MlpConfig config;
    private final Kernels kernels;
    private final Parallel parallel;
    private final long seed;
    private final Network network;
    private final float[] gradient;
    private final float[] adamM;
    private final float[] adamV;
    private final float[][] transposed;
    private final int batch;
    private final Network.Buffers buffers;
    private final float[][] preDropout;
    private final float[] deltaA;
    private final float[] deltaB;
    private final float[] xBatch;
    private final float[] yBatch;
    private final float[] wBatch;
    private final double[] rowLoss;
    private long step;

    Trainer(MlpConfig config, int inputs, Kernels kernels, Parallel parallel, long seed, int maxRows) {
        this.config = config;
        this.kernels = kernels;
        this.parallel = parallel;
        this.seed = seed;
        this.network = new Network(inputs, config.hiddenWidths(), config.activation());
        network.initialise(seed);
        int p = network.parameters.length;
        gradient = new float[p];
        adamM = new float[p];
        adamV = new float[p];
        transposed = new float[network.layers()][];
        for (int l = 1; l < network.layers(); l++) {
            transposed[l] = new float[network.outPadded[l] * network.inPadded[l]];
        }
        transpose();
        batch = Math.min(config.batchSize(), Math.max(1, maxRows));
        buffers = network.new Buffers(batch);
        preDropout = new float[network.layers()][];
        if (config.dropout() > 0) {
            for (int l = 0; l < network.hidden.length; l++) {
                preDropout[l] = new float[batch * network.outPadded[l]];
            }
        }
        int widest = 0;
        for (int l = 0; l < network.layers(); l++) {
            widest = Math.max(widest, network.outPadded[l]);
        }
        deltaA = new float[batch * widest];
        deltaB = new float[batch * widest];
        xBatch = new float[batch * inputs];
        yBatch = new float[batch];
        wBatch = new float[batch];
        rowLoss = new double[batch];
    }

    Network network() {
        return network;
    }

    /** Trains on {@code train}, monitoring {@code validation}; returns the history (network: {@link #network()}). */
    History train(Samples train, Samples validation, ProgressMonitor monitor) {
        int epochs = config.epochs();
        double[] trainLoss = new double[epochs];
        double[] validationLoss = new double[epochs];
        double[] rates = new double[epochs];
        double learningRate = config.learningRate();
        double best = Double.POSITIVE_INFINITY;
        double plateauBest = Double.POSITIVE_INFINITY;
        int plateauBad = 0;
        int bestEpoch = 0;
        float[] bestParameters = null;
        int run = 0;
        boolean stoppedEarly = false;
        long samples = 0;
        long start = System.nanoTime();
        double trainWeight = 0;
        for (int r = 0; r < train.rows(); r++) {
            trainWeight += train.w()[r];
        }
        monitor.begin("training " + network.hidden.length + " x " + config.width() + " " + config.activation().id()
                + " network", epochs);
        int[] order = new int[train.rows()];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            monitor.checkCancelled();
            shuffle(order, epoch);
            double sum = 0;
            for (int from = 0; from < order.length; from += batch) {
                int rows = Math.min(batch, order.length - from);
                gather(train, order, from, rows);
                sum += step(rows, learningRate);
                samples += rows;
            }
            double loss = sum / trainWeight;
            rates[epoch - 1] = learningRate;
            trainLoss[epoch - 1] = loss;
            if (!Double.isFinite(loss)) {
                throw new TrainingDivergedException(epoch, "training", loss, learningRate);
            }
            double val = loss(validation);
            validationLoss[epoch - 1] = val;
            if (!Double.isFinite(val)) {
                throw new TrainingDivergedException(epoch, "validation", val, learningRate);
            }
            run = epoch;
            if (val < best * (1 - THRESHOLD)) {
                best = val;
                bestEpoch = epoch;
                bestParameters = network.parameters.clone();
            }
            // reduce on plateau (PyTorch semantics: more than `patience` bad epochs -> multiply, reset)
            if (val < plateauBest * (1 - THRESHOLD)) {
                plateauBest = val;
                plateauBad = 0;
            } else if (++plateauBad > config.plateauPatience()) {
                learningRate *= config.plateauFactor();
                plateauBad = 0;
            }
            monitor.worked(1);
            monitor.subtask(String.format("epoch %d/%d: loss %.5f, validation %.5f", epoch, epochs, loss, val));
            if (config.earlyStoppingPatience() > 0 && epoch - bestEpoch >= config.earlyStoppingPatience()) {
                stoppedEarly = true;
                break;
            }
        }
        if (config.earlyStoppingPatience() > 0 && bestParameters != null) {
            System.arraycopy(bestParameters, 0, network.parameters, 0, bestParameters.length);
        }
        monitor.done();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new History(Arrays.copyOf(trainLoss, run), Arrays.copyOf(validationLoss, run),
                Arrays.copyOf(rates, run), bestEpoch, stoppedEarly, seconds, samples);
    }

    private void shuffle(int[] order, int epoch) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(Hash.mix(seed, 0x5eedL, epoch));
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private void gather(Samples s, int[] order, int from, int rows) {
        int d = s.dims();
        for (int r = 0; r < rows; r++) {
            int src = order[from + r];
            System.arraycopy(s.x(), src * d, xBatch, r * d, d);
            yBatch[r] = s.y()[src];
            wBatch[r] = s.w()[src];
        }
    }

    /** One Adam step on the first {@code rows} rows of the batch buffers; returns sum of w * loss. */
    double step(int rows, double learningRate) {
        step++;
        double lossSum = lossAndGradient(rows);
        adam(learningRate);
        transpose();
        return lossSum;
    }

    /** Loads rows [from, from + rows) of {@code s} (in its order) as the batch; for tests. */
    void loadBatch(Samples s, int from, int rows) {
        int[] order = new int[s.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        gather(s, order, from, rows);
    }

    /** d(batch loss)/d(parameter) of the last {@link #lossAndGradient}, same layout as the parameters. */
    float[] gradient() {
        return gradient;
    }

    /**
     * Forward and backward pass over the batch: fills {@link #gradient()} with the gradient of the batch's
     * weighted mean BCE, sum(w l) / sum(w), and returns sum(w l).
     */
    double lossAndGradient(int rows) {
        int layers = network.layers();
        int last = layers - 1;
        Network.LayerHook dropout = config.dropout() > 0 ? this::dropout : null;
        parallel.forRange(rows, 4, (r0, r1) -> network.forward(kernels, xBatch, buffers, r0, r1, dropout));
        // loss and output delta, per row; reductions in row order
        float[] logits = buffers.activations[last];
        int nOut = network.outPadded[last];
        double batchWeight = 0;
        for (int r = 0; r < rows; r++) {
            batchWeight += wBatch[r];
        }
        float[] delta = deltaA;
        Arrays.fill(delta, 0, rows * nOut, 0f);
        double norm = batchWeight;
        parallel.forRange(rows, 4, (r0, r1) -> {
            for (int r = r0; r < r1; r++) {
                double z = logits[r * nOut];
                double y = yBatch[r];
                rowLoss[r] = wBatch[r] * bce(z, y);
                delta[r * nOut] = (float) (wBatch[r] * (Network.sigmoid(z) - y) / norm);
            }
        });
        double lossSum = 0;
        for (int r = 0; r < rows; r++) {
            lossSum += rowLoss[r];
        }
        Arrays.fill(gradient, 0f);
        float[] current = delta;
        float[] other = deltaB;
        for (int l = last; l >= 0; l--) {
            float[] in = l == 0 ? xBatch : buffers.activations[l - 1];
            int ldIn = l == 0 ? network.inputs : network.outPadded[l - 1];
            int n = network.outPadded[l];
            int wOffset = network.weightOffset[l];
            float[] d = current;
            parallel.forRange(network.inReal[l], 4, (i0, i1) -> {
                for (int k0 = 0; k0 < rows; k0 += ROW_BLOCK) {
                    kernels.multiplyAdd(in, 0, 1, ldIn, d, 0, n, gradient, wOffset, n, i0, i1, k0,
                            Math.min(rows, k0 + ROW_BLOCK), n);
                }
            });
            int bOffset = network.biasOffset[l];
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < n; j++) {
                    gradient[bOffset + j] += d[r * n + j];
                }
            }
            if (l > 0) {
                int m = network.inPadded[l];
                float[] prev = other;
                Arrays.fill(prev, 0, rows * m, 0f);
                float[] wt = transposed[l];
                int kReal = network.outReal[l];
                int layer = l - 1;
                float[] output = preDropout[layer] != null ? preDropout[layer] : buffers.activations[layer];
                parallel.forRange(rows, 4, (r0, r1) -> {
                    kernels.multiplyAdd(d, 0, n, 1, wt, 0, m, prev, 0, m, r0, r1, 0, kReal, m);
                    if (preDropout[layer] != null) {
                        applyDropout(layer, prev, m, r0, r1);
                    }
                    kernels.backpropagate(network.activation, output, prev, r0 * m, r1 * m);
                });
                other = current;
                current = prev;
            }
        }
        return lossSum;
    }

    /** Weighted BCE from the logit, -[y ln s(z) + (1 - y) ln(1 - s(z))], without overflow. */
    static double bce(double z, double y) {
        return Math.max(z, 0) - z * y + StrictMath.log1p(StrictMath.exp(-Math.abs(z)));
    }

    /** Weighted mean BCE over a sample set (forward passes without dropout). */
    double loss(Samples s) {
        float[] z = network.logits(kernels, parallel, s.x(), s.rows());
        double sum = 0;
        double weight = 0;
        for (int r = 0; r < s.rows(); r++) {
            sum += s.w()[r] * bce(z[r], s.y()[r]);
            weight += s.w()[r];
        }
        return sum / weight;
    }

    private void adam(double learningRate) {
        double c1 = 1 - Math.pow(BETA1, step);
        double c2 = 1 - Math.pow(BETA2, step);
        float b1 = (float) BETA1;
        float b2 = (float) BETA2;
        float ob1 = (float) (1 - BETA1);
        float ob2 = (float) (1 - BETA2);
        float stepSize = (float) (learningRate / c1);
        float rootC2 = (float) Math.sqrt(c2);
        float eps = (float) EPSILON;
        float[] p = network.parameters;
        parallel.forRange(p.length, Kernels.LANES, (i0, i1) -> {
            for (int i = i0; i < i1; i++) {
                float g = gradient[i];
                float m = b1 * adamM[i] + ob1 * g;
                float v = b2 * adamV[i] + ob2 * (g * g);
                adamM[i] = m;
                adamV[i] = v;
                p[i] -= stepSize * m / ((float) Math.sqrt(v) / rootC2 + eps);
            }
        });
    }

    private void transpose() {
        float[] p = network.parameters;
        for (int l = 1; l < network.layers(); l++) {
            int in = network.inPadded[l];
            int out = network.outPadded[l];
            int offset = network.weightOffset[l];
            float[] t = transposed[l];
            for (int k = 0; k < in; k++) {
                for (int j = 0; j < out; j++) {
                    t[j * in + k] = p[offset + k * out + j];
                }
            }
        }
    }

    /** Forward hook: keep the activation for the derivative, then zero dropped units and rescale the rest. */
    private void dropout(int layer, float[] activations, int r0, int r1) {
        int n = network.outPadded[layer];
        System.arraycopy(activations, r0 * n, preDropout[layer], r0 * n, (r1 - r0) * n);
        applyDropout(layer, activations, n, r0, r1);
    }

    private void applyDropout(int layer, float[] values, int n, int r0, int r1) {
        double p = config.dropout();
        float keep = (float) (1 / (1 - p));
        for (int r = r0; r < r1; r++) {
            for (int j = 0; j < n; j++) {
                double u = Hash.uniform(seed, step, layer, r, j);
                values[r * n + j] = u < p ? 0f : values[r * n + j] * keep;
            }
        }
    }
}
