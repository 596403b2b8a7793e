package org.alpwb.combination.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel.MassRegion;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.limits.UpperLimitResult;
import org.alpwb.api.progress.CancelledException;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.strategy.MassHypothesis;
import org.alpwb.combination.internal.CombinedLimitsTask.Prepared;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.pyhf.Workspace;
import org.alpwb.limits.pyhf.WorkspaceForm;

/**
 * Limits at one mass: each channel's hypothesis from its strategy, its likelihood as a pyhf workspace (at the
 * nominal luminosity and scaled to each projection by the strategy's own {@code withScaledYields}), converted to
 * mu = (g / g_ref)^2 by {@link WorkspaceCombiner}; expected CLs upper limits on mu for each channel alone (the same
 * conversion with one channel, so single and combined limits differ only by the combination) and for all the
 * channels that have a likelihood at this mass; g_UL = g_ref sqrt(mu_UL). Stateless and thread-safe.
 */
final class CombinedPointCalculator {
    static final String UNORDERED = "no limit: the limit fits did not converge (expected band not ordered)";
    private final List<Prepared> channels;
    private final double lumiFb;
    private final double[] projectionsFb;
    private final double cl;
    private final double luminosityUncertainty;
    private final LimitCalculator calculator;
    private final double referenceCoupling;

    /** A channel at one mass: why it has no likelihood, or its workspace per luminosity and its limits. */
    record ChannelPoint(String name, String status, double efficiency, double signalEventsAtReference,
            List<double[]> muUp) {
    }

    /** Everything at one mass; muUp per luminosity (nominal first, then the projections), null without a limit. */
    record Point(double massGeV, List<ChannelPoint> channels, String status, List<String> combined,
            List<double[]> muUp, Workspace workspace) {
    }

    CombinedPointCalculator(List<Prepared> channels, double lumiFb, double[] projectionsFb, double cl,
            double luminosityUncertainty, LimitCalculator calculator) {
        this.channels = channels;
        this.lumiFb = lumiFb;
        this.projectionsFb = projectionsFb.clone();
        this.cl = cl;
        this.luminosityUncertainty = luminosityUncertainty;
        this.calculator = calculator;
        this.referenceCoupling = channels.get(0).xsec().couplingPerGeV();
    }

    /** The common reference coupling g_ref (the first channel's): mu = (g / g_ref)^2. */
    double referenceCoupling() {
        return referenceCoupling;
    }

    double[] luminositiesFb() {
        double[] l = new double[projectionsFb.length + 1];
        l[0] = lumiFb;
        System.arraycopy(projectionsFb, 0, l, 1, projectionsFb.length);
        return l;
    }

    Point at(double m) {
        double[] lumis = luminositiesFb();
        List<ChannelPoint> out = new ArrayList<>();
        List<List<ChannelTerm>> termsPerLumi = new ArrayList<>();
        for (int j = 0; j < lumis.length; j++) {
            termsPerLumi.add(new ArrayList<>());
        }
        List<String> used = new ArrayList<>();
        for (Prepared p : channels) {
            MassRegion region = excludedAt(p.excluded(), m);
            if (region != null) {
                out.add(new ChannelPoint(p.name(), "excluded (" + region.name() + ")", Double.NaN, Double.NaN, null));
                continue;
            }
            MassHypothesis h = hypothesis(p, m);
            if (!h.ok()) {
                out.add(new ChannelPoint(p.name(), h.status(), h.efficiency(), Double.NaN, null));
                continue;
            }
            double g = p.xsec().couplingPerGeV();
            double sigma = p.xsec().at(m) * (referenceCoupling / g) * (referenceCoupling / g);
            double s = h.efficiency() * sigma * lumiFb * 1000;
            if (!(s > 0) || Double.isInfinite(s)) {
                out.add(new ChannelPoint(p.name(), "no limit: no signal expected at the reference coupling "
                        + "(efficiency " + h.efficiency() + ", sigma_ref " + sigma + " pb)", h.efficiency(), s, null));
                continue;
            }
            List<double[]> mu = new ArrayList<>();
            String status = MassHypothesis.OK;
            for (int j = 0; j < lumis.length; j++) {
                LikelihoodModel l = j == 0 ? h.likelihood() : h.likelihood().withScaledYields(lumis[j] / lumiFb);
                ChannelTerm t = new ChannelTerm(p.name(), workspace(p, m, l), s);
                termsPerLumi.get(j).add(t);
                double[] band = limit(WorkspaceCombiner.combine(List.of(t), luminosityUncertainty));
                if (band == null) {
                    status = UNORDERED;
                }
                mu.add(band);
            }
            out.add(new ChannelPoint(p.name(), status, h.efficiency(), s, MassHypothesis.OK.equals(status) ? mu : null));
            if (MassHypothesis.OK.equals(status)) {
                used.add(p.name());
            } else {
                for (List<ChannelTerm> terms : termsPerLumi) {
                    terms.remove(terms.size() - 1);
                }
            }
        }
        if (used.isEmpty()) {
            return new Point(m, out, "no limit: no channel has a likelihood at this mass", used, null, null);
        }
        List<double[]> mu = new ArrayList<>();
        Workspace nominal = WorkspaceCombiner.combine(termsPerLumi.get(0), luminosityUncertainty);
        for (int j = 0; j < lumis.length; j++) {
            if (used.size() == 1) {
                // one channel: the combination is that channel's likelihood, already computed
                mu.add(out.stream().filter(c -> c.name().equals(used.get(0))).findFirst().orElseThrow().muUp().get(j));
                continue;
            }
            double[] band = limit(j == 0 ? nominal : WorkspaceCombiner.combine(termsPerLumi.get(j),
                    luminosityUncertainty));
            if (band == null) {
                return new Point(m, out, UNORDERED, used, null, nominal);
            }
            mu.add(band);
        }
        return new Point(m, out, MassHypothesis.OK, used, mu, nominal);
    }

    private static MassHypothesis hypothesis(Prepared p, double m) {
        try {
            return p.model().at(m);
        } catch (InvalidInputException | CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("channel " + p.name() + ": strategy " + p.strategyId() + " failed in at("
                    + m + " GeV): " + e, e);
        }
    }

    /** The likelihood's pyhf form; a strategy whose likelihood has none cannot be combined (say which). */
    private static Workspace workspace(Prepared p, double m, LikelihoodModel l) {
        Optional<Workspace> ws = l instanceof WorkspaceForm f ? f.workspace() : Optional.empty();
        return ws.orElseThrow(() -> new IllegalStateException("channel " + p.name() + ": the likelihood of strategy "
                + p.strategyId() + " at " + m + " GeV (" + l.getClass().getSimpleName() + ") has no pyhf workspace "
                + "form, so it cannot be combined (window fits with floating background shapes, unbinned data)"));
    }

    /** Expected CLs upper limits on mu (5, ascending), or null if the band is not ordered or not finite. */
    double[] limit(Workspace ws) {
        LikelihoodModel model = HistFactoryCompiler.compile(ws, null, "combined workspace");
        UpperLimitResult r = calculator.upperLimit(model, cl, new CalculatorOptions(0, 1, 1), ProgressMonitor.NONE);
        double[] e = r.expected();
        for (int i = 0; i < e.length; i++) {
            if (!(e[i] > 0) || Double.isInfinite(e[i]) || (i > 0 && e[i] < e[i - 1])) {
                return null;
            }
        }
        return e;
    }

    private static MassRegion excludedAt(List<MassRegion> regions, double m) {
        for (MassRegion r : regions) {
            if (r.contains(m)) {
                return r;
            }
        }
        return null;
    }
}
