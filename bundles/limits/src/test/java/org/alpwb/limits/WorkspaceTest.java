package org.alpwb.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.UpperLimitResult;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.HistFactoryModel;
import org.alpwb.limits.pyhf.Workspace;
import org.alpwb.limits.pyhf.WorkspaceReader;
import org.alpwb.limits.pyhf.WorkspaceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @Test
    void roundTripIsLosslessForEveryModifierType(@TempDir Path dir) throws Exception {
        String json = Models.resource("all-modifiers.json");
        Workspace ws = WorkspaceReader.parse(json, "all-modifiers.json");
        Path file = dir.resolve("ws.json");
        WorkspaceWriter.write(ws, file);
        Workspace back = WorkspaceReader.read(file);
        ObjectMapper m = new ObjectMapper();
        // the JSON trees are equal: nothing the reader understood was lost or altered
        assertEquals(m.readTree(json), m.readTree(Files.readString(file)));
        assertEquals(WorkspaceWriter.toTree(ws), WorkspaceWriter.toTree(back));
        HistFactoryModel a = HistFactoryCompiler.compile(ws, "meas", "a");
        HistFactoryModel b = HistFactoryCompiler.compile(back, "meas", "b");
        assertEquals(a.parameterNames(), b.parameterNames());
        double[] x = a.initialValues();
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.01 * (i % 5) * (i % 2 == 0 ? 1 : -1);
        }
        assertEquals(a.negativeLogLikelihood(x), b.negativeLogLikelihood(x), 0.0);
    }

    @Test
    void twoBinRoundTripGivesTheSameLimits() {
        Workspace ws = Models.twoBinWorkspace();
        Workspace back = WorkspaceReader.parse(WorkspaceWriter.toJson(ws), "written");
        AsymptoticCalculator calc = new AsymptoticCalculator();
        UpperLimitResult a = calc.upperLimit(HistFactoryCompiler.compile(ws, null, "a"), 0.95,
                CalculatorOptions.defaults(), ProgressMonitor.NONE);
        UpperLimitResult b = calc.upperLimit(HistFactoryCompiler.compile(back, null, "b"), 0.95,
                CalculatorOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(a.observed(), b.observed(), 0.0);
        assertArrayEquals(a.expected(), b.expected(), 0.0);
    }

    @Test
    void measurementSettingsAreApplied() {
        HistFactoryModel m = HistFactoryCompiler.compile(
                WorkspaceReader.parse(Models.resource("all-modifiers.json"), "x"), "meas", "x");
        int poi = m.poiIndex();
        assertEquals("mu", m.parameterNames().get(poi));
        assertEquals(0, m.lowerBounds()[poi]);
        assertEquals(5, m.upperBounds()[poi]);
        int lumi = m.parameterNames().indexOf("lumi");
        assertTrue(m.fixedParameters()[m.parameterNames().indexOf("fixed_norm")]);
        assertEquals(1.0, m.initialValues()[lumi]);
        assertEquals(0.5, m.lowerBounds()[lumi]);
    }

    @Test
    void errorsNameTheJsonPath() {
        String good = Models.resource("pyhf-two-bin.json");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WorkspaceReader.parse(
                good.replace("\"shapesys\"", "\"shapesystematic\""), "bad.json"));
        assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
        assertTrue(e.getMessage().contains("channels[0].samples[1].modifiers[0].type"), e.getMessage());
        assertTrue(e.getMessage().contains("shapesystematic"), e.getMessage());
        assertTrue(e.getMessage().contains("normsys"), e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> WorkspaceReader.parse(
                good.replace("[3.0, 7.0]", "[3.0]"), "bad.json"));
        assertTrue(e.getMessage().contains("channels[0].samples[1].modifiers[0].data"), e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> WorkspaceReader.parse(
                good.replace("[51.0, 48.0]", "[51.0, \"x\"]"), "bad.json"));
        assertTrue(e.getMessage().contains("observations[0].data[1]"), e.getMessage());

        Workspace ws = WorkspaceReader.parse(good.replace("\"poi\": \"mu\"", "\"poi\": \"nu\""), "bad.json");
        e = assertThrows(InvalidInputException.class, () -> HistFactoryCompiler.compile(ws, null, "bad.json"));
        assertTrue(e.getMessage().contains("config.poi") && e.getMessage().contains("nu")
                && e.getMessage().contains("mu"), e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> WorkspaceReader.parse("{\"channels\": 3}", "bad.json"));
        assertTrue(e.getMessage().contains("'channels'"), e.getMessage());
    }

    @Test
    void exampleFileIsTheTestResource() throws Exception {
        Path example = Path.of("../../examples/workspaces/pyhf-two-bin.json");
        assertEquals(new ObjectMapper().readTree(Models.resource("pyhf-two-bin.json")),
                new ObjectMapper().readTree(Files.readString(example)));
    }
}
