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
}
