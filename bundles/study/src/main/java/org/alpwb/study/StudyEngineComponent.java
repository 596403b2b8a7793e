package org.alpwb.study;

import java.nio.file.Path;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cache.ResultCache;
import org.alpwb.api.study.StudyEngine;
import org.alpwb.api.study.StudyListener;
import org.alpwb.api.study.StudyResult;
import org.alpwb.api.study.StudyRunOptions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The study engine service: task types from the service registry, results in the result cache. */
@Component(service = StudyEngine.class, property = {ServiceProperties.ID + "=default",
        ServiceProperties.LABEL + "=Study engine (task graph, cache, parallel execution)",
        ServiceProperties.KIND + "=study-engine"})
public class StudyEngineComponent implements StudyEngine {
    private final DefaultStudyEngine engine;

    @Activate
    public StudyEngineComponent(BundleContext context, @Reference ResultCache cache) {
        this.engine = new DefaultStudyEngine(new OsgiPluginRegistry(context), cache);
    }

    @Override
    public void validate(Path studyFile, java.util.Map<String, Object> settingOverrides) {
        engine.validate(studyFile, settingOverrides);
    }

    @Override
    public void validate(Path studyFile, java.util.Map<String, Object> settingOverrides, String executor) {
        engine.validate(studyFile, settingOverrides, executor);
    }

    @Override
    public java.util.Map<String, String> taskKeys(Path studyFile, java.util.Map<String, Object> settingOverrides) {
        return engine.taskKeys(studyFile, settingOverrides);
    }

    @Override
    public org.alpwb.api.study.StudyPlan plan(Path studyFile, String studyText, java.util.Map<String, Object> settingOverrides) {
        return engine.plan(studyFile, studyText, settingOverrides);
    }

    @Override
    public StudyResult run(Path studyFile, StudyRunOptions options, StudyListener listener) {
        return engine.run(studyFile, options, listener);
    }
}
