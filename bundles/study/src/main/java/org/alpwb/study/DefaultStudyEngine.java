package org.alpwb.study;

import org.alpwb.api.study.PlannedTask;
import org.alpwb.api.study.StudyPlan;

import java.nio.file.Path;
import org.alpwb.api.cache.ResultCache;
import org.alpwb.api.study.StudyEngine;
import org.alpwb.api.study.StudyListener;
import org.alpwb.api.study.StudyResult;
import org.alpwb.api.study.StudyRunOptions;

/** Parse, resolve settings, check every task against its plugin, run. Free of OSGi for unit tests. */
class DefaultStudyEngine implements StudyEngine {
    private final PluginRegistry registry;
    private final ResultCache cache;

    DefaultStudyEngine(PluginRegistry registry, ResultCache cache) {
        this.registry = registry;
        this.cache = cache;
    }

    @Override
    public void validate(Path studyFile, java.util.Map<String, Object> settingOverrides) {
        validate(studyFile, settingOverrides, "");
    }

    @Override
    public void validate(Path studyFile, java.util.Map<String, Object> settingOverrides, String executor) {
        StudyDefinition study = SettingsResolver.resolve(new StudyParser().parse(studyFile), settingOverrides);
        new StudyValidator(registry).validate(study, TaskGraph.build(study, registry));
        PlannedRun.choose(study, new StudyRunOptions(Path.of("."), 1, java.util.Map.of(), () -> false, executor),
                registry);
    }

    @Override
    public java.util.Map<String, String> taskKeys(Path studyFile, java.util.Map<String, Object> settingOverrides) {
        StudyDefinition study = SettingsResolver.resolve(new StudyParser().parse(studyFile), settingOverrides);
        TaskGraph graph = TaskGraph.build(study, registry);
        java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
        graph.order().forEach(task -> keys.put(task.name(), graph.key(task.name())));
        return keys;
    }

    @Override
    public StudyPlan plan(Path studyFile, String studyText, java.util.Map<String, Object> settingOverrides) {
        StudyDefinition study = SettingsResolver.resolve(new StudyParser().parse(studyFile, studyText), settingOverrides);
        TaskGraph graph = TaskGraph.build(study, registry);
        new StudyValidator(registry).validate(study, graph); // exactly the checks of validate() and run()
        java.util.List<PlannedTask> tasks = new java.util.ArrayList<>();
        for (TaskDefinition task : graph.order()) {
            PluginRegistry.RegisteredTaskType type = registry.taskType(task.type()).orElseThrow();
            String outputType = type.taskType().outputType(StudyValidator.config(study, task)).orElse("");
            tasks.add(new PlannedTask(task.name(), task.type(), type.version(), graph.key(task.name()), task.config(),
                    task.inputs(), outputType));
        }
        return new StudyPlan(study.name(), study.source(), study.settings(), tasks);
    }

    @Override
    public StudyResult run(Path studyFile, StudyRunOptions options, StudyListener listener) {
        StudyDefinition study = SettingsResolver.resolve(new StudyParser().parse(studyFile), options.settingOverrides());
        return new StudyRunner(registry, cache).run(study, options, listener);
    }
}
