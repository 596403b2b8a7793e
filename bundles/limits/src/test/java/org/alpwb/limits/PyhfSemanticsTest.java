package org.alpwb.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.cli.LimitsCommand;
import org.alpwb.limits.fit.FitResult;
import org.alpwb.limits.fit.ProfileLikelihood;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.HistFactoryModel;
import org.alpwb.limits.model.InterpolationCode;
import org.alpwb.limits.model.Interpolations;
import org.alpwb.limits.pyhf.Workspace;
import org.alpwb.limits.pyhf.WorkspaceReader;
import org.alpwb.limits.pyhf.WorkspaceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pyhf semantics beyond the validation numbers: interpolation codes, lenient reading, start points, schema. */
class PyhfSemanticsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path dir, String json, String... args) throws Exception {
        Files.writeString(dir.resolve("ws.json"), json);
        CommandIO io = new CommandIO(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, dir,
                () -> ProgressMonitor.NONE);
        List<String> a = new ArrayList<>(List.of("--workspace", "ws.json", "--json"));
        a.addAll(List.of(args));
        return new LimitsCommand().run(a, io);
    }

    /** Values written out from each code's definition (see InterpolationCode) for hi = 1.2, lo = 0.9, nominal 1. */
    @Test
    void interpolationCodesFollowTheirDefinitions() {
        double hi = 1.2;
        double lo = 0.9;
        InterpolationCode.Term c0 = InterpolationCode.CODE0.term(1, hi, lo);
        assertEquals(0.1, c0.delta(0.5), 1e-15);
        assertEquals(-0.2, c0.delta(-2), 1e-15);
        InterpolationCode.Term c1 = InterpolationCode.CODE1.term(1, hi, lo);
        assertEquals(Math.sqrt(1.2) - 1, c1.delta(0.5), 1e-15);
        assertEquals(0.81 - 1, c1.delta(-2), 1e-15);
        // code2: a = (up - down) / 2 = 0.05, b = (up + down) / 2 = 0.15
        InterpolationCode.Term c2 = InterpolationCode.CODE2.term(1, hi, lo);
        assertEquals(0.05 * 0.25 + 0.15 * 0.5, c2.delta(0.5), 1e-15);
        assertEquals(0.25 * 1 + 0.2, c2.delta(2), 1e-15);
        assertEquals(0.05 * 1 * -1 - 0.1, c2.delta(-2), 1e-15);
        InterpolationCode.Term c4 = InterpolationCode.CODE4.term(1, hi, lo);
        assertEquals(1.44 - 1, c4.delta(2), 1e-14);
        InterpolationCode.Term c4p = InterpolationCode.CODE4P.term(1, hi, lo);
        assertEquals(0.4, c4p.delta(2), 1e-15);
        assertEquals(-0.2, c4p.delta(-2), 1e-15);
        for (InterpolationCode code : InterpolationCode.values()) {
            InterpolationCode.Term t = code.term(10, 12, 9);
            assertEquals(0, t.delta(0), 1e-12, code + " at 0");
            assertEquals(2, t.delta(1), 1e-12, code + " at +1 gives hi");
            assertEquals(-1, t.delta(-1), 1e-12, code + " at -1 gives lo");
            for (double a : new double[] {-2.5, -1.3, -0.7, -0.2, 0.3, 0.8, 1.6}) {
                double h = 1e-6;
                double fd = (t.delta(a + h) - t.delta(a - h)) / (2 * h);
                assertEquals(fd, t.derivative(a), 1e-6, code + " derivative at " + a);
            }
        }
    }

    /** pyhf's default codes on read: a normsys at alpha = 2 is hi^2 (code1), a histosys linear (code0). */
    @Test
    void pyhfWorkspacesAreCompiledWithCode1AndCode0() {
        HistFactoryModel m = HistFactoryCompiler.compile(
                WorkspaceReader.parse(Models.resource("all-modifiers.json"), "x"), "meas", "x");
        double[] x = m.initialValues();
        int normsys = m.parameterNames().indexOf("bkg_norm");
        int histosys = m.parameterNames().indexOf("bkg_shape");
        x[normsys] = -0.5;
        // control region bin 0: background 200, normsys lo 0.97 -> 200 * 0.97^0.5
        assertEquals(200 * Math.sqrt(0.97), m.expected(x)[3], 1e-9);
        x[normsys] = 0;
        x[histosys] = 0.5;
        // histosys code0: 200 + 0.5 * (205 - 200)
        assertEquals(202.5, m.expected(x)[3], 1e-9);
        HistFactoryModel code4 = HistFactoryCompiler.compile(
                WorkspaceReader.parse(Models.resource("all-modifiers.json"), "x"), "meas", "x",
                new Interpolations(InterpolationCode.CODE4, InterpolationCode.CODE4P), w -> { });
        x[histosys] = 0;
        x[normsys] = -0.5;
        assertTrue(Math.abs(code4.expected(x)[3] - 200 * Math.sqrt(0.97)) > 1e-3, "code4 differs inside |alpha| < 1");
    }

    /**
     * With code4p the coupled-histosys case of pyhf's validation suite has two minima in alpha at mu = 1 (and
     * with code0 too, PyhfValidationTest): the fit must find the lower one, checked by a dense scan of alpha.
     */
    @Test
    void multimodalProfileFindsTheGlobalMinimum() {
        Workspace ws = PyhfValidationTest.cases().stream()
                .filter(c -> c.name().equals("2bin_2channel_coupledhistosys")).findFirst().orElseThrow().workspace();
        for (InterpolationCode code : List.of(InterpolationCode.CODE0, InterpolationCode.CODE4P, InterpolationCode.CODE2)) {
            HistFactoryModel m = HistFactoryCompiler.compile(ws, null, "coupledhisto", new Interpolations(
                    InterpolationCode.CODE1, code), w -> { });
            FitResult fit = new ProfileLikelihood().fixedPoiFit(m, 1.0, null);
            int alpha = m.parameterNames().indexOf("coupled_histosys");
            double scanMin = Double.POSITIVE_INFINITY;
            double[] x = m.initialValues();
            x[m.poiIndex()] = 1;
            for (double a = -5; a <= 5; a += 1e-4) {
                x[alpha] = a;
                scanMin = Math.min(scanMin, m.negativeLogLikelihood(x));
            }
            // grid step 1e-4 around a minimum of curvature ~10 leaves < 1e-7 above the true minimum
            assertTrue(fit.nll() <= scanMin + 1e-9, code + ": fit " + fit.nll() + " vs scan " + scanMin);
        }
    }

    private static final String SIGNAL_ONLY = """
            {"channels": [{"name": "ch", "samples": [{"name": "signal", "data": [1000.0], "modifiers": [
              {"name": "mu_sig", "type": "normfactor", "data": null},
              {"name": "unc", "type": "normsys", "data": {"hi": 1.5, "lo": 0.5}}]}]}],
             "observations": [{"name": "ch", "data": [1000]}],
             "measurements": [{"name": "meas", "config": {"poi": "mu_sig", "parameters": [%s]}}],
             "version": "1.0.0"}""";

    /**
     * The two workspaces of pyhf's tests/test_export (a signal-only channel with a normsys, one without POI
     * bounds, one without inits; re-typed here): mu = 0 predicts nothing where 1000 events are seen, so the
     * background-only fit has no finite -ln L. That must give a result, not an exception.
     */
    @Test
    void signalOnlyWorkspacesGiveResults(@TempDir Path dir) throws Exception {
        for (String parameters : List.of("{\"name\": \"mu_sig\", \"inits\": [5]}",
                "{\"name\": \"mu_sig\", \"bounds\": [[-5, 5]]}")) {
            out.reset();
            err.reset();
            String ws = String.format(SIGNAL_ONLY, parameters);
            assertEquals(ExitCodes.OK, run(dir, ws, "--poi-value", "1"), err.toString());
            JsonNode n = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
            double cls = n.get("cls_obs").asDouble();
            // mu = 1 is the best fit: not excluded
            assertTrue(cls > 0.3 && cls <= 1, n.toString());
            out.reset();
            assertEquals(ExitCodes.OK, run(dir, ws, "--poi-value", "0", "--test-stat", "q0"), err.toString());
            n = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
            // observed events with nothing expected at mu = 0: mu = 0 is impossible, p0 = 0
            assertEquals(0.0, n.get("p0_obs").asDouble(), 0.0, n.toString());
        }
    }

    /**
     * Valid against pyhf's schema, accepted by pyhf: a measurement parameter matching no modifier (pyhf's
     * tests/test_patchset/example_bkgonly.json has alpha_syst1; ignored by pyhf, with a warning here) and an
     * empty measurement name (tests/test_modifiers/issue1720_greedy_staterror.json). Re-typed minimal cases.
     */
    @Test
    void readerAcceptsWhatPyhfAccepts(@TempDir Path dir) throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(Models.resource("pyhf-two-bin.json"));
        ObjectNode p = ((ArrayNode) tree.at("/measurements/0/config/parameters")).addObject();
        p.put("name", "alpha_syst1");
        p.putArray("auxdata").add(0.0);
        p.putArray("sigmas").add(1.0);
        String extra = tree.toString();
        assertEquals(ExitCodes.OK, run(dir, extra, "--poi-value", "1"), err.toString());
        assertTrue(err.toString().contains("warning") && err.toString().contains("alpha_syst1"), err.toString());
        JsonNode n = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(0.0525155, n.get("cls_obs").asDouble(), 1e-7, "ignored parameter changes nothing");
        out.reset();
        String emptyName = """
                {"channels": [{"name": "channel", "samples": [
                  {"name": "signal", "data": [5], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
                  {"name": "bkg", "data": [1], "modifiers": [{"name": "NP", "type": "shapesys", "data": [1.5]}]}]}],
                 "observations": [{"name": "channel", "data": [0]}],
                 "measurements": [{"name": "", "config": {"poi": "mu", "parameters": []}}], "version": "1.0.0"}""";
        assertEquals(ExitCodes.OK, run(dir, emptyName, "--upper-limit"), err.toString());
        n = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(n.get("mu_up_obs").asDouble() > 0, n.toString());
    }

    @Test
    void badOptionsNameTheAllowedValues(@TempDir Path dir) throws Exception {
        String ws = Models.resource("pyhf-two-bin.json");
        assertEquals(ExitCodes.BAD_INPUT, run(dir, ws, "--poi-value", "1", "--test-stat", "qq"));
        assertTrue(err.toString().contains("qtilde, q, q0"), err.toString());
        assertEquals(ExitCodes.BAD_INPUT, run(dir, ws, "--upper-limit", "--test-stat", "q0"));
        assertEquals(ExitCodes.BAD_INPUT, run(dir, ws, "--poi-value", "1", "--normsys-interp", "code3"));
        assertTrue(err.toString().contains("code0, code1, code2, code4, code4p"), err.toString());
    }

    @Test
    void writtenWorkspacesSatisfyPyhfsSchema() throws Exception {
        List<Workspace> all = new ArrayList<>();
        all.add(WorkspaceReader.parse(Models.resource("all-modifiers.json"), "all-modifiers.json"));
        all.add(Models.twoBinWorkspace());
        all.add(Models.singleBinWorkspace(3, 10, 12, 50));
        PyhfValidationTest.cases().forEach(c -> all.add(c.workspace()));
        ObjectMapper json = new ObjectMapper();
        for (Workspace w : all) {
            JsonNode tree = json.readTree(WorkspaceWriter.toJson(w));
            assertEquals(List.of(), PyhfSchema.violations(tree));
        }
        // the checks can fail: each broken copy is caught
        ObjectNode good = (ObjectNode) json.readTree(WorkspaceWriter.toJson(all.get(0)));
        ObjectNode noVersion = good.deepCopy();
        noVersion.remove("version");
        ObjectNode extra = good.deepCopy();
        extra.put("comment", "x");
        ObjectNode lumiName = good.deepCopy();
        ((ObjectNode) lumiName.at("/channels/0/samples/0/modifiers/1")).put("name", "luminosity");
        ObjectNode emptyData = good.deepCopy();
        ((ObjectNode) emptyData.at("/observations/0")).putArray("data");
        ObjectNode badType = good.deepCopy();
        ((ObjectNode) badType.at("/channels/0/samples/0/modifiers/0")).put("type", "normfactors");
        ObjectNode noParameters = good.deepCopy();
        ((ObjectNode) noParameters.at("/measurements/0/config")).remove("parameters");
        ObjectNode histo = good.deepCopy();
        ((ObjectNode) histo.at("/channels/0/samples/1/modifiers/0/data")).remove("lo_data");
        ObjectNode fixed = good.deepCopy();
        ((ObjectNode) ((ArrayNode) fixed.at("/measurements/0/config/parameters")).get(0)).put("fixed", "yes");
        for (ObjectNode broken : List.of(noVersion, extra, lumiName, emptyData, badType, noParameters, histo, fixed)) {
            assertFalse(PyhfSchema.violations(broken).isEmpty(), broken.toString());
        }
    }
}
