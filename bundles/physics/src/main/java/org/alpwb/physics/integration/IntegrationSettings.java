package org.alpwb.physics.integration;

/**
 * How to integrate: {@code adaptIterations} iterations of {@code chunksPerIteration} chunks of
 * {@code pointsPerChunk} points adapt the grids and channel weights (and are then discarded); the
 * frozen state is then sampled in batches of {@code chunksPerIteration} chunks until the relative
 * error is below {@code targetRelativeError} or {@code maxPoints} are used. Nothing here depends on
 * the number of threads, so neither does the result.
 */
public record IntegrationSettings(int pointsPerChunk, int chunksPerIteration, int adaptIterations,
        double targetRelativeError, long maxPoints, int bins, double vegasAlpha) {

    public IntegrationSettings {
        if (pointsPerChunk < 1 || chunksPerIteration < 1 || adaptIterations < 0 || !(targetRelativeError > 0)
                || maxPoints < 1 || bins < 2) {
            throw new IllegalArgumentException("invalid integration settings");
        }
    }

    /** Defaults for a relative precision target. */
    public static IntegrationSettings forPrecision(double relativeError) {
        return new IntegrationSettings(10_000, 4, 8, relativeError, 40_000_000L, 50, 1.5);
    }

    public IntegrationSettings withMaxPoints(long max) {
        return new IntegrationSettings(pointsPerChunk, chunksPerIteration, adaptIterations, targetRelativeError, max,
                bins, vegasAlpha);
    }

    public IntegrationSettings withPointsPerChunk(int points) {
        return new IntegrationSettings(points, chunksPerIteration, adaptIterations, targetRelativeError, maxPoints,
                bins, vegasAlpha);
    }

    public IntegrationSettings withAdaptIterations(int iterations) {
        return new IntegrationSettings(pointsPerChunk, chunksPerIteration, iterations, targetRelativeError, maxPoints,
                bins, vegasAlpha);
    }
}
