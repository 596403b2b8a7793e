package org.alpwb.classifier.nn.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained network with its input scaling: what is cached and what scores events. Binary codec with
 * magic and format version (no Java serialisation).
 */
final class MlpModel {
    private static final int MAGIC = 0x4d4c5031; // "MLP1"
    static final int FORMAT_VERSION = 1;

    final Network network;
    final FeatureScaling scaling;

    MlpModel(Network network, FeatureScaling scaling) {
        if (network.inputs != scaling.names().size()) {
            throw new IllegalArgumentException(network.inputs + " inputs but " + scaling.names().size() + " features");
        }
        this.network = network;
        this.scaling = scaling;
    }

    List<String> featureNames() {
        return scaling.names();
    }

    /** Signal probability of every row of the feature columns (in {@link #featureNames()} order). */
    float[] score(double[][] columns, Kernels kernels, Parallel parallel, String source) {
        float[] x = scaling.apply(columns, null, source);
        return network.predict(kernels, parallel, x, columns[0].length);
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + network.parameters.length * 4);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeUTF(network.activation.id());
            out.writeInt(network.hidden.length);
            for (int w : network.hidden) {
                out.writeInt(w);
            }
            out.writeUTF(scaling.method());
            out.writeInt(scaling.names().size());
            for (int f = 0; f < scaling.names().size(); f++) {
                out.writeUTF(scaling.names().get(f));
                out.writeDouble(scaling.offset()[f]);
                out.writeDouble(scaling.divisor()[f]);
            }
            out.writeInt(network.parameters.length);
            for (float p : network.parameters) {
                out.writeFloat(p);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    static MlpModel fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not an mlp model");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("mlp model format " + version + " unsupported; allowed: "
                        + FORMAT_VERSION);
            }
            Activation activation = Activation.parse(in.readUTF());
            if (activation == null) {
                throw new IllegalArgumentException("mlp model with unknown activation");
            }
            int[] hidden = new int[in.readInt()];
            for (int l = 0; l < hidden.length; l++) {
                hidden[l] = in.readInt();
            }
            String method = in.readUTF();
            int d = in.readInt();
            List<String> names = new ArrayList<>();
            double[] offset = new double[d];
            double[] divisor = new double[d];
            for (int f = 0; f < d; f++) {
                names.add(in.readUTF());
                offset[f] = in.readDouble();
                divisor[f] = in.readDouble();
            }
            float[] parameters = new float[in.readInt()];
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = in.readFloat();
            }
            return new MlpModel(new Network(d, hidden, activation, parameters),
                    new FeatureScaling(method, List.copyOf(names), offset, divisor));
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated mlp model", e);
        }
    }
}
