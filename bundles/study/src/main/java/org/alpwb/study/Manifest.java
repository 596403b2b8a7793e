package org.alpwb.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.study.StudyResult;
import org.alpwb.api.study.TaskOutcome;

/** Writes {@code study-manifest.json}: what ran, under which keys, what came from the cache, which files. */
final class Manifest {
    static final String FILE_NAME = "study-manifest.json";

    private Manifest() {
    }

    static void write(StudyDefinition study, StudyResult result) {
        write(study, result, Map.of());
    }

    /** {@code execution}: per task, what the executor recorded (e.g. Slurm job id and attempts). */
    static void write(StudyDefinition study, StudyResult result, Map<String, Map<String, Object>> execution) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("study", study.name());
        root.put("source", study.source());
        root.put("seed", study.seed());
        root.put("settings", study.settings());
        root.put("seconds", result.seconds());
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (TaskOutcome outcome : result.tasks()) {
            Map<String, Object> task = new LinkedHashMap<>();
            TaskDefinition definition = study.tasks().get(outcome.taskName());
            task.put("name", outcome.taskName());
            task.put("type", outcome.taskType());
            task.put("key", outcome.taskKey());
            task.put("status", outcome.status().name().toLowerCase());
            task.put("seconds", outcome.seconds());
            task.put("artifact", outcome.artifactType());
            task.put("inputs", definition.inputs());
            task.put("config", definition.config());
            task.put("files", outcome.files());
            Map<String, Object> record = execution.get(outcome.taskName());
            if (record != null && !record.isEmpty()) {
                task.put("execution", record);
            }
            if (!outcome.message().isEmpty()) {
                task.put("message", outcome.message());
            }
            tasks.add(task);
        }
        root.put("tasks", tasks);
        try {
            String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
            StudyRunner.OutputFiles.writeString(result.outputDirectory().resolve(FILE_NAME), json + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("manifest not serialisable", e);
        }
    }
}
