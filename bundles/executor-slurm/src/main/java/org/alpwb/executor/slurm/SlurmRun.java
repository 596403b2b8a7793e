package org.alpwb.executor.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.alpwb.api.cache.EntryFile;
import org.alpwb.api.execution.ExecutionPlan;
import org.alpwb.api.execution.ExecutionRun;
import org.alpwb.api.execution.TaskFailedException;
import org.alpwb.api.execution.WorkItem;
import org.alpwb.api.execution.WorkerProgress;
import org.alpwb.api.progress.CancelledException;
import org.alpwb.api.progress.ProgressMonitor;

/**
 * One plan on the cluster. A single driver thread loops: collect results (an entry file in the staging
 * directory is the truth, whatever the scheduler says), poll squeue for the elements still known, retry
 * elements that ended without their results (bounded), and submit every task whose producers are
 * submitted, as job arrays of {@code chunkSize} tasks per element with {@code --dependency=afterok} on
 * the producers' arrays. The poll interval starts at {@code pollSeconds} and grows to {@code maxPollSeconds}
 * while nothing changes.
 */
final class SlurmRun implements ExecutionRun {
    private static final System.Logger LOG = System.getLogger(SlurmRun.class.getName());

    private enum State { WAITING, SUBMITTED, DONE, FAILED }

    /** A plan item and where it runs. */
    private static final class Item {
        final WorkItem work;
        final CompletableFuture<byte[]> result = new CompletableFuture<>();
        State state = State.WAITING;
        String jobId = "";
        int index;
        Path directory;
        int attempts;
        int goneObservations;
        long reportedDone;
        String lastMessage = "";

        Item(WorkItem work) {
            this.work = work;
        }

        String elementId() {
            return jobId + "_" + index;
        }
    }

    private final ExecutionPlan plan;
    private final SlurmSettings settings;
    private final String launcher;
    private final SlurmCommands slurm;
    private final Path staging;
    private final Path entries;
    private final Journal journal;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Item> byKey = new HashMap<>();
    private final Set<String> submittedJobs = new LinkedHashSet<>();
    private final Thread driver;
    private final Thread shutdownHook;
    private volatile boolean cancelRequested;
    private volatile boolean finished;
    private int submissions;

    SlurmRun(ExecutionPlan plan, SlurmSettings settings, String launcher, SlurmCommands slurm) {
        this.plan = plan;
        this.settings = settings;
        this.launcher = launcher;
        this.slurm = slurm;
        this.staging = settings.stagingDirectory(plan.studyName(), plan.outputDirectory());
        this.entries = staging.resolve("entries");
        this.journal = Journal.open(plan.outputDirectory());
        for (WorkItem work : plan.items()) {
            Item item = new Item(work);
            items.put(work.taskName(), item);
            byKey.put(work.key(), item);
        }
        this.driver = new Thread(this::drive, "alpwb-slurm-driver");
        this.driver.setDaemon(true);
        this.shutdownHook = new Thread(this::cancelOnShutdown, "alpwb-slurm-scancel");
    }

    void start() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        driver.start();
    }

    @Override
    public CompletableFuture<byte[]> result(String taskName) {
        return items.get(taskName).result;
    }

    @Override
    public synchronized Map<String, Object> record(String taskName) {
        Item item = items.get(taskName);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("executor", "slurm");
        if (!item.jobId.isEmpty()) {
            record.put("jobId", item.elementId());
            record.put("attempts", item.attempts);
            record.put("log", log(item).toString());
        }
        return record;
    }

    @Override
    public void cancel() {
        cancelRequested = true;
        scancelAll();
        synchronized (this) {
            for (Item item : items.values()) {
                if (item.state == State.WAITING || item.state == State.SUBMITTED) {
                    item.state = State.FAILED;
                    item.result.completeExceptionally(new CancelledException());
                }
            }
        }
        driver.interrupt();
    }

    @Override
    public void close() {
        try {
            driver.join(TimeUnit.SECONDS.toMillis(120));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the driver loop ------------------------------------------------------------------------------

    private void drive() {
        try {
            Files.createDirectories(entries);
            stageCachedInputs();
            adopt();
            double pause = settings.pollSeconds();
            while (!cancelRequested && !allTerminal()) {
                boolean changed = collect();
                changed |= observe();
                if (allTerminal()) {
                    break;
                }
                changed |= submitReady();
                report();
                pause = changed ? settings.pollSeconds() : Math.min(settings.maxPollSeconds(), pause * 1.5);
                Thread.sleep((long) (pause * 1000));
            }
            if (!cancelRequested) {
                scancelAll(); // arrays whose tasks all lost an input wait forever on afterok
                cleanUp();
            }
        } catch (InterruptedException e) {
            // cancelled
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.ERROR, "Slurm driver failed", e);
            failAll("Slurm executor: " + e.getMessage());
        } finally {
            finished = true;
            removeShutdownHook();
        }
    }

    /** Inputs from the driver's cache that workers read: exported once into the staging directory. */
    private void stageCachedInputs() throws IOException {
        for (Item item : items.values()) {
            for (String key : item.work.inputKeys().values()) {
                if (byKey.containsKey(key) || validEntry(key)) {
                    continue;
                }
                byte[] value = plan.cachedValue(key).orElse(null);
                if (value == null) {
                    throw new IOException("input " + key + " of task " + item.work.taskName()
                            + " is neither in the cache nor computed by this run");
                }
                EntryFile.write(entries, key, value);
            }
        }
    }

    /** A restarted driver: results already in staging are taken, elements still alive are adopted. */
    private synchronized void adopt() throws IOException {
        Set<String> jobs = new LinkedHashSet<>();
        for (Item item : items.values()) {
            Journal.Entry entry = journal.get(item.work.key());
            if (entry != null) {
                item.attempts = entry.attempts();
                item.jobId = entry.jobId();
                item.index = entry.index();
                item.directory = Path.of(entry.directory());
                jobs.add(entry.jobId());
            }
        }
        collect();
        Map<String, SlurmCommands.ElementState> states = slurm.squeue(jobs);
        for (Item item : items.values()) {
            SlurmCommands.ElementState state = item.jobId.isEmpty() ? null : states.get(item.elementId());
            if (item.state == State.WAITING && state != null && state.alive()) {
                item.state = State.SUBMITTED;
                submittedJobs.add(item.jobId);
                LOG.log(System.Logger.Level.DEBUG, "re-adopted " + item.work.taskName() + " in job " + item.elementId());
            }
        }
    }

    /** Results that have arrived: checked (frame, key, checksum) and handed to the engine. */
    private synchronized boolean collect() {
        boolean changed = false;
        for (Item item : items.values()) {
            if ((item.state == State.SUBMITTED || item.state == State.WAITING)
                    && Files.exists(EntryFile.path(entries, item.work.key()))) {
                try {
                    byte[] value = EntryFile.read(entries, item.work.key());
                    item.state = State.DONE;
                    item.result.complete(value);
                    changed = true;
                } catch (IOException | EntryFile.CorruptEntryFileException damaged) {
                    LOG.log(System.Logger.Level.WARNING, "damaged result of " + item.work.taskName() + ": "
                            + damaged.getMessage() + "; it will be recomputed");
                    deleteQuietly(EntryFile.path(entries, item.work.key()));
                }
            }
        }
        return changed;
    }

    /** Elements that ended without their results: retried, or failed after the last attempt. */
    private boolean observe() throws IOException {
        Set<String> jobs = new LinkedHashSet<>();
        synchronized (this) {
            items.values().stream().filter(item -> item.state == State.SUBMITTED).forEach(item -> jobs.add(item.jobId));
        }
        if (jobs.isEmpty()) {
            return false;
        }
        Map<String, SlurmCommands.ElementState> states = slurm.squeue(jobs);
        boolean changed = collect();
        Set<String> neverSatisfied = new LinkedHashSet<>();
        synchronized (this) {
            for (Item item : items.values()) {
                if (item.state != State.SUBMITTED) {
                    continue;
                }
                SlurmCommands.ElementState state = states.get(item.elementId());
                if (state != null && state.alive()) {
                    item.goneObservations = 0;
                    if (state.reason().startsWith("DependencyNeverSatisfied")) {
                        neverSatisfied.add(item.jobId);
                    }
                    continue;
                }
                // ended (or purged) without its entry; one more look in case the file is still in flight
                if (++item.goneObservations < 2) {
                    changed = true;
                    continue;
                }
                elementEnded(item, state);
                changed = true;
            }
            if (!neverSatisfied.isEmpty()) {
                // a producer failed and is being retried: these arrays wait on the old job forever
                slurm.scancel(neverSatisfied);
                for (Item item : items.values()) {
                    if (item.state == State.SUBMITTED && neverSatisfied.contains(item.jobId)) {
                        item.state = State.WAITING;
                    }
                }
                changed = true;
            }
        }
        return changed;
    }

    private void elementEnded(Item item, SlurmCommands.ElementState state) {
        String why = failureMessage(item, state);
        item.attempts++;
        if (item.attempts <= settings.retries()) {
            LOG.log(System.Logger.Level.WARNING, item.work.taskName() + " failed in job " + item.elementId()
                    + " (attempt " + item.attempts + " of " + (settings.retries() + 1) + "): " + why + "; retrying");
            item.lastMessage = why;
            item.state = State.WAITING;
            return;
        }
        fail(item, item.work.taskName() + " failed after " + item.attempts + " attempt" + (item.attempts == 1 ? "" : "s")
                + " (last: Slurm job " + item.elementId() + ", log " + log(item) + "): " + why, false);
    }

    private String failureMessage(Item item, SlurmCommands.ElementState state) {
        try {
            for (WorkerProgress progress : WorkerProgress.read(progressFile(item))) {
                if (progress.key().equals(item.work.key()) && progress.state().equals(WorkerProgress.FAILED)) {
                    return progress.message();
                }
            }
        } catch (IOException unreadable) {
            // fall back to the scheduler's view
        }
        String scheduler = state == null ? "job gone from the scheduler" : "job state " + state.state()
                + (state.reason().isEmpty() || state.reason().equals("None") ? "" : " (" + state.reason() + ")");
        return scheduler + " without a result; last lines of the log: " + tail(log(item));
    }

    private void fail(Item item, String message, boolean inputFailed) {
        item.state = State.FAILED;
        item.result.completeExceptionally(new TaskFailedException(message, inputFailed));
        for (Item other : items.values()) {
            if ((other.state == State.WAITING || other.state == State.SUBMITTED)
                    && other.work.after().contains(item.work.taskName())) {
                fail(other, "input task " + item.work.taskName() + " failed", true);
            }
        }
    }

    /** Submits every waiting task whose producers are all submitted or done, grouped by their dependencies. */
    private boolean submitReady() throws IOException {
        boolean any = false;
        while (true) {
            Map<Set<String>, List<Item>> groups = new LinkedHashMap<>();
            synchronized (this) {
                for (Item item : items.values()) {
                    if (item.state != State.WAITING || cancelRequested) {
                        continue;
                    }
                    Set<String> dependencies = new LinkedHashSet<>();
                    boolean ready = true;
                    for (String producer : item.work.after()) {
                        Item input = items.get(producer);
                        if (input.state == State.SUBMITTED) {
                            dependencies.add(input.jobId);
                        } else if (input.state != State.DONE) {
                            ready = false;
                        }
                    }
                    if (ready) {
                        groups.computeIfAbsent(dependencies, d -> new ArrayList<>()).add(item);
                    }
                }
            }
            if (groups.isEmpty()) {
                return any;
            }
            for (Map.Entry<Set<String>, List<Item>> group : groups.entrySet()) {
                submit(group.getValue(), group.getKey());
            }
            any = true;
        }
    }

    private void submit(List<Item> group, Set<String> dependencies) throws IOException {
        Path directory = staging.resolve("jobs").resolve(String.format(Locale.ROOT, "%s-%d-%03d",
                plan.studyName().replaceAll("[^A-Za-z0-9_.-]", "_"), System.currentTimeMillis(), ++submissions));
        List<List<Item>> elements = new ArrayList<>();
        for (int i = 0; i < group.size(); i += settings.chunkSize()) {
            elements.add(group.subList(i, Math.min(group.size(), i + settings.chunkSize())));
        }
        for (int element = 0; element < elements.size(); element++) {
            Path specs = directory.resolve("element-" + element + ".specs");
            Files.createDirectories(specs);
            int order = 0;
            for (Item item : elements.get(element)) {
                Files.write(specs.resolve(String.format(Locale.ROOT, "%03d-%s.json", order++,
                        item.work.taskName().replaceAll("[^A-Za-z0-9_.-]", "_"))), item.work.spec());
            }
        }
        Path script = writeScript(directory);
        List<String> options = new ArrayList<>();
        options.add("--array=0-" + (elements.size() - 1)
                + (settings.maxConcurrentJobs() > 0 ? "%" + settings.maxConcurrentJobs() : ""));
        options.add("--job-name=alpwb-" + plan.studyName());
        options.add("--output=" + directory.resolve("element-%a.log"));
        options.add("--time=" + settings.timeLimit());
        options.add("--mem=" + settings.memoryMB() + "M");
        options.add("--cpus-per-task=" + settings.cpusPerTask());
        options.add("--chdir=" + directory);
        if (!settings.partition().isEmpty()) {
            options.add("--partition=" + settings.partition());
        }
        if (!dependencies.isEmpty()) {
            options.add("--dependency=afterok:" + String.join(":", dependencies));
        }
        options.addAll(settings.sbatchOptions());
        String jobId = slurm.sbatch(options, script.toString());
        synchronized (this) {
            submittedJobs.add(jobId);
            for (int element = 0; element < elements.size(); element++) {
                for (Item item : elements.get(element)) {
                    item.state = State.SUBMITTED;
                    item.jobId = jobId;
                    item.index = element;
                    item.directory = directory;
                    item.goneObservations = 0;
                    item.reportedDone = 0;
                    journal.put(item.work.key(), new Journal.Entry(item.work.taskName(), jobId, element,
                            directory.toString(), item.attempts));
                }
            }
        }
        journal.save(plan.studyName(), staging);
        LOG.log(System.Logger.Level.DEBUG, "submitted job array " + jobId + " (" + group.size() + " tasks in "
                + elements.size() + " elements" + (dependencies.isEmpty() ? "" : ", after " + dependencies) + ")");
    }

    private Path writeScript(Path directory) throws IOException {
        String script = "#!/bin/bash\n"
                + "# written by alpwb (executor slurm): array element N runs the specs in element-N.specs/ with\n"
                + "# alpwb worker, inputs and outputs as entry files in the staging directory\n"
                + "set -u\n"
                + "dir=" + quote(directory.toString()) + "\n"
                + "i=\"${SLURM_ARRAY_TASK_ID:-0}\"\n"
                + "specs=()\n"
                + "for spec in \"$dir/element-$i.specs\"/*.json; do specs+=(--spec \"$spec\"); done\n"
                + "cache=\"${TMPDIR:-/tmp}/alpwb-worker-${SLURM_JOB_ID:-$$}\"\n"
                + "# a private cache directory that the worker never opens: the shared cache is the driver's alone\n"
                + "export ALPWB_CACHE_DIR=\"$cache\"\n"
                + "export ALPWB_JAVA_OPTS=" + quote("-Xmx" + settings.workerHeapMB() + "m") + "\n"
                + quote(launcher) + " worker --entries " + quote(entries.toString())
                + " --progress \"$dir/element-$i.progress\" --threads \"${SLURM_CPUS_PER_TASK:-1}\" \"${specs[@]}\"\n"
                + "status=$?\n"
                + "rm -rf \"$cache\"\n"
                + "exit $status\n";
        Path file = directory.resolve("job.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            // sbatch runs the script with bash regardless of its mode
        }
        return file;
    }

    /** Queued, running or progress from the workers' progress files, on the engine's live line. */
    private void report() {
        Map<Path, List<WorkerProgress>> files = new HashMap<>();
        synchronized (this) {
            for (Item item : items.values()) {
                if (item.state != State.SUBMITTED) {
                    continue;
                }
                ProgressMonitor monitor = plan.monitor(item.work.taskName());
                List<WorkerProgress> progress = files.computeIfAbsent(progressFile(item), file -> {
                    try {
                        return WorkerProgress.read(file);
                    } catch (IOException e) {
                        return List.of();
                    }
                });
                WorkerProgress mine = progress.stream().filter(p -> p.key().equals(item.work.key())).findFirst()
                        .orElse(null);
                String attempt = item.attempts > 0 ? ", attempt " + (item.attempts + 1) : "";
                if (mine == null || mine.state().equals(WorkerProgress.WAITING)) {
                    monitor.subtask((mine == null ? "queued" : "waiting") + " (job " + item.elementId() + attempt + ")");
                } else if (mine.state().equals(WorkerProgress.RUNNING)) {
                    monitor.subtask("running (job " + item.elementId() + attempt + ")");
                    if (mine.total() > 0 && item.reportedDone == 0) {
                        monitor.begin(item.work.taskName(), mine.total());
                    }
                    if (mine.done() > item.reportedDone) {
                        monitor.worked(mine.done() - item.reportedDone);
                        item.reportedDone = mine.done();
                    }
                }
            }
        }
    }

    private Path progressFile(Item item) {
        return item.directory.resolve("element-" + item.index + ".progress");
    }

    private Path log(Item item) {
        return item.directory == null ? staging : item.directory.resolve("element-" + item.index + ".log");
    }

    private synchronized boolean allTerminal() {
        return items.values().stream().allMatch(item -> item.state == State.DONE || item.state == State.FAILED);
    }

    private synchronized void failAll(String message) {
        for (Item item : items.values()) {
            if (item.state != State.DONE && item.state != State.FAILED) {
                item.state = State.FAILED;
                item.result.completeExceptionally(new TaskFailedException(message));
            }
        }
        scancelAll();
    }

    /** scancel every job of this run that is still queued or running, and wait until they are gone. */
    private void scancelAll() {
        Set<String> jobs;
        synchronized (this) {
            jobs = new LinkedHashSet<>(submittedJobs);
        }
        if (jobs.isEmpty()) {
            return;
        }
        try {
            Set<String> alive = new LinkedHashSet<>();
            slurm.squeue(jobs).forEach((element, state) -> {
                if (state.alive()) {
                    alive.add(element.substring(0, element.indexOf('_')));
                }
            });
            if (alive.isEmpty()) {
                return;
            }
            jobs = alive;
            slurm.scancel(jobs);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline
                    && slurm.squeue(jobs).values().stream().anyMatch(SlurmCommands.ElementState::alive)) {
                Thread.sleep(250);
            }
            if (cancelRequested) {
                System.err.println("alpwb: cancelled Slurm job" + (jobs.size() == 1 ? " " : "s ") + String.join(", ", jobs));
            }
        } catch (IOException e) {
            System.err.println("alpwb: scancel " + String.join(" ", jobs) + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ctrl-C or SIGTERM of the driver: the JVM runs this before it exits, so no job is left behind. */
    private void cancelOnShutdown() {
        if (!finished && !allTerminal()) {
            cancel();
        }
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    /** After a fully successful plan: the job directories and entries are copies of what the cache now holds. */
    private void cleanUp() {
        synchronized (this) {
            if (items.values().stream().anyMatch(item -> item.state != State.DONE)) {
                return; // keep logs and entries for inspection and for the next attempt
            }
        }
        deleteTree(staging.resolve("jobs"));
        deleteTree(entries);
        try {
            Files.deleteIfExists(staging);
        } catch (IOException notEmpty) {
            // shared with another run or holding the user's own files
        }
    }

    private boolean validEntry(String key) {
        try {
            EntryFile.read(entries, key);
            return true;
        } catch (IOException | EntryFile.CorruptEntryFileException e) {
            return false;
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "(empty)" : String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a later run overwrites it
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(SlurmRun::deleteQuietly);
        } catch (IOException e) {
            // leftovers in staging do no harm
        }
    }

}
