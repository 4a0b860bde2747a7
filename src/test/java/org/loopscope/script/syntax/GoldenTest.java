package org.loopscope.script.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares with CPython 3.11 itself, through golden files made by {@code regen.py}: trees (with positions) of
 * valid sources and of the conformance and benchmark programs, and the exact stderr of bad programs.
 */
class GoldenTest {

    @TestFactory
    Stream<DynamicTest> validSourcesGiveCPythonsTree() {
        return trees("valid");
    }

    @TestFactory
    Stream<DynamicTest> conformanceAndBenchProgramsGiveCPythonsTree() {
        return trees("programs");
    }

    private static Stream<DynamicTest> trees(String folder) {
        return Resources.pythonFiles(folder).stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> {
                    Module m = Parser.parseModule(Resources.read(p), p.getFileName().toString());
                    assertThat(AstPrinter.dumpWithPositions(m) + "\n").isEqualTo(Resources.golden(p, ".ast"));
                }));
    }

    @TestFactory
    Stream<DynamicTest> badProgramsGiveCPythonsErrorText() {
        return Resources.pythonFiles("errors").stream().map(p -> DynamicTest.dynamicTest(
                p.getFileName().toString(), () -> assertSameError(p)));
    }

    private static void assertSameError(Path p) {
        String name = p.getFileName().toString();
        PySyntaxError e = catchThrowableOfType(() -> Parser.parseModule(Resources.read(p), name),
                PySyntaxError.class);
        assertThat(e).as("a syntax error for %s", name).isNotNull();
        assertThat(e.format()).isEqualTo(Resources.golden(p, ".err"));
    }
}
