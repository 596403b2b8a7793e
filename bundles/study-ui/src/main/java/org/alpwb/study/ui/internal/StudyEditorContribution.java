package org.alpwb.study.ui.internal;

import java.nio.file.Path;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.study.StudyEngine;
import org.alpwb.api.ui.EditorContribution;
import org.alpwb.api.ui.View;
import org.alpwb.api.ui.ViewContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The editor of study files, checked as you type by the study engine. */
@Component(service = EditorContribution.class, property = {ServiceProperties.KIND + "=" + EditorContribution.KIND,
        ServiceProperties.ID + "=study-editor",
        ServiceProperties.LABEL + "=Study editor", EditorContribution.CONTENT_TYPE + "=" + EditorContribution.STUDY_JSON})
public class StudyEditorContribution implements EditorContribution {
    private final StudyEngine engine;

    @Activate
    public StudyEditorContribution(@Reference StudyEngine engine) {
        this.engine = engine;
    }

    @Override
    public View open(Path file, ViewContext context) {
        return new StudyEditor(engine, file, context);
    }
}
