package org.alpwb.api.execution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alpwb.api.cache.EntryFile;

/**
 * The progress file a worker keeps for the driver ({@code alpwb worker --progress FILE}), rewritten
 * atomically: one line per task, {@code key TAB state TAB done TAB total TAB message}, state one of
 * {@code waiting running done failed}; {@code message} (tabs and newlines replaced) says why a task failed.
 */
public record WorkerProgress(String key, String state, long done, long total, String message) {
    public static final String WAITING = "waiting";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    public static void write(Path file, List<WorkerProgress> tasks) throws IOException {
        StringBuilder text = new StringBuilder();
        for (WorkerProgress task : tasks) {
            text.append(task.key()).append('\t').append(task.state()).append('\t').append(task.done()).append('\t')
                    .append(task.total()).append('\t').append(task.message().replaceAll("[\\t\\r\\n]+", " ")).append('\n');
        }
        EntryFile.replaceAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The tasks of a progress file; empty if it does not exist (yet). Malformed lines are skipped. */
    public static List<WorkerProgress> read(Path file) throws IOException {
        List<WorkerProgress> tasks = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return tasks;
        }
        for (String line : lines) {
            String[] fields = line.split("\t", 5);
            if (fields.length == 5) {
                try {
                    tasks.add(new WorkerProgress(fields[0], fields[1], Long.parseLong(fields[2]), Long.parseLong(fields[3]),
                            fields[4]));
                } catch (NumberFormatException malformed) {
                    // a line from another version: ignored, the entry files are the truth
                }
            }
        }
        return tasks;
    }
}
