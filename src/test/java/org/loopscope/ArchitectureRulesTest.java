package org.loopscope;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules can fail: applied to the deliberately broken classes under {@code archfixture}, each
 * rule reports exactly the forbidden dependencies and lets the allowed ones pass.
 */
class ArchitectureRulesTest {

    private static final String ROOT = "archfixture";

    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(ROOT);
    }

    private static List<String> violations(EvaluationResult result) {
        return result.getFailureReport().getDetails();
    }

    @Test
    void engineUsingScriptAndUiUsingEngineBreakTheArrows() {
        EvaluationResult result = ArchitectureRules.layers(ROOT).evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result))
                .anyMatch(v -> v.contains("archfixture.engine.Loop") && v.contains("archfixture.script.Interpreter")
                        && v.indexOf("engine.Loop") < v.indexOf("script.Interpreter"))
                .anyMatch(v -> v.contains("archfixture.ui.Panel") && v.contains("archfixture.engine.Loop"))
                .noneMatch(v -> v.startsWith("Field <archfixture.script.Interpreter.loop>"));
    }

    @Test
    void aClassOutsideEveryPackageIsReported() {
        EvaluationResult result = ArchitectureRules.layers(ROOT).evaluate(fixtures);

        assertThat(violations(result)).anyMatch(v -> v.contains("archfixture.stray.Helper"));
    }

    @Test
    void javaFxOutsideTheAppIsReported() {
        EvaluationResult result = ArchitectureRules.noJavaFxOutsideTheApp(ROOT).evaluate(fixtures);

        assertThat(violations(result))
                .anyMatch(v -> v.contains("archfixture.cli.Command") && v.contains("javafx.beans"))
                .noneMatch(v -> v.contains("archfixture.ui"));
    }

    @Test
    void aNodeInAViewModelIsReported() {
        EvaluationResult result = ArchitectureRules.viewModelsKnowNoNodes(ROOT).evaluate(fixtures);

        assertThat(violations(result))
                .anyMatch(v -> v.contains("javafx.scene.control.Label"))
                .noneMatch(v -> v.contains("javafx.scene.paint.Color"))
                .noneMatch(v -> v.contains("SimpleStringProperty"));
    }
}
