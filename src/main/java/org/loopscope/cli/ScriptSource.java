package org.loopscope.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.loopscope.session.SourceText;

/**
 * A script read from disk: its absolute path, as CPython shows it in reprs and tracebacks, and its text.
 *
 * <p>{@link #read(String)} fails the way {@code python3 FILE} fails: the same message and the same exit status
 * for a missing file, a directory, an unreadable file, bytes that are not UTF-8 in a file without a coding
 * declaration, and bytes that are not in the encoding a declaration names ({@link SourceText}).
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

    /** Decodes as CPython does (PEP 263): UTF-8 unless the file declares another encoding. */
    private static String decode(Path path, byte[] bytes) throws UnreadableScriptException {
        SourceText.Result result = SourceText.decode(bytes, path.toString());
        if (result instanceof SourceText.Refused refused) {
            throw new UnreadableScriptException(refused.message(), 1);
        }
        return ((SourceText.Decoded) result).text();
    }
}
