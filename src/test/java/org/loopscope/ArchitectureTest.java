package org.loopscope;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Loopscope's own classes follow the package arrows of DESIGN.md. The rules are in {@link ArchitectureRules}. */
@AnalyzeClasses(packages = "org.loopscope", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.loopscope";

    @ArchTest
    static final ArchRule packagesDependOnlyAlongTheArrows = ArchitectureRules.layers(ROOT);

    @ArchTest
    static final ArchRule onlyTheAppUsesJavaFx = ArchitectureRules.noJavaFxOutsideTheApp(ROOT);

    @ArchTest
    static final ArchRule viewModelsKnowNoNodes = ArchitectureRules.viewModelsKnowNoNodes(ROOT);
}
