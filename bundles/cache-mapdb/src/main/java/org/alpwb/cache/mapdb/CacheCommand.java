package org.alpwb.cache.mapdb;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.cache.CacheStatistics;
import org.alpwb.api.cache.ResultCache;
import org.alpwb.api.cache.VerifyReport;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code alpwb cache stats|verify [--repair]|clear [--yes]}: inspect and maintain the result cache. */
@Component(service = Command.class,
        property = {ServiceProperties.ID + "=cache", ServiceProperties.LABEL + "=Result cache maintenance",
                ServiceProperties.KIND + "=" + ServiceProperties.KIND_COMMAND})
public final class CacheCommand implements Command {

    private final ResultCache cache;

    @Activate
    public CacheCommand(@Reference(target = "(" + ServiceProperties.ID + "=mapdb)") ResultCache cache) {
        this.cache = cache;
    }

    @Override
    public String summary() {
        return "Show statistics of, verify or clear the result cache";
    }

    @Override
    public String usage() {
        return commandLine(new Context(cache, null)).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /** {@code cache stats --help} shows the help of {@code stats} (picocli's per-sub-command help). */
    @Override
    public boolean handlesHelp() {
        return true;
    }

    @Override
    public int run(List<String> args, CommandIO io) {
        CommandLine line = commandLine(new Context(cache, io));
        line.setOut(new PrintWriter(io.out(), true));
        line.setErr(new PrintWriter(io.err(), true));
        line.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        line.setExecutionExceptionHandler((e, failed, parsed) -> {
            // failures of the cache itself (in use by another process, unreadable directory): one clear line
            io.err().println("alpwb cache: " + (e.getMessage() == null ? MapDbStore.describe(e) : e.getMessage()));
            return ExitCodes.FAILURE;
        });
        line.setParameterExceptionHandler((e, arguments) -> {
            io.err().println("alpwb cache: " + e.getMessage());
            e.getCommandLine().usage(io.err(), CommandLine.Help.Ansi.OFF);
            return ExitCodes.BAD_INPUT;
        });
        return line.execute(args.toArray(String[]::new));
    }

    private static CommandLine commandLine(Context context) {
        CommandLine line = new CommandLine(new Root(context));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        return line;
    }

    private record Context(ResultCache cache, CommandIO io) {
    }

    @CommandLine.Command(name = "cache", mixinStandardHelpOptions = true, usageHelpAutoWidth = false,
            description = {"Inspect and maintain the content-addressed result cache.",
                    "Exit codes: 0 ok, 1 failure (cache in use, corrupt entries found), 2 bad input."},
            subcommands = {Stats.class, Verify.class, Clear.class},
            versionProvider = Root.Version.class)
    static final class Root implements Callable<Integer> {
        final Context context;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Root(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.io().err().println("alpwb cache: missing sub-command (stats, verify or clear)");
            spec.commandLine().usage(context.io().err(), CommandLine.Help.Ansi.OFF);
            return ExitCodes.BAD_INPUT;
        }

        static final class Version implements CommandLine.IVersionProvider {
            @Override
            public String[] getVersion() {
                return new String[] {"alpwb cache, store format " + MapDbStore.STORE_FORMAT + ", entry format "
                        + EntryCodec.FORMAT_VERSION};
            }
        }
    }

    @CommandLine.Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Entries, stored bytes, file bytes, and hits/misses/puts since the cache was opened by this process.")
    static final class Stats implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--json", description = "Print one JSON object instead of text.")
        boolean json;

        @Override
        public Integer call() {
            CacheStatistics s = root.context.cache().statistics();
            PrintStream out = root.context.io().out();
            if (json) {
                out.println("{\"location\":" + Json.string(s.location()) + ",\"entries\":" + s.entries()
                        + ",\"storedBytes\":" + s.storedBytes() + ",\"fileBytes\":" + s.fileBytes() + ",\"hits\":"
                        + s.hits() + ",\"misses\":" + s.misses() + ",\"puts\":" + s.puts() + "}");
            } else {
                out.println("location:     " + s.location());
                out.println("entries:      " + s.entries());
                out.println("stored bytes: " + s.storedBytes() + " (" + human(s.storedBytes()) + ")");
                out.println("file bytes:   " + s.fileBytes() + " (" + human(s.fileBytes()) + ")");
                out.println("hits:         " + s.hits());
                out.println("misses:       " + s.misses());
                out.println("puts:         " + s.puts());
            }
            return ExitCodes.OK;
        }
    }

    @CommandLine.Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Read every entry and check its checksum.",
                    "Exit code 1 if corrupt entries were found and not removed."})
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = "--repair", description = "Remove the corrupt entries (they are recomputed when needed).")
        boolean repair;

        @Option(names = "--json", description = "Print one JSON object instead of text.")
        boolean json;

        @Override
        public Integer call() {
            VerifyReport report = root.context.cache().verify(repair);
            PrintStream out = root.context.io().out();
            if (json) {
                StringBuilder keys = new StringBuilder("[");
                for (String key : report.corruptKeys()) {
                    keys.append(keys.length() > 1 ? "," : "").append(Json.string(key));
                }
                out.println("{\"checked\":" + report.checked() + ",\"corrupt\":" + keys + "],\"repaired\":"
                        + report.repaired() + ",\"ok\":" + report.ok() + "}");
            } else {
                out.println("checked " + report.checked() + " entries, " + report.corruptKeys().size() + " corrupt"
                        + (report.repaired() ? " (removed)" : ""));
                for (String key : report.corruptKeys()) {
                    out.println("  corrupt: " + key);
                }
                if (!report.ok() && !report.repaired()) {
                    out.println("run 'alpwb cache verify --repair' to remove them");
                }
            }
            return report.ok() || report.repaired() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    @CommandLine.Command(name = "clear", mixinStandardHelpOptions = true,
            description = {"Remove every entry and free the disk space.",
                    "Asks for confirmation on a terminal; elsewhere --yes is required."})
    static final class Clear implements Callable<Integer> {
        @ParentCommand
        Root root;

        @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        public Integer call() throws Exception {
            CommandIO io = root.context.io();
            if (!yes) {
                if (!io.interactive()) {
                    io.err().println("alpwb cache: clear removes every cached result; add --yes to confirm");
                    return ExitCodes.BAD_INPUT;
                }
                CacheStatistics s = root.context.cache().statistics();
                io.err().print("Remove all " + s.entries() + " entries (" + human(s.storedBytes()) + ") from "
                        + s.location() + "? [y/N] ");
                io.err().flush();
                String answer = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
                if (answer == null || !answer.trim().toLowerCase(Locale.ROOT).matches("y|yes")) {
                    io.err().println("not cleared");
                    return ExitCodes.FAILURE;
                }
            }
            root.context.cache().clear();
            io.out().println("cleared " + root.context.cache().statistics().location());
            return ExitCodes.OK;
        }
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** Minimal JSON string quoting (no library needed for two flat objects). */
    static final class Json {
        private Json() {
        }

        static String string(String text) {
            StringBuilder out = new StringBuilder(text.length() + 2).append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }

}
