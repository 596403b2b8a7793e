package org.alpwb.fit.minimize;

import org.alpwb.api.InvalidInputException;

/**
 * An immutable fit parameter: name, initial value, initial step (a rough error estimate),
 * optional lower and upper bounds (infinite = unbounded) and a fixed flag.
 */
public final class Parameter {
    private final String name;
    private final double value;
    private final double step;
    private final double lower;
    private final double upper;
    private final boolean fixed;

    public Parameter(String name, double value, double step, double lower, double upper, boolean fixed) {
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException("fit", "parameter.name", name, "a non-empty name");
        }
        if (!Double.isFinite(value)) {
            throw new InvalidInputException("fit", "parameter." + name + ".value", value, "a finite number");
        }
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new InvalidInputException("fit", "parameter." + name + ".step", step, "a finite number > 0");
        }
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
            throw new InvalidInputException("fit", "parameter." + name + ".bounds", "[" + lower + ", " + upper + "]",
                    "lower < upper (use -Infinity/+Infinity for no bound)");
        }
        if (value < lower || value > upper) {
            throw new InvalidInputException("fit", "parameter." + name + ".value", value,
                    "a value within [" + lower + ", " + upper + "]");
        }
        this.name = name;
        this.value = value;
        this.step = step;
        this.lower = lower;
        this.upper = upper;
        this.fixed = fixed;
    }

    /** A free, unbounded parameter. */
    public static Parameter of(String name, double value, double step) {
        return new Parameter(name, value, step, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);
    }

    /** A free parameter within [lower, upper]; either bound may be infinite. */
    public static Parameter bounded(String name, double value, double step, double lower, double upper) {
        return new Parameter(name, value, step, lower, upper, false);
    }

    /** A parameter held constant at {@code value}. */
    public static Parameter fixed(String name, double value) {
        return new Parameter(name, value, Math.max(1e-3, Math.abs(value) * 0.01), Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, true);
    }

    public Parameter withValue(double newValue) {
        return new Parameter(name, newValue, step, lower, upper, fixed);
    }

    public Parameter withStep(double newStep) {
        return new Parameter(name, value, newStep, lower, upper, fixed);
    }

    public Parameter withBounds(double newLower, double newUpper) {
        return new Parameter(name, value, step, newLower, newUpper, fixed);
    }

    public Parameter withFixed(boolean newFixed) {
        return new Parameter(name, value, step, lower, upper, newFixed);
    }

    public String name() {
        return name;
    }

    /** The initial value. */
    public double value() {
        return value;
    }

    public double step() {
        return step;
    }

    public double lower() {
        return lower;
    }

    public double upper() {
        return upper;
    }

    public boolean isFixed() {
        return fixed;
    }

    public boolean hasLower() {
        return lower != Double.NEGATIVE_INFINITY;
    }

    public boolean hasUpper() {
        return upper != Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        return name + "=" + value + (fixed ? " (fixed)" : " +- " + step) + (hasLower() || hasUpper()
                ? " in [" + lower + ", " + upper + "]" : "");
    }
}
