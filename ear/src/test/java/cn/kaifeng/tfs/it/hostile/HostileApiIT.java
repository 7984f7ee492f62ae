package cn.kaifeng.tfs.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Banks;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input through the REST API, generated from the server's own OpenAPI document: every path, query and
 * header parameter and every property of every JSON body gets values of the wrong type and hostile values of its
 * own type, and every body is also sent broken. The answer is never a 5xx; a refusal is an RFC 9457 problem in the
 * caller's language (Chinese unless asked for English) with no stack trace and no markup of the request in it; and
 * the bank's recorded loans are the same afterwards: nothing hostile was stored.
 */
@ExtendWith(ArquillianExtension.class)
class HostileApiIT {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern STACK_TRACE =
            Pattern.compile("\\.java:\\d+\\)|Exception|java\\.lang\\.|org\\.hibernate\\.|at [a-z]+\\.[a-z]+\\.");

    private static final List<String> TEXT = List.of(
            "",
            "abc\u0000def",
            "\u202Efdp.exe",
            "长".repeat(5000),
            "' OR '1'='1",
            "x'); DROP TABLE loan_report; --",
            "#{'tfs'.concat('evaluated')}",
            "<script>alert('tfs')</script>",
            "../../../../etc/passwd",
            "91410200MA45DE001X",
            "%00",
            "𠀀😀");
    private static final List<String> NUMBER_TEXT = List.of("abc", "-1", "1.5", "1e400", "9".repeat(40), "NaN");
    private static final List<JsonValue> WRONG_TYPES = List.of(
            JsonValue.NULL,
            JsonValue.TRUE,
            Json.createValue(-1),
            Json.createValue("abc"),
            Json.createObjectBuilder().build(),
            Json.createArrayBuilder().add(1).build());
    private static final List<JsonValue> NUMBERS = List.of(
            Json.createValue(-1),
            Json.createValue(0),
            Json.createValue(1.5),
            Json.createValue(new java.math.BigDecimal("1e400")),
            Json.createValue(new java.math.BigInteger("9".repeat(40))));
    private static final List<String> DATES = List.of("2026-02-30", "tomorrow", "31/12/2026", "99999-01-01", "");
    private static final List<String> BROKEN_BODIES = List.of(
            "",
            "{",
            "[]",
            "null",
            "\"x\"",
            "{\"a\":",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"x\":\"" + "y".repeat(2_000_000) + "\"}");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final List<String> wrong = new ArrayList<>();
    private String authorization;
    private int cases;
    private int bodies;

    @Test
    void everyParameterAndPropertyAnswersHostileInputWithAProblemAndStoresNothing() throws Exception {
        authorization = bankClient();
        JsonObject document = Json.createReader(new StringReader(
                        send("GET", "/openapi?format=JSON", null, null, "zh").body()))
                .readObject();
        String loansBefore = send("GET", "/api/v1/loans", null, null, "zh").body();

        JsonObject paths = document.getJsonObject("paths");
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        for (String path : paths.keySet()) {
            String full = path.startsWith("/api/") ? path : "/api" + path;
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.keySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                operation(method.toUpperCase(Locale.ROOT), full, item.getJsonObject(method), schemas);
            }
        }
        assertEquals(loansBefore, send("GET", "/api/v1/loans", null, null, "zh").body(), "no loan stored");
        System.out.printf("hostile input through the API: %d cases, %d wrong%n", cases, wrong.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cases + " cases wrong:\n" + String.join("\n", wrong));
        assertTrue(bodies >= 2, "JSON bodies found in the OpenAPI document: " + bodies + "\n" + document);
        assertTrue(cases >= 200, "cases: " + cases);
    }

    /** One operation: each parameter in turn, then each body property, then broken bodies. */
    private void operation(String method, String path, JsonObject operation, JsonObject schemas) throws Exception {
        List<JsonObject> parameters = operation.containsKey("parameters")
                ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class)
                : List.of();
        Map<String, String> valid = new LinkedHashMap<>();
        for (JsonObject p : parameters) {
            valid.put(p.getString("name"), sample(p.getString("name"), type(p.getJsonObject("schema"))));
        }
        JsonObject bodySchema = jsonBodySchema(operation, schemas);
        String otherType = otherBodyType(operation);
        if (otherType != null) {
            for (byte[] content : List.of(
                    new byte[0],
                    "not a PDF at all".getBytes(StandardCharsets.UTF_8),
                    "%PDF-1.7\n<script>alert(1)</script>\n%%EOF".getBytes(StandardCharsets.UTF_8),
                    new byte[11 * 1024 * 1024])) {
                call(method, path, parameters, valid, null, content, otherType, "body of " + content.length + " bytes");
            }
        }
        JsonObject body = bodySchema == null ? null : sampleBody(bodySchema);
        for (JsonObject p : parameters) {
            String name = p.getString("name");
            String type = type(p.getJsonObject("schema"));
            List<String> values = new ArrayList<>(type.equals("string") ? TEXT : NUMBER_TEXT);
            if (p.getString("in").equals("header")) {
                values = List.of("x".repeat(65), "y".repeat(10_000), "' OR '1'='1", "<b>");
            }
            for (String value : values) {
                Map<String, String> with = new LinkedHashMap<>(valid);
                with.put(name, value);
                call(
                        method,
                        path,
                        parameters,
                        with,
                        body == null ? null : body.toString(),
                        null,
                        null,
                        name + "=" + brief(value));
            }
        }
        if (bodySchema != null) {
            bodies++;
            JsonObject properties = bodySchema.getJsonObject("properties");
            for (String property : properties.keySet()) {
                String type = type(properties.getJsonObject(property));
                List<JsonValue> values = new ArrayList<>(WRONG_TYPES);
                switch (type) {
                    case "string" -> {
                        boolean date =
                                "date".equals(properties.getJsonObject(property).getString("format", ""));
                        (date ? DATES : TEXT).forEach(t -> values.add(Json.createValue(t)));
                    }
                    case "number", "integer" -> values.addAll(NUMBERS);
                    case "array" -> {
                        TEXT.forEach(
                                t -> values.add(Json.createArrayBuilder().add(t).build()));
                        var many = Json.createArrayBuilder();
                        for (int i = 0; i < 101; i++) {
                            many.add("91410200MA45DE001J");
                        }
                        values.add(many.build());
                    }
                    default -> {}
                }
                for (JsonValue value : values) {
                    JsonObject hostile =
                            Json.createObjectBuilder(body).add(property, value).build();
                    call(
                            method,
                            path,
                            parameters,
                            valid,
                            hostile.toString(),
                            null,
                            null,
                            property + "=" + brief(value.toString()));
                }
            }
            for (String broken : BROKEN_BODIES) {
                call(method, path, parameters, valid, broken, null, null, "body " + brief(broken));
            }
        }
    }

    private void call(
            String method,
            String path,
            List<JsonObject> parameters,
            Map<String, String> values,
            String body,
            byte[] bytes,
            String bytesType,
            String what)
            throws Exception {
        String target = path;
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonObject p : parameters) {
            String name = p.getString("name");
            String value = values.get(name);
            switch (p.getString("in")) {
                case "path" ->
                    target = target.replace("{" + name + "}", encode(value).replace("+", "%20"));
                case "query" ->
                    query.append(query.length() == 0 ? "?" : "&")
                            .append(name)
                            .append('=')
                            .append(encode(value));
                case "header" -> headers.put(name, value);
                default -> {}
            }
        }
        // every other case in English: the problem must come in the language asked for
        String language = cases % 2 == 0 ? "zh" : "en";
        cases++;
        String problem;
        try {
            problem = judge(
                    method,
                    path,
                    what.startsWith("Idempotency-Key"),
                    bytes == null
                            ? send(method, target + query, headers, body, language)
                            : sendBytes(target + query, bytes, bytesType, language),
                    language);
        } catch (java.io.IOException e) {
            problem = "no answer: " + e;
        }
        if (problem != null) {
            wrong.add(method + " " + path + " " + what + ": " + problem);
        }
    }

    private static String judge(
            String method, String path, boolean header, HttpResponse<String> response, String language) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status >= 500) {
            return "answered " + status;
        }
        if (STACK_TRACE.matcher(body).find()) {
            return "a stack trace in the answer";
        }
        if (body.contains("<script>") || body.contains("<b>")) {
            return "markup of the request came back";
        }
        if (body.contains(Payloads.EL_RESULT)) {
            return "the expression was evaluated";
        }
        if (status < 400) {
            // reading is no harm (verifying a file only reads); a batch answers each code on its own, a hostile one
            // with its own problem
            boolean answeredEach = path.endsWith("/batch") && (body.contains("\"problem\":{") || header);
            boolean reads = method.equals("GET") || path.endsWith("/verification");
            return reads || answeredEach ? null : "accepted (" + status + ")";
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return status + " without a problem document (" + type + ")";
        }
        JsonObject problem = Json.createReader(new StringReader(body)).readObject();
        String title = problem.getString("title", "");
        if (title.isEmpty() || problem.getInt("status", 0) != status) {
            return "a problem without title or status: " + body;
        }
        if (CJK.matcher(title).find() != language.equals("zh")) {
            return "the problem is not in the language asked for (" + language + "): " + title;
        }
        return null;
    }

    private HttpResponse<String> send(
            String method, String path, Map<String, String> headers, String body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Accept-Language", language)
                .header("Authorization", authorization);
        if (headers != null) {
            headers.forEach(request::header);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendBytes(String path, byte[] bytes, String type, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json")
                        .header("Accept-Language", language)
                        .header("Authorization", authorization)
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The media type of a body the operation takes that is not JSON (a PDF, say), or null. */
    private static String otherBodyType(JsonObject operation) {
        if (!operation.containsKey("requestBody")) {
            return null;
        }
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        return content == null
                ? null
                : content.keySet().stream()
                        .filter(t -> !t.equals("application/json"))
                        .findFirst()
                        .orElse(null);
    }

    /** A client of the demo bank whose limit no test reaches, so every case is answered on its merits. */
    private static String bankClient() {
        WebClient admin = Applicants.as("demo.admin");
        Matcher bank = Pattern.compile("<option value=\"(\\d+)\"[^>]*>示例银行开封分行（演示）</option>")
                .matcher(admin.get("/admin/bank-clients.xhtml").body());
        assertTrue(bank.find(), "the demo bank is offered");
        String[] client = Banks.issueClient(admin, bank.group(1), "敌对输入测试", "1000000");
        return "Basic "
                + Base64.getEncoder().encodeToString((client[0] + ":" + client[1]).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject jsonBodySchema(JsonObject operation, JsonObject schemas) {
        if (!operation.containsKey("requestBody")) {
            return null;
        }
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        if (content == null || !content.containsKey("application/json")) {
            return null;
        }
        JsonObject schema = content.getJsonObject("application/json").getJsonObject("schema");
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            schema = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema.containsKey("properties") ? schema : null;
    }

    /** A plausible body: the demo enterprise's code, a known letter's shape, sensible numbers and dates. */
    private static JsonObject sampleBody(JsonObject schema) {
        var body = Json.createObjectBuilder();
        JsonObject properties = schema.getJsonObject("properties");
        for (String name : properties.keySet()) {
            JsonObject p = properties.getJsonObject(name);
            switch (type(p)) {
                case "number", "integer" -> body.add(name, 12);
                case "array" -> body.add(name, Json.createArrayBuilder().add("91410200MA45DE001J"));
                case "boolean" -> body.add(name, true);
                default ->
                    body.add(name, "date".equals(p.getString("format", "")) ? "2026-11-01" : sample(name, "string"));
            }
        }
        return body.build();
    }

    private static String sample(String name, String type) {
        return switch (name) {
            case "creditCode" -> "91410200MA45DE001J";
            case "purpose" -> "PRE_LOAN";
            case "program" -> "KF-XD-CREDIT";
            default -> type.equals("string") ? "ABCD2345" : "1";
        };
    }

    private static String type(JsonObject schema) {
        if (schema == null) {
            return "string";
        }
        JsonValue type = schema.get("type");
        if (type == null) {
            return "string";
        }
        // OpenAPI 3.1 allows a list of types, e.g. ["string", "null"]
        String first = type.getValueType() == JsonValue.ValueType.ARRAY
                ? schema.getJsonArray("type").getString(0)
                : schema.getString("type");
        return first;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String brief(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "·");
        return printable.length() > 30 ? printable.substring(0, 30) + "…(" + value.length() + ")" : printable;
    }
}
