package org.alpwb.api.classifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.parameter.ParameterSpec;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.study.TaskConfig;
import org.junit.jupiter.api.Test;

/** The value types of the plugin contracts: split, model bytes, declared parameters. */
class ContractValuesTest {

    @Test
    void splitIsSeededReproducibleAndHasTheRequestedFractions() {
        int n = 200_000;
        int[] a = new DataSplit(0.6, 0.2, 42).assign(n);
        assertArrayEquals(a, new DataSplit(0.6, 0.2, 42).assign(n));
        int[] counts = new int[3];
        for (int p : a) {
            counts[p]++;
        }
        // binomial: sigma = sqrt(n p (1 - p)) ~ 219 for p = 0.6; 5 sigma
        assertEquals(0.6 * n, counts[DataSplit.TRAIN], 5 * Math.sqrt(n * 0.6 * 0.4));
        assertEquals(0.2 * n, counts[DataSplit.VALIDATION], 5 * Math.sqrt(n * 0.2 * 0.8));
        assertEquals(0.2 * n, counts[DataSplit.TEST], 5 * Math.sqrt(n * 0.2 * 0.8));
        int[] prefix = new DataSplit(0.6, 0.2, 42).assign(1000); // a row's part depends on its index only
        for (int r = 0; r < 1000; r++) {
            assertEquals(a[r], prefix[r]);
        }
        int[] other = new DataSplit(0.6, 0.2, 43).assign(1000);
        int same = 0;
        for (int r = 0; r < 1000; r++) {
            same += other[r] == a[r] ? 1 : 0;
        }
        assertTrue(same < 600, "another seed gives another split (expected agreement 0.44, got " + same / 1000.0 + ")");
        assertThrows(IllegalArgumentException.class, () -> new DataSplit(0.9, 0.2, 1));
    }

    @Test
    void modelBytesRoundTripAndBadBytesNameTheSource() {
        ModelBytes m = new ModelBytes("mlp", 3, new byte[] {1, 2, 3});
        ModelBytes back = ModelBytes.fromBytes(m.toBytes(), "input classifier");
        assertEquals("mlp", back.classifierId());
        assertEquals(3, back.codecVersion());
        assertArrayEquals(new byte[] {1, 2, 3}, back.body());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ModelBytes.fromBytes(new byte[] {0, 0, 0, 0, 1}, "input classifier"));
        assertTrue(e.getMessage().contains("input classifier") && e.getMessage().contains(ModelBytes.ARTIFACT_TYPE));
        byte[] truncated = java.util.Arrays.copyOf(m.toBytes(), m.toBytes().length - 1);
        assertThrows(InvalidInputException.class, () -> ModelBytes.fromBytes(truncated, "x"));
    }

    @Test
    void declaredParametersAreCheckedAndNamed() {
        List<ParameterSpec> specs = List.of(ParameterSpec.number("cutCm", 1.0, 0, 10, "cm", "a cut"),
                ParameterSpec.integer("order", 3, 0, 8, "an order"),
                ParameterSpec.choice("mode", "fit", List.of("fit", "count"), "a mode"));
        ParameterValues d = ParameterValues.defaults(specs);
        assertEquals(Map.of("cutCm", 1.0, "order", 3L, "mode", "fit"), d.asMap());
        ParameterValues v = ParameterValues.resolve(specs, new TaskConfig("s.json", "tasks.t.config.parameters",
                Map.of("cutCm", 2, "mode", "count")));
        assertEquals(2.0, v.number("cutCm"), 0);
        assertEquals(List.of("cutCm", "mode"), v.overridden());
        InvalidInputException range = assertThrows(InvalidInputException.class, () -> ParameterValues.resolve(specs,
                new TaskConfig("s.json", "tasks.t.config.parameters", Map.of("cutCm", 11))));
        assertTrue(range.getMessage().contains("tasks.t.config.parameters.cutCm")
                && range.getMessage().contains("[0.0, 10.0] cm"), range.getMessage());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> ParameterValues.resolve(specs,
                new TaskConfig("s.json", "p", Map.of("cut", 1))));
        assertTrue(unknown.getMessage().contains("cutCm, order, mode"), unknown.getMessage());
        InvalidInputException type = assertThrows(InvalidInputException.class, () -> ParameterValues.resolve(specs,
                new TaskConfig("s.json", "p", Map.of("mode", "guess"))));
        assertTrue(type.getMessage().contains("fit, count"), type.getMessage());
    }
}
