package org.alpwb.api.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.alpwb.api.progress.ProgressMonitor;

/**
 * Where a command reads and writes. {@code interactive} is true when {@code err} is a terminal.
 * {@code progress} makes a new monitor that draws a live progress line with rate and ETA on a
 * terminal and stays silent otherwise (or prints JSON lines in {@code --json} mode); commands use it
 * for long work. {@code workingDirectory} resolves relative paths.
 */
public record CommandIO(InputStream in, PrintStream out, PrintStream err, boolean interactive,
        Path workingDirectory, Supplier<ProgressMonitor> progress) {

    public Path resolve(String path) {
        return workingDirectory.resolve(path).normalize();
    }

    public ProgressMonitor newProgressMonitor() {
        return progress.get();
    }
}
