package org.alpwb.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.UpperLimitResult;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.HistFactoryModel;
import org.alpwb.limits.model.Shape;
import org.alpwb.limits.model.WindowModel;
import org.alpwb.limits.pyhf.Workspace;
import org.alpwb.limits.pyhf.WorkspaceReader;
import org.alpwb.limits.pyhf.WorkspaceWriter;
import org.junit.jupiter.api.Test;

/**
 * The pyhf form of the likelihood models (used to export and to combine channels): the window model's workspace,
 * compiled by the HistFactory compiler (binned Poisson terms, another implementation than the window model's
 * weighted unbinned sum), gives the same -ln L differences and the same limits; a HistFactory model scaled in
 * luminosity is the scaled workspace.
 */
class WorkspaceFormTest {
    private static final double SIGMA = 0.01;
    private static final double HALF = 30 * SIGMA;
    private static final Shape GAUSS = Shape.of(x -> Math.exp(-0.5 * x * x / (SIGMA * SIGMA)));
    private static final Shape LINEAR = new Shape() {
        @Override
        public int parameterCount() {
            return 1;
        }

        @Override
        public double value(double x, double[] p) {
            return 1 + p[0] * x;
        }
    };
    private final AsymptoticCalculator calc = new AsymptoticCalculator();

    private static WindowModel asimovWindow(double b, double spurious, boolean floating) {
        return WindowModel.builder().window(-HALF, HALF).gridCells(300).signal(GAUSS, 1.0, 1e5)
                .background(LINEAR, List.of("slope"), new double[] {0.5}, new double[] {-3}, new double[] {3}, floating)
                .spuriousSignal(spurious).expectedBackground(b).build()
                .asimov(spurious > 0 ? new double[] {0, b, 0.5, 0} : new double[] {0, b, 0.5});
    }

    private static HistFactoryModel roundTrip(Workspace ws) {
        return HistFactoryCompiler.compile(WorkspaceReader.parse(WorkspaceWriter.toJson(ws), "test"), null, "test");
    }

    @Test
    void windowModelWorkspaceIsTheSameLikelihood() {
        double b = 3000;
        WindowModel window = asimovWindow(b, 5, false);
        HistFactoryModel pyhf = roundTrip(window.workspace().orElseThrow());
        assertEquals(List.of("mu", "background_scale", "spurious_signal"), pyhf.parameterNames());
        // -ln L differences between parameter points: window [mu, B, slope, theta] <-> pyhf [mu, B / B0, theta]
        double[][] points = {{0, b, 0.5, 0}, {40, 2990, 0.5, 0.3}, {120, 3050, 0.5, -1.2}, {7, 2800, 0.5, 2}};
        double w0 = window.negativeLogLikelihood(points[0]);
        double p0 = pyhf.negativeLogLikelihood(new double[] {0, 1, 0});
        for (double[] p : points) {
            double dw = window.negativeLogLikelihood(p) - w0;
            double dp = pyhf.negativeLogLikelihood(new double[] {p[0], p[1] / b, p[3]}) - p0;
            // both sums run over the same 300 cells in double precision: rounding ~1e-12 x |ln L| ~ 1e-8
            assertEquals(dw, dp, 1e-7 + 1e-9 * Math.abs(dw), "Delta -ln L at " + java.util.Arrays.toString(p));
        }
        UpperLimitResult a = calc.upperLimit(window, 0.9, CalculatorOptions.defaults(), ProgressMonitor.NONE);
        UpperLimitResult c = calc.upperLimit(pyhf, 0.9, CalculatorOptions.defaults(), ProgressMonitor.NONE);
        for (int i = 0; i < 5; i++) {
            // same likelihood, different parametrisation of the background yield: the fits' and root finder's
            // tolerances (~1e-6 relative) decide
            assertEquals(a.expected()[i], c.expected()[i], 1e-5 * a.expected()[i], "band " + (i - 2));
        }
    }

    @Test
    void aSymmetricCode0VariationIsNotScannedForSecondMinima() {
        // the spurious-signal term is linear in theta (hi - nominal = nominal - lo): no kink, no restarts needed
        HistFactoryModel pyhf = roundTrip(asimovWindow(3000, 5, false).workspace().orElseThrow());
        assertEquals(0, pyhf.parametersToScan().length);
        Workspace ws = asimovWindow(3000, 5, false).workspace().orElseThrow();
        org.alpwb.limits.pyhf.Channel c = ws.channels().get(0);
        org.alpwb.limits.pyhf.Sample sp = c.samples().get(2);
        double[] hi = sp.modifiers().get(0).hiData();
        double[] lo = sp.modifiers().get(0).loData();
        lo[0] *= 0.5; // one asymmetric bin: a kink at theta = 0, scanned again
        org.alpwb.limits.pyhf.Sample asym = new org.alpwb.limits.pyhf.Sample(sp.name(), sp.data(),
                List.of(org.alpwb.limits.pyhf.Modifier.histosys("spurious_signal", hi, lo)));
        Workspace w2 = new Workspace(List.of(new org.alpwb.limits.pyhf.Channel(c.name(), List.of(c.samples().get(0),
                c.samples().get(1), asym))), ws.observations(), ws.measurements(), ws.version());
        assertEquals(1, roundTrip(w2).parametersToScan().length);
    }

    @Test
    void windowModelScaledInLuminosityKeepsItsWorkspaceForm() {
        WindowModel scaled = asimovWindow(2000, 0, false).withScaledYields(4);
        HistFactoryModel pyhf = roundTrip(scaled.workspace().orElseThrow());
        UpperLimitResult a = calc.upperLimit(scaled, 0.9, CalculatorOptions.defaults(), ProgressMonitor.NONE);
        UpperLimitResult c = calc.upperLimit(pyhf, 0.9, CalculatorOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(a.median(), c.median(), 1e-5 * a.median());
    }

    @Test
    void floatingShapesAndEventsOffTheGridHaveNoWorkspaceForm() {
        assertTrue(asimovWindow(2000, 0, true).workspace().isEmpty(), "floating shape parameters");
        WindowModel events = WindowModel.builder().window(-HALF, HALF).signal(GAUSS, 1.0, 1e5)
                .background(LINEAR, List.of("slope"), new double[] {0.5}, new double[] {-3}, new double[] {3}, false)
                .events(new double[] {0.01, -0.2, 0.13}).build();
        assertTrue(events.workspace().isEmpty(), "unbinned events");
    }

    @Test
    void histFactoryModelScaledInLuminosityIsTheScaledWorkspace() {
        HistFactoryModel model = Models.twoBin();
        assertTrue(model.workspace().isPresent());
        HistFactoryModel scaled = model.withScaledYields(3.5);
        HistFactoryModel compiled = roundTrip(scaled.workspace().orElseThrow());
        double[][] points = {model.initialValues(), {0.5, 1.02, 0.97}, {2.0, 0.9, 1.1}};
        double c0 = compiled.negativeLogLikelihood(points[0]) - scaled.negativeLogLikelihood(points[0]);
        for (double[] p : points) {
            // identical up to the constant (the ln Gamma(n + 1) terms are the same data): rounding only
            assertEquals(scaled.negativeLogLikelihood(p) + c0, compiled.negativeLogLikelihood(p), 1e-9);
        }
        assertTrue(model.asimov(model.initialValues()).workspace().isEmpty(), "Asimov aux data are not recorded");
    }
}
