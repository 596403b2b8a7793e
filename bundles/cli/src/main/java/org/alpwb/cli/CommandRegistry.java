package org.alpwb.cli;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.alpwb.api.cli.Command;

/** The commands known right now, by name. */
interface CommandRegistry {

    /** The command, or empty if none is registered under this name. */
    Optional<Command> command(String name);

    /**
     * True if a command of this name is registered, even if it could not be activated (its activation threw,
     * e.g. because a service it needs failed to start).
     */
    default boolean isRegistered(String name) {
        return command(name).isPresent();
    }

    /** Name to one-line summary, sorted by name. */
    SortedMap<String, String> summaries();

    static CommandRegistry of(Map<String, Command> commands) {
        return new CommandRegistry() {
            @Override
            public Optional<Command> command(String name) {
                return Optional.ofNullable(commands.get(name));
            }

            @Override
            public SortedMap<String, String> summaries() {
                SortedMap<String, String> result = new java.util.TreeMap<>();
                commands.forEach((name, command) -> result.put(name, command.summary()));
                return result;
            }
        };
    }
}
