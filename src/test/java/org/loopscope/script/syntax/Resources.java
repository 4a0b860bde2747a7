package org.loopscope.script.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test resources under {@code src/test/resources/syntax}. */
final class Resources {

    private Resources() {
    }

    static Path folder(String name) {
        try {
            return Path.of(Resources.class.getResource("/syntax/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code .py} files of a folder, sorted. */
    static List<Path> pythonFiles(String folder) {
        try (Stream<Path> files = Files.list(folder(folder))) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden file next to a source: same name, another extension. */
    static String golden(Path source, String extension) {
        String name = source.getFileName().toString();
        return read(source.resolveSibling(name.substring(0, name.length() - 3) + extension));
    }
}
