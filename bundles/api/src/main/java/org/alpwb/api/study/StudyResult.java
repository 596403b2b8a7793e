package org.alpwb.api.study;

import java.nio.file.Path;
import java.util.List;

/** The outcome of a study run: one entry per task in dependency order. */
public record StudyResult(String studyName, Path outputDirectory, List<TaskOutcome> tasks, double seconds) {

    public StudyResult {
        tasks = List.copyOf(tasks);
    }

    public boolean success() {
        return tasks.stream().allMatch(t -> t.status() == TaskOutcome.Status.COMPUTED
                || t.status() == TaskOutcome.Status.CACHED);
    }

    public long count(TaskOutcome.Status status) {
        return tasks.stream().filter(t -> t.status() == status).count();
    }
}
