package cn.kaifeng.tfs.testkit;

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
import java.util.Random;
import java.util.stream.Collectors;

/**
 * One user's browser as far as the JSF pages need one: keeps its cookies, does not follow redirects (the caller
 * judges them), and posts forms as the pages' scripts do, with the view state of the page and the PrimeFaces CSP
 * nonce that page was served with ({@code primefaces.nonce}; a post without it is refused as a stale page).
 *
 * <p>The integration tests and the load and fault clients drive the pages through it, and need two kinds of it:
 * {@link #WebClient(String)} for a test, {@link #forLoad(String)} for a load client. A transport failure is thrown
 * as {@link NoAnswer}; the load clients turn it into an outcome to count with {@link #lastTiming()}.
 */
public final class WebClient {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Random RANDOM = new Random();

    /** When one request began ({@link System#nanoTime()}) and how long until its answer was read, or it failed. */
    public record Timing(long startNanos, long nanos) {}

    /** No HTTP answer came at all: the connection was refused, timed out, or the thread was interrupted. */
    public static final class NoAnswer extends IllegalStateException {
        NoAnswer(Exception cause) {
            super(cause);
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final HttpResponse.BodyHandler<String> bodies;

    /**
     * Whether a form is posted from the last answer that held one, rather than from the last answer. A test posts
     * from the answer it got last and fails at once when that holds no form, which names the page that went wrong.
     * A load client keeps the page its user still has open when a request in between was refused (a 503 while the
     * database is away), and leaves a missing view state to the server to refuse.
     */
    private final boolean fromLastForm;

    private final Views views = new Views();

    /**
     * The address this client stands for, or null for the connection's own. The test server trusts 127.0.0.1 as a
     * proxy (TFS_TRUSTED_PROXIES in ear/pom.xml), so each test client sends its own X-Forwarded-For, as users behind
     * a load balancer arrive: the login back-off and the public forms' limits count each client as the separate user
     * it is, and a test can act as two people at two addresses.
     */
    private String address;

    private HttpResponse<String> last;
    private Timing lastTiming;

    /** A client as a test uses it: at an address of its own, posting forms from the answer it got last. */
    public WebClient(String base) {
        this(base, HttpClient.Version.HTTP_2, HttpResponse.BodyHandlers.ofString(), false);
        this.address = "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    }

    /**
     * A client as a load client uses it: HTTP/1.1, as browsers speak to a server without TLS; from the connection's
     * own address; answers read as UTF-8; forms posted from the last answer that held one.
     */
    public static WebClient forLoad(String base) {
        return new WebClient(
                base, HttpClient.Version.HTTP_1_1, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), true);
    }

    private WebClient(
            String base, HttpClient.Version version, HttpResponse.BodyHandler<String> bodies, boolean fromLastForm) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.bodies = bodies;
        this.fromLastForm = fromLastForm;
        this.http = HttpClient.newBuilder()
                .version(version)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** This client, from now on coming from the given address. */
    public WebClient from(String address) {
        this.address = address;
        return this;
    }

    public String address() {
        return address;
    }

    public CookieManager cookies() {
        return cookies;
    }

    /** A request to a path of the server (or a whole URL), from this client's address. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        return address == null ? request : request.header("X-Forwarded-For", address);
    }

    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** Logs in through the real login page; returns the response to the login POST (a redirect on success). */
    public HttpResponse<String> login(String username, String password) {
        get("/login.xhtml");
        return submitLogin(username, password);
    }

    /** Posts the login form of the login page last fetched. */
    public HttpResponse<String> submitLogin(String username, String password) {
        return submit("/login.xhtml", "login", "submit", Map.of("username", username, "password", password));
    }

    /** Posts a JSF form of the last page: fields named with or without the form prefix, the button by its id. */
    public HttpResponse<String> submit(String path, String formId, String buttonId, Map<String, String> fields) {
        Map<String, String> form = form(formId, fields);
        form.put(formId + ":" + buttonId, "");
        return post(path, form);
    }

    /** Posts fields as they are (full names), adding the nonce of the view the view state names. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(request(path)
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(encode(views.withNonce(form)))));
    }

    /** Posts a form whose fields may repeat (checkbox groups: one pair per ticked value). */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> pairs) {
        return send(request(path)
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(views.withNonce(pairs).stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&")))));
    }

    /**
     * A JSF Ajax request as a component's {@code <p:ajax>} sends it: the source component is executed and the
     * named component rendered (relative to the form, or from the root with a leading colon). The partial response
     * becomes the "last page", so its view state is used next.
     */
    public HttpResponse<String> ajax(
            String path, String formId, String source, String event, String render, Map<String, String> fields) {
        Map<String, String> form = form(formId, fields);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", formId + ":" + source);
        form.put("jakarta.faces.partial.execute", formId + ":" + source);
        // ":id" names a component from the view's root, as in an update attribute (the form itself, say)
        form.put("jakarta.faces.partial.render", render.startsWith(":") ? render.substring(1) : formId + ":" + render);
        form.put("jakarta.faces.behavior.event", event);
        form.put("jakarta.faces.partial.event", event);
        return partial(path, form);
    }

    /** A {@code p:commandButton}'s Ajax request: the button executes {@code execute} and updates {@code render}. */
    public HttpResponse<String> ajaxButton(
            String path, String formId, String button, String execute, String render, Map<String, String> fields) {
        Map<String, String> form = form(formId, fields);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", formId + ":" + button);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", render);
        form.put(formId + ":" + button, formId + ":" + button);
        return partial(path, form);
    }

    /**
     * A file sent as PrimeFaces' advanced uploader sends it: a multipart Ajax request with the form's fields, the
     * uploader as source and executed component, and the file as a part named after the uploader.
     */
    public HttpResponse<String> upload(
            String path, String formId, String uploader, String render, String fileName, byte[] content) {
        Map<String, String> form = views.withNonce(form(formId, Map.of()));
        String id = formId + ":" + uploader;
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.partial.execute", id);
        form.put("jakarta.faces.source", id);
        form.put("jakarta.faces.partial.render", render);
        form.put(id + "_totalFilesCount", "1");
        Multipart body = new Multipart(form).file(id, fileName, content);
        return send(request(path)
                .header("Content-Type", body.contentType())
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /**
     * A file sent through a plain (non-Ajax) multipart JSF form, as a browser sends {@code h:inputFile}: the form's
     * fields, the button pressed, and the file as a part named after the input.
     */
    public HttpResponse<String> submitFile(
            String path, String formId, String buttonId, String inputId, String fileName, byte[] content) {
        Map<String, String> form = views.withNonce(form(formId, Map.of()));
        form.put(formId + ":" + buttonId, "");
        Multipart body = new Multipart(form).file(formId + ":" + inputId, fileName, content);
        return send(request(path)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** As {@link #submitFile(String, String, String, String, String, byte[])}, with the form's other fields. */
    public HttpResponse<String> submitFile(
            String path,
            String formId,
            String buttonId,
            Map<String, String> fields,
            String inputId,
            String fileName,
            byte[] content) {
        Map<String, String> form = views.withNonce(form(formId, fields));
        form.put(formId + ":" + buttonId, "");
        Multipart body = new Multipart(form).file(formId + ":" + inputId, fileName, content);
        return send(request(path)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** A form POST whose answer is a file (an export): the body is kept as bytes. */
    public HttpResponse<byte[]> postForBytes(String path, Map<String, String> form) {
        return sendForBytes(request(path)
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(encode(views.withNonce(form)))));
    }

    /** A GET whose body is kept as bytes (downloads); it does not become the "last page". */
    public HttpResponse<byte[]> download(String path) {
        return sendForBytes(request(path).GET());
    }

    /**
     * Sends a request as it is (the bank API with its own headers, say), with this client's cookies; the answer
     * becomes the "last page" as every page's does.
     */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), bodies);
            lastTiming = new Timing(start, System.nanoTime() - start);
            last = response;
            views.shown(response.body());
            return response;
        } catch (IOException e) {
            lastTiming = new Timing(start, System.nanoTime() - start);
            throw new NoAnswer(e);
        } catch (InterruptedException e) {
            lastTiming = new Timing(start, System.nanoTime() - start);
            Thread.currentThread().interrupt();
            throw new NoAnswer(e);
        }
    }

    /** How long the last request of {@link #send} (and of every method built on it) took, its answer read. */
    public Timing lastTiming() {
        return lastTiming;
    }

    /** The view state of a page or of a partial response; null if it has none. */
    public static String viewState(String body) {
        return Views.viewState(body);
    }

    private HttpResponse<String> partial(String path, Map<String, String> form) {
        return send(request(path)
                .header("Content-Type", FORM)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(encode(views.withNonce(form)))));
    }

    private HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new NoAnswer(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer(e);
        }
    }

    /** A form of the page posted from: the form's own marker, the fields with its prefix, the view state. */
    private Map<String, String> form(String formId, Map<String, String> fields) {
        String state = stateToPostFrom();
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(name.startsWith(formId + ":") ? name : formId + ":" + name, value));
        if (state != null) {
            form.put("jakarta.faces.ViewState", state);
        }
        return form;
    }

    private String stateToPostFrom() {
        if (fromLastForm) {
            return viewState(views.lastForm());
        }
        String body = last == null ? "" : last.body();
        String state = viewState(body);
        if (state == null) {
            throw new IllegalStateException("no JSF view state on the last page ("
                    + (last == null ? "none" : last.uri()) + "): " + body.substring(0, Math.min(body.length(), 3000)));
        }
        return state;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
