package org.loopscope.session;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a Python source file into text the way CPython 3.11 does (PEP 263): UTF-8 unless a coding
 * declaration ({@code # -*- coding: gbk -*-}) on the first line, or on the second after a comment-only first line,
 * names another encoding; a UTF-8 byte order mark is dropped. What CPython refuses is refused with CPython's words.
 *
 * <p>The declared encodings understood are those a classroom meets: UTF-8, Latin-1 and the other ISO-8859 and
 * Windows code pages, GBK, GB2312, GB18030, Big5, Big5-HKSCS, Shift_JIS, EUC-JP, EUC-KR and ASCII, under Python's
 * names and aliases. Another name, or an encoding that is not ASCII-compatible (UTF-16), is CPython's
 * {@code SyntaxError: encoding problem: NAME}.
 */
public final class SourceText {

    /** PEP 263's pattern, applied to each of the first two lines. */
    private static final Pattern DECLARATION = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    private static final Pattern COMMENT_OR_BLANK = Pattern.compile("^[ \\t\\f]*(#.*)?$");

    /** Python's codec names (lower case, '-' and ' ' as '_') to Java's charsets. */
    private static final Map<String, String> CODECS = Map.ofEntries(
            Map.entry("utf_8", "UTF-8"), Map.entry("utf8", "UTF-8"), Map.entry("u8", "UTF-8"),
            Map.entry("utf", "UTF-8"), Map.entry("cp65001", "UTF-8"),
            Map.entry("latin_1", "ISO-8859-1"), Map.entry("latin1", "ISO-8859-1"), Map.entry("latin", "ISO-8859-1"),
            Map.entry("l1", "ISO-8859-1"), Map.entry("iso8859_1", "ISO-8859-1"), Map.entry("iso_8859_1", "ISO-8859-1"),
            Map.entry("8859", "ISO-8859-1"), Map.entry("cp819", "ISO-8859-1"), Map.entry("iso_latin_1", "ISO-8859-1"),
            Map.entry("iso8859_15", "ISO-8859-15"), Map.entry("iso_8859_15", "ISO-8859-15"),
            Map.entry("ascii", "US-ASCII"), Map.entry("us_ascii", "US-ASCII"), Map.entry("646", "US-ASCII"),
            Map.entry("gbk", "GBK"), Map.entry("cp936", "GBK"), Map.entry("ms936", "GBK"), Map.entry("936", "GBK"),
            Map.entry("gb2312", "GB2312"), Map.entry("euc_cn", "GB2312"), Map.entry("euccn", "GB2312"),
            Map.entry("chinese", "GB2312"), Map.entry("gb18030", "GB18030"),
            Map.entry("big5", "Big5"), Map.entry("big5_tw", "Big5"), Map.entry("csbig5", "Big5"),
            Map.entry("big5hkscs", "Big5-HKSCS"), Map.entry("big5_hkscs", "Big5-HKSCS"),
            Map.entry("hkscs", "Big5-HKSCS"),
            Map.entry("cp950", "x-windows-950"), Map.entry("ms950", "x-windows-950"),
            Map.entry("shift_jis", "Shift_JIS"), Map.entry("sjis", "Shift_JIS"), Map.entry("cp932", "windows-31j"),
            Map.entry("euc_jp", "EUC-JP"), Map.entry("euc_kr", "EUC-KR"), Map.entry("cp949", "x-windows-949"),
            Map.entry("cp1250", "windows-1250"), Map.entry("cp1251", "windows-1251"),
            Map.entry("cp1252", "windows-1252"), Map.entry("windows_1252", "windows-1252"),
            Map.entry("koi8_r", "KOI8-R"));

    private SourceText() {
    }

    /** The outcome of decoding: the text, or why CPython would refuse the file. */
    public sealed interface Result permits Decoded, Refused {
    }

    /**
     * The source text, without a byte order mark, and the encoding it was read in.
     *
     * @param text     the text, line breaks as in the file
     * @param charset  the encoding used
     * @param declared whether a coding declaration chose it
     */
    public record Decoded(String text, Charset charset, boolean declared) implements Result {
    }

    /**
     * A file CPython would not run.
     *
     * @param message  what {@code python3 FILE} prints, one or two lines without the final line break
     * @param offset   the byte offset of the first byte that could not be decoded, or -1 (an unknown encoding)
     * @param line     its line, from 1, or -1
     * @param byteSeen the byte at {@code offset} (0 to 255), or -1
     */
    public record Refused(String message, int offset, int line, int byteSeen) implements Result {
    }

    /** Decodes a source file's bytes; {@code path} is the name CPython's message shows. */
    public static Result decode(byte[] bytes, String path) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        int start = bom ? 3 : 0;
        Optional<String> declaredName = declaration(new String(bytes, start, Math.min(bytes.length - start, 4096),
                StandardCharsets.ISO_8859_1));
        if (declaredName.isEmpty()) {
            return decode(bytes, start, StandardCharsets.UTF_8, false, path, null);
        }
        String name = declaredName.get();
        Optional<Charset> charset = charset(name);
        if (charset.isEmpty()) {
            return new Refused("SyntaxError: encoding problem: " + name, -1, -1, -1);
        }
        if (bom && !charset.get().equals(StandardCharsets.UTF_8)) {
            return new Refused("SyntaxError: encoding problem: " + normalName(name) + " with BOM", -1, -1, -1);
        }
        return decode(bytes, start, charset.get(), true, path, name);
    }

    /**
     * The encoding a text's own coding declaration names, if it has one Loopscope knows: an editor saves the text in
     * it, so that python3 reads back what was written.
     */
    public static Optional<Charset> declaredCharset(String text) {
        return declaration(text.substring(0, Math.min(text.length(), 4096))).flatMap(SourceText::charset);
    }

    /** The name a coding declaration in the first two lines gives, as written. */
    static Optional<String> declaration(String head) {
        String[] lines = head.split("\r\n|\r|\n", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            Matcher matcher = DECLARATION.matcher(lines[i]);
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
            if (!COMMENT_OR_BLANK.matcher(lines[i]).matches()) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The Java charset of a Python codec name; empty for an unknown one or one that is not ASCII-compatible. */
    static Optional<Charset> charset(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        String java = CODECS.get(key);
        if (java == null || !Charset.isSupported(java)) {
            return Optional.empty();
        }
        return Optional.of(Charset.forName(java));
    }

    /** CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it shows in messages. */
    private static String normalName(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (lower.equals("utf-8") || lower.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (lower.equals(latin) || lower.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    private static Result decode(byte[] bytes, int start, Charset charset, boolean declared, String path,
            String name) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        // CPython reads a comment of a file declared UTF-8 without decoding it: bad bytes there are no error.
        while (result.isError() && declared && charset.equals(StandardCharsets.UTF_8)
                && inComment(bytes, in.position())) {
            out.put('\uFFFD');
            in.position(in.position() + result.length());
            result = decoder.decode(in, out, true);
        }
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return new Decoded(out.flip().toString(), charset, declared);
        }
        int at = in.position();
        int bad = bytes[at] & 0xff;
        int line = lineOf(bytes, at);
        String message;
        if (!declared) {
            message = String.format(Locale.ROOT, "SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on"
                    + " line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bad, path, line);
        } else if (charset.equals(StandardCharsets.UTF_8)) {
            message = String.format(Locale.ROOT, "  File \"%s\", line %d%nSyntaxError: (unicode error) 'utf-8' codec"
                    + " can't decode byte 0x%02x in position %d: %s", path, line, bad, at - lineStart(bytes, at),
                    utf8Reason(bytes, at)).replace(System.lineSeparator(), "\n");
        } else {
            message = "SyntaxError: encoding problem: " + normalName(name);
        }
        return new Refused(message, at, line, bad);
    }

    /** CPython's reason for a byte UTF-8 cannot decode. */
    private static String utf8Reason(byte[] bytes, int at) {
        int lead = bytes[at] & 0xff;
        int length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3
                : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
        if (length == 0) {
            return "invalid start byte";
        }
        for (int i = 1; i < length; i++) {
            if (at + i >= bytes.length) {
                return "unexpected end of data";
            }
            if ((bytes[at + i] & 0xc0) != 0x80) {
                return "invalid continuation byte";
            }
        }
        return "invalid continuation byte";
    }

    /** Whether a {@code #} outside any string literal comes before {@code offset} on its line. */
    private static boolean inComment(byte[] bytes, int offset) {
        byte quote = 0;
        for (int i = lineStart(bytes, offset); i < offset; i++) {
            byte b = bytes[i];
            if (quote != 0) {
                if (b == '\\') {
                    i++;
                } else if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '#') {
                return true;
            }
        }
        return false;
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

    private static int lineStart(byte[] bytes, int offset) {
        int i = offset;
        while (i > 0 && bytes[i - 1] != '\n') {
            i--;
        }
        return i;
    }
}
