package org.alpwb.limits.model;

import java.util.random.RandomGenerator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/** Poisson and Gaussian variates from a caller-supplied (seeded) generator. */
final class Sampling {
    private final UniformRandomProvider rng;

    Sampling(RandomGenerator random) {
        this.rng = random::nextLong;
    }

    double poisson(double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        return PoissonSampler.of(rng, mean).sample();
    }
}
