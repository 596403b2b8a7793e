package org.alpwb.api.ui;

import java.util.Set;

/** Told about changes of the session, on the event thread, coalesced to at most about ten calls a second. */
@FunctionalInterface
public interface StudySessionListener {

    enum Change {
        /** A study was opened or re-planned (file, profile or overrides changed). */
        PLAN,
        /** Task states changed (progress, status). */
        TASKS,
        /** The selected task changed. */
        SELECTION,
        /** A run started or finished. */
        RUN
    }

    void changed(Set<Change> changes);
}
