package org.alpwb.classifier.nn.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Hidden-layer activation functions. Every one maps 0 to 0, so the zero-padded units of a layer stay
 * exactly 0 and never change a result. The derivative is expressed through the activation's output,
 * which is what the backward pass keeps.
 */
enum Activation {
    ELU, RELU, SELU, TANH;

    static final float SELU_SCALE = 1.0507009873554805f;
    static final float SELU_SCALE_ALPHA = (float) (1.0507009873554805 * 1.6732632423543772);

    static List<String> names() {
        return Arrays.stream(values()).map(a -> a.name().toLowerCase(Locale.ROOT)).toList();
    }

    static Activation parse(String name) {
        for (Activation a : values()) {
            if (a.name().equalsIgnoreCase(name)) {
                return a;
            }
        }
        return null;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
