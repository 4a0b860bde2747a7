package org.loopscope.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Base of the golden tests: a suite lists named {@link Expr} cases; their Python rendering is the committed script
 * {@code <suite>.py} in the test resources, and {@code <suite>.out} is what python3 (CPython 3.11) printed for it:
 * one line per case, the repr of the value or {@code !Type: message} for an exception. Each case computed through
 * the runtime must print the same.
 *
 * <p>After changing cases, regenerate with {@code GoldenSuite.main} (writes the scripts), then run each script
 * with python3 into its {@code .out} file.
 */
abstract class GoldenSuite {

    static final Path RESOURCES = Path.of("src/test/resources/org/loopscope/script/runtime");

    /** One named case. */
    record Case(String name, Expr expr) {
    }

    private final List<Case> cases = new ArrayList<>();

    /** Adds the suite's cases with {@link #c}. */
    abstract void define();

    /** The suite's name: the script is {@code <name>.py}. */
    abstract String name();

    void c(String caseName, Expr expr) {
        cases.add(new Case(caseName, expr));
    }

    List<Case> cases() {
        if (cases.isEmpty()) {
            define();
        }
        return cases;
    }

    String script() {
        StringBuilder out = new StringBuilder();
        out.append("# Cases of ").append(getClass().getSimpleName()).append(".java, rendered as Python. Run with\n")
                .append("# python3 ").append(name()).append(".py > ").append(name()).append(".out\n")
                .append("def run(cases):\n")
                .append("    for name, f in cases:\n")
                .append("        try:\n")
                .append("            r = repr(f())\n")
                .append("        except BaseException as e:\n")
                .append("            r = '!' + type(e).__name__ + ': ' + str(e)\n")
                .append("        print(name + '\\t' + r.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n'))\n\n\n")
                .append("run([\n");
        for (Case c : cases()) {
            out.append("    (").append(Strs.repr(c.name())).append(", lambda: ").append(c.expr().py()).append("),\n");
        }
        return out.append("])\n").toString();
    }

    /** What a case prints: the repr of its value, or {@code !Type: message}. */
    static String render(Expr expr) {
        String text;
        try {
            text = Reprs.repr(expr.eval());
        } catch (PyException error) {
            text = "!" + error.type().name() + ": " + Reprs.str(error);
        }
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private String resource(String suffix) throws IOException {
        try (InputStream in = GoldenSuite.class.getResourceAsStream(name() + suffix)) {
            assertThat(in).as("resource " + name() + suffix).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void scriptIsUpToDate() throws IOException {
        assertThat(resource(".py")).as("regenerate %s.py and %s.out (see GoldenSuite)", name(), name())
                .isEqualTo(script());
    }

    @TestFactory
    Stream<DynamicTest> matchesCPython() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : resource(".out").split("\n")) {
            int tab = line.indexOf('\t');
            expected.put(line.substring(0, tab), line.substring(tab + 1));
        }
        assertThat(expected.keySet()).containsExactlyElementsOf(cases().stream().map(Case::name).toList());
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.expr().py(),
                () -> assertThat(render(c.expr())).isEqualTo(expected.get(c.name()))));
    }

    /** Writes the scripts of the given suites (class names) into the test resources. */
    public static void main(String[] suites) throws Exception {
        for (String suite : suites) {
            GoldenSuite instance = (GoldenSuite) Class.forName(GoldenSuite.class.getPackageName() + "." + suite)
                    .getDeclaredConstructor().newInstance();
            Files.writeString(RESOURCES.resolve(instance.name() + ".py"), instance.script());
        }
    }
}
