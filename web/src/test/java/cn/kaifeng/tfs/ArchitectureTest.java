package cn.kaifeng.tfs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import java.util.stream.Collectors;
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
            "ledger",
            "attachment",
            "letter",
            "budget",
            "review",
            "agreement",
            "payment",
            "recovery",
            "monitoring",
            "acceptance",
            "bank",
            "riskpool",
            "verification",
            "matching",
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

    // Names (docs/architecture.md, "Names"): a name says the class's role, and the role is read off the compiled
    // classes (who calls it, what it injects, what it holds), so each rule holds both ways.

    /** Where use cases start: pages and their parts, REST resources, batch jobs, and the demo data acting as users. */
    private static final DescribedPredicate<JavaClass> ENTRY_POINT = JavaClass.Predicates.resideInAnyPackage(
            "cn.kaifeng.tfs.*.web..",
            "cn.kaifeng.tfs.*.api..",
            "cn.kaifeng.tfs.api..",
            "cn.kaifeng.tfs.*.batch..",
            "cn.kaifeng.tfs.demo..");

    private static final DescribedPredicate<JavaClass> SERVICE =
            JavaClass.Predicates.resideInAPackage("cn.kaifeng.tfs.*.service..");

    private static final List<String> BEAN_SCOPES = List.of(
            "jakarta.enterprise.context.ApplicationScoped",
            "jakarta.enterprise.context.RequestScoped",
            "jakarta.enterprise.context.SessionScoped",
            "jakarta.enterprise.context.Dependent",
            "jakarta.ejb.Stateless",
            "jakarta.ejb.Stateful",
            "jakarta.ejb.Singleton");

    /**
     * A bean in a {@code service} package that an entry point calls is a use case, {@code <Subject>Service}; a
     * collaborator only services call ({@code AuditLog}), a port interface, a timer or a value is named for its
     * one job and never {@code ...Service}.
     */
    @ArchTest
    static final ArchRule servicesAreTheBeansEntryPointsCall =
            classes().that(SERVICE).should(new ServiceNames());

    /** A timer bean is {@code <Subject>Schedule}, and only a timer bean is. */
    @ArchTest
    static final ArchRule timersAreSchedules = classes().should(new ScheduleNames());

    /**
     * A CDI event is a fact in the past tense ({@code CaseMoved}, {@code ClaimDecided}), and in a {@code service}
     * package a name in the past tense is an event: something observes it.
     */
    @ArchTest
    static final ArchRule eventsAreFactsInThePastTense = classes().should(new EventNames());

    /**
     * A named bean among a feature's pages backs one page, {@code <Subject>Page}, or one part of a page: a part
     * injects its page and is named after it, {@code <Subject><Part>} ({@code ReviewPage}: {@code ReviewPanel}).
     * Any other named bean is injected by page beans for what it gives ({@code ProgramTexts}). The shell's beans
     * (template, current user, locale, formats, validators) serve every page and are not pages.
     */
    @ArchTest
    static final ArchRule pagesAndTheirParts = classes()
            .that()
            .resideInAPackage("cn.kaifeng.tfs.*.web..")
            .and()
            .resideOutsideOfPackage("cn.kaifeng.tfs.shell..")
            .and()
            .areAnnotatedWith("jakarta.inject.Named")
            .should(new PageNames());

    /** A page bean's EL name is its class name (decapitalised): one name for it in Java and in the views. */
    @ArchTest
    static final ArchRule pageBeansKeepTheirClassNameInEl = classes()
            .that()
            .resideInAPackage("cn.kaifeng.tfs.*.web..")
            .and()
            .areAnnotatedWith("jakarta.inject.Named")
            .should(new ElNames());

    @ArchTest
    static final ArchRule servletsSaySo = classes()
            .that()
            .areAnnotatedWith("jakarta.servlet.annotation.WebServlet")
            .should()
            .haveSimpleNameEndingWith("Servlet");

    @ArchTest
    static final ArchRule filtersSaySo = classes()
            .that()
            .areAnnotatedWith("jakarta.servlet.annotation.WebFilter")
            .should()
            .haveSimpleNameEndingWith("Filter");

    @ArchTest
    static final ArchRule resourcesSaySo =
            classes().that().areAnnotatedWith("jakarta.ws.rs.Path").should().haveSimpleNameEndingWith("Resource");

    private static final class ServiceNames extends ArchCondition<JavaClass> {

        ServiceNames() {
            super("be named <Subject>Service exactly when they are beans that pages, resources, jobs or the demo call");
        }

        @Override
        public void check(JavaClass type, ConditionEvents events) {
            String callers = type.getDirectDependenciesToSelf().stream()
                    .map(Dependency::getOriginClass)
                    .filter(ENTRY_POINT)
                    .map(caller -> topLevel(caller).getSimpleName())
                    .distinct()
                    .sorted()
                    .collect(Collectors.joining(", "));
            boolean useCase = isBean(type) && !callers.isEmpty();
            boolean named = type.getSimpleName().endsWith("Service");
            if (useCase && !named) {
                violated(events, type, "is called by " + callers + " but is not named <Subject>Service");
            } else if (named && !useCase) {
                violated(events, type, "is named ...Service but is no bean that an entry point calls");
            }
        }
    }

    private static final class ScheduleNames extends ArchCondition<JavaClass> {

        ScheduleNames() {
            super("be named <Subject>Schedule exactly when they hold a timer");
        }

        @Override
        public void check(JavaClass type, ConditionEvents events) {
            boolean timer = type.getMethods().stream()
                    .anyMatch(m ->
                            m.isAnnotatedWith("jakarta.ejb.Schedule") || m.isAnnotatedWith("jakarta.ejb.Schedules"));
            boolean named = type.getSimpleName().endsWith("Schedule");
            if (timer && !named) {
                violated(events, type, "holds a timer but is not named <Subject>Schedule");
            } else if (named && !timer) {
                violated(events, type, "is named ...Schedule but holds no timer");
            }
        }
    }

    private static final class EventNames extends ArchCondition<JavaClass> {

        EventNames() {
            super("be named in the past tense exactly when they are observed as events");
        }

        @Override
        public void check(JavaClass type, ConditionEvents events) {
            boolean observed = type.getMethodsWithParameterTypeOfSelf().stream()
                    .flatMap(m -> m.getParameters().stream())
                    .anyMatch(p -> p.getRawType().equals(type)
                            && (p.isAnnotatedWith("jakarta.enterprise.event.Observes")
                                    || p.isAnnotatedWith("jakarta.enterprise.event.ObservesAsync")));
            boolean pastTense = type.getSimpleName().endsWith("ed");
            if (observed && !pastTense) {
                violated(events, type, "is observed as an event but not named as a past fact (<Subject><Verb>ed)");
            } else if (pastTense && !observed && SERVICE.test(type) && type.isTopLevelClass()) {
                violated(events, type, "is named as a past fact but nothing observes it as an event");
            }
        }
    }

    private static final class PageNames extends ArchCondition<JavaClass> {

        PageNames() {
            super("be a <Subject>Page, a part named <Subject><Part> after the page it injects, or injected by pages");
        }

        @Override
        public void check(JavaClass type, ConditionEvents events) {
            String name = type.getSimpleName();
            List<JavaClass> pages = type.getFields().stream()
                    .map(JavaField::getRawType)
                    .filter(t -> !t.equals(type) && isPage(t))
                    .distinct()
                    .toList();
            if (pages.size() > 1) {
                violated(events, type, "injects several pages: a part belongs to one");
            } else if (pages.size() == 1) {
                String subject = subjectOf(pages.get(0));
                if (!name.startsWith(subject) || name.equals(subject) || name.endsWith("Page")) {
                    violated(
                            events,
                            type,
                            "is a part of " + pages.get(0).getSimpleName() + " but is not named " + subject + "<Part>");
                }
            } else if (isPage(type)) {
                String subject = subjectOf(type);
                type.getFieldsWithTypeOfSelf().stream()
                        .map(field -> topLevel(field.getOwner()))
                        .filter(owner -> !owner.equals(type))
                        .filter(owner -> !owner.getSimpleName().startsWith(subject)
                                || !owner.isAnnotatedWith("jakarta.inject.Named"))
                        .forEach(owner ->
                                violated(events, type, "is injected by " + owner.getName() + ", not a part of it"));
            } else if (type.getFieldsWithTypeOfSelf().isEmpty()) {
                violated(
                        events,
                        type,
                        "backs a page (it is no part and no page injects it) but is not named <Subject>Page");
            }
        }
    }

    private static final class ElNames extends ArchCondition<JavaClass> {

        ElNames() {
            super("keep the default EL name (no @Named value)");
        }

        @Override
        public void check(JavaClass type, ConditionEvents events) {
            Object value = type.getAnnotationOfType("jakarta.inject.Named")
                    .get("value")
                    .orElse("");
            if (!"".equals(value)) {
                violated(events, type, "is called \"" + value + "\" in EL instead of by its class name");
            }
        }
    }

    private static void violated(ConditionEvents events, JavaClass type, String why) {
        events.add(SimpleConditionEvent.violated(type, type.getName() + " " + why));
    }

    private static JavaClass topLevel(JavaClass type) {
        return type.getEnclosingClass().map(ArchitectureTest::topLevel).orElse(type);
    }

    private static boolean isBean(JavaClass type) {
        return BEAN_SCOPES.stream().anyMatch(type::isAnnotatedWith);
    }

    private static boolean isPage(JavaClass type) {
        return type.isAnnotatedWith("jakarta.inject.Named")
                && type.getSimpleName().endsWith("Page");
    }

    private static String subjectOf(JavaClass page) {
        return page.getSimpleName().substring(0, page.getSimpleName().length() - "Page".length());
    }
}
