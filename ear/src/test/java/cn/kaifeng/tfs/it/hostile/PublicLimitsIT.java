package cn.kaifeng.tfs.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.testkit.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public forms have limits per address: checking letters (page and API), the calculator and registration
 * answer 429 with Retry-After once one address has used them more than a person would, while another address is
 * still served; and a page without a file field refuses a multipart body without reading it. Each client stands
 * for its own address (WebClient's X-Forwarded-For, trusted from 127.0.0.1 on the test server).
 */
@ExtendWith(ArquillianExtension.class)
class PublicLimitsIT {

    private static WebClient at(String address) {
        return new WebClient(Deployments.baseUrl()).from(address);
    }

    @Test
    void letterChecksByPageAreLimitedPerAddress() {
        WebClient visitor = at("198.18.0.11");
        HttpResponse<String> answer = null;
        for (int i = 0; i <= 30; i++) {
            visitor.get("/public/verify.xhtml");
            answer = visitor.submit("/public/verify.xhtml", "verify", "check-code", Map.of("code", "7KQ2-M9XD-4HTP"));
            if (i < 30) {
                assertEquals(200, answer.statusCode(), "check " + (i + 1) + " is answered");
            }
        }
        assertEquals(429, answer.statusCode(), "the 31st within ten minutes is refused");
        assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "with Retry-After");
        assertTrue(answer.body().contains("操作过于频繁"), "and a page that says so");

        WebClient other = at("198.18.0.12");
        other.get("/public/verify.xhtml");
        assertEquals(
                200,
                other.submit("/public/verify.xhtml", "verify", "check-code", Map.of("code", "7KQ2-M9XD-4HTP"))
                        .statusCode(),
                "another address is served");
    }

    @Test
    void letterChecksByApiAreLimitedPerAddress() {
        WebClient script = at("198.18.0.21");
        HttpResponse<String> answer = null;
        for (int i = 0; i <= 30; i++) {
            answer = script.get(
                    "/api/v1/letters/verification?code=7KQ2-M9XD-4HTP", Map.of("Accept", "application/json"));
        }
        assertEquals(429, answer.statusCode());
        assertTrue(answer.body().contains("public.tooMany"), answer.body());
        assertTrue(answer.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void registrationsAreLimitedPerAddress() {
        WebClient visitor = at("198.18.0.31");
        HttpResponse<String> answer = null;
        for (int i = 0; i <= 10; i++) {
            visitor.get("/register.xhtml");
            // not even valid: every attempt counts, successful or not
            answer = visitor.submit("/register.xhtml", "register", "submit", Map.of("username", "x"));
        }
        assertEquals(429, answer.statusCode(), "the 11th attempt within an hour is refused");
        assertTrue(answer.body().contains("操作过于频繁"));
    }

    @Test
    void calculationsAreLimitedPerAddressAndAjaxGetsTheSentence() {
        WebClient visitor = at("198.18.0.41");
        HttpResponse<String> answer = null;
        for (int i = 0; i <= 60; i++) {
            visitor.get("/public/calculator.xhtml");
            answer = visitor.ajax("/public/calculator.xhtml", "calc", "calculate", "click", ":messages", Map.of());
        }
        assertEquals(200, answer.statusCode(), "an Ajax answer stays 200, or Faces' scripts would drop it");
        assertTrue(answer.body().contains("操作过于频繁"), answer.body());
        assertTrue(answer.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void pagesWithoutAFileFieldRefuseMultipartBodies() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String page : new String[] {"/login.xhtml", "/register.xhtml", "/public/calculator.xhtml"}) {
            String boundary = "----tfs-multipart";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--" + boundary + "--\r\n";
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + page))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(415, answer.statusCode(), page);
        }
    }
}
