package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a real browser: the demo enterprise sees its authorisation of the demo bank; the bank officer checks the
 * enterprise by credit code (a malformed code is told what is wrong), verifies a letter code, and finds both
 * questions in the bank's history, in Chinese and in English; the administrator's credentials page and the
 * bureau's overview. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class BankBrowserIT {

    private static final String DEMO_ENTERPRISE = "91410200MA45DE001J";

    @Test
    void anOfficerChecksAnAuthorisingEnterpriseAndVerifiesALetter(Browser browser) {
        browser.signIn("demo.applicant", "/applicant/home.xhtml");
        browser.click("nav-consents");
        browser.waitForPath("/applicant/consents.xhtml");
        assertTrue(browser.text("consent-list").contains("示例银行开封分行（演示）"), browser.text("consent-list"));
        assertTrue(browser.text("consent-list").contains("有效"));
        browser.assertAccessible();
        browser.signOut();

        browser.signIn("demo.bank", "/bank/home.xhtml");
        browser.assertAccessible();
        browser.type("check:credit-code", "91410200MA45DE001X");
        browser.click("check:check-button");
        browser.waitForText("main", "校验位不正确");
        browser.assertAccessible();

        browser.type("check:credit-code", DEMO_ENTERPRISE.toLowerCase());
        browser.click("check:check-button");
        browser.waitForText("answer", "开封示例元宇宙科技有限公司（演示）");
        String answer = browser.text("answer-programs");
        assertTrue(answer.contains("元宇宙项目“信易贷”信贷支持"), answer);
        assertFalse(browser.text("answer").contains("王示例"), "no people");
        browser.assertAccessible();
        browser.picture("bank-check");

        browser.type("verify:code", "2222-3333-4444");
        browser.click("verify:check-code");
        browser.waitForText("verdict", "未找到");
        browser.assertAccessible();

        String history = browser.text("history");
        assertTrue(history.contains(DEMO_ENTERPRISE), history);
        assertTrue(history.contains("2222-3333-4444"), history);
        assertTrue(history.contains("demo.bank"), history);
        assertTrue(history.contains("贷前调查"), history);

        browser.click("shell:en");
        browser.waitForText("page-heading", "Bank workspace");
        browser.type("check:credit-code", DEMO_ENTERPRISE);
        browser.click("check:check-button");
        browser.waitForText("answer", "Authorised until");
        assertTrue(browser.text("answer-programs").contains("Credit-based loans for metaverse projects"));
        browser.assertAccessible();
        browser.signOut();

        browser.signIn("demo.admin", "/admin/home.xhtml");
        browser.click("nav-bank-clients");
        browser.waitForPath("/admin/bank-clients.xhtml");
        assertTrue(browser.text("client-list").contains("BC-DEMODEMODEMO"));
        browser.assertAccessible();
        browser.signOut();

        browser.signIn("demo.reviewer", "/reviewer/home.xhtml");
        browser.click("nav-banks");
        browser.waitForPath("/reviewer/banks.xhtml");
        assertTrue(browser.text("bank-rows").contains("示例银行开封分行（演示）"), browser.text("bank-rows"));
        browser.assertAccessible();
    }
}
