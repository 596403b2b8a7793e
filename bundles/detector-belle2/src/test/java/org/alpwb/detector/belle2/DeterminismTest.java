package org.alpwb.detector.belle2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static byte[] run(EventBlock events, int threads, long studySeed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return SimulateTask.simulateInChunks(new Belle2Detector(), events,
                    SimulationOptions.nominal("exp24-run985"), new SeedSequence(studySeed, "task"), pool,
                    ProgressMonitor.NONE).toBytes();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void sameBytesForOneAndTwoThreadsAndSourceIndicesSpanChunks() throws Exception {
        int n = 2 * SimulateTask.CHUNK_EVENTS + 123; // three chunks
        EventBlock events = ReconstructionTest.eegg(n);
        byte[] one = run(events, 1, 42);
        byte[] two = run(events, 2, 42);
        assertArrayEquals(one, two);
        assertFalse(Arrays.equals(one, run(events, 2, 43)), "a different seed must change the sample");
        RecoBlock reco = RecoBlock.fromBytes(one);
        assertEquals(n, reco.eventCount());
        for (int i = 0; i < n; i++) {
            assertEquals(i, reco.sourceEvent()[i]);
        }
    }
}
