package org.alpwb.cache.mapdb;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.cache.EntryFile;
import org.alpwb.api.cache.ResultCache;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code alpwb cache export} and {@code alpwb cache import}: results as {@link EntryFile}s, to move them
 * between machines (or to and from cluster workers). Import checks every entry's frame, key and checksum.
 */
final class CacheTransfer {
    private CacheTransfer() {
    }

    @CommandLine.Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write entries as DIR/<key>.entry files (atomically): the given keys, or every task of a study.",
                    "Exit code 1 if a requested entry is not in the cache (the others are exported)."})
    static final class Export implements Callable<Integer> {
        @ParentCommand
        CacheCommand.Root root;

        @Option(names = "--study", paramLabel = "STUDY", description = "Export the entries of every task of this study file.")
        String study;

        @Option(names = "--profile", description = "The study's profile (as for alpwb run).")
        String profile;

        @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Study setting overrides (as for alpwb run).")
        Map<String, String> settings = new LinkedHashMap<>();

        @Parameters(arity = "1..*", paramLabel = "KEY... DIR", description = "Keys (hex SHA-256) to export, then the directory.")
        List<String> arguments = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            CommandIO io = new CommandIO(root);
            Path directory = io.resolve(arguments.get(arguments.size() - 1));
            Map<String, String> wanted = new LinkedHashMap<>(); // key -> what it is, for messages
            for (String key : arguments.subList(0, arguments.size() - 1)) {
                if (!EntryFile.isKey(key)) {
                    throw new InvalidInputException("alpwb cache export", "KEY", key, "a content key: 64 lower-case hex digits");
                }
                wanted.put(key, key);
            }
            if (study != null) {
                Map<String, Object> overrides = new LinkedHashMap<>(settings);
                if (profile != null) {
                    overrides.put("profile", profile);
                }
                if (root.context.engine() == null) {
                    throw new InvalidInputException("alpwb cache export --study: the study engine is not installed");
                }
                root.context.engine().taskKeys(io.resolve(study), overrides)
                        .forEach((task, key) -> wanted.putIfAbsent(key, "task " + task));
            }
            if (wanted.isEmpty()) {
                throw new InvalidInputException("alpwb cache export: nothing to export; give keys or --study STUDY, then DIR");
            }
            ResultCache cache = root.context.cache();
            int exported = 0;
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, String> entry : wanted.entrySet()) {
                Optional<byte[]> value = cache.get(entry.getKey());
                if (value.isEmpty()) {
                    missing.add(entry.getValue());
                    continue;
                }
                EntryFile.write(directory, entry.getKey(), value.get());
                exported++;
            }
            PrintStream out = io.out();
            out.println("exported " + exported + " entr" + (exported == 1 ? "y" : "ies") + " to " + directory);
            for (String what : missing) {
                io.err().println("  not in the cache: " + what);
            }
            return missing.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    @CommandLine.Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Store every DIR/<key>.entry in the cache after checking its frame, key and checksum.",
                    "Damaged entries are reported and skipped (exit code 1); the good ones are imported."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        CacheCommand.Root root;

        @Parameters(index = "0", paramLabel = "DIR")
        String directory;

        @Override
        public Integer call() throws IOException {
            CommandIO io = new CommandIO(root);
            Path source = io.resolve(directory);
            if (!Files.isDirectory(source)) {
                throw new InvalidInputException("alpwb cache import", "DIR", source, "an existing directory of .entry files");
            }
            Set<Path> files = new LinkedHashSet<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(source, "*" + EntryFile.SUFFIX)) {
                listing.forEach(files::add);
            }
            ResultCache cache = root.context.cache();
            int imported = 0;
            int present = 0;
            List<String> damaged = new ArrayList<>();
            for (Path file : files.stream().sorted().toList()) {
                String key = EntryFile.keyOf(file);
                if (key == null) {
                    damaged.add(file.getFileName() + ": the name is not <key>.entry");
                    continue;
                }
                byte[] value;
                try {
                    value = EntryFile.decode(key, Files.readAllBytes(file));
                } catch (EntryFile.CorruptEntryFileException e) {
                    damaged.add(file.getFileName() + ": " + e.getMessage());
                    continue;
                }
                Optional<byte[]> existing = cache.get(key);
                if (existing.isPresent() && Arrays.equals(existing.get(), value)) {
                    present++;
                    continue;
                }
                cache.put(key, value);
                imported++;
            }
            io.out().println("imported " + imported + " entr" + (imported == 1 ? "y" : "ies") + " from " + source
                    + (present > 0 ? " (" + present + " already in the cache)" : "")
                    + (damaged.isEmpty() ? "" : ", " + damaged.size() + " damaged"));
            for (String problem : damaged) {
                io.err().println("  damaged, not imported: " + problem);
            }
            return damaged.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    /** The command's streams and working directory. */
    private record CommandIO(CacheCommand.Root root) {
        Path resolve(String path) {
            return root.context.io().resolve(path);
        }

        PrintStream out() {
            return root.context.io().out();
        }

        PrintStream err() {
            return root.context.io().err();
        }
    }
}
