package org.alpwb.api.ui;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An editor for files of one content type (whiteboard). Service properties: {@code alpwb.id}, {@code alpwb.label},
 * {@link #CONTENT_TYPE}. The workbench opens a study file with the editor of {@link #STUDY_JSON}.
 */
@ConsumerType
public interface EditorContribution {
    /** Service property: the content type handled, e.g. {@link #STUDY_JSON}. */
    String CONTENT_TYPE = "alpwb.editor.contentType";
    /** The content type of study files. */
    String STUDY_JSON = "application/vnd.alpwb.study+json";
    /** Value of {@code alpwb.kind} for editors. */
    String KIND = "editor";

    /** Opens {@code file} (on the event thread). */
    View open(Path file, ViewContext context);
}
