package cn.kaifeng.tfs.it.browser;

import java.math.BigDecimal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The ranked list of a program's round ({@code /reviewer/ranking.xhtml}): the budget facts, the rows in rank order
 * and the cut line between them.
 */
final class RankingPage {

    static final String PATH = "/reviewer/ranking.xhtml";

    private final Browser browser;

    private RankingPage(Browser browser) {
        this.browser = browser;
    }

    /** Goes to the list by the navigation and chooses the program, year and round in its form. */
    static RankingPage choose(Browser browser, String programLabel, int year, int round) {
        browser.click("nav-ranking");
        browser.waitForPath(PATH);
        browser.selectOne("choose:program", programLabel);
        number(browser, "choose:year", String.valueOf(year));
        number(browser, "choose:round", String.valueOf(round));
        browser.click("choose:show");
        // the list shown before the choice has a heading too: wait for the chosen program's
        browser.waitForText("list-heading", programLabel.substring(0, programLabel.indexOf(" (")));
        return new RankingPage(browser);
    }

    /**
     * Sets a number field as a user does: left alone when it already says the number (the year and round come
     * prefilled), otherwise selected whole and typed over (a number field's formatting ignores a plain clear).
     */
    static void number(Browser browser, String id, String value) {
        WebElement field = browser.find(id + "_input");
        if (field.getAttribute("value").replace(",", "").equals(value)) {
            return;
        }
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value);
    }

    String budget() {
        return browser.text("budget");
    }

    String left() {
        return browser.text("left");
    }

    /** The row of an application, as the reviewer reads it. */
    String row(String number) {
        return rowElement(number).getText();
    }

    /** The sum so far at an application's row (the seventh column). */
    BigDecimal cumulative(String number) {
        String text = rowElement(number).findElements(By.tagName("td")).get(6).getText();
        return new BigDecimal(text.replaceAll("[^\\d.]", ""));
    }

    boolean below(String number) {
        return rowElement(number).getAttribute("class").contains("tfs-below");
    }

    /** Whether the cut line's row comes after one application's row and before another's. */
    boolean lineBetween(String above, String below) {
        String source = browser.pageSource();
        int line = source.indexOf("id=\"cut-line\"");
        return line > source.indexOf(above) && line < source.indexOf(below);
    }

    String cutLine() {
        return browser.text("cut-line");
    }

    private WebElement rowElement(String number) {
        return browser.driver()
                .findElement(By.xpath("//table[@id='ranking']//tr[.//a[normalize-space()='" + number + "']]"));
    }
}
