package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.it.persistence.CaseConcluder;
import cn.kaifeng.tfs.testkit.WebClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Before the public notice a reviewer looks at the talent team program's ranked list: the budget, what is left, the
 * applications in merit order and the cut line where the budget runs out; an administrator sets the budget on the
 * budget page, and the line moves. Every page is checked for accessibility.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class RankingBrowserIT {

    private static final String PROGRAM = "元宇宙人才团队成果转化扶持 (KF-RC-TEAM)";

    @Deployment(name = "ranking-probe", testable = false)
    static WebArchive concluder() {
        return org.jboss.shrinkwrap.api.ShrinkWrap.create(WebArchive.class, "ranking-probe.war")
                .addClasses(cn.kaifeng.tfs.it.persistence.Probe.class, CaseConcluder.class, Deployments.class)
                .addAsResource(
                        new java.io.File("target/test-classes/persistence-probe/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(org.jboss.shrinkwrap.api.asset.EmptyAsset.INSTANCE, "beans.xml");
    }

    @Test
    void theReviewerSeesTheRankedListWithTheBudgetAndTheCutLine(Browser browser) {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String first = concluded("98.8", "900000");
        String second = concluded("98.7", "700000");

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        RankingPage ranking = RankingPage.choose(browser, PROGRAM, year, 0);
        String budgetBefore = ranking.budget();
        assertTrue(ranking.row(first).contains("900,000.00"), ranking.row(first));
        BigDecimal throughFirst = ranking.cumulative(first);
        browser.assertAccessible();
        browser.signOut();

        // the administrator sets the budget so that it reaches the first and not the second
        browser.signIn("demo.admin", "/admin/home.xhtml");
        try {
            setBudget(browser, year, throughFirst.add(new BigDecimal("1000")).add(approved()));
            browser.signOut();

            browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
            ranking = RankingPage.choose(browser, PROGRAM, year, 0);
            assertTrue(!ranking.below(first) && ranking.below(second), ranking.row(second));
            assertTrue(ranking.lineBetween(first, second), "the cut line between the two");
            assertTrue(ranking.cutLine().contains("预算线"), ranking.cutLine());
            assertTrue(ranking.row(second).contains("线下"), "said in words, not only by colour");
            browser.assertAccessible();
            browser.picture("reviewer-ranking");
            browser.signOut();
        } finally {
            restore(budgetBefore, year);
        }
    }

    /**
     * 不重复享受, 就高: a team whose talent-program application is already proposed for 500,000 yuan is proposed only the
     * difference up to the team program's 1,200,000, and the workbench says why, naming the other application.
     */
    @Test
    void aTeamHoldingTalentSupportIsProposedOnlyTheDifference(Browser browser) {
        WebClient team = Applicants.newTeam(TestData.username("jiugao"), "就高浏览测试团队" + TestData.username("t"));
        String talent = Applicants.submitted(team, "KF-RC-TALENT");
        String teamNumber = Applicants.submitted(team, "KF-RC-TEAM");
        CaseConcluder.conclude(talent, "90", "500000");
        CaseConcluder.conclude(teamNumber, "99.9", "1200000");

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        ReviewPage held = ReviewPage.open(browser, Reviewers.pathOf(team, talent));
        held.propose();
        held.waitForStatus("公示中");

        ReviewPage second = ReviewPage.open(browser, Reviewers.pathOf(team, teamNumber));
        second.propose();
        second.waitForStatus("公示中");
        String decision = browser.text("decision");
        assertTrue(decision.contains("700,000.00"), "1,200,000 less the 500,000 held: " + decision);
        String page = browser.pageSource();
        assertTrue(page.contains("就高") && page.contains(talent), "the reason names the other application");
        browser.assertAccessible();
    }

    private static String concluded(String total, String award) {
        WebClient team = Applicants.newTeam(TestData.username("paihang"), "排序浏览测试团队" + TestData.username("t"));
        String number = Applicants.submitted(team, "KF-RC-TEAM");
        CaseConcluder.conclude(number, total, award);
        return number;
    }

    /** What is already approved, read on the ranked page (the reviewer's figure), as a number. */
    private static BigDecimal approved() {
        WebClient reviewer = Applicants.as("demo.reviewer");
        String page = reviewer.get("/reviewer/ranking.xhtml?program=KF-RC-TEAM&round=0")
                .body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<dd id=\"approved\">([^<]*)</dd>")
                .matcher(page);
        assertTrue(m.find(), "the approved figure");
        return new BigDecimal(m.group(1).replaceAll("[^\\d.]", ""));
    }

    private static void setBudget(Browser browser, int year, BigDecimal yuan) {
        browser.click("nav-budgets");
        browser.waitForPath("/admin/budgets.xhtml");
        browser.assertAccessible();
        browser.selectOne("budget:program", PROGRAM);
        RankingPage.number(browser, "budget:year", String.valueOf(year));
        RankingPage.number(browser, "budget:round", "0");
        RankingPage.number(browser, "budget:amount", yuan.toPlainString());
        browser.click("budget:save");
        browser.waitForText("messages", "已保存预算");
        browser.assertAccessible();
    }

    /** Puts the budget back as it was (the demo's), over HTTP, whatever happened in the browser. */
    private static void restore(String budgetBefore, int year) {
        String digits = budgetBefore.replaceAll("[^\\d.]", "");
        String amount = digits.isEmpty() ? "10000000" : digits;
        WebClient admin = Applicants.as("demo.admin");
        admin.get("/admin/budgets.xhtml");
        admin.submit(
                "/admin/budgets.xhtml",
                "budget",
                "save",
                java.util.Map.of(
                        "program_input",
                        "KF-RC-TEAM",
                        "year_input",
                        String.valueOf(year),
                        "year_hinput",
                        String.valueOf(year),
                        "round_input",
                        "0",
                        "round_hinput",
                        "0",
                        "amount_input",
                        amount,
                        "amount_hinput",
                        amount));
    }
}
