package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.fail;

import cn.kaifeng.tfs.it.Deployments;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system's packages, driven by Selenium, plus the accessibility check every
 * browser test runs on every page it visits (axe-core; serious and critical violations fail the test).
 *
 * <p>A test gets one from {@link BrowserExtension}. Without Chromium the browser tests are skipped on a developer
 * machine but fail when {@code CI=true}: CI must never pass by not testing. The pages the tests drive again and again
 * have page objects that know their ids ({@link LoginPage}, {@link ApplicationPage}, {@link ReviewPage}).
 */
public final class Browser implements AutoCloseable {

    /** WCAG 2.1 A and AA, the level public-sector sites are held to. */
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final WebDriverWait wait;
    /** The server the browser visits: the suite's, unless a test with a server of its own says otherwise. */
    private String base = Deployments.baseUrl();

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Started by {@link BrowserExtension} for each test that declares it needs a browser. */
    static Browser start() {
        File chromium = new File(System.getProperty("tfs.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("tfs.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            String missing = "Chromium or chromedriver is not installed (" + chromium + ", " + chromedriver
                    + "); install the Debian packages chromium and chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /**
     * Makes the browser a phone: a viewport {@code width} CSS pixels wide (and 780 high) at twice the pixel density,
     * with the mobile flag that makes Chromium honour the pages' viewport meta tag, as a phone's browser does.
     * Emulated through the DevTools protocol: a headless window cannot always be made that narrow.
     */
    public Browser phone(int width) {
        ((org.openqa.selenium.chromium.HasCdp) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", width, "height", 780, "deviceScaleFactor", 2, "mobile", true));
        return this;
    }

    /** How much wider than the viewport the page is (0 when nothing scrolls sideways). */
    public long overflowX() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
                .longValue();
    }

    /** Visits another server than the suite's from now on (a test's own server, as the demo tour's). */
    public Browser on(String baseUrl) {
        this.base = baseUrl;
        return this;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its visible label, as a user does: open the list, click the
     * option. The list is opened only once no Ajax update is pending (a widget just re-rendered may not be bound
     * yet), and the option is clicked only once the list has finished its opening animation (a click during it can
     * land beside the option). A try that did not take closes the list and is repeated, as a user would.
     */
    public void selectOne(String id, String label) {
        By option = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        String panelSettled = "var p = document.getElementById(arguments[0] + '_panel');"
                + " return !!p && p.offsetParent !== null && (!window.jQuery || !jQuery(p).is(':animated'));";
        for (int attempt = 1; attempt <= 4; attempt++) {
            try {
                waitForAjax();
                click(id);
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(d -> Boolean.TRUE.equals(js.executeScript(panelSettled, id)));
                wait.until(ExpectedConditions.elementToBeClickable(option)).click();
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
                return;
            } catch (TimeoutException
                    | org.openqa.selenium.ElementNotInteractableException
                    | org.openqa.selenium.StaleElementReferenceException e) {
                // the list was still opening or the form was being re-rendered: close whatever is open, try again
                try {
                    new org.openqa.selenium.interactions.Actions(driver)
                            .sendKeys(org.openqa.selenium.Keys.ESCAPE)
                            .perform();
                } catch (org.openqa.selenium.WebDriverException nothingToClose) {
                    // no list open, or the page is being replaced: the next try starts afresh
                }
            }
        }
        fail(screenshot("select-" + id) + " choosing \"" + label + "\" in " + id + " did not take; it shows \""
                + driver.findElements(By.id(id + "_label")).stream()
                        .map(WebElement::getText)
                        .findFirst()
                        .orElse("(no such menu)")
                + "\"; the page says: "
                + driver.findElements(By.cssSelector(".tfs-messages, .ui-message")).stream()
                        .map(WebElement::getText)
                        .collect(Collectors.joining(" | ")));
    }

    /** Clicks the element a CSS selector finds (for elements whose ids are generated). */
    public void clickCss(String selector) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)))
                .click();
    }

    /** The value of a form input, as the browser would send it. */
    public String value(String id) {
        return find(id).getAttribute("value");
    }

    /** Ticks a PrimeFaces checkbox (selectBooleanCheckbox) if it is not ticked yet. */
    public void tick(String id) {
        WebElement box = find(id).findElement(By.cssSelector(".ui-chkbox-box"));
        if (!box.getAttribute("class").contains("ui-state-active")) {
            box.click();
        }
    }

    /** Clears a PrimeFaces checkbox if it is ticked. */
    public void untick(String id) {
        WebElement box = find(id).findElement(By.cssSelector(".ui-chkbox-box"));
        if (box.getAttribute("class").contains("ui-state-active")) {
            box.click();
        }
    }

    /** Whether a PrimeFaces checkbox is ticked. */
    public boolean ticked(String id) {
        return find(id).findElement(By.cssSelector(".ui-chkbox-box"))
                .getAttribute("class")
                .contains("ui-state-active");
    }

    /** Types into a PrimeFaces inputNumber (its visible input carries the suffix _input). */
    public void typeNumber(String id, String number) {
        type(id + "_input", number);
    }

    /**
     * Chooses a local file in a file input. Waits first until no Ajax request is in flight: a file input just
     * re-rendered by one has no upload handler until PrimeFaces has finished that response, and a file chosen
     * before would be ignored.
     */
    public void upload(String id, java.nio.file.Path file) {
        waitForAjax();
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until no PrimeFaces Ajax request is queued or in flight and its response has been applied. */
    public void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (!window.jQuery || jQuery.active === 0));")));
    }

    /** Signs in through the login page and waits for the role's home page. */
    public void signIn(String username, String home) {
        signIn(username, cn.kaifeng.tfs.it.Deployments.DEMO_PASSWORD, home);
    }

    public void signIn(String username, String password, String home) {
        LoginPage.open(this).signIn(username, password, home);
    }

    public void signOut() {
        click("shell:logout");
        waitForPath(LoginPage.PATH);
    }

    /** Waits until an element's text contains the expected text (after an Ajax update). */
    public void waitForText(String id, String expected) {
        try {
            wait.until(d -> {
                try {
                    return d.findElements(By.id(id)).stream()
                            .anyMatch(e -> e.getText().contains(expected));
                } catch (org.openqa.selenium.WebDriverException replacedWhileReading) {
                    return false; // the page was being replaced (navigation or Ajax update): look again
                }
            });
        } catch (TimeoutException e) {
            fail("expected \"" + expected + "\" in #" + id + " but it shows: "
                    + driver.findElements(By.id(id)).stream()
                            .map(WebElement::getText)
                            .findFirst()
                            .orElse("(no such element)")
                    + "; page messages: "
                    + driver.findElements(By.id("messages")).stream()
                            .map(WebElement::getText)
                            .findFirst()
                            .orElse("(none)")
                    + " " + screenshot("wait-" + id));
        }
    }

    /** Waits until the browser shows the given path (after a redirect or navigation). */
    public void waitForPath(String path) {
        try {
            wait.until(d -> {
                String url = d.getCurrentUrl();
                return url != null
                        && url.startsWith(base)
                        && url.substring(base.length()).startsWith(path);
            });
        } catch (TimeoutException e) {
            String source = driver.getPageSource();
            fail("expected to reach " + path + " but the browser is at " + driver.getCurrentUrl() + ", showing:\n"
                    + source.substring(0, Math.min(source.length(), 4000)));
        }
    }

    public String text(String id) {
        return find(id).getText();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebDriver driver() {
        return driver;
    }

    /** Fails with a readable list if the page has serious or critical WCAG 2.1 AA violations. */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
        List<Rule> severe = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        if (!severe.isEmpty()) {
            fail("Accessibility violations on " + currentPath() + ":\n"
                    + severe.stream()
                            .map(v -> "- [" + v.getImpact() + "] " + v.getId() + ": " + v.getHelp() + " -> "
                                    + v.getNodes().stream()
                                            .map(n -> n.getTarget() + " " + n.getHtml())
                                            .collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("\n")));
        }
    }

    /** Saves what the browser shows to target/screenshots, for the failure message; returns where. */
    public String screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            java.nio.file.Files.write(
                    file,
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            return "[screenshot " + file + "]";
        } catch (java.io.IOException | RuntimeException e) {
            return "[no screenshot: " + e.getMessage() + "]";
        }
    }

    /**
     * A picture of the whole page for the product tour (docs/features.md), saved to target/pictures: the window is
     * made as tall as the page for the shot and set back after. Copy the pictures to docs/images when the pages
     * change (docs/features.md says how).
     */
    public void picture(String name) {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        try {
            Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight");
            driver.manage()
                    .window()
                    .setSize(new org.openqa.selenium.Dimension(
                            before.getWidth(), Math.min(4000, Math.max(before.getHeight(), height.intValue()))));
            java.nio.file.Path dir = java.nio.file.Path.of("target", "pictures");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(
                    dir.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
