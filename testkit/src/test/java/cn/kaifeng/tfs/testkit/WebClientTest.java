package cn.kaifeng.tfs.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a small JDK server that serves fixed answers by path and keeps what it was sent. */
class WebClientTest {

    private static final String PAGE = "<form id=\"f\"><input type=\"hidden\" name=\"jakarta.faces.ViewState\""
            + " value=\"vs-1\"/></form><script>PrimeFaces.csp.init('nonce-1');</script>";
    private static final String PARTIAL = "<partial-response><changes><update id=\"j_id1:jakarta.faces.ViewState:0\">"
            + "<![CDATA[vs-2]]></update></changes></partial-response>";

    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, String> received = new ConcurrentHashMap<>();
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        answers.put("/page", PAGE);
        answers.put("/partial", PARTIAL);
        answers.put("/down", "try again later");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            received.put(path, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.put(
                    path + " from", String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For")));
            byte[] body = answers.getOrDefault(path, "").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(path.equals("/down") ? 503 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aFormIsPostedWithItsPagesViewStateAndNonceAndItsFieldsPrefixed() {
        WebClient client = new WebClient(base);
        client.get("/page");
        client.submit("/page", "f", "go", Map.of("name", "王示例", "f:kept", "as named"));
        Map<String, String> posted = decode(received.get("/page"));
        assertEquals("f", posted.get("f"));
        assertEquals("王示例", posted.get("f:name"));
        assertEquals("as named", posted.get("f:kept"));
        assertEquals("", posted.get("f:go"));
        assertEquals("vs-1", posted.get("jakarta.faces.ViewState"));
        assertEquals("nonce-1", posted.get("primefaces.nonce"));
    }

    @Test
    void aPartialResponsesViewStateKeepsTheNonceOfTheRequestThatGotIt() {
        WebClient client = new WebClient(base);
        client.get("/page");
        client.ajax("/partial", "f", "save", "click", "f", Map.of());
        client.submit("/page", "f", "go", Map.of());
        Map<String, String> posted = decode(received.get("/page"));
        assertEquals("vs-2", posted.get("jakarta.faces.ViewState"));
        assertEquals("nonce-1", posted.get("primefaces.nonce"));
    }

    @Test
    void aTestClientFailsOnAFormlessAnswerWhereALoadClientKeepsThePageItHasOpen() {
        WebClient test = new WebClient(base);
        test.get("/page");
        test.get("/down");
        IllegalStateException noForm =
                assertThrows(IllegalStateException.class, () -> test.submit("/page", "f", "go", Map.of()));
        assertTrue(noForm.getMessage().contains("/down"), noForm.getMessage());

        WebClient load = WebClient.forLoad(base + "/");
        load.get("/page");
        assertEquals(503, load.get("/down").statusCode());
        load.submit("/page", "f", "go", Map.of());
        assertEquals("vs-1", decode(received.get("/page")).get("jakarta.faces.ViewState"));
    }

    @Test
    void aTestClientComesFromAnAddressOfItsOwnALoadClientFromItsConnection() {
        new WebClient(base).from("10.1.2.3").get("/page");
        assertEquals("10.1.2.3", received.get("/page from"));
        WebClient.forLoad(base).get("/page");
        assertEquals("null", received.get("/page from"));
    }

    @Test
    void noAnswerIsThrownAndTimed() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        WebClient client = WebClient.forLoad("http://127.0.0.1:" + closed);
        assertNull(client.lastTiming());
        assertThrows(WebClient.NoAnswer.class, () -> client.get("/page"));
        assertTrue(client.lastTiming().nanos() > 0);
    }

    private static Map<String, String> decode(String body) {
        Map<String, String> fields = new ConcurrentHashMap<>();
        for (String pair : body.split("&")) {
            String[] nameValue = pair.split("=", 2);
            fields.put(
                    URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
        }
        return fields;
    }
}
