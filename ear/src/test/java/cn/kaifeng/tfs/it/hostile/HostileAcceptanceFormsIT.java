package cn.kaifeng.tfs.it.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Agreements;
import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.Experts;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.it.hostile.FormProbe.Field;
import cn.kaifeng.tfs.it.hostile.FormProbe.Mode;
import cn.kaifeng.tfs.it.hostile.FormProbe.Target;
import cn.kaifeng.tfs.it.hostile.Payloads.Payload;
import cn.kaifeng.tfs.testkit.WebClient;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input through the acceptance's forms (a class of its own: {@link HostileFormsIT} is long enough), as one
 * leasing subsidy's acceptance moves on: the applicant's request, the reviewer's panel, an expert's declaration and
 * scores. The same payloads and the same verdicts as HostileFormsIT, which lists these forms as probed here.
 */
@ExtendWith(ArquillianExtension.class)
class HostileAcceptanceFormsIT {

    private static final List<String> PANEL = List.of("demo.expert2", "demo.expert3", "demo.expert4");

    /** The test-only servlet that ends a public notice now, as HostileFormsIT deploys it. */
    @Deployment(name = "notice-probe", testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "notice-probe.war")
                .addClasses(
                        cn.kaifeng.tfs.it.persistence.Probe.class,
                        cn.kaifeng.tfs.it.persistence.NoticeClock.class,
                        cn.kaifeng.tfs.it.persistence.BankProbe.class,
                        Deployments.class)
                .addAsResource(
                        new java.io.File("target/test-classes/persistence-probe/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(org.jboss.shrinkwrap.api.asset.EmptyAsset.INSTANCE, "beans.xml");
    }

    private final WebClient applicant = Applicants.newEnterprise(
            TestData.username("hostile"), "敌对输入验收企业" + TestData.username("v"), TestData.creditCode());
    private final WebClient reviewer = Applicants.as("demo.reviewer");
    private final WebClient expert = Applicants.as(PANEL.get(0));
    private String number;
    private String path;
    private String reviewPath;
    private String expertPath;

    @Test
    void everyAcceptanceFormAnswersHostileInputWithAMessage() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        List<Supplier<Target>> stages = List.of(this::toRequest, this::toAssign, this::toDeclare, this::toScore);
        for (Supplier<Target> stage : stages) {
            Target target = stage.get();
            List<Field> found =
                    FormProbe.fields(target.open().apply(target.client().get()), target.formId());
            assertTrue(!found.isEmpty(), target.name() + ": no fields found");
            for (Field field : found) {
                for (Payload payload : Payloads.forField(field.kind(), field.maxLength())) {
                    if (!target.sends(payload)) {
                        continue;
                    }
                    cases++;
                    String problem = FormProbe.probe(target, field, payload);
                    if (problem != null) {
                        wrong.add(target.name() + " " + field.name() + " (" + field.kind() + ") ← " + payload + ": "
                                + problem);
                    }
                }
            }
        }
        System.out.printf("hostile input through the acceptance's forms: %d cases, %d wrong%n", cases, wrong.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cases + " cases wrong:\n" + String.join("\n", wrong));
        assertTrue(cases >= 40, "cases: " + cases);
    }

    /** A signed agreement: the applicant's acceptance request. */
    private Target toRequest() {
        number = Agreements.approvedWithLetter(applicant, reviewer);
        Agreements.sign(applicant, reviewer, number, "5", "120", "90");
        path = Applicants.pathOf(applicant, number);
        reviewPath = "/reviewer/acceptance.xhtml?id=" + Reviewers.idOf(applicant, number);
        String at = path;
        return new Target(
                "acceptance request",
                () -> applicant,
                at,
                "acceptance",
                "request",
                Mode.ENTRY,
                c -> c.get(at).body(),
                () -> {
                    Map<String, String> fills = new LinkedHashMap<>();
                    for (int i = 0; i < 3; i++) {
                        fills.put("values:" + i + ":achieved_input", "100");
                        fills.put("values:" + i + ":achieved_hinput", "100");
                    }
                    fills.put("summary", "项目已完成。");
                    return fills;
                },
                true);
    }

    /** The request made and opened: the reviewer's panel form (one expert alone is too few: always refused). */
    private Target toAssign() {
        applicant.get(path);
        Map<String, String> fills = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            fills.put("values:" + i + ":achieved_input", "6");
            fills.put("values:" + i + ":achieved_hinput", "6");
        }
        fills.put("summary", "项目已完成。");
        applicant.submit(path, "acceptance", "request", fills);
        reviewer.get(reviewPath);
        reviewer.submit(reviewPath, "open", "open", Map.of());
        String at = reviewPath;
        return new Target(
                "acceptance panel",
                () -> reviewer,
                at,
                "assign",
                "assign",
                Mode.ENTRY,
                c -> c.get(at).body(),
                () -> Map.of("experts", PANEL.get(0)),
                true);
    }

    /** The panel assigned: an expert's declaration. */
    private Target toDeclare() {
        String page = reviewer.get(reviewPath).body();
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        pairs.add(new AbstractMap.SimpleEntry<>("assign", "assign"));
        PANEL.forEach(e -> pairs.add(new AbstractMap.SimpleEntry<>("assign:experts", e)));
        pairs.add(new AbstractMap.SimpleEntry<>("assign:assign", ""));
        pairs.add(new AbstractMap.SimpleEntry<>("jakarta.faces.ViewState", Applicants.viewState(page)));
        reviewer.post(reviewPath, pairs);
        String home = expert.get("/expert/home.xhtml").body();
        Matcher link = Pattern.compile(
                        "href=\"([^\"]*/expert/acceptance.xhtml\\?id=\\d+)\"[^>]*>" + Pattern.quote(number))
                .matcher(home);
        assertTrue(link.find(), "the expert has the assignment");
        expertPath = link.group(1).replace("&amp;", "&");
        String at = expertPath;
        return new Target(
                "acceptance declaration",
                () -> expert,
                at,
                "declare",
                "submit",
                Mode.ENTRY,
                c -> c.get(at).body(),
                () -> Map.of("conflict", "false", "note", "无利益冲突。"),
                true);
    }

    /** Declared: the expert's scores. */
    private Target toScore() {
        Experts.declareNoConflict(expert, expertPath);
        String at = expertPath;
        return new Target(
                "acceptance score",
                () -> expert,
                at,
                "score",
                "submit",
                Mode.ENTRY,
                c -> c.get(at).body(),
                () -> {
                    Map<String, String> fills = new LinkedHashMap<>();
                    for (int i = 0; i < 3; i++) {
                        fills.put("indicators:" + i + ":points_input", "80");
                        fills.put("indicators:" + i + ":points_hinput", "80");
                    }
                    fills.put("comment", "评审意见");
                    return fills;
                },
                true);
    }
}
