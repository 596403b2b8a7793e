package org.alpwb.api.study;

import org.alpwb.api.progress.ProgressMonitor;

/** Observes a running study; called from worker threads, so implementations must be thread-safe. */
public interface StudyListener {

    void studyStarted(String studyName, int taskCount);

    /** A task starts computing (not called for cache hits); returns the monitor the task reports to. */
    ProgressMonitor taskStarted(String taskName, String taskType, String taskKey);

    /** A task completed, was found in the cache, failed or was skipped. */
    void taskFinished(TaskOutcome outcome);

    StudyListener NONE = new StudyListener() {
        @Override
        public void studyStarted(String studyName, int taskCount) {
        }

        @Override
        public ProgressMonitor taskStarted(String taskName, String taskType, String taskKey) {
            return ProgressMonitor.NONE;
        }

        @Override
        public void taskFinished(TaskOutcome outcome) {
        }
    };
}
