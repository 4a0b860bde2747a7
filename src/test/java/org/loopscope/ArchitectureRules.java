package org.loopscope;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of DESIGN.md as ArchUnit rules, for any root package: {@link ArchitectureTest} applies them to
 * {@code org.loopscope}, and {@link ArchitectureRulesTest} to small broken fixtures, to prove they can fail.
 *
 * <pre>
 *    ui (JavaFX) ─┐
 *                 ├─► session ─► script ─► engine ◄─ trace
 *    cli ─────────┘      │                           ▲
 *                        └───────────────────────────┘
 * </pre>
 * The root package (the launcher) may use {@code ui} and {@code cli}. A sub-package belongs to its package:
 * {@code script.syntax} is {@code script}.
 */
final class ArchitectureRules {

    /** Packages where JavaFX is allowed: the app and the launcher that starts it. */
    private static final String[] JAVAFX = {"javafx..", "com.sun.javafx..", "com.sun.glass..", "com.sun.prism.."};

    private ArchitectureRules() {
    }

    /** Only the arrows of the design: each package names the packages it may use and the ones that may use it. */
    static ArchRule layers(String root) {
        return layeredArchitecture()
                // Dependencies on the JDK and libraries are not arrows; JavaFX has a rule of its own.
                .consideringOnlyDependenciesInAnyPackage(root + "..")
                .layer("Launcher").definedBy(root)
                .layer("Ui").definedBy(root + ".ui..")
                .layer("Cli").definedBy(root + ".cli..")
                .layer("Session").definedBy(root + ".session..")
                .layer("Script").definedBy(root + ".script..")
                .layer("Trace").definedBy(root + ".trace..")
                .layer("Engine").definedBy(root + ".engine..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Launcher").mayOnlyAccessLayers("Ui", "Cli")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Ui").mayOnlyAccessLayers("Session")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyAccessLayers("Session")
                .whereLayer("Session").mayOnlyBeAccessedByLayers("Ui", "Cli")
                .whereLayer("Session").mayOnlyAccessLayers("Script", "Engine", "Trace")
                .whereLayer("Script").mayOnlyBeAccessedByLayers("Session")
                .whereLayer("Script").mayOnlyAccessLayers("Engine")
                .whereLayer("Trace").mayOnlyBeAccessedByLayers("Session")
                .whereLayer("Trace").mayOnlyAccessLayers("Engine")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Script", "Trace", "Session")
                .whereLayer("Engine").mayNotAccessAnyLayer()
                // A class in a package of its own would escape every arrow; each class must be in a layer.
                .ensureAllClassesAreContainedInArchitecture()
                // Some packages are written later (or elsewhere); an empty layer is not an error.
                .withOptionalLayers(true)
                .because("DESIGN.md allows only the arrows ui, cli -> session -> script, engine, trace;"
                        + " script -> engine; trace -> engine");
    }

    /** JavaFX belongs to the app: the engine, the script VM, the trace, sessions and the CLI run without it. */
    static ArchRule noJavaFxOutsideTheApp(String root) {
        return noClasses()
                .that().resideInAnyPackage(root + ".engine..", root + ".script..", root + ".trace..",
                        root + ".session..", root + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(JAVAFX)
                .allowEmptyShould(true)
                .because("only ui (and the launcher that starts it) may use JavaFX");
    }

    /**
     * View-models hold state and logic without nodes, so they are tested without a screen. JavaFX properties,
     * collections and values such as colours are fine; nodes, stages and FXML are not.
     */
    static ArchRule viewModelsKnowNoNodes(String root) {
        return noClasses()
                .that().resideInAPackage(root + ".ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat(
                        resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                                .and(not(resideInAPackage("javafx.scene.paint.."))))
                .allowEmptyShould(true)
                .because("a view-model must be testable without a JavaFX scene");
    }
}
