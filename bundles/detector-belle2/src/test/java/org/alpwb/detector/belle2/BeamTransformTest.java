package org.alpwb.detector.belle2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.LorentzTransform;
import org.alpwb.api.event.FourMomentum;
import org.junit.jupiter.api.Test;

class BeamTransformTest {
    private final BeamConditions beams = new Belle2Detector().beams();

    @Test
    void beamsReproducePhysicsMdNumbers() {
        // physics.md: sqrt(s) = 10.5796 GeV, beta*gamma ~ 0.287, CM direction ~0.15 rad off z.
        // Tolerances: the quoted numbers carry 4-5 and 3 significant digits respectively.
        assertEquals(10.5796, beams.sqrtSGeV(), 1e-4);
        FourMomentum total = beams.totalLab();
        assertEquals(0.287, total.p() / total.mass(), 1e-3);
        assertEquals(0.15, Math.atan2(total.px(), total.pz()), 0.005);
    }

    @Test
    void cmToLabMapsGeneratorBeamsOntoLabBeams() {
        // exact by construction: only rounding (1e-12 relative on 7 GeV) is allowed
        double half = beams.sqrtSGeV() / 2;
        double p = Math.sqrt(half * half - Belle2Geometry.ELECTRON_MASS_GEV * Belle2Geometry.ELECTRON_MASS_GEV);
        LorentzTransform toLab = beams.cmToLab();
        assertFourMomentum(beams.electronLab(), toLab.apply(new FourMomentum(half, 0, 0, p)), 1e-9);
        assertFourMomentum(beams.positronLab(), toLab.apply(new FourMomentum(half, 0, 0, -p)), 1e-9);
    }

    @Test
    void boostKeepsInvariantMassesAndInverts() {
        LorentzTransform toLab = beams.cmToLab();
        FourMomentum a = FourMomentum.ofMass(0.0, 1.2, -0.7, 2.1);
        FourMomentum b = FourMomentum.ofMass(0.0, -0.4, 1.5, -0.9);
        FourMomentum c = FourMomentum.ofMass(0.000511, 0.3, 0.2, -3.0);
        FourMomentum cmSum = a.plus(b).plus(c);
        FourMomentum labSum = toLab.apply(a).plus(toLab.apply(b)).plus(toLab.apply(c));
        // invariant mass to rounding of a 4x4 product on O(10 GeV) numbers
        assertEquals(a.plus(b).mass(), toLab.apply(a).plus(toLab.apply(b)).mass(), 1e-10);
        assertEquals(cmSum.mass(), labSum.mass(), 1e-10);
        assertFourMomentum(c, beams.labToCm().apply(toLab.apply(c)), 1e-12);
    }

    private static void assertFourMomentum(FourMomentum expected, FourMomentum actual, double tolerance) {
        assertEquals(expected.e(), actual.e(), tolerance, "E");
        assertEquals(expected.px(), actual.px(), tolerance, "px");
        assertEquals(expected.py(), actual.py(), tolerance, "py");
        assertEquals(expected.pz(), actual.pz(), tolerance, "pz");
    }
}
