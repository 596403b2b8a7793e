package org.alpwb.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real product launcher, product/bin/alpwb, as a separate process with its own cache and plugins. */
final class Workbench {
    private final Path cacheDirectory;
    private final Path pluginDirectory;
    private final Path workingDirectory;
    private final Map<String, String> extraEnvironment = new java.util.LinkedHashMap<>();

    Workbench(Path cacheDirectory, Path pluginDirectory, Path workingDirectory) {
        this.cacheDirectory = cacheDirectory;
        this.pluginDirectory = pluginDirectory;
        this.workingDirectory = workingDirectory;
    }

    /** An environment variable for every process started from now on (e.g. TMPDIR). */
    Workbench with(String variable, String value) {
        extraEnvironment.put(variable, value);
        return this;
    }

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    Process start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.launcher().toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("ALPWB_CACHE_DIR", cacheDirectory.toString());
        environment.put("ALPWB_PLUGINS", pluginDirectory.toString());
        environment.put("ALPWB_JAVA_OPTS", "-Xmx1g");
        environment.putAll(extraEnvironment);
        return builder.start();
    }

    Result run(String... args) throws IOException, InterruptedException {
        Process process = start(List.of(args));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> copy(process.getErrorStream(), err));
        errReader.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("alpwb " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        errReader.join();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // the process ended; what was read is kept
        }
    }
}
