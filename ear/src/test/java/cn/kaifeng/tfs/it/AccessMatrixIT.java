package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may reach what, for everything the application serves, derived from the application itself: every JSF page
 * in the web module's sources, every REST operation in the server's own OpenAPI document, and every download
 * servlet. Each is asked for as an anonymous caller and as each role; a resource that names another organisation's
 * application or file is also asked for by an applicant of a different organisation. The rules are the table below:
 * a page, operation or servlet found without a rule fails the test, so nothing new goes out unconsidered.
 *
 * <p>Expected: a public resource answers anyone; a protected page sends an anonymous caller to the login page and
 * answers 403 to the wrong role; a protected API operation answers 401 to an anonymous caller and 403 to the wrong
 * role; the right role is let in (whatever the resource then says about the request, never a 500); another
 * organisation's application or file is 404, exactly like one that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final String PUBLIC = "PUBLIC";
    private static final String SIGNED_IN = "SIGNED_IN";

    /** One account per role (demo data); demo.team is an applicant of another organisation than demo.applicant. */
    private static final Map<String, String> ACCOUNTS = Map.of(
            "APPLICANT", "demo.applicant",
            "REVIEWER", "demo.reviewer",
            "EXPERT", "demo.expert",
            "BANK", "demo.bank",
            "ADMIN", "demo.admin");

    /** Pages: who may open them (one role, or several separated by spaces). */
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("/index.xhtml", SIGNED_IN),
            Map.entry("/login.xhtml", PUBLIC),
            Map.entry("/register.xhtml", PUBLIC),
            Map.entry("/public/calculator.xhtml", PUBLIC),
            Map.entry("/public/notice.xhtml", PUBLIC),
            Map.entry("/public/verify.xhtml", PUBLIC),
            Map.entry("/error/403.xhtml", PUBLIC),
            Map.entry("/error/429.xhtml", PUBLIC),
            Map.entry("/error/404.xhtml", PUBLIC),
            Map.entry("/error/500.xhtml", PUBLIC),
            Map.entry("/error/503.xhtml", PUBLIC),
            Map.entry("/error/expired.xhtml", PUBLIC),
            Map.entry("/applicant/home.xhtml", "APPLICANT"),
            Map.entry("/applicant/profile.xhtml", "APPLICANT"),
            Map.entry("/applicant/programs.xhtml", "APPLICANT"),
            Map.entry("/applicant/applications.xhtml", "APPLICANT"),
            Map.entry("/applicant/application.xhtml", "APPLICANT"),
            Map.entry("/applicant/notifications.xhtml", "APPLICANT"),
            Map.entry("/applicant/consents.xhtml", "APPLICANT"),
            Map.entry("/applicant/organisation.xhtml", "APPLICANT"),
            Map.entry("/applicant/payee-account.xhtml", "APPLICANT"),
            Map.entry("/bank/payee-account.xhtml", "BANK"),
            Map.entry("/reviewer/home.xhtml", "REVIEWER"),
            Map.entry("/reviewer/applications.xhtml", "REVIEWER"),
            Map.entry("/reviewer/application.xhtml", "REVIEWER"),
            Map.entry("/reviewer/dashboard.xhtml", "REVIEWER"),
            Map.entry("/reviewer/letters.xhtml", "REVIEWER"),
            Map.entry("/reviewer/ranking.xhtml", "REVIEWER"),
            Map.entry("/reviewer/banks.xhtml", "REVIEWER"),
            Map.entry("/reviewer/verifications.xhtml", "REVIEWER"),
            Map.entry("/reviewer/proposals.xhtml", "REVIEWER"),
            Map.entry("/reviewer/agreements.xhtml", "REVIEWER"),
            Map.entry("/reviewer/agreement.xhtml", "REVIEWER"),
            Map.entry("/reviewer/payments.xhtml", "REVIEWER"),
            Map.entry("/reviewer/payment-files.xhtml", "REVIEWER"),
            Map.entry("/reviewer/recovery-orders.xhtml", "REVIEWER"),
            Map.entry("/reviewer/recovery-order.xhtml", "REVIEWER"),
            Map.entry("/reviewer/credit-records.xhtml", "REVIEWER"),
            Map.entry("/reviewer/budget-execution.xhtml", "REVIEWER"),
            Map.entry("/reviewer/acceptances.xhtml", "REVIEWER"),
            Map.entry("/reviewer/acceptance.xhtml", "REVIEWER"),
            Map.entry("/reviewer/claims.xhtml", "REVIEWER"),
            Map.entry("/reviewer/claim.xhtml", "REVIEWER"),
            Map.entry("/reviewer/reports.xhtml", "REVIEWER"),
            Map.entry("/reviewer/monitoring.xhtml", "REVIEWER"),
            Map.entry("/expert/home.xhtml", "EXPERT"),
            Map.entry("/expert/assignment.xhtml", "EXPERT"),
            Map.entry("/expert/acceptance.xhtml", "EXPERT"),
            Map.entry("/bank/home.xhtml", "BANK"),
            Map.entry("/bank/loans.xhtml", "BANK"),
            Map.entry("/applicant/loans.xhtml", "APPLICANT"),
            // the bureau's pages: reviewers and administrators alike
            Map.entry("/bureau/pool.xhtml", "REVIEWER ADMIN"),
            Map.entry("/admin/home.xhtml", "ADMIN"),
            Map.entry("/admin/accounts.xhtml", "ADMIN"),
            Map.entry("/admin/programs.xhtml", "ADMIN"),
            Map.entry("/admin/policies.xhtml", "ADMIN"),
            Map.entry("/admin/audit.xhtml", "ADMIN"),
            Map.entry("/admin/budgets.xhtml", "ADMIN"),
            Map.entry("/admin/bank-clients.xhtml", "ADMIN"),
            Map.entry("/admin/experts.xhtml", "ADMIN"),
            Map.entry("/admin/retention.xhtml", "ADMIN"),
            Map.entry("/admin/finance-officers.xhtml", "ADMIN"));

    /** REST operations ("METHOD /path" as the OpenAPI document names them): who may call them. */
    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry("GET /api/v1/me", SIGNED_IN),
            Map.entry("GET /api/v1/audit/verification", "ADMIN"),
            Map.entry("GET /api/v1/ping", "BANK"),
            Map.entry("GET /api/v1/eligibility/{creditCode}", "BANK"),
            Map.entry("POST /api/v1/eligibility/batch", "BANK"),
            Map.entry("GET /api/v1/queries", "BANK"),
            Map.entry("POST /api/v1/loans", "BANK"),
            Map.entry("GET /api/v1/loans", "BANK"),
            Map.entry("GET /api/v1/loans/{id}", "BANK"),
            Map.entry("POST /api/v1/pool/loans/{loanId}/events", "BANK"),
            Map.entry("GET /api/v1/pool/loans/{loanId}", "BANK"),
            Map.entry("POST /api/v1/pool/loan-events", "BANK"),
            Map.entry("POST /api/v1/pool/loans/{loanId}/claims", "BANK"),
            Map.entry("GET /api/v1/eligible-lists", "BANK REVIEWER ADMIN"),
            Map.entry("GET /api/v1/eligible-lists/{program}/{version}.csv", "BANK REVIEWER ADMIN"),
            Map.entry("GET /api/v1/eligible-lists/{program}/{version}.pdf", "BANK REVIEWER ADMIN"),
            // the lists' old paths, kept for bank systems that call them (deprecated in the OpenAPI document)
            Map.entry("GET /api/v1/whitelists", "BANK REVIEWER ADMIN"),
            Map.entry("GET /api/v1/whitelists/{program}/{version}.csv", "BANK REVIEWER ADMIN"),
            Map.entry("GET /api/v1/whitelists/{program}/{version}.pdf", "BANK REVIEWER ADMIN"),
            Map.entry("GET /api/v1/letters/verification", PUBLIC),
            Map.entry("POST /api/v1/letters/verification", PUBLIC));

    /**
     * Download servlets (their @WebServlet patterns): who may use them. Those of items ("/files/*") are for anyone
     * signed in, each item checked by its owner too; the others are for one role, like a page.
     */
    private static final Map<String, String> SERVLETS = Map.ofEntries(
            Map.entry("/files/*", SIGNED_IN),
            Map.entry("/letters/*", SIGNED_IN),
            Map.entry("/agreements/*", SIGNED_IN),
            Map.entry("/notices/*", SIGNED_IN),
            // the budget execution as CSV: for reviewers, like its page
            Map.entry("/reviewer/budget-execution.csv", "REVIEWER"),
            Map.entry("/claim-files/*", SIGNED_IN),
            Map.entry("/report-files/*", SIGNED_IN),
            // an acceptance request's files: reviewers, its cleared panel experts and its organisation (the service)
            Map.entry("/acceptance-files/*", SIGNED_IN),
            // a pool claim's evidence: reviewers and the claiming bank's officers (the service)
            Map.entry("/pool-claim-files/*", SIGNED_IN),
            Map.entry("/applicant/export", "APPLICANT"),
            // a payment file: for finance officers, whom the service checks (a reviewer without the permission: 403)
            Map.entry("/reviewer/payment-file", "REVIEWER"),
            // the acceptances list as CSV: for reviewers, like its page
            Map.entry("/reviewer/acceptances.csv", "REVIEWER"),
            // the bureau's list of progress reports
            Map.entry("/reviewer/reports.csv", "REVIEWER"),
            // the risk-compensation pools' figures, like their page
            Map.entry("/bureau/pool.csv", "REVIEWER ADMIN"));

    private static final Map<String, String> SAMPLES = Map.of(
            "{creditCode}",
            "91410200MA45DE001J",
            "{id}",
            "999999",
            "{loanId}",
            "999999",
            "{program}",
            "KF-XD-CREDIT",
            "{version}",
            "999");

    private static final Pattern WEB_SERVLET = Pattern.compile("@WebServlet\\(\"([^\"]+)\"\\)");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final List<String> wrong = new ArrayList<>();
    private int cases;

    @Test
    void everyPageOperationAndDownloadAnswersEachCallerAsItsRuleSays() throws Exception {
        Set<String> pages = pagesInSources();
        Set<String> operations = operationsInOpenApi();
        Set<String> servlets = servletsInSources();
        List<String> unruled = new ArrayList<>();
        pages.stream().filter(p -> !PAGES.containsKey(p)).forEach(p -> unruled.add("page " + p));
        operations.stream().filter(o -> !OPERATIONS.containsKey(o)).forEach(o -> unruled.add("operation " + o));
        servlets.stream().filter(s -> !SERVLETS.containsKey(s)).forEach(s -> unruled.add("servlet " + s));
        assertTrue(unruled.isEmpty(), "found without an access rule: " + unruled);
        assertTrue(
                pages.size() >= 30 && operations.size() >= 14, pages.size() + " pages, " + operations.size() + " ops");

        Map<String, WebClient> signedIn = new LinkedHashMap<>();
        ACCOUNTS.forEach((role, username) -> signedIn.put(role, Applicants.as(username)));
        WebClient anonymous = new WebClient(Deployments.baseUrl());

        for (String page : pages) {
            String rule = PAGES.get(page);
            check(page, "anonymous", anonymous.get(page), rule.equals(PUBLIC) ? Expect.IN : Expect.LOGIN);
            for (Map.Entry<String, WebClient> caller : signedIn.entrySet()) {
                boolean may = rule.equals(PUBLIC)
                        || rule.equals(SIGNED_IN)
                        || List.of(rule.split(" ")).contains(caller.getKey());
                check(page, caller.getKey(), caller.getValue().get(page), may ? Expect.IN : Expect.FORBIDDEN);
            }
        }
        for (String operation : operations) {
            String rule = OPERATIONS.get(operation);
            String method = operation.substring(0, operation.indexOf(' '));
            String path = sample(operation.substring(operation.indexOf(' ') + 1));
            check(
                    operation,
                    "anonymous",
                    call(method, path, null),
                    rule.equals(PUBLIC) ? Expect.IN : Expect.UNAUTHORIZED);
            for (Map.Entry<String, String> account : ACCOUNTS.entrySet()) {
                boolean may = rule.equals(PUBLIC)
                        || rule.equals(SIGNED_IN)
                        || List.of(rule.split(" ")).contains(account.getKey());
                check(
                        operation,
                        account.getKey(),
                        call(method, path, account.getValue()),
                        may ? Expect.IN : Expect.FORBIDDEN);
            }
        }
        for (String servlet : servlets) {
            String rule = SERVLETS.get(servlet);
            String path = servlet.replace("*", "999999");
            check(servlet, "anonymous", anonymous.get(path), Expect.LOGIN);
            for (Map.Entry<String, WebClient> caller : signedIn.entrySet()) {
                Expect expected = rule.equals(SIGNED_IN)
                        ? Expect.NOT_FOUND
                        : List.of(rule.split(" ")).contains(caller.getKey()) ? Expect.IN : Expect.FORBIDDEN;
                check(servlet, caller.getKey(), caller.getValue().download(path), expected);
            }
        }

        // another organisation's application and its file: 404, as if they did not exist
        WebClient owner = signedIn.get("APPLICANT");
        String number = Applicants.submitted(owner, "KF-XD-CREDIT");
        String mine = Applicants.pathOf(owner, number);
        Matcher file = Pattern.compile("href=\"[^\"]*(/files/\\d+)")
                .matcher(owner.get(mine).body());
        assertTrue(file.find(), "the application has a file");
        WebClient otherOrganisation = Applicants.as("demo.team");
        check(mine, "owner", owner.get(mine), Expect.IN);
        check(mine, "other organisation", otherOrganisation.get(mine), Expect.NOT_FOUND);
        check(file.group(1), "owner", owner.get(file.group(1)), Expect.IN);
        check(file.group(1), "other organisation", otherOrganisation.get(file.group(1)), Expect.NOT_FOUND);
        check(file.group(1), "expert not on its panel", signedIn.get("EXPERT").get(file.group(1)), Expect.NOT_FOUND);
        check(file.group(1), "bank", signedIn.get("BANK").get(file.group(1)), Expect.NOT_FOUND);

        System.out.printf(
                "access matrix: %d pages, %d REST operations, %d download servlets; %d cases%n",
                pages.size(), operations.size(), servlets.size(), cases);
        assertTrue(
                wrong.isEmpty(),
                wrong.size() + " of " + cases + " cases answered wrongly:\n" + String.join("\n", wrong));
    }

    private enum Expect {
        /** let in: neither the login page, 401 nor 403, and never a server error */
        IN,
        LOGIN,
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND
    }

    private void check(String what, String who, HttpResponse<?> response, Expect expected) {
        cases++;
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        boolean toLogin = status == 302 && location.contains("/login.xhtml");
        boolean ok = switch (expected) {
            case IN -> status < 500 && status != 401 && status != 403 && !toLogin;
            case LOGIN -> toLogin;
            case UNAUTHORIZED -> status == 401;
            case FORBIDDEN -> status == 403;
            case NOT_FOUND -> status == 404;
        };
        if (!ok) {
            wrong.add(what + " as " + who + ": expected " + expected + ", got " + status + " " + location);
        }
    }

    private HttpResponse<String> call(String method, String path, String username)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                // whatever the operation produces (JSON, CSV, PDF): access is what is checked, not the format
                .header("Accept", "*/*");
        if (username != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((username + ":" + Deployments.DEMO_PASSWORD)
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sample(String path) {
        String filled = path;
        for (Map.Entry<String, String> s : SAMPLES.entrySet()) {
            filled = filled.replace(s.getKey(), s.getValue());
        }
        assertTrue(!filled.contains("{"), "no sample value for a parameter of " + path);
        return filled;
    }

    /** Every page of the web module: its .xhtml files outside WEB-INF and resources. */
    private static Set<String> pagesInSources() throws IOException {
        Path webapp =
                Path.of("..", "web", "src", "main", "webapp").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every operation the server's own OpenAPI document describes. */
    private Set<String> operationsInOpenApi() throws IOException, InterruptedException {
        HttpResponse<String> document = http.send(
                HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/openapi?format=JSON"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject paths = Json.createReader(new StringReader(document.body()))
                .readObject()
                .getJsonObject("paths");
        Set<String> operations = new TreeSet<>();
        for (String path : paths.keySet()) {
            String full = path.startsWith("/api/") ? path : "/api" + path;
            for (String method : paths.getJsonObject(path).keySet()) {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + full);
                }
            }
        }
        return operations;
    }

    /** Every servlet the web module declares with @WebServlet. */
    private static Set<String> servletsInSources() throws IOException {
        Path sources =
                Path.of("..", "web", "src", "main", "java").toAbsolutePath().normalize();
        Set<String> patterns = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = WEB_SERVLET.matcher(Files.readString(f));
                while (m.find()) {
                    patterns.add(m.group(1));
                }
            }
        }
        return patterns;
    }
}
