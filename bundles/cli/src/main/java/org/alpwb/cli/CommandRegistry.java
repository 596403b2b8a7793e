package org.alpwb.cli;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.alpwb.api.cli.Command;

/** The commands known right now, by name. */
interface CommandRegistry {

    Optional<Command> command(String name);

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
