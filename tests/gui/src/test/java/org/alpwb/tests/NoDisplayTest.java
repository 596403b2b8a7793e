package org.alpwb.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alpwb gui} on a machine without a display: exit code 2 and one line that says what to do instead. */
class NoDisplayTest {
    @TempDir
    Path work;

    @Test
    void withoutADisplayTheGuiCommandExitsWith2AndOneLine() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Paths.launcher().toString(), "gui",
                Paths.root().resolve("examples/alp-eegg.json").toString()).directory(work.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("ALPWB_CACHE_DIR", work.resolve("cache").toString());
        builder.environment().put("ALPWB_PLUGINS", Files.createDirectories(work.resolve("plugins")).toString());
        builder.environment().put("ALPWB_JAVA_OPTS", "-Xmx512m");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(out + err).isEqualTo(2);
        // our message is the one line (the launcher leaves out the JDK's incubator notice, issue 17)
        assertThat(err.strip().lines()).as(err).hasSize(1);
        assertThat(err).contains("no display").contains("alpwb run");
    }
}
