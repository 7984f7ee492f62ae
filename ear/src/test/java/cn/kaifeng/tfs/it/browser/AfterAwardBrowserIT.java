package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Agreements;
import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.Payments;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.testkit.WebClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After the award, in a real browser: the journeys of issue 28. An award whose first tranche the treasury paid is
 * found in breach: the reviewer opens a recovery order from the case, it goes unpaid past its due date, the reviewer
 * records the organisation as 失信, the bureau's list shows the record, and the organisation's next application is
 * refused at the gate with the record's number, period and reason. What precedes the breach (the award, its agreement
 * and the paid tranche) is made over HTTP, the same requests the browsers of AgreementIT and PaymentIT send. Every
 * page is checked for accessibility.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class AfterAwardBrowserIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The test-only servlet that ends a public notice now, as AgreementIT deploys it. */
    @Deployment(name = "notice-probe", testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "notice-probe.war")
                .addClasses(
                        cn.kaifeng.tfs.it.persistence.Probe.class,
                        cn.kaifeng.tfs.it.persistence.NoticeClock.class,
                        Deployments.class)
                .addAsResource(
                        new java.io.File("target/test-classes/persistence-probe/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(org.jboss.shrinkwrap.api.asset.EmptyAsset.INSTANCE, "beans.xml");
    }

    /** An award with its agreement signed and accepted, and its first tranche paid by the treasury. */
    private record PaidAward(String username, String name, String number, long applicationId) {}

    private static PaidAward paidAward(String prefix) {
        String username = TestData.username(prefix);
        String name = "履约测试企业" + TestData.username("n");
        WebClient applicant = Applicants.newEnterprise(username, name, TestData.creditCode());
        WebClient reviewer = Applicants.as("demo.reviewer");
        String number = Agreements.approvedWithLetter(applicant, reviewer);
        String path = Applicants.pathOf(applicant, number);
        long id = Reviewers.idOf(applicant, number);
        String reviewPath = "/reviewer/agreement.xhtml?id=" + id;
        applicant.get(path);
        assertEquals(
                302,
                applicant
                        .submit(path, "agreement", "propose", Agreements.targets("5", "120", "90"))
                        .statusCode());
        reviewer.get(reviewPath);
        assertEquals(
                302,
                reviewer.submit(reviewPath, "agreement-review", "accept-targets", Map.of())
                        .statusCode());
        applicant.get(path);
        assertEquals(
                302, applicant.submit(path, "agreement", "accept", Map.of()).statusCode());
        Payments.saveAccount(applicant, name, "6222 0212 3456 7891 234");

        // 70 % of 100,000.01 on signing: 70,000.00, under the program's threshold, so one finance approval
        String queue = reviewer.get("/reviewer/payments.xhtml").body();
        Matcher row = Pattern.compile("id=\"payment-(\\d+)\"((?:(?!</tr>).)*)" + Pattern.quote(number), Pattern.DOTALL)
                .matcher(queue);
        assertTrue(row.find(), "the tranche due on signing is in the payment queue");
        long payment = Long.parseLong(row.group(1));
        Payments.flash(reviewer, Payments.press(reviewer, payment, "review"));
        WebClient finance = Payments.financeOfficer("demo.reviewer2");
        Payments.flash(finance, Payments.press(finance, payment, "approve"));
        Payments.writeFile(finance);
        Payments.paidByTreasury(finance, Map.of(payment, "70000.00"));
        return new PaidAward(username, name, number, id);
    }

    @Test
    void aBreachLeftUnpaidBecomesACreditRecordThatTheGateTellsTheApplicant(Browser browser) {
        PaidAward award = paidAward("weiyue");
        LocalDate today = LocalDate.now(CHINA);

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        browser.open("/reviewer/application.xhtml?id=" + award.applicationId());
        browser.click("open-recovery");
        browser.waitForPath("/reviewer/recovery-order.xhtml");
        assertEquals("70,000.00", browser.text("recoverable"), "what the treasury paid may be recovered");
        browser.assertAccessible();
        browser.typeNumber("open:amount", "70000");
        browser.selectOne("open:reason", "违反任务书（协议）");
        browser.type("open:reason-text", "经核查，项目单位将租赁设备转租至市外使用，违反任务书第三条。");
        browser.type("open:due_input", today.minusDays(15).toString());
        browser.click("open:open-order");
        browser.waitForText("order-state", "已逾期");
        assertEquals(today.minusDays(15).toString(), browser.text("due-date"));
        browser.assertAccessible();
        browser.picture("recovery-order-overdue");

        // unpaid past its due date: the reviewer decides on a 失信 record, with a reason
        browser.type("credit:credit-reason", "追回款逾期十五日未缴回，经书面催告仍未缴纳。");
        browser.click("credit:record-credit");
        browser.waitForText("credit-record", "失信记录编号");
        String record = browser.text("credit-record").replaceAll("^失信记录编号\\s*(\\d+).*$", "$1");
        browser.open("/reviewer/credit-records.xhtml");
        assertTrue(browser.pageSource().contains(award.name()), "the bureau's list shows the organisation");
        browser.assertAccessible();
        browser.signOut();

        // the organisation's next application is refused at its gate, saying which record, until when and why
        browser.signIn(award.username(), "Kaifeng#XR2026", "/applicant/home.xhtml"); // as Applicants registers it
        browser.open("/applicant/application.xhtml?id=" + award.applicationId());
        assertTrue(browser.pageSource().contains("70,000.00"), "the applicant sees the order on its case");
        browser.assertAccessible();
        browser.open("/applicant/programs.xhtml");
        browser.clickCss("[id$=':apply'][aria-describedby='program-KF-XD-CREDIT']");
        browser.waitForText("messages", "失信记录（第 " + record + " 号，" + today);
        assertTrue(browser.text("messages").contains("经书面催告仍未缴纳"), "the reason is given");
        assertEquals("/applicant/programs.xhtml", browser.currentPath(), "nothing was started");
        browser.assertAccessible();
        browser.picture("gate-refuses-credit-record");
    }
}
