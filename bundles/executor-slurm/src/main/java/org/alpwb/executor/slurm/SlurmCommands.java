package org.alpwb.executor.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slurm's own command-line tools ({@code sbatch}, {@code squeue}, {@code scancel}, {@code sinfo}), each run as
 * a process with a time-out; a failing tool is an {@link IOException} with its standard error.
 */
class SlurmCommands {
    private static final Pattern ELEMENT = Pattern.compile("(\\d+)_(\\d+)");
    private static final Pattern PENDING_RANGE = Pattern.compile("(\\d+)_\\[([0-9,\\-]+)(?:%\\d+)?\\]");

    /** One array element as squeue reports it: compact state code (PD, R, CG, CD, F, CA, ...) and reason. */
    record ElementState(String state, String reason) {
        boolean alive() {
            return switch (state) {
                case "PD", "R", "CG", "CF", "S", "ST", "RQ", "RS", "RH", "RF", "SO", "SI" -> true;
                default -> false;
            };
        }
    }

    /** The partitions of the cluster. */
    List<String> partitions() throws IOException {
        List<String> partitions = new ArrayList<>();
        for (String line : run(List.of("sinfo", "-h", "-o", "%R")).split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !partitions.contains(name)) {
                partitions.add(name);
            }
        }
        return partitions;
    }

    /** Submits a batch script; returns the job id ({@code sbatch --parsable} prints {@code id[;cluster]}). */
    String sbatch(List<String> options, String script) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("sbatch");
        command.add("--parsable");
        command.addAll(options);
        command.add(script);
        String out = run(command).trim();
        String id = out.contains(";") ? out.substring(0, out.indexOf(';')) : out;
        if (!id.matches("\\d+")) {
            throw new IOException("sbatch printed '" + out + "' instead of a job id");
        }
        return id;
    }

    /**
     * States of the elements of the given array jobs that the controller still knows ({@code -t all}: finished
     * ones too, until MinJobAge); keys are {@code jobId_index}. Elements not listed are gone.
     */
    Map<String, ElementState> squeue(Collection<String> jobIds) throws IOException {
        Map<String, ElementState> states = new LinkedHashMap<>();
        if (jobIds.isEmpty()) {
            return states;
        }
        String out;
        try {
            out = run(List.of("squeue", "-h", "-t", "all", "-r", "-j", String.join(",", jobIds), "-o", "%i %t %r"));
        } catch (IOException e) {
            if (!e.getMessage().contains("Invalid job id")) {
                throw e;
            }
            out = ""; // every one of them has been purged already
        }
        parseSqueue(out, states);
        return states;
    }

    static void parseSqueue(String out, Map<String, ElementState> states) {
        for (String line : out.split("\n")) {
            String[] fields = line.trim().split("\\s+", 3);
            if (fields.length < 2) {
                continue;
            }
            ElementState state = new ElementState(fields[1], fields.length > 2 ? fields[2] : "");
            Matcher element = ELEMENT.matcher(fields[0]);
            Matcher range = PENDING_RANGE.matcher(fields[0]);
            if (element.matches()) {
                states.put(fields[0], state);
            } else if (range.matches()) {
                for (String part : range.group(2).split(",")) {
                    String[] bounds = part.split("-");
                    int from = Integer.parseInt(bounds[0]);
                    int to = bounds.length > 1 ? Integer.parseInt(bounds[1]) : from;
                    for (int i = from; i <= to; i++) {
                        states.put(range.group(1) + "_" + i, state);
                    }
                }
            } else if (fields[0].matches("\\d+")) {
                states.put(fields[0] + "_0", state); // a job that is not an array: element 0
            }
        }
    }

    void scancel(Collection<String> jobIds) throws IOException {
        if (!jobIds.isEmpty()) {
            List<String> command = new ArrayList<>(List.of("scancel"));
            command.addAll(jobIds);
            run(command);
        }
    }

    /** Runs a tool; standard output, or an IOException naming the command and its standard error. */
    String run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("cannot run " + command.get(0) + " (is this a Slurm submit host? " + e.getMessage() + ")",
                    e);
        }
        process.getOutputStream().close();
        byte[] err;
        byte[] out;
        try {
            ByteSink errSink = new ByteSink(process);
            Thread errReader = new Thread(errSink, "slurm-stderr");
            errReader.setDaemon(true);
            errReader.start();
            out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 120 s");
            }
            errReader.join(5000);
            err = errSink.bytes();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command.subList(0, Math.min(command.size(), 3))) + "... exited with "
                    + process.exitValue() + ": " + new String(err, StandardCharsets.UTF_8).trim());
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static final class ByteSink implements Runnable {
        private final Process process;
        private volatile byte[] bytes = new byte[0];

        ByteSink(Process process) {
            this.process = process;
        }

        @Override
        public void run() {
            try {
                bytes = process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                // the process is gone; what we have is enough for a message
            }
        }

        byte[] bytes() {
            return bytes;
        }
    }
}
