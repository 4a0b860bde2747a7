package org.loopscope.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * The name and version of this build of Loopscope, as Maven wrote them into {@code build-info.properties}.
 *
 * <p>Both front ends show them ({@code --version}, the About dialog), so they live here, behind the one door
 * that {@code ui} and {@code cli} share. When the resource is missing or was not filtered (a build outside Maven),
 * the version reads {@value #UNKNOWN_VERSION}.
 *
 * @param name    the product name, e.g. {@code Loopscope}
 * @param version the version, e.g. {@code 0.1.0-SNAPSHOT}
 */
public record BuildInfo(String name, String version) {

    /** The version reported when the build did not record one. */
    public static final String UNKNOWN_VERSION = "unknown";

    private static final String RESOURCE = "build-info.properties";
    private static final String DEFAULT_NAME = "Loopscope";

    public BuildInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }

    /** Returns the build information of the running program. */
    public static BuildInfo current() {
        return Holder.CURRENT;
    }

    /** Returns {@code "name version"}, the form {@code --version} prints. */
    public String nameAndVersion() {
        return name + " " + version;
    }

    static BuildInfo read(InputStream in) throws IOException {
        Properties properties = new Properties();
        if (in != null) {
            properties.load(in);
        }
        return new BuildInfo(
                usable(properties.getProperty("name"), DEFAULT_NAME),
                usable(properties.getProperty("version"), UNKNOWN_VERSION));
    }

    /** An unfiltered resource still holds the placeholder, which is not worth showing. */
    private static String usable(String value, String fallback) {
        if (value == null || value.isBlank() || value.contains("${")) {
            return fallback;
        }
        return value.strip();
    }

    /** Reads the resource once, on first use; the value never changes afterwards. */
    private static final class Holder {
        static final BuildInfo CURRENT = load();

        private static BuildInfo load() {
            try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
