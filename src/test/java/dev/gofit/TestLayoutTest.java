package dev.gofit;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * How the tests are laid out (ARCHITECTURE.md "Tests"): a helper two test classes need lives in
 * {@code support/}, never inside one of them; waiting is done with Awaitility or a test clock, not sleeps.
 */
@AnalyzeClasses(packages = "dev.gofit", importOptions = ImportOption.OnlyIncludeTests.class)
class TestLayoutTest {

    @ArchTest
    static final ArchRule testClassesUseSupportNotEachOther = classes()
            .that().resideInAPackage("dev.gofit..")
            .should(notUseAnotherTestClass())
            .because("shared test helpers belong in dev.gofit.support, where every test can find them");

    @ArchTest
    static final ArchRule noSleepsInTests = noClasses()
            .that().resideInAPackage("dev.gofit..")
            // The hostile test servers pace their own bytes on purpose: that is the behaviour under test.
            .and().doNotHaveFullyQualifiedName("dev.gofit.outbound.HostileServerTest")
            .should().callMethod(Thread.class, "sleep", long.class)
            .because("a test waits for a condition (Awaitility) or moves a test clock; a sleep is slow or flaky");

    private static ArchCondition<JavaClass> notUseAnotherTestClass() {
        return new ArchCondition<>("not use another test class") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                JavaClass home = top(origin);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = top(d.getTargetClass());
                    if (target.equals(home) || !target.getPackageName().startsWith("dev.gofit")) {
                        continue;
                    }
                    String name = target.getSimpleName();
                    if (name.endsWith("Test") || name.endsWith("IT")) {
                        events.add(SimpleConditionEvent.violated(origin, d.getDescription()));
                    }
                }
            }
        };
    }

    private static JavaClass top(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }
}
