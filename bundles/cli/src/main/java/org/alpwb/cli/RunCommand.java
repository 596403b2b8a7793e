package org.alpwb.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.study.StudyEngine;
import org.alpwb.api.study.StudyResult;
import org.alpwb.api.study.StudyRunOptions;
import org.alpwb.api.study.TaskOutcome;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alpwb run STUDY}: runs a study file with progress, resuming from the cache. */
@Component(service = Command.class, property = {ServiceProperties.ID + "=run",
        ServiceProperties.LABEL + "=Run a study", ServiceProperties.KIND + "=" + ServiceProperties.KIND_COMMAND})
public class RunCommand implements Command {
    private final StudyEngine engine;

    @Activate
    public RunCommand(@Reference StudyEngine engine) {
        this.engine = engine;
    }

    static final class Options {
        @Parameters(index = "0", paramLabel = "STUDY")
        String study;
        @Option(names = "--out")
        String out;
        @Option(names = "--threads")
        Integer threads;
        @Option(names = "--quiet")
        boolean quiet;
        @Option(names = "--json")
        boolean json;
        @Option(names = "--set")
        Map<String, String> settings = new LinkedHashMap<>();
        @Option(names = "--check")
        boolean check;
        @Option(names = "--profile")
        String profile;
    }

    @Override
    public String summary() {
        return "run a study file (task graph, cached results, progress, report)";
    }

    @Override
    public String usage() {
        return """
                usage: alpwb run STUDY.json [--profile NAME] [--out DIR] [--threads N] [--set NAME=VALUE ...] [--quiet | --json] [--check]
                  Runs every task of the study; results already in the cache are reused, so an interrupted run
                  resumes where it stopped. Each task's files go to DIR/<task>/, and DIR/study-manifest.json
                  records every task's key, status and files.
                  --out DIR         output directory (default: alpwb-out/<study file name>)
                  --threads N       worker threads (default: number of cores); results do not depend on it
                  --profile NAME    apply a named profile of the study (e.g. quick, full): a set of setting overrides
                  --set NAME=VALUE  override a setting declared in the study's "settings" (repeatable)
                  --quiet           print only errors and the final summary line
                  --json            machine-readable progress: one JSON object per line on standard output
                  --check           only validate the study file against the schema and the installed plugins
                exit codes: 0 all tasks done, 1 a task failed, 2 bad input (study file, options), 130 cancelled with Ctrl-C
                  (143 with SIGTERM); a second Ctrl-C stops at once. Finished tasks stay cached either way.
                """;
    }

    @Override
    public int run(List<String> args, CommandIO io) {
        Options options = new Options();
        if (!Arguments.parse(options, args, io, "run", usage())) {
            return ExitCodes.BAD_INPUT;
        }
        Path study = io.inputFile("STUDY", options.study); // a directory is named as one, not as "does not exist"

        Map<String, Object> overrides = new LinkedHashMap<>(options.settings);
        if (options.profile != null) {
            overrides.put("profile", options.profile);
        }
        if (options.check) {
            engine.validate(study, overrides);
            io.out().println(study + ": valid" + (overrides.isEmpty() ? "" : " with " + overrides));
            return ExitCodes.OK;
        }
        int threads = options.threads == null ? Runtime.getRuntime().availableProcessors() : options.threads;
        if (threads < 1 || threads > 1024) {
            throw new InvalidInputException("--threads", "threads", threads, "an integer in [1, 1024]");
        }
        Path out = options.out != null ? io.resolve(options.out)
                : io.resolve("alpwb-out").resolve(study.getFileName().toString().replaceFirst("\\.json$", ""));
        StudyProgressView.Mode mode = options.json ? StudyProgressView.Mode.JSON
                : options.quiet ? StudyProgressView.Mode.QUIET
                : io.interactive() ? StudyProgressView.Mode.TERMINAL : StudyProgressView.Mode.PLAIN;
        AtomicBoolean cancelled = new AtomicBoolean();
        StudyResult result;
        int interrupted;
        try (Interrupts.Registration ctrlC = Interrupts.cancelling(() -> cancelled.set(true))) {
            result = engine.run(study, new StudyRunOptions(out, threads, overrides, cancelled::get),
                    new StudyProgressView(mode, io.out(), io.err(), cancelled::get));
            interrupted = Interrupts.exitCode();
        }
        if (cancelled.get()) {
            reportCancelled(result, options.json, io);
            return interrupted != 0 ? interrupted : Interrupts.CTRL_C;
        }
        report(result, options.json, io);
        return result.success() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** One line: what is done (and cached), what is not, how to resume. */
    private static void reportCancelled(StudyResult result, boolean json, CommandIO io) {
        long done = result.count(TaskOutcome.Status.COMPUTED) + result.count(TaskOutcome.Status.CACHED);
        String line = String.format(Locale.ROOT, "study %s: cancelled after %.1f s; %d of %d tasks done and cached "
                + "(%d computed now), %d not finished; the same command resumes", result.studyName(), result.seconds(),
                done, result.tasks().size(), result.count(TaskOutcome.Status.COMPUTED), result.tasks().size() - done);
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("event", "study-cancelled");
            summary.put("study", result.studyName());
            summary.put("done", done);
            summary.put("tasks", result.tasks().size());
            summary.put("seconds", result.seconds());
            try {
                io.out().println(new ObjectMapper().writeValueAsString(summary));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            io.out().println(line);
        }
    }

    private static void report(StudyResult result, boolean json, CommandIO io) {
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("event", "study-finished");
            summary.put("study", result.studyName());
            summary.put("success", result.success());
            summary.put("output", result.outputDirectory().toString());
            summary.put("seconds", result.seconds());
            for (TaskOutcome.Status status : TaskOutcome.Status.values()) {
                summary.put(status.name().toLowerCase(Locale.ROOT), result.count(status));
            }
            try {
                io.out().println(new ObjectMapper().writeValueAsString(summary));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        // the summary is the command's result: standard output (progress and failures stay on standard error)
        io.out().printf(Locale.ROOT, "study %s: %d tasks (%d computed, %d cached, %d failed, %d skipped) in %.1f s%n",
                result.studyName(), result.tasks().size(), result.count(TaskOutcome.Status.COMPUTED),
                result.count(TaskOutcome.Status.CACHED), result.count(TaskOutcome.Status.FAILED),
                result.count(TaskOutcome.Status.SKIPPED), result.seconds());
        for (TaskOutcome task : result.tasks()) {
            if (task.status() == TaskOutcome.Status.FAILED) {
                io.err().println("  FAILED " + task.taskName() + ": " + task.message());
            }
        }
        io.out().println("outputs: " + result.outputDirectory());
        try (java.util.stream.Stream<Path> files = Files.find(result.outputDirectory(), 2,
                (path, attributes) -> path.getFileName().toString().equals("report.html"))) {
            files.forEach(report -> io.out().println("report: " + report));
        } catch (java.io.IOException e) {
            // listing the report is a convenience; the outputs line above already says where everything is
        }
    }
}
