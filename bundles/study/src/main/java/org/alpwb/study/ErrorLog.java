package org.alpwb.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Keeps full stack traces of failed tasks in the output directory, out of the user's terminal. */
final class ErrorLog {
    static final String FILE_NAME = "alpwb-errors.log";

    private ErrorLog() {
    }

    static synchronized void append(Path outputDirectory, String taskName, Throwable error) {
        StringWriter text = new StringWriter();
        text.append(Instant.now().toString()).append(" task ").append(taskName).append('\n');
        error.printStackTrace(new PrintWriter(text));
        try {
            Files.writeString(outputDirectory.resolve(FILE_NAME), text.toString(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the task outcome already carries the message; a missing log must not hide it
        }
    }
}
