package org.alpwb.api.ui;

import java.nio.file.Path;

/** What a view can reach: the shared study session, the console log and the user's configuration directory. */
public interface ViewContext {

    StudySession session();

    /** Appends a line to the workbench console (any thread). */
    void log(String line);

    /** The user's configuration directory of the workbench (layouts, preferences). */
    Path configDirectory();
}
