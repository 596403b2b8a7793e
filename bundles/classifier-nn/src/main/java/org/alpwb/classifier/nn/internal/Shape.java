package org.alpwb.classifier.nn.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Network shapes of thesis Fig. 7.1: hidden widths from the maximum width and the depth. */
enum Shape {
    /** Every hidden layer has the full width (the thesis' choice). */
    CONSTANT,
    /** Widths fall linearly from the full width to width / depth. */
    TRIANGLE,
    /** Widths rise linearly to the full width in the middle layer and fall again. */
    DIAMOND;

    static List<String> names() {
        return Arrays.stream(values()).map(Shape::id).toList();
    }

    static Shape parse(String name) {
        for (Shape s : values()) {
            if (s.id().equalsIgnoreCase(name)) {
                return s;
            }
        }
        return null;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    int[] widths(int width, int depth) {
        int[] w = new int[depth];
        for (int i = 0; i < depth; i++) {
            double f;
            switch (this) {
                case CONSTANT:
                    f = 1;
                    break;
                case TRIANGLE:
                    f = (double) (depth - i) / depth;
                    break;
                default:
                    int half = (depth + 1) / 2;
                    f = (double) Math.min(i + 1, depth - i) / half;
                    break;
            }
            w[i] = Math.max(1, (int) Math.round(width * f));
        }
        return w;
    }
}
