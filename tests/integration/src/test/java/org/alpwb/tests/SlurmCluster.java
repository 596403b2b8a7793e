package org.alpwb.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Slurm cluster the executor tests run against: the one named by SLURM_CONF (CI starts it with
 * tests/slurm/cluster.sh before the build), else one started here with the same script and stopped at the
 * end. When none can be had the tests fail under CI=true and are skipped elsewhere, with the reason.
 */
final class SlurmCluster implements AutoCloseable {
    private final String conf;
    private final Path startedDirectory;

    private SlurmCluster(String conf, Path startedDirectory) {
        this.conf = conf;
        this.startedDirectory = startedDirectory;
    }

    static SlurmCluster obtain() throws Exception {
        String existing = System.getenv("SLURM_CONF");
        List<String> problems = new ArrayList<>();
        if (existing != null && !existing.isEmpty()) {
            String sinfo = run(List.of("sinfo", "-h", "-o", "%t"), existing);
            if (sinfo.matches("(?s).*(idle|mix|alloc).*")) {
                return new SlurmCluster(existing, null);
            }
            problems.add("SLURM_CONF=" + existing + " but sinfo says: " + sinfo.trim());
        }
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "alpwb-slurm-test-" + ProcessHandle.current().pid());
        String started = run(List.of(Paths.root().resolve("tests/slurm/cluster.sh").toString(), "start",
                directory.toString()), null);
        String conf = directory.resolve("slurm.conf").toString();
        if (started.contains("cluster up")) {
            return new SlurmCluster(conf, directory);
        }
        problems.add("tests/slurm/cluster.sh start: " + started.trim());
        String message = "no Slurm cluster: " + String.join("; ", problems);
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: the Slurm tests must run; .ci/run installs slurmctld, slurmd,"
                    + " slurm-client and munge and starts the cluster)");
        }
        Assumptions.abort(message);
        return null;
    }

    String conf() {
        return conf;
    }

    /** A Slurm tool's standard output (and error), with this cluster's configuration. */
    String tool(String... command) throws Exception {
        return run(List.of(command), conf);
    }

    /** Elements of the given jobs that the controller lists as not finished. */
    List<String> aliveElements(List<String> jobIds) throws Exception {
        List<String> alive = new ArrayList<>();
        if (jobIds.isEmpty()) {
            return alive;
        }
        String out = tool("squeue", "-h", "-t", "all", "-r", "-j", String.join(",", jobIds), "-o", "%i %t");
        for (String line : out.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 2 && fields[1].matches("PD|R|CG|CF|S|RQ|RS|RH|RF")) {
                alive.add(fields[0]);
            }
        }
        return alive;
    }

    @Override
    public void close() throws Exception {
        if (startedDirectory != null) {
            run(List.of(Paths.root().resolve("tests/slurm/cluster.sh").toString(), "stop", startedDirectory.toString()),
                    null);
        }
    }

    private static String run(List<String> command, String conf) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (conf != null) {
            builder.environment().put("SLURM_CONF", conf);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return "cannot run " + command.get(0) + ": " + e.getMessage();
        }
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new String(out, StandardCharsets.UTF_8);
    }

}
