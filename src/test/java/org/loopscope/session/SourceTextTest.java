package org.loopscope.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Source decoding against what python3 3.11 printed for the same bytes (PEP 263): declarations on the first or
 * second line, the CJK encodings of a classroom, and CPython's words for what it refuses.
 */
class SourceTextTest {

    private static final String PATH = "/work/x.py";

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static SourceText.Decoded decoded(String latin1) {
        return (SourceText.Decoded) SourceText.decode(bytes(latin1), PATH);
    }

    private static String refused(String latin1) {
        return ((SourceText.Refused) SourceText.decode(bytes(latin1), PATH)).message();
    }

    @Test
    void declaredGbkBig5AndLatin1DecodeAsPython3Does() {
        assertThat(decoded("# -*- coding: gbk -*-\nprint(\"\u00c4\u00e3\u00ba\u00c3\")\n").text()).contains("你好");
        assertThat(decoded("#!/usr/bin/python3\n# coding=big5\nprint(\"\u00a4\u00a4\")\n").text()).contains("中");
        SourceText.Decoded latin = decoded("# vim: set fileencoding=latin-1 :\nprint(\"\u00e9\")\n");
        assertThat(latin.text()).contains("é");
        assertThat(latin.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(latin.declared()).isTrue();
        assertThat(decoded("#coding:GBK\nx = 1\n").charset()).isEqualTo(Charset.forName("GBK"));
    }

    @Test
    void withoutADeclarationItIsUtf8AndTheBomIsDropped() {
        SourceText.Decoded plain = decoded("\u00ef\u00bb\u00bfprint('\u00c3\u00a9')\n");
        assertThat(plain.text()).isEqualTo("print('é')\n");
        assertThat(plain.declared()).isFalse();
    }

    @Test
    void refusalsUsePython3sWords() {
        assertThat(refused("print(\"\u00c4\u00e3\u00ba\u00c3\")\n")).isEqualTo("SyntaxError: Non-UTF-8 code starting"
                + " with '\\xc4' in file /work/x.py on line 1, but no encoding declared;"
                + " see https://peps.python.org/pep-0263/ for details");
        // A declaration on the second line counts only after a comment or blank first line.
        assertThat(refused("x=1\n# coding: latin-1\nprint(\"\u00e9\")\n")).startsWith(
                "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file /work/x.py on line 3");
        assertThat(refused("# coding: foo\nprint(1)\n")).isEqualTo("SyntaxError: encoding problem: foo");
        assertThat(refused("# coding: utf-16\nprint(1)\n")).isEqualTo("SyntaxError: encoding problem: utf-16");
        assertThat(refused("\u00ef\u00bb\u00bf# coding: latin-1\nprint(1)\n"))
                .isEqualTo("SyntaxError: encoding problem: iso-8859-1 with BOM");
        assertThat(refused("# coding: gbk\nx = 1\nprint(\"\u00c4\u00e3\u00ff\u00ff\")\n"))
                .isEqualTo("SyntaxError: encoding problem: gbk");
        assertThat(refused("# coding: big5\nprint(\"\u00a4\u00a4\u0080\")\n"))
                .isEqualTo("SyntaxError: encoding problem: big5");
    }

    @Test
    void aRefusalSaysWhichByteWhereAndOnWhichLine() {
        SourceText.Refused refused = (SourceText.Refused) SourceText.decode(bytes("x = 1\ny = '\u00ff'\n"), PATH);
        assertThat(refused.offset()).isEqualTo(11);
        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.byteSeen()).isEqualTo(0xff);
    }

    @Test
    void aFileDeclaredUtf8MayHaveBadBytesInACommentButNotInCode() {
        assertThat(decoded("# coding: utf-8\n# \u00c4\u00e3\nprint(1)\n").text()).endsWith("print(1)\n");
        assertThat(refused("# coding: utf-8\nx = \u00c4\u00e3\n")).startsWith("  File \"/work/x.py\", line 2\n")
                .contains("SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xc4")
                .endsWith("invalid continuation byte");
    }

    @Test
    void theDeclarationOfATextNamesTheEncodingToSaveItIn() {
        assertThat(SourceText.declaredCharset("# -*- coding: big5 -*-\n")).contains(Charset.forName("Big5"));
        assertThat(SourceText.declaredCharset("print(1)\n# coding: gbk\n")).isEmpty();
        assertThat(SourceText.declaredCharset("# coding: nonsense\n")).isEmpty();
    }
}
