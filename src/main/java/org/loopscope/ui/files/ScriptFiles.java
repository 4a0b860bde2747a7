package org.loopscope.ui.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.loopscope.ui.i18n.Message;

/**
 * Reads and writes script files safely.
 *
 * <p>Reading refuses, with a message a person understands, what is not a script: a missing file, a folder, a file
 * it may not read, one over {@link #MAX_BYTES}, a binary file, text that is not UTF-8. Writing is atomic: the text
 * goes to a temporary file in the same folder, which then replaces the target in one move, so a failed save leaves
 * the old file as it was.
 */
public final class ScriptFiles {

    /** The largest script opened: 5 MB. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Writes bytes to an open stream; tests replace it with one that fails half way. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out, byte[] bytes) throws IOException;
    }

    /** The outcome of reading: the text, or the problem. */
    public sealed interface Read permits Text, Failed {
    }

    /** The file's text, without a UTF-8 byte order mark. */
    public record Text(String text) implements Read {
    }

    /** Why the file was not read. */
    public record Failed(Problem problem) implements Read {
    }

    private final Writer writer;

    /** Creates a reader and writer that writes straight to the stream. */
    public ScriptFiles() {
        this(OutputStream::write);
    }

    /** Creates a reader and writer that writes through the given writer. */
    public ScriptFiles(Writer writer) {
        this.writer = writer;
    }

    /** Reads a script, or says why not. */
    public Read read(Path path) {
        String name = String.valueOf(path.getFileName());
        if (Files.isDirectory(path)) {
            return failed(path, Message.of("file.folder", name), Message.of("file.folder.details"));
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return failed(path, Message.of("file.tooLarge", name, size / 1024.0 / 1024.0),
                        Message.of("file.tooLarge.details", size));
            }
            byte[] bytes = Files.readAllBytes(path);
            if (isBinary(bytes)) {
                return failed(path, Message.of("file.binary", name), Message.of("file.binary.details"));
            }
            // Python reads \r\n as \n; the editor shows one kind of line break.
            return new Text(decode(bytes).replace("\r\n", "\n"));
        } catch (NoSuchFileException e) {
            return failed(path, Message.of("file.missing", name), Message.of("file.missing.details"));
        } catch (AccessDeniedException e) {
            return failed(path, Message.of("file.denied", name), Message.of("file.denied.details"));
        } catch (CharacterCodingException e) {
            return failed(path, Message.of("file.notUtf8", name), Message.of("file.notUtf8.details"));
        } catch (IOException e) {
            return failed(path, Message.of("file.unreadable", name), Message.of("file.unreadable.details",
                    String.valueOf(e.getMessage())));
        }
    }

    /**
     * Writes text to a file atomically.
     *
     * @throws IOException if it could not; the file is then as it was, and no temporary file is left behind
     */
    public void write(Path path, String text) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writer.write(out, text.getBytes(StandardCharsets.UTF_8));
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A NUL byte in the first 8 KB: no text file has one, every image and archive does. */
    static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            in.position(3);
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in).toString();
    }

    private static Failed failed(Path path, Message summary, Message details) {
        return new Failed(new Problem(summary, Message.of("file.problem.details", path.toAbsolutePath(), details)));
    }
}
