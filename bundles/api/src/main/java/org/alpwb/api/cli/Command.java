package org.alpwb.api.cli;

import java.util.List;

/**
 * One {@code alpwb} sub-command, registered as a service with {@code alpwb.kind=command} and
 * {@code alpwb.id} = the command name (e.g. {@code xsec}). {@link #run} returns an exit code from
 * {@link org.alpwb.api.ExitCodes}; bad input is reported on {@link CommandIO#err()} with code 2,
 * never as a stack trace.
 */
public interface Command {

    /** One-line summary for {@code alpwb --help}. */
    String summary();

    /** Full usage text for {@code alpwb NAME --help}. */
    String usage();

    int run(List<String> args, CommandIO io);

    /**
     * True if {@link #run} prints the help itself when {@code --help} is among its arguments: commands with
     * sub-commands, so that {@code alpwb cache stats --help} shows the help of {@code stats}. By default the
     * dispatcher answers {@code --help} anywhere with {@link #usage()}.
     *
     * @since api.cli 1.1
     */
    default boolean handlesHelp() {
        return false;
    }
}
