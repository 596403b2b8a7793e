package org.alpwb.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.cli.LimitsCommand;
import org.alpwb.limits.pyhf.Channel;
import org.alpwb.limits.pyhf.Measurement;
import org.alpwb.limits.pyhf.Modifier;
import org.alpwb.limits.pyhf.ModifierType;
import org.alpwb.limits.pyhf.Observation;
import org.alpwb.limits.pyhf.ParameterSetting;
import org.alpwb.limits.pyhf.Sample;
import org.alpwb.limits.pyhf.Workspace;
import org.alpwb.limits.pyhf.WorkspaceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pyhf's validation suite run through {@code alpwb limits}. Source: scikit-hep/pyhf,
 * {@code tests/test_validation.py} (model specs, test statistic, mu, tolerance and expected CLs numbers per
 * case) with the bin contents of {@code validation/data/*.json}. Nothing is copied: the workspaces are
 * written here from the published numbers (a few bins each). pyhf runs every case with normsys code1 (its
 * {@code modifier_settings}) and histosys code0 (its default), our defaults for pyhf workspaces, and with
 * {@code test_stat="q"} except the discovery case ({@code q0}).
 * <p>
 * Two references per case. (1) An exact re-computation by a different method
 * ({@code src/test/python/pyhf_validation_exact.py}: scipy L-BFGS-B + Powell on each half-line of every
 * alpha, so the code0/code1 kinks cannot trap it), to 1e-6 relative: our Newton fits converge to ~1e-10 in
 * q, scipy's to ~1e-7 in CLs. (2) pyhf's published numbers at pyhf's own tolerance where they agree with the
 * exact value to it, else at a stated looser one: pyhf's numbers (made with an older pyhf and minimiser)
 * are off the exact value by 3.4e-5 (1bin_shapesys), 3.3e-4 (q0 band, -2 sigma; pyhf allows 3e-4),
 * 4.7e-5 (1bin_lumi), 2.9e-5 (1bin_normsys), 2.2e-5 (2bin_2channel) and 1.2e-4 (couplednorm band): those
 * use 1e-4, 5e-4 and 2e-4. 2bin_2channel_coupledhistosys: pyhf's numbers (CLs_obs 0.0797) are those of a
 * local minimum. At mu = 1 the likelihood has minima at alpha = -0.359 (-ln L lower by 0.252) and
 * alpha = +0.481 (the code0 kink at 0 with the bkg2 variations both below nominal); the global minimum
 * gives CLs_obs 0.1383. We report the global minimum, and reproduce pyhf's numbers (to 1e-4) by restricting
 * alpha to [0, 5] in the measurement, which shows the model is pyhf's and only the minimum differs.
 */
class PyhfValidationTest {

    /** pyhf's published numbers with the tolerance used here, and the exact re-computation. */
    record Case(String name, Workspace workspace, String testStat, double mu, double obs, double[] exp,
            double tolerance, double exactObs, double[] exactExp) {
    }

    private static Sample sample(String name, double[] data, Modifier... modifiers) {
        return new Sample(name, data, List.of(modifiers));
    }

    private static Modifier mu() {
        return Modifier.simple("mu", ModifierType.NORMFACTOR);
    }

    private static double[] v(double... x) {
        return x;
    }

    private static Workspace ws(List<Channel> channels, List<Observation> obs, ParameterSetting... parameters) {
        return new Workspace(channels, obs, List.of(new Measurement("meas", "mu", List.of(parameters))), "1.0.0");
    }

    private static Workspace oneChannel(double[] data, Sample... samples) {
        return ws(List.of(new Channel("singlechannel", List.of(samples))),
                List.of(new Observation("singlechannel", data)));
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("1bin_shapesys", oneChannel(v(55), sample("signal", v(10), mu()),
                sample("background", v(50), Modifier.perBin("uncorr_bkguncrt", ModifierType.SHAPESYS, v(7)))),
                "q", 1.0, 0.45418892944576333, v(0.06372011644331387, 0.1509686618126131, 0.3279657430196915,
                        0.604613569829645, 0.8662652332047568), 1e-4,
                0.4541865302, v(0.06371798271, 0.1509650147, 0.3279606682, 0.6046087046, 0.8662627474)));
        c.add(new Case("1bin_shapesys_q0", oneChannel(v(80), sample("signal", v(25), mu()),
                sample("background", v(50), Modifier.perBin("uncorr_bkguncrt", ModifierType.SHAPESYS, v(7)))),
                "q0", 0.0, 0.003936883191585841, v(1.2204714710520103e-05, 0.0006405237426269669,
                        0.013202867164405075, 0.11119604157594337, 0.41286079728391695), 5e-4,
                0.00393687844, v(1.220876964e-05, 0.0006406910927, 0.01320540799, 0.1112102331, 0.4128899572)));
        c.add(new Case("1bin_lumi", ws(List.of(new Channel("channel1", List.of(sample("signal", v(20), mu()),
                sample("background1", v(100), Modifier.simple("lumi", ModifierType.LUMI)),
                sample("background2", v(0), Modifier.simple("lumi", ModifierType.LUMI))))),
                List.of(new Observation("channel1", v(55))),
                new ParameterSetting("lumi", new double[][] {{0, 10}}, v(1), null, v(1), v(0.1))),
                "q", 1.0, 0.010473144401519705, v(0.01060400765567206, 0.04022451457730529, 0.13614632580079802,
                        0.37078985531427255, 0.7110468540175344), 1e-4,
                0.01047282923, v(0.01060350619, 0.04022308422, 0.1361430045, 0.3707845418, 0.7110423236)));
        c.add(new Case("1bin_normsys", oneChannel(v(120, 180), sample("signal", v(30, 95), mu()),
                sample("background", v(100, 150), Modifier.normsys("bkg_norm", 1.10, 0.90))),
                "q", 1.0, 0.0006735336290569807, v(7.472581399417304e-10, 5.741738272450336e-08,
                        3.690120950161796e-06, 0.00016966882793076826, 0.004392935288879465), 1e-4,
                0.0006735341339, v(7.472801318e-10, 5.741882882e-08, 3.690198359e-06, 0.0001696716829, 0.004392991406)));
        c.add(new Case("2bin_histosys", oneChannel(v(120, 180), sample("signal", v(30, 95), mu()),
                sample("background", v(100, 150), Modifier.histosys("bkg_norm", v(102, 190), v(98, 100)))),
                "q", 1.0, 0.1001463460725534, v(7.133904244038431e-06, 0.00012547100627138575,
                        0.001880010666437615, 0.02078964907605385, 0.13692494523572218), 8e-5,
                0.1001462347, v(7.133995218e-06, 0.0001254635519, 0.001879923354, 0.02078894445, 0.1369219147)));
        c.add(new Case("2bin_2channel", ws(List.of(
                new Channel("signal", List.of(sample("signal", v(10, 35), mu()), sample("background", v(100, 150),
                        Modifier.perBin("uncorr_bkguncrt_signal", ModifierType.SHAPESYS, v(10, 10))))),
                new Channel("control", List.of(sample("background", v(200, 350),
                        Modifier.perBin("uncorr_bkguncrt_control", ModifierType.SHAPESYS, v(5, 10)))))),
                List.of(new Observation("signal", v(110, 155)), new Observation("control", v(205, 345)))),
                "q", 1.0, 0.0563327694384318, v(0.0004349234603527283, 0.003422361539161119, 0.02337454317608372,
                        0.12186650297311125, 0.40382274594391104), 1e-4,
                0.05633262928, v(0.0004349138413, 0.003422301869, 0.02337424184, 0.1218654545, 0.4038208017)));
        c.add(new Case("2bin_2channel_couplednorm", ws(List.of(
                new Channel("signal", List.of(sample("signal", v(10, 35), mu()),
                        sample("bkg1", v(100, 100), Modifier.normsys("coupled_normsys", 1.1, 0.9)),
                        sample("bkg2", v(50, 100), Modifier.normsys("coupled_normsys", 1.5, 0.5)))),
                new Channel("control", List.of(sample("background", v(100, 100),
                        Modifier.normsys("coupled_normsys", 1.1, 0.9))))),
                List.of(new Observation("signal", v(105, 220)), new Observation("control", v(110, 105)))),
                "q", 1.0, 0.5906216823766879, v(0.05522270453784095, 0.1361301880753241, 0.30686879632329855,
                        0.5839437910061168, 0.8554708284963864), 2e-4,
                0.5906276415, v(0.05522925937, 0.1361419416, 0.3068858792, 0.5839608978, 0.8554799582)));
        c.add(new Case("2bin_2channel_coupledhistosys", ws(List.of(
                new Channel("signal", List.of(sample("signal", v(30, 35), mu()),
                        sample("bkg1", v(100, 100), Modifier.histosys("coupled_histosys", v(110, 110), v(90, 90))),
                        sample("bkg2", v(50, 120), Modifier.histosys("coupled_histosys", v(55, 55), v(45, 45))))),
                new Channel("control", List.of(sample("background", v(105, 100),
                        Modifier.histosys("coupled_histosys", v(110, 115), v(95, 90)))))),
                List.of(new Observation("signal", v(170, 220)), new Observation("control", v(110, 105)))),
                "q", 1.0, 0.07967400132261188, v(1.7654378902209275e-05, 0.00026266409358853543,
                        0.0033401113778672156, 0.03152286332324451, 0.17907927340107824), 1e-6,
                0.1383051519, v(0.001783676542, 0.01031172145, 0.0522637006, 0.206055706, 0.535729672)));
        c.add(new Case("2bin_2channel_coupledshapefactor", ws(List.of(
                new Channel("signal", List.of(sample("signal", v(20, 20), mu()),
                        sample("bkg1", v(100, 70), Modifier.simple("coupled_shapefactor", ModifierType.SHAPEFACTOR)))),
                new Channel("control", List.of(sample("background", v(100, 100),
                        Modifier.simple("coupled_shapefactor", ModifierType.SHAPEFACTOR))))),
                List.of(new Observation("signal", v(220, 230)), new Observation("control", v(200, 300)))),
                "q", 1.0, 0.5421679124909312, v(0.013753299929451691, 0.048887400056355966, 0.15555296253957684,
                        0.4007561343326305, 0.7357169630955912), 2.5e-6,
                0.5421677486, v(0.01375330085, 0.04888740249, 0.1555529678, 0.4007561422, 0.7357169693)));
        return c;
    }

    static JsonNode run(Path dir, Workspace ws, String... options) throws Exception {
        Path file = dir.resolve("ws-" + System.nanoTime() + ".json");
        WorkspaceWriter.write(ws, file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandIO io = new CommandIO(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, dir,
                () -> ProgressMonitor.NONE);
        List<String> args = new ArrayList<>(List.of("--workspace", file.getFileName().toString(), "--json"));
        args.addAll(List.of(options));
        int rc = new LimitsCommand().run(args, io);
        assertEquals(ExitCodes.OK, rc, err.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static double worst(JsonNode n, String key, double obs, double[] exp) {
        double worst = Math.abs(n.get(key + "_obs").asDouble() - obs) / obs;
        for (int i = 0; i < 5; i++) {
            worst = Math.max(worst, Math.abs(n.get(key + "_exp").get(i).asDouble() - exp[i]) / exp[i]);
        }
        return worst;
    }

    @Test
    void everyAsymptoticCaseGivesPyhfsNumbers(@TempDir Path dir) throws Exception {
        StringBuilder report = new StringBuilder();
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Case c : cases()) {
            JsonNode n = run(dir, c.workspace(), "--test-stat", c.testStat(), "--poi-value", Double.toString(c.mu()));
            String key = c.testStat().equals("q0") ? "p0" : "cls";
            double toExact = worst(n, key, c.exactObs(), c.exactExp());
            boolean localMinimum = c.name().equals("2bin_2channel_coupledhistosys");
            double toPyhf = localMinimum ? Double.NaN : worst(n, key, c.obs(), c.exp());
            report.append(String.format(Locale.ROOT, "%-34s %s_obs %.10g (pyhf %.10g, exact %.10g); worst relative "
                    + "deviation from exact %.1e, from pyhf %.1e (tolerance %.1e)%n", c.name(), key,
                    n.get(key + "_obs").asDouble(), c.obs(), c.exactObs(), toExact, toPyhf, c.tolerance()));
            if (!(toExact <= 1e-6) || !(localMinimum || toPyhf <= c.tolerance())) {
                failures.add(c.name());
            }
        }
        report.append(String.format(Locale.ROOT, "all cases: %.2f s%n", (System.nanoTime() - t0) * 1e-9));
        System.out.print(report);
        assertTrue(failures.isEmpty(), "outside tolerance: " + failures + "\n" + report);
    }

    @Test
    void coupledHistosysPyhfNumbersAreTheLocalMinimumAtPositiveAlpha(@TempDir Path dir) throws Exception {
        Case c = cases().stream().filter(x -> x.name().equals("2bin_2channel_coupledhistosys")).findFirst().orElseThrow();
        Workspace w = c.workspace();
        Workspace restricted = new Workspace(w.channels(), w.observations(), List.of(new Measurement("meas", "mu",
                List.of(new ParameterSetting("coupled_histosys", new double[][] {{0, 5}}, null, null, null, null)))),
                "1.0.0");
        JsonNode n = run(dir, restricted, "--test-stat", "q", "--poi-value", "1");
        // CLs_obs to 1.3e-7, the -2 sigma band value 3.6e-5 off (pyhf's older minimiser, as in the other cases)
        assertTrue(worst(n, "cls", c.obs(), c.exp()) <= 1e-4, n.toString());
        JsonNode global = run(dir, w, "--test-stat", "q", "--poi-value", "1");
        assertTrue(global.get("cls_obs").asDouble() > 1.5 * c.obs(), global.toString());
    }

    /**
     * pyhf's toy-based case 1bin_shapesys_q0_toys: p0_obs 0.004, expected [0, 0, 0.0135, 0.1365, 0.39854497]
     * from pyhf's default 2000 toys per hypothesis. A statistical comparison: our 4000 toys per hypothesis
     * (fixed seed); the binomial sigma of a tail fraction p from N toys is sqrt(p (1 - p) / N), combined for
     * both ensembles; the expected quantiles also carry the spread of the mu = 1 ensemble's quantile, of the
     * same order, hence a factor sqrt(2). Tolerance 3 combined sigma. The -2 and -1 sigma values are 0 in pyhf
     * (no mu = 0 toy beyond those quantiles): ours must be below 3 / 4000.
     */
    @Test
    void toyBasedDiscoveryCaseAgreesWithinToyStatistics(@TempDir Path dir) throws Exception {
        Case c = cases().stream().filter(x -> x.name().equals("1bin_shapesys_q0")).findFirst().orElseThrow();
        int toys = 4000;
        JsonNode n = run(dir, c.workspace(), "--test-stat", "q0", "--poi-value", "0", "--toys",
                Integer.toString(toys), "--seed", "7", "--threads", "2");
        double[] pyhfExp = {0.0, 0.0, 0.0135, 0.1365, 0.39854497};
        double obs = n.get("p0_obs").asDouble();
        assertEquals(0.004, obs, 3 * sigma(0.004, toys), "p0_obs");
        for (int i = 0; i < 5; i++) {
            double e = n.get("p0_exp").get(i).asDouble();
            if (pyhfExp[i] == 0) {
                assertTrue(e <= 3.0 / toys, "band " + i + ": " + e);
            } else {
                assertEquals(pyhfExp[i], e, 3 * Math.sqrt(2) * sigma(pyhfExp[i], toys), "band " + i);
            }
        }
        // and the toys agree with the asymptotic p0 (0.0039) where both hold, at the same tolerance
        assertEquals(c.exactObs(), obs, 3 * sigma(0.004, toys));
    }

    /** Combined binomial sigma of a tail fraction p estimated from pyhf's 2000 toys and our {@code toys}. */
    private static double sigma(double p, int toys) {
        return Math.sqrt(p * (1 - p) / 2000 + p * (1 - p) / toys);
    }
}
