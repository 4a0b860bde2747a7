package org.loopscope.session.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The explanation of every lesson, in every language, has the same shape: a title line equal to the index's title,
 * two to four paragraphs that name what to look at on the timeline, and a list of two to four experiments.
 */
class LessonTextsTest {

    private static final Map<Language, String> TRY_THIS = Map.of(
            Language.EN, "## Try this",
            Language.ZH_HANS, "## 动手试试",
            Language.ZH_HANT, "## 動手試試看");

    private static final Pattern TIMELINE_WORDS = Pattern.compile("PENDING|RUNNING|WAITING|DONE|FAILED|CANCELLED");

    /** Characters only Simplified Chinese uses, and their Traditional counterparts, which Simplified never uses. */
    private static final String SIMPLIFIED_ONLY = "这们个来时说发对为会进过还没开关数处样学习书车门"
            + "问间东见让认语读变应实际线运调异队网络参设协环务"
            + "态创释复杂单缓输错误码块签题递级区围给长头体节换"
            + "动种钟钮边达划连较轮观压盘顺";
    private static final String TRADITIONAL_ONLY = "這們個來時說發對為會進過還沒開關數處樣學習書車門"
            + "問間東見讓認語讀變應實際線運調異隊網絡參設協環務"
            + "態創釋複雜單緩輸錯誤碼塊簽題遞級區圍給長頭體節換"
            + "動種鐘鈕邊達劃連較輪觀壓盤順";

    private final List<Lesson> lessons = LessonLibrary.load();

    @Test
    void everyTextStartsWithTheTitleOfTheIndex() {
        for (Lesson lesson : lessons) {
            for (Language language : Language.values()) {
                String text = lesson.text(language);
                assertThat(text).as("%s in %s", lesson.id(), language).isNotBlank().endsWith("\n");
                assertThat(text.lines().findFirst().orElseThrow())
                        .as("%s in %s", lesson.id(), language)
                        .isEqualTo("# " + lesson.title(language));
            }
        }
    }

    @Test
    void everyTextHasTwoToFourParagraphsAndTwoToFourExperiments() {
        for (Lesson lesson : lessons) {
            for (Language language : Language.values()) {
                Shape shape = Shape.of(lesson.text(language));
                String where = lesson.id() + " in " + language;
                assertThat(shape.paragraphs()).as(where).hasSizeBetween(2, 4);
                assertThat(shape.heading()).as(where).isEqualTo(TRY_THIS.get(language));
                assertThat(shape.items()).as(where).hasSizeBetween(2, 4);
            }
        }
    }

    @Test
    void everyTextSaysWhatToLookForOnTheTimeline() {
        for (Lesson lesson : lessons) {
            for (Language language : Language.values()) {
                assertThat(lesson.text(language)).as("%s in %s", lesson.id(), language).containsPattern(TIMELINE_WORDS);
            }
        }
    }

    @Test
    void eachChineseTextIsWrittenInItsOwnScript() {
        for (Lesson lesson : lessons) {
            assertThat(foreign(lesson.text(Language.ZH_HANS), TRADITIONAL_ONLY)).as(lesson.id()).isEmpty();
            assertThat(foreign(lesson.text(Language.ZH_HANT), SIMPLIFIED_ONLY)).as(lesson.id()).isEmpty();
            assertThat(lesson.text(Language.ZH_HANS)).isNotEqualTo(lesson.text(Language.ZH_HANT));
        }
    }

    private static String foreign(String text, String characters) {
        return text.codePoints().filter(c -> characters.indexOf(c) >= 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** A text cut into its parts: the paragraphs after the title, the heading after them, and its list items. */
    private record Shape(List<String> paragraphs, String heading, List<String> items) {

        static Shape of(String text) {
            List<String> paragraphs = new ArrayList<>();
            List<String> items = new ArrayList<>();
            String heading = null;
            StringBuilder paragraph = new StringBuilder();
            for (String line : text.lines().skip(1).toList()) {
                if (line.startsWith("## ")) {
                    assertThat(heading).as("a second heading: " + line).isNull();
                    heading = line;
                } else if (heading != null && line.startsWith("- ")) {
                    items.add(line);
                } else if (heading != null) {
                    // After the heading only list items, their indented continuations and blank lines.
                    assertThat(line.isBlank() || line.startsWith("  ")).as("after the heading: " + line).isTrue();
                } else if (line.isBlank()) {
                    flush(paragraph, paragraphs);
                } else {
                    paragraph.append(line).append('\n');
                }
            }
            flush(paragraph, paragraphs);
            return new Shape(paragraphs, heading, items);
        }

        private static void flush(StringBuilder paragraph, List<String> paragraphs) {
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
    }
}
