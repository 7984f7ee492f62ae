package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A return-for-revision round in a real browser: a reviewer takes a submitted application into formal review and
 * returns it with a reason on one material; the applicant is notified, reads the reason, replaces the file and
 * resubmits; the reviewer sees the kept earlier version and passes formal review. Every page is checked for
 * accessibility.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class ReviewBrowserIT {

    @Test
    void aReviewerReturnsAnApplicationAndTheApplicantCorrectsAndResubmitsIt(Browser browser) throws IOException {
        String number = Applicants.submitted(Applicants.as("demo.applicant"), "KF-RC-TALENT");

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        browser.click("nav-review");
        browser.waitForPath(ReviewPage.QUEUE);
        browser.assertAccessible();
        ReviewPage review = ReviewPage.openListed(browser, number);
        review.waitForStatus("已提交，待受理");
        browser.assertAccessible();
        review.startReview();
        review.waitForStatus("形式审查中");
        review.reason(0, "计划书缺少签章页，请补充加盖公章的版本。");
        browser.assertAccessible();
        review.returnForRevision();
        review.waitForStatus("退回补正");
        assertTrue(review.timeline().contains("创业项目计划书：计划书缺少签章页"));
        browser.signOut();

        browser.signIn("demo.applicant", "/applicant/home.xhtml");
        assertTrue(browser.text("nav-notifications").contains("未读"), browser.text("nav-notifications"));
        browser.click("nav-notifications");
        browser.waitForPath("/applicant/notifications.xhtml");
        browser.assertAccessible();
        browser.clickCss("#notifications a");
        browser.waitForPath(ApplicationPage.PATH);
        ApplicationPage form = new ApplicationPage(browser);
        browser.waitForText("return-reasons", "计划书缺少签章页");
        browser.assertAccessible();
        form.removeFile(0, 0);
        browser.waitForText("messages", "附件已删除");
        Path dir = Files.createTempDirectory("uploads");
        form.upload(0, Files.write(dir.resolve("计划书（盖章版）.pdf"), SampleFiles.plainPdf()));
        form.waitForAttachment("计划书（盖章版）.pdf");
        assertTrue(form.submitLabel().contains("重新提交"));
        form.submit();
        browser.waitForPath("/applicant/applications.xhtml");
        assertTrue(browser.text("messages").contains(number), browser.text("messages"));
        browser.signOut();

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        review = ReviewPage.open(browser, reviewPathOf(browser, number));
        review.waitForStatus("已提交，待受理");
        assertTrue(browser.text("revisions").contains("第 1 版"));
        assertTrue(browser.text("checklist").contains("计划书（盖章版）.pdf"));
        review.startReview();
        review.waitForStatus("形式审查中");
        review.pass();
        review.waitForStatus("专家评审中");
        assertTrue(review.timeline().contains("补正后重新提交"));
        browser.assertAccessible();
    }

    /** The reviewer's page of an application, found through the reviewers' list. */
    private static String reviewPathOf(Browser browser, String number) {
        browser.open(ReviewPage.QUEUE);
        String source = browser.pageSource();
        int at = source.indexOf(">" + number + "<");
        int href = source.lastIndexOf("href=\"", at);
        return source.substring(href + 6, source.indexOf('"', href + 6)).replace("&amp;", "&");
    }

    /**
     * A claim to a credit code in a real browser: the claimant uploads its two documents and submits them, the
     * reviewer opens the claim from the queue, rejects it with a reason, and the claimant reads the reason.
     */
    @Test
    void aClaimantSubmitsItsDocumentsAndTheReviewerRejectsThemWithAReason(Browser browser) throws IOException {
        String code = TestData.creditCode();
        String username = TestData.username("claim");
        String name = "浏览器认证测试有限公司（" + code.substring(12) + "）";
        Applicants.newClaimant(username, name, code);

        browser.signIn(username, "Kaifeng#XR2026", "/applicant/home.xhtml");
        browser.waitForText("verify-first", "尚未通过认证");
        browser.click("verify-link");
        browser.waitForPath("/applicant/organisation.xhtml");
        browser.assertAccessible();
        Path dir = Files.createTempDirectory("claim");
        browser.upload("documents:slot:0:upload_input", Files.write(dir.resolve("营业执照.pdf"), SampleFiles.plainPdf()));
        browser.waitForText("documents:slots", "营业执照.pdf");
        browser.upload("documents:slot:1:upload_input", Files.write(dir.resolve("授权委托书.png"), SampleFiles.png()));
        browser.waitForText("documents:slots", "授权委托书.png");
        browser.click("send:submit");
        browser.waitForText("claim-status", "已提交，等待财政局核验");
        browser.assertAccessible();
        browser.signOut();

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        browser.click("nav-verifications");
        browser.waitForPath("/reviewer/verifications.xhtml");
        browser.assertAccessible();
        browser.driver().findElement(org.openqa.selenium.By.linkText(name)).click();
        browser.waitForText("claim-code", code);
        browser.assertAccessible();
        browser.type("decide:reason", "授权委托书缺少法定代表人签字。");
        browser.click("decide:reject");
        browser.waitForText("messages", "已驳回");
        browser.signOut();

        browser.signIn(username, "Kaifeng#XR2026", "/applicant/home.xhtml");
        browser.click("nav-organisation");
        browser.waitForText("rejection-reason", "授权委托书缺少法定代表人签字");
        browser.assertAccessible();
    }
}
