package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.TestData;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The applicant's journey on a phone 360 CSS pixels wide, where many applicants first open the platform: the public
 * pages, registering and signing in, the home page, the menu folded behind its button and opened and closed by
 * keyboard, starting an application and saving its draft. On every page nothing is wider than the screen, what a
 * finger presses is at least 44 pixels high, and axe-core finds no serious violation.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserExtension.class)
class PhoneJourneyBrowserIT {

    private static final int PHONE = 360;
    private static final int TOUCH = 44;

    /** Nothing scrolls sideways, every visible button and menu entry is large enough to press, and axe passes. */
    private static void fitsThePhone(Browser browser) {
        assertEquals(
                0,
                browser.overflowX(),
                () -> browser.currentPath() + " is wider than the phone " + browser.screenshot("wide"));
        List<WebElement> targets = browser.driver()
                .findElements(
                        By.cssSelector(
                                "main .ui-button, main input[type=text], main input[type=password], .tfs-nav a, .tfs-nav-toggle"));
        for (WebElement target : targets) {
            if (target.isDisplayed()) {
                assertTrue(
                        target.getRect().getHeight() >= TOUCH,
                        browser.currentPath() + ": " + target.getAttribute("id") + " is "
                                + target.getRect().getHeight() + " px high");
            }
        }
        browser.assertAccessible();
    }

    @Test
    void anApplicantRegistersSignsInUsesTheFoldedMenuAndSavesADraftOnAPhone(Browser browser) {
        browser.phone(PHONE);
        for (String page : List.of("/public/calculator.xhtml", "/public/notice.xhtml", "/public/verify.xhtml")) {
            browser.open(page);
            browser.find("page-heading");
            fitsThePhone(browser);
        }

        LoginPage.open(browser);
        fitsThePhone(browser);
        browser.click("register-link");
        browser.waitForPath("/register.xhtml");
        fitsThePhone(browser);
        ApplicationBrowserIT.registerAndSignIn(browser, 1, "开封示例移动端人才团队", "赵示例", TestData.username("phone"), "注册成功");

        // home: the menu is folded behind its button
        browser.open("/applicant/home.xhtml");
        assertEquals("申请人工作台", browser.text("page-heading"));
        WebElement toggle = browser.find("nav-toggle");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertFalse(browser.driver().findElement(By.id("nav-apply")).isDisplayed(), "the menu starts folded");
        fitsThePhone(browser);

        // by keyboard: Enter opens it, Escape closes it and gives the focus back to the button, Space opens it again
        toggle.sendKeys(Keys.ENTER);
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        WebElement apply = browser.find("nav-apply");
        fitsThePhone(browser);
        apply.sendKeys(Keys.ESCAPE);
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertFalse(apply.isDisplayed());
        assertEquals(toggle, browser.driver().switchTo().activeElement(), "the focus is back on the menu button");
        toggle.sendKeys(Keys.SPACE);
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        browser.find("nav-apply").sendKeys(Keys.ENTER);

        browser.waitForPath("/applicant/programs.xhtml");
        assertEquals("申请扶持", browser.text("page-heading"));
        fitsThePhone(browser);

        ApplicationPage form = ApplicationPage.start(browser, "KF-RC-TEAM");
        assertEquals("元宇宙人才团队成果转化扶持", browser.text("page-heading"));
        fitsThePhone(browser);
        form.choose(0, "数字孪生");
        form.choose(1, "国际领先");
        form.tick(2);
        form.number(3, "5");
        form.save();
        browser.waitForText("messages", "草稿已保存");
        fitsThePhone(browser);

        // the saved draft is in the list, which on a phone is a list of labelled cells rather than a wide table
        browser.find("nav-toggle").click();
        browser.click("nav-my-applications");
        browser.waitForPath("/applicant/applications.xhtml");
        assertTrue(browser.text("applications").contains("元宇宙人才团队成果转化扶持"));
        fitsThePhone(browser);
        browser.open(browser.driver()
                .findElement(By.cssSelector("#applications tbody th a"))
                .getAttribute("href")
                .substring(cn.kaifeng.tfs.it.Deployments.baseUrl().length()));
        assertEquals("国际领先", form.chosen(1));
        assertEquals("5", form.numberShown(3));
    }
}
