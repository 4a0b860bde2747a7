package org.loopscope.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A script read from disk: its absolute path, as CPython shows it in reprs and tracebacks, and its text.
 *
 * <p>{@link #read(String)} fails the way {@code python3 FILE} fails: the same message and the same exit status
 * for a missing file, a directory, an unreadable file or bytes that are not UTF-8.
 *
 * @param path the absolute path; like CPython it is the working directory joined with the argument, not normalised
 * @param text the source text, without a UTF-8 byte order mark
 */
public record ScriptSource(Path path, String text) {

    public ScriptSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads the script named on the command line.
     *
     * @param argument the file argument as the user typed it
     * @throws UnreadableScriptException with Python's message and exit status when the file cannot be used
     */
    public static ScriptSource read(String argument) throws UnreadableScriptException {
        Path path = Path.of(argument).toAbsolutePath();
        if (Files.isDirectory(path)) {
            // python3 treats a directory as a package to run and looks for its __main__.py.
            throw new UnreadableScriptException("loopscope: can't find '__main__' module in '" + path + "'", 1);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw cannotOpen(path, 2, "No such file or directory");
        } catch (AccessDeniedException e) {
            throw cannotOpen(path, 13, "Permission denied");
        } catch (IOException e) {
            throw cannotOpen(path, 5, "Input/output error");
        }
        return new ScriptSource(path, decode(path, bytes));
    }

    private static UnreadableScriptException cannotOpen(Path path, int errno, String reason) {
        // python3 exits with status 2 whenever it cannot open the script, whatever the errno.
        return new UnreadableScriptException(
                "loopscope: can't open file '" + path + "': [Errno " + errno + "] " + reason, 2);
    }

    /** Decodes UTF-8 strictly: CPython refuses a source file with a byte that is not UTF-8. */
    private static String decode(Path path, byte[] bytes) throws UnreadableScriptException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            in.position(3);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new UnreadableScriptException(String.format(
                    "SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding"
                            + " declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[at] & 0xff, path, lineOf(bytes, at)), 1);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
