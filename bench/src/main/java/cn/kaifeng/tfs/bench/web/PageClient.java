package cn.kaifeng.tfs.bench.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's browser, as far as the load and fault runs need one: keeps its cookies, does not follow redirects,
 * and posts JSF forms as the pages' scripts do, with the view state of the page and the PrimeFaces CSP nonce that
 * page was served with ({@code primefaces.nonce}; a post without it is refused as a stale page).
 *
 * <p>The same protocol as the integration tests' {@code WebClient} (ear/src/test), written again rather than
 * shared: a load client must time every request and report a refused connection or a timeout as an outcome to
 * count, never throw; and the tests' helpers assert with JUnit as they go.
 */
public final class PageClient {

    /**
     * What one request got, when it began ({@link System#nanoTime()}) and how long it took: status 0 and
     * {@code failure} when no HTTP answer came at all.
     */
    public record Reply(int status, String body, HttpHeaders headers, long startNanos, long nanos, String failure) {

        public String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }

        public String location() {
            String location = header("Location");
            return location == null ? "" : location;
        }

        public double millis() {
            return nanos / 1e6;
        }
    }

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]>");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final HttpClient http;

    /** The nonce each view was served with, by its view state. */
    private final Map<String, String> nonces = new ConcurrentHashMap<>();

    private String lastBody = "";
    private String sentNonce;

    public PageClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A reply for a step that could not even be sent (what it needed was not on the page). */
    public static Reply notSent(String why) {
        long now = System.nanoTime();
        return new Reply(0, "", null, now, 0, why);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Signs in through the login page; a 302 is success. */
    public Reply login(String username, String password) {
        Reply page = get("/login.xhtml");
        if (page.status() != 200) {
            return page;
        }
        return submit("/login.xhtml", "login", "submit", Map.of("username", username, "password", password));
    }

    /** Posts a form of the last page: fields named with or without the form prefix, the button by its id. */
    public Reply submit(String path, String formId, String button, Map<String, String> fields) {
        Map<String, String> form = form(formId, fields);
        form.put(formId + ":" + button, "");
        return post(path, form);
    }

    /** Posts fields as they are (full names), adding the nonce of the view the view state names. */
    public Reply post(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(encode(withNonce(form)))));
    }

    /** A {@code p:commandButton}'s Ajax request: the button executed, {@code render} updated. */
    public Reply ajax(
            String path, String formId, String source, String execute, String render, Map<String, String> fields) {
        Map<String, String> form = form(formId, fields);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", formId + ":" + source);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", render);
        form.put(formId + ":" + source, formId + ":" + source);
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(encode(withNonce(form)))));
    }

    /** A file as PrimeFaces' advanced uploader sends it: multipart Ajax, the file as a part named after the uploader. */
    public Reply upload(String path, String formId, String uploader, String render, String fileName, byte[] content) {
        Map<String, String> form = withNonce(form(formId, Map.of()));
        String id = formId + ":" + uploader;
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.partial.execute", id);
        form.put("jakarta.faces.source", id);
        form.put("jakarta.faces.partial.render", render);
        form.put(id + "_totalFilesCount", "1");
        String boundary = "----tfsbench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        form.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + id + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A request with headers of its own (the bank API with Basic credentials); cookies are kept as for pages. */
    public Reply send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(
                    request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long nanos = System.nanoTime() - start;
            remember(response.body());
            return new Reply(response.statusCode(), response.body(), response.headers(), start, nanos, null);
        } catch (IOException e) {
            return new Reply(
                    0,
                    "",
                    null,
                    start,
                    System.nanoTime() - start,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "", null, start, System.nanoTime() - start, "interrupted");
        }
    }

    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    /** The view state of a page or of a partial response; null if it has none. */
    public static String viewState(String body) {
        Matcher page = VIEW_STATE.matcher(body);
        if (page.find()) {
            return page.group(1);
        }
        Matcher partial = PARTIAL_VIEW_STATE.matcher(body);
        return partial.find() ? partial.group(1) : null;
    }

    /** The last page's form: the form's own marker, the fields with its prefix, the view state. */
    private Map<String, String> form(String formId, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(name.startsWith(formId + ":") ? name : formId + ":" + name, value));
        String state = viewState(lastBody);
        if (state != null) {
            form.put("jakarta.faces.ViewState", state);
        }
        return form;
    }

    private Map<String, String> withNonce(Map<String, String> form) {
        String nonce = nonces.get(String.valueOf(form.get("jakarta.faces.ViewState")));
        sentNonce = nonce;
        Map<String, String> with = new LinkedHashMap<>(form);
        if (nonce != null) {
            with.putIfAbsent("primefaces.nonce", nonce);
        }
        return with;
    }

    /** A page's view state is remembered with its nonce; a partial response's new view state with the request's. */
    private void remember(String body) {
        if (body == null || body.isEmpty()) {
            return;
        }
        Matcher page = VIEW_STATE.matcher(body);
        Matcher nonce = NONCE.matcher(body);
        if (page.find() && nonce.find()) {
            nonces.put(page.group(1), nonce.group(1));
            lastBody = body;
            return;
        }
        Matcher partial = PARTIAL_VIEW_STATE.matcher(body);
        if (partial.find()) {
            if (sentNonce != null) {
                nonces.put(partial.group(1), sentNonce);
            }
            lastBody = body;
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
