package org.loopscope.session.lessons;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lesson index, {@code lessons.json}, as written: the lessons in course order, each naming its folder, its
 * titles by language tag, its tags, its variants and the module it simulates. Unknown fields are an error, so a
 * misspelt key does not go unnoticed.
 *
 * <p>Read with Jackson's streaming parser rather than data binding: the app reads the index while it opens its
 * window (the lessons panel is the start page), and data binding's own start-up cost several hundred classes.
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
        try (JsonParser in = new JsonFactory().createParser(json)) {
            expect(in, in.nextToken(), JsonToken.START_OBJECT);
            List<Entry> lessons = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                if (!field.equals("lessons")) {
                    throw unknown(in, field);
                }
                lessons = list(in, LessonIndex::entry);
            }
            if (in.nextToken() != null) {
                throw new IllegalStateException("the lesson index is not valid: text after its end");
            }
            return new LessonIndex(lessons);
        } catch (IOException e) {
            throw new IllegalStateException("the lesson index is not valid: " + e.getMessage(), e);
        }
    }

    private static Entry entry(JsonParser in) throws IOException {
        expect(in, in.currentToken(), JsonToken.START_OBJECT);
        String id = null;
        String folder = null;
        Map<String, String> title = null;
        List<String> tags = null;
        List<Variant> variants = null;
        String simulated = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            switch (field) {
                case "id" -> id = text(in);
                case "folder" -> folder = text(in);
                case "title" -> title = titles(in);
                case "tags" -> tags = list(in, LessonIndex::text);
                case "variants" -> variants = list(in, LessonIndex::variant);
                case "simulated" -> simulated = text(in);
                default -> throw unknown(in, field);
            }
        }
        return new Entry(id, folder, title, tags, variants, simulated);
    }

    private static Variant variant(JsonParser in) throws IOException {
        expect(in, in.currentToken(), JsonToken.START_OBJECT);
        String name = null;
        Map<String, String> title = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            switch (field) {
                case "name" -> name = text(in);
                case "title" -> title = titles(in);
                default -> throw unknown(in, field);
            }
        }
        return new Variant(name, title);
    }

    /** A title by language tag, in the order written; {@code null} stays {@code null}. */
    private static Map<String, String> titles(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(in, in.currentToken(), JsonToken.START_OBJECT);
        Map<String, String> titles = new LinkedHashMap<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String language = in.currentName();
            in.nextToken();
            titles.put(language, text(in));
        }
        return titles;
    }

    /** A JSON array read item by item; {@code null} stays {@code null}. */
    private static <T> List<T> list(JsonParser in, Reader<T> item) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(in, in.currentToken(), JsonToken.START_ARRAY);
        List<T> items = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            items.add(item.read(in));
        }
        return items;
    }

    private static String text(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(in, in.currentToken(), JsonToken.VALUE_STRING);
        return in.getText();
    }

    private static void expect(JsonParser in, JsonToken actual, JsonToken wanted) {
        if (actual != wanted) {
            throw new IllegalStateException("the lesson index is not valid: expected " + wanted + " but found "
                    + actual + " at line " + in.currentLocation().getLineNr());
        }
    }

    private static IllegalStateException unknown(JsonParser in, String field) {
        return new IllegalStateException("the lesson index is not valid: unknown field \"" + field + "\" at line "
                + in.currentLocation().getLineNr());
    }

    /** Reads one value whose first token is the parser's current one. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonParser in) throws IOException;
    }
}
