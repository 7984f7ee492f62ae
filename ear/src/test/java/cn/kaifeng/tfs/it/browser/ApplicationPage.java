package cn.kaifeng.tfs.it.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The applicant's application page ({@code /applicant/application.xhtml}, form {@code app}): the fields generated
 * from the program's definition, by their position in it; the materials' uploaders, by slot; and the buttons.
 */
final class ApplicationPage {

    static final String PATH = "/applicant/application.xhtml";
    private static final String ATTACHMENTS = "app:attachments";

    private final Browser browser;

    /** The application page the browser shows. */
    ApplicationPage(Browser browser) {
        this.browser = browser;
    }

    /** On the programs page: presses "apply" for a program and waits for its new draft. */
    static ApplicationPage start(Browser browser, String programCode) {
        browser.clickCss("button[aria-describedby='program-" + programCode + "']");
        browser.waitForPath(PATH);
        return new ApplicationPage(browser);
    }

    void choose(int field, String label) {
        browser.selectOne(field(field) + ":choice", label);
    }

    /** The label of the option a choice field shows. */
    String chosen(int field) {
        return browser.text(field(field) + ":choice_label");
    }

    void tick(int field) {
        browser.tick(field(field) + ":bool");
    }

    void untick(int field) {
        browser.untick(field(field) + ":bool");
    }

    boolean ticked(int field) {
        return browser.ticked(field(field) + ":bool");
    }

    void number(int field, String number) {
        browser.typeNumber(field(field) + ":number", number);
    }

    /** A number field's value as the page formats it. */
    String numberShown(int field) {
        return browser.value(field(field) + ":number_input");
    }

    /** Adds a row to a repeated group. */
    void addRow(int field) {
        browser.click(field(field) + ":add-row");
    }

    /** Types into a text field of a repeated group's row, the field by its position in the group. */
    void typeInRow(int field, int row, int subfield, String text) {
        browser.type(rowField(field, row, subfield) + ":text", text);
    }

    String textInRow(int field, int row, int subfield) {
        return browser.value(rowField(field, row, subfield) + ":text");
    }

    void tickInRow(int field, int row, int subfield) {
        browser.tick(rowField(field, row, subfield) + ":bool");
    }

    /** Chooses a file for a material's uploader, which sends it at once. */
    void upload(int slot, Path file) {
        browser.upload("app:slots:" + slot + ":upload_input", file);
    }

    void waitForAttachment(String fileName) {
        browser.waitForText(ATTACHMENTS, fileName);
    }

    /** The list of attached files, as the page shows it. */
    String attachments() {
        return browser.text(ATTACHMENTS);
    }

    void scrollToAttachments() {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('" + ATTACHMENTS + "').scrollIntoView()");
    }

    void removeFile(int slot, int file) {
        browser.click("app:slots:" + slot + ":files:" + file + ":remove");
    }

    void save() {
        browser.click("app:save");
    }

    /** The pre-check: its outcome appears on the page. */
    void check() {
        browser.click("app:check");
    }

    /** The submit button's label, which says whether this is a resubmission. */
    String submitLabel() {
        return browser.text("app:submit");
    }

    /** Presses "submit" and confirms in the dialog. */
    void submit() {
        browser.click("app:submit");
        browser.click("app:confirm-yes");
    }

    /** As a user would: a row in each repeated group first, then every input of the form. */
    void fillEveryField() {
        int groups = browser.driver()
                .findElements(By.cssSelector("button[id$=':add-row']"))
                .size();
        for (int i = 0; i < groups; i++) {
            browser.waitForAjax();
            browser.driver()
                    .findElements(By.cssSelector("button[id$=':add-row']"))
                    .get(i)
                    .click();
        }
        browser.waitForAjax();
        for (String id : ids("input[id^='app:fields:'][id$=':number_input']")) {
            browser.type(id, "1");
        }
        for (String id : ids("input[id^='app:fields:'][id$=':text']")) {
            browser.type(id, "示例");
        }
        for (String id : ids("div.ui-selectonemenu[id^='app:fields:'][id$=':choice']")) {
            // the hidden select behind the menu: its first option is "please choose", the second the first answer
            String first = browser.driver()
                    .findElements(By.cssSelector("[id='" + id + "_input'] option"))
                    .get(1)
                    .getAttribute("textContent")
                    .strip();
            browser.selectOne(id, first);
        }
        for (String id : ids("div[id^='app:fields:'][id$=':bool']")) {
            browser.tick(id);
        }
        for (String id : ids("[id^='app:fields:'][id$=':choices']")) {
            browser.find(id).findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
    }

    /** The same file for every material that still takes one, each upload waited for. */
    void attachToEveryMaterial(Path file) {
        String name = file.getFileName().toString();
        int slots = browser.driver()
                .findElements(By.cssSelector("h3.tfs-slot-heading"))
                .size();
        for (int i = 0; i < slots; i++) {
            String input = "app:slots:" + i + ":upload_input";
            if (!browser.driver().findElements(By.id(input)).isEmpty()) {
                int before = count(name);
                browser.upload(input, file);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> count(name) > before);
            }
        }
    }

    /** How often the attachment list names a file; -1 while the list is being replaced. */
    private int count(String fileName) {
        try {
            return attachments().split(Pattern.quote(fileName), -1).length - 1;
        } catch (WebDriverException replacedWhileReading) {
            return -1;
        }
    }

    private List<String> ids(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute("id"))
                .toList();
    }

    private static String field(int field) {
        return "app:fields:" + field;
    }

    private static String rowField(int field, int row, int subfield) {
        return field(field) + ":rows:" + row + ":sub:" + subfield;
    }
}
