package org.loopscope.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** The test programs of the sessions' tests: the conformance cases, and sessions run on them to their end. */
final class Programs {

    /** How long a test waits for a small program's session. */
    static final Duration WAIT = Duration.ofSeconds(60);

    private Programs() {
    }

    /** The conformance programs, by path, sorted. */
    static List<Path> conformance() {
        return list("conformance");
    }

    /** The programs of a test resource folder, by path, sorted. */
    static List<Path> list(String folder) {
        try {
            Path dir = Path.of(Programs.class.getResource("/" + folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The conformance program whose name starts with {@code prefix}. */
    static Path conformance(String prefix) {
        return conformance().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow();
    }

    /** A file's text. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sibling of {@code script} with another suffix ({@code .expected}), or null if there is none. */
    static String sibling(Path script, String suffix) {
        Path file = script.resolveSibling(script.getFileName().toString().replaceFirst("\\.py$", suffix));
        return Files.exists(file) ? read(file).replace("@DIR@", script.getParent().toString()) : null;
    }

    /** The input of a run of {@code script} with {@code options}. */
    static RunInput input(Path script, SessionOptions options) {
        return new RunInput(script.toString(), read(script), options, List.of());
    }

    /** A session of {@code text} (at /work/prog.py) with default options, run to its end. */
    static Session finished(String text) throws InterruptedException {
        return finished(RunInput.of("/work/prog.py", text));
    }

    /** A session of {@code input}, run to its end (the reader asks for everything). */
    static Session finished(RunInput input) throws InterruptedException {
        Session session = Session.start(input);
        session.demand(Long.MAX_VALUE / 2);
        if (session.awaitOutcome(WAIT).isEmpty()) {
            throw new AssertionError("no outcome: " + session.status() + " " + session.failure());
        }
        return session;
    }

    /** Lines joined with newlines, with a final newline. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
