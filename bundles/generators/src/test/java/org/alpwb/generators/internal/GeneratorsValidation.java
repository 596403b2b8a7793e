package org.alpwb.generators.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.CrossSectionResult;
import org.alpwb.api.generator.EventGenerator;
import org.alpwb.api.generator.GenerationResult;
import org.alpwb.api.generator.GeneratorCuts;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.physics.amplitude.MatrixElement;
import org.alpwb.physics.amplitude.MatrixElements;
import org.alpwb.physics.phasespace.PhaseSpaceChannel;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.physics.integration.IntegrationResult;
import org.alpwb.physics.integration.IntegrationSettings;
import org.alpwb.physics.integration.MultiChannelIntegrator;
import org.alpwb.physics.integration.ScatteringIntegrand;
import org.alpwb.physics.random.RandomStreams;

/**
 * Long validations and performance figures for docs/validation/generators.md. Sections by argument
 * (default: all): radiative. Run:
 * mvn -q -o test-compile exec:java -pl bundles/generators -Dexec.mainClass=org.alpwb.generators.internal.GeneratorsValidation -Dexec.classpathScope=test -Dexec.args="radiative"
 */
public final class GeneratorsValidation {
    private GeneratorsValidation() {
    }

    static void print(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }

    static ExecutorService pool(int threads) {
        return threads <= 1 ? null : Executors.newFixedThreadPool(threads);
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "all";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        if (what.equals("all") || what.equals("radiative")) {
            radiative(threads);
        }
        if (what.equals("all") || what.equals("analysiscuts")) {
            analysisCuts(threads);
        }
        if (what.equals("all") || what.equals("studycuts")) {
            studyCuts(threads);
        }
        if (what.equals("all") || what.equals("crosscheck")) {
            crossCheck(threads);
        }
        if (what.equals("all") || what.equals("analytic")) {
            analytic(threads);
        }
        if (what.equals("all") || what.equals("mesons")) {
            mesons(threads);
        }
        if (what.equals("all") || what.equals("decomposition")) {
            decomposition(threads);
        }
        if (what.equals("all") || what.equals("decompositioncut")) {
            decompositionWithCuts(threads);
        }
        if (what.equals("all") || what.equals("isr")) {
            isr(threads);
        }
        if (what.equals("all") || what.equals("unweighted")) {
            unweighted(threads);
        }
        if (what.equals("all") || what.equals("scan")) {
            scan(threads);
        }
        if (what.equals("all") || what.equals("window")) {
            window(threads);
        }
        if (what.equals("pulls")) {
            for (String id : new String[] {"bhabha-2gamma", "bhabha-gamma"}) {
                double target = Double.parseDouble(args[2]);
                java.util.List<double[]> r = RadiativePullTest.pulls(id, target);
                double mean = r.stream().mapToDouble(v -> v[0]).average().orElse(Double.NaN);
                double err = Math.sqrt(r.stream().mapToDouble(v -> v[1] * v[1]).sum()) / r.size();
                print("%s at %.3f: mean of 20 = %.5g +- %.2g", id, target, mean, err);
                for (double[] v : r) {
                    print("  %.5g +- %.2g", v[0], v[1]);
                }
            }
        }
        if (what.equals("stream")) {
            stream(Long.parseLong(args[2]), threads);
        }
        if (what.equals("all") || what.equals("perf")) {
            performance();
        }
        System.exit(0);
    }

    /** Points and time to 1 % with the radiative channels, and with RAMBO alone (fixed budget, extrapolated). */
    static void radiative(int threads) {
        print("## radiative QED processes, default cuts, sqrt(s) = 10.5796 GeV, %d threads", threads);
        print("| process | channels | sigma (pb) | rel. err | points (adapt + frozen) | time (s) | points for 1 %% (extrapolated) |");
        print("|---|---|---|---|---|---|---|");
        for (String id : new String[] {"bhabha-gamma", "triphoton", "bhabha-2gamma"}) {
            ProcessRequest request = ProcessRequest.of(id).withPrecision(0.01);
            for (boolean flat : new boolean[] {false, true}) {
                ScatteringIntegrand integrand = ProcessCatalog.integrand(request, "validation", flat);
                IntegrationSettings settings = IntegrationSettings.forPrecision(0.01)
                        .withMaxPoints(flat ? 2_000_000L : CatalogGenerator.MAX_POINTS);
                ExecutorService pool = pool(threads);
                long t0 = System.nanoTime();
                IntegrationResult r = new MultiChannelIntegrator(settings, pool).integrate(integrand,
                        new RandomStreams(new SeedSequence(7, "radiative/" + id)), ProgressMonitor.NONE);
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (pool != null) {
                    pool.shutdownNow();
                }
                long adapt = (long) settings.adaptIterations() * settings.chunksPerIteration() * settings.pointsPerChunk();
                double rel = r.errorPb() / r.valuePb();
                double needed = r.points() * Math.pow(rel / 0.01, 2);
                print("| %s | %s | %.5g | %.2f %% | %d + %d | %.1f | %.3g |", id,
                        flat ? "RAMBO only (before)" : integrand.channelCount() + " (radiative + RAMBO)", r.valuePb(),
                        100 * rel, adapt, r.points(), seconds, needed + adapt);
            }
        }
    }

    /**
     * Issue 10 item 5: the signal-like region (all four particles E &gt; 0.25 GeV, 22-158 deg, 0.9 &lt; M_gg &lt; 1.1
     * GeV) to 1 % with the product's integration settings (as `alpwb xsec`), three seeds, wall time each.
     */
    static void window(int threads) {
        print("## issue-10 region to 1 %%, %d threads", threads);
        print("| process | seed | sigma (pb) | rel. err | points | unweighting eff. | time (s) |");
        print("|---|---|---|---|---|---|---|");
        for (String id : new String[] {"bhabha-2gamma", "bhabha-gamma"}) {
            for (long seed = 1; seed <= 3; seed++) {
                ProcessRequest request = ProcessRequest.of(id).withCuts(RadiativePullTest.issueCuts());
                IntegrationSettings settings = IntegrationSettings.forPrecision(0.01)
                        .withMaxPoints(CatalogGenerator.MAX_POINTS);
                ExecutorService pool = pool(threads);
                long t0 = System.nanoTime();
                IntegrationResult r = new MultiChannelIntegrator(settings, pool).integrate(
                        ProcessCatalog.integrand(request, "validation"), new RandomStreams(new SeedSequence(seed,
                                "window/" + id)), ProgressMonitor.NONE);
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (pool != null) {
                    pool.shutdownNow();
                }
                print("| %s | %d | %.5g +- %.2g | %.2f %% | %d | %.2g | %.1f |", id, seed, r.valuePb(), r.errorPb(),
                        100 * r.errorPb() / r.valuePb(), r.points(), r.unweightingEfficiency(), seconds);
            }
        }
    }

    static CrossSectionResult xsec(ProcessRequest request, SeedSequence seeds, int threads) {
        ExecutorService pool = pool(threads);
        try {
            EventGenerator generator = new CatalogGenerator(request.processId()) {
            };
            return generator.crossSection(request, seeds, pool, ProgressMonitor.NONE);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    static IntegrationResult integrate(ScatteringIntegrand integrand, IntegrationSettings settings, String seed,
            int threads) {
        ExecutorService pool = pool(threads);
        try {
            return new MultiChannelIntegrator(settings, pool).integrate(integrand,
                    new RandomStreams(new SeedSequence(17, seed)), ProgressMonitor.NONE);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** The radiative processes with slide-like cuts (E > 0.25 GeV, 22-158 deg, 2.75 deg = 0.048 rad), ISR off and on. */
    static void analysisCuts(int threads) {
        print("## radiative QED processes, E > 0.25 GeV, 22-158 deg, pair angles > 2.75 deg, target 1 %%, %d threads",
                threads);
        print("| process | ISR | sigma (pb) | rel. err | points | time (s) |");
        print("|---|---|---|---|---|---|");
        Map<String, Double> cuts = Map.of(GeneratorCuts.E_MIN_GEV, 0.25, GeneratorCuts.THETA_MIN_DEG, 22.0,
                GeneratorCuts.THETA_MAX_DEG, 158.0, GeneratorCuts.ANGLE_GG_MIN_DEG, 2.75, GeneratorCuts.ANGLE_LG_MIN_DEG,
                2.75);
        for (String id : new String[] {"bhabha-gamma", "triphoton", "bhabha-2gamma"}) {
            for (boolean isr : new boolean[] {false, true}) {
                long t0 = System.nanoTime();
                CrossSectionResult r = xsec(ProcessRequest.of(id).withCuts(cuts).withIsr(isr).withPrecision(0.01),
                        new SeedSequence(10, "analysis-cuts"), threads);
                double seconds = (System.nanoTime() - t0) / 1e9;
                print("| %s | %s | %.5g | %.2f %% | %d | %.1f |", id, isr ? "on" : "off", r.crossSection().valuePb(),
                        100 * r.crossSection().relativeError(), r.crossSection().evaluations(), seconds);
            }
        }
    }

    /** The cuts of examples/alp-eegg.json (18-162 deg, E > 0.08 GeV, default 1 deg separations) at 0.5 %. */
    static void studyCuts(int threads) {
        print("## radiative QED processes with the study's cuts (18-162 deg, E > 0.08 GeV, 1 deg separations), "
                + "target 0.5 %%, %d threads", threads);
        print("| process | sigma (pb) | rel. err | frozen points | time (s) | unweighting efficiency |");
        print("|---|---|---|---|---|---|");
        Map<String, Double> cuts = Map.of(GeneratorCuts.THETA_MIN_DEG, 18.0, GeneratorCuts.THETA_MAX_DEG, 162.0,
                GeneratorCuts.E_MIN_GEV, 0.08);
        for (String id : new String[] {"bhabha-gamma", "triphoton", "bhabha-2gamma"}) {
            long t0 = System.nanoTime();
            CrossSectionResult r = xsec(ProcessRequest.of(id).withCuts(cuts).withPrecision(0.005),
                    new SeedSequence(11, "study-cuts"), threads);
            double seconds = (System.nanoTime() - t0) / 1e9;
            print("| %s | %.5g | %.2f %% | %d | %.1f | %.3g |", id, r.crossSection().valuePb(),
                    100 * r.crossSection().relativeError(), r.crossSection().evaluations(), seconds,
                    r.unweightingEfficiency());
        }
    }

    /** Mapped channels against RAMBO alone in a milder region where RAMBO converges (E > 0.5 GeV, 30-150 deg, 10 deg). */
    static void crossCheck(int threads) {
        print("## mapped channels vs RAMBO alone, E > 0.5 GeV, 30-150 deg, pair angles > 10 deg");
        print("| process | mapped (pb) | RAMBO only (pb) | difference / combined error |");
        print("|---|---|---|---|");
        Map<String, Double> cuts = Map.of(GeneratorCuts.E_MIN_GEV, 0.5, GeneratorCuts.THETA_MIN_DEG, 30.0,
                GeneratorCuts.THETA_MAX_DEG, 150.0, GeneratorCuts.ANGLE_GG_MIN_DEG, 10.0, GeneratorCuts.ANGLE_LG_MIN_DEG,
                10.0);
        for (String id : new String[] {"bhabha-gamma", "triphoton", "bhabha-2gamma"}) {
            ProcessRequest request = ProcessRequest.of(id).withCuts(cuts);
            IntegrationSettings settings = IntegrationSettings.forPrecision(0.005).withMaxPoints(1_500_000L);
            IntegrationResult mapped = integrate(ProcessCatalog.integrand(request, "v", false), settings, "cc-m/" + id,
                    threads);
            IntegrationResult flat = integrate(ProcessCatalog.integrand(request, "v", true), settings, "cc-f/" + id,
                    threads);
            print("| %s | %.5g +- %.2g | %.5g +- %.2g | %.2f |", id, mapped.valuePb(), mapped.errorPb(), flat.valuePb(),
                    flat.errorPb(), (mapped.valuePb() - flat.valuePb()) / Math.hypot(mapped.errorPb(), flat.errorPb()));
        }
    }

    static void analytic(int threads) {
        print("## large-angle 2 -> 2 against the massless formulas (|cos| < 0.7, also checked in OracleTest)");
        print("| process | generator (pb) | formula (pb) | ratio - 1 | pulls |");
        print("|---|---|---|---|---|");
        double sBhabha = 2 * Math.PI * OracleTest.simpson(c -> {
            double sin2 = (1 - c) / 2;
            double cos2 = (1 + c) / 2;
            return OracleTest.ALPHA * OracleTest.ALPHA / (2 * OracleTest.S) * ((1 + cos2 * cos2) / (sin2 * sin2)
                    - 2 * cos2 * cos2 / sin2 + (1 + c * c) / 2);
        }, -0.7, 0.7, 2000) * OracleTest.PB;
        double a = 0.7;
        double sGg = 2 * Math.PI * OracleTest.ALPHA * OracleTest.ALPHA / OracleTest.S * (Math.log((1 + a) / (1 - a)) - a)
                * OracleTest.PB;
        for (Object[] row : new Object[][] {{"bhabha", sBhabha}, {"diphoton", sGg}}) {
            CrossSectionResult r = xsec(OracleTest.largeAngle((String) row[0]).withPrecision(5e-4),
                    new SeedSequence(3, "analytic"), threads);
            double exact = (Double) row[1];
            print("| %s | %.6g +- %.2g | %.6g | %.2e | %.2f |", row[0], r.crossSection().valuePb(),
                    r.crossSection().errorPb(), exact, r.crossSection().valuePb() / exact - 1,
                    (r.crossSection().valuePb() - exact) / r.crossSection().errorPb());
        }
    }

    static final double ALPHA = 1 / 137.035999;
    static final double ME = 0.51099895e-3;
    static final double SQRT_S = 10.5796;

    /** EPA (leading log) estimate of physics.md for a J = 0 resonance of two-photon coupling g (GeV^-1), in pb. */
    static double epa(double mass, double g) {
        return EquivalentPhotons.alpFusionPb(mass, g, SQRT_S);
    }

    static void mesons(int threads) {
        print("## pi0, eta, eta' fusion (point-like g_P^2 = 64 pi Gamma_gg/m^3, no form factor), 1 %% precision");
        print("| process | g_P (GeV^-1) | sigma x BR (pb) | ALP same m, g = g_P (pb) x BR | ratio | EPA x BR (pb) | MC/EPA |");
        print("|---|---|---|---|---|---|---|");
        Object[][] mesons = {
            {"pi0-fusion", MatrixElements.Mesons.PI0_MASS_GEV, MatrixElements.Mesons.PI0_GAMMA_GAMMA_GEV,
                ProcessCatalog.BR_PI0_GG},
            {"eta-fusion", MatrixElements.Mesons.ETA_MASS_GEV, MatrixElements.Mesons.ETA_GAMMA_GAMMA_GEV,
                ProcessCatalog.BR_ETA_GG},
            {"etaprime-fusion", MatrixElements.Mesons.ETA_PRIME_MASS_GEV,
                MatrixElements.Mesons.ETA_PRIME_GAMMA_GAMMA_GEV, ProcessCatalog.BR_ETAPRIME_GG}};
        for (Object[] m : mesons) {
            double mass = (Double) m[1];
            double g = MatrixElements.mesonCouplingPerGeV((Double) m[2], mass);
            double br = (Double) m[3];
            SeedSequence seeds = new SeedSequence(4, "meson-vs-alp");
            CrossSectionResult meson = xsec(ProcessRequest.of((String) m[0]).withPrecision(0.01), seeds, threads);
            CrossSectionResult alp = xsec(ProcessRequest.of("alp-fusion").withMass(mass).withCoupling(g)
                    .withPrecision(0.01), seeds, threads);
            double epa = epa(mass, g) * br;
            print("| %s | %.4g | %.5g +- %.2g | %.5g | %.12f | %.4g | %.3f |", m[0], g, meson.crossSection().valuePb(),
                    meson.crossSection().errorPb(), alp.crossSection().valuePb() * br,
                    meson.crossSection().valuePb() / (alp.crossSection().valuePb() * br), epa,
                    meson.crossSection().valuePb() / epa);
        }
    }

    static void decomposition(int threads) {
        print("## alp-fusion diagram classes, g = 1e-3 GeV^-1, no cuts, 1 %% precision");
        print("| m (GeV) | all (pb) | fusion (pb) | conversion (pb) | interference = all - fusion - conversion (pb) | conversion / all |");
        print("|---|---|---|---|---|---|");
        for (double m : new double[] {0.5, 1, 3, 7}) {
            double[] v = new double[3];
            double[] e = new double[3];
            String[] classes = {"all", "fusion", "conversion"};
            for (int c = 0; c < 3; c++) {
                CrossSectionResult r = xsec(ProcessRequest.of("alp-fusion").withMass(m).withDiagrams(classes[c])
                        .withPrecision(0.01), new SeedSequence(5, "decomposition/" + classes[c]), threads);
                v[c] = r.crossSection().valuePb();
                e[c] = r.crossSection().errorPb();
            }
            double interference = v[0] - v[1] - v[2];
            double ie = Math.sqrt(e[0] * e[0] + e[1] * e[1] + e[2] * e[2]);
            print("| %.1f | %.5g +- %.2g | %.5g +- %.2g | %.5g +- %.2g | %.3g +- %.2g | %.4f |", m, v[0], e[0], v[1], e[1],
                    v[2], e[2], interference, ie, v[2] / v[0]);
        }
    }

    /** The same with both leptons in the tracker (17-150 deg) and both photons in the ECL (12.4-155 deg, E > 0.1 GeV). */
    static void decompositionWithCuts(int threads) {
        Map<String, Double> cuts = Map.of(GeneratorCuts.LEPTON_THETA_MIN_DEG, 17.0, GeneratorCuts.LEPTON_THETA_MAX_DEG,
                150.0, GeneratorCuts.PHOTON_THETA_MIN_DEG, 12.4, GeneratorCuts.PHOTON_THETA_MAX_DEG, 155.0,
                GeneratorCuts.PHOTON_E_MIN_GEV, 0.1);
        print("## alp-fusion diagram classes with both leptons at 17-150 deg, photons 12.4-155 deg and E > 0.1 GeV "
                + "(CM frame), g = 1e-3 GeV^-1, 1 %% precision");
        print("| m (GeV) | all (pb) | fusion (pb) | conversion (pb) | interference (pb) | conversion / all |");
        print("|---|---|---|---|---|---|");
        for (double m : new double[] {0.5, 1, 3, 7}) {
            double[] v = new double[3];
            double[] e = new double[3];
            String[] classes = {"all", "fusion", "conversion"};
            for (int c = 0; c < 3; c++) {
                CrossSectionResult r = xsec(ProcessRequest.of("alp-fusion").withMass(m).withDiagrams(classes[c])
                        .withCuts(cuts).withPrecision(0.01), new SeedSequence(5, "decomposition-cut/" + classes[c]),
                        threads);
                v[c] = r.crossSection().valuePb();
                e[c] = r.crossSection().errorPb();
            }
            double interference = v[0] - v[1] - v[2];
            double ie = Math.sqrt(e[0] * e[0] + e[1] * e[1] + e[2] * e[2]);
            print("| %.1f | %.4g +- %.2g | %.4g +- %.2g | %.4g +- %.2g | %.3g +- %.2g | %.3f |", m, v[0], e[0], v[1],
                    e[1], v[2], e[2], interference, ie, v[2] / v[0]);
        }
    }

    /** e+e- -> mu+mu- with ISR against the O(beta) Kuraev-Fadin radiator integral. */
    static void isr(int threads) {
        double s = SQRT_S * SQRT_S;
        double mmu = 0.1056584;
        java.util.function.DoubleUnaryOperator born = z -> {
            double b2 = 1 - 4 * mmu * mmu / (z * s);
            if (!(b2 > 0)) {
                return 0;
            }
            double b = Math.sqrt(b2);
            return 4 * Math.PI * ALPHA * ALPHA / (3 * z * s) * b * (3 - b2) / 2 * 3.893794e8;
        };
        double beta = 2 * ALPHA / Math.PI * (Math.log(s / (ME * ME)) - 1);
        double z0 = 4 * mmu * mmu / s;
        // H(z) = beta (1-z)^(beta-1) (1 + 3 beta/4) - (beta/2)(1 + z); first term with y = (1-z)^beta
        double y0 = Math.pow(1 - z0, beta);
        double t1 = (1 + 3 * beta / 4) * OracleTest.simpson(y -> born.applyAsDouble(1 - Math.pow(y, 1 / beta)), 0, y0,
                200_000);
        double t2 = -beta / 2 * OracleTest.simpson(z -> (1 + z) * born.applyAsDouble(z), z0, 1, 200_000);
        double kf = t1 + t2;
        CrossSectionResult off = xsec(ProcessRequest.of("mumu").withPrecision(1e-3), new SeedSequence(6, "isr"), threads);
        CrossSectionResult on = xsec(ProcessRequest.of("mumu").withIsr(true).withPrecision(2e-3),
                new SeedSequence(6, "isr"), threads);
        print("## e+e- -> mu+mu- with and without ISR (no cuts), beta = %.5f", beta);
        print("| quantity | value |");
        print("|---|---|");
        print("| Born formula (pb) | %.6g |", born.applyAsDouble(1));
        print("| generator, ISR off (pb) | %.6g +- %.2g |", off.crossSection().valuePb(), off.crossSection().errorPb());
        print("| generator, ISR on (D x D, both beams) (pb) | %.6g +- %.2g |", on.crossSection().valuePb(),
                on.crossSection().errorPb());
        print("| O(beta) Kuraev-Fadin radiator integral int H(z) sigma0(zs) dz (pb) | %.6g |", kf);
        print("| ISR on / off | %.4f |", on.crossSection().valuePb() / off.crossSection().valuePb());
        print("| generator / radiator integral - 1 | %.4f (O(beta^2) = %.4f expected scale) |",
                on.crossSection().valuePb() / kf - 1, beta * beta);
    }

    /** Weighted vs unweighted alp-fusion events: chi-square of two normalised distributions. */
    static void unweighted(int threads) {
        ProcessRequest request = ProcessRequest.of("alp-fusion").withMass(1.0).withPrecision(0.01);
        SeedSequence seeds = new SeedSequence(8, "unweighted");
        int n = 50_000;
        int bins = 10;
        double[][][] h = new double[2][2][bins];
        double[][][] h2 = new double[2][2][bins];
        double[] total = new double[2];
        for (int mode = 0; mode < 2; mode++) {
            int m = mode;
            ExecutorService pool = pool(threads);
            new AlpFusionGenerator().generate(request, n, mode == 1, seeds.child("mode" + mode), pool,
                    ProgressMonitor.NONE, b -> {
                        for (int i = 0; i < b.eventCount(); i++) {
                            int a = b.offsets()[i] + 4;
                            double w = b.weightsPb()[i];
                            double p = Math.sqrt(b.px()[a] * b.px()[a] + b.py()[a] * b.py()[a] + b.pz()[a] * b.pz()[a]);
                            int kc = Math.min(bins - 1, (int) ((b.pz()[a] / p + 1) / 2 * bins));
                            int ke = Math.min(bins - 1, (int) (b.energies()[a] / (SQRT_S / 2) * bins));
                            h[m][0][kc] += w;
                            h2[m][0][kc] += w * w;
                            h[m][1][ke] += w;
                            h2[m][1][ke] += w * w;
                            total[m] += w;
                        }
                    });
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        print("## alp-fusion m = 1 GeV: %d weighted vs %d unweighted events, normalised shapes", n, n);
        print("| observable | chi2 / ndf | p-value |");
        print("|---|---|---|");
        String[] names = {"cos theta of the ALP (10 bins)", "E of the ALP / E_beam (10 bins)"};
        for (int o = 0; o < 2; o++) {
            double chi2 = 0;
            int ndf = -1;
            for (int k = 0; k < bins; k++) {
                double v0 = h2[0][o][k] / (total[0] * total[0]);
                double v1 = h2[1][o][k] / (total[1] * total[1]);
                if (v0 + v1 > 0) {
                    double d = h[0][o][k] / total[0] - h[1][o][k] / total[1];
                    chi2 += d * d / (v0 + v1);
                    ndf++;
                }
            }
            double p = 1 - new org.apache.commons.math3.distribution.ChiSquaredDistribution(ndf)
                    .cumulativeProbability(chi2);
            print("| %s | %.2f / %d | %.3f |", names[o], chi2, ndf, p);
        }
    }

    /** sigma(m) on a coarse grid (EPA table) and a fine grid around 2 GeV (smoothness), plus timing per point. */
    static void scan(int threads) {
        print("## sigma(alp-fusion) vs m, g = 1e-4 GeV^-1, no cuts, 1 %% precision per point, %d threads", threads);
        print("| m (GeV) | sigma (pb) | rel. err | EPA (pb) | MC / EPA | time (s) |");
        print("|---|---|---|---|---|---|");
        double[] coarse = {0.1, 0.2, 0.5, 1, 2, 3, 5, 7, 9, 9.5};
        double time = 0;
        for (double m : coarse) {
            long t0 = System.nanoTime();
            CrossSectionResult r = xsec(ProcessRequest.of("alp-fusion").withMass(m).withCoupling(1e-4)
                    .withPrecision(0.01), new SeedSequence(9, "scan").child("m=" + m), threads);
            double seconds = (System.nanoTime() - t0) / 1e9;
            time += seconds;
            double epa = epa(m, 1e-4);
            print("| %.2f | %.4g | %.2f %% | %.3g | %.3f | %.1f |", m, r.crossSection().valuePb(),
                    100 * r.crossSection().relativeError(), epa, r.crossSection().valuePb() / epa, seconds);
        }
        print("");
        print("fine grid 1.50-2.50 GeV, 0.1 GeV steps; second differences of ln sigma against their MC error");
        print("| m (GeV) | sigma (pb) | rel. err | D2 = ln s(m-h) - 2 ln s(m) + ln s(m+h) | EPA D2 | (D2 - EPA D2)/err |");
        print("|---|---|---|---|---|---|");
        int n = 11;
        double[] v = new double[n];
        double[] rel = new double[n];
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            ms[i] = 1.5 + 0.1 * i;
            long t0 = System.nanoTime();
            CrossSectionResult r = xsec(ProcessRequest.of("alp-fusion").withMass(ms[i]).withCoupling(1e-4)
                    .withPrecision(0.01), new SeedSequence(9, "scan").child("m=" + ms[i]), threads);
            time += (System.nanoTime() - t0) / 1e9;
            v[i] = r.crossSection().valuePb();
            rel[i] = r.crossSection().relativeError();
        }
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || i == n - 1) {
                print("| %.2f | %.5g | %.2f %% | | | |", ms[i], v[i], 100 * rel[i]);
                continue;
            }
            double d2 = Math.log(v[i - 1]) - 2 * Math.log(v[i]) + Math.log(v[i + 1]);
            double e2 = Math.log(epa(ms[i - 1], 1)) - 2 * Math.log(epa(ms[i], 1)) + Math.log(epa(ms[i + 1], 1));
            double err = Math.sqrt(rel[i - 1] * rel[i - 1] + 4 * rel[i] * rel[i] + rel[i + 1] * rel[i + 1]);
            chi2 += Math.pow((d2 - e2) / err, 2);
            print("| %.2f | %.5g | %.2f %% | %.4f | %.4f | %.2f |", ms[i], v[i], 100 * rel[i], d2, e2, (d2 - e2) / err);
        }
        print("");
        print("sum of squared pulls %.2f for %d (correlated, neighbouring) second differences", chi2, n - 2);
        print("scan time %.1f s for %d points: %.2f s per point on %d threads", time, coarse.length + n,
                time / (coarse.length + n), threads);
        print("extrapolated 0.1-9.5 GeV in 5 MeV steps (1881 points): %.0f s = %.1f h", 1881 * time / (coarse.length + n),
                1881 * time / (coarse.length + n) / 3600);
    }

    /** N unweighted alp-fusion events streamed to a counting sink: time and peak used heap (run with a small -Xmx). */
    static void stream(long events, int threads) {
        ExecutorService pool = pool(threads);
        ProcessRequest request = ProcessRequest.of("alp-fusion").withMass(1.0).withPrecision(0.01);
        Runtime rt = Runtime.getRuntime();
        long[] seen = new long[2];
        long t0 = System.nanoTime();
        GenerationResult g = new AlpFusionGenerator().generate(request, events, true, new SeedSequence(3, "stream"), pool,
                ProgressMonitor.NONE, b -> {
                    seen[0] += b.eventCount();
                    seen[1] = Math.max(seen[1], rt.totalMemory() - rt.freeMemory());
                });
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (pool != null) {
            pool.shutdownNow();
        }
        print("%d unweighted alp-fusion events (incl. 1 %% integration) streamed on %d threads: %.0f s, %.0f events/s, "
                + "peak used heap %.0f MB, max heap %.0f MB, sum of weights %.5g pb", seen[0], threads, seconds,
                seen[0] / seconds, seen[1] / 1e6, rt.maxMemory() / 1e6, g.sumOfWeightsPb());
    }

    static void performance() {
        print("## performance");
        // matrix-element evaluations per second on points of the process' own channels
        for (String id : new String[] {"alp-fusion", "bhabha-2gamma"}) {
            ProcessRequest request = ProcessRequest.of(id).withMass(1.0);
            MatrixElement me = MatrixElements.create(id, id.equals("alp-fusion")
                    ? Map.of("massGeV", 1.0, "couplingPerGeV", 1e-3) : Map.of());
            ScatteringIntegrand integrand = ProcessCatalog.integrand(request, "perf");
            PhaseSpaceChannel channel = id.equals("alp-fusion")
                    ? new org.alpwb.physics.phasespace.PeripheralChannel(0, 2, 3, 4, ME, 1.0)
                    : new org.alpwb.physics.phasespace.RamboChannel(me.massesGeV());
            int count = 2000;
            double[][] points = new double[count][];
            var rng = org.apache.commons.rng.simple.RandomSource.XO_SHI_RO_256_PP.create(new long[] {1, 2, 3, 4});
            for (int i = 0; i < count; i++) {
                double[] x = new double[channel.dimensions()];
                double[] p = new double[4 * channel.particleCount()];
                do {
                    for (int d = 0; d < x.length; d++) {
                        x[d] = rng.nextDouble();
                    }
                } while (!(channel.generate(SQRT_S, x, p) > 0));
                points[i] = p;
            }
            double sink = 0;
            for (int warm = 0; warm < 5; warm++) {
                for (double[] p : points) {
                    sink += me.squared(p);
                }
            }
            long t0 = System.nanoTime();
            int reps = 10;
            for (int r = 0; r < reps; r++) {
                for (double[] p : points) {
                    sink += me.squared(p);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            print("%s: %.3g matrix-element evaluations/s (1 thread, %d points x %d; checksum %.3g; %d channels)", id,
                    reps * count / seconds, count, reps, sink, integrand.channelCount());
        }
        // time to 0.5 % at m = 1 GeV, 1 vs 2 threads
        ProcessRequest request = ProcessRequest.of("alp-fusion").withMass(1.0).withPrecision(5e-3);
        double[] values = new double[2];
        for (int threads = 1; threads <= 2; threads++) {
            long t0 = System.nanoTime();
            CrossSectionResult r = xsec(request, new SeedSequence(1, "bench"), threads);
            double seconds = (System.nanoTime() - t0) / 1e9;
            values[threads - 1] = r.crossSection().valuePb();
            print("alp-fusion m = 1 GeV to 0.5 %%: %d thread(s): sigma = %.6g +- %.2g pb, %d points, %.1f s", threads,
                    r.crossSection().valuePb(), r.crossSection().errorPb(), r.crossSection().evaluations(), seconds);
        }
        print("1 vs 2 threads bit-identical: %b", values[0] == values[1]);
        // unweighted events/s and memory of a streamed run (events dropped after counting)
        for (int threads = 1; threads <= 2; threads++) {
            ExecutorService pool = pool(threads);
            AlpFusionGenerator generator = new AlpFusionGenerator();
            ProcessRequest r1 = request.withPrecision(0.01);
            SeedSequence seeds = new SeedSequence(2, "bench");
            generator.crossSection(r1, seeds, pool, ProgressMonitor.NONE);
            long[] count = new long[1];
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long before = rt.totalMemory() - rt.freeMemory();
            long[] peak = {before};
            long t0 = System.nanoTime();
            int events = 200_000;
            GenerationResult g = generator.generate(r1, events, true, seeds, pool, ProgressMonitor.NONE, b -> {
                count[0] += b.eventCount();
                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
            });
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (pool != null) {
                pool.shutdownNow();
            }
            print("%d unweighted alp-fusion events streamed, %d thread(s): %.1f s = %.0f events/s (after integration), "
                    + "efficiency %.3f, overweight fraction %.2g, sum of weights / sigma - 1 = %.2g +- %.1g (MC error "
                    + "of sigma), peak used heap %.0f MB (baseline %.0f MB, max heap %.0f MB)", count[0], threads,
                    seconds, count[0] / seconds, (double) g.events() / g.trials(), g.overweightFraction(),
                    g.sumOfWeightsPb() / g.crossSection().crossSection().valuePb() - 1,
                    g.crossSection().crossSection().relativeError(), peak[0] / 1e6, before / 1e6, rt.maxMemory() / 1e6);
        }
    }
}
