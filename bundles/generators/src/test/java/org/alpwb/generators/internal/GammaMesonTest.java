package org.alpwb.generators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.physics.amplitude.GammaMesonProduction;
import org.alpwb.physics.amplitude.GammaMesonProduction.Meson;
import org.alpwb.physics.amplitude.MatrixElements;
import org.junit.jupiter.api.Test;

/**
 * The peaking backgrounds e+e- -> gamma P of the ggg channel.
 *
 * <p>CALIBRATION CHECK, not a validation: eta-gamma and eta'-gamma are normalised to BaBar's measured cross sections
 * at 10.58 GeV (PRD 74, 012002), and the first test checks that the generated samples (matrix element, phase space,
 * branching fraction, integration) give those numbers back. The second compares the form factor our normalisation
 * implies with the q^2|F| BaBar quotes from the same data: it checks the sigma-F convention, not the physics.
 */
class GammaMesonTest {
    private static double generatedPb(String process, double sqrtS) {
        ProcessRequest request = ProcessRequest.of(process).withSqrtS(sqrtS).withPrecision(1e-3);
        List<EventBlock> blocks = new ArrayList<>();
        return new CatalogGenerator(process).generate(request, 2000, false, new SeedSequence(7, "gamma-meson"), null,
                ProgressMonitor.NONE, blocks::add).crossSection().crossSection().valuePb();
    }

    @Test
    void generatedCrossSectionsReturnTheMeasuredOnesTheyAreNormalisedTo() {
        double sqrtS = GammaMesonProduction.REFERENCE_SQRT_S_GEV;
        // sigma(e+e- -> gamma P) x BR(P -> gamma gamma), fb -> pb; 2-body flat phase space: the MC error at 1e-3
        // precision is below 0.1 %, the tolerance 0.5 % also covers the event-count statistics of the estimate
        assertEquals(4.5e-3 * ProcessCatalog.BR_ETA_GG, generatedPb("eta-gamma", sqrtS), 0.005 * 4.5e-3 * 0.3936);
        assertEquals(5.4e-3 * ProcessCatalog.BR_ETAPRIME_GG, generatedPb("etaprime-gamma", sqrtS),
                0.005 * 5.4e-3 * 0.02307);
        double pi0 = GammaMesonProduction.PI0.referenceCrossSectionFb() * 1e-3 * ProcessCatalog.BR_PI0_GG;
        assertEquals(pi0, generatedPb("pi0-gamma", sqrtS), 0.005 * pi0);
    }

    @Test
    void impliedFormFactorsAgreeWithTheOnesBabarQuotes() {
        // BaBar PRD 74, 012002: q^2|F_eta| = 0.229 +- 0.030 +- 0.008 GeV, q^2|F_eta'| = 0.251 +- 0.019 +- 0.008 GeV;
        // tolerance: their total error (the cross-section error propagates as half the relative error to F)
        assertEquals(0.229, GammaMesonProduction.q2FormFactorGeV(GammaMesonProduction.ETA), Math.hypot(0.030, 0.008));
        assertEquals(0.251, GammaMesonProduction.q2FormFactorGeV(GammaMesonProduction.ETA_PRIME),
                Math.hypot(0.019, 0.008));
    }

    @Test
    void pointLikeCouplingWouldOverestimateByOrdersOfMagnitude() {
        // the reason for a form factor: g from Gamma(P -> gamma gamma) at q^2 = 0 versus 4 pi alpha |F(s)|
        for (Meson m : List.of(GammaMesonProduction.PI0, GammaMesonProduction.ETA, GammaMesonProduction.ETA_PRIME)) {
            double width = m == GammaMesonProduction.PI0 ? MatrixElements.Mesons.PI0_GAMMA_GAMMA_GEV
                    : m == GammaMesonProduction.ETA ? MatrixElements.Mesons.ETA_GAMMA_GAMMA_GEV
                    : MatrixElements.Mesons.ETA_PRIME_GAMMA_GAMMA_GEV;
            double pointLike = MatrixElements.mesonCouplingPerGeV(width, m.massGeV());
            double ratio = Math.pow(pointLike / GammaMesonProduction.couplingPerGeV(m, 10.58), 2);
            assertTrue(ratio > 1e3, m.name() + ": point-like / form factor cross section = " + ratio);
        }
    }
}
