package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed logins slow the guesser, not the user (ASVS 5.0 V6.3): a stranger's failures with someone's name do not keep
 * the owner out; repeated failures from one address wait, then get in; parallel guesses are refused before their
 * password is checked; unknown and known names get the same answers; a spray of names from one address is slowed
 * and audited without the typed names. Each client stands for a user at an address of its own (WebClient).
 */
@ExtendWith(ArquillianExtension.class)
class LoginBackoffIT {

    private static final String PASSWORD = "Kaifeng#XR2026";
    private static final Pattern WAIT = Pattern.compile("请在 (\\d+) 秒后再试");

    private static String registered(String prefix) {
        String username = TestData.username(prefix);
        Applicants.newEnterprise(username, "退避测试有限公司" + username, TestData.creditCode());
        return username;
    }

    private static WebClient at(String address) {
        return new WebClient(Deployments.baseUrl()).from(address);
    }

    private static HttpResponse<String> basic(WebClient client, String username, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.get("/api/v1/ping", Map.of("Authorization", "Basic " + credentials));
    }

    /** The attack: five (here ten) wrong Basic calls with a name used to lock its owner out of the login page. */
    @Test
    void aStrangersFailuresDoNotKeepTheOwnerOut() {
        String owner = registered("beigongji");
        WebClient stranger = at("203.0.113.10");
        for (int i = 0; i < 10; i++) {
            int status = basic(stranger, owner, "Wrong#Guess" + i).statusCode();
            assertTrue(status == 401 || status == 429, "refused: " + status);
        }
        HttpResponse<String> login = at("198.51.100.10").login(owner, PASSWORD);
        assertEquals(302, login.statusCode(), "the owner, at their own address, gets in at once");
    }

    @Test
    void repeatedFailuresFromOneAddressWaitAndThenGetIn() throws InterruptedException {
        String owner = registered("tuibi");
        WebClient client = at("203.0.113.20");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = client.login(owner, "Wrong#Password" + i);
            assertTrue(failed.body().contains("用户名或密码不正确"), "the allowance: the usual answer");
        }
        client.login(owner, "Wrong#Password5"); // the sixth failure: the back-off starts
        HttpResponse<String> tooSoon = client.login(owner, PASSWORD);
        assertEquals(200, tooSoon.statusCode(), "too soon: even the right password is not checked");
        Matcher wait = WAIT.matcher(tooSoon.body());
        assertTrue(wait.find(), "and the page says how long to wait: " + tooSoon.body());
        long seconds = Long.parseLong(wait.group(1));
        assertTrue(seconds >= 1 && seconds <= 2, "the first wait is two seconds at most: " + seconds);

        Thread.sleep(seconds * 1000 + 200);
        assertEquals(302, client.login(owner, PASSWORD).statusCode(), "after the wait the right password gets in");
        assertEquals(302, at("203.0.113.20").login(owner, PASSWORD).statusCode(), "and the count starts over");
    }

    @Test
    void parallelGuessesAreRefusedBeforeTheirPasswordIsChecked() throws Exception {
        String owner = registered("bingfa");
        WebClient client = at("203.0.113.30");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 24; i++) {
                String guess = "Wrong#Parallel" + i;
                answers.add(pool.submit(() -> basic(client, owner, guess).statusCode()));
            }
            int checked = 0;
            int refused = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                checked += status == 401 ? 1 : 0;
                refused += status == 429 ? 1 : 0;
            }
            assertEquals(24, checked + refused, "every guess is answered 401 or 429");
            assertTrue(
                    checked <= 6, "only the allowance (and the one that starts the back-off) is checked: " + checked);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownAndKnownNamesGetTheSameAnswers() {
        String known = registered("yizhi");
        String unknown = TestData.username("weizhi");
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        List<String> knownAnswers = answers(at("203.0.113.41"), known, knownTimes);
        List<String> unknownAnswers = answers(at("203.0.113.42"), unknown, unknownTimes);
        assertEquals(knownAnswers, unknownAnswers);
        assertTrue(knownAnswers.get(knownAnswers.size() - 1).startsWith("429"), knownAnswers.toString());
        // a figure, not an assertion: the answers' times of checked wrong passwords, known name against unknown
        System.out.printf(
                "LoginBackoffIT: wrong password, median of 5 checked calls: known name %d ms, unknown name %d ms%n",
                median(knownTimes), median(unknownTimes));
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis.subList(0, 5));
        sorted.sort(null);
        return sorted.get(2);
    }

    /** Seven wrong Basic calls: status and Retry-After of each, and the problem's code; the times in millis. */
    private static List<String> answers(WebClient client, String username, List<Long> times) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = basic(client, username, "Wrong#Same" + i);
            times.add((System.nanoTime() - start) / 1_000_000);
            String retryAfter = answer.headers().firstValue("Retry-After").orElse("-");
            String code = answer.body().contains("\"code\":\"login.backoff\"") ? "login.backoff" : "-";
            answers.add(answer.statusCode() + " " + retryAfter + " " + code);
        }
        return answers;
    }

    @Test
    void aSprayOfNamesFromOneAddressIsSlowedAndAuditedWithoutTheNames() {
        WebClient sprayer = at("203.0.113.50");
        String typed = "Spray#Secret" + TestData.username("x");
        int refused = 0;
        for (int i = 0; i < 33; i++) {
            int status = basic(sprayer, typed + i, "Wrong#Spray").statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertTrue(refused >= 1, "past thirty failures the address waits");

        WebClient admin = Applicants.as("demo.admin");
        String audit = admin.get("/admin/audit.xhtml").body();
        assertTrue(
                audit.contains("LOGIN_BACKOFF") && audit.contains("address:203.0.113.50"), "the back-off is audited");
        assertFalse(audit.contains("Spray#Secret"), "and no typed name is on the audit trail");
    }
}
