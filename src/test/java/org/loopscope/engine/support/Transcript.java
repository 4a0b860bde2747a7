package org.loopscope.engine.support;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.loopscope.engine.JavaHost;
import org.loopscope.engine.PythonError;

/**
 * What a test program printed, line by line, formatted as Python's {@code print} formats its arguments: strings as
 * they are, everything else by its repr ({@code True}, {@code None}, {@code ['A', 'B']}, {@code 0.6}), exceptions
 * by their {@code str}, separated by single spaces.
 */
public final class Transcript {

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

    /** Python's {@code str(value)} for the values tests use. */
    public static String str(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof PythonError error) {
            return error.str(HOST);
        }
        return HOST.repr(value);
    }

    /** Python's {@code repr(value)} for the values tests use. */
    public static String repr(Object value) {
        return HOST.repr(value);
    }

    /** {@code type(error).__name__}. */
    public static String typeName(Object error) {
        return error instanceof PythonError python ? python.type() : error.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
