package org.alpwb.report.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting for the report's tables: significant digits, Unicode powers of ten. */
final class Fmt {
    /** Shown for a value that the inputs do not provide. */
    static final String NONE = "\u2013";
    private static final int DIGITS = 4;
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    private Fmt() {
    }

    /** Four significant digits, trailing zeros dropped; x10^n form outside [1e-3, 1e5). */
    static String num(double value) {
        return num(value, DIGITS);
    }

    static String num(double value, int digits) {
        if (Double.isNaN(value)) {
            return NONE;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\u221e" : "\u2212\u221e";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        double abs = Math.abs(rounded.doubleValue());
        if (abs >= 1e-3 && abs < 1e5) {
            return minus(rounded.stripTrailingZeros().toPlainString());
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        String m = mantissa.toPlainString();
        return minus((m.equals("1") ? "" : m + "\u00d7") + "10" + superscript(exponent));
    }

    /** An integer count. */
    static String count(long value) {
        return minus(Long.toString(value));
    }

    /** A fraction as a percentage with three significant digits. */
    static String percent(double fraction) {
        return Double.isNaN(fraction) ? NONE : num(fraction * 100, 3) + " %";
    }

    /** Value +- error, the value rounded to the error's second significant digit. */
    static String pm(double value, double error) {
        if (Double.isNaN(error) || error <= 0 || Double.isNaN(value)) {
            return num(value);
        }
        int errorExponent = (int) Math.floor(Math.log10(error));
        int decimals = 1 - errorExponent;
        double scale = Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3 ? Double.NaN : 1;
        if (Double.isNaN(scale) || decimals > 8) {
            return num(value) + " \u00b1 " + num(error, 2);
        }
        BigDecimal v = new BigDecimal(value).setScale(Math.max(decimals, 0), RoundingMode.HALF_EVEN);
        BigDecimal e = new BigDecimal(error).setScale(Math.max(decimals, 0), RoundingMode.HALF_EVEN);
        return minus(v.toPlainString()) + " \u00b1 " + e.toPlainString();
    }

    static String superscript(int exponent) {
        StringBuilder s = new StringBuilder();
        if (exponent < 0) {
            s.append('\u207b');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.toString();
    }

    private static String minus(String text) {
        return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
    }

    /** A file-name-safe form of an identifier. */
    static String slug(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "strategy" : s;
    }
}
