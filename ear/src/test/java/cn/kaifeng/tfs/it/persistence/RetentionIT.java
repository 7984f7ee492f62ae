package cn.kaifeng.tfs.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.it.Verifications;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention rules applied to the real database: data past its period (made so by moving its dates back, as
 * time would) is deleted or erased when an administrator runs the job, with the draft's uploaded file; data within
 * its period, and case files of any age, stay; the run is in the audit trail and on the page.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment(name = "probe")
    static WebArchive probe() {
        return ProbeArchive.withHttpHelpers("retention-probe.war");
    }

    @EJB
    private Probe probe;

    @Test
    @OperateOnDeployment("probe")
    void whatIsPastItsPeriodGoesAndNothingElse() throws Exception {
        WebClient applicant = Applicants.newEnterprise(
                TestData.username("retention"), "保存期限测试企业" + TestData.username("r"), TestData.creditCode());
        long abandoned = Applicants.start(applicant, "KF-XD-CREDIT");
        Applicants.attachEveryFile(applicant, "/applicant/application.xhtml?id=" + abandoned);
        long recent = Applicants.start(applicant, "KF-XD-CREDIT");
        String number = Applicants.submitted(applicant, "KF-XD-CREDIT");
        long submitted = Reviewers.idOf(applicant, number);
        String storageKey = (String) probe.inTransaction(em -> em.createNativeQuery(
                        "SELECT MIN(storage_key) FROM attachment WHERE application_id = " + abandoned)
                .getSingleResult());
        Path file = Path.of(System.getProperty("jboss.server.data.dir"), "tfs-attachments", storageKey);
        assertTrue(Files.exists(file), "the draft's file is stored: " + file);
        String marker = TestData.creditCode();
        // two rejected claims: one rejected long ago, one lately
        String oldCode = TestData.creditCode();
        String newCode = TestData.creditCode();
        WebClient reviewer = Applicants.as("demo.reviewer");
        for (String code : List.of(oldCode, newCode)) {
            Verifications.submitDocuments(
                    Applicants.newClaimant(TestData.username("bohui"), "驳回测试企业" + code.substring(12), code));
            assertEquals(
                    302,
                    Verifications.decide(reviewer, code, "reject", Map.of("reason", "营业执照不清晰"))
                            .statusCode());
        }
        String claimKey = (String) probe.inTransaction(em -> em.createNativeQuery(
                        "SELECT MIN(d.storage_key) FROM claim_document d JOIN organisation_claim c ON c.id = d.claim_id"
                                + " WHERE c.credit_code = '" + oldCode + "'")
                .getSingleResult());
        Path claimFile = Path.of(System.getProperty("jboss.server.data.dir"), "tfs-attachments", claimKey);
        assertTrue(Files.exists(claimFile), "the rejected claim's document is stored: " + claimFile);

        probe.inTransaction(em -> {
            em.createNativeQuery("UPDATE organisation_claim SET decided_at = CURRENT_TIMESTAMP - INTERVAL '400' DAY"
                            + " WHERE credit_code = '" + oldCode + "'")
                    .executeUpdate();
            em.createNativeQuery("UPDATE application SET updated_at = CURRENT_TIMESTAMP - INTERVAL '400' DAY"
                            + " WHERE id = " + abandoned)
                    .executeUpdate();
            em.createNativeQuery("UPDATE application SET updated_at = CURRENT_TIMESTAMP - INTERVAL '100' DAY"
                            + " WHERE id = " + recent)
                    .executeUpdate();
            // a submitted application of any age is a case file
            em.createNativeQuery("UPDATE application SET updated_at = CURRENT_TIMESTAMP - INTERVAL '4000' DAY,"
                            + " submitted_at = CURRENT_TIMESTAMP - INTERVAL '4000' DAY WHERE id = " + submitted)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO objection (id, application_id, reason, contact, raised_at, resolved_by,"
                            + " resolution, upheld, resolved_at) VALUES (nextval('objection_seq'), " + submitted
                            + ", '旧异议', '13800000000', CURRENT_TIMESTAMP - INTERVAL '300' DAY, 'demo.reviewer',"
                            + " '不成立', FALSE, CURRENT_TIMESTAMP - INTERVAL '200' DAY)")
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO objection (id, application_id, reason, contact, raised_at, resolved_by,"
                            + " resolution, upheld, resolved_at) VALUES (nextval('objection_seq'), " + submitted
                            + ", '新异议', '13900000000', CURRENT_TIMESTAMP - INTERVAL '20' DAY, 'demo.reviewer',"
                            + " '不成立', FALSE, CURRENT_TIMESTAMP - INTERVAL '10' DAY)")
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO notification (id, organisation_id, application_id, kind, status,"
                            + " created_at) SELECT nextval('notification_seq'), organisation_id, id, 'STATUS',"
                            + " status, CURRENT_TIMESTAMP - INTERVAL '800' DAY FROM application WHERE id = "
                            + submitted)
                    .executeUpdate();
            em.createNativeQuery(
                            "INSERT INTO bank_query (id, bank_id, asked_by, channel, subject, asked_about, purpose,"
                                    + " result, asked_at) SELECT nextval('bank_query_seq'), id, 'retention-test', 'API',"
                                    + " 'ELIGIBILITY', '" + marker + "', 'PRE_LOAN', 'NO_AUTHORISATION',"
                                    + " CURRENT_TIMESTAMP - INTERVAL '1200' DAY FROM organisation WHERE kind = 'BANK'"
                                    + " AND name = '示例银行开封分行（演示）'")
                    .executeUpdate();
            return null;
        });
        assertEquals(1L, count("bank_query WHERE asked_about = '" + marker + "'"));
        assertEquals(
                1L,
                count("notification WHERE application_id = " + submitted
                        + " AND created_at < CURRENT_TIMESTAMP - INTERVAL '700' DAY"));

        WebClient admin = Applicants.as("demo.admin");
        String page = admin.get("/admin/retention.xhtml").body();
        assertTrue(page.contains("未提交的申请草稿") && page.contains("365 天"), "the rules are shown");
        HttpResponse<String> applied = admin.submit("/admin/retention.xhtml", "retention", "apply", Map.of());
        assertEquals(200, applied.statusCode());
        assertTrue(applied.body().contains("保存期限规则已执行"), Applicants.errors(applied.body()));

        assertEquals(0L, count("application WHERE id = " + abandoned), "the abandoned draft is deleted");
        assertEquals(0L, count("attachment WHERE application_id = " + abandoned), "with its attachments");
        assertTrue(!Files.exists(file), "and its file");
        assertEquals(1L, count("application WHERE id = " + recent), "a draft within its year stays");
        assertEquals(1L, count("application WHERE id = " + submitted), "a case file of any age stays");
        assertNull(
                probe.inTransaction(em -> em.createNativeQuery("SELECT contact FROM objection WHERE application_id = "
                                + submitted + " AND reason = '旧异议'")
                        .getSingleResult()),
                "an old objector's contact is erased");
        assertEquals(
                1L,
                count("objection WHERE application_id = " + submitted + " AND reason = '旧异议'"),
                "the objection itself stays, part of the case");
        assertEquals(
                1L,
                count("objection WHERE application_id = " + submitted + " AND reason = '新异议' AND contact IS NOT NULL"),
                "a recent contact stays");
        assertEquals(
                0L,
                count("notification WHERE application_id = " + submitted
                        + " AND created_at < CURRENT_TIMESTAMP - INTERVAL '700' DAY"),
                "old notifications go");
        assertEquals(0L, count("bank_query WHERE asked_about = '" + marker + "'"), "old bank queries go");
        assertEquals(0L, count(claimDocuments(oldCode)), "documents of a claim rejected over a year ago go");
        assertTrue(!Files.exists(claimFile), "with their files");
        assertEquals(1L, count("organisation_claim WHERE credit_code = '" + oldCode + "'"), "the claim stays");
        assertEquals(2L, count(claimDocuments(newCode)), "documents of a recent rejection stay");
        assertTrue(
                count("audit_record WHERE action = 'RETENTION_APPLIED' AND actor = 'demo.admin'") >= 1,
                "the run is audited");
        String after = admin.get("/admin/retention.xhtml").body();
        assertTrue(after.contains("demo.admin"), "and listed with who ran it");
    }

    private static String claimDocuments(String code) {
        return "claim_document d JOIN organisation_claim c ON c.id = d.claim_id WHERE c.credit_code = '" + code + "'";
    }

    private long count(String fromWhere) {
        return probe.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + fromWhere)
                        .getSingleResult())
                .longValue());
    }
}
