package org.loopscope.ui.files;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the app keeps what it remembers between runs: settings, recent files and the autosave.
 *
 * <p>In order: the system property {@value #PROPERTY} (tests point it at a temporary folder),
 * {@code $XDG_CONFIG_HOME/loopscope}, then {@code ~/.config/loopscope}.
 *
 * @param path the folder; it is created when something is first written to it
 */
public record ConfigDir(Path path) {

    /** The system property that overrides the folder. */
    public static final String PROPERTY = "loopscope.configDir";

    public ConfigDir {
        Objects.requireNonNull(path, "path");
    }

    /** Returns the folder this process should use. */
    public static ConfigDir current() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), System.getProperty("user.home"));
    }

    static ConfigDir resolve(String override, Map<String, String> environment, String home) {
        if (override != null && !override.isBlank()) {
            return new ConfigDir(Path.of(override));
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new ConfigDir(Path.of(xdg, "loopscope"));
        }
        return new ConfigDir(Path.of(home, ".config", "loopscope"));
    }

    /** Returns a file in the folder. */
    public Path file(String name) {
        return path.resolve(name);
    }
}
