package org.alpwb.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alpwb.api.EnvironmentException;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.cli.Command;
import org.alpwb.api.cli.CommandIO;

/**
 * Turns {@code alpwb [--help | --version | NAME [ARGS...]]} into a call of the named command and an
 * exit code. Bad input becomes a one-line message and exit code 2; an unexpected error a one-line
 * message and exit code 1 (the stack trace only with {@code ALPWB_DEBUG=1}); an {@link EnvironmentException}
 * (cache in use, disk full) its message alone and exit code 1.
 */
final class Dispatcher {
    static final String USAGE_HEAD = """
            alpwb - ALP Workbench: sensitivity studies for axion-like particles at e+e- colliders

            usage: alpwb COMMAND [OPTIONS]      (alpwb COMMAND --help for the options of a command)
                   alpwb --version
                   alpwb shell                  interactive Gogo shell with every command below

            commands:
            """;

    private final CommandRegistry commands;
    private final boolean debug;

    Dispatcher(CommandRegistry commands, boolean debug) {
        this.commands = commands;
        this.debug = debug;
    }

    int dispatch(List<String> args, CommandIO io) {
        if (args.isEmpty() || List.of("--help", "-h", "help").contains(args.get(0))) {
            if (args.size() > 1) {
                return dispatch(List.of(args.get(1), "--help"), io);
            }
            io.out().print(usage());
            return ExitCodes.OK;
        }
        String name = args.get(0).equals("--version") ? "version" : args.get(0);
        Optional<Command> command = commands.command(name);
        if (command.isEmpty() && commands.isRegistered(name)) {
            io.err().println("alpwb: command '" + name + "' is installed but could not start; the reason is logged "
                    + "above (e.g. the result cache is in use by another alpwb process)");
            return ExitCodes.FAILURE;
        }
        if (command.isEmpty()) {
            io.err().println("alpwb: unknown command '" + name + "'; commands: "
                    + String.join(", ", commands.summaries().keySet()) + " (alpwb --help)");
            return ExitCodes.BAD_INPUT;
        }
        return invoke(name, command.get(), args.subList(1, args.size()), io, debug);
    }

    /**
     * Runs one command with the exit-code conventions: {@code --help} (unless the command prints its own), bad
     * input -> one line + 2, environment failures -> one line + 1, anything else -> one line + 1 (stack trace with
     * ALPWB_DEBUG=1). Used by {@code alpwb NAME ...} and by the shell's {@code alpwb:NAME}.
     */
    static int invoke(String name, Command command, List<String> rest, CommandIO io, boolean debug) {
        if ((rest.contains("--help") || rest.contains("-h")) && !command.handlesHelp()) {
            io.out().print(command.usage());
            return ExitCodes.OK;
        }
        try {
            return command.run(rest, io);
        } catch (InvalidInputException e) {
            io.err().println("alpwb " + name + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (EnvironmentException e) {
            io.err().println("alpwb " + name + ": " + e.getMessage());
            if (debug) {
                e.printStackTrace(io.err());
            }
            return ExitCodes.FAILURE;
        } catch (RuntimeException | LinkageError e) {
            io.err().println("alpwb " + name + ": failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            if (debug) {
                e.printStackTrace(io.err());
            } else {
                io.err().println("(set ALPWB_DEBUG=1 for the stack trace)");
            }
            return ExitCodes.FAILURE;
        }
    }

    String usage() {
        StringBuilder text = new StringBuilder(USAGE_HEAD);
        for (Map.Entry<String, String> entry : commands.summaries().entrySet()) {
            text.append(String.format("  %-12s %s%n", entry.getKey(), entry.getValue()));
        }
        return text.toString();
    }

    static List<String> arguments(String[] raw) {
        return raw == null ? List.of() : Arrays.asList(raw);
    }
}
