package org.alpwb.workbench.internal;

import java.nio.file.Path;

/**
 * The user's configuration directory of the workbench: {@code -Dalpwb.config.dir}, else
 * {@code $XDG_CONFIG_HOME/alpwb}, else {@code ~/.config/alpwb}.
 */
final class ConfigDirectory {
    private ConfigDirectory() {
    }

    static Path resolve() {
        String explicit = System.getProperty("alpwb.config.dir");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "alpwb");
        }
        return Path.of(System.getProperty("user.home"), ".config", "alpwb");
    }
}
