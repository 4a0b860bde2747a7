package org.loopscope.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.ui.lessons.LessonText.Block;
import org.loopscope.ui.lessons.LessonText.BlockKind;
import org.loopscope.ui.lessons.LessonText.Span;
import org.loopscope.ui.lessons.LessonText.Style;

/** The Markdown-ish lesson texts become headings, paragraphs and bullet lines with code and bold spans. */
class LessonTextTest {

    private static final String TEXT = String.join("\n",
            "# Creating tasks",
            "",
            "A **task** wraps a coroutine. Use `create_task(coro)`",
            "to make one.",
            "",
            "## Try this",
            "",
            "- Call `soup.result()` early",
            "  and read the error.",
            "- Swap the times",
            "");

    @Test
    void blocksFollowTheMarkup() {
        List<Block> blocks = LessonText.parse(TEXT);
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH,
                BlockKind.HEADING, BlockKind.BULLET, BlockKind.BULLET);
        assertThat(blocks.get(1).spans()).containsExactly(new Span("A ", Style.PLAIN), new Span("task", Style.BOLD),
                new Span(" wraps a coroutine. Use ", Style.PLAIN), new Span("create_task(coro)", Style.CODE),
                new Span(" to make one.", Style.PLAIN));
        assertThat(blocks.get(3).plainText()).isEqualTo("Call soup.result() early and read the error.");
        assertThat(blocks.get(4).plainText()).isEqualTo("Swap the times");
    }

    @Test
    void anUnclosedMarkStaysAsWritten() {
        assertThat(LessonText.spans("a `b and **c")).containsExactly(new Span("a `b and **c", Style.PLAIN));
    }

    @Test
    void theSummaryIsTheFirstSentenceWithoutMarkup() {
        assertThat(LessonText.summary(TEXT, 100)).isEqualTo("A task wraps a coroutine.");
        assertThat(LessonText.summary("# T\n\n**任务**把协程包装起来。第二句。\n", 100)).isEqualTo("任务把协程包装起来。");
        assertThat(LessonText.summary("# T\n\nOne two three four five.\n", 10)).isEqualTo("One two…");
    }
}
