package org.alpwb.plot.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick positions, shared by both back ends. Linear axes get about six 1/2/5 x 10^n steps with
 * minor ticks. Log axes (both back ends) get a labelled tick per decade, written 10^n with the
 * exponent in {@code superscript}, and minor ticks at 2..9 x 10^n; when fewer than three decades
 * are visible, 1, 2 and 5 x 10^n are labelled as plain numbers instead (0.1, 0.2, 0.5, 1, 2, 5).
 */
final class Ticks {
    private static final int[] STRIDES = {1, 2, 5, 10, 20, 50, 100};

    /** A tick; {@code label} is null for minor ticks. */
    record Tick(double value, String label, String superscript) {
        boolean major() {
            return label != null;
        }
    }

    private Ticks() {
    }

    static List<Tick> of(DataRange range) {
        return range.log() ? log(range) : linear(range);
    }

    /** Major step, minor ticks per major step and label decimals of a linear axis. */
    record LinearStep(double step, int minorPerMajor, int decimals) {
    }

    static LinearStep linearStep(DataRange range) {
        double raw = (range.upper() - range.lower()) / 6;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / magnitude;
        int mantissa = norm < 1.5 ? 1 : norm < 3.5 ? 2 : norm < 7.5 ? 5 : 10;
        double step = mantissa * magnitude;
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return new LinearStep(step, mantissa == 2 ? 4 : 5, decimals);
    }

    static List<Tick> linear(DataRange range) {
        LinearStep unit = linearStep(range);
        double minor = unit.step() / unit.minorPerMajor();
        List<Tick> ticks = new ArrayList<>();
        double tolerance = minor * 1e-6;
        for (long k = (long) Math.ceil((range.lower() - tolerance) / minor); k * minor <= range.upper() + tolerance;
                k++) {
            double value = k * minor;
            boolean major = Math.floorMod(k, unit.minorPerMajor()) == 0;
            ticks.add(new Tick(value, major ? format(value, unit.decimals()) : null, null));
        }
        return ticks;
    }

    /** Decades per labelled tick: the smallest of 1, 2, 5, 10, ... giving at most ten labels. */
    static int decadeStride(DataRange range) {
        double decades = Math.log10(range.upper()) - Math.log10(range.lower());
        for (int stride : STRIDES) {
            if (decades / stride <= 10) {
                return stride;
            }
        }
        return (int) Math.ceil(decades / 10);
    }

    static List<Tick> log(DataRange range) {
        double lo = Math.log10(range.lower());
        double hi = Math.log10(range.upper());
        int stride = decadeStride(range);
        boolean plain = hi - lo < 3;
        List<Tick> ticks = new ArrayList<>();
        for (int k = (int) Math.floor(lo) - 1; k <= (int) Math.ceil(hi); k++) {
            for (int m = 1; m <= 9 && (m == 1 || stride == 1); m++) {
                BigDecimal exact = BigDecimal.valueOf(m).scaleByPowerOfTen(k);
                double value = exact.doubleValue();
                if (!contains(range, value)) {
                    continue;
                }
                if (plain && (m == 1 || m == 2 || m == 5)) {
                    ticks.add(new Tick(value, exact.stripTrailingZeros().toPlainString(), null));
                } else if (m == 1 && Math.floorMod(k, stride) == 0) {
                    ticks.add(new Tick(value, "10", Integer.toString(k)));
                } else {
                    ticks.add(new Tick(value, null, null));
                }
            }
        }
        return ticks;
    }

    private static boolean contains(DataRange range, double value) {
        double tolerance = 1e-9;
        return value >= range.lower() * (1 - tolerance) && value <= range.upper() * (1 + tolerance);
    }

    private static String format(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }
}
