package org.alpwb.cache.mapdb;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.alpwb.api.EnvironmentException;

/** The cache file is held by another live process (or another store in this process). */
final class CacheInUseException extends EnvironmentException {
    private static final long serialVersionUID = 1L;

    private final transient Path store;
    private final long pid;

    CacheInUseException(Path store, OptionalLong pid, boolean thisProcess) {
        super(message(store, pid, thisProcess));
        this.store = store;
        this.pid = pid.orElse(-1);
    }

    private static String message(Path store, OptionalLong pid, boolean thisProcess) {
        String who = thisProcess
                ? "this process (pid " + ProcessHandle.current().pid() + ", already opened by another component)"
                : "another process (pid " + (pid.isPresent() ? Long.toString(pid.getAsLong()) : "unknown") + ")";
        return "cache " + store + " is in use by " + who + "; use --cache-dir or wait";
    }

    Path store() {
        return store;
    }

    /** The holder's process id, if it was recorded in the lock file. */
    OptionalLong pid() {
        return pid < 0 ? OptionalLong.empty() : OptionalLong.of(pid);
    }
}
