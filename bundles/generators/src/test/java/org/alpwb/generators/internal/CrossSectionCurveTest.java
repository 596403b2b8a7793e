package org.alpwb.generators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.CrossSectionResult;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.fit.internal.ChebyshevInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 4: the sigma(alp-fusion) curve on the 5 MeV grid 0.1-9.5 GeV from the smooth fit against
 * independent direct integrations (fresh adaptation, own seeds, 0.2 % precision) at 20 masses that lie between
 * the fit's nodes. (At 0.3 % one reference, 1.68 GeV with this seed, came out 1.1 % below the curve, 0.9 % below
 * even the chord between the neighbouring nodes of a concave ln sigma(ln m): a VEGAS estimate from few frozen
 * points that missed rare large weights, low and with a too small error; 0.2 % samples 3x more points.) Tolerances: each pull (curve - direct) / sqrt(err_curve^2 + err_direct^2) within 3.5 (a
 * 1-in-2000 fluctuation for one of 20 Gaussian pulls), the sum of squared pulls below 45.3 (chi2 with 20 dof,
 * p = 0.001; the pulls of neighbouring masses are correlated through the fit, so this is a loose bound), and the
 * quoted error of every grid point at most 1 % (the item's target).
 */
class CrossSectionCurveTest {
    static final double DIRECT_PRECISION = 0.002;

    static double[] grid() {
        double[] m = new double[1881];
        for (int k = 0; k < m.length; k++) {
            m[k] = 0.1 + 0.005 * k;
        }
        return m;
    }

    record Check(double[] masses, double[] pulls, double chi2, double maxAbsPull, String table) {
    }

    /** 20 grid masses halfway (in ln m) between successive nodes, spread over the whole range. */
    static Check check(CrossSectionCurve.Result curve, ExecutorService pool) {
        int n = curve.nodes().size();
        double[] masses = new double[20];
        double[] pulls = new double[20];
        double chi2 = 0;
        double max = 0;
        StringBuilder table = new StringBuilder("| m (GeV) | curve (pb) | direct (pb) | curve/direct - 1 | pull |\n"
                + "|---|---|---|---|---|\n");
        for (int j = 0; j < 20; j++) {
            int i = (int) Math.round(j * (n - 2) / 19.0);
            double mid = Math.sqrt(curve.nodes().get(i).massGeV() * curve.nodes().get(i + 1).massGeV());
            int k = (int) Math.round((mid - 0.1) / 0.005);
            double m = curve.massGeV()[k];
            masses[j] = m;
            CrossSectionResult direct = new AlpFusionGenerator().crossSection(ProcessRequest.of("alp-fusion")
                    .withMass(m).withCoupling(1e-3).withPrecision(DIRECT_PRECISION), new SeedSequence(777, "direct-" + j),
                    pool, ProgressMonitor.NONE);
            double d = direct.crossSection().valuePb();
            double de = direct.crossSection().errorPb();
            pulls[j] = (curve.sigmaPb()[k] - d) / Math.hypot(curve.errorPb()[k], de);
            chi2 += pulls[j] * pulls[j];
            max = Math.max(max, Math.abs(pulls[j]));
            table.append(String.format(Locale.ROOT, "| %.3f | %.5g +- %.2g | %.5g +- %.2g | %+.3f %% | %+.2f |%n", m,
                    curve.sigmaPb()[k], curve.errorPb()[k], d, de, 100 * (curve.sigmaPb()[k] / d - 1), pulls[j]));
        }
        table.append(String.format(Locale.ROOT, "sum of squared pulls %.1f for 20 masses, largest |pull| %.2f", chi2, max));
        return new Check(masses, pulls, chi2, max, table.toString());
    }

    @Test
    void curveAgreesWithDirectIntegrationsBetweenItsNodes() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CrossSectionCurve.Result curve = CrossSectionCurve.compute(ProcessRequest.of("alp-fusion").withCoupling(1e-3),
                    grid(), CrossSectionCurve.Settings.defaults(), new ChebyshevInterpolator(),
                    new SeedSequence(20261202, "curve"), pool, ProgressMonitor.NONE);
            assertEquals(1881, curve.sigmaPb().length);
            assertTrue(curve.meetsTarget(), "largest relative error " + curve.maxRelativeError() + ", fit p-value "
                    + curve.pValue());
            for (int k = 0; k < 1881; k++) {
                assertTrue(curve.errorPb()[k] <= 0.01 * curve.sigmaPb()[k], "error above 1 % at " + curve.massGeV()[k]);
            }
            Check c = check(curve, pool);
            System.out.println(c.table());
            assertTrue(c.maxAbsPull() < 3.5, c.table());
            assertTrue(c.chi2() < 45.3, c.table());
        } finally {
            pool.shutdownNow();
        }
    }
}
