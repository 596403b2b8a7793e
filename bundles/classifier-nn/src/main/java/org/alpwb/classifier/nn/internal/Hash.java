package org.alpwb.classifier.nn.internal;

/** Counter-based random numbers (SplitMix64 finaliser): the same inputs give the same value on any thread. */
final class Hash {
    private Hash() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long mix(long... values) {
        long h = 0x9e3779b97f4a7c15L;
        for (long v : values) {
            h = mix(h + v * 0x9e3779b97f4a7c15L);
        }
        return h;
    }

    /** Uniform in [0, 1) from the counters. */
    static double uniform(long... counters) {
        return (mix(counters) >>> 11) * 0x1.0p-53;
    }
}
