package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the bank face's users do in tests: authorise, publish lists, issue credentials; and a bank system's client. */
public final class Banks {

    /** The demo bank's client, whose secret the README publishes for the demo. */
    public static final String DEMO_CLIENT = "BC-DEMODEMODEMO";

    public static final String DEMO_SECRET = "demo-bank-secret-not-for-production";

    private Banks() {}

    /** The applicant authorises a bank until a day, in the portal's form. */
    public static void grant(WebClient applicant, String bankName, LocalDate until) {
        String page = applicant.get("/applicant/consents.xhtml").body();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(bankName) + "</option>")
                .matcher(page);
        assertTrue(option.find(), "the bank is offered");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("bank", option.group(1));
        fields.put("expires_input", until.toString());
        HttpResponse<String> granted = applicant.submit("/applicant/consents.xhtml", "grant", "grant-button", fields);
        assertEquals(302, granted.statusCode(), () -> Applicants.errors(granted.body()));
    }

    /** The applicant revokes its (only) authorisation in force. */
    public static void revokeConsent(WebClient applicant) {
        String page = applicant.get("/applicant/consents.xhtml").body();
        Matcher button = Pattern.compile("id=\"(consents:row:\\d+:revoke)\"").matcher(page);
        assertTrue(button.find(), "a revoke button");
        HttpResponse<String> revoked = applicant.submit(
                "/applicant/consents.xhtml", "consents", button.group(1).substring(9), Map.of());
        assertEquals(302, revoked.statusCode(), () -> Applicants.errors(revoked.body()));
    }

    /** A reviewer publishes a program's list; its version. */
    public static int publish(WebClient reviewer, String program) {
        String page = reviewer.get("/reviewer/banks.xhtml").body();
        int row = page.indexOf("id=\"program-" + program + "\"");
        assertTrue(row >= 0, "the program is listed");
        Matcher button =
                Pattern.compile("id=\"publish:(row:\\d+:publish-button)\"").matcher(page);
        assertTrue(button.find(row), "a publish button");
        HttpResponse<String> published = reviewer.submit("/reviewer/banks.xhtml", "publish", button.group(1), Map.of());
        assertEquals(302, published.statusCode(), () -> Applicants.errors(published.body()));
        String after = reviewer.get("/reviewer/banks.xhtml").body();
        Matcher version = Pattern.compile(Pattern.quote(program) + " · v(\\d+)").matcher(after);
        assertTrue(version.find(), after);
        return Integer.parseInt(version.group(1));
    }

    /** An administrator issues credentials for a bank; client id and secret, shown once. */
    public static String[] issueClient(WebClient admin, String bankId, String label, String perMinute) {
        admin.get("/admin/bank-clients.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("bank", bankId);
        fields.put("label", label);
        fields.put("rate_input", perMinute);
        fields.put("rate_hinput", perMinute);
        HttpResponse<String> issued = admin.submit("/admin/bank-clients.xhtml", "issue", "issue-button", fields);
        assertEquals(200, issued.statusCode());
        Matcher id = Pattern.compile("id=\"issued-client-id\"[^>]*>(BC-[A-Z2-7]{12})<")
                .matcher(issued.body());
        Matcher secret = Pattern.compile("id=\"issued-secret\"[^>]*>([A-Za-z0-9_-]{43})<")
                .matcher(issued.body());
        assertTrue(id.find() && secret.find(), () -> Applicants.errors(issued.body()));
        assertEquals("no-store", issued.headers().firstValue("Cache-Control").orElse(""));
        String list = admin.get("/admin/bank-clients.xhtml").body();
        assertTrue(list.contains(id.group(1)), "listed");
        assertFalse(list.contains(secret.group(1)), "the secret is never shown again");
        return new String[] {id.group(1), secret.group(1)};
    }

    public static void revokeClient(WebClient admin, String clientId) {
        String page = admin.get("/admin/bank-clients.xhtml").body();
        int at = page.indexOf("<code>" + clientId + "</code>");
        Matcher button = Pattern.compile("id=\"clients:(row:\\d+:revoke)\"").matcher(page);
        assertTrue(at >= 0 && button.find(at), "a revoke button for " + clientId);
        HttpResponse<String> revoked = admin.submit("/admin/bank-clients.xhtml", "clients", button.group(1), Map.of());
        assertEquals(302, revoked.statusCode(), () -> Applicants.errors(revoked.body()));
    }

    public static JsonObject program(JsonObject answer, String code) {
        for (JsonObject p : answer.getJsonArray("programs").getValuesAs(JsonObject.class)) {
            if (p.getString("program").equals(code)) {
                return p;
            }
        }
        throw new AssertionError(code + " not in " + answer);
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static final class Api {
        private final HttpClient http = HttpClient.newHttpClient();
        private final String authorization;

        public Api(String user, String secret) {
            this.authorization = user == null
                    ? null
                    : "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
        }

        public HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                    .method(
                            method,
                            json == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (json != null && !headers.containsKey("Content-Type")) {
                b.header("Content-Type", "application/json");
            }
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            headers.forEach(b::header);
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        public JsonObject json(String method, String path, String json, int status) {
            return json(method, path, json, status, Map.of());
        }

        public JsonObject json(String method, String path, String json, int status, Map<String, String> headers) {
            HttpResponse<String> r = send(method, path, json, headers);
            assertEquals(status, r.statusCode(), () -> method + " " + path + ": " + r.body());
            return parse(r.body());
        }

        public JsonArray array(String method, String path, String json, int status) {
            HttpResponse<String> r = send(method, path, json, Map.of());
            assertEquals(status, r.statusCode(), () -> method + " " + path + ": " + r.body());
            try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
                return reader.readArray();
            }
        }

        public JsonObject pdf(String path, byte[] pdf) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
                    .header("Content-Type", "application/pdf")
                    .header("Authorization", authorization);
            try {
                HttpResponse<String> r =
                        http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, r.statusCode(), r.body());
                return parse(r.body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        public HttpResponse<byte[]> bytes(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                    .header("Authorization", authorization);
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
