package cn.kaifeng.tfs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rules of the code's shape (docs/architecture.md), checked on the compiled classes of both modules. Packages
 * go by feature, then role: {@code cn.kaifeng.tfs.<feature>.<role>}. No rule lists exceptions.
 */
@AnalyzeClasses(packages = "cn.kaifeng.tfs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The domain is plain Java: rules and values that test without a server. */
    @ArchTest
    static final ArchRule domainKnowsNoServiceInfrastructureOrPage = noClasses()
            .that()
            .resideInAPackage("cn.kaifeng.tfs.*.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "cn.kaifeng.tfs.*.service..",
                    "cn.kaifeng.tfs.*.infra..",
                    "cn.kaifeng.tfs.*.web..",
                    "cn.kaifeng.tfs.*.api..",
                    "cn.kaifeng.tfs.api..")
            .because("the domain holds the rules; services, storage and pages are built on it, not the other way");

    /** Pages and REST resources reach data only through services (their transactions and their checks). */
    @ArchTest
    static final ArchRule pagesAndResourcesGoThroughServices = noClasses()
            .that()
            .resideInAnyPackage("cn.kaifeng.tfs.*.web..", "cn.kaifeng.tfs.*.api..", "cn.kaifeng.tfs.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.persistence..")
            .because("a page or resource that queries the database skips the service's access checks");

    /** Services know nothing of pages and resources: the same service serves both, and batch jobs too. */
    @ArchTest
    static final ArchRule servicesKnowNoPages = noClasses()
            .that()
            .resideInAnyPackage("cn.kaifeng.tfs.*.service..", "cn.kaifeng.tfs.*.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta.faces..",
                    "jakarta.ws.rs..",
                    "jakarta.servlet..",
                    "org.primefaces..",
                    "cn.kaifeng.tfs.shell..");

    /**
     * The features' floors, lowest first: each may use the ones below it and none above. A feature that needs
     * something from above asks through an interface it owns, which the feature above implements (FileCounts,
     * DryRuns, Callers), or the feature above observes an event it fires (CaseMoved). {@code shell} and {@code api}
     * are the frame of pages and resources around every floor and are not floors themselves.
     */
    static final List<String> FLOORS = List.of(
            "shared",
            "audit",
            "limit",
            "organisation",
            "program",
            "account",
            "casefile",
            "attachment",
            "letter",
            "review",
            "bank",
            "verification",
            "notification",
            "privacy",
            "demo");

    @ArchTest
    static final ArchRule featuresDependOnlyOnTheFloorsBelow = floors();

    /** A new feature takes its place among the floors (or this fails): none escapes the order by being unlisted. */
    @ArchTest
    static final ArchRule everyClassIsOnAFloorOrInTheFrame = classes()
            .should()
            .resideInAnyPackage(Stream.concat(FLOORS.stream(), Stream.of("shell", "api"))
                    .map(feature -> "cn.kaifeng.tfs." + feature + "..")
                    .toArray(String[]::new));

    private static ArchRule floors() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String floor : FLOORS) {
            layers = layers.layer(floor).definedBy("cn.kaifeng.tfs." + floor + "..");
        }
        for (int i = 0; i < FLOORS.size() - 1; i++) {
            layers = layers.whereLayer(FLOORS.get(i))
                    .mayOnlyBeAccessedByLayers(
                            FLOORS.subList(i + 1, FLOORS.size()).toArray(String[]::new));
        }
        return layers.whereLayer(FLOORS.get(FLOORS.size() - 1)).mayNotBeAccessedByAnyLayer();
    }

    /** No two parts (a feature's role) depend on each other, however indirectly. */
    @ArchTest
    static final ArchRule partsAreFreeOfCycles =
            slices().matching("cn.kaifeng.tfs.(*).(*)..").should().beFreeOfCycles();
}
