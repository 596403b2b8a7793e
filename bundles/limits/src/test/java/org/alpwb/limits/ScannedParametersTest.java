package org.alpwb.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.alpwb.limits.fit.FitResult;
import org.alpwb.limits.fit.ProfileLikelihood;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.HistFactoryModel;
import org.alpwb.limits.pyhf.Channel;
import org.alpwb.limits.pyhf.Measurement;
import org.alpwb.limits.pyhf.Modifier;
import org.alpwb.limits.pyhf.ModifierType;
import org.alpwb.limits.pyhf.Observation;
import org.alpwb.limits.pyhf.Sample;
import org.alpwb.limits.pyhf.Workspace;
import org.junit.jupiter.api.Test;

/**
 * Which parameters the fit restarts from alpha = +-2 (HistFactoryModel.parametersToScan): a normsys of one
 * sample whose variations straddle the nominal is not scanned; one with both variations on one side, or shared
 * by two samples, is; pyhf's coupled histosys case stays scanned. For the unscanned one, a dense scan of alpha finds no lower profile minimum.
 */
class ScannedParametersTest {

    private static HistFactoryModel twoProcesses(double hi, double lo, double observed) {
        Sample signal = new Sample("signal", new double[] {5, 10}, List.of(Modifier.simple("mu", ModifierType.NORMFACTOR)));
        Sample b1 = new Sample("b1", new double[] {40, 20}, List.of(Modifier.normsys("norm_b1", hi, lo)));
        Sample b2 = new Sample("b2", new double[] {10, 30}, List.of(Modifier.normsys("norm_b2", 1.1, 0.9)));
        Workspace ws = new Workspace(List.of(new Channel("c", List.of(signal, b1, b2))),
                List.of(new Observation("c", new double[] {observed, 2 * observed})),
                List.of(new Measurement("m", "mu", List.of())), "1.0.0");
        return HistFactoryCompiler.compile(ws, null, "two-process");
    }

    @Test
    void onlyParametersThatCanGiveTwoMinimaAreScanned() {
        HistFactoryModel straddling = twoProcesses(1.2, 0.85, 60);
        assertArrayEquals(new int[0], straddling.parametersToScan());
        Sample s1 = new Sample("b1", new double[] {40, 20}, List.of(Modifier.normsys("shared", 1.2, 0.85)));
        Sample s2 = new Sample("b2", new double[] {10, 30}, List.of(Modifier.normsys("shared", 0.9, 1.05)));
        HistFactoryModel shared = HistFactoryCompiler.compile(new Workspace(List.of(new Channel("c", List.of(
                new Sample("signal", new double[] {5, 10}, List.of(Modifier.simple("mu", ModifierType.NORMFACTOR))),
                s1, s2))), List.of(new Observation("c", new double[] {50, 60})),
                List.of(new Measurement("m", "mu", List.of())), "1.0.0"), null, "shared");
        assertArrayEquals(new int[] {shared.parameterNames().indexOf("shared")}, shared.parametersToScan());
        HistFactoryModel oneSided = twoProcesses(1.2, 1.1, 60);
        int b1 = oneSided.parameterNames().indexOf("norm_b1");
        assertArrayEquals(new int[] {b1}, oneSided.parametersToScan());
        Workspace coupled = PyhfValidationTest.cases().stream()
                .filter(c -> c.name().equals("2bin_2channel_coupledhistosys")).findFirst().orElseThrow().workspace();
        HistFactoryModel m = HistFactoryCompiler.compile(coupled, null, "coupled");
        assertTrue(java.util.Arrays.stream(m.parametersToScan())
                .anyMatch(i -> m.parameterNames().get(i).equals("coupled_histosys")));
    }

    /** The profile in one unscanned normsys, other parameters refitted at each alpha, has no lower point than the fit. */
    @Test
    void unscannedNormsysProfileHasOneMinimum() {
        for (double observed : new double[] {20, 60, 150}) {
            HistFactoryModel m = twoProcesses(1.2, 0.85, observed);
            ProfileLikelihood profile = new ProfileLikelihood();
            FitResult fit = profile.fixedPoiFit(m, 1.0, null);
            int alpha = m.parameterNames().indexOf("norm_b1");
            double[] start = fit.parameters();
            for (double a = -5; a <= 5; a += 0.01) {
                start[alpha] = a;
                boolean[] fixed = m.fixedParameters();
                fixed[alpha] = true;
                fixed[m.poiIndex()] = true;
                double nll = new org.alpwb.limits.fit.NewtonMinimizer().minimize(m, start, fixed).nll();
                // 1e-9: the minimiser's convergence on -ln L ~ 1e2
                assertTrue(nll >= fit.nll() - 1e-9, "alpha = " + a + " gives " + nll + " < " + fit.nll()
                        + " (observed " + observed + ")");
            }
        }
    }
}
