package org.alpwb.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared bundles know no strategy: the main sources of bundles/analysis and bundles/report contain none of the
 * installed strategies' ids (issue 9). Runs in this module's directory (Surefire's working directory).
 */
class NoStrategyIdsTest {
    static final List<String> IDS = List.of("thesis-cuts", "slides-cuts", "thesis-nn", "binned-4d", "fisher-cut");

    @Test
    void analysisAndReportSourcesNameNoStrategy() throws IOException {
        List<String> hits = new ArrayList<>();
        int files = 0;
        for (Path root : List.of(Path.of("src/main"), Path.of("../report/src/main"))) {
            assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " must exist");
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    files++;
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    for (String id : IDS) {
                        if (text.contains(id)) {
                            hits.add(f + ": " + id);
                        }
                    }
                }
            }
        }
        assertTrue(files > 20, "scanned " + files + " files");
        assertEquals(List.of(), hits);
    }
}
