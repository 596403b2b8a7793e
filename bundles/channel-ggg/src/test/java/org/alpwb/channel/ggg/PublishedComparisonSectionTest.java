package org.alpwb.channel.ggg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plumbing of the publication comparison: the reference table reads, the nearest usable limit point is taken. */
class PublishedComparisonSectionTest {
    @Test
    void referenceTableCoversTheSearchRangeInOrder() throws Exception {
        List<PublishedComparisonSection.Reference> refs = PublishedComparisonSection.references();
        assertEquals(15, refs.size());
        assertEquals(0.25, refs.get(0).massGeV());
        assertEquals(9.5, refs.get(refs.size() - 1).massGeV());
        for (PublishedComparisonSection.Reference r : refs) {
            assertTrue(r.minPerGeV() <= r.medianPerGeV() && r.medianPerGeV() <= r.maxPerGeV(), "at " + r.massGeV());
        }
    }

    @Test
    void nearestOkPointIsUsedAndFailedPointsAreSkipped() {
        List<Map<String, Object>> points = List.of(
                Map.of("massGeV", 0.98, "status", "ok", "couplingUpPerGeV", List.of(1, 2, 3.0, 4, 5)),
                Map.of("massGeV", 1.0, "status", "no limit: background fit not positive", "couplingUpPerGeV",
                        List.of(1, 2, 9.0, 4, 5)),
                Map.of("massGeV", 1.05, "status", "ok", "couplingUpPerGeV", List.of(1, 2, 7.0, 4, 5)));
        double[] at = PublishedComparisonSection.nearestExpected(points, 1.0);
        assertEquals(0.98, at[0]);
        assertEquals(3.0, at[1]);
        assertTrue(Double.isNaN(PublishedComparisonSection.nearestExpected(points, 5.0)[1]), "none within 0.1 GeV");
    }
}
