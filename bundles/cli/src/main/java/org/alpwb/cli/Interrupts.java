package org.alpwb.cli;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ctrl-C (SIGINT) and SIGTERM. While a study runs, the first signal cancels it cleanly (running tasks stop at
 * their next chunk, finished ones stay cached, the run reports and exits with 128 + the signal number) and a
 * second one stops the process at once. With nothing to cancel, a command exits as the JVM would (128 + signal);
 * in {@code alpwb shell} the shell stays and says how to leave it.
 *
 * <p>The handlers use {@code sun.misc.Signal} (module jdk.unsupported, the supported way to replace the JVM's
 * default handlers), reached by reflection because OSGi bundles do not import {@code sun.*} packages.
 */
final class Interrupts {
    /** Exit code of a run cancelled with Ctrl-C (128 + SIGINT). */
    static final int CTRL_C = 130;
    private static final AtomicReference<Runnable> cancel = new AtomicReference<>();
    private static final AtomicBoolean cancelling = new AtomicBoolean();
    private static volatile int lastSignal;
    private static volatile boolean shell;
    private static volatile PrintStream err = System.err;

    private Interrupts() {
    }

    /** Installs the handlers for INT and TERM (once per process); false if the JVM does not allow it. */
    static synchronized boolean install(PrintStream errors, boolean inShell) {
        err = errors;
        shell = inShell;
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal", true, ClassLoader.getSystemClassLoader());
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler", true, ClassLoader.getSystemClassLoader());
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            Method number = signalClass.getMethod("getNumber");
            Object handler = Proxy.newProxyInstance(handlerClass.getClassLoader(), new Class<?>[] {handlerClass},
                    (proxy, method, args) -> {
                        if (method.getName().equals("handle")) {
                            signalled((Integer) number.invoke(args[0]));
                            return null;
                        }
                        return method.getName().equals("toString") ? "alpwb interrupt handler"
                                : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : proxy == args[0];
                    });
            for (String name : new String[] {"INT", "TERM"}) {
                handle.invoke(null, signalClass.getConstructor(String.class).newInstance(name), handler);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            return false; // the JVM's default handling stays: the process exits at once
        }
    }

    /** While the returned handle is open, the first signal runs {@code onCancel} instead of ending the process. */
    static Registration cancelling(Runnable onCancel) {
        cancelling.set(false);
        lastSignal = 0;
        cancel.set(onCancel);
        return () -> cancel.compareAndSet(onCancel, null);
    }

    /** 128 + the number of the signal that cancelled the current run, or 0 if none did. */
    static int exitCode() {
        return lastSignal == 0 ? 0 : 128 + lastSignal;
    }

    /** An open cancellation registration. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private static void signalled(int signal) {
        Runnable onCancel = cancel.get();
        if (onCancel != null && cancelling.compareAndSet(false, true)) {
            lastSignal = signal;
            err.println();
            err.println("alpwb: cancelling: running tasks stop at their next step, finished ones stay cached"
                    + " (press Ctrl-C again to stop at once)");
            onCancel.run();
        } else if (onCancel != null) {
            err.println("alpwb: stopped at once; the same command resumes from the cache");
            err.flush();
            Runtime.getRuntime().halt(128 + signal);
        } else if (shell && signal == 2) {
            err.println();
            err.println("alpwb shell: nothing to cancel (Ctrl-C cancels a running alpwb:run; Ctrl-D leaves the shell)");
        } else {
            // as the JVM's own handler: shutdown hooks run, the framework and the cache close
            Thread exit = new Thread(() -> System.exit(128 + signal), "alpwb-exit");
            exit.start();
        }
    }
}
