package cn.kaifeng.tfs.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.kaifeng.tfs.it.SeparateServer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo's year, toured as a newcomer would: a server of its own with the year switched on ({@code TFS_DEMO=true},
 * {@code TFS_DEMO_YEAR=true}, a fresh database), then for each demo role every page of its menu and one detail page
 * from each list, each checked to show content: a heading, no empty table, none of the bundle's "nothing here" texts,
 * and on the dashboard figures that are not all zero; every page is checked with axe-core as in every browser test.
 *
 * <p>The server takes port offset {@code tfs.tour.port-offset} (600 unless told; the suite's server has 100, the crash
 * and demo-guard tests 300 and 400) so that two builds on one machine can move it apart. With {@code tfs.tour.url} set
 * the tour visits a demo already running there instead (a {@code ./run-demo.sh} with the year) and starts nothing.
 *
 * <p>It runs beside the rest of the suite ({@code CONCURRENT}; the others run one at a time): it shares nothing with
 * them but the machine, and its server's start and seeding would otherwise be minutes the suite waits. Its roles are
 * toured one after another ({@code SAME_THREAD}), one browser at a time.
 */
@ExtendWith(BrowserExtension.class)
@Execution(ExecutionMode.CONCURRENT)
class DemoTourBrowserIT {

    private static final SeparateServer SERVER = new SeparateServer(
            "demo-tour-server",
            Integer.getInteger("tfs.tour.port-offset", 600),
            System.getProperty("tfs.tour.multicast", "230.0.0.106"),
            "");

    /** A demo with the year already running, to tour instead of starting one. */
    private static final String RUNNING = System.getProperty("tfs.tour.url");

    /** What the pages say when a list has nothing to show (the bundle's empty states). */
    private static final List<String> EMPTY_TEXTS = new ArrayList<>();

    /** Keys of the Chinese bundle whose text a page shows instead of an empty list. */
    private static final Pattern EMPTY_KEY = Pattern.compile(
            ".*\\.(none|noAssignments|nothingDue|roundEmpty|noPrograms)|queue\\.empty|notification\\.none");

    /**
     * Texts that match but say no list is empty, each for a reason: no shipped program is 免申即享 (no-application),
     * so the reviewer's proposals page has no program to propose for; "（无）" is a table cell (an account without an
     * organisation); an optional file not uploaded says so beside its field; the award limits are refusals.
     */
    private static final Set<String> NOT_EMPTY_STATES =
            Set.of("proposals.noPrograms", "admin.accounts.none", "attachment.none");

    @BeforeAll
    static void startTheYear() throws Exception {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of("..", "web", "src", "main", "resources", "cn", "kaifeng", "tfs", "web", "messages.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        messages.stringPropertyNames().stream()
                .filter(k -> EMPTY_KEY.matcher(k).matches() && !NOT_EMPTY_STATES.contains(k) && !k.startsWith("award."))
                .map(messages::getProperty)
                .forEach(EMPTY_TEXTS::add);
        assertFalse(EMPTY_TEXTS.isEmpty(), "the bundle's empty-state texts are found");
        if (RUNNING != null) {
            return;
        }
        SERVER.prepare();
        SERVER.start(
                Map.of(
                        "TFS_DEMO", "true",
                        "TFS_DEMO_YEAR", "true",
                        "JAVA_OPTS", "-Xms512m -Xmx1g -Djava.net.preferIPv4Stack=true"),
                java.time.Duration.ofMinutes(6)); // a busy machine boots slowly

        assertTrue(SERVER.isAlive(), "the demo server runs; see " + SERVER.console());
        // the year is seeded after the deployment, on a timer: minutes on a busy machine
        java.time.Instant deadline = java.time.Instant.now().plus(java.time.Duration.ofMinutes(12));
        String log = "";
        while (!log.contains("Demo year: seeded") && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(2000);
            log = Files.readString(SERVER.console());
        }
        assertTrue(log.contains("Demo year: seeded in"), "the year was seeded; see " + SERVER.console());
    }

    @AfterAll
    static void stopTheYear() throws Exception {
        if (RUNNING == null) {
            SERVER.close();
        }
    }

    private static String url() {
        return RUNNING != null ? RUNNING : SERVER.url();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "demo.applicant, /applicant/home.xhtml",
        "demo.team, /applicant/home.xhtml",
        "demo.reviewer, /reviewer/home.xhtml",
        "demo.reviewer2, /reviewer/home.xhtml",
        "demo.finance, /reviewer/home.xhtml",
        "demo.expert, /expert/home.xhtml",
        "demo.bank, /bank/home.xhtml",
        "demo.admin, /admin/home.xhtml",
    })
    @Execution(ExecutionMode.SAME_THREAD)
    void everyPageOfTheRoleShowsTheYear(String username, String home, Browser browser) throws IOException {
        browser.on(url());
        browser.signIn(username, home);
        Set<String> menu = new LinkedHashSet<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("a[id^='nav-']"))) {
            menu.add(link.getAttribute("href"));
        }
        assertTrue(menu.size() >= 2, username + " has a menu: " + menu);
        Set<String> details = new LinkedHashSet<>();
        for (String page : menu) {
            visit(browser, username, page);
            detailOf(browser, menu).ifPresent(details::add);
        }
        for (String detail : details) {
            visit(browser, username, detail);
        }
    }

    private void visit(Browser browser, String username, String url) {
        browser.driver().get(url);
        browser.waitForAjax();
        String where = username + " on " + browser.currentPath();
        List<WebElement> heading = browser.driver().findElements(By.cssSelector("#main h1, main h1, h1"));
        assertFalse(heading.isEmpty(), () -> where + " shows a page with a heading " + shot(browser, where));
        String source = browser.pageSource();
        assertFalse(
                source.contains("ui-datatable-empty-message"),
                () -> where + " shows an empty table " + shot(browser, where));
        String text = browser.driver().findElement(By.tagName("body")).getText();
        // a talent team has no credit code, so no bank can check it: the consents page says so, its list stays empty
        boolean notForThisApplicant =
                !browser.driver().findElements(By.id("not-checkable")).isEmpty();
        for (String empty : notForThisApplicant ? List.<String>of() : EMPTY_TEXTS) {
            if (text.contains(empty)) {
                fail(where + " says \"" + empty + "\" " + shot(browser, where));
            }
        }
        for (WebElement table : browser.driver().findElements(By.cssSelector("table"))) {
            if (table.isDisplayed()
                    && table.findElements(By.cssSelector("tbody tr")).isEmpty()
                    && !table.findElements(By.cssSelector("tbody")).isEmpty()) {
                fail(where + " shows an empty table #" + table.getAttribute("id") + " " + shot(browser, where));
            }
        }
        if (browser.currentPath().startsWith("/reviewer/dashboard")) {
            for (String figure : List.of("counts", "byProgram", "byDistrict", "scores", "days")) {
                String figures = browser.text(figure + "-table");
                assertTrue(
                        Pattern.compile("[1-9]").matcher(figures).find(),
                        where + ": the chart " + figure + " has data: " + figures);
            }
        }
        browser.assertAccessible();
    }

    /** A screenshot for a failure's message, taken only when it fails. */
    private static String shot(Browser browser, String where) {
        return browser.screenshot("tour-" + where);
    }

    /** The first link of the page's content to a page of the same role that is not in the menu: a detail page. */
    private java.util.Optional<String> detailOf(Browser browser, Set<String> menu) {
        String role = browser.currentPath().replaceAll("^(/[^/]+/).*", "$1");
        for (WebElement link : browser.driver().findElements(By.cssSelector("main a[href], #main a[href]"))) {
            String href = link.getAttribute("href");
            if (href != null
                    && href.startsWith(url() + role)
                    && href.contains("?")
                    && menu.stream().noneMatch(m -> m.equals(href))) {
                return java.util.Optional.of(href);
            }
        }
        return java.util.Optional.empty();
    }
}
