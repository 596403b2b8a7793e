package org.alpwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

class DispatcherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandIO io = new CommandIO(InputStream.nullInputStream(), new PrintStream(out, true),
            new PrintStream(err, true), false, Path.of("."), () -> ProgressMonitor.NONE);

    private static Command command(String summary, java.util.function.ToIntFunction<List<String>> body) {
        return new Command() {
            @Override
            public String summary() {
                return summary;
            }

            @Override
            public String usage() {
                return "usage: " + summary + "\n";
            }

            @Override
            public int run(List<String> args, CommandIO io) {
                return body.applyAsInt(args);
            }
        };
    }

    private final Map<String, Command> commands = Map.of(
            "echo", command("echo arguments", args -> args.size()),
            "version", command("print the version", args -> 0),
            "strict", command("rejects input", args -> {
                throw new InvalidInputException("study.json", "tasks.a.config.events", -1, "an integer >= 1");
            }),
            "crash", command("fails", args -> {
                throw new IllegalStateException("disk on fire");
            }));

    private int dispatch(String... args) {
        return new Dispatcher(CommandRegistry.of(commands), false).dispatch(List.of(args), io);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommandWithItsSummary() {
        assertEquals(0, dispatch());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("  echo         echo arguments"), text);
        assertTrue(text.contains("  strict       rejects input"), text);
    }

    @Test
    void commandHelpAndVersionAlias() {
        assertEquals(0, dispatch("echo", "a", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: echo arguments"));
        assertEquals(0, dispatch("--version"));
        assertEquals(3, dispatch("echo", "a", "b", "c"), "arguments after the name go to the command");
    }

    @Test
    void unknownCommandIsBadInputAndNamesTheKnownOnes() {
        assertEquals(2, dispatch("ecoh"));
        assertTrue(err().contains("unknown command 'ecoh'") && err().contains("crash, echo, strict, version"), err());
    }

    @Test
    void badInputGivesTheMessageAndExitCodeTwoWithoutStackTrace() {
        assertEquals(2, dispatch("strict"));
        assertTrue(err().contains("tasks.a.config.events") && err().contains("an integer >= 1"), err());
        assertFalse(err().contains("\tat "), err());
    }

    @Test
    void unexpectedErrorsGiveOneLineAndExitCodeOne() {
        assertEquals(1, dispatch("crash"));
        assertTrue(err().contains("IllegalStateException: disk on fire"), err());
        assertFalse(err().contains("\tat "), err());
    }

    @Test
    void aRegisteredCommandThatCannotStartIsNotCalledUnknown() {
        CommandRegistry broken = new CommandRegistry() {
            @Override
            public Optional<Command> command(String name) {
                return Optional.empty();
            }

            @Override
            public boolean isRegistered(String name) {
                return name.equals("run");
            }

            @Override
            public SortedMap<String, String> summaries() {
                return new java.util.TreeMap<>();
            }
        };
        assertEquals(1, new Dispatcher(broken, false).dispatch(List.of("run", "x.json"), io));
        assertTrue(err().contains("installed but could not start"), err());
    }
}
