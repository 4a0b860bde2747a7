package org.loopscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What Enter inserts: the line's indentation, one level more after a block header. */
class IndentationTest {

    @Test
    void keepsTheIndentation() {
        assertThat(Indentation.newline("        print(x)")).isEqualTo("\n        ");
        assertThat(Indentation.newline("x = 1")).isEqualTo("\n");
    }

    @Test
    void addsALevelAfterAColon() {
        assertThat(Indentation.newline("async def main():")).isEqualTo("\n    ");
        assertThat(Indentation.newline("    for t in tasks:   # each")).isEqualTo("\n        ");
    }

    @Test
    void aColonInsideAStringOrACommentOpensNothing() {
        assertThat(Indentation.newline("    print('ready:')")).isEqualTo("\n    ");
        assertThat(Indentation.newline("    # note:")).isEqualTo("\n    ");
        assertThat(Indentation.newline("s = '''a:")).isEqualTo("\n");
    }
}
