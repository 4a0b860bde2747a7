package org.loopscope.session.lessons;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * The lesson index, {@code lessons.json}, as written: the lessons in course order, each naming its folder, its
 * titles by language tag, its tags, its variants and the module it simulates. Unknown fields are an error, so a
 * misspelt key does not go unnoticed.
 */
record LessonIndex(List<Entry> lessons) {

    /** One lesson as the index lists it; {@code simulated} is {@code null} or a module name. */
    record Entry(String id, String folder, Map<String, String> title, List<String> tags, List<Variant> variants,
                 String simulated) {
    }

    /** One variant as the index lists it. */
    record Variant(String name, Map<String, String> title) {
    }

    static LessonIndex parse(String json) {
        try {
            return new ObjectMapper().readValue(json, LessonIndex.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the lesson index is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
