package org.alpwb.executor.slurm;

import java.nio.file.Path;
import java.util.List;
import org.alpwb.api.study.TaskConfig;

/**
 * The study's {@code execution} block for executor {@code slurm}, checked field by field (errors name
 * {@code execution.<field>} and the allowed values). Relative paths are relative to the driver's working
 * directory; the staging directory defaults to {@code <output>/.slurm-staging}.
 */
record SlurmSettings(String partition, String timeLimit, long memoryMB, int cpusPerTask, int chunkSize,
        int maxConcurrentJobs, int retries, String staging, String launcher, double pollSeconds,
        double maxPollSeconds, List<String> sbatchOptions) {

    static final List<String> FIELDS = List.of("executor", "partition", "timeLimit", "memoryMB", "cpusPerTask",
            "chunkSize", "maxConcurrentJobs", "retries", "staging", "launcher", "pollSeconds", "maxPollSeconds",
            "sbatchOptions");
    private static final String TIME = "(\\d+-)?\\d{1,4}(:\\d{2}){0,2}|\\d+-\\d{1,2}";

    static SlurmSettings of(TaskConfig block) {
        block.allowOnly(FIELDS.toArray(String[]::new));
        String partition = block.string("partition", "");
        String timeLimit = block.string("timeLimit", "01:00:00");
        if (!timeLimit.matches(TIME)) {
            throw block.invalid("timeLimit", timeLimit,
                    "a Slurm time limit: MINUTES, HH:MM:SS, D-HH or D-HH:MM:SS (e.g. \"00:30:00\")");
        }
        long memoryMB = block.integer("memoryMB", 4096, 256, 16L << 20);
        int cpus = (int) block.integer("cpusPerTask", 1, 1, 1024);
        int chunkSize = (int) block.integer("chunkSize", 4, 1, 100_000);
        int maxConcurrent = (int) block.integer("maxConcurrentJobs", 0, 0, 100_000);
        int retries = (int) block.integer("retries", 2, 0, 20);
        String staging = block.string("staging", "");
        String launcher = block.string("launcher", "");
        double poll = block.number("pollSeconds", 1.0, 0.1, 600);
        double maxPoll = block.number("maxPollSeconds", 10.0, poll, 3600);
        List<String> options = block.strings("sbatchOptions", List.of());
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (!option.startsWith("-") || option.matches("--?(array|dependency|output|error|parsable|wrap)(=.*)?")) {
                throw block.invalid("sbatchOptions[" + i + "]", option,
                        "an sbatch option such as \"--account=belle2\" or \"--qos=short\" (not --array, --dependency,"
                                + " --output, --error, --parsable, --wrap: the executor sets those)");
            }
        }
        return new SlurmSettings(partition, timeLimit, memoryMB, cpus, chunkSize, maxConcurrent, retries, staging,
                launcher, poll, maxPoll, List.copyOf(options));
    }

    /**
     * This run's staging directory, shared between the driver and the nodes: under a configured {@code staging}
     * one sub-directory per output directory, so that runs sharing it never clean up each other's files.
     */
    Path stagingDirectory(String studyName, Path outputDirectory) {
        Path output = outputDirectory.toAbsolutePath().normalize();
        if (staging.isEmpty()) {
            return output.resolve(".slurm-staging");
        }
        String run = studyName.replaceAll("[^A-Za-z0-9_.-]", "_") + "-"
                + String.format("%08x", output.toString().hashCode());
        return Path.of(staging).toAbsolutePath().normalize().resolve(run);
    }

    /** Heap for the worker JVM: 80 % of the job's memory, the rest for the JVM itself and the framework. */
    long workerHeapMB() {
        return Math.max(128, memoryMB * 4 / 5);
    }
}
