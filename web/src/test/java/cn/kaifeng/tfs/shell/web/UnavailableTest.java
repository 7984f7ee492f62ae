package cn.kaifeng.tfs.shell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The answers to a request the database's absence made fail: the Ajax message, and the headers kept. */
class UnavailableTest {

    @Test
    void theAjaxAnswerReplacesTheMessagesWithTheSentenceEscaped() {
        String xml = Unavailable.messagesUpdate("请稍后重试 <b>&</b>");
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes>"), xml);
        assertTrue(xml.contains("<update id=\"messages\"><![CDATA[<div id=\"messages\""), xml);
        assertTrue(xml.contains("<li class=\"tfs-message-error\">请稍后重试 &lt;b&gt;&amp;&lt;/b&gt;</li>"), xml);
        assertTrue(xml.endsWith("]]></update></changes></partial-response>"), xml);
    }

    @Test
    void aResetKeepsTheServersHeadersAndTheSessionCookieButNotTheFailedPagesContentHeaders() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", new ArrayList<>(List.of("nosniff")));
        headers.put("X-Frame-Options", new ArrayList<>(List.of("DENY")));
        headers.put("Set-Cookie", new ArrayList<>(List.of("JSESSIONID=a; HttpOnly")));
        headers.put("Content-Security-Policy", new ArrayList<>(List.of("script-src 'nonce-old'")));
        headers.put("Content-Type", new ArrayList<>(List.of("text/html")));
        ServerHeaders.reset(response(headers));
        assertEquals(
                Map.of(
                        "X-Content-Type-Options", List.of("nosniff"),
                        "X-Frame-Options", List.of("DENY"),
                        "Set-Cookie", List.of("JSESSIONID=a; HttpOnly")),
                headers);
    }

    @Test
    void anErrorPageGetsBackTheHeadersTheRequestCameInWith() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", new ArrayList<>(List.of("nosniff")));
        headers.put("X-Frame-Options", new ArrayList<>(List.of("DENY")));
        HttpServletResponse response = response(headers);
        Map<String, List<String>> noted = ServerHeadersFilter.noted(response);
        headers.clear(); // what the container does before its error page
        headers.put("Cache-Control", new ArrayList<>(List.of("no-store")));
        ServerHeadersFilter.restore(noted, response);
        assertEquals(
                Map.of(
                        "X-Content-Type-Options", List.of("nosniff"),
                        "X-Frame-Options", List.of("DENY"),
                        "Cache-Control", List.of("no-store")),
                headers);
        ServerHeadersFilter.restore(noted, response);
        assertEquals(List.of("nosniff"), headers.get("X-Content-Type-Options"), "never twice");
    }

    /** A response that keeps its headers in a map: enough for what a reset does with them. */
    private static HttpServletResponse response(Map<String, List<String>> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(
                UnavailableTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, m, a) -> switch (m.getName()) {
                    case "getHeaderNames" -> new ArrayList<>(headers.keySet());
                    case "getHeaders" -> headers.get((String) a[0]);
                    case "containsHeader" -> headers.containsKey((String) a[0]);
                    case "reset" -> {
                        headers.clear();
                        yield null;
                    }
                    case "addHeader" -> {
                        headers.computeIfAbsent((String) a[0], k -> new ArrayList<>())
                                .add((String) a[1]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
