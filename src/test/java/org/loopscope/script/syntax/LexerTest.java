package org.loopscope.script.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Tokens for the tricky cases: indentation, continuation, brackets, comments, numbers, strings, line endings. */
class LexerTest {

    /** Kinds and texts, e.g. {@code NAME:x EQUAL NUMBER:1 NEWLINE ENDMARKER}. */
    private static String tokens(String source) {
        Lexer.Result r = Lexer.tokenize(source, "t.py");
        return r.tokens().stream().map(t -> t.text().isEmpty() || t.kind().text() != null ? t.kind().name()
                : t.kind() + ":" + t.text()).collect(Collectors.joining(" "));
    }

    private static PySyntaxError error(String source) {
        return Lexer.tokenize(source, "t.py").error();
    }

    @Test
    void indentationMakesIndentAndDedentTokens() {
        assertThat(tokens("if x:\n    y\n    if z:\n        w\nv\n")).isEqualTo(
                "IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE IF NAME:z COLON NEWLINE INDENT NAME:w NEWLINE "
                + "DEDENT DEDENT NAME:v NEWLINE ENDMARKER");
    }

    @Test
    void blankAndCommentLinesDoNotCountForIndentation() {
        assertThat(tokens("if x:\n\n  # note\n    y\n# end\n")).isEqualTo(
                "IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE DEDENT ENDMARKER");
    }

    @Test
    void bracketsJoinLinesAndBackslashContinues() {
        assertThat(tokens("x = (1,\n     2)\ny = 1 + \\\n  2\n")).isEqualTo(
                "NAME:x EQUAL LPAR NUMBER:1 COMMA NUMBER:2 RPAR NEWLINE NAME:y EQUAL NUMBER:1 PLUS NUMBER:2 NEWLINE "
                + "ENDMARKER");
    }

    @Test
    void aMissingFinalNewlineIsSupplied() {
        assertThat(tokens("if x:\n    y")).isEqualTo("IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE DEDENT ENDMARKER");
        assertThat(tokens("")).isEqualTo("ENDMARKER");
    }

    @Test
    void crLfAndLoneCrAreNewlines() {
        assertThat(tokens("a\r\nb\rc\n")).isEqualTo("NAME:a NEWLINE NAME:b NEWLINE NAME:c NEWLINE ENDMARKER");
        assertThat(Lexer.tokenize("a\r\nb\rc", "t.py").tokens().get(4).line()).isEqualTo(3);
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertThat(tokens("a **= b //= c := d -> e ... @= f != g <<= h\n")).isEqualTo(
                "NAME:a DOUBLESTAREQUAL NAME:b DOUBLESLASHEQUAL NAME:c COLONEQUAL NAME:d RARROW NAME:e ELLIPSIS "
                + "ATEQUAL NAME:f NOTEQUAL NAME:g LEFTSHIFTEQUAL NAME:h NEWLINE ENDMARKER");
    }

    @Test
    void numbersInAllTheirForms() {
        assertThat(tokens("0 0x1F 0o17 0b10 1_000 1.5 .5 1. 1e10 1.5E-3 3j 1_0.0_1e+1_0J\n")).isEqualTo(
                "NUMBER:0 NUMBER:0x1F NUMBER:0o17 NUMBER:0b10 NUMBER:1_000 NUMBER:1.5 NUMBER:.5 NUMBER:1. "
                + "NUMBER:1e10 NUMBER:1.5E-3 NUMBER:3j NUMBER:1_0.0_1e+1_0J NEWLINE ENDMARKER");
        assertThat(tokens("1if x else 2\n")).isEqualTo("NUMBER:1 IF NAME:x ELSE NUMBER:2 NEWLINE ENDMARKER");
    }

    @Test
    void badNumbersAreReportedWhereCPythonReportsThem() {
        assertThat(error("x = 1_\n").message()).isEqualTo("invalid decimal literal");
        assertThat(error("x = 0x\n").message()).isEqualTo("invalid hexadecimal literal");
        assertThat(error("x = 0o8\n").message()).isEqualTo("invalid digit '8' in octal literal");
        assertThat(error("x = 0b12\n").message()).isEqualTo("invalid digit '2' in binary literal");
        assertThat(error("x = 012\n").message()).startsWith("leading zeros in decimal integer literals");
        assertThat(error("x = 1abc\n").column()).isEqualTo(5);
    }

    @Test
    void stringsWithPrefixesQuotesAndEscapesAreSingleTokens() {
        assertThat(tokens("a = rb'\\'' f\"{x}\" '''t\nq''' U'u' Rb\"\\\\\"\n")).isEqualTo(
                "NAME:a EQUAL STRING:rb'\\'' STRING:f\"{x}\" STRING:'''t\nq''' STRING:U'u' STRING:Rb\"\\\\\" NEWLINE "
                + "ENDMARKER");
        assertThat(tokens("ur'x'\n")).isEqualTo("NAME:ur STRING:'x' NEWLINE ENDMARKER");
    }

    @Test
    void unterminatedStringsPointAtTheirStart() {
        PySyntaxError e = error("x = f'abc\n");
        assertThat(e.message()).isEqualTo("unterminated string literal (detected at line 1)");
        assertThat(e.column()).isEqualTo(5);
        assertThat(error("x = 1\ny = \"\"\"a\nb\n").message())
                .isEqualTo("unterminated triple-quoted string literal (detected at line 3)");
    }

    @Test
    void tabsFollowPythonsRules() {
        assertThat(tokens("if x:\n\ty\n\tz\n")).isEqualTo(
                "IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT ENDMARKER");
        // A tab and eight spaces are the same column, but not the same under the one-column alternate rule.
        PySyntaxError e = error("if x:\n\ty\n        z\n");
        assertThat(e.kind()).isEqualTo(PySyntaxError.Kind.TAB_ERROR);
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void formFeedResetsTheIndentationColumn() {
        assertThat(tokens("if x:\n\f    y\n"))
                .isEqualTo("IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE DEDENT ENDMARKER");
    }

    @Test
    void bracketMistakesAndStrayCharacters() {
        assertThat(error("x = 1)\n").message()).isEqualTo("unmatched ')'");
        assertThat(error("x = (1]\n").message()).isEqualTo("closing parenthesis ']' does not match opening "
                + "parenthesis '('");
        assertThat(error("x = (1,\n2]\n").message()).endsWith("'(' on line 1");
        assertThat(error("x = 1 \u2026\n").message()).isEqualTo("invalid character '\u2026' (U+2026)");
        assertThat(error("x = \u0001\n").message()).isEqualTo("invalid non-printable character U+0001");
        assertThat(error("x = 1 \\ 2\n").message()).isEqualTo(
                "unexpected character after line continuation character");
        assertThat(tokens("x = $\n")).isEqualTo("NAME:x EQUAL OP:$ NEWLINE ENDMARKER");
    }

    @Test
    void nullBytesAreRejectedOnTheirLine() {
        PySyntaxError e = error("x = 1\ny\0 = 2\n");
        assertThat(e.message()).isEqualTo("source code cannot contain null bytes");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.text()).isEqualTo("y");
    }

    @Test
    void endOfFileInsideBracketsEndsWithAnErrorToken() {
        Lexer.Result r = Lexer.tokenize("x = [1,\n2\n", "t.py");
        List<Token> tokens = r.tokens();
        assertThat(tokens.get(tokens.size() - 1).kind()).isEqualTo(TokenKind.ERRORTOKEN);
        assertThat(r.unclosed().message()).isEqualTo("'[' was never closed");
        assertThat(r.unclosedLine()).isEqualTo(1);
    }

    @Test
    void tokenPositionsAreCodePointColumns() {
        List<Token> t = Lexer.tokenize("s = '\u00e9\uD83D\uDE00' + x  # c\n", "t.py").tokens();
        assertThat(t.get(2).span()).isEqualTo(new Span(1, 4, 1, 8));
        assertThat(t.get(4).span()).isEqualTo(new Span(1, 11, 1, 12));
        // A NEWLINE after a comment starts at the '#', as in CPython.
        assertThat(t.get(5).col()).isEqualTo(14);
    }

    @Test
    void unicodeIdentifiers() {
        assertThat(tokens("\u5909\u6570 = \u00e9t\u00e9\n")).isEqualTo(
                "NAME:\u5909\u6570 EQUAL NAME:\u00e9t\u00e9 NEWLINE ENDMARKER");
    }

    @Test
    void keywordsAreTheirOwnKindsButMatchIsAName() {
        assertThat(tokens("async await match case _\n")).isEqualTo(
                "ASYNC AWAIT NAME:match NAME:case NAME:_ NEWLINE ENDMARKER");
    }
}
