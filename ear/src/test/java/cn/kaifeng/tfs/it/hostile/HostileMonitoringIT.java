package cn.kaifeng.tfs.it.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Agreements;
import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.it.hostile.FormProbe.Field;
import cn.kaifeng.tfs.it.hostile.FormProbe.Mode;
import cn.kaifeng.tfs.it.hostile.FormProbe.Target;
import cn.kaifeng.tfs.it.hostile.Payloads.Payload;
import cn.kaifeng.tfs.it.persistence.CaseConcluder;
import cn.kaifeng.tfs.testkit.WebClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input through monitoring's forms (HostileFormsIT's rules; kept apart, as that class is long): the bureau's
 * filter of the reports, the applicant's progress report, the reviewer's return of a report and the mid-term check,
 * on a talent team award whose agreement is signed. Every answer is a message or a harmless page, never a 500; the
 * forms that move the case get only what must be refused. HostileFormsIT names these forms as probed here.
 */
@ExtendWith(ArquillianExtension.class)
class HostileMonitoringIT {

    /** The forms this class probes, by page and form id as HostileFormsIT finds them in the sources. */
    static final List<String> FORMS = List.of(
            "/reviewer/reports.xhtml#filter",
            "/applicant/application.xhtml#report",
            "/reviewer/monitoring.xhtml#review",
            "/reviewer/monitoring.xhtml#midterm-form");

    @Deployment(name = "notice-probe", testable = false)
    static WebArchive noticeProbe() {
        return probe("notice-probe.war", cn.kaifeng.tfs.it.persistence.NoticeClock.class);
    }

    @Deployment(name = "ranking-probe", testable = false)
    static WebArchive rankingProbe() {
        return probe("ranking-probe.war", CaseConcluder.class);
    }

    private static WebArchive probe(String name, Class<?> servlet) {
        return ShrinkWrap.create(WebArchive.class, name)
                .addClasses(
                        cn.kaifeng.tfs.it.persistence.Probe.class,
                        cn.kaifeng.tfs.it.persistence.BankProbe.class,
                        servlet,
                        Deployments.class)
                .addAsResource(
                        new java.io.File("target/test-classes/persistence-probe/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Test
    void monitoringFormsAnswerHostileInputWithAMessage() {
        WebClient team = Applicants.newTeam(TestData.username("hostile"), "敌对输入监测团队" + TestData.username("m"));
        WebClient reviewer = Applicants.as("demo.reviewer");
        String number = Applicants.submitted(team, "KF-RC-TEAM");
        long id = Reviewers.idOf(team, number);
        CaseConcluder.conclude(number, "90", "200000");
        Agreements.signedAfterConclusion(team, reviewer, number, id);
        String application = "/applicant/application.xhtml?id=" + id;
        String monitoring = "/reviewer/monitoring.xhtml?id=" + id;

        List<Target> targets = new ArrayList<>();
        targets.add(new Target(
                "reports filter",
                () -> reviewer,
                "/reviewer/reports.xhtml",
                "filter",
                "apply",
                Mode.ENTRY,
                c -> c.get("/reviewer/reports.xhtml").body(),
                () -> Map.of("state_input", "overdue", "text", number),
                false));
        targets.add(new Target(
                "progress report",
                () -> team,
                application,
                "report",
                "submit-report",
                Mode.ENTRY,
                c -> c.get(application).body(),
                HostileMonitoringIT::report,
                true));
        List<String> wrong = new ArrayList<>();
        int cases = probe(targets, wrong);

        // a report submitted, for the reviewer's return form; then the mid-term check's form
        team.get(application);
        team.submit(application, "report", "submit-report", report());
        List<Target> reviewerForms = List.of(
                new Target(
                        "report return",
                        () -> reviewer,
                        monitoring,
                        "periods:0:review",
                        "return",
                        Mode.ENTRY,
                        c -> c.get(monitoring).body(),
                        () -> Map.of("reason", "请补充资金使用明细。"),
                        true),
                new Target(
                        "mid-term check",
                        () -> reviewer,
                        monitoring,
                        "midterm-form",
                        "record",
                        Mode.ENTRY,
                        c -> c.get(monitoring).body(),
                        () -> Map.of(
                                "result_input", "RECTIFY",
                                "rectify-by_input", "2099-12-31",
                                "rectify-what", "补齐设备台账",
                                "visited-on_input", "2026-01-05",
                                "place", "开封市"),
                        true));
        cases += probe(reviewerForms, wrong);
        System.out.printf("hostile input through monitoring's forms: %d cases, %d wrong%n", cases, wrong.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cases + " cases wrong:\n" + String.join("\n", wrong));
        assertTrue(cases >= 40, "cases: " + cases);
    }

    private static int probe(List<Target> targets, List<String> wrong) {
        int cases = 0;
        for (Target target : targets) {
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
        return cases;
    }

    /** A valid report for the first period: what the probe replaces one field of at a time. */
    private static Map<String, String> report() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("period_input", "1");
        fields.put("summary", "完成样机研制。");
        for (int i = 0; i < 5; i++) {
            fields.put("values:" + i + ":value_input", "1");
            fields.put("values:" + i + ":value_hinput", "1");
        }
        fields.put("spent_input", "100");
        fields.put("spent_hinput", "100");
        return fields;
    }
}
