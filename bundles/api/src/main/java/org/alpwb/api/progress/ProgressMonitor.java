package org.alpwb.api.progress;

/**
 * Receives progress from long work (Eclipse-style). Implementations must be thread-safe:
 * parallel workers call {@link #worked(long)} concurrently.
 */
public interface ProgressMonitor {

    /** Starts a unit of work of {@code totalWork} steps ({@code <= 0} if unknown). */
    void begin(String name, long totalWork);

    /** Reports {@code steps} more steps done. */
    void worked(long steps);

    /** Names the current sub-step, e.g. "adapting grid, iteration 3". */
    void subtask(String name);

    /** True once the user asked to stop; long work checks this and throws {@link CancelledException}. */
    boolean isCancelled();

    /** The work is finished. */
    void done();

    /** Throws {@link CancelledException} if cancellation was requested. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A monitor that ignores everything and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void begin(String name, long totalWork) {
        }

        @Override
        public void worked(long steps) {
        }

        @Override
        public void subtask(String name) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void done() {
        }
    };
}
