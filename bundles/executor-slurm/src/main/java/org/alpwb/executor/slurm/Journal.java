package org.alpwb.executor.slurm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alpwb.api.cache.EntryFile;

/**
 * {@code <output>/slurm-jobs.json}: for every task key, the array element that computes it (job id, index,
 * job directory) and the attempts so far. Rewritten atomically after every submission, read by a restarted
 * driver to re-adopt jobs that are still queued or running instead of submitting them again.
 */
final class Journal {
    static final String FILE_NAME = "slurm-jobs.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Entry(String task, String jobId, int index, String directory, int attempts) {
        String elementId() {
            return jobId + "_" + index;
        }
    }

    private final Path file;
    private final Map<String, Entry> byKey = new LinkedHashMap<>();

    private Journal(Path file) {
        this.file = file;
    }

    /** The journal of an output directory; empty if there is none or it is unreadable (then jobs are resubmitted). */
    static Journal open(Path outputDirectory) {
        Journal journal = new Journal(outputDirectory.resolve(FILE_NAME));
        if (Files.isRegularFile(journal.file)) {
            try {
                JsonNode tasks = MAPPER.readTree(journal.file.toFile()).path("tasks");
                tasks.fields().forEachRemaining(task -> {
                    JsonNode node = task.getValue();
                    journal.byKey.put(task.getKey(), new Entry(node.path("task").asText(), node.path("jobId").asText(),
                            node.path("index").asInt(), node.path("directory").asText(), node.path("attempts").asInt()));
                });
            } catch (IOException unreadable) {
                System.getLogger(Journal.class.getName()).log(System.Logger.Level.WARNING,
                        "ignoring unreadable " + journal.file + ": " + unreadable.getMessage());
            }
        }
        return journal;
    }

    synchronized Entry get(String key) {
        return byKey.get(key);
    }

    synchronized void put(String key, Entry entry) {
        byKey.put(key, entry);
    }

    synchronized void save(String studyName, Path staging) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("study", studyName);
        root.put("staging", staging.toString());
        Map<String, Object> tasks = new LinkedHashMap<>();
        byKey.forEach((key, entry) -> {
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("task", entry.task());
            task.put("jobId", entry.jobId());
            task.put("index", entry.index());
            task.put("directory", entry.directory());
            task.put("attempts", entry.attempts());
            tasks.put(key, task);
        });
        root.put("tasks", tasks);
        EntryFile.replaceAtomically(file, MAPPER.writeValueAsBytes(root));
    }
}
