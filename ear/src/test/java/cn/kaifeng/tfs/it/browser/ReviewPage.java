package cn.kaifeng.tfs.it.browser;

import org.openqa.selenium.By;

/**
 * The reviewer's page of one application ({@code /reviewer/application.xhtml}, form {@code review}): the buttons
 * that move the case, its status, and the panel set-up. A button only presses; the test waits for the status or
 * message it expects.
 */
final class ReviewPage {

    static final String PATH = "/reviewer/application.xhtml";
    static final String QUEUE = "/reviewer/applications.xhtml";

    private final Browser browser;

    private ReviewPage(Browser browser) {
        this.browser = browser;
    }

    /** On the reviewer's queue: opens the application with this number. */
    static ReviewPage openListed(Browser browser, String number) {
        browser.driver().findElement(By.linkText(number)).click();
        browser.waitForPath(PATH);
        return new ReviewPage(browser);
    }

    /** Goes to the queue by the navigation and opens the application with this number there. */
    static ReviewPage openFromQueue(Browser browser, String number) {
        browser.click("nav-review");
        browser.waitForPath(QUEUE);
        return openListed(browser, number);
    }

    /** Opens the page of an application at the path it had when it was first opened. */
    static ReviewPage open(Browser browser, String path) {
        browser.open(path);
        return new ReviewPage(browser);
    }

    /** Where this page is, to come back to it later. */
    String path() {
        return browser.currentPath();
    }

    String status() {
        return browser.text("review-status");
    }

    void waitForStatus(String status) {
        browser.waitForText("review-status", status);
    }

    /** "受理": takes a submitted application into formal review. */
    void startReview() {
        browser.click("review:start-review");
    }

    /** Passes formal review. */
    void pass() {
        browser.click("review:pass");
    }

    /** The reason for returning one material. */
    void reason(int item, String reason) {
        browser.type("review:items:" + item + ":reason", reason);
    }

    /** Returns the application to the applicant for revision, with the reasons typed. */
    void returnForRevision() {
        browser.click("review:return");
    }

    /** Ticks an expert for the panel, by the name in the candidates' row. */
    void pickExpert(String name) {
        String box = browser.driver()
                .findElement(
                        By.xpath("//tr[th[contains(normalize-space(), '" + name + "')]]//div[contains(@id, ':pick')]"))
                .getAttribute("id");
        browser.tick(box);
    }

    /** Chooses the panel's lead and sets the panel up. */
    void assignPanel(String lead) {
        browser.selectOne("review:lead", lead);
        browser.click("review:assign");
    }

    void conclude() {
        browser.click("review:conclude");
    }

    /** Proposes approval, which opens the public notice. */
    void propose() {
        browser.click("review:propose");
    }

    void approve() {
        browser.click("review:approve");
    }

    /** The second reviewer's confirmation of an approval above the four-eyes limit. */
    void confirmApproval() {
        browser.click("review:confirm-approval");
    }

    void issueLetter() {
        browser.click("review:issue-letter");
    }

    /** Re-scores the application with the program's published version, confirming in the dialog. */
    void rescore() {
        browser.click("review:rescore");
        browser.click("review:confirm-yes");
    }

    /** The application's facts (program and version, applicant...), as the page lists them. */
    String facts() {
        return browser.text("application-facts");
    }

    String timeline() {
        return browser.text("timeline");
    }
}
