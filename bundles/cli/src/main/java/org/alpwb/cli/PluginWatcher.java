package org.alpwb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In a running shell: each jar dropped into (or replaced in) the plugins directory is reported once, in one line,
 * when it is deployed or as soon as it is certain that it cannot be (issue 17, defect 8: FileInstall deploys new
 * jars live but said nothing about one it could not deploy). The jars present at start-up were reported by
 * {@link PluginDirectory#awaitDeployed}. A jar is looked at once its size and modification time stood still for
 * one poll (a jar still being copied is not judged); polls at FileInstall's own interval.
 */
final class PluginWatcher implements AutoCloseable {
    static final long POLL_MILLIS = 1000;
    /** A valid-looking jar FileInstall has not installed after this long is reported as not installed. */
    static final long INSTALL_TIMEOUT_MILLIS = 15_000;

    private record Stamp(long size, long modifiedMillis) {
    }

    private final PluginDirectory directory;
    private final PrintStream err;
    private final Map<Path, Stamp> reported = new HashMap<>();
    private final Map<Path, Stamp> candidates = new HashMap<>();
    private final Map<Path, Long> judgedSince = new HashMap<>();
    private final Thread thread;
    private volatile boolean stopped;

    private PluginWatcher(PluginDirectory directory, PrintStream err) {
        this.directory = directory;
        this.err = err;
        for (Path jar : directory.jars()) {
            Stamp stamp = stamp(jar);
            if (stamp != null) {
                reported.put(jar, stamp);
            }
        }
        this.thread = new Thread(this::loop, "alpwb-plugin-watcher");
        thread.setDaemon(true);
    }

    /** Starts watching the directory of {@code directory}; the jars there now count as reported. */
    static PluginWatcher start(PluginDirectory directory, PrintStream err) {
        PluginWatcher watcher = new PluginWatcher(directory, err);
        watcher.thread.start();
        return watcher;
    }

    private void loop() {
        while (!stopped) {
            try {
                Thread.sleep(POLL_MILLIS);
                poll();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                err.println("alpwb: warning: watching the plugins directory failed: " + e);
            }
        }
    }

    /** One look at the directory: new or changed jars that stood still are judged, removed ones forgotten. */
    void poll() {
        List<Path> jars = directory.jars();
        Set<Path> present = new HashSet<>(jars);
        reported.keySet().retainAll(present);
        candidates.keySet().retainAll(present);
        judgedSince.keySet().retainAll(present);
        for (Path jar : jars) {
            Stamp now = stamp(jar);
            if (now == null || now.equals(reported.get(jar))) {
                continue;
            }
            if (!now.equals(candidates.put(jar, now))) {
                judgedSince.remove(jar); // new or still changing: look again at the next poll
                continue;
            }
            judgedSince.putIfAbsent(jar, System.currentTimeMillis());
            PluginDirectory.Outcome outcome = directory.settle(jar);
            if (outcome == null && System.currentTimeMillis() - judgedSince.get(jar) > INSTALL_TIMEOUT_MILLIS) {
                outcome = new PluginDirectory.Outcome(true, PluginDirectory.notInstalled(jar, INSTALL_TIMEOUT_MILLIS));
            }
            if (outcome != null) {
                err.println(outcome.problem() ? "alpwb: warning: " + outcome.line() : "alpwb: " + outcome.line());
                reported.put(jar, now);
                candidates.remove(jar);
                judgedSince.remove(jar);
            }
        }
    }

    private static Stamp stamp(Path jar) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null; // removed meanwhile
        }
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }
}
