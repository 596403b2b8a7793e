package org.alpwb.generators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.CrossSection;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.fit.Interpolation;
import org.alpwb.api.fit.Interpolator;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.physics.integration.IntegrationResult;
import org.alpwb.physics.integration.IntegrationSettings;
import org.alpwb.physics.integration.MultiChannelIntegrator;
import org.alpwb.physics.integration.SamplingState;
import org.alpwb.physics.integration.ScatteringIntegrand;
import org.alpwb.physics.random.RandomStreams;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * sigma(m) of alp-fusion on a fine mass grid (issue 10 item 4: the 5 MeV grid of 1881 points) from a smooth
 * fit instead of one integration per point. Direct integrations at {@code nodes} masses (Chebyshev-Lobatto
 * points in ln m, denser towards both ends of the range; each node starts from the adapted VEGAS state of
 * the previous one, so it needs only {@code warmAdaptIterations} adaptation iterations) give
 * y = ln(sigma / sigma_EPA) with its MC error; a Chebyshev series in ln m (the {@link Interpolator} service)
 * is fitted to y by weighted least squares. The order is the lowest whose chi2 has a p-value of at least
 * {@value #MIN_P_VALUE}. The error of every grid point is the fit's covariance band (scaled by
 * sqrt(chi2/ndf) when that exceeds 1) in quadrature with a model error: the difference to the fit of
 * order + 2. Dividing by the equivalent-photon estimate only flattens the fitted function (it removes the
 * steep rise at small m and the fall towards threshold); the result does not depend on its accuracy.
 * Validated against direct integrations between the nodes (CrossSectionCurveTest).
 */
final class CrossSectionCurve {
    static final double MIN_P_VALUE = 0.05;

    /**
     * @param nodes               number of directly integrated masses (at least 8)
     * @param nodePrecision       relative MC precision of each node
     * @param targetRelativeError the largest relative error (1 sigma) allowed at any grid point
     * @param warmAdaptIterations adaptation iterations of the nodes after the first (which adapts fully)
     */
    record Settings(int nodes, double nodePrecision, double targetRelativeError, int warmAdaptIterations) {
        Settings {
            if (nodes < 8 || nodes > 400) {
                throw new InvalidInputException("curve settings", "nodes", nodes, "8..400");
            }
            if (!(nodePrecision >= 1e-4 && nodePrecision <= 0.1)) {
                throw new InvalidInputException("curve settings", "nodePrecision", nodePrecision, "1e-4..0.1");
            }
            if (!(targetRelativeError > 0)) {
                throw new InvalidInputException("curve settings", "targetRelativeError", targetRelativeError, "> 0");
            }
            if (warmAdaptIterations < 0 || warmAdaptIterations > 20) {
                throw new InvalidInputException("curve settings", "warmAdaptIterations", warmAdaptIterations, "0..20");
            }
        }

        /** 40 nodes at 0.5 %, 1 % target, 2 warm adaptation iterations (measured in docs/BENCHMARKS.md). */
        static Settings defaults() {
            return new Settings(40, 0.005, 0.01, 2);
        }
    }

    /** A directly integrated mass. */
    record Node(double massGeV, double sigmaPb, double errorPb, long points) {
    }

    /**
     * The curve on the grid: sigma with its total 1-sigma error (fit band and model error), the nodes, the fit's
     * order, chi2/ndf and p-value, and the largest relative error on the grid.
     */
    record Result(double[] massGeV, double[] sigmaPb, double[] errorPb, List<Node> nodes, int order, double chi2,
            int ndf, double pValue, double maxRelativeError, boolean meetsTarget) {
    }

    private CrossSectionCurve() {
    }

    static Result compute(ProcessRequest base, double[] gridGeV, Settings settings, Interpolator interpolator,
            SeedSequence seeds, ExecutorService executor, ProgressMonitor monitor) {
        if (!base.processId().equals("alp-fusion")) {
            throw new InvalidInputException("curve", "process", base.processId(), "alp-fusion (the only process "
                    + "whose sigma(m) curve has a reference shape here)");
        }
        if (gridGeV.length < 2) {
            throw new InvalidInputException("curve", "masses", gridGeV.length, "at least 2 masses");
        }
        double low = Math.log(gridGeV[0]);
        double high = Math.log(gridGeV[gridGeV.length - 1]);
        if (!(high > low)) {
            throw new InvalidInputException("curve", "masses", gridGeV[0] + ".." + gridGeV[gridGeV.length - 1],
                    "increasing masses");
        }
        List<Node> nodes = integrateNodes(base, nodeMasses(low, high, settings.nodes()), settings, seeds, executor,
                monitor);
        int n = nodes.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            x[i] = Math.log(node.massGeV());
            y[i] = Math.log(node.sigmaPb() / reference(base, node.massGeV()));
            e[i] = node.errorPb() / node.sigmaPb();
        }
        int maxOrder = n - 6;
        int order = 2;
        Interpolation fit = interpolator.fit(x, y, e, order, low, high);
        while (pValue(fit) < MIN_P_VALUE && order < maxOrder) {
            order++;
            fit = interpolator.fit(x, y, e, order, low, high);
        }
        Interpolation higher = interpolator.fit(x, y, e, Math.min(order + 2, n - 1), low, high);
        double scale = Math.max(1, Math.sqrt(fit.chi2() / Math.max(1, fit.ndf())));
        double[] sigma = new double[gridGeV.length];
        double[] error = new double[gridGeV.length];
        double maxRel = 0;
        for (int k = 0; k < gridGeV.length; k++) {
            double lm = Math.log(gridGeV[k]);
            double value = interpolator.value(fit, lm);
            double band = scale * interpolator.error(fit, lm);
            double model = Math.abs(interpolator.value(higher, lm) - value);
            double rel = Math.sqrt(band * band + model * model);
            sigma[k] = reference(base, gridGeV[k]) * Math.exp(value);
            error[k] = sigma[k] * rel;
            maxRel = Math.max(maxRel, rel);
        }
        double p = pValue(fit);
        return new Result(gridGeV.clone(), sigma, error, nodes, order, fit.chi2(), fit.ndf(), p, maxRel,
                maxRel <= settings.targetRelativeError() && p >= MIN_P_VALUE);
    }

    private static double pValue(Interpolation fit) {
        return fit.ndf() > 0 ? 1 - new ChiSquaredDistribution(null, fit.ndf()).cumulativeProbability(fit.chi2()) : 0;
    }

    private static double reference(ProcessRequest base, double massGeV) {
        return EquivalentPhotons.alpFusionPb(massGeV, base.couplingPerGeV(), base.sqrtSGeV());
    }

    /** Chebyshev-Lobatto points of ln m on [low, high], ascending (both ends included). */
    static double[] nodeMasses(double low, double high, int count) {
        double[] m = new double[count];
        for (int k = 0; k < count; k++) {
            double t = -Math.cos(Math.PI * k / (count - 1));
            m[k] = Math.exp(0.5 * (low + high) + 0.5 * (high - low) * t);
        }
        m[0] = Math.exp(low);
        m[count - 1] = Math.exp(high);
        return m;
    }

    private static List<Node> integrateNodes(ProcessRequest base, double[] masses, Settings settings, SeedSequence seeds,
            ExecutorService executor, ProgressMonitor monitor) {
        List<Node> nodes = new ArrayList<>();
        SamplingState state = null;
        IntegrationSettings full = IntegrationSettings.forPrecision(settings.nodePrecision())
                .withMaxPoints(CatalogGenerator.MAX_POINTS);
        IntegrationSettings warm = full.withAdaptIterations(settings.warmAdaptIterations());
        for (int i = 0; i < masses.length; i++) {
            monitor.checkCancelled();
            monitor.subtask(String.format(java.util.Locale.ROOT, "node %d/%d: m = %.4f GeV", i + 1, masses.length,
                    masses[i]));
            ScatteringIntegrand integrand = ProcessCatalog.integrand(base.withMass(masses[i]), "curve");
            RandomStreams streams = new RandomStreams(seeds.child("node-" + i));
            IntegrationResult r = state == null
                    ? new MultiChannelIntegrator(full, executor).integrate(integrand, streams, ProgressMonitor.NONE)
                    : new MultiChannelIntegrator(warm, executor).integrate(integrand, state, streams,
                            ProgressMonitor.NONE);
            CrossSection xs = r.crossSection();
            if (!(xs.valuePb() > 0)) {
                throw new InvalidInputException("curve", "cuts", base.cuts(), "cuts that leave some phase space at m = "
                        + masses[i] + " GeV (sigma = " + xs.valuePb() + " pb)");
            }
            nodes.add(new Node(masses[i], xs.valuePb(), xs.errorPb(), r.points()));
            state = r.state();
        }
        return nodes;
    }
}
