package org.alpwb.physics.amplitude;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.SplittableRandom;
import org.alpwb.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class MatrixElementsFactoryTest {

    @Test
    void particleOrderOfEveryProcess() {
        Map<String, Double> p = Map.of("massGeV", 2.0);
        assertArrayEquals(new int[] {11, -11, 13, -13}, MatrixElements.create("mumu", p).pdgIds());
        assertArrayEquals(new int[] {11, -11, 11, -11, 22, 22}, MatrixElements.create("bhabha-2gamma", p).pdgIds());
        assertArrayEquals(new int[] {11, -11, 22, 22, 22}, MatrixElements.create("triphoton", p).pdgIds());
        assertArrayEquals(new int[] {11, -11, 22, 9000005}, MatrixElements.create("alp-strahlung", p).pdgIds());
        assertArrayEquals(new int[] {11, -11, 11, -11, 331}, MatrixElements.create("etaprime-fusion", p).pdgIds());
        assertEquals(2.0, MatrixElements.create("alp-fusion", p).massesGeV()[4]);
        assertEquals(0.547862, MatrixElements.create("eta-fusion", p).massesGeV()[4]);
        assertEquals(0.1056584, MatrixElements.create("mumu", p).massesGeV()[3]);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(InvalidInputException.class, () -> MatrixElements.create("zz", Map.of()));
        assertThrows(InvalidInputException.class, () -> MatrixElements.create("alp-fusion", Map.of()));
        assertThrows(InvalidInputException.class,
                () -> MatrixElements.create("alp-fusion", Map.of("massGeV", -1.0)));
        assertThrows(InvalidInputException.class,
                () -> MatrixElements.create("alp-fusion", Map.of("massGeV", 1.0), "box"));
    }

    /** Plumbing (issue 16): copies are the same object graph and g enters as a prefactor; not a validation. */
    @Test
    void copiesAgreeAndCouplingScalesAsSquare() {
        SplittableRandom rnd = new SplittableRandom(8);
        for (String id : MatrixElements.PROCESS_IDS) {
            MatrixElement me = MatrixElements.create(id, Map.of("massGeV", 0.8));
            double[] m = me.massesGeV();
            double[] fm = new double[m.length - 2];
            System.arraycopy(m, 2, fm, 0, fm.length);
            double[] p = PhaseSpacePoints.rambo(10.5796, fm, rnd);
            assertEquals(me.squared(p), me.copy().squared(p), 0.0, id);
        }
        double[] p = PhaseSpacePoints.rambo(10.5796, new double[] {PhaseSpacePoints.ME, PhaseSpacePoints.ME, 0.8}, rnd);
        double a = MatrixElements.create("alp-fusion", Map.of("massGeV", 0.8, "couplingPerGeV", 1e-3)).squared(p);
        double b = MatrixElements.create("alp-fusion", Map.of("massGeV", 0.8, "couplingPerGeV", 1e-4)).squared(p);
        assertEquals(100.0, a / b, 1e-12);
    }
}
