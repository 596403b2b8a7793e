package org.alpwb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cache.EntryFile;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.execution.TaskRunner;
import org.alpwb.api.execution.WorkerProgress;
import org.alpwb.api.progress.ProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine.Option;

/**
 * {@code alpwb worker --spec FILE... --entries DIR}: runs tasks headless from specs written by a driver
 * (on a cluster node, under a batch job). Inputs are read from and outputs written to exported entries in
 * DIR; the worker never opens the result cache, so it can run anywhere the staging directory is visible.
 */
@Component(service = Command.class, property = {ServiceProperties.ID + "=worker",
        ServiceProperties.LABEL + "=Run tasks from specs (cluster worker)",
        ServiceProperties.KIND + "=" + ServiceProperties.KIND_COMMAND})
public class WorkerCommand implements Command {
    private final TaskRunner runner;

    @Activate
    public WorkerCommand(@Reference TaskRunner runner) {
        this.runner = runner;
    }

    static final class Options {
        @Option(names = "--spec", required = true)
        List<String> specs = new ArrayList<>();
        @Option(names = "--entries", required = true)
        String entries;
        @Option(names = "--progress")
        String progress;
        @Option(names = "--threads")
        Integer threads;
    }

    @Override
    public String summary() {
        return "run tasks from worker specs, reading and writing exported entries (used by cluster executors)";
    }

    @Override
    public String usage() {
        return """
                usage: alpwb worker --spec FILE [--spec FILE ...] --entries DIR [--progress FILE] [--threads N]
                  Runs each spec in order (later specs may use earlier outputs). Inputs are read from DIR/<key>.entry
                  (checked: frame, key, checksum); each result is written atomically to DIR/<key>.entry. A result
                  already there is not recomputed. The task type and version must match the driver's.
                  --progress FILE  per-task state (waiting, running, done, failed) and progress, for the driver
                  --threads N      threads for data-parallel work (default: $SLURM_CPUS_PER_TASK, else all cores)
                exit codes: 0 every task done, 1 a task failed (its message is in the progress file), 2 bad input
                """;
    }

    @Override
    public int run(List<String> args, CommandIO io) {
        Options options = new Options();
        if (!Arguments.parse(options, args, io, "worker", usage())) {
            return ExitCodes.BAD_INPUT;
        }
        Path entries = io.resolve(options.entries);
        int threads = options.threads != null ? options.threads : defaultThreads();
        if (threads < 1 || threads > 1024) {
            throw new InvalidInputException("--threads", "threads", threads, "an integer in [1, 1024]");
        }
        List<byte[]> specs = new ArrayList<>();
        List<WorkerProgress> states = new ArrayList<>();
        for (String name : options.specs) {
            Path file = io.resolve(name);
            try {
                byte[] spec = Files.readAllBytes(file);
                states.add(new WorkerProgress(runner.key(spec), WorkerProgress.WAITING, 0, 0, ""));
                specs.add(spec);
            } catch (IOException | IllegalArgumentException e) {
                throw new InvalidInputException("cannot read worker spec " + file + ": " + e.getMessage());
            }
        }
        Progress progress = new Progress(options.progress == null ? null : io.resolve(options.progress), states, io);
        boolean allDone = true;
        for (int i = 0; i < specs.size(); i++) {
            allDone &= runOne(specs.get(i), i, entries, threads, progress, io);
        }
        progress.flush(true);
        return allDone ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private boolean runOne(byte[] spec, int index, Path entries, int threads, Progress progress, CommandIO io) {
        String key = runner.key(spec);
        try {
            if (Files.exists(EntryFile.path(entries, key))) {
                EntryFile.read(entries, key); // checked; a damaged one is recomputed below
                progress.set(index, WorkerProgress.DONE, 1, 1, "already computed");
                return true;
            }
        } catch (IOException | EntryFile.CorruptEntryFileException damaged) {
            io.err().println("alpwb worker: recomputing " + key + ": " + damaged.getMessage());
        }
        progress.set(index, WorkerProgress.RUNNING, 0, 0, "");
        try {
            Map<String, byte[]> inputs = new HashMap<>();
            for (String inputKey : runner.inputKeys(spec).values()) {
                inputs.put(inputKey, EntryFile.read(entries, inputKey));
            }
            byte[] value = runner.run(spec, inputs, progress.monitor(index), threads);
            EntryFile.write(entries, key, value);
            progress.set(index, WorkerProgress.DONE, 1, 1, "");
            io.out().println("done " + key);
            return true;
        } catch (Exception | LinkageError e) {
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            progress.set(index, WorkerProgress.FAILED, 0, 0, message);
            io.err().println("alpwb worker: task " + key + " failed: " + message);
            if (System.getenv("ALPWB_DEBUG") != null) {
                e.printStackTrace(io.err());
            }
            return false;
        }
    }

    private static int defaultThreads() {
        String slurm = System.getenv("SLURM_CPUS_PER_TASK");
        if (slurm != null && slurm.matches("[0-9]+") && Integer.parseInt(slurm) > 0) {
            return Integer.parseInt(slurm);
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** The progress file, rewritten at most once a second while a task reports progress. */
    private static final class Progress {
        private final Path file;
        private final List<WorkerProgress> states;
        private final CommandIO io;
        private long lastWrite;

        Progress(Path file, List<WorkerProgress> states, CommandIO io) {
            this.file = file;
            this.states = states;
            this.io = io;
            flush(true);
        }

        synchronized void set(int index, String state, long done, long total, String message) {
            WorkerProgress old = states.get(index);
            states.set(index, new WorkerProgress(old.key(), state, done, total, message));
            flush(true);
        }

        synchronized void flush(boolean force) {
            long now = System.nanoTime();
            if (file == null || (!force && now - lastWrite < 1_000_000_000L)) {
                return;
            }
            lastWrite = now;
            try {
                WorkerProgress.write(file, List.copyOf(states));
            } catch (IOException e) {
                io.err().println("alpwb worker: cannot write progress file " + file + ": " + e.getMessage());
            }
        }

        ProgressMonitor monitor(int index) {
            AtomicLong done = new AtomicLong();
            AtomicLong total = new AtomicLong();
            return new ProgressMonitor() {
                @Override
                public void begin(String name, long totalWork) {
                    total.set(totalWork);
                    done.set(0);
                    update();
                }

                @Override
                public void worked(long steps) {
                    done.addAndGet(steps);
                    update();
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

                private void update() {
                    synchronized (Progress.this) {
                        WorkerProgress old = states.get(index);
                        states.set(index, new WorkerProgress(old.key(), WorkerProgress.RUNNING, done.get(), total.get(), ""));
                        flush(false);
                    }
                }
            };
        }
    }
}
