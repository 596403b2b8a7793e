package org.alpwb.api.study;

import java.nio.file.Path;

/**
 * Runs study files: builds the task graph, asks the result cache before computing each task, runs
 * independent tasks in parallel and writes every task's files into the output directory.
 */
public interface StudyEngine {

    /** Parses and checks a study file against the schema and the registered plugins; throws InvalidInputException. */
    default void validate(Path studyFile) {
        validate(studyFile, java.util.Map.of());
    }

    /** As {@link #validate(Path)}, with the setting overrides (and profile) a run would apply. */
    void validate(Path studyFile, java.util.Map<String, Object> settingOverrides);

    /** As {@link #validate(Path, java.util.Map)}, with the study's execution block checked by executor {@code executor}. */
    default void validate(Path studyFile, java.util.Map<String, Object> settingOverrides, String executor) {
        validate(studyFile, settingOverrides);
    }

    /**
     * The task graph of a study file as a run would execute it (settings, profile and overrides applied, forEach
     * expanded, every configuration checked by its task type), without running anything. {@code studyText} is the
     * file's content, which may differ from what is on disk (an editor's unsaved buffer); {@code studyFile} names
     * the source in error messages. Throws InvalidInputException naming the field.
     */
    StudyPlan plan(Path studyFile, String studyText, java.util.Map<String, Object> settingOverrides);

    /**
     * Runs a study. Bad input (file, field, unknown plugin) throws InvalidInputException before any task runs;
     * a failing task is reported in the result, and tasks that do not depend on it still run.
     */
    StudyResult run(Path studyFile, StudyRunOptions options, StudyListener listener);

    /** Task name to content key for every task of the study, as a run with these overrides would compute them. */
    default java.util.Map<String, String> taskKeys(Path studyFile, java.util.Map<String, Object> settingOverrides) {
        throw new UnsupportedOperationException("this study engine does not list task keys");
    }
}
