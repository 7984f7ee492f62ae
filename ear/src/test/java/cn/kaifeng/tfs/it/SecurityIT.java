package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may use what, over real HTTP against the deployed application: anonymous callers are sent to the login
 * page (pages) or refused (API); each role reaches its own home and nothing else; login, logout, session expiry.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    /** username, role home, the Chinese heading of that home */
    private static final List<String[]> DEMO_USERS = List.of(
            new String[] {"demo.applicant", "/applicant/home.xhtml", "申请人工作台"},
            new String[] {"demo.reviewer", "/reviewer/home.xhtml", "审核工作台"},
            new String[] {"demo.expert", "/expert/home.xhtml", "专家评审工作台"},
            new String[] {"demo.bank", "/bank/home.xhtml", "银行工作台"},
            new String[] {"demo.admin", "/admin/home.xhtml", "系统管理"});

    private static final List<String> ROLE_HOMES =
            DEMO_USERS.stream().map(u -> u[1]).toList();

    private static WebClient client() {
        return new WebClient(Deployments.baseUrl());
    }

    @Test
    void anonymousCallersAreSentToTheLoginPage() {
        WebClient anonymous = client();
        for (String path : List.of("/", "/index.xhtml", "/admin/accounts.xhtml", "/unknown-page.xhtml")) {
            assertRedirectsToLogin(anonymous.get(path), path);
        }
        ROLE_HOMES.forEach(path -> assertRedirectsToLogin(anonymous.get(path), path));
    }

    @Test
    void anonymousApiCallsAreRefusedWithoutARedirect() {
        HttpResponse<String> response = client().get("/api/v1/me");
        assertEquals(401, response.statusCode());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void publicPagesAndResourcesNeedNoLogin() {
        WebClient anonymous = client();
        HttpResponse<String> login = anonymous.get("/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("lang=\"zh-CN\""), "Chinese is the default language");
        assertTrue(login.body().contains("登录人才与金融扶持平台"));
        assertEquals(200, anonymous.get("/register.xhtml").statusCode());
        assertEquals(
                200,
                anonymous.get("/jakarta.faces.resource/tfs.css.xhtml?ln=tfs").statusCode());
    }

    /**
     * Page weight (issue 31) without a new risk: the resources go out gzip-compressed and, when their URL names a
     * version, cached for a year; a page, which holds the view state beside what a visitor typed, is never compressed
     * (the BREACH attack reads a secret through the compressed length of such a page).
     */
    @Test
    void resourcesAreCompressedAndVersionedOnesKeptAYearButPagesAreNotCompressed() {
        WebClient anonymous = client();
        Map<String, String> gzip = Map.of("Accept-Encoding", "gzip");
        HttpResponse<String> login = anonymous.get("/login.xhtml", gzip);
        assertTrue(login.headers().firstValue("Content-Encoding").isEmpty(), "the page is not compressed");
        java.util.regex.Matcher core = java.util.regex.Pattern.compile(
                        "/jakarta\\.faces\\.resource/core\\.js\\.xhtml\\?ln=primefaces&amp;v=([^\"&]+)")
                .matcher(login.body());
        assertTrue(core.find(), "the page names PrimeFaces' core script with its version");

        HttpResponse<String> script =
                anonymous.get("/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=" + core.group(1), gzip);
        assertEquals(200, script.statusCode());
        assertEquals("gzip", script.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(
                "public, max-age=31536000, immutable",
                script.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> ours = anonymous.get("/jakarta.faces.resource/tfs.css.xhtml?ln=tfs", gzip);
        assertEquals("gzip", ours.headers().firstValue("Content-Encoding").orElse(""));
        String unversioned = ours.headers().firstValue("Cache-Control").orElse("");
        assertFalse(unversioned.contains("immutable"), "a resource without a version is revalidated: " + unversioned);
    }

    @Test
    void descriptorsAndTemplatesAreNeverServed() {
        WebClient admin = client();
        admin.login("demo.admin", Deployments.DEMO_PASSWORD);
        for (String path : List.of("/WEB-INF/web.xml", "/WEB-INF/templates/page.xhtml", "/resources/tfs/tfs.css")) {
            int status = admin.get(path).statusCode();
            assertTrue(status == 403 || status == 404, path + " answered " + status);
        }
    }

    @Test
    void eachRoleLandsOnItsOwnHomeAndIsRefusedTheOthers() {
        for (String[] user : DEMO_USERS) {
            WebClient client = client();
            HttpResponse<String> login = client.login(user[0], Deployments.DEMO_PASSWORD);
            assertEquals(302, login.statusCode(), user[0] + " login");
            assertEquals(user[1], location(login), user[0] + " lands on its home");

            HttpResponse<String> home = client.get(user[1]);
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains(user[2]), user[0] + " sees the heading " + user[2]);

            for (String other : ROLE_HOMES) {
                if (!other.equals(user[1])) {
                    HttpResponse<String> refused = client.get(other);
                    assertEquals(403, refused.statusCode(), user[0] + " must not open " + other);
                    assertTrue(refused.body().contains("无权访问"), "the refusal is explained in Chinese");
                }
            }
            HttpResponse<String> me = client.get("/api/v1/me");
            assertEquals(200, me.statusCode());
            assertTrue(me.body().contains("\"username\":\"" + user[0] + "\""), me.body());
            assertFalse(me.body().contains("password"), "no password material in the API");
        }
    }

    @Test
    void eachRolesPagesAreRefusedToTheOtherRoles() {
        Map<String, List<String>> pagesByRole = Map.of(
                "demo.admin",
                        List.of(
                                "/admin/accounts.xhtml",
                                "/admin/programs.xhtml",
                                "/admin/policies.xhtml",
                                "/admin/audit.xhtml",
                                "/admin/bank-clients.xhtml",
                                "/admin/experts.xhtml"),
                "demo.reviewer",
                        List.of(
                                "/reviewer/applications.xhtml",
                                "/reviewer/application.xhtml?id=1",
                                "/reviewer/dashboard.xhtml",
                                "/reviewer/letters.xhtml",
                                "/reviewer/banks.xhtml"),
                "demo.expert", List.of("/expert/home.xhtml", "/expert/assignment.xhtml?id=1"),
                "demo.applicant",
                        List.of(
                                "/applicant/programs.xhtml",
                                "/applicant/applications.xhtml",
                                "/applicant/profile.xhtml",
                                "/applicant/application.xhtml?id=1",
                                "/applicant/notifications.xhtml",
                                "/applicant/consents.xhtml"),
                "demo.bank", List.of("/bank/home.xhtml"));
        for (String[] user : DEMO_USERS) {
            WebClient client = client();
            client.login(user[0], Deployments.DEMO_PASSWORD);
            pagesByRole.forEach((owner, pages) -> {
                if (!owner.equals(user[0])) {
                    for (String page : pages) {
                        assertEquals(403, client.get(page).statusCode(), user[0] + " must not open " + page);
                    }
                }
            });
        }
        WebClient anonymous = client();
        pagesByRole.values().forEach(pages -> pages.forEach(page -> assertRedirectsToLogin(anonymous.get(page), page)));
        assertEquals(200, anonymous.get("/public/calculator.xhtml").statusCode(), "the calculator is public");
        assertEquals(200, anonymous.get("/public/notice.xhtml").statusCode(), "so is the public notice");
        assertEquals(200, anonymous.get("/public/verify.xhtml").statusCode(), "and letter verification");
        assertEquals(400, anonymous.get("/api/v1/letters/verification").statusCode(), "by REST too: no code, 400");
        assertRedirectsToLogin(anonymous.get("/letters/1"), "a letter's download needs a login");
        assertRedirectsToLogin(anonymous.get("/letters/rounds/1"), "a round's ZIP too");
    }

    /**
     * The bank API answers banks only; the published lists also the bureau. Everyone else is refused, whether they
     * ask with a session (pages' users) or with Basic credentials, and anonymous callers are asked to authenticate.
     */
    @Test
    void theBankApiIsForBanksAndTheirListsAlsoForTheBureau() {
        List<String> banksOnly = List.of(
                "/api/v1/eligibility/91410200MA45DE001J?purpose=PRE_LOAN",
                "/api/v1/loans",
                "/api/v1/loans/1",
                "/api/v1/queries",
                "/api/v1/ping");
        List<String> lists = List.of(
                "/api/v1/eligible-lists",
                "/api/v1/eligible-lists/KF-XD-CREDIT/1.csv",
                "/api/v1/whitelists",
                "/api/v1/whitelists/KF-XD-CREDIT/1.csv");
        for (String user : List.of("demo.applicant", "demo.expert", "demo.reviewer", "demo.admin")) {
            WebClient client = client();
            client.login(user, Deployments.DEMO_PASSWORD);
            for (String path : banksOnly) {
                assertEquals(403, client.get(path).statusCode(), user + " must not call " + path);
            }
        }
        for (String user : List.of("demo.applicant", "demo.expert")) {
            WebClient client = client();
            client.login(user, Deployments.DEMO_PASSWORD);
            for (String path : lists) {
                assertEquals(403, client.get(path).statusCode(), user + " must not download " + path);
            }
        }
        WebClient reviewer = client();
        reviewer.login("demo.reviewer", Deployments.DEMO_PASSWORD);
        assertEquals(200, reviewer.get("/api/v1/eligible-lists").statusCode(), "the bureau sees the lists");
        WebClient anonymous = client();
        for (String path : banksOnly) {
            assertEquals(401, anonymous.get(path).statusCode(), "anonymous " + path);
        }
        for (String path : lists) {
            assertEquals(401, anonymous.get(path).statusCode(), "anonymous " + path);
        }
    }

    @Test
    void onlyAdministratorsOpenTheAccountPage() {
        WebClient reviewer = client();
        reviewer.login("demo.reviewer", Deployments.DEMO_PASSWORD);
        assertEquals(403, reviewer.get("/admin/accounts.xhtml").statusCode());

        WebClient admin = client();
        admin.login("demo.admin", Deployments.DEMO_PASSWORD);
        HttpResponse<String> page = admin.get("/admin/accounts.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("demo.expert"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameGenericMessage() {
        for (String[] attempt : List.of(
                new String[] {"demo.admin", "Wrong#Password2026"},
                new String[] {"nobody.here", Deployments.DEMO_PASSWORD},
                new String[] {"DROP TABLE user_account;--", "x"})) {
            WebClient client = client();
            HttpResponse<String> response = client.login(attempt[0], attempt[1]);
            assertEquals(200, response.statusCode(), "stays on the login page");
            assertTrue(response.body().contains("用户名或密码不正确"), response.body());
            assertRedirectsToLogin(client.get("/admin/home.xhtml"), "after a failed login");
        }
    }

    /**
     * Every page carries an enforced Content-Security-Policy whose script nonce is new on every response and is on
     * every script of the page; every response, API and error included, says no sniffing, no framing and no
     * referrer beyond the platform; the session cookie is HttpOnly and SameSite.
     */
    @Test
    void securityHeadersOnPagesAndApiAndTheSessionCookie() {
        WebClient client = client();
        HttpResponse<String> page = client.get("/login.xhtml");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)';?$")
                .matcher(csp);
        assertTrue(nonce.find(), "scripts from the platform and with the nonce only: " + csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertFalse(
                page.headers().firstValue("Content-Security-Policy-Report-Only").isPresent(), "enforced");
        java.util.regex.Matcher script =
                java.util.regex.Pattern.compile("<script[^>]*>").matcher(page.body());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertTrue(script.group().contains("nonce=\"" + nonce.group(1) + "\""), script.group());
        }
        assertTrue(scripts > 0);
        String again = client.get("/login.xhtml")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElse("");
        assertFalse(again.contains(nonce.group(1)), "a new nonce on every response");

        for (HttpResponse<String> any : List.of(page, client.get("/api/v1/ping"), client.get("/no-such-page.xhtml"))) {
            assertEquals(
                    "nosniff",
                    any.headers().firstValue("X-Content-Type-Options").orElse(""),
                    any.uri() + "");
            assertEquals("DENY", any.headers().firstValue("X-Frame-Options").orElse(""), any.uri() + "");
            assertEquals(
                    "same-origin", any.headers().firstValue("Referrer-Policy").orElse(""), any.uri() + "");
        }
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }

    /**
     * A page posted back without its script nonce (a stale copy, or a client that is not the page's scripts) cannot
     * be shown again under the page's policy: it is explained as an expired page with 400, never a 500.
     */
    @Test
    void aPostBackWithoutItsNonceIsAnsweredAsExpired() {
        WebClient client = client();
        Map<String, String> noNonce = new java.util.LinkedHashMap<>();
        noNonce.put("login", "login");
        noNonce.put("login:username", "demo.expert");
        noNonce.put("login:password", "Wrong#Password2026");
        noNonce.put("login:submit", "");
        noNonce.put(
                "jakarta.faces.ViewState",
                Applicants.viewState(client.get("/login.xhtml").body()));
        noNonce.put("primefaces.nonce", "");
        HttpResponse<String> stale = client.post("/login.xhtml", noNonce);
        assertEquals("/error/expired.xhtml", location(stale), stale.body());
        HttpResponse<String> explained = client.get("/error/expired.xhtml");
        assertEquals(400, explained.statusCode());
        assertTrue(explained.body().contains("页面已过期"), explained.body());

        WebClient browserLike = client();
        browserLike.get("/login.xhtml");
        HttpResponse<String> withNonce = browserLike.submit(
                "/login.xhtml", "login", "submit", Map.of("username", "demo.expert", "password", "Wrong#Password2026"));
        assertEquals(200, withNonce.statusCode(), "with its nonce, as a browser sends it, the page comes back");
        assertTrue(withNonce.body().contains("用户名或密码不正确"));
    }

    @Test
    void usernameIsCaseInsensitive() {
        HttpResponse<String> login = client().login("Demo.Expert", Deployments.DEMO_PASSWORD);
        assertEquals("/expert/home.xhtml", location(login));
    }

    @Test
    void sessionIdChangesAtLogin() {
        WebClient client = client();
        client.get("/login.xhtml");
        String before = sessionId(client);
        client.submit(
                "/login.xhtml",
                "login",
                "submit",
                Map.of("username", "demo.bank", "password", Deployments.DEMO_PASSWORD));
        String after = sessionId(client);
        assertTrue(before != null && after != null);
        assertNotEquals(before, after, "a session id known before login must be worthless after it");
    }

    @Test
    void afterLoginTheUserReturnsToThePageAskedFor() {
        WebClient client = client();
        assertRedirectsToLogin(client.get("/admin/accounts.xhtml"), "/admin/accounts.xhtml");
        HttpResponse<String> login = client.login("demo.admin", Deployments.DEMO_PASSWORD);
        assertEquals("/admin/accounts.xhtml", location(login));
    }

    @Test
    void logoutEndsTheSession() {
        WebClient client = client();
        client.login("demo.reviewer", Deployments.DEMO_PASSWORD);
        HttpResponse<String> home = client.get("/reviewer/home.xhtml");
        assertEquals(200, home.statusCode());
        HttpResponse<String> logout = client.submit("/reviewer/home.xhtml", "shell", "logout", Map.of());
        assertEquals(302, logout.statusCode());
        assertTrue(location(logout).startsWith("/login.xhtml"), location(logout));
        assertTrue(client.get(location(logout)).body().contains("您已安全退出"));
        assertRedirectsToLogin(client.get("/reviewer/home.xhtml"), "after logout");
    }

    @Test
    void anExpiredSessionIsExplained() {
        WebClient client = client();
        HttpCookie stale = new HttpCookie("JSESSIONID", "expired-session-id-0000000000000000");
        stale.setPath("/");
        stale.setVersion(0);
        client.cookies().getCookieStore().add(URI.create(Deployments.baseUrl()), stale);
        HttpResponse<String> response = client.get("/applicant/home.xhtml");
        assertEquals(302, response.statusCode());
        assertEquals("/login.xhtml?expired=true", location(response));
        assertTrue(client.get("/login.xhtml?expired=true").body().contains("您因长时间未操作已自动退出"));
    }

    @Test
    void ajaxRequestsOfAnExpiredSessionGetARedirectTheyCanFollow() {
        HttpResponse<String> response = client().get("/applicant/home.xhtml", Map.of("Faces-Request", "partial/ajax"));
        assertAll(
                () -> assertTrue(response.body().contains("<redirect url=\"/login.xhtml"), response.body()),
                () -> assertTrue(
                        response.headers().firstValue("Content-Type").orElse("").startsWith("text/xml")));
    }

    static void assertRedirectsToLogin(HttpResponse<String> response, String what) {
        assertEquals(302, response.statusCode(), what + " should redirect");
        assertTrue(location(response).startsWith("/login.xhtml"), what + " redirected to " + location(response));
    }

    /** The redirect target as a path, whatever host the server put in front of it. */
    static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        URI uri = URI.create(location);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return uri.isAbsolute() ? path : location;
    }

    private static String sessionId(WebClient client) {
        return client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
