package org.alpwb.executor.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** squeue's compact output, as Slurm 22.05 prints it for arrays (pending ranges, throttles, single elements). */
class SqueueParsingTest {

    @Test
    void pendingRangesRunningElementsAndFinishedOnesAreExpanded() {
        Map<String, SlurmCommands.ElementState> states = new LinkedHashMap<>();
        SlurmCommands.parseSqueue("""
                12_[3-5,8%2] PD Resources
                12_0 R None
                12_1 CD None
                13_[0-1] PD DependencyNeverSatisfied
                14 F NonZeroExitCode
                """, states);
        assertEquals(9, states.size(), states.toString());
        assertEquals("PD", states.get("12_5").state());
        assertEquals("PD", states.get("12_8").state());
        assertTrue(states.get("12_0").alive());
        assertFalse(states.get("12_1").alive());
        assertEquals("DependencyNeverSatisfied", states.get("13_1").reason());
        assertFalse(states.get("14_0").alive());
    }
}
