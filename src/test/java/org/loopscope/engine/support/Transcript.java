package org.loopscope.engine.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.loopscope.engine.JavaHost;
import org.loopscope.engine.PythonError;

/**
 * What a test program printed, line by line, formatted as Python's {@code print} formats its arguments: strings as
 * they are, everything else by its repr ({@code True}, {@code None}, {@code ['A', 'B']}, {@code 0.6}), exceptions
 * by their {@code str}, separated by single spaces. Also reads what CPython printed for the same program: the
 * resource {@code NAME.expected} beside {@code NAME.py} in a folder of {@code org/loopscope/engine/}.
 */
public final class Transcript {

    /** Where the folders of Python programs and their outputs live. */
    private static final String RESOURCES = "/org/loopscope/engine/";

    private static final JavaHost HOST = new JavaHost();

    private final List<String> lines = new ArrayList<>();

    /** {@code print(*parts)}: appends one line. */
    public void print(Object... parts) {
        lines.add(line(parts));
    }

    /** The lines printed so far (a copy). */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Forgets what was printed. */
    public void clear() {
        lines.clear();
    }

    /** The line {@code print(*parts)} would write. */
    public static String line(Object... parts) {
        StringJoiner joiner = new StringJoiner(" ");
        for (Object part : parts) {
            joiner.add(str(part));
        }
        return joiner.toString();
    }

    /**
     * Python's {@code str(value)} for the values tests use; an exception group reads as CPython's
     * {@code "message (N sub-exceptions)"}.
     */
    public static String str(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof PythonError error) {
            if (error.type().endsWith("ExceptionGroup")) {
                int count = ((List<?>) error.args().get(1)).size();
                return error.args().get(0) + " (" + count + " sub-exception" + (count == 1 ? "" : "s") + ")";
            }
            return error.str(HOST);
        }
        return HOST.repr(value);
    }

    /** Python's {@code repr(value)} for the values tests use. */
    public static String repr(Object value) {
        return HOST.repr(value);
    }

    /**
     * Python's {@code repr(value)} with object addresses replaced by {@code 0x?}, as the programs that print
     * reprs of locks, queues and tasks write them.
     */
    public static String r(Object value) {
        return repr(value).replaceAll("0x[0-9a-f]+", "0x?");
    }

    /** {@code type(error).__name__}. */
    public static String typeName(Object error) {
        return error instanceof PythonError python ? python.type() : error.getClass().getSimpleName();
    }

    /**
     * The lines CPython printed for {@code folder/NAME.py} ({@code python3 NAME.py > NAME.expected}): the resource
     * {@code NAME.expected} beside it, one entry per line.
     */
    public static List<String> expected(String folder, String name) {
        String path = RESOURCES + folder + "/" + name + ".expected";
        try (InputStream in = Transcript.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
