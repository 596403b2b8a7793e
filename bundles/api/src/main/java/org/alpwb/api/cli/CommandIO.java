package org.alpwb.api.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.alpwb.api.InvalidInputException;
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

    /**
     * The file an option names, checked before any work starts: it exists, is a regular file (not a directory)
     * and is readable; otherwise an {@link InvalidInputException} naming the option and the path.
     *
     * @since api.cli 1.1
     */
    public Path inputFile(String option, String path) {
        Path file = resolve(path);
        String problem = !Files.exists(file) ? "does not exist" : Files.isDirectory(file) ? "is a directory"
                : !Files.isRegularFile(file) ? "is not a regular file" : !Files.isReadable(file) ? "is not readable" : null;
        if (problem != null) {
            throw new InvalidInputException("command line", option, file + " (" + problem + ")",
                    "an existing, readable file");
        }
        return file;
    }

    /**
     * The file an output option names, checked before any work starts: not a directory, in an existing writable
     * directory, and not one of {@code inputs} (which it would overwrite); otherwise an
     * {@link InvalidInputException} naming the option and the path. An existing regular file is replaced.
     *
     * @since api.cli 1.1
     */
    public Path outputFile(String option, String path, Path... inputs) {
        Path file = resolve(path);
        Path parent = file.toAbsolutePath().getParent();
        String problem = Files.isDirectory(file) ? "is a directory; name a file in it"
                : Files.exists(file) && !Files.isRegularFile(file) ? "is not a regular file"
                : parent == null || !Files.isDirectory(parent) ? "is in a directory that does not exist"
                : !Files.isWritable(parent) ? "is in a directory that is not writable" : null;
        for (Path input : inputs) {
            if (problem == null && input != null && sameFile(file, input)) {
                problem = "is the input file " + input + ", which it would overwrite";
            }
        }
        if (problem != null) {
            throw new InvalidInputException("command line", option, file + " (" + problem + ")",
                    "a new or replaceable file in an existing, writable directory, not an input");
        }
        return file;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
