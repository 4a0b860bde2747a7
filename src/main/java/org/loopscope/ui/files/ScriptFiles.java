package org.loopscope.ui.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.loopscope.session.SourceText;
import org.loopscope.ui.i18n.Message;

/**
 * Reads and writes script files safely.
 *
 * <p>Reading decodes as python3 does ({@link SourceText}: UTF-8, or the encoding a {@code # -*- coding: gbk -*-}
 * declaration names) and refuses, with a message a person understands, what is not a script: a missing file, a
 * folder, a file it may not read, one over {@link #MAX_BYTES}, a binary file, text that is not UTF-8 and declares no
 * encoding (with the encodings it could be read in instead), text that is not in its declared encoding. Writing
 * encodes as the text's declaration says, else as UTF-8, and is atomic: the text
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

    /** The file's text, without a UTF-8 byte order mark, and the encoding it was read in. */
    public record Text(String text, Charset charset) implements Read {
        /** Text read as UTF-8. */
        public Text(String text) {
            this(text, StandardCharsets.UTF_8);
        }
    }

    /**
     * Why the file was not read, and for a file that is not UTF-8 the encodings of {@link #REOPEN_ENCODINGS} its bytes
     * are valid text in (empty otherwise).
     */
    public record Failed(Problem problem, List<Charset> reopenAs) implements Read {
        public Failed(Problem problem) {
            this(problem, List.of());
        }

        public Failed {
            reopenAs = List.copyOf(reopenAs);
        }
    }

    /** The encodings offered for a file that is not UTF-8: those of Chinese classrooms, then Latin-1. */
    public static final List<Charset> REOPEN_ENCODINGS = List.of(Charset.forName("GBK"), Charset.forName("Big5"),
            StandardCharsets.ISO_8859_1);

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
            SourceText.Result decoded = SourceText.decode(bytes, path.toAbsolutePath().toString());
            if (decoded instanceof SourceText.Refused refused) {
                return notDecoded(path, bytes, refused);
            }
            SourceText.Decoded text = (SourceText.Decoded) decoded;
            // Python reads \r\n as \n; the editor shows one kind of line break.
            return new Text(text.text().replace("\r\n", "\n"), text.charset());
        } catch (NoSuchFileException e) {
            return failed(path, Message.of("file.missing", name), Message.of("file.missing.details"));
        } catch (AccessDeniedException e) {
            return failed(path, Message.of("file.denied", name), Message.of("file.denied.details"));
        } catch (IOException e) {
            return failed(path, Message.of("file.unreadable", name), Message.of("file.unreadable.details",
                    String.valueOf(e.getMessage())));
        }
    }

    /**
     * Reads a file that is not UTF-8 in an encoding the user chose; it must decode without error.
     */
    public Read readAs(Path path, Charset charset) {
        String name = String.valueOf(path.getFileName());
        try {
            byte[] bytes = Files.readAllBytes(path);
            return new Text(strictly(charset).decode(ByteBuffer.wrap(bytes)).toString().replace("\r\n", "\n"),
                    charset);
        } catch (CharacterCodingException e) {
            return failed(path, Message.of("file.notIn", name, charset.displayName()),
                    Message.of("file.notIn.details", charset.displayName()));
        } catch (IOException e) {
            return failed(path, Message.of("file.unreadable", name), Message.of("file.unreadable.details",
                    String.valueOf(e.getMessage())));
        }
    }

    private static Failed notDecoded(Path path, byte[] bytes, SourceText.Refused refused) {
        String name = String.valueOf(path.getFileName());
        List<Charset> candidates = new ArrayList<>();
        if (refused.offset() >= 0 && refused.message().contains("no encoding declared")) {
            for (Charset charset : REOPEN_ENCODINGS) {
                try {
                    strictly(charset).decode(ByteBuffer.wrap(bytes));
                    candidates.add(charset);
                } catch (CharacterCodingException e) {
                    // Not text in this encoding: not offered.
                }
            }
            return new Failed(new Problem(Message.of("file.notUtf8", name), Message.of("file.problem.details",
                    path.toAbsolutePath(), Message.of("file.notUtf8.details", String.format("%02x",
                            refused.byteSeen()), String.valueOf(refused.offset()), String.valueOf(refused.line()),
                            refused.message()))), candidates);
        }
        return failed(path, Message.of("file.badEncoding", name), Message.of("file.badEncoding.details",
                refused.message()));
    }

    private static CharsetDecoder strictly(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Writes text to a file atomically, in the encoding its coding declaration names (python3 reads it back in that
     * one), else UTF-8.
     *
     * @throws IOException if it could not; the file is then as it was, and no temporary file is left behind
     */
    public void write(Path path, String text) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writer.write(out, encode(text));
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

    private static byte[] encode(String text) throws IOException {
        Charset charset = SourceText.declaredCharset(text).orElse(StandardCharsets.UTF_8);
        try {
            ByteBuffer bytes = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IOException("the text has characters that " + charset.displayName()
                    + " cannot hold, and its coding declaration asks for " + charset.displayName()
                    + "; change the declaration to utf-8 or remove those characters", e);
        }
    }

    private static Failed failed(Path path, Message summary, Message details) {
        return new Failed(new Problem(summary, Message.of("file.problem.details", path.toAbsolutePath(), details)));
    }
}
