package org.alpwb.generators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.CrossSectionResult;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.physics.amplitude.MatrixElement;
import org.alpwb.physics.amplitude.MatrixElements;
import org.alpwb.physics.integration.EventCut;
import org.alpwb.physics.integration.IntegrationResult;
import org.alpwb.physics.integration.IntegrationSettings;
import org.alpwb.physics.integration.MultiChannelIntegrator;
import org.alpwb.physics.integration.ScatteringIntegrand;
import org.alpwb.physics.lhe.LheReader;
import org.alpwb.physics.phasespace.ConversionChannel;
import org.alpwb.physics.phasespace.PeripheralChannel;
import org.alpwb.physics.phasespace.PhaseSpaceChannel;
import org.alpwb.physics.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorValidationTest {
    static final double ALPHA = 1 / 137.035999;
    static final double ME = 0.51099895e-3;

    @Test
    void alpStrahlungTotalAndAngularDistributionMatchTheFormula() {
        double m = 2.0;
        double g = 1e-3;
        double sqrtS = 10.5796;
        double s = sqrtS * sqrtS;
        ProcessRequest request = ProcessRequest.of("alp-strahlung").withMass(m).withPrecision(1e-3);
        List<EventBlock> blocks = new ArrayList<>();
        var result = new AlpStrahlungGenerator().generate(request, 20_000, false, new SeedSequence(3, "t"), null,
                ProgressMonitor.NONE, blocks::add);
        // sigma = (alpha g^2/24)(1 - m^2/s)^3 (Dolan et al. 1709.00009), in pb
        double exact = ALPHA * g * g / 24 * Math.pow(1 - m * m / s, 3) * 3.893794e8;
        // 0.5 % required; the flat 2-body channel gives it to 0.1 % with these points, so 4 sigma also holds
        assertEquals(exact, result.crossSection().crossSection().valuePb(), 0.005 * exact);
        // angular distribution of the ALP (intermediate, status 2): (1 + cos^2), 10 bins, weighted chi2
        int bins = 10;
        double[] h = new double[bins];
        double[] h2 = new double[bins];
        for (EventBlock b : blocks) {
            for (int i = 0; i < b.eventCount(); i++) {
                int a = b.offsets()[i] + 3;
                assertEquals(9000005, b.pdgIds()[a]);
                double p = Math.sqrt(b.px()[a] * b.px()[a] + b.py()[a] * b.py()[a] + b.pz()[a] * b.pz()[a]);
                int k = Math.min(bins - 1, (int) ((b.pz()[a] / p + 1) / 2 * bins));
                h[k] += b.weightsPb()[i];
                h2[k] += b.weightsPb()[i] * b.weightsPb()[i];
            }
        }
        double chi2 = 0;
        for (int k = 0; k < bins; k++) {
            double lo = -1 + 2.0 * k / bins;
            double hi = lo + 2.0 / bins;
            // integral of (3/8)(1 + c^2) over the bin, times sigma
            double expected = exact * 3 / 8 * ((hi - lo) + (hi * hi * hi - lo * lo * lo) / 3);
            chi2 += (h[k] - expected) * (h[k] - expected) / h2[k];
        }
        // 10 bins: chi2 < 29.6 is the 99.9 % quantile
        assertTrue(chi2 < 29.6, "chi2 " + chi2);
    }

    static IntegrationResult integrateWith(PhaseSpaceChannel[] channels, double mass, EventCut cut, long seed) {
        MatrixElement me = MatrixElements.create("alp-fusion", Map.of("massGeV", mass, "couplingPerGeV", 1e-3), "all");
        ScatteringIntegrand integrand = new ScatteringIntegrand(me, channels, 10.5796, false, new int[] {4},
                new int[][] {{22, 22}}, new double[][] {{0, 0}}, cut);
        IntegrationSettings settings = IntegrationSettings.forPrecision(6e-3).withMaxPoints(1_500_000);
        return new MultiChannelIntegrator(settings, null).integrate(integrand,
                new RandomStreams(new SeedSequence(seed, "fusion")), ProgressMonitor.NONE);
    }

    @Test
    void alpFusionAgreesBetweenTwoIndependentParametrisationsIncludingTheForwardRegion() {
        double mass = 0.5;
        // A: peripheral channel splitting the e- first, alone. B: the mirrored peripheral channel (e+ first) with
        // the conversion channel. Same matrix element, different variables and Jacobians.
        PhaseSpaceChannel[] a = {new PeripheralChannel(0, 2, 3, 4, ME, mass)};
        PhaseSpaceChannel[] b = {new PeripheralChannel(1, 3, 2, 4, ME, mass), new ConversionChannel(2, 3, 4, ME, mass)};
        IntegrationResult ra = integrateWith(a, mass, EventCut.NONE, 11);
        IntegrationResult rb = integrateWith(b, mass, EventCut.NONE, 12);
        double diff = ra.valuePb() - rb.valuePb();
        double err = Math.hypot(ra.errorPb(), rb.errorPb());
        // independent MC estimates: agree within 4 combined standard errors
        assertEquals(0, diff, 4 * err, "A " + ra.valuePb() + " +- " + ra.errorPb() + ", B " + rb.valuePb() + " +- " + rb.errorPb());
        // the very forward region: both leptons with pT < 1 MeV carry a large part of sigma at small mass
        EventCut forward = (p, pdg, fin) -> Math.hypot(p[9], p[10]) < 1e-3 && Math.hypot(p[13], p[14]) < 1e-3;
        IntegrationResult fa = integrateWith(a, mass, forward, 13);
        IntegrationResult fb = integrateWith(b, mass, forward, 14);
        assertEquals(0, fa.valuePb() - fb.valuePb(), 4 * Math.hypot(fa.errorPb(), fb.errorPb()),
                "forward A " + fa.valuePb() + " +- " + fa.errorPb() + ", B " + fb.valuePb() + " +- " + fb.errorPb());
        assertTrue(fa.valuePb() > 0.05 * ra.valuePb(), "forward fraction " + fa.valuePb() / ra.valuePb());
    }

    static CommandIO io(ByteArrayOutputStream out, ByteArrayOutputStream err, Path dir) {
        return new CommandIO(System.in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, dir, () -> ProgressMonitor.NONE);
    }

    @Test
    void xsecCommandPrintsJsonAndRejectsBadInput(@TempDir Path dir) throws Exception {
        XsecCommand command = new XsecCommand();
        command.addGenerator(new MuMuGenerator(), Map.of(ServiceProperties.ID, "mumu"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(List.of("--process", "mumu", "--precision", "0.01", "--json", "--threads", "1"),
                io(out, err, dir));
        assertEquals(ExitCodes.OK, code, err.toString());
        Map<?, ?> json = RequestJson.MAPPER.readValue(out.toString(StandardCharsets.UTF_8), Map.class);
        double sigma = ((Number) json.get("sigma_pb")).doubleValue();
        // analytic e+e- -> mu+mu- at 10.5796 GeV: (4 pi alpha^2/3s) beta (3 - beta^2)/2 = 776.4 pb; 1 % run, 4 sigma
        double s = 10.5796 * 10.5796;
        double beta = Math.sqrt(1 - 4 * 0.1056584 * 0.1056584 / s);
        double exact = 4 * Math.PI * ALPHA * ALPHA / (3 * s) * beta * (3 - beta * beta) / 2 * 3.893794e8;
        assertEquals(exact, sigma, 4 * ((Number) json.get("sigma_err_pb")).doubleValue());
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        int bad = command.run(List.of("--process", "mumu", "--cut", "theta_mni_deg=10"), io(new ByteArrayOutputStream(), err2, dir));
        assertEquals(ExitCodes.BAD_INPUT, bad);
        assertTrue(err2.toString().contains("theta_mni_deg") && err2.toString().contains("theta_min_deg"), err2.toString());
        assertTrue(!err2.toString().contains("at org."), "no stack trace");
        int unknown = command.run(List.of("--process", "nope"), io(new ByteArrayOutputStream(), new ByteArrayOutputStream(), dir));
        assertEquals(ExitCodes.BAD_INPUT, unknown);
    }

    @Test
    void generateCommandWritesAnLheFileThatReadsBack(@TempDir Path dir) throws Exception {
        GenerateCommand command = new GenerateCommand();
        command.addGenerator(new AlpFusionGenerator(), Map.of(ServiceProperties.ID, "alp-fusion"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(List.of("--process", "alp-fusion", "--mass", "1", "--precision", "0.03", "--events", "500",
                "--seed", "4", "--out", "fusion.lhe", "--threads", "2"), io(out, err, dir));
        assertEquals(ExitCodes.OK, code, err.toString());
        LheReader.LheFile file;
        try (var reader = Files.newBufferedReader(dir.resolve("fusion.lhe"))) {
            file = LheReader.read(reader, "fusion.lhe");
        }
        assertEquals(500, file.events().eventCount());
        // unweighted weights sum to sigma times the mean overweight ratio (1 unless overweights): 1 %
        assertEquals(file.init().totalCrossSectionPb(), file.events().sumOfWeightsPb(), 0.01 * file.init().totalCrossSectionPb());
        int fusion = 0;
        for (int i = 0; i < 500; i++) {
            String c = file.events().diagramClass(i);
            assertTrue(c.equals("fusion") || c.equals("conversion"), c);
            fusion += c.equals("fusion") ? 1 : 0;
            // 2 beams, e-, e+, ALP (intermediate), 2 photons
            assertEquals(7, file.events().offsets()[i + 1] - file.events().offsets()[i]);
        }
        assertTrue(fusion > 250, "fusion events " + fusion);
    }
}
