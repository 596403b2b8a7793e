package org.alpwb.generators.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.progress.CancelledException;
import picocli.CommandLine;

/** Runs a picocli command object with the workbench's exit codes and one-line error messages. */
final class CommandSupport {
    private CommandSupport() {
    }

    static int execute(String name, Callable<Integer> command, List<String> args, CommandIO io) {
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(io.out(), true));
        line.setErr(new PrintWriter(io.err(), true));
        line.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        line.setExecutionExceptionHandler((e, failed, parsed) -> {
            if (e instanceof InvalidInputException) {
                io.err().println("alpwb " + name + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof CancelledException) {
                io.err().println("alpwb " + name + ": cancelled");
                return ExitCodes.FAILURE;
            }
            io.err().println("alpwb " + name + ": failed: " + e);
            return ExitCodes.FAILURE;
        });
        line.setParameterExceptionHandler((e, arguments) -> {
            io.err().println("alpwb " + name + ": " + e.getMessage());
            e.getCommandLine().usage(io.err(), CommandLine.Help.Ansi.OFF);
            return ExitCodes.BAD_INPUT;
        });
        return line.execute(args.toArray(String[]::new));
    }

    static String usage(Object command) {
        return new CommandLine(command).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /** A pool for n &gt; 1 threads, null (calling thread) for 1. */
    static ExecutorService pool(int threads) {
        return threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "alpwb-generator");
            t.setDaemon(true);
            return t;
        }) : null;
    }
}
