package org.alpwb.api.limits;

/**
 * Options of a {@link LimitCalculator}. {@code toys} and {@code seed} matter only to toy calculators;
 * {@code threads <= 0} means all available processors. Results never depend on {@code threads}.
 */
public record CalculatorOptions(int toys, long seed, int threads) {

    public CalculatorOptions {
        if (toys < 0) {
            throw new IllegalArgumentException("toys must be >= 0, got " + toys);
        }
    }

    public static CalculatorOptions defaults() {
        return new CalculatorOptions(2000, 1L, 0);
    }

    public CalculatorOptions withToys(int n) {
        return new CalculatorOptions(n, seed, threads);
    }

    public CalculatorOptions withSeed(long s) {
        return new CalculatorOptions(toys, s, threads);
    }

    public CalculatorOptions withThreads(int n) {
        return new CalculatorOptions(toys, seed, n);
    }
}
