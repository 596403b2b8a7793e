package org.alpwb.cli;

import java.util.List;
import org.alpwb.api.cli.CommandIO;
import picocli.CommandLine;

/** Parses a built-in command's options with picocli; on a mistake prints the message and the usage. */
final class Arguments {
    private Arguments() {
    }

    /** True if {@code args} were parsed into {@code options}; false after reporting the mistake on stderr. */
    static boolean parse(Object options, List<String> args, CommandIO io, String command, String usage) {
        try {
            new CommandLine(options).parseArgs(args.toArray(String[]::new));
            return true;
        } catch (CommandLine.ParameterException e) {
            io.err().println("alpwb " + command + ": " + e.getMessage() + "\n" + usage);
            return false;
        }
    }
}
