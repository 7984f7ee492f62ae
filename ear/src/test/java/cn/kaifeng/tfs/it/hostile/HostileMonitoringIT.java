package cn.kaifeng.tfs.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.net.http.HttpResponse;
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

        // the program's own report fields (reporting.fields) are bounded by their definitions: each hostile value is
        // refused with a message naming the field, and nothing is submitted
        for (Map.Entry<String, String> hostile : List.of(
                Map.entry("answers:0:number_hinput", "999999"),
                Map.entry("answers:0:number_hinput", "-3"),
                Map.entry("answers:0:number_hinput", "2.5"),
                Map.entry("answers:2:choice_input", "hacked"),
                Map.entry("answers:3:text", "长".repeat(5000)))) {
            Map<String, String> fields = new LinkedHashMap<>(report());
            fields.put(hostile.getKey(), hostile.getValue());
            if (hostile.getKey().endsWith("_hinput")) {
                fields.put(hostile.getKey().replace("_hinput", "_input"), hostile.getValue());
            }
            team.get(application);
            HttpResponse<String> refused = team.submit(application, "report", "submit-report", fields);
            assertEquals(200, refused.statusCode(), hostile.toString());
            assertFalse(Applicants.errors(refused.body()).isBlank(), "a message for " + hostile);
        }
        assertTrue(team.get(application).body().contains("id=\"report:submit-report\""), "nothing was submitted");

        // a report submitted with its answers, which the reviewer reads under it; then the reviewer's forms
        team.get(application);
        HttpResponse<String> submitted = team.submit(application, "report", "submit-report", report());
        assertEquals(302, submitted.statusCode(), () -> Applicants.errors(submitted.body()));
        String read = reviewer.get(monitoring).body();
        assertTrue(read.contains("在开封全职工作的核心人才（人）"), "the field's label");
        assertTrue(read.contains("data-field=\"membersInKaifeng\">12<"), "its answer");
        assertTrue(read.contains("data-field=\"projectStage\">中试<"), "a choice by its label");
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
        // KF-RC-TEAM's own report fields: people in Kaifeng, patents filed, the stage, major changes
        fields.put("answers:0:number_input", "12");
        fields.put("answers:0:number_hinput", "12");
        fields.put("answers:1:number_input", "2");
        fields.put("answers:1:number_hinput", "2");
        fields.put("answers:2:choice_input", "pilot");
        fields.put("answers:3:text", "无");
        return fields;
    }
}
