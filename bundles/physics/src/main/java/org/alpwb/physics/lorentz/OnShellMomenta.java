package org.alpwb.physics.lorentz;

/**
 * A reusable per-event cache of n on-shell momenta (|p|, E from the nominal mass, unit direction)
 * giving the cancellation-free invariants of {@link Invariants} at the cost of a few
 * multiplications each, instead of recomputing square roots per pair. Mutable, not thread-safe:
 * one instance per thread, {@link #load} once per event.
 */
public final class OnShellMomenta {

    private final int capacity;
    private final double[] mass;
    private final double[] mom;
    private final double[] energy;
    private final double[] unit;
    private int n;

    public OnShellMomenta(int capacity) {
        this.capacity = capacity;
        mass = new double[capacity];
        mom = new double[capacity];
        energy = new double[capacity];
        unit = new double[3 * capacity];
    }

    /** Reads {@code masses.length} momenta (E, px, py, pz) from {@code p}; E is not read. */
    public void load(double[] p, double[] masses) {
        n = masses.length;
        if (n > capacity) {
            throw new IllegalArgumentException("more momenta than capacity " + capacity);
        }
        for (int i = 0; i < n; i++) {
            double x = p[4 * i + 1];
            double y = p[4 * i + 2];
            double z = p[4 * i + 3];
            double pp = Math.sqrt(x * x + y * y + z * z);
            mass[i] = masses[i];
            mom[i] = pp;
            energy[i] = Math.sqrt(pp * pp + masses[i] * masses[i]);
            double inv = pp == 0 ? 0 : 1.0 / pp;
            unit[3 * i] = x * inv;
            unit[3 * i + 1] = y * inv;
            unit[3 * i + 2] = z * inv;
        }
    }

    public int size() {
        return n;
    }

    /** |p_i|. */
    public double momentum(int i) {
        return mom[i];
    }

    /** E_i recomputed from |p_i| and the nominal mass. */
    public double energy(int i) {
        return energy[i];
    }

    private double papbOneMinusCos(int a, int b) {
        double dx = unit[3 * a] - unit[3 * b];
        double dy = unit[3 * a + 1] - unit[3 * b + 1];
        double dz = unit[3 * a + 2] - unit[3 * b + 2];
        return 0.5 * mom[a] * mom[b] * (dx * dx + dy * dy + dz * dz);
    }

    /** p_a.p_b as in {@link Invariants#dotOnShell}. */
    public double dot(int a, int b) {
        double papb = mom[a] * mom[b];
        if (papb == 0) {
            return energy[a] * energy[b];
        }
        double ma = mass[a];
        double mb = mass[b];
        double eb = energy[b];
        double pa = mom[a];
        return (ma * ma * eb * eb + mb * mb * pa * pa) / (energy[a] * eb + papb) + papbOneMinusCos(a, b);
    }

    /** (p_a + p_b)^2. */
    public double massSquaredOfSum(int a, int b) {
        return mass[a] * mass[a] + mass[b] * mass[b] + 2 * dot(a, b);
    }

    /** (p_a - p_b)^2 as in {@link Invariants#massSquaredOfDifference}. */
    public double massSquaredOfDifference(int a, int b) {
        double ea = energy[a];
        double eb = energy[b];
        double pa = mom[a];
        double pb = mom[b];
        double d = mass[a] * mass[a] / (ea + pa) - mass[b] * mass[b] / (eb + pb);
        double longitudinal = d * (ea - eb + pa - pb);
        if (pa == 0 || pb == 0) {
            return longitudinal;
        }
        return longitudinal - 2 * papbOneMinusCos(a, b);
    }
}
