package org.loopscope.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.loopscope.ui.StateColors;

/**
 * The three bundles say the same things: every key in each, none empty, the same placeholders, apostrophes
 * written for MessageFormat; and the keys the code and the FXML name are exactly the keys the bundles have.
 */
class BundlesTest {

    private static final Path UI_SOURCES = Path.of("src", "main", "java", "org", "loopscope", "ui");
    private static final Path UI_RESOURCES = Path.of("src", "main", "resources", "org", "loopscope", "ui");
    private static final Path BUNDLES = UI_RESOURCES.resolve("i18n");
    /** A string literal that looks like a key: dotted words, not a file name. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("=\"%([A-Za-z0-9_.]+)\"");
    private static final Set<String> FILE_TYPES = Set.of("css", "fxml", "py", "properties", "txt", "png");

    private static Set<String> keys(UiLanguage language) {
        return I18n.bundle(language).keySet();
    }

    @Test
    void everyBundleHasEveryKeyAndNoOther() {
        Set<String> english = keys(UiLanguage.EN);
        assertThat(english).hasSizeGreaterThan(100);
        for (UiLanguage language : UiLanguage.values()) {
            // keySet() of a bundle includes its parents'; the file's own keys are what the translator wrote.
            assertThat(ownKeys(language)).as(language.tag()).isEqualTo(english);
        }
    }

    @Test
    void noValueIsEmptyAndNoKeyIsWrittenTwice() throws IOException {
        for (UiLanguage language : UiLanguage.values()) {
            ResourceBundle bundle = I18n.bundle(language);
            for (String key : bundle.keySet()) {
                assertThat(bundle.getString(key)).as(language.tag() + " " + key).isNotBlank();
            }
            List<String> written = keyLines(language);
            assertThat(written).as(language.tag() + ": keys written twice").doesNotHaveDuplicates();
        }
    }

    @Test
    void translationsKeepThePlaceholdersAndTheirFormats() {
        ResourceBundle english = I18n.bundle(UiLanguage.EN);
        for (UiLanguage language : UiLanguage.values()) {
            ResourceBundle bundle = I18n.bundle(language);
            for (String key : english.keySet()) {
                String value = bundle.getString(key);
                // Throws for a broken pattern (an unclosed brace, an unknown format).
                new MessageFormat(value, language.locale());
                assertThat(placeholders(value)).as(language.tag() + " " + key)
                        .isEqualTo(placeholders(english.getString(key)));
                assertThat(value.replace("''", "")).as(language.tag() + " " + key + ": write an apostrophe as ''")
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void chineseTranslationsAreChineseAndTheTwoScriptsDiffer() {
        Set<String> sameInBoth = new TreeSet<>();
        for (String key : keys(UiLanguage.EN)) {
            String hans = I18n.bundle(UiLanguage.ZH_HANS).getString(key);
            String hant = I18n.bundle(UiLanguage.ZH_HANT).getString(key);
            if (hans.equals(hant) && hans.codePoints().anyMatch(BundlesTest::isHan)) {
                sameInBoth.add(key);
            }
        }
        // A handful of texts are written alike in both scripts; most are not.
        assertThat(sameInBoth).hasSizeLessThan(12);
        assertThat(I18n.bundle(UiLanguage.ZH_HANT).getString("menu.file")).contains("檔案");
        assertThat(I18n.bundle(UiLanguage.ZH_HANS).getString("menu.file")).contains("文件");
    }

    @Test
    void theKeysTheUiNamesAreExactlyTheKeysOfTheBundles() throws IOException {
        Set<String> english = keys(UiLanguage.EN);
        Set<String> prefixes = english.stream().map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());
        Map<String, Path> used = new TreeMap<>();
        for (Path file : files(UI_SOURCES, ".java")) {
            String source = Files.readString(file);
            if (!source.contains("I18n") && !source.contains("Message")) {
                // Speaks no language: its dotted strings are other keys (settings).
                continue;
            }
            Matcher literal = LITERAL.matcher(source);
            while (literal.find()) {
                String key = literal.group(1);
                String first = key.substring(0, key.indexOf('.'));
                String last = key.substring(key.lastIndexOf('.') + 1);
                if (prefixes.contains(first) && !FILE_TYPES.contains(last)) {
                    used.put(key, file);
                }
            }
        }
        for (Path file : files(UI_RESOURCES, ".fxml")) {
            Matcher key = FXML_KEY.matcher(Files.readString(file));
            while (key.find()) {
                used.put(key.group(1), file);
            }
        }
        // Keys made from names: the legend's state descriptions and pattern names.
        for (StateColors state : StateColors.values()) {
            used.put("state." + state.name() + ".description", UI_SOURCES.resolve("legend"));
            used.put("pattern." + state.pattern().name(), UI_SOURCES.resolve("legend"));
        }

        Map<String, Path> missing = new TreeMap<>(used);
        missing.keySet().removeAll(english);
        assertThat(missing).as("keys named in the UI but not in messages.properties").isEmpty();
        Set<String> unused = new TreeSet<>(english);
        unused.removeAll(used.keySet());
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
    }

    /** Returns the placeholders of a pattern, e.g. {@code [0, 1,number,#]}, outside quoted text. */
    static List<String> placeholders(String pattern) {
        List<String> found = new ArrayList<>();
        boolean quoted = false;
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (depth == 0) {
                if (c == '\'') {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == '{' && !quoted) {
                    depth = 1;
                    current.setLength(0);
                }
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                found.add(current.toString().replace(" ", ""));
                continue;
            }
            current.append(c);
        }
        found.sort(null);
        return found;
    }

    private static Set<String> ownKeys(UiLanguage language) {
        try {
            return new HashSet<>(keyLines(language));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> keyLines(UiLanguage language) throws IOException {
        String name = language == UiLanguage.EN ? "messages.properties"
                : "messages_" + language.locale().getLanguage() + "_" + language.locale().getScript() + ".properties";
        return Files.readAllLines(BUNDLES.resolve(name), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).strip())
                .toList();
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).toList();
        }
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
