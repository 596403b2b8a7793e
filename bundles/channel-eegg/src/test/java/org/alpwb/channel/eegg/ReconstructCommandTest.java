package org.alpwb.channel.eegg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

/** Argument handling of the reconstruct command (a run needs a detector service: see README). */
class ReconstructCommandTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final CommandIO io = new CommandIO(new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err),
            false, Path.of("."), () -> ProgressMonitor.NONE);

    @Test
    void helpPrintsUsage() {
        assertEquals(ExitCodes.OK, new ReconstructCommand().run(List.of("--help"), io));
        assertTrue(out.toString().contains("--detector"));
    }

    @Test
    void missingOptionIsBadInput() {
        assertEquals(ExitCodes.BAD_INPUT, new ReconstructCommand().run(List.of("--channel", "eegg"), io));
        assertTrue(err.toString().contains("Missing required"), err.toString());
    }

    @Test
    void unknownChannelNamesTheRegisteredOnes() {
        ReconstructCommand command = new ReconstructCommand();
        command.addChannel(new EeggChannel(), Map.of(ServiceProperties.ID, "eegg"));
        int code = command.run(List.of("--channel", "ggg", "--detector", "belle2", "--input", "x.lhe", "--out", "y.csv"), io);
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertTrue(err.toString().contains("'ggg'") && err.toString().contains("eegg"), err.toString());
        assertTrue(!err.toString().contains("Exception"), err.toString());
    }
}
