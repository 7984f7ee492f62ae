package cn.kaifeng.tfs.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Budgets, ranking and no double support on the real server, through the pages a reviewer and an administrator use:
 * the leasing subsidy's 100万 is per enterprise and year across its applications; the talent team program ranks on
 * merit within the budget an administrator sets, draws the cut line and refuses to propose what is below it; and an
 * organisation already holding talent support gets only the difference up to the higher award (就高). Where a case
 * needs an expert panel to get to the end of its review, the test puts it there directly (PanelIT covers the panel):
 * the checks under test read what the database holds, however it got there.
 */
@ExtendWith(ArquillianExtension.class)
class BudgetIT {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Deployment(name = "probe")
    static WebArchive probe() {
        return ProbeArchive.withHttpHelpers("budget-probe.war");
    }

    @EJB
    private Probe probe;

    /** A leasing application that passes (75 points) and whose award is 600,000 (50 % of 1,200,000 interest). */
    private static Map<String, String> leasing() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("leasingAmount", "30000000");
        values.put("leaseTermMonths", "36");
        values.put("interestPaid", "1200000");
        values.put("feesPaid", "0");
        return values;
    }

    @Test
    @OperateOnDeployment("probe")
    void theLeasingCapIsPerEnterpriseAndYearAcrossItsApplications() {
        WebClient enterprise = Applicants.newEnterprise(
                TestData.username("zulin"), "年度上限测试企业" + TestData.username("q"), TestData.creditCode());
        WebClient reviewer = Applicants.as("demo.reviewer");
        String first = Applicants.submitted(enterprise, "KF-ZL-LEASING", leasing());
        String second = Applicants.submitted(enterprise, "KF-ZL-LEASING", leasing());
        String third = Applicants.submitted(enterprise, "KF-ZL-LEASING", leasing());
        String firstPath = concluded(enterprise, reviewer, first);
        String secondPath = concluded(enterprise, reviewer, second);
        String thirdPath = concluded(enterprise, reviewer, third);

        Reviewers.step(reviewer, firstPath, "propose", Map.of());
        String firstPage = reviewer.get(firstPath).body();
        assertTrue(firstPage.contains("600,000.00"), "the award rule's amount: 50 % of the interest");

        // the second would bring the year to 1,200,000: it is lowered to what is left of the cap, and says why
        Reviewers.step(reviewer, secondPath, "propose", Map.of());
        String secondPage = reviewer.get(secondPath).body();
        assertTrue(secondPage.contains("公示中"));
        assertTrue(secondPage.contains("400,000.00"), "lowered to the 400,000 left of the yearly cap");
        assertTrue(secondPage.contains("每家单位每年扶持金额最高1,000,000.00元"), "the reason, for the letter");
        assertTrue(secondPage.contains(first), "naming the application that holds the rest");

        // a typed amount above what is left is refused with the figures
        HttpResponse<String> typed = Reviewers.press(
                reviewer,
                thirdPath,
                "propose",
                Map.of(
                        "review:amount_input",
                        "100000",
                        "review:amount_hinput",
                        "100000",
                        "review:amount-reason",
                        "按实际核定"));
        String refused = Applicants.errors(typed.body());
        assertTrue(refused.contains("已达每家每年上限"), refused);
        assertTrue(refused.contains(first) && refused.contains(second), "both holding applications named: " + refused);
        assertTrue(reviewer.get(thirdPath).body().contains("评审完成"), "nothing changed");
    }

    @Test
    @OperateOnDeployment("probe")
    void theTeamProgramRanksOnMeritWithinTheBudgetAndRefusesWhatIsBelowTheLine() {
        WebClient reviewer = Applicants.as("demo.reviewer");
        String top = teamApplication("99.5", "1000000");
        String second = teamApplication("99", "800000");
        String third = teamApplication("99", "600000"); // the same total, submitted later: below the second
        String ranking = "/reviewer/ranking.xhtml?program=KF-RC-TEAM&year=" + YEAR + "&round=0";
        String list = reviewer.get(ranking).body();
        assertTrue(
                list.indexOf(top) < list.indexOf(second) && list.indexOf(second) < list.indexOf(third), "merit order");
        assertTrue(list.contains("同分，按提交时间"), "the tie rule that separated the two with 99 points is named");

        String before = figure(list, "budget");
        // a budget that reaches exactly to the second: the third is below the line
        BigDecimal upToSecond = cumulative(list, second).add(money(figure(list, "approved")));
        WebClient admin = Applicants.as("demo.admin");
        try {
            setBudget(admin, upToSecond.add(new BigDecimal("100")));
            list = reviewer.get(ranking).body();
            int line = list.indexOf("id=\"cut-line\"");
            assertTrue(line > list.indexOf(second) && line < list.indexOf(third), "the cut line between them");
            assertTrue(list.contains("预算线："), "in words, not only by colour");

            HttpResponse<String> below = Reviewers.press(reviewer, pathOf(third), "propose", Map.of());
            String refused = Applicants.errors(below.body());
            assertTrue(refused.contains("择优未入围"), refused);
            Reviewers.step(reviewer, pathOf(top), "propose", Map.of());
            assertTrue(reviewer.get(pathOf(top)).body().contains("公示中"), "above the line it goes to the notice");
        } finally {
            // back to the budget there was (the demo's); a budget cannot be removed, only changed
            setBudget(admin, money(before).signum() > 0 ? money(before) : new BigDecimal("10000000"));
        }
        String audit = probe.inTransaction(em -> String.valueOf(em.createNativeQuery(
                        "SELECT COUNT(*) FROM audit_record WHERE action = 'BUDGET_SET' AND subject = 'budget:KF-RC-TEAM "
                                + YEAR + " 全年'")
                .getSingleResult()));
        assertTrue(Integer.parseInt(audit) >= 2, "each change is audited: " + audit);
    }

    @Test
    @OperateOnDeployment("probe")
    void anOrganisationHoldingTalentSupportGetsOnlyTheDifferenceUpToTheHigher() {
        WebClient team = Applicants.newTeam(TestData.username("jiugao"), "就高测试团队" + TestData.username("t"));
        String talent = Applicants.submitted(team, "KF-RC-TALENT");
        String teamNumber = Applicants.submitted(team, "KF-RC-TEAM");
        // the talent program's application was decided earlier in the year: 500,000 approved
        probe.inTransaction(em -> em.createNativeQuery("UPDATE application SET status = 'APPROVED', outcome = 'PASSED',"
                        + " total = 90, award = 500000, decided_amount = 500000, decided_by = 'demo.reviewer'"
                        + " WHERE number = '" + talent + "'")
                .executeUpdate());
        concludeAsPassed(teamNumber, "100", "1200000");
        WebClient reviewer = Applicants.as("demo.reviewer");
        String path = pathOf(teamNumber);
        Reviewers.step(reviewer, path, "propose", Map.of());
        String page = reviewer.get(path).body();
        assertTrue(page.contains("700,000.00"), "1,200,000 less the 500,000 held: the two together get the higher");
        assertTrue(page.contains("就高") && page.contains(talent), "the reason names the other application");
    }

    /**
     * The ledger on the real server: the first reviewer's approval (above the four-eyes limit, so it waits for a second
     * one) commits the amount in the round's book; the budget cannot then be lowered below what is committed; the
     * budget page shows the year's execution; the second reviewer's decline releases the amount.
     */
    @Test
    @OperateOnDeployment("probe")
    void anApprovalCommitsItsAmountInTheLedgerAndADeclinedOneReleasesIt() {
        String number = teamApplication("98", "1200000");
        probe.inTransaction(em -> em.createNativeQuery("UPDATE application SET status = 'AWAITING_DECISION',"
                        + " proposed_amount = 1200000 WHERE number = '" + number + "'")
                .executeUpdate());
        String path = pathOf(number);
        long id = Long.parseLong(path.substring(path.indexOf("id=") + 3));
        WebClient reviewer = Applicants.as("demo.reviewer");
        Reviewers.step(reviewer, path, "approve", Map.of());
        assertTrue(reviewer.get(path).body().contains("待复核"), "above 1,000,000: a second reviewer must confirm");
        assertEquals("COMMITTED AVAILABLE DECISION 120000000", postingsOf(id), "committed at the first approval");

        WebClient admin = Applicants.as("demo.admin");
        String page = admin.get("/admin/budgets.xhtml").body();
        assertTrue(page.contains("id=\"execution-KF-RC-TEAM\""), "the year's execution per program");
        assertTrue(page.contains("预算执行率"));
        HttpResponse<String> lowered = admin.submit(
                "/admin/budgets.xhtml",
                "budget",
                "save",
                Map.of(
                        "program_input", "KF-RC-TEAM",
                        "year_input", String.valueOf(YEAR),
                        "year_hinput", String.valueOf(YEAR),
                        "round_input", "0",
                        "round_hinput", "0",
                        "amount_input", "1",
                        "amount_hinput", "1"));
        assertTrue(Applicants.errors(lowered.body()).contains("预算不能调减至"), Applicants.errors(lowered.body()));

        // a budget that leaves 100,000 available: another approval of 800,000 is refused with the budget's figures
        String other = teamApplication("97", "800000");
        probe.inTransaction(em -> em.createNativeQuery("UPDATE application SET status = 'AWAITING_DECISION',"
                        + " proposed_amount = 800000 WHERE number = '" + other + "'")
                .executeUpdate());
        long committedFen = bookFigure("committed_fen");
        BigDecimal before = BigDecimal.valueOf(bookFigure("budget_fen"), 2);
        try {
            setBudget(admin, BigDecimal.valueOf(committedFen, 2).add(new BigDecimal("100000")));
            HttpResponse<String> beyond = Reviewers.press(reviewer, pathOf(other), "approve", Map.of());
            String refused = Applicants.errors(beyond.body());
            assertTrue(refused.contains("预算不足") && refused.contains("尚余 100,000.00 元"), refused);
            assertTrue(reviewer.get(pathOf(other)).body().contains("待决定"), "nothing changed");
            assertEquals("", postingsOf(Long.parseLong(pathOf(other).replaceAll(".*id=", ""))), "nothing committed");
        } finally {
            setBudget(admin, before);
        }

        Reviewers.step(
                Applicants.as("demo.reviewer2"), path, "decline-approval", Map.of("review:decline-reason", "金额需重新核定"));
        assertEquals(
                "COMMITTED AVAILABLE DECISION 120000000, AVAILABLE COMMITTED DECISION 120000000",
                postingsOf(id),
                "released when the second reviewer declines");
    }

    /** A figure of this year's whole-year book of KF-RC-TEAM, in fen. */
    private long bookFigure(String column) {
        return probe.inTransaction(em -> ((Number) em.createNativeQuery("SELECT " + column
                                + " FROM ledger_book WHERE program_code = 'KF-RC-TEAM' AND budget_year = " + YEAR
                                + " AND round_no = 0")
                        .getSingleResult())
                .longValue());
    }

    /** An award's postings, oldest first: debit, credit, source kind and amount in fen. */
    private String postingsOf(long award) {
        List<?> rows = probe.inTransaction(em -> em.createNativeQuery(
                        "SELECT debit_account, credit_account, source_kind, amount_fen FROM ledger_posting"
                                + " WHERE award_id = " + award + " ORDER BY id")
                .getResultList());
        return rows.stream()
                .map(r -> Arrays.stream((Object[]) r).map(String::valueOf).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(", "));
    }

    private String teamApplication(String total, String award) {
        WebClient team = Applicants.newTeam(TestData.username("paixu"), "择优测试团队" + TestData.username("t"));
        String number = Applicants.submitted(team, "KF-RC-TEAM");
        concludeAsPassed(number, total, award);
        return number;
    }

    /** The end of the review (the panel concluded, passed) with this total and award, as PanelIT gets it there. */
    private void concludeAsPassed(String number, String total, String award) {
        probe.inTransaction(em -> em.createNativeQuery("UPDATE application SET status = 'REVIEW_CONCLUDED',"
                        + " outcome = 'PASSED', total = " + total + ", award = " + award + " WHERE number = '" + number
                        + "'")
                .executeUpdate());
    }

    private String pathOf(String number) {
        long id = probe.inTransaction(
                em -> ((Number) em.createNativeQuery("SELECT id FROM application WHERE number = '" + number + "'")
                                .getSingleResult())
                        .longValue());
        return "/reviewer/application.xhtml?id=" + id;
    }

    private static String concluded(WebClient applicant, WebClient reviewer, String number) {
        String path = Reviewers.pathOf(applicant, number);
        Reviewers.step(reviewer, path, "start-review", Map.of());
        Reviewers.step(reviewer, path, "pass", Map.of());
        assertTrue(reviewer.get(path).body().contains("评审完成"), "no panel for leasing: formal review concludes it");
        return path;
    }

    private static void setBudget(WebClient admin, BigDecimal yuan) {
        admin.get("/admin/budgets.xhtml");
        String amount = yuan.toPlainString();
        HttpResponse<String> saved = admin.submit(
                "/admin/budgets.xhtml",
                "budget",
                "save",
                Map.of(
                        "program_input",
                        "KF-RC-TEAM",
                        "year_input",
                        String.valueOf(YEAR),
                        "year_hinput",
                        String.valueOf(YEAR),
                        "round_input",
                        "0",
                        "round_hinput",
                        "0",
                        "amount_input",
                        amount,
                        "amount_hinput",
                        amount));
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("已保存预算"), Applicants.errors(saved.body()));
    }

    /** The text of a fact of the ranked page (its dd by id). */
    private static String figure(String page, String id) {
        Matcher m = Pattern.compile("<dd id=\"" + id + "\">([^<]*)</dd>").matcher(page);
        assertTrue(m.find(), "the page shows " + id);
        return m.group(1).strip();
    }

    /** The sum so far at an application's row of the ranked list. */
    private static BigDecimal cumulative(String page, String number) {
        int row = page.indexOf(number);
        String rest = page.substring(row, page.indexOf("</tr>", row));
        Matcher cells = Pattern.compile("<td>([\\d,]+\\.\\d{2})</td>").matcher(rest);
        String last = null;
        while (cells.find()) {
            last = cells.group(1);
        }
        assertTrue(last != null, "a cumulative amount in " + rest);
        return money(last);
    }

    private static BigDecimal money(String figures) {
        String digits = figures.replaceAll("[^\\d.]", "");
        return digits.isEmpty() ? BigDecimal.ZERO : new BigDecimal(digits);
    }
}
