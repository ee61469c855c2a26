package cn.wuhan.qualityaward.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

/**
 * The rules the build holds about how the code is put together (README "How it is built").
 *
 * <p>Inside each domain package, the domain (…Service, …Repository, records) imports no Camunda; the
 * process adapters (…ProcessAdapter, …Delegate, …Listener) and web adapters (…Controller) call it.
 * Between packages, lowest first, each layer may use only the layers below it:
 *
 * <pre>
 *   entry points     roles  demo  publicnotice  progress
 *   after the vote   report  approval  notice  recommender
 *   cycle work       criteria ← cycle ← panel ← scoring, ranking ← committee   (A ← B: B uses A)
 *   nomination       eligibility ← nomination
 *   people           identity  notification
 *   plumbing         common ← api ← engine
 * </pre>
 *
 * <p>A lower package that must reach a higher one declares a port (an interface the higher one
 * implements), e.g. {@code nomination.CycleCalendar}, {@code engine.WithheldFromHistory}.
 *
 * <p>Plain JUnit tests over one import of the main classes, checked with ArchUnit.
 */
class ArchitectureTest {

    private static final String ROOT = "cn.wuhan.qualityaward";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void theTopLevelPackagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("common")
                .definedBy(ROOT + ".common..")
                .layer("api")
                .definedBy(ROOT + ".api..")
                .layer("engine")
                .definedBy(ROOT + ".engine..")
                .layer("people")
                .definedBy(ROOT + ".identity..", ROOT + ".notification..")
                .layer("nomination")
                .definedBy(ROOT + ".nomination..", ROOT + ".eligibility..")
                .layer("cycle work")
                .definedBy(
                        ROOT + ".cycle..",
                        ROOT + ".panel..",
                        ROOT + ".scoring..",
                        ROOT + ".criteria..",
                        ROOT + ".ranking..",
                        ROOT + ".committee..")
                .layer("after the vote")
                .definedBy(ROOT + ".report..", ROOT + ".approval..", ROOT + ".notice..", ROOT + ".recommender..")
                .layer("entry points")
                .definedBy(ROOT + ".roles..", ROOT + ".demo..", ROOT + ".publicnotice..", ROOT + ".progress..")
                .whereLayer("entry points")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("after the vote")
                .mayOnlyBeAccessedByLayers("entry points")
                .whereLayer("cycle work")
                .mayOnlyBeAccessedByLayers("after the vote", "entry points")
                .whereLayer("nomination")
                .mayOnlyBeAccessedByLayers("cycle work", "after the vote", "entry points")
                .whereLayer("people")
                .mayOnlyBeAccessedByLayers("nomination", "cycle work", "after the vote", "entry points")
                .whereLayer("engine")
                .mayOnlyBeAccessedByLayers("people", "nomination", "cycle work", "after the vote", "entry points")
                .check(CLASSES);
    }

    @Test
    void everyTopLevelPackageHasItsPlaceInTheLayers() throws IOException {
        String rule = Files.readString(
                Path.of("src/test/java/" + ROOT.replace('.', '/') + "/architecture/ArchitectureTest.java"));
        List<String> unplaced = CLASSES.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .distinct()
                .filter(top -> !rule.contains("ROOT + \"." + top + "..\""))
                .sorted()
                .toList();
        assertThat(unplaced).as("top-level packages without a layer").isEmpty();
    }

    @Test
    void servicesAndRepositoriesImportNoCamunda() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Service")
                .or()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .check(CLASSES);
    }

    @Test
    void theEnginePlumbingDependsOnNoDomainPackage() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".engine..")
                .should()
                .dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(resideOutsideOfPackages(ROOT + ".engine..", ROOT + ".common..", ROOT + ".api..")))
                .check(CLASSES);
    }

    @Test
    void onlyTheProcessAdaptersStartCorrelateAndFindProcessInstances() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".engine..")
                .and()
                .haveSimpleNameNotEndingWith("ProcessAdapter")
                .should()
                .callMethodWhere(target(owner(assignableTo(RuntimeService.class)))
                        .and(target(
                                nameMatching("startProcessInstance.*|createProcessInstance.*|createMessageCorrelation.*"
                                        + "|correlateMessage.*|createProcessInstanceQuery"))))
                .because("each process has one adapter (NominationProcessAdapter, AwardCycleProcessAdapter,"
                        + " ObjectionProcessAdapter) that starts, correlates and finds its instances")
                .check(CLASSES);
    }

    /** The blind prefixes are declared in common.BlindVariables; a literal elsewhere would escape it. */
    @Test
    void noMainCodeButTheDeclarationTypesABlindVariableName() throws IOException {
        Pattern literal = Pattern.compile("\"(score_|ballot_)");
        List<String> offenders;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            offenders = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith(Path.of("common", "BlindVariables.java")))
                    .filter(p -> literal.matcher(read(p)).find())
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(path.toString(), e);
        }
    }
}
