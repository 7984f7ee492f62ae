package cn.kaifeng.tfs.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for black-box HTTP tests: keeps cookies, does not follow redirects (tests assert them),
 * and submits JSF forms with the view state of the last page it fetched.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** In a JSF partial (Ajax) response the view state comes as an update. */
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]>");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private HttpResponse<String> last;

    /**
     * The Content-Security-Policy nonce of each view this client was shown, by view state. PrimeFaces checks that a
     * form post carries the nonce of its view (parameter {@code primefaces.nonce}), as its scripts in a browser send
     * it; a post without it is refused.
     */
    private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();

    private String sentNonce;

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /**
     * The address this client stands for. The test server trusts 127.0.0.1 as a proxy (TFS_TRUSTED_PROXIES in
     * ear/pom.xml), so each client sends its own X-Forwarded-For, as users behind a load balancer arrive: the login
     * back-off and the public forms' limits count each client as the separate user it is, and a test can act as
     * two people at two addresses.
     */
    private String address = "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));

    private static final java.util.Random RANDOM = new java.util.Random();

    /** This client, from now on coming from the given address. */
    public WebClient from(String address) {
        this.address = address;
        return this;
    }

    public String address() {
        return address;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", address);
    }

    public WebClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** Posts a JSF form of the last page: fields are named without the form prefix, the button by its id. */
    public HttpResponse<String> submit(String path, String formId, String buttonId, Map<String, String> fields) {
        Map<String, String> form = formFields(formId, fields);
        form.put(formId + ":" + buttonId, "");
        return post(path, form);
    }

    /**
     * A JSF Ajax request as a component's {@code <p:ajax>} sends it: the source component is executed and the
     * named component rendered (relative to the form, or from the root with a leading colon). The partial response becomes the "last page", so its view state is used next.
     */
    public HttpResponse<String> ajax(
            String path, String formId, String source, String event, String render, Map<String, String> fields) {
        Map<String, String> form = formFields(formId, fields);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", formId + ":" + source);
        form.put("jakarta.faces.partial.execute", formId + ":" + source);
        // ":id" names a component from the view's root, as in an update attribute (the form itself, say)
        form.put("jakarta.faces.partial.render", render.startsWith(":") ? render.substring(1) : formId + ":" + render);
        form.put("jakarta.faces.behavior.event", event);
        form.put("jakarta.faces.partial.event", event);
        HttpResponse<String> response = send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(encode(withNonce(form)))));
        return response;
    }

    /**
     * A file sent as PrimeFaces' advanced uploader sends it: a multipart Ajax request with the form's fields, the
     * uploader as source and executed component, and the file as a part named after the uploader.
     */
    public HttpResponse<String> upload(
            String path, String formId, String uploader, String render, String fileName, byte[] content) {
        Map<String, String> form = new LinkedHashMap<>(withNonce(formFields(formId, Map.of())));
        String id = formId + ":" + uploader;
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.partial.execute", id);
        form.put("jakarta.faces.source", id);
        form.put("jakarta.faces.partial.render", render);
        form.put(id + "_totalFilesCount", "1");
        String boundary = "----tfs" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        form.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        // browsers send the file name as raw UTF-8
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + id + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * A file sent through a plain (non-Ajax) multipart JSF form, as a browser sends {@code h:inputFile}: the form's
     * fields, the button pressed, and the file as a part named after the input.
     */
    public HttpResponse<String> submitFile(
            String path, String formId, String buttonId, String inputId, String fileName, byte[] content) {
        Map<String, String> form = new LinkedHashMap<>(withNonce(formFields(formId, Map.of())));
        form.put(formId + ":" + buttonId, "");
        String boundary = "----tfs" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        form.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + inputId
                        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A form POST whose answer is a file (an export): the body is kept as bytes. */
    public HttpResponse<byte[]> postForBytes(String path, Map<String, String> form) {
        try {
            return http.send(
                    request(path)
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(encode(withNonce(form))))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is kept as bytes (downloads); it does not become the "last page". */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(
                    request(path).GET().timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> formFields(String formId, Map<String, String> fields) {
        String body = last == null ? "" : last.body();
        Matcher viewState = VIEW_STATE.matcher(body);
        Matcher partial = PARTIAL_VIEW_STATE.matcher(body);
        String state = viewState.find() ? viewState.group(1) : partial.find() ? partial.group(1) : null;
        if (state == null) {
            throw new IllegalStateException("no JSF view state on the last page ("
                    + (last == null ? "none" : last.uri()) + "): " + body.substring(0, Math.min(body.length(), 3000)));
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put("jakarta.faces.ViewState", state);
        return form;
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(encode(withNonce(form)))));
    }

    /** The form with the nonce of the view its view state names, as PrimeFaces' scripts add it in a browser. */
    private Map<String, String> withNonce(Map<String, String> form) {
        String nonce = nonces.get(String.valueOf(form.get("jakarta.faces.ViewState")));
        sentNonce = nonce;
        if (nonce == null || form.containsKey("primefaces.nonce")) {
            return form;
        }
        Map<String, String> with = new LinkedHashMap<>(form);
        with.put("primefaces.nonce", nonce);
        return with;
    }

    /** Posts a form whose fields may repeat (checkbox groups: one pair per ticked value). */
    public HttpResponse<String> post(String path, java.util.List<Map.Entry<String, String>> pairs) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(withNonce(pairs).stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&")))));
    }

    private List<Map.Entry<String, String>> withNonce(List<Map.Entry<String, String>> pairs) {
        Map<String, String> state = new LinkedHashMap<>();
        pairs.stream()
                .filter(e -> e.getKey().equals("jakarta.faces.ViewState"))
                .forEach(e -> state.put(e.getKey(), e.getValue()));
        List<Map.Entry<String, String>> with = new java.util.ArrayList<>(pairs);
        withNonce(state).forEach((k, v) -> {
            if (k.equals("primefaces.nonce")) {
                with.add(Map.entry(k, v));
            }
        });
        return with;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Logs in through the real login page; returns the response to the login POST (a redirect on success). */
    public HttpResponse<String> login(String username, String password) {
        get("/login.xhtml");
        return submit("/login.xhtml", "login", "submit", Map.of("username", username, "password", password));
    }

    public CookieManager cookies() {
        return cookies;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            last = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            remember(last.body());
            return last;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page's view state is remembered with its nonce; a partial response's new view state with the request's. */
    private void remember(String body) {
        if (body == null) {
            return;
        }
        Matcher page = VIEW_STATE.matcher(body);
        Matcher nonce = NONCE.matcher(body);
        if (page.find() && nonce.find()) {
            nonces.put(page.group(1), nonce.group(1));
            return;
        }
        Matcher partial = PARTIAL_VIEW_STATE.matcher(body);
        if (partial.find() && sentNonce != null) {
            nonces.put(partial.group(1), sentNonce);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
