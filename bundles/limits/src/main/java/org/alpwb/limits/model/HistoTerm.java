package org.alpwb.limits.model;

/** An additive histosys term: per bin the interpolation between lo, nominal and hi. */
record HistoTerm(int parameter, InterpolationCode.Term[] bins) {

    /** True if every bin's variation is linear in alpha (code0, symmetric): convex, one minimum. */
    boolean linear() {
        for (InterpolationCode.Term t : bins) {
            if (!t.linear()) {
                return false;
            }
        }
        return true;
    }

    double delta(double alpha, int b) {
        return bins[b].delta(alpha);
    }

    double derivative(double alpha, int b) {
        return bins[b].derivative(alpha);
    }

    double secondDerivative(double alpha, int b) {
        return bins[b].secondDerivative(alpha);
    }

    /** All yields times {@code f}: nominal and variations scale together, so the interpolation does too. */
    HistoTerm scaled(double f) {
        InterpolationCode.Term[] t = new InterpolationCode.Term[bins.length];
        for (int i = 0; i < t.length; i++) {
            InterpolationCode.Term b = bins[i];
            t[i] = b.code().multiplicative()
                    ? new InterpolationCode.Term(b.code(), b.nominal() * f, b.up(), b.down(), b.c())
                    : new InterpolationCode.Term(b.code(), b.nominal() * f, b.up() * f, b.down() * f, b.c());
        }
        return new HistoTerm(parameter, t);
    }
}
