package org.alpwb.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A running launcher whose output is collected as it comes, so a test can wait for a line and then act. */
final class LiveProcess implements AutoCloseable {
    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final Thread outReader;
    private final Thread errReader;

    LiveProcess(Process process) {
        this.process = process;
        this.outReader = reader(process.getInputStream(), out);
        this.errReader = reader(process.getErrorStream(), err);
    }

    private static Thread reader(InputStream in, StringBuffer into) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException ended) {
                // the process ended
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    long pid() {
        return process.pid();
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Waits until the standard error so far satisfies {@code condition}; false on timeout or exit. */
    boolean awaitErr(Predicate<String> condition, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            if (condition.test(err())) {
                return true;
            }
            if (!process.isAlive()) {
                return condition.test(err());
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Waits until the standard output so far contains {@code text}; false on timeout. */
    boolean awaitOut(String text, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end && !out().contains(text)) {
            Thread.sleep(50);
        }
        return out().contains(text);
    }

    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    OutputStream stdin() {
        return process.getOutputStream();
    }

    /** Waits for the exit; the exit code, or throws if it takes longer than {@code timeoutMillis}. */
    int awaitExit(long timeoutMillis) throws InterruptedException {
        if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeoutMillis + " ms\n" + this);
        }
        outReader.join(5000);
        errReader.join(5000);
        return process.exitValue();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public String toString() {
        return "--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
