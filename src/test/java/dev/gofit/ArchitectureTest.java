package dev.gofit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of ARCHITECTURE.md, kept by a test: features sit on top of {@code content},
 * {@code outbound} and {@code system}, which know no feature; the feature packages depend one way.
 */
@AnalyzeClasses(packages = "dev.gofit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {
            "dev.gofit.account..", "dev.gofit.decision..", "dev.gofit.matrix..", "dev.gofit.hiring..",
            "dev.gofit.pilot..", "dev.gofit.takehome..", "dev.gofit.demo.."};

    @ArchTest
    static final ArchRule systemKnowsNoFeature = noClasses()
            .that().resideInAPackage("dev.gofit.system..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "dev.gofit.content..", "dev.gofit.outbound.."))
            .because("system is the shared plumbing every feature builds on");

    @ArchTest
    static final ArchRule contentKnowsNoFeature = noClasses()
            .that().resideInAPackage("dev.gofit.content..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "dev.gofit.outbound.."))
            .because("content loads files into records; each feature declares its own content types");

    @ArchTest
    static final ArchRule outboundKnowsNoFeature = noClasses()
            .that().resideInAPackage("dev.gofit.outbound..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "dev.gofit.content.."))
            .because("the guarded HTTP client and the load driver serve the review engine and the pilot alike");

    @ArchTest
    static final ArchRule matrixKnowsNoDecision = noClasses()
            .that().resideInAPackage("dev.gofit.matrix..")
            .should().dependOnClassesThat().resideInAPackage("dev.gofit.decision..")
            .because("a decision is scored by the matrix, never the other way round");

    @ArchTest
    static final ArchRule packagesDependOneWay = slices().matching("dev.gofit.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noResourceInjectsAnother = classes()
            .that().haveSimpleNameEndingWith("Resource").and().resideInAPackage("dev.gofit..")
            .should(notInject(DescribedPredicate.describe("a resource",
                    (JavaClass type) -> type.getPackageName().startsWith("dev.gofit")
                            && type.getSimpleName().endsWith("Resource"))))
            .because("page and API resources share services and export beans, not each other");

    private static ArchCondition<JavaClass> notInject(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("not inject " + forbidden.getDescription()) {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                for (JavaField field : owner.getFields()) {
                    if (forbidden.test(field.getRawType())) {
                        events.add(SimpleConditionEvent.violated(owner,
                                owner.getName() + " has a field of " + field.getRawType().getName()));
                    }
                }
                for (JavaConstructor constructor : owner.getConstructors()) {
                    for (JavaClass parameter : constructor.getRawParameterTypes()) {
                        if (forbidden.test(parameter)) {
                            events.add(SimpleConditionEvent.violated(owner,
                                    owner.getName() + " takes a " + parameter.getName() + " in its constructor"));
                        }
                    }
                }
            }
        };
    }

    private static String[] concat(String[] features, String... more) {
        String[] all = java.util.Arrays.copyOf(features, features.length + more.length);
        System.arraycopy(more, 0, all, features.length, more.length);
        return all;
    }
}
