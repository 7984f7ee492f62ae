package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.Experts;
import cn.kaifeng.tfs.it.persistence.NoticeClock;
import cn.kaifeng.tfs.testkit.WebClient;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A full round in a real browser: formal review, the reviewer setting up a panel of five experts, an expert
 * declaring and scoring in the browser (the other four score over HTTP, the same requests their browsers would
 * send), the panel concluded, approval proposed, the public notice page (no login), the notice ending by the
 * schedule, the approval with a second reviewer (the amount is above the four-eyes limit), the history showing
 * every step, and the decision letter: issued, downloaded by the applicant, its QR code read from a picture of the
 * page and opened in the browser, where the public verification page says it is genuine (in Chinese and English).
 * Every page is checked for accessibility.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class FullRoundBrowserIT {

    @Deployment(name = "notice-probe", testable = false)
    static WebArchive noticeClock() {
        return org.jboss.shrinkwrap.api.ShrinkWrap.create(WebArchive.class, "notice-probe.war")
                .addClasses(cn.kaifeng.tfs.it.persistence.Probe.class, NoticeClock.class, Deployments.class)
                .addAsResource(
                        new java.io.File("target/test-classes/persistence-probe/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(org.jboss.shrinkwrap.api.asset.EmptyAsset.INSTANCE, "beans.xml");
    }

    @Test
    void fromFormalReviewThroughThePanelAndPublicNoticeToApproval(Browser browser) throws InterruptedException {
        String number = Applicants.submitted(Applicants.as("demo.applicant"), "KF-RC-TALENT", Experts.strongTalent());

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        ReviewPage review = ReviewPage.openFromQueue(browser, number);
        String path = review.path();
        review.startReview();
        review.waitForStatus("形式审查中");
        review.pass();
        review.waitForStatus("专家评审中");
        browser.assertAccessible();
        for (String name : List.of("钱示例", "孙二示例", "周三示例", "吴四示例", "郑五示例")) {
            review.pickExpert(name);
        }
        assertTrue(browser.text("candidates").contains("工作单位即申请单位"), "demo.expert6 is flagged");
        review.assignPanel("钱示例（评审专家）");
        browser.waitForText("messages", "专家组已组建");
        browser.assertAccessible();
        browser.picture("reviewer-panel");
        browser.signOut();

        browser.signIn("demo.expert", "/expert/home.xhtml");
        browser.driver().findElement(By.linkText(number)).click();
        browser.waitForPath("/expert/assignment.xhtml");
        browser.assertAccessible();
        browser.clickCss("label[for='declare:conflict:0']");
        browser.click("declare:submit");
        browser.waitForText("messages", "利益冲突声明");
        browser.typeNumber("score:criteria:0:points", "25");
        browser.type("score:comment", "转化路径清晰，团队实力强。");
        browser.assertAccessible();
        browser.picture("expert-scoring");
        browser.click("score:submit");
        browser.click("score:confirm-yes");
        browser.waitForText("messages", "的评分");
        browser.signOut();

        String[][] others = {
            {"demo.expert2", "26"}, {"demo.expert3", "24"}, {"demo.expert4", "25"}, {"demo.expert5", "27"}
        };
        for (String[] other : others) {
            WebClient expert = Applicants.as(other[0]);
            String assignment = Experts.assignmentPath(expert, number);
            Experts.declareNoConflict(expert, assignment);
            Experts.score(expert, assignment, other[1], "同意。");
        }

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        review = ReviewPage.open(browser, path);
        assertTrue(browser.text("panel-outcome").contains("25"), browser.text("panel-outcome"));
        review.conclude();
        review.waitForStatus("评审完成");
        String result = browser.driver()
                .findElement(By.xpath("//section[h2[@id='result-heading']]"))
                .getText();
        assertTrue(result.contains("符合扶持条件"), result);
        review.propose();
        review.waitForStatus("公示中");
        browser.assertAccessible();
        browser.picture("reviewer-decision");
        browser.signOut();

        browser.open("/public/notice.xhtml");
        browser.waitForText("notices", number);
        assertTrue(browser.text("notices").contains("2,000,000.00"), "the proposed amount, by the award rule");
        browser.assertAccessible();
        browser.picture("public-notice");

        NoticeClock.endNotice(number);
        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        review = ReviewPage.open(browser, path);
        for (int i = 0; i < 30 && !review.status().contains("待决定"); i++) {
            Thread.sleep(1000);
            review = ReviewPage.open(browser, path);
        }
        review.waitForStatus("待决定");
        review.approve();
        review.waitForStatus("待复核");
        browser.signOut();

        browser.signIn("demo.reviewer2", "/reviewer/home.xhtml");
        review = ReviewPage.open(browser, path);
        review.confirmApproval();
        review.waitForStatus("已批准");
        String timeline = review.timeline();
        for (String step :
                List.of("提交申请", "受理，开始审查", "通过形式审查", "专家评审结束", "拟批准，进入公示", "公示期满无异议", "提交第二审核人复核", "复核同意，批准")) {
            assertTrue(timeline.contains(step), step + " in " + timeline);
        }
        // the application's audit records show every step, and the chain they are part of verifies
        String audit = browser.text("audit-records");
        for (String action : List.of(
                "APPLICATION_SUBMIT",
                "APPLICATION_START_REVIEW",
                "PANEL_ASSIGNED",
                "PANEL_SCORED",
                "PANEL_RESULT",
                "APPLICATION_PROPOSE_APPROVAL",
                "APPLICATION_END_NOTICE",
                "APPLICATION_CONFIRM_APPROVAL")) {
            assertTrue(audit.contains(action), action + " in " + audit);
        }
        browser.click("audit:verify");
        browser.waitForText("messages", "审计链完整");
        browser.assertAccessible();

        // the letter: issued by the reviewer, downloaded by the applicant from the application's page, PDF/A and
        // signed, looking like a letter, and its QR code opens the public verification page, which says genuine
        review.issueLetter();
        review.waitForStatus("已出具决定书");
        assertTrue(browser.text("letter-list").contains("汴财扶才〔"), browser.text("letter-list"));
        browser.assertAccessible();
        browser.signOut();

        browser.signIn("demo.applicant", "/applicant/home.xhtml");
        browser.open(Applicants.pathOf(Applicants.as("demo.applicant"), number));
        browser.waitForText("letters", "扶持决定书");
        browser.assertAccessible();
        browser.picture("applicant-letter");
        String href = browser.driver()
                .findElement(By.cssSelector("#letter-list a[id^='letter-download-']"))
                .getAttribute("href");
        byte[] pdf = downloadAsBrowser(browser, href);
        assertTrue(cn.kaifeng.tfs.letter.pdf.SignatureCheck.of(pdf).intact(), "signed over the whole file");
        String verifyUrl = qrOfFirstPage(pdf);
        assertTrue(verifyUrl.startsWith(Deployments.baseUrl() + "/public/verify.xhtml?code="), verifyUrl);
        browser.signOut();

        browser.open(verifyUrl.substring(Deployments.baseUrl().length()));
        browser.waitForText("verdict-heading", "真实有效");
        assertTrue(browser.text("verdict-facts").contains("开封示例元宇宙科技有限公司（演示）"), browser.text("verdict-facts"));
        browser.assertAccessible();
        browser.picture("letter-verified");
        // the file itself, uploaded on the same page
        java.nio.file.Path saved = java.nio.file.Path.of("target", "screenshots", "letter.pdf");
        try {
            java.nio.file.Files.write(saved, pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.upload("verify-file:file", saved);
        browser.click("verify-file:check-file");
        browser.waitForText("verdict-heading", "真实有效");
        // and in English
        browser.click("shell:en");
        browser.waitForText("page-heading", "Verify a decision letter");
        browser.assertAccessible();
        browser.click("shell:zh");
        browser.waitForText("page-heading", "决定书真伪核验");

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        browser.click("nav-letters");
        browser.waitForPath("/reviewer/letters.xhtml");
        browser.assertAccessible();

        // the dashboard counts it, decided and its letter issued
        browser.click("nav-dashboard");
        browser.waitForPath("/reviewer/dashboard.xhtml");
        assertTrue(browser.text("byProgram-table").contains("KF-RC-TALENT"), browser.text("byProgram-table"));
        assertTrue(browser.text("counts-table").contains("已出具决定书"), browser.text("counts-table"));
        browser.assertAccessible();
        browser.screenshot("dashboard");
    }

    /** The file behind a link, fetched with the browser's own session (a click would save it where we cannot look). */
    private static byte[] downloadAsBrowser(Browser browser, String href) {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                                    .header("Cookie", "JSESSIONID=" + session)
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(response.statusCode() == 200, "download: " + response.statusCode());
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Renders the letter's first page to PNG (kept with the screenshots) and reads its QR code as a phone would:
     * with both of ZXing's binarizers, and closer (at twice the resolution) if neither reads it. The verification
     * code is random, and about one code in several hundred defeats one reading of a 150 dpi picture though the
     * symbol is sound.
     */
    private static String qrOfFirstPage(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            com.google.zxing.ReaderException last = null;
            for (int dpi : new int[] {150, 300}) {
                java.awt.image.BufferedImage page =
                        new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, dpi);
                if (dpi == 150) {
                    java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
                    java.nio.file.Files.createDirectories(dir);
                    javax.imageio.ImageIO.write(
                            page, "png", dir.resolve("letter-page-1.png").toFile());
                }
                int size = page.getWidth() / 3;
                int[] pixels = page.getRGB(0, page.getHeight() - size, size, size, null, 0, size);
                com.google.zxing.LuminanceSource source = new com.google.zxing.RGBLuminanceSource(size, size, pixels);
                for (com.google.zxing.Binarizer binarizer : List.of(
                        new com.google.zxing.common.HybridBinarizer(source),
                        new com.google.zxing.common.GlobalHistogramBinarizer(source))) {
                    try {
                        return new com.google.zxing.qrcode.QRCodeReader()
                                .decode(
                                        new com.google.zxing.BinaryBitmap(binarizer),
                                        java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
                                .getText();
                    } catch (com.google.zxing.ReaderException e) {
                        last = e;
                    }
                }
            }
            throw new AssertionError("the letter's QR code cannot be read: " + last, last);
        } catch (java.io.IOException e) {
            throw new AssertionError("the letter could not be rendered: " + e, e);
        }
    }
}
