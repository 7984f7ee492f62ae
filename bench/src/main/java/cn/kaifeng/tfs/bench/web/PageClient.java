package cn.kaifeng.tfs.bench.web;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One user's browser for the load and fault runs: the test kit's page client in its load kind
 * ({@link WebClient#forLoad}), with every request answered as a {@link Reply}. A load client must time every
 * request and count a refused connection or a timeout as an outcome, so nothing here throws.
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

    private final WebClient client;

    /**
     * A user at an address of their own (X-Forwarded-For, believed only from a trusted proxy such as the cluster's
     * balancer): the public forms' limits per address then count each simulated user apart, as real users are.
     */
    public PageClient(String base) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.client = WebClient.forLoad(base)
                .from("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254)));
    }

    /** A reply for a step that could not even be sent (what it needed was not on the page). */
    public static Reply notSent(String why) {
        long now = System.nanoTime();
        return new Reply(0, "", null, now, 0, why);
    }

    public Reply get(String path) {
        return reply(() -> client.get(path));
    }

    /** Signs in through the login page; a 302 is success. */
    public Reply login(String username, String password) {
        Reply page = get("/login.xhtml");
        if (page.status() != 200) {
            return page;
        }
        return reply(() -> client.submitLogin(username, password));
    }

    /** Posts a form of the last page: fields named with or without the form prefix, the button by its id. */
    public Reply submit(String path, String formId, String button, Map<String, String> fields) {
        return reply(() -> client.submit(path, formId, button, fields));
    }

    /** Posts fields as they are (full names), adding the nonce of the view the view state names. */
    public Reply post(String path, Map<String, String> form) {
        return reply(() -> client.post(path, form));
    }

    /** A {@code p:commandButton}'s Ajax request: the button executed, {@code render} updated. */
    public Reply ajax(
            String path, String formId, String source, String execute, String render, Map<String, String> fields) {
        return reply(() -> client.ajaxButton(path, formId, source, execute, render, fields));
    }

    /** A file as PrimeFaces' advanced uploader sends it: multipart Ajax, the file as a part named after the uploader. */
    public Reply upload(String path, String formId, String uploader, String render, String fileName, byte[] content) {
        return reply(() -> client.upload(path, formId, uploader, render, fileName, content));
    }

    /** A request with headers of its own (the bank API with Basic credentials); cookies are kept as for pages. */
    public Reply send(HttpRequest.Builder request) {
        return reply(() -> client.send(request));
    }

    public URI uri(String path) {
        return client.uri(path);
    }

    public java.net.CookieManager cookieManager() {
        return client.cookies();
    }

    /** The cookie value of this name the client holds for its server, or null (the balancer's node cookie). */
    public String cookie(String name) {
        return client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /**
     * With TFS_RESEND_UNANSWERED=true (bench/failover.sh), a request whose kept-alive connection was closed before
     * any byte of an answer came is sent once more, as browsers do: the balancer closes its side when the node
     * behind a connection it reused has died, and a browser then sends the request again on a new connection. Such
     * resends are counted ({@link #resent}) and reported.
     */
    private static final boolean RESEND = "true".equals(System.getenv("TFS_RESEND_UNANSWERED"));

    private static final AtomicInteger RESENT = new AtomicInteger();

    /** How many requests were sent once more after their connection closed without an answer. */
    public static int resent() {
        return RESENT.get();
    }

    private Reply reply(Supplier<HttpResponse<String>> exchange) {
        Reply first = once(exchange);
        if (RESEND && first.status() == 0 && unanswered(first.failure())) {
            RESENT.incrementAndGet();
            return once(exchange);
        }
        return first;
    }

    private static boolean unanswered(String failure) {
        return failure != null
                && (failure.contains("received no bytes")
                        || failure.contains("Connection reset")
                        || failure.startsWith("EOFException"));
    }

    private Reply once(Supplier<HttpResponse<String>> exchange) {
        try {
            HttpResponse<String> response = exchange.get();
            WebClient.Timing took = client.lastTiming();
            return new Reply(
                    response.statusCode(), response.body(), response.headers(), took.startNanos(), took.nanos(), null);
        } catch (WebClient.NoAnswer e) {
            WebClient.Timing took = client.lastTiming();
            Throwable cause = e.getCause();
            String failure = cause instanceof InterruptedException
                    ? "interrupted"
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            return new Reply(0, "", null, took.startNanos(), took.nanos(), failure);
        }
    }
}
