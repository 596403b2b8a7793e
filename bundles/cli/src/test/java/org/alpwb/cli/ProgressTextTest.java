package org.alpwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTextTest {

    @Test
    void lineShowsPercentageRateAndTimeLeft() {
        // 250 of 1000 steps in 5 s: 50/s, 750 steps left -> 15 s; the percentage is padded to 3 digits so the
        // live line does not jitter
        assertEquals("generate:  25% 250/1000 50/s ETA 0:15 (grid 2)",
                ProgressText.line("generate", 250, 1000, 5.0, "grid 2"));
    }

    @Test
    void unknownTotalShowsCountAndRateOnly() {
        assertEquals("scan: 1.2e5 2.4e4/s", ProgressText.line("scan", 120_000, 0, 5.0, ""));
    }

    @Test
    void durationsRollOverToHours() {
        assertEquals("1:01:01", ProgressText.duration(3661));
        assertEquals("0:59", ProgressText.duration(59.4));
    }

    @Test
    void studyEtaCountsTasksToComputeAndLeavesCachedOnesOut() {
        // 20 tasks, 10 cached, 4 computed, two running at 50 % each: 5 of 10 units in 60 s -> 60 s left
        assertEquals("study ~50% ETA ~1:00", ProgressText.studyEta(60, 20, 10, 4, 1.0));
        assertEquals("", ProgressText.studyEta(60, 20, 20, 0, 0), "everything cached: nothing to estimate");
        assertEquals("", ProgressText.studyEta(1, 20, 0, 1, 0), "too early");
    }
}
