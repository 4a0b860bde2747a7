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
 * What a test program prints, line by line, with Python's {@code print} formatting of Java stand-ins; and the
 * lines CPython printed for the same program, read from the resource {@code NAME.expected} next to
 * {@code NAME.py} in {@code org/loopscope/engine/sync/}.
 */
public final class Console {

    /** Where the Python programs and their outputs live. */
    private static final String RESOURCES = "/org/loopscope/engine/sync/";

    private final JavaHost host = new JavaHost();
    private final List<String> lines = new ArrayList<>();

    /** {@code print(*args)}: {@code str()} of each argument, separated by spaces. */
    public void print(Object... args) {
        StringJoiner line = new StringJoiner(" ");
        for (Object arg : args) {
            line.add(str(arg));
        }
        lines.add(line.toString());
    }

    /** Python's {@code str()} of a Java stand-in. */
    public String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof PythonError error) {
            return error.str(host);
        }
        return host.repr(value);
    }

    /** Python's {@code repr()} of a Java stand-in, with addresses replaced by {@code 0x?}, as the programs print. */
    public String r(Object value) {
        return host.repr(value).replaceAll("0x[0-9a-f]+", "0x?");
    }

    /** Everything printed so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines CPython printed for {@code NAME.py}: the resource {@code NAME.expected} beside it. */
    public static List<String> expected(String name) {
        String path = RESOURCES + name + ".expected";
        try (InputStream in = Console.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
