package org.alpwb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, the bad-input corpus: every case through the real launcher. Each must exit 2 (bad input; 1 where
 * the environment is at fault), with the first line of standard error naming the file or field (the pattern),
 * no stack trace and no exception class names, at most one line unless the command prints its usage after the
 * message; and the result cache must be unchanged afterwards (same entries, same stored bytes).
 */
class BadInputCorpusTest {
    @TempDir
    Path work;

    /** One bad input: the arguments ({@code @} = the work directory), the exit code and what the message names. */
    record Case(String name, int exit, String pattern, boolean usageFollows, String... args) {
        static Case of(String name, String pattern, String... args) {
            return new Case(name, 2, pattern, false, args);
        }

        static Case withUsage(String name, String pattern, String... args) {
            return new Case(name, 2, pattern, true, args);
        }
    }

    private static final String EEGG = "examples/alp-eegg.json";

    private List<Case> cases() {
        String eegg = Paths.root().resolve(EEGG).toString();
        return List.of(
                // study files and run options
                Case.of("run: missing study file", "missing\\.json.*does not exist", "run", "@/missing.json"),
                Case.of("run: a directory as study", "empty-dir.*is a directory", "run", "@/empty-dir"),
                Case.of("run: truncated JSON", "truncated\\.json.*ends before the JSON", "run", "@/truncated.json"),
                Case.of("run: JSON syntax", "syntax\\.json: not valid JSON at line 1", "run", "@/syntax.json"),
                Case.of("run: unknown task type", "tasks\\.a\\.type.*simulate", "run", "@/unknown-type.json"),
                Case.of("run: unknown config field", "tasks\\.a\\.config\\.evnets.*known fields", "run", "@/typo.json"),
                Case.of("run: unknown setting", "nosuch", "run", eegg, "--set", "nosuch=3", "--check"),
                Case.of("run: unknown run condition (--check)", "tasks\\.sim-signal-[0-9.]+\\.config\\.condition.*exp22-run30",
                        "run", eegg, "--set", "condition=exp22-run31", "--check"),
                Case.of("run: unknown run condition (run)", "tasks\\.sim-signal-[0-9.]+\\.config\\.condition",
                        "run", eegg, "--profile", "ci", "--set", "condition=exp22-run31", "--out", "@/out-condition"),
                Case.of("run: unknown profile", "profile.*quick", "run", eegg, "--profile", "nosuch", "--check"),
                Case.of("run: setting of the wrong type", "signalEvents", "run", eegg, "--set", "signalEvents=many",
                        "--check"),
                Case.of("run: --threads 0", "--threads", "run", eegg, "--threads", "0", "--out", "@/out-threads"),
                Case.of("run: --out is a file", "out-file", "run", "@/tiny.json", "--out", "@/out-file"),
                Case.of("run: input of the wrong artifact type", "tasks\\.sim\\.inputs\\.events.*alpwb/cross-section.*"
                        + "alpwb/event-block", "run", "@/miswired.json"),
                Case.of("run: required input missing", "tasks\\.reco\\.inputs\\.events.*needs this input", "run",
                        "@/missing-input.json"),
                Case.of("run: undeclared input name", "tasks\\.sim\\.inputs\\.event.*its inputs: events", "run",
                        "@/undeclared-input.json"),
                Case.of("run: unknown detector", "tasks\\.sim\\.config\\.detector.*belle2", "run", "@/detector.json"),
                Case.of("run: unknown channel", "tasks\\.reco\\.config\\.channel.*eegg", "run", "@/channel.json"),
                Case.of("run: unknown selection", "tasks\\.reco\\.config\\.selection", "run", "@/selection.json"),
                Case.of("run: ggg selection with an inverted polar-angle window",
                        "parameters\\.thetaLabMinDeg.*less than thetaLabMaxDeg", "run", "@/ggg-window.json"),
                Case.of("run: unknown process", "tasks\\.gen\\.config\\.process.*alp-fusion", "run", "@/process.json"),
                Case.of("run: events out of range", "tasks\\.gen\\.config\\.events", "run", "@/events.json"),
                Case.of("run: input cycle", "inputs.*->", "run", "@/cycle.json"),
                Case.withUsage("run: unknown option", "--frobnicate", "run", eegg, "--frobnicate"),
                // xsec and generate
                Case.of("xsec: unknown process", "process.*mumu", "xsec", "--process", "nosuch"),
                Case.of("xsec: a mass for a process without one", "massGeV.*only the ALP processes", "xsec",
                        "--process", "mumu", "--mass", "1"),
                Case.of("xsec: missing ALP mass", "massGeV.*\\(missing\\).*--mass", "xsec", "--process", "alp-fusion"),
                Case.of("xsec: inverted angular cuts", "theta_min_deg/theta_max_deg.*minimum below the maximum", "xsec",
                        "--process", "mumu", "--cut", "theta_min_deg=170", "--cut", "theta_max_deg=10"),
                Case.of("xsec: unknown cut", "cut bogus", "xsec", "--process", "mumu", "--cut", "bogus=1"),
                Case.of("xsec: cut not a number", "--cut theta_min_deg.*a number", "xsec", "--process", "mumu", "--cut",
                        "theta_min_deg=abc"),
                Case.of("xsec: precision 0", "precision", "xsec", "--process", "mumu", "--precision", "0"),
                Case.of("xsec: negative sqrt(s)", "sqrtSGeV", "xsec", "--process", "mumu", "--sqrt-s", "-1"),
                Case.of("xsec: isr maybe", "--isr.*on, off", "xsec", "--process", "mumu", "--isr", "maybe"),
                Case.of("xsec: empty mass scan", "--scan-mass", "xsec", "--process", "alp-fusion", "--scan-mass",
                        "1:0:0.1"),
                Case.of("xsec: --curve of a process without a mass", "--process.*bhabha.*alp-fusion", "xsec", "--process",
                        "bhabha", "--scan-mass", "0.1:1:0.1", "--curve"),
                Case.of("xsec: --curve with too few nodes", "--nodes.*3.*8\\.\\.400", "xsec", "--process", "alp-fusion",
                        "--scan-mass", "0.1:9.5:0.005", "--curve", "--nodes", "3"),
                Case.of("generate: --out is an empty directory", "--out.*empty-dir.*is a directory", "generate",
                        "--process", "mumu", "--cut", "theta_min_deg=30", "--cut", "theta_max_deg=150", "--events",
                        "10", "--out", "@/empty-dir"),
                Case.of("generate: --out in a missing directory", "--out.*does not exist", "generate", "--process",
                        "mumu", "--cut", "theta_min_deg=30", "--cut", "theta_max_deg=150", "--events", "10", "--out",
                        "@/no/such/dir/x.lhe"),
                Case.of("generate: --events 0", "--events", "generate", "--process", "mumu", "--events", "0", "--out",
                        "@/x.lhe"),
                // reconstruct
                Case.of("reconstruct: --input is a directory", "--input.*is a directory", "reconstruct", "--channel",
                        "eegg", "--detector", "belle2", "--input", "@/empty-dir", "--out", "@/t.csv"),
                Case.of("reconstruct: --input missing", "--input.*does not exist", "reconstruct", "--channel", "eegg",
                        "--detector", "belle2", "--input", "@/missing.lhe", "--out", "@/t.csv"),
                Case.of("reconstruct: --out = --input", "--out.*which it would overwrite", "reconstruct", "--channel",
                        "eegg", "--detector", "belle2", "--input", "@/good.lhe", "--out", "@/good.lhe"),
                Case.of("reconstruct: --out is a directory", "--out.*is a directory", "reconstruct", "--channel",
                        "eegg", "--detector", "belle2", "--input", "@/good.lhe", "--out", "@/empty-dir"),
                Case.of("reconstruct: NaN momentum", "nan\\.lhe.*PUP\\(1\\) at line \\d+.*finite", "reconstruct",
                        "--channel", "eegg", "--detector", "belle2", "--input", "@/nan.lhe", "--out", "@/t.csv"),
                Case.of("reconstruct: pp beams", "pp\\.lhe.*beams 2212 2212.*e\\+e-", "reconstruct", "--channel",
                        "eegg", "--detector", "belle2", "--input", "@/pp.lhe", "--out", "@/t.csv"),
                Case.of("reconstruct: e+e- beams at another energy", "lep\\.lhe.*beams -11 11 at sqrt\\(s\\) = 91\\.20 GeV"
                        + ".*10\\.58 GeV", "reconstruct", "--channel", "eegg", "--detector", "belle2", "--input", "@/lep.lhe",
                        "--out", "@/t.csv"),
                Case.of("reconstruct: truncated LHE", "cut\\.lhe.*(event|particle line)", "reconstruct", "--channel", "eegg",
                        "--detector", "belle2", "--input", "@/cut.lhe", "--out", "@/t.csv"),
                Case.of("reconstruct: unknown channel", "--channel.*eegg", "reconstruct", "--channel", "nosuch",
                        "--detector", "belle2", "--input", "@/good.lhe", "--out", "@/t.csv"),
                Case.of("reconstruct: unknown condition", "condition.*exp22-run30", "reconstruct", "--channel", "eegg",
                        "--detector", "belle2", "--condition", "nosuch", "--input", "@/good.lhe", "--out", "@/t.csv"),
                // limits
                Case.of("limits: workspace missing", "--workspace.*does not exist", "limits", "--workspace",
                        "@/missing-ws.json", "--upper-limit"),
                Case.of("limits: workspace is a directory", "--workspace.*is a directory", "limits", "--workspace",
                        "@/empty-dir", "--upper-limit"),
                Case.of("limits: --toys 2e9", "--toys.*in memory", "limits", "--workspace", "@/ws.json", "--upper-limit",
                        "--toys", "2000000000"),
                Case.of("limits: negative background yield", "negative-ws\\.json.*samples\\[1\\]\\.data\\[0\\]", "limits",
                        "--workspace", "@/negative-ws.json", "--upper-limit"),
                Case.of("limits: all-zero signal", "zero-ws\\.json.*yield > 0", "limits", "--workspace", "@/zero-ws.json",
                        "--upper-limit"),
                Case.of("limits: --cl 1.5", "--cl", "limits", "--workspace", "@/ws.json", "--upper-limit", "--cl", "1.5"),
                Case.of("limits: truncated workspace", "truncated-ws\\.json", "limits", "--workspace",
                        "@/truncated-ws.json", "--upper-limit"),
                // cache and dispatch
                Case.withUsage("cache: unknown sub-command", "frobnicate", "cache", "frobnicate"),
                Case.of("cache clear without --yes off a terminal", "--yes", "cache", "clear"),
                Case.of("unknown command", "unknown command 'frobnicate'", "frobnicate"));
    }

    private void writeInputs() throws Exception {
        Files.createDirectories(work.resolve("empty-dir"));
        Files.writeString(work.resolve("out-file"), "a file, not a directory");
        Files.writeString(work.resolve("truncated.json"), "{\"name\": \"t\", \"seed\": 1, \"tasks\": {\"a\": {\"type\"");
        Files.writeString(work.resolve("syntax.json"), "{\"name\": \"t\",, }");
        study("unknown-type.json", "\"a\": {\"type\": \"simulat\"}");
        study("typo.json", "\"a\": {\"type\": \"generate\", \"config\": {\"process\": \"mumu\", \"evnets\": 10}}");
        study("tiny.json", "\"a\": {\"type\": \"cross-section\", \"config\": {\"process\": \"mumu\", "
                + "\"cuts\": {\"theta_min_deg\": 30, \"theta_max_deg\": 150}}}");
        String gen = "\"gen\": {\"type\": \"generate\", \"config\": {\"process\": \"mumu\", \"events\": 10, "
                + "\"cuts\": {\"theta_min_deg\": 30, \"theta_max_deg\": 150}}}, ";
        String xsec = "\"xs\": {\"type\": \"cross-section\", \"config\": {\"process\": \"mumu\", "
                + "\"cuts\": {\"theta_min_deg\": 30, \"theta_max_deg\": 150}}}, ";
        study("miswired.json", gen + xsec + "\"sim\": {\"type\": \"simulate\", \"inputs\": {\"events\": \"xs\"}}");
        study("missing-input.json", gen + "\"sim\": {\"type\": \"simulate\", \"inputs\": {\"events\": \"gen\"}}, "
                + "\"reco\": {\"type\": \"reconstruct\", \"config\": {\"channel\": \"eegg\"}, \"inputs\": {\"reco\": \"sim\"}}");
        study("undeclared-input.json", gen + "\"sim\": {\"type\": \"simulate\", \"inputs\": {\"event\": \"gen\"}}");
        study("detector.json", gen + "\"sim\": {\"type\": \"simulate\", \"config\": {\"detector\": \"belle3\"}, "
                + "\"inputs\": {\"events\": \"gen\"}}");
        String sim = "\"sim\": {\"type\": \"simulate\", \"inputs\": {\"events\": \"gen\"}}, ";
        study("channel.json", gen + sim + "\"reco\": {\"type\": \"reconstruct\", \"config\": {\"channel\": \"eegg2\"}, "
                + "\"inputs\": {\"reco\": \"sim\", \"events\": \"gen\"}}");
        study("selection.json", gen + sim + "\"reco\": {\"type\": \"reconstruct\", \"config\": {\"channel\": \"eegg\", "
                + "\"selection\": \"nosuch\"}, \"inputs\": {\"reco\": \"sim\", \"events\": \"gen\"}}");
        study("ggg-window.json", "\"gen\": {\"type\": \"generate\", \"config\": {\"process\": \"alp-strahlung\", "
                + "\"massGeV\": 1.0, \"events\": 10}}, " + sim + "\"reco\": {\"type\": \"reconstruct\", \"config\": "
                + "{\"channel\": \"ggg\"}, \"inputs\": {\"reco\": \"sim\", \"events\": \"gen\"}}, \"model\": {\"type\": "
                + "\"signal-model\", \"config\": {\"strategy\": \"belle2-2020-ggg\", \"channel\": \"ggg\", \"parameters\": "
                + "{\"thetaLabMinDeg\": 130, \"thetaLabMaxDeg\": 30}}, \"inputs\": {\"signal-1.0\": \"reco\", "
                + "\"generated-1.0\": \"gen\"}}");
        study("process.json", "\"gen\": {\"type\": \"generate\", \"config\": {\"process\": \"mumu2\", \"events\": 10}}");
        study("events.json", "\"gen\": {\"type\": \"generate\", \"config\": {\"process\": \"mumu\", \"events\": -5}}");
        study("cycle.json", "\"a\": {\"type\": \"simulate\", \"inputs\": {\"events\": \"b\"}}, "
                + "\"b\": {\"type\": \"simulate\", \"inputs\": {\"events\": \"a\"}}");
        String good = lhe(-11, 11, 5.29, "3.1733668157e+00");
        Files.writeString(work.resolve("good.lhe"), good);
        Files.writeString(work.resolve("nan.lhe"), good.replace(" 3.1733668157e+00 ", " NaN "));
        Files.writeString(work.resolve("pp.lhe"), lhe(2212, 2212, 6500, "3.1733668157e+00"));
        Files.writeString(work.resolve("lep.lhe"), lhe(-11, 11, 45.6, "3.1733668157e+00"));
        Files.writeString(work.resolve("cut.lhe"), good.substring(0, good.indexOf("  13 ")));
        String ws = Files.readString(Paths.root().resolve("examples/workspaces/pyhf-two-bin.json"));
        Files.writeString(work.resolve("ws.json"), ws);
        Files.writeString(work.resolve("negative-ws.json"), ws.replace("[50.0, 52.0]", "[-50.0, 52.0]"));
        Files.writeString(work.resolve("zero-ws.json"), ws.replace("[12.0, 11.0]", "[0.0, 0.0]"));
        Files.writeString(work.resolve("truncated-ws.json"), ws.substring(0, ws.length() / 2));
    }

    private void study(String file, String tasks) throws Exception {
        Files.writeString(work.resolve(file), "{\"name\": \"corpus\", \"seed\": 1, \"tasks\": {" + tasks + "}}");
    }

    /** A two-event LHE file of e+e- -> mu+ mu- (handwritten, momentum-conserving) with the given beams. */
    private static String lhe(int beam1, int beam2, double beamEnergy, String px) {
        String event = """
                <event>
                 4 1 +8.0e+02 1.058e+01 7.5e-03 1.18e-01
                  -11 -1 0 0 0 0 0.0 0.0 5.29 5.29 0.0 0.0 1.0
                   11 -1 0 0 0 0 0.0 0.0 -5.29 5.29 0.0 0.0 -1.0
                   13 1 1 2 0 0 PX 0.0 4.2311557543e+00 5.29 1.0566e-01 0.0 1.0
                  -13 1 1 2 0 0 -3.1733668157e+00 0.0 -4.2311557543e+00 5.29 1.0566e-01 0.0 -1.0
                </event>
                """.replace("PX", px);
        return "<LesHouchesEvents version=\"3.0\">\n<header>\n</header>\n<init>\n" + beam1 + " " + beam2 + " "
                + beamEnergy + " " + beamEnergy + " 0 0 0 0 3 1\n 8.0e+02 1.0e+00 8.0e+02 1\n</init>\n" + event + event
                + "</LesHouchesEvents>\n";
    }

    private static String cacheState(Workbench alpwb) throws Exception {
        Workbench.Result stats = alpwb.run("cache", "stats", "--json");
        assertEquals(0, stats.exitCode(), stats.toString());
        JsonNode json = new ObjectMapper().readTree(stats.out());
        return "entries=" + json.path("entries").asLong() + " storedBytes=" + json.path("storedBytes").asLong();
    }

    @Test
    void everyBadInputIsOneClearLineAndExit2WithTheCacheUnchanged() throws Exception {
        writeInputs();
        Workbench alpwb = new Workbench(work.resolve("cache"), Files.createDirectories(work.resolve("plugins")), work);
        Workbench.Result seeded = alpwb.run("run", work.resolve("tiny.json").toString(), "--out", "out-tiny");
        assertEquals(0, seeded.exitCode(), seeded.toString());
        String before = cacheState(alpwb);
        assertTrue(before.startsWith("entries=1 "), before);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> verdicts = new ArrayList<>();
        for (Case c : cases()) {
            verdicts.add(pool.submit(() -> check(alpwb, c)));
        }
        List<String> failures = new ArrayList<>();
        for (Future<String> verdict : verdicts) {
            String failure = verdict.get();
            if (failure != null) {
                failures.add(failure);
            }
        }
        pool.shutdown();
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases().size() + " cases failed:\n\n"
                + String.join("\n\n", failures));
        assertEquals(before, cacheState(alpwb), "the bad inputs changed the cache");
        assertTrue(Files.isDirectory(work.resolve("empty-dir")), "generate --out DIR replaced the directory");
        assertTrue(Files.readString(work.resolve("good.lhe")).startsWith("<LesHouchesEvents"), "the input was overwritten");
    }

    /** Null if the case behaves, else what is wrong with it. */
    private String check(Workbench alpwb, Case c) throws Exception {
        String[] args = new String[c.args().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = c.args()[i].replace("@", work.toString());
        }
        Workbench.Result result = alpwb.run(args);
        List<String> lines = result.err().lines().filter(l -> !l.isBlank()).toList();
        List<String> problems = new ArrayList<>();
        if (result.exitCode() != c.exit()) {
            problems.add("exit " + result.exitCode() + ", expected " + c.exit());
        }
        if (lines.isEmpty() || !Pattern.compile(c.pattern()).matcher(lines.get(0)).find()) {
            problems.add("first line of stderr does not match /" + c.pattern() + "/");
        }
        if (!c.usageFollows() && lines.size() != 1) {
            problems.add(lines.size() + " lines on stderr, expected one");
        }
        if (result.err().contains("\tat ") || result.err().matches("(?s).*\\b\\w+(Exception|Error)\\b.*")) {
            problems.add("stack trace or exception name");
        }
        return problems.isEmpty() ? null : c.name() + ": " + String.join("; ", problems) + "\n  alpwb "
                + String.join(" ", args) + "\n" + result.toString().indent(2);
    }
}
