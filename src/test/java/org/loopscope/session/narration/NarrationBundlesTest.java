package org.loopscope.session.narration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.loopscope.session.RunInput;
import org.loopscope.session.Session;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.Trace;

/**
 * The narration speaks three languages: the three bundles have the same keys and placeholders, the Chinese ones are
 * Chinese and differ between the scripts, and a narrator for a Chinese locale tells a run in it.
 */
class NarrationBundlesTest {

    private static final String BASE = "/org/loopscope/session/narration/Narration";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NarrationBundlesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            assertThat(in).as("Narration" + suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void theThreeBundlesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties english = bundle("");
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(50);
        for (String suffix : List.of("_zh_Hans", "_zh_Hant")) {
            Properties translated = bundle(suffix);
            assertThat(translated.stringPropertyNames()).as(suffix).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                String value = translated.getProperty(key);
                new MessageFormat(value, Locale.ROOT);
                assertThat(placeholders(value)).as(suffix + " " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
                assertThat(value.replace("''", "")).as(suffix + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void chineseIsChineseAndTheScriptsDiffer() throws IOException {
        Properties hans = bundle("_zh_Hans");
        Properties hant = bundle("_zh_Hant");
        int same = 0;
        for (String key : hans.stringPropertyNames()) {
            assertThat(hans.getProperty(key).codePoints().anyMatch(NarrationBundlesTest::isHan)).as(key).isTrue();
            if (hans.getProperty(key).equals(hant.getProperty(key))) {
                same++;
            }
        }
        assertThat(same).isLessThan(6);
        assertThat(hans.getProperty("iteration.begin")).contains("循环");
        assertThat(hant.getProperty("iteration.begin")).contains("迴圈");
    }

    @Test
    void aNarratorTellsARunInTheLanguageOfItsLocale() throws InterruptedException {
        Session session = Session.start(RunInput.of("/work/prog.py", String.join("\n",
                "import asyncio",
                "async def main():",
                "    await asyncio.sleep(1)",
                "    print('hi')",
                "asyncio.run(main())",
                "")));
        session.demand(Long.MAX_VALUE / 2);
        session.awaitOutcome(Duration.ofSeconds(60)).orElseThrow();
        Trace trace = session.snapshot();
        List<String> english = new ArrayList<>();
        List<String> simplified = new ArrayList<>();
        List<String> traditional = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.events().kind(i) == EventKind.OUTPUT || trace.events().kind(i) == EventKind.IDLE) {
                english.add(new Narrator(Locale.ENGLISH).narrate(trace, i));
                simplified.add(new Narrator(Locale.forLanguageTag("zh-Hans")).narrate(trace, i));
                traditional.add(new Narrator(Locale.forLanguageTag("zh-Hant")).narrate(trace, i));
            }
        }
        assertThat(english).contains("Task-1 prints \u201chi\u201d.");
        assertThat(simplified).contains("Task-1 打印“hi”。")
                .anyMatch(sentence -> sentence.contains("休眠 1.0 秒") && sentence.contains("t=1.0"));
        assertThat(traditional).contains("Task-1 印出「hi」。");
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
