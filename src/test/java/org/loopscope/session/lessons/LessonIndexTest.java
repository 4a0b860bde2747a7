package org.loopscope.session.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading lessons.json: every field, nulls kept, and a misspelt key refused with its line. */
class LessonIndexTest {

    @Test
    void readsEveryFieldInOrder() {
        LessonIndex index = LessonIndex.parse("""
                {"lessons": [
                  {"id": "a", "folder": "01-a", "title": {"en": "A", "zh-Hans": "甲"}, "tags": ["x", "y"],
                   "variants": [{"name": "fast", "title": {"en": "Fast"}}], "simulated": "aiohttp"},
                  {"id": "b", "folder": "02-b", "title": {"en": "B"}, "tags": [], "variants": [], "simulated": null}
                ]}
                """);

        assertThat(index.lessons()).containsExactly(
                new LessonIndex.Entry("a", "01-a", Map.of("en", "A", "zh-Hans", "甲"), List.of("x", "y"),
                        List.of(new LessonIndex.Variant("fast", Map.of("en", "Fast"))), "aiohttp"),
                new LessonIndex.Entry("b", "02-b", Map.of("en", "B"), List.of(), List.of(), null));
        assertThat(index.lessons().get(0).title().keySet()).containsExactly("en", "zh-Hans");
    }

    @Test
    void aMisspeltKeyIsRefusedWithItsLine() {
        assertThatThrownBy(() -> LessonIndex.parse("{\"lessons\": [\n{\"id\": \"a\",\n \"titel\": {}}]}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the lesson index is not valid: unknown field \"titel\" at line 3");
        assertThatThrownBy(() -> LessonIndex.parse("{\"lessons\": [{\"id\": 3}]}"))
                .hasMessageStartingWith("the lesson index is not valid: expected VALUE_STRING")
                .hasMessageContaining("found VALUE_NUMBER_INT");
        assertThatThrownBy(() -> LessonIndex.parse("{\"lessons\": [}"))
                .hasMessageStartingWith("the lesson index is not valid: ");
    }
}
