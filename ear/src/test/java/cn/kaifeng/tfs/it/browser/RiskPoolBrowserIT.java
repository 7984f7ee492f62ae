package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.PoolLoans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * In a real browser, the risk-compensation pool's pages (issue 29): the bank officer finds a covered loan on the
 * bank's loan page, uploads a CSV file of its events with two bad lines (nothing stored, each problem named by its
 * line, in Chinese and then in English), then the corrected file (stored, counted); at phone width nothing scrolls
 * sideways (checked last); the reviewer and the administrator open the bureau's watch on the pool. Every page passes axe-core. The
 * loan itself is made over HTTP (PoolLoans).
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class RiskPoolBrowserIT {

    @Deployment(name = "notice-probe", testable = false)
    static WebArchive probe() {
        return PoolLoans.probe();
    }

    @Test
    void aBankUploadsLoanEventsAndTheBureauWatchesThePool(Browser browser, @TempDir Path dir) throws Exception {
        PoolLoans.Covered loan = PoolLoans.coveredAndDrawn("300000");
        long id = loan.loanId();
        String header = "loanId,kind,on,principal,interest,daysPastDue,plan\n";
        Path bad = Files.writeString(
                dir.resolve("bad.csv"),
                header + id + ",REPAYMENT," + loan.on() + ",100000,2000,,\n"
                        + id + ",REPAYMENT," + loan.on() + ",900000,,,\n"
                        + id + ",PARTY," + loan.on() + ",,,,\n",
                StandardCharsets.UTF_8);
        Path good = Files.writeString(
                dir.resolve("good.csv"),
                header + id + ",REPAYMENT," + loan.on() + ",100000,2000,,\n" + id + ",REPAYMENT," + loan.on()
                        + ",50000,,,\n",
                StandardCharsets.UTF_8);

        browser.signIn("demo.bank", "/bank/home.xhtml");
        browser.click("nav-bank-loans");
        browser.waitForPath("/bank/loans.xhtml");
        String row = browser.text("loan-" + id);
        assertTrue(row.contains("该笔贷款纳入风险补偿资金池"), row);
        assertTrue(row.contains("正常还款中"), row);
        assertTrue(row.contains("1 条事项"), row);
        browser.assertAccessible();

        choose(browser, bad);
        browser.click("upload:upload-button");
        browser.waitForText("upload-problems", "第 3 行");
        String problems = browser.text("upload-problems");
        assertTrue(problems.contains("超过未偿本金"), problems);
        assertTrue(problems.contains("第 4 行"), problems);
        assertFalse(problems.contains("第 2 行"), "a good line is not a problem: " + problems);
        assertTrue(browser.text("messages").contains("未保存任何内容"), browser.text("messages"));
        assertTrue(browser.text("loan-" + id).contains("1 条事项"), "nothing stored");
        browser.assertAccessible();
        browser.picture("pool-upload-refused");

        choose(browser, good);
        browser.click("upload:upload-button");
        browser.waitForText("messages", "已保存 2 条贷款事项");
        row = browser.text("loan-" + id);
        assertTrue(row.contains("3 条事项"), row);
        assertTrue(row.contains("150,000.00") || row.contains("150000.00"), "300 000 − 100 000 − 50 000: " + row);
        browser.assertAccessible();

        browser.click("shell:en");
        browser.waitForText("page-heading", "Loans and the risk-compensation pool");
        choose(browser, bad);
        browser.click("upload:upload-button");
        browser.waitForText("upload-problems", "Line 3");
        assertTrue(browser.text("upload-problems").contains("Line 4"), browser.text("upload-problems"));
        browser.assertAccessible();

        browser.signOut();

        for (String[] who :
                new String[][] {{"demo.reviewer", "/reviewer/home.xhtml"}, {"demo.admin", "/admin/home.xhtml"}}) {
            browser.signIn(who[0], who[1]);
            browser.click("nav-pool");
            browser.waitForPath("/bureau/pool.xhtml");
            String pool = browser.text("pool-RP-KF-CREDIT");
            assertTrue(pool.contains("RP-KF-CREDIT"), pool);
            assertTrue(pool.contains("示例银行开封分行（演示）"), pool);
            browser.assertAccessible();
            browser.signOut();
        }

        browser.signIn("demo.bank", "/bank/home.xhtml");
        browser.phone(360);
        browser.open("/bank/loans.xhtml");
        browser.waitForPath("/bank/loans.xhtml");
        assertEquals(0, browser.overflowX(), "nothing scrolls sideways at 360 px");
        browser.assertAccessible();
        browser.picture("pool-bank-phone");
    }

    /** Chooses the file in the upload's file input (PrimeFaces' simple skin hides it behind its button). */
    private static void choose(Browser browser, Path file) {
        browser.waitForAjax();
        browser.driver()
                .findElement(By.cssSelector("#upload input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }
}
