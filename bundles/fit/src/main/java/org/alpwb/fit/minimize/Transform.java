package org.alpwb.fit.minimize;

import java.util.List;

/**
 * Maps the free parameters to unbounded internal coordinates as MINUIT does: sin for two bounds,
 * sqrt for one bound, identity otherwise. The minimiser works in internal coordinates only.
 */
final class Transform {
    private static final int NONE = 0;
    private static final int BOTH = 1;
    private static final int LOWER = 2;
    private static final int UPPER = 3;
    /** Keeps a start value exactly on a bound off the flat point of the transform. */
    private static final double EDGE = 1e-6;

    final int free;
    private final int[] index;
    private final int[] kind;
    private final double[] lo;
    private final double[] hi;
    private final double[] template;

    Transform(List<Parameter> params) {
        template = new double[params.size()];
        int n = 0;
        for (int i = 0; i < params.size(); i++) {
            template[i] = params.get(i).value();
            if (!params.get(i).isFixed()) {
                n++;
            }
        }
        free = n;
        index = new int[n];
        kind = new int[n];
        lo = new double[n];
        hi = new double[n];
        int k = 0;
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            if (p.isFixed()) {
                continue;
            }
            index[k] = i;
            lo[k] = p.lower();
            hi[k] = p.upper();
            kind[k] = p.hasLower() && p.hasUpper() ? BOTH : p.hasLower() ? LOWER : p.hasUpper() ? UPPER : NONE;
            k++;
        }
    }

    int externalIndex(int k) {
        return index[k];
    }

    int size() {
        return template.length;
    }

    double toExternal(int k, double u) {
        switch (kind[k]) {
            case BOTH:
                return lo[k] + 0.5 * (hi[k] - lo[k]) * (Math.sin(u) + 1.0);
            case LOWER:
                return lo[k] - 1.0 + Math.sqrt(u * u + 1.0);
            case UPPER:
                return hi[k] + 1.0 - Math.sqrt(u * u + 1.0);
            default:
                return u;
        }
    }

    double toInternal(int k, double x) {
        switch (kind[k]) {
            case BOTH: {
                double s = 2.0 * (x - lo[k]) / (hi[k] - lo[k]) - 1.0;
                return Math.asin(Math.max(-1.0 + EDGE, Math.min(1.0 - EDGE, s)));
            }
            case LOWER: {
                double t = Math.max(x - lo[k], EDGE) + 1.0;
                return Math.sqrt(t * t - 1.0);
            }
            case UPPER: {
                double t = Math.max(hi[k] - x, EDGE) + 1.0;
                return Math.sqrt(t * t - 1.0);
            }
            default:
                return x;
        }
    }

    /** dx/du, the Jacobian of the map to external coordinates. */
    double derivative(int k, double u) {
        switch (kind[k]) {
            case BOTH:
                return 0.5 * (hi[k] - lo[k]) * Math.cos(u);
            case LOWER:
                return u / Math.sqrt(u * u + 1.0);
            case UPPER:
                return -u / Math.sqrt(u * u + 1.0);
            default:
                return 1.0;
        }
    }

    /** An internal step equivalent to the external step {@code step} at external value x. */
    double internalStep(int k, double x, double step) {
        double u = toInternal(k, x);
        double up = Math.abs(toInternal(k, clamp(k, x + step)) - u);
        double down = Math.abs(toInternal(k, clamp(k, x - step)) - u);
        double du = Math.max(up, down);
        // a sin variable is periodic: steps beyond ~1 rad are meaningless
        return kind[k] == BOTH ? Math.min(Math.max(du, 1e-8), 1.0) : Math.max(du, 1e-8 * (1 + Math.abs(u)));
    }

    private double clamp(int k, double x) {
        return Math.max(lo[k], Math.min(hi[k], x));
    }

    double[] internal(List<Parameter> params) {
        double[] u = new double[free];
        for (int k = 0; k < free; k++) {
            u[k] = toInternal(k, params.get(index[k]).value());
        }
        return u;
    }

    /** Fills {@code out} (all parameters) from internal values. */
    void external(double[] u, double[] out) {
        System.arraycopy(template, 0, out, 0, template.length);
        for (int k = 0; k < free; k++) {
            out[index[k]] = toExternal(k, u[k]);
        }
    }
}
