package org.loopscope.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.UiLanguage;

/** Reading refuses what is not a script with a clear message; writing is atomic. */
class ScriptFilesTest {

    @TempDir
    Path dir;

    private final ScriptFiles files = new ScriptFiles();
    private final I18n english = new I18n(UiLanguage.EN);

    private Problem problemReading(Path path) {
        ScriptFiles.Read read = files.read(path);
        assertThat(read).isInstanceOf(ScriptFiles.Failed.class);
        return ((ScriptFiles.Failed) read).problem();
    }

    @Test
    void readsUtf8WithoutTheByteOrderMarkAndWithPlainLineBreaks() throws IOException {
        Path file = dir.resolve("hello.py");
        Files.write(file, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'x', '=', '"', (byte) 0xc3, (byte) 0xa9,
            '"', '\r', '\n'});

        assertThat(files.read(file)).isEqualTo(new ScriptFiles.Text("x=\"é\"\n"));
    }

    @Test
    void aMissingFile() {
        Problem problem = problemReading(dir.resolve("gone.py"));

        assertThat(english.text(problem.summary())).isEqualTo("gone.py does not exist.");
        assertThat(english.text(problem.details())).isEqualTo(dir.resolve("gone.py") + "\nNo such file.");
    }

    @Test
    void aBinaryFile() throws IOException {
        Path file = Files.write(dir.resolve("photo.py"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

        assertThat(english.text(problemReading(file).summary())).isEqualTo("photo.py is not a text file.");
    }

    @Test
    void aFileThatIsNotUtf8SaysWhichByteAndOffersTheEncodingsItDecodesIn() throws IOException {
        Path file = Files.write(dir.resolve("latin1.py"), "print('caf\u00e9')\n".getBytes(StandardCharsets.ISO_8859_1));

        ScriptFiles.Failed failed = (ScriptFiles.Failed) files.read(file);

        assertThat(english.text(failed.problem().summary()))
                .isEqualTo("latin1.py is not UTF-8 text and declares no other encoding.");
        assertThat(english.text(failed.problem().details())).startsWith(file.toString())
                .contains("The byte 0xe9 at byte offset 10 (line 1)")
                .contains("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + file + " on line 1");
        // A lone 0xE9 followed by a quote is neither GBK nor Big5; Latin-1 reads any byte.
        assertThat(failed.reopenAs()).containsExactly(StandardCharsets.ISO_8859_1);
        assertThat(files.readAs(file, StandardCharsets.ISO_8859_1))
                .isEqualTo(new ScriptFiles.Text("print('caf\u00e9')\n", StandardCharsets.ISO_8859_1));
    }

    @Test
    void aGbkFileIsOfferedAsGbkAndOneThatDeclaresGbkOpens() throws IOException {
        Charset gbk = Charset.forName("GBK");
        Path plain = Files.write(dir.resolve("plain.py"), "print('\u4f60\u597d')\n".getBytes(gbk));
        assertThat(((ScriptFiles.Failed) files.read(plain)).reopenAs()).startsWith(gbk);

        Path declared = Files.write(dir.resolve("declared.py"),
                "# -*- coding: gbk -*-\r\nprint('\u4f60\u597d')\r\n".getBytes(gbk));
        assertThat(files.read(declared))
                .isEqualTo(new ScriptFiles.Text("# -*- coding: gbk -*-\nprint('\u4f60\u597d')\n", gbk));
    }

    @Test
    void aFileThatIsNotInItsDeclaredEncodingIsRefusedInPython3sWords() throws IOException {
        Path file = Files.write(dir.resolve("bad.py"), "# coding: big5\nprint('\u00a4\u00a4\u0080')\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        ScriptFiles.Failed failed = (ScriptFiles.Failed) files.read(file);
        assertThat(english.text(failed.problem().summary())).isEqualTo("bad.py cannot be read in the encoding it declares.");
        assertThat(english.text(failed.problem().details())).contains("SyntaxError: encoding problem: big5");
        assertThat(failed.reopenAs()).isEmpty();
    }

    @Test
    void savingWritesTheEncodingTheTextDeclaresAndRefusesWhatItCannotHold() throws IOException {
        Path file = dir.resolve("gbk.py");
        files.write(file, "# coding: gbk\nprint('\u4f60')\n");
        assertThat(Files.readAllBytes(file)).isEqualTo("# coding: gbk\nprint('\u4f60')\n".getBytes(Charset.forName("GBK")));

        assertThatThrownBy(() -> files.write(file, "# coding: latin-1\nprint('\u4f60')\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("ISO-8859-1 cannot hold");
        assertThat(Files.readAllBytes(file)).as("the old file is intact")
                .isEqualTo("# coding: gbk\nprint('\u4f60')\n".getBytes(Charset.forName("GBK")));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("big.py");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }
        assertThat(english.text(problemReading(file).summary()))
                .isEqualTo("big.py is too large to open (50.0 MB; the limit is 5 MB).");
    }

    @Test
    void aFileOverFiveMegabytes() throws IOException {
        Path file = Files.write(dir.resolve("huge.py"), new byte[(int) ScriptFiles.MAX_BYTES + 1]);

        assertThat(english.text(problemReading(file).summary()))
                .isEqualTo("huge.py is too large to open (5.0 MB; the limit is 5 MB).");
    }

    @Test
    void aFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("lessons.py"));

        assertThat(english.text(problemReading(folder).summary())).isEqualTo("lessons.py is a folder, not a file.");
    }

    @Test
    void aFileWithoutReadPermission() throws IOException {
        Path file = Files.writeString(dir.resolve("secret.py"), "x = 1\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // root reads anything; the message can only be seen as an ordinary user.
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "running as root");

        assertThat(english.text(problemReading(file).summary()))
                .isEqualTo("secret.py cannot be read: permission denied.");
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), "old\n");

        files.write(file, "new\n");

        assertThat(Files.readString(file)).isEqualTo("new\n");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileIntact() throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), "the old text\n");
        ScriptFiles failing = new ScriptFiles((out, bytes) -> {
            out.write(bytes, 0, bytes.length / 2);
            throw new IOException("No space left on device");
        });

        assertThatThrownBy(() -> failing.write(file, "a much longer new text\n"))
                .hasMessage("No space left on device");

        assertThat(Files.readString(file)).isEqualTo("the old text\n");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void writingIntoAMissingFolderFails() {
        assertThatThrownBy(() -> files.write(dir.resolve("nope").resolve("a.py"), "x"))
                .isInstanceOf(IOException.class);
    }
}
