package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An applicant takes away everything stored about its organisation: the ZIP holds the data (profile, applications
 * with their forms and timelines, files, bank authorisations) and the uploaded files byte for byte; team members'
 * ID numbers only masked, no password hashes, nothing of another organisation; and the loans banks reported about
 * it, with their events and the risk-compensation pool's decision.
 */
@ExtendWith(ArquillianExtension.class)
class ExportIT {

    private static final String ID_NUMBER = "410223199203155612";

    /** The notice clock, for the approved enterprise of the loan test (as BankApiIT). */
    @Deployment(name = "notice-probe", testable = false)
    static WebArchive probe() {
        return BankApiIT.probe();
    }

    @Test
    void anApplicantExportsItsOwnOrganisationsDataAndNothingElse() throws IOException {
        String name = "导出测试团队" + TestData.username("x");
        WebClient team = Applicants.newTeam(TestData.username("export"), name);
        Map<String, String> member = new LinkedHashMap<>();
        member.put("rows:0:name", "赵导出");
        member.put("rows:0:role", "首席科学家");
        member.put("rows:0:idNumber", ID_NUMBER);
        assertTrue(Applicants.saveTeamMember(team, member).body().contains("单位资料已保存"));
        String number = Applicants.submitted(team, "KF-RC-TEAM");
        assertTrue(
                team.get("/applicant/profile.xhtml").body().contains("id=\"export\""),
                "the profile page offers the export");

        HttpResponse<byte[]> export = team.download("/applicant/export");
        assertEquals(200, export.statusCode());
        assertEquals(
                "application/zip", export.headers().firstValue("Content-Type").orElse(""));
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        Map<String, byte[]> entries = Applicants.unzip(export.body());
        String data = new String(entries.get("data.json"), StandardCharsets.UTF_8);
        JsonObject json = Json.createReader(new StringReader(data)).readObject();
        assertEquals(name, json.getJsonArray("organisation").getJsonObject(0).getString("name"));
        assertTrue(json.getJsonArray("applications").toString().contains(number), "its application");
        assertTrue(data.contains("\"form_values\""), "with what was filled in");
        assertTrue(json.getJsonArray("timeline").size() >= 2, "and its history");
        assertTrue(data.contains("410***********5612"), "the member's ID number, masked");
        assertTrue(json.getJsonArray("files").size() >= 1, "the files are listed");
        String listed = json.getJsonArray("files").toString();
        long enclosed = entries.entrySet().stream()
                .filter(e -> e.getKey().startsWith("files/"))
                .peek(e -> assertTrue(listed.contains(sha256(e.getValue())), "as stored: " + e.getKey()))
                .count();
        assertEquals(json.getJsonArray("files").size(), enclosed, "and enclosed byte for byte: " + entries.keySet());
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String text = new String(entry.getValue(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(ID_NUMBER), "no whole ID number in " + entry.getKey());
        }
        assertFalse(data.contains("password"), "no password hashes");
        assertFalse(data.contains("开封示例元宇宙科技有限公司"), "nothing of another organisation");
        assertFalse(data.contains("storage_key"), "nor where the server keeps files");

        assertEquals(
                403, Applicants.as("demo.bank").download("/applicant/export").statusCode(), "applicants only");
    }

    @Test
    void theLoansBanksReportedAreExportedWithTheirEventsAndThePoolsDecision() throws Exception {
        PoolLoans.Covered loan = PoolLoans.coveredAndDrawn("500000");
        // the enterprise sees the loan on its page too, covered, with its drawdown
        String page =
                loan.enterprise().applicant().get("/applicant/loans.xhtml").body();
        assertTrue(page.contains("id=\"loan-" + loan.loanId() + "\""), "its loan is on its page");
        assertTrue(page.contains("已纳入资金池"), "covered");
        assertTrue(page.contains("正常还款中"), "being repaid");

        HttpResponse<byte[]> export = loan.enterprise().applicant().download("/applicant/export");
        assertEquals(200, export.statusCode());
        Map<String, byte[]> entries = Applicants.unzip(export.body());
        JsonObject json = Json.createReader(
                        new StringReader(new String(entries.get("data.json"), StandardCharsets.UTF_8)))
                .readObject();
        JsonObject reported = json.getJsonArray("loansReported").getJsonObject(0);
        assertEquals(loan.loanId(), reported.getJsonNumber("loan_id").longValue(), json.toString());
        assertEquals(1, json.getJsonArray("loansReported").size());
        JsonObject event = json.getJsonArray("loanEvents").getJsonObject(0);
        assertEquals(
                1,
                json.getJsonArray("loanEvents").size(),
                json.getJsonArray("loanEvents").toString());
        assertEquals(loan.loanId(), event.getJsonNumber("loan_report_id").longValue());
        assertEquals("DRAWDOWN", event.getString("kind"));
        assertEquals(50_000_000L, event.getJsonNumber("principal_fen").longValue());
        assertFalse(event.containsKey("reported_by"), "not who at the bank reported it");
        JsonObject coverage = json.getJsonArray("loanCoverage").getJsonObject(0);
        assertEquals(loan.loanId(), coverage.getJsonNumber("loan_report_id").longValue());
        assertEquals("RP-KF-CREDIT", coverage.getString("pool_code"));
        assertTrue(coverage.getBoolean("covered"), coverage.toString());
        assertEquals(50_000_000L, coverage.getJsonNumber("covered_balance_fen").longValue());
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
