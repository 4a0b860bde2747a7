package org.loopscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.ui.editor.PythonHighlighter.Kind;
import org.loopscope.ui.editor.PythonHighlighter.State;

/** What the highlighter colours in Python lines, and the state it carries across lines. */
class PythonHighlighterTest {

    /** Returns "text:KIND" for each token of a line that starts in code. */
    private static List<String> tokens(String line) {
        return tokens(line, State.CODE);
    }

    private static List<String> tokens(String line, State entry) {
        return PythonHighlighter.line(line, entry).tokens().stream()
                .map(token -> line.substring(token.start(), token.end()) + ":" + token.kind())
                .toList();
    }

    @Test
    void keywordsBuiltinsAndTheNameADefDefines() {
        assertThat(tokens("async def main(n):"))
                .containsExactly("async:KEYWORD", "def:KEYWORD", "main:DEFINITION");
        assertThat(tokens("    results = await asyncio.gather(*tasks)  # all"))
                .containsExactly("await:KEYWORD", "# all:COMMENT");
        assertThat(tokens("print(len(xs), None)"))
                .containsExactly("print:BUILTIN", "len:BUILTIN", "None:KEYWORD");
        assertThat(tokens("class Worker(Exception):"))
                .containsExactly("class:KEYWORD", "Worker:DEFINITION", "Exception:BUILTIN");
    }

    @Test
    void anAttributeOrAKeywordArgumentNamedLikeABuiltinIsNotOne() {
        assertThat(tokens("loop.print(x)")).isEmpty();
        assertThat(tokens("f(id=3, type == 2)")).containsExactly("3:NUMBER", "type:BUILTIN", "2:NUMBER");
    }

    @Test
    void stringsWithPrefixesAndEscapes() {
        assertThat(tokens("x = f\"{name} waits\" + 'it\\'s' + rb'\\d'"))
                .containsExactly("f\"{name} waits\":STRING", "'it\\'s':STRING", "rb'\\d':STRING");
        assertThat(tokens("s = 'unterminated")).containsExactly("'unterminated:STRING");
        assertThat(tokens("elif x: pass")).containsExactly("elif:KEYWORD", "pass:KEYWORD");
    }

    @Test
    void aTripleQuotedStringSpansLines() {
        PythonHighlighter.Line first = PythonHighlighter.line("doc = \"\"\"Starts here", State.CODE);
        assertThat(first.exit()).isEqualTo(State.IN_TRIPLE_DOUBLE);
        assertThat(tokens("still 'inside' # not a comment", State.IN_TRIPLE_DOUBLE))
                .containsExactly("still 'inside' # not a comment:STRING");
        PythonHighlighter.Line last = PythonHighlighter.line("ends\"\"\" if True else 1", State.IN_TRIPLE_DOUBLE);
        assertThat(last.exit()).isEqualTo(State.CODE);
        assertThat(tokens("ends\"\"\" if True else 1", State.IN_TRIPLE_DOUBLE))
                .containsExactly("ends\"\"\":STRING", "if:KEYWORD", "True:KEYWORD", "else:KEYWORD", "1:NUMBER");
        assertThat(PythonHighlighter.line("x = '''a''' + '''b", State.CODE).exit()).isEqualTo(State.IN_TRIPLE_SINGLE);
    }

    @Test
    void numbersInTheirForms() {
        assertThat(tokens("a = [0x1F, 1_000, 3.14, .5, 1e-3, 2j, 0b101]")).containsExactly("0x1F:NUMBER",
                "1_000:NUMBER", "3.14:NUMBER", ".5:NUMBER", "1e-3:NUMBER", "2j:NUMBER", "0b101:NUMBER");
        assertThat(tokens("task1 = t2")).isEmpty();
    }

    @Test
    void decoratorsAtTheStartOfALineOnly() {
        assertThat(tokens("    @functools.wraps(fn)")).containsExactly("@functools.wraps:DECORATOR");
        assertThat(tokens("m = a @ b")).isEmpty();
    }

    @Test
    void softKeywordsOnlyWhereTheyOpenAStatement() {
        assertThat(tokens("match command:")).containsExactly("match:SOFT_KEYWORD");
        assertThat(tokens("    case _:")).containsExactly("case:SOFT_KEYWORD", "_:SOFT_KEYWORD");
        assertThat(tokens("match = re.match(x)")).isEmpty();
        assertThat(tokens("case(1)")).containsExactly("1:NUMBER");
    }

    @Test
    void styleClassesAreCssNames() {
        assertThat(Kind.SOFT_KEYWORD.styleClass()).isEqualTo("soft-keyword");
        assertThat(Kind.KEYWORD.styleClass()).isEqualTo("keyword");
    }
}
