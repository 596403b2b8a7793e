package org.alpwb.physics.lorentz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OnShellMomentaTest {

    @Test
    void agreesWithInvariantsIncludingForwardPairs() {
        SplittableRandom rnd = new SplittableRandom(4);
        double me = 0.51099895e-3;
        double[] masses = {me, me, me, 0.0, 1.0};
        double[] p = new double[20];
        p[3] = 5.29;
        FourVectors.setOnShell(me, 1e-8, 2e-8, 4.7, p, 4);
        for (int i = 2; i < 5; i++) {
            FourVectors.setOnShell(masses[i], rnd.nextDouble(-2, 2), rnd.nextDouble(-2, 2), rnd.nextDouble(-2, 2), p,
                    4 * i);
        }
        OnShellMomenta c = new OnShellMomenta(8);
        c.load(p, masses);
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                if (a == b) {
                    continue;
                }
                // same formulas, same operation order up to factoring: agreement to a few ulps
                double d = Invariants.dotOnShell(p, 4 * a, masses[a], p, 4 * b, masses[b]);
                assertEquals(d, c.dot(a, b), 1e-14 * Math.abs(d));
                double t = Invariants.massSquaredOfDifference(p, 4 * a, masses[a], p, 4 * b, masses[b]);
                assertEquals(t, c.massSquaredOfDifference(a, b), 1e-13 * Math.abs(t));
                double s = Invariants.massSquaredOfSum(p, 4 * a, masses[a], p, 4 * b, masses[b]);
                assertEquals(s, c.massSquaredOfSum(a, b), 1e-14 * Math.abs(s));
            }
        }
    }
}
