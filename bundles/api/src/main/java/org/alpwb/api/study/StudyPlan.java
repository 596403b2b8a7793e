package org.alpwb.api.study;

import java.util.List;
import java.util.Map;

/** A study's task graph as the engine would run it: tasks in dependency order, each with its key. */
public record StudyPlan(String studyName, String source, Map<String, Object> settings, List<PlannedTask> tasks) {

    public StudyPlan {
        settings = Map.copyOf(settings);
        tasks = List.copyOf(tasks);
    }

    /** The task of that name, or null. */
    public PlannedTask task(String name) {
        return tasks.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
