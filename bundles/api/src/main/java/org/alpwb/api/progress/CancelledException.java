package org.alpwb.api.progress;

/** Thrown by long work that noticed {@link ProgressMonitor#isCancelled()}. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }
}
