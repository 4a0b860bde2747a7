package org.loopscope.ui.run;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a SyntaxError in what a run wrote to standard error, as Python prints it: {@code File "path", line N},
 * the source line stripped of its indentation, a caret line, then {@code SyntaxError: message} (or
 * {@code IndentationError}, {@code TabError}).
 */
final class SyntaxErrors {

    /** A syntax error's place (1-based line and column) and its last line, e.g. {@code SyntaxError: invalid syntax}. */
    record Found(int line, int column, String message) {
    }

    private static final Pattern ERROR = Pattern.compile(
            "File \"(.*)\", line (\\d+)\\n(?:    (.*)\\n)?(?:    ( *)\\^+ *\\n)?"
                    + "((?:SyntaxError|IndentationError|TabError)(?::.*)?)$");

    private SyntaxErrors() {
    }

    /** The syntax error of file {@code path} (source {@code text}) in {@code stderr}, if it is one. */
    static Optional<Found> find(String stderr, String path, String text) {
        Matcher matcher = ERROR.matcher(stderr.stripTrailing());
        if (!matcher.find() || !matcher.group(1).equals(path)) {
            return Optional.empty();
        }
        int line = Integer.parseInt(matcher.group(2));
        int column = 1;
        if (matcher.group(4) != null) {
            // The caret is under the stripped line: add back the indentation the source line has.
            String[] lines = text.split("\n", -1);
            String source = line >= 1 && line <= lines.length ? lines[line - 1] : "";
            int indent = source.length() - source.stripLeading().length();
            column = matcher.group(4).length() + indent + 1;
        }
        return Optional.of(new Found(line, column, matcher.group(5)));
    }
}
