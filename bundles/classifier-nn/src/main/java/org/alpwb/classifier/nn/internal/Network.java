package org.alpwb.classifier.nn.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Architecture and parameters of a fully connected network: inputs -> hidden layers (one activation)
 * -> one sigmoid output. Layer widths are padded to multiples of {@link Kernels#LANES} with zero weights;
 * those stay exactly zero in training (zero gradient, and Adam's step for a zero gradient is zero), so
 * the padding changes no result. Layer l's weights are stored input-major, w[k * outPadded + j].
 */
final class Network {
    final int inputs;
    final int[] hidden;
    final Activation activation;
    /** Per layer (hidden layers, then the output layer): real and padded in/out sizes, offsets. */
    final int[] inReal;
    final int[] inPadded;
    final int[] outReal;
    final int[] outPadded;
    final int[] weightOffset;
    final int[] biasOffset;
    final float[] parameters;

    Network(int inputs, int[] hidden, Activation activation) {
        this(inputs, hidden, activation, null);
    }

    Network(int inputs, int[] hidden, Activation activation, float[] parameters) {
        if (inputs < 1 || hidden.length < 1) {
            throw new IllegalArgumentException("a network needs inputs and at least one hidden layer");
        }
        this.inputs = inputs;
        this.hidden = hidden.clone();
        this.activation = activation;
        int layers = hidden.length + 1;
        inReal = new int[layers];
        inPadded = new int[layers];
        outReal = new int[layers];
        outPadded = new int[layers];
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            inReal[l] = l == 0 ? inputs : hidden[l - 1];
            inPadded[l] = l == 0 ? inputs : pad(hidden[l - 1]);
            outReal[l] = l < hidden.length ? hidden[l] : 1;
            outPadded[l] = pad(outReal[l]);
            weightOffset[l] = offset;
            offset += inPadded[l] * outPadded[l];
            biasOffset[l] = offset;
            offset += outPadded[l];
        }
        if (parameters != null && parameters.length != offset) {
            throw new IllegalArgumentException("network with " + offset + " parameters given " + parameters.length);
        }
        this.parameters = parameters == null ? new float[offset] : parameters;
    }

    static int pad(int n) {
        return (n + Kernels.LANES - 1) / Kernels.LANES * Kernels.LANES;
    }

    int layers() {
        return hidden.length + 1;
    }

    /** Trainable (non-padding) parameters. */
    long trainableParameters() {
        long n = 0;
        for (int l = 0; l < layers(); l++) {
            n += (long) inReal[l] * outReal[l] + outReal[l];
        }
        return n;
    }

    /** Multiply-adds of one forward pass of one sample over the real (unpadded) sizes. */
    long forwardMultiplyAdds() {
        long n = 0;
        for (int l = 0; l < layers(); l++) {
            n += (long) inReal[l] * outReal[l];
        }
        return n;
    }

    /** PyTorch's default initialisation of a linear layer: weights and biases ~ U(-1/sqrt(in), 1/sqrt(in)). */
    void initialise(long seed) {
        Arrays.fill(parameters, 0f);
        SplittableRandom random = new SplittableRandom(seed);
        for (int l = 0; l < layers(); l++) {
            double bound = 1 / Math.sqrt(inReal[l]);
            for (int k = 0; k < inReal[l]; k++) {
                for (int j = 0; j < outReal[l]; j++) {
                    parameters[weightOffset[l] + k * outPadded[l] + j] = (float) ((2 * random.nextDouble() - 1) * bound);
                }
            }
            for (int j = 0; j < outReal[l]; j++) {
                parameters[biasOffset[l] + j] = (float) ((2 * random.nextDouble() - 1) * bound);
            }
        }
    }

    Network copy() {
        return new Network(inputs, hidden, activation, parameters.clone());
    }

    /** Per-thread buffers for forward passes of up to {@code rows} rows. */
    final class Buffers {
        final int rows;
        final float[][] activations;

        Buffers(int rows) {
            this.rows = rows;
            activations = new float[layers()][];
            for (int l = 0; l < layers(); l++) {
                activations[l] = new float[rows * outPadded[l]];
            }
        }
    }

    /**
     * Forward pass of rows [r0, r1) of x (row-major, {@link #inputs} per row) into the buffers' rows
     * [r0, r1); the logits end up in column 0 of the last layer's activations.
     */
    void forward(Kernels kernels, float[] x, Buffers buffers, int r0, int r1, LayerHook hook) {
        float[] in = x;
        int ldIn = inputs;
        for (int l = 0; l < layers(); l++) {
            float[] out = buffers.activations[l];
            int n = outPadded[l];
            for (int r = r0; r < r1; r++) {
                System.arraycopy(parameters, biasOffset[l], out, r * n, n);
            }
            kernels.multiplyAdd(in, 0, ldIn, 1, parameters, weightOffset[l], n, out, 0, n, r0, r1, 0, inReal[l], n);
            if (l < hidden.length) {
                kernels.activate(activation, out, r0 * n, r1 * n);
                if (hook != null) {
                    hook.afterActivation(l, out, r0, r1);
                }
            }
            in = out;
            ldIn = n;
        }
    }

    /** Called after a hidden layer's activation in training (dropout). */
    interface LayerHook {
        void afterActivation(int layer, float[] activations, int r0, int r1);
    }

    /** Signal probabilities of the rows of x (row-major, scaled features), rows split across threads. */
    float[] predict(Kernels kernels, Parallel parallel, float[] x, int rows) {
        float[] p = logits(kernels, parallel, x, rows);
        for (int r = 0; r < rows; r++) {
            p[r] = (float) sigmoid(p[r]);
        }
        return p;
    }

    /** Output-layer logits of the rows of x. */
    float[] logits(Kernels kernels, Parallel parallel, float[] x, int rows) {
        float[] p = new float[rows];
        int block = 1024;
        int blocks = (rows + block - 1) / block;
        parallel.forRange(blocks, 1, (b0, b1) -> {
            Buffers buffers = new Buffers(block);
            for (int b = b0; b < b1; b++) {
                int from = b * block;
                int count = Math.min(block, rows - from);
                float[] xb = Arrays.copyOfRange(x, from * inputs, (from + count) * inputs);
                forward(kernels, xb, buffers, 0, count, null);
                float[] logits = buffers.activations[layers() - 1];
                int n = outPadded[layers() - 1];
                for (int r = 0; r < count; r++) {
                    p[from + r] = logits[r * n];
                }
            }
        });
        return p;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + StrictMath.exp(-z)) : StrictMath.exp(z) / (1 + StrictMath.exp(z));
    }
}
