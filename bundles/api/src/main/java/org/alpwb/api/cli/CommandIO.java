package org.alpwb.api.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where a command reads and writes. {@code interactive} is true when {@code err} is a terminal,
 * so a live progress line may be drawn there; {@code workingDirectory} resolves relative paths.
 */
public record CommandIO(InputStream in, PrintStream out, PrintStream err, boolean interactive,
        Path workingDirectory) {

    public Path resolve(String path) {
        return workingDirectory.resolve(path).normalize();
    }
}
