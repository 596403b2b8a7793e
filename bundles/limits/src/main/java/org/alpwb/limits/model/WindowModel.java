package org.alpwb.limits.model;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.limits.pyhf.Channel;
import org.alpwb.limits.pyhf.Measurement;
import org.alpwb.limits.pyhf.Modifier;
import org.alpwb.limits.pyhf.ModifierType;
import org.alpwb.limits.pyhf.Observation;
import org.alpwb.limits.pyhf.ParameterSetting;
import org.alpwb.limits.pyhf.Sample;
import org.alpwb.limits.pyhf.Workspace;
import org.alpwb.limits.pyhf.WorkspaceForm;

/**
 * The thesis likelihood (ch. 8.3): in a window around the mass hypothesis, an extended unbinned
 * likelihood of a signal shape with yield mu * k (k = efficiency x luminosity, so the POI is a cross
 * section) on top of a background shape with free yield; background shape parameters either fixed
 * (e.g. from a sideband fit, {@link SidebandFit}) or floating (full profile likelihood). Parameters:
 * [mu, background yield, shape parameters..., (spurious_signal)]. Optionally a background-shape systematic
 * in the form of the spurious-signal method of the ATLAS and CMS diphoton resonance searches (ATLAS,
 * Phys. Lett. B 716 (2012) 1, sec. 5.3; ATLAS, Phys. Rev. D 90 (2014) 112015, sec. VI.A): a signal-shaped
 * background term of yield theta x {@code spuriousSignal} with theta constrained by N(aux | theta, 1),
 * aux = 0 in the data and the Asimov set; it scales with the luminosity like every other yield.
 * Shapes are normalised on the window by the midpoint
 * rule on a fine grid; Asimov data and toys live on the same grid (weighted events at the cell
 * centres), i.e. binned with {@code cells} bins, which is exact to O((cell / signal width)^2).
 */
public final class WindowModel implements LikelihoodModel, WorkspaceForm {
    private final Spec spec;
    private final double[] x;
    private final double[] w;
    private final double[] signalAtX;
    private final double[] backgroundAtX; // null if shape parameters float
    private final double spuriousAux;

    /** Everything but the data; shared between observed, Asimov and toy models. */
    record Spec(double low, double high, int cells, Shape signal, double signalNorm, double yieldPerPoi, Shape background,
            ParameterSpace space, double spuriousSignal, double scaledSpuriousSignal) {

        int shapeCount() {
            return background.parameterCount();
        }

        /** Index of theta of the spurious-signal term, or -1. */
        int spuriousIndex() {
            return spuriousSignal > 0 || scaledSpuriousSignal > 0 ? 2 + shapeCount() : -1;
        }

        double cellWidth() {
            return (high - low) / cells;
        }

        double centre(int c) {
            return low + (c + 0.5) * cellWidth();
        }

        boolean backgroundFixed() {
            for (int i = 2; i < 2 + shapeCount(); i++) {
                if (!space.fixed()[i]) {
                    return false;
                }
            }
            return true;
        }

        double backgroundNorm(double[] p) {
            double sum = 0;
            for (int c = 0; c < cells; c++) {
                sum += background.value(centre(c), p);
            }
            return sum * cellWidth();
        }
    }

    WindowModel(Spec spec, double[] x, double[] w) {
        this(spec, x, w, 0);
    }

    WindowModel(Spec spec, double[] x, double[] w, double spuriousAux) {
        this.spec = spec;
        this.spuriousAux = spuriousAux;
        this.x = x.clone();
        this.w = w.clone();
        this.signalAtX = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            signalAtX[i] = spec.signal().value(x[i], null) / spec.signalNorm();
        }
        if (spec.backgroundFixed()) {
            double[] p = shapeParameters(spec.space().init(), spec);
            double norm = spec.backgroundNorm(p);
            backgroundAtX = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                backgroundAtX[i] = spec.background().value(x[i], p) / norm;
            }
        } else {
            backgroundAtX = null;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private static double[] shapeParameters(double[] all, Spec spec) {
        return java.util.Arrays.copyOfRange(all, 2, 2 + spec.shapeCount());
    }

    /** Signal-shaped yield of the spurious-signal term at {@code p} (0 without it). */
    private double spurious(double[] p) {
        int i = spec.spuriousIndex();
        return i < 0 ? 0 : p[i] * spec.spuriousSignal();
    }

    @Override
    public List<String> parameterNames() {
        return spec.space().names();
    }

    @Override
    public int poiIndex() {
        return 0;
    }

    @Override
    public double[] initialValues() {
        return spec.space().init().clone();
    }

    @Override
    public double[] lowerBounds() {
        return spec.space().lower().clone();
    }

    @Override
    public double[] upperBounds() {
        return spec.space().upper().clone();
    }

    @Override
    public boolean[] fixedParameters() {
        return spec.space().fixed().clone();
    }

    @Override
    public double negativeLogLikelihood(double[] p) {
        double s = p[0] * spec.yieldPerPoi() + spurious(p);
        double b = p[1];
        double[] shape = backgroundAtX == null ? shapeParameters(p, spec) : null;
        double norm = shape == null ? 1 : spec.backgroundNorm(shape);
        double sum = s + b;
        if (spec.spuriousIndex() >= 0) {
            double z = p[spec.spuriousIndex()] - spuriousAux;
            sum += 0.5 * z * z;
        }
        for (int i = 0; i < x.length; i++) {
            double fb = backgroundAtX != null ? backgroundAtX[i] : spec.background().value(x[i], shape) / norm;
            double density = s * signalAtX[i] + b * fb;
            if (!(density > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            sum -= w[i] * Math.log(density);
        }
        return sum;
    }

    /**
     * Analytic in mu, the background yield and the spurious-signal theta (finite differences, the interface's
     * default, for floating shape parameters): the yields' gradients must be precise, as the background yield
     * (~1e6) and theta are nearly degenerate and a Newton step built from rounded differences stalls.
     */
    @Override
    public double[] gradient(double[] p) {
        double[] g = backgroundAtX == null ? LikelihoodModel.super.gradient(p) : new double[p.length];
        double s = p[0] * spec.yieldPerPoi() + spurious(p);
        double b = p[1];
        double[] shape = backgroundAtX == null ? shapeParameters(p, spec) : null;
        double norm = shape == null ? 1 : spec.backgroundNorm(shape);
        double sumS = 0;
        double sumB = 0;
        for (int i = 0; i < x.length; i++) {
            double fb = backgroundAtX != null ? backgroundAtX[i] : spec.background().value(x[i], shape) / norm;
            double density = s * signalAtX[i] + b * fb;
            sumS += w[i] * signalAtX[i] / density;
            sumB += w[i] * fb / density;
        }
        g[0] = spec.yieldPerPoi() * (1 - sumS);
        g[1] = 1 - sumB;
        int t = spec.spuriousIndex();
        if (t >= 0) {
            g[t] = spec.spuriousSignal() * (1 - sumS) + (p[t] - spuriousAux);
        }
        return g;
    }

    /** Channel, POI and background normfactor of {@link #workspace()}. */
    public static final String WORKSPACE_CHANNEL = "window";
    public static final String WORKSPACE_BACKGROUND_SCALE = "background_scale";

    /**
     * This likelihood as a pyhf workspace, exact when the data live on the grid (the Asimov sets and toys of this
     * model, or no events): -sum w ln(density) + s + b is the Poisson likelihood of the cells up to a constant,
     * lambda_c = (s f_s(c) + b f_b(c)) x cell width. Channel {@value #WORKSPACE_CHANNEL} with one bin per grid cell;
     * sample {@code signal} (yieldPerPoi x f_s x width, normfactor {@code mu}, the POI, bounds as here), sample
     * {@code background} (B0 x f_b x width with B0 the yield's start value, normfactor
     * {@value #WORKSPACE_BACKGROUND_SCALE} = b / B0, free), and with a spurious-signal term a sample of zeros
     * with histosys {@code spurious_signal} (hi / lo = +- spuriousSignal x f_s x width: code0 is linear, theta x
     * the term, N(0 | theta, 1), bounds [-5, 5]: pyhf's defaults). Empty with floating shape parameters (not a
     * fixed histogram), a spurious-signal auxiliary value other than 0, or events off the grid.
     */
    @Override
    public java.util.Optional<Workspace> workspace() {
        if (!spec.backgroundFixed() || spuriousAux != 0 || !dataOnGrid()) {
            return java.util.Optional.empty();
        }
        int cells = spec.cells();
        double dx = spec.cellWidth();
        double[] init = spec.space().init();
        double b0 = Math.max(init[1], 1);
        double[] shape = shapeParameters(init, spec);
        double norm = spec.backgroundNorm(shape);
        double[] signal = new double[cells];
        double[] background = new double[cells];
        double[] unitSignal = new double[cells];
        double[] observed = new double[cells];
        for (int c = 0; c < cells; c++) {
            double m = spec.centre(c);
            unitSignal[c] = spec.signal().value(m, null) / spec.signalNorm() * dx;
            signal[c] = spec.yieldPerPoi() * unitSignal[c];
            background[c] = b0 * spec.background().value(m, shape) / norm * dx;
            observed[c] = x.length == 0 ? 0 : w[c];
        }
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample("signal", signal, List.of(Modifier.simple("mu", ModifierType.NORMFACTOR))));
        samples.add(new Sample("background", background,
                List.of(Modifier.simple(WORKSPACE_BACKGROUND_SCALE, ModifierType.NORMFACTOR))));
        if (spec.spuriousIndex() >= 0) {
            double[] hi = new double[cells];
            double[] lo = new double[cells];
            for (int c = 0; c < cells; c++) {
                hi[c] = spec.spuriousSignal() * unitSignal[c];
                lo[c] = -hi[c];
            }
            samples.add(new Sample("spurious_signal", new double[cells],
                    List.of(Modifier.histosys("spurious_signal", hi, lo))));
        }
        double[] lower = spec.space().lower();
        double[] upper = spec.space().upper();
        List<ParameterSetting> settings = List.of(
                new ParameterSetting("mu", new double[][] {{lower[0], upper[0]}}, new double[] {init[0]}, null, null,
                        null),
                new ParameterSetting(WORKSPACE_BACKGROUND_SCALE, new double[][] {{lower[1] / b0, upper[1] / b0}},
                        new double[] {init[1] / b0}, null, null, null));
        return java.util.Optional.of(new Workspace(List.of(new Channel(WORKSPACE_CHANNEL, samples)),
                List.of(new Observation(WORKSPACE_CHANNEL, observed)),
                List.of(new Measurement("window-model", "mu", settings)), "1.0.0"));
    }

    /** True if the data are no events or weighted events at exactly the cell centres (Asimov sets, toys). */
    private boolean dataOnGrid() {
        if (x.length == 0) {
            return true;
        }
        if (x.length != spec.cells()) {
            return false;
        }
        for (int c = 0; c < x.length; c++) {
            if (x[c] != spec.centre(c)) {
                return false;
            }
        }
        return true;
    }

    /** Expected events per grid cell at {@code p}. */
    double[] cellExpectation(double[] p) {
        double[] shape = shapeParameters(p, spec);
        double norm = spec.backgroundNorm(shape);
        double signal = p[0] * spec.yieldPerPoi() + spurious(p);
        double[] e = new double[spec.cells()];
        double dx = spec.cellWidth();
        for (int c = 0; c < e.length; c++) {
            double m = spec.centre(c);
            double fs = spec.signal().value(m, null) / spec.signalNorm();
            double fb = spec.background().value(m, shape) / norm;
            e[c] = (signal * fs + p[1] * fb) * dx;
        }
        return e;
    }

    private double[] centres() {
        double[] c = new double[spec.cells()];
        for (int i = 0; i < c.length; i++) {
            c[i] = spec.centre(i);
        }
        return c;
    }

    @Override
    public WindowModel asimov(double[] p) {
        int i = spec.spuriousIndex();
        return new WindowModel(spec, centres(), cellExpectation(p), i < 0 ? 0 : p[i]);
    }

    @Override
    public WindowModel toy(double[] p, RandomGenerator random) {
        Sampling sampling = new Sampling(random);
        double[] counts = cellExpectation(p);
        for (int c = 0; c < counts.length; c++) {
            counts[c] = sampling.poisson(counts[c]);
        }
        int i = spec.spuriousIndex();
        return new WindowModel(spec, centres(), counts, i < 0 ? 0 : p[i] + random.nextGaussian());
    }

    @Override
    public WindowModel withScaledYields(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("luminosity factor must be positive and finite, got " + factor);
        }
        ParameterSpace s = spec.space();
        double[] init = s.init().clone();
        double[] upper = s.upper().clone();
        init[1] *= factor;
        upper[1] *= factor;
        Spec scaled = new Spec(spec.low(), spec.high(), spec.cells(), spec.signal(), spec.signalNorm(),
                spec.yieldPerPoi() * factor, spec.background(),
                new ParameterSpace(s.names(), init, s.lower(), upper, s.fixed(), 0),
                (factor == 1 ? spec.spuriousSignal() : Math.max(spec.spuriousSignal(), spec.scaledSpuriousSignal()))
                        * factor, spec.scaledSpuriousSignal() * factor);
        double[] weights = w.clone();
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= factor;
        }
        return new WindowModel(scaled, x, weights, spuriousAux);
    }

    /** Builds a {@link WindowModel}; every setter validates its input. */
    public static final class Builder {
        private double low = Double.NaN;
        private double high = Double.NaN;
        private int cells = 1000;
        private Shape signal;
        private double yieldPerPoi = 1;
        private double poiMax = Double.NaN;
        private Shape background;
        private final List<String> names = new ArrayList<>();
        private double[] init = new double[0];
        private double[] lower = new double[0];
        private double[] upper = new double[0];
        private double backgroundGuess = Double.NaN;
        private boolean floating;
        private double[] events;
        private double spuriousSignal;
        private double scaledSpuriousSignal;

        public Builder window(double lo, double hi) {
            if (!(hi > lo)) {
                throw new InvalidInputException("window model", "window", "[" + lo + ", " + hi + "]", "low < high");
            }
            low = lo;
            high = hi;
            return this;
        }

        public Builder gridCells(int n) {
            if (n < 10) {
                throw new InvalidInputException("window model", "gridCells", n, ">= 10");
            }
            cells = n;
            return this;
        }

        /** Signal shape and expected signal events per unit POI (efficiency x luminosity). */
        public Builder signal(Shape shape, double eventsPerPoi, double poiUpper) {
            if (!(eventsPerPoi > 0) || !(poiUpper > 0)) {
                throw new InvalidInputException("window model", "signal", eventsPerPoi + ", " + poiUpper,
                        "positive events per POI unit and POI upper bound");
            }
            signal = shape;
            yieldPerPoi = eventsPerPoi;
            poiMax = poiUpper;
            return this;
        }

        /** Background shape with its parameters; {@code floating} lets them float in every fit. */
        public Builder background(Shape shape, List<String> parameterNames, double[] values, double[] lo, double[] hi,
                boolean floatShape) {
            int n = shape.parameterCount();
            if (parameterNames.size() != n || values.length != n || lo.length != n || hi.length != n) {
                throw new InvalidInputException("window model", "background parameters", parameterNames.size(),
                        n + " names, values and bounds");
            }
            background = shape;
            names.clear();
            names.addAll(parameterNames);
            init = values.clone();
            lower = lo.clone();
            upper = hi.clone();
            floating = floatShape;
            return this;
        }

        /**
         * A background-shape systematic: a signal-shaped term of yield theta x {@code events} (events at this
         * model's luminosity), theta constrained by a unit Gaussian (spurious-signal method); 0 for none.
         */
        public Builder spuriousSignal(double events) {
            return spuriousSignal(events, 0);
        }

        /**
         * As {@link #spuriousSignal(double)}, with a different size {@code whenScaled} (events at this luminosity)
         * used once the yields are scaled to another luminosity ({@link WindowModel#withScaledYields}): e.g. the
         * template's MC-statistical error, reported separately at the nominal luminosity, enters projections.
         */
        public Builder spuriousSignal(double events, double whenScaled) {
            if (!(events >= 0) || Double.isInfinite(events) || !(whenScaled >= 0) || Double.isInfinite(whenScaled)) {
                throw new InvalidInputException("window model", "spuriousSignal", events + ", " + whenScaled,
                        "finite numbers of events >= 0");
            }
            spuriousSignal = events;
            scaledSpuriousSignal = whenScaled;
            return this;
        }

        /** Observed masses; those outside the window are ignored. */
        public Builder events(double[] masses) {
            events = masses.clone();
            backgroundGuess = Double.NaN;
            return this;
        }

        /**
         * For expected limits, whose data are an Asimov set: no events, and {@code expectedEvents} (the
         * background expected in the window) as the background yield's start value, with the same upper bound
         * as that many events would give. Avoids an array of B placeholder events (B reaches 1e7).
         */
        public Builder expectedBackground(double expectedEvents) {
            if (!(expectedEvents >= 0) || Double.isInfinite(expectedEvents)) {
                throw new InvalidInputException("window model", "expectedBackground", expectedEvents,
                        "a finite number of events >= 0");
            }
            events = new double[0];
            backgroundGuess = expectedEvents;
            return this;
        }

        public WindowModel build() {
            if (Double.isNaN(low) || signal == null || background == null || events == null) {
                throw new InvalidInputException("window model", "builder", "incomplete",
                        "window, signal, background and events");
            }
            double[] inside = java.util.Arrays.stream(events).filter(m -> m >= low && m <= high).toArray();
            boolean theta = spuriousSignal > 0 || scaledSpuriousSignal > 0;
            int n = 2 + names.size() + (theta ? 1 : 0);
            List<String> all = new ArrayList<>(List.of("mu", "background_yield"));
            all.addAll(names);
            if (theta) {
                all.add("spurious_signal");
            }
            double[] in = new double[n];
            double[] lo = new double[n];
            double[] hi = new double[n];
            boolean[] fixed = new boolean[n];
            in[0] = 0;
            hi[0] = poiMax;
            double guess = Double.isNaN(backgroundGuess) ? inside.length : backgroundGuess;
            in[1] = Math.max(guess, 1);
            hi[1] = 10.0 * guess + 100;
            for (int i = 0; i < names.size(); i++) {
                in[2 + i] = init[i];
                lo[2 + i] = lower[i];
                hi[2 + i] = upper[i];
                fixed[2 + i] = !floating;
            }
            if (theta) {
                lo[n - 1] = -5;
                hi[n - 1] = 5;
            }
            Spec probe = new Spec(low, high, cells, signal, 1, yieldPerPoi, background,
                    new ParameterSpace(all, in, lo, hi, fixed, 0), spuriousSignal, scaledSpuriousSignal);
            double signalNorm = 0;
            for (int c = 0; c < cells; c++) {
                signalNorm += signal.value(probe.centre(c), null);
            }
            signalNorm *= probe.cellWidth();
            if (!(signalNorm > 0)) {
                throw new InvalidInputException("window model", "signal", "integral " + signalNorm,
                        "a shape with positive integral on the window");
            }
            Spec spec = new Spec(low, high, cells, signal, signalNorm, yieldPerPoi, background, probe.space(),
                    spuriousSignal, scaledSpuriousSignal);
            double[] ones = new double[inside.length];
            java.util.Arrays.fill(ones, 1.0);
            return new WindowModel(spec, inside, ones);
        }
    }
}
