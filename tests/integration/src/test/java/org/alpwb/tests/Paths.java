package org.alpwb.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the built product and fixtures are (set by the module's Surefire configuration). */
final class Paths {
    private Paths() {
    }

    static Path root() {
        return Path.of(System.getProperty("alpwb.root", "../..")).toAbsolutePath().normalize();
    }

    static Path productJar() {
        return existing(root().resolve("product/target/alpwb.jar"));
    }

    static Path launcher() {
        return existing(root().resolve("product/bin/alpwb"));
    }

    static Path toyPluginJar() {
        return existing(Path.of(System.getProperty("alpwb.toy.jar")).toAbsolutePath().normalize());
    }

    private static Path existing(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is missing: build the reactor first (mvn install)");
        }
        return path;
    }
}
