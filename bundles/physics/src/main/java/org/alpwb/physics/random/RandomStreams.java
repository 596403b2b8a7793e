package org.alpwb.physics.random;

import org.alpwb.api.event.SeedSequence;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Random streams for chunked work: chunk {@code i} always gets the same generator, whatever thread
 * runs it, so results do not depend on the number of threads. Sub-streams (e.g. "adapt/3",
 * "events") are separated by {@link SeedSequence#child(String)}.
 */
public final class RandomStreams {
    private final SeedSequence seeds;

    public RandomStreams(SeedSequence seeds) {
        this.seeds = seeds;
    }

    public SeedSequence seeds() {
        return seeds;
    }

    /** The generator of chunk {@code chunkIndex} (xoshiro256++ = RandomSource.XO_SHI_RO_256_PP, 256 bits of SHA-256 seed material). */
    public UniformRandomProvider chunk(long chunkIndex) {
        return RandomSource.XO_SHI_RO_256_PP.create(seeds.seed(chunkIndex));
    }

    /** A named, independent family of streams. */
    public RandomStreams child(String name) {
        return new RandomStreams(seeds.child(name));
    }
}
