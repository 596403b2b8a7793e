package org.alpwb.executor.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.TaskConfig;
import org.junit.jupiter.api.Test;

class SlurmSettingsTest {

    private static TaskConfig block(Map<String, Object> values) {
        return new TaskConfig("study.json", "execution", values);
    }

    private static String error(Map<String, Object> values) {
        return assertThrows(InvalidInputException.class, () -> SlurmSettings.of(block(values))).getMessage();
    }

    @Test
    void defaultsAreSensibleForABatchFarm() {
        SlurmSettings settings = SlurmSettings.of(block(Map.of("executor", "slurm")));
        assertEquals(4, settings.chunkSize());
        assertEquals(2, settings.retries());
        assertEquals("01:00:00", settings.timeLimit());
        assertEquals(4096 * 4 / 5, settings.workerHeapMB());
    }

    @Test
    void badFieldsAreNamedWithTheAllowedValues() {
        String negative = error(Map.of("chunkSize", -3));
        assertTrue(negative.contains("execution.chunkSize") && negative.contains("[1, 100000]"), negative);
        String time = error(Map.of("timeLimit", "half an hour"));
        assertTrue(time.contains("execution.timeLimit") && time.contains("HH:MM:SS"), time);
        String option = error(Map.of("sbatchOptions", List.of("--account=x", "--array=0-3")));
        assertTrue(option.contains("execution.sbatchOptions[1]"), option);
        String unknown = error(Map.of("partitoin", "debug"));
        assertTrue(unknown.contains("execution.partitoin") && unknown.contains("partition"), unknown);
    }

    @Test
    void slurmTimeFormatsAreAccepted() {
        for (String time : List.of("30", "30:00", "01:30:00", "2-00", "2-12:00:00")) {
            assertEquals(time, SlurmSettings.of(block(Map.of("timeLimit", time))).timeLimit());
        }
    }
}
