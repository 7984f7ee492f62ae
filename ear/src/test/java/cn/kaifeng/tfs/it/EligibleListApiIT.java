package cn.kaifeng.tfs.it;

import static cn.kaifeng.tfs.it.Banks.DEMO_CLIENT;
import static cn.kaifeng.tfs.it.Banks.DEMO_SECRET;
import static cn.kaifeng.tfs.it.Banks.parse;
import static cn.kaifeng.tfs.it.Banks.program;
import static cn.kaifeng.tfs.it.Banks.publish;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Banks.Api;
import cn.kaifeng.tfs.testkit.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The eligible lists' API paths: {@code /api/v1/eligible-lists}, and the old {@code /api/v1/whitelists} kept for bank
 * systems that call it. Both answer the same to the same callers, the OpenAPI document marks the old ones deprecated,
 * and an eligibility answer carries the list's version under its new name and, deprecated, under its old one.
 */
@ExtendWith(ArquillianExtension.class)
class EligibleListApiIT {

    private static final String NEW = "/api/v1/eligible-lists";
    private static final String OLD = "/api/v1/whitelists";

    @Test
    void theOldPathsAnswerExactlyAsTheNewOnes() {
        int version = publish(Applicants.as("demo.reviewer"), "KF-XD-CREDIT");
        Api bank = new Api(DEMO_CLIENT, DEMO_SECRET);

        HttpResponse<String> latest = bank.send("GET", NEW, null, Map.of());
        assertEquals(200, latest.statusCode(), latest.body());
        assertTrue(latest.body().contains("\"programCode\":\"KF-XD-CREDIT\""), latest.body());
        assertTrue(latest.body().contains("\"version\":" + version), latest.body());
        HttpResponse<String> latestOld = bank.send("GET", OLD, null, Map.of());
        assertEquals(200, latestOld.statusCode());
        assertEquals(latest.body(), latestOld.body());

        for (String file : List.of("/KF-XD-CREDIT/" + version + ".csv", "/KF-XD-CREDIT/" + version + ".pdf")) {
            HttpResponse<byte[]> now = bank.bytes(NEW + file);
            HttpResponse<byte[]> before = bank.bytes(OLD + file);
            assertEquals(200, now.statusCode(), file);
            assertEquals(200, before.statusCode(), file);
            assertArrayEquals(now.body(), before.body(), "the same file at both paths: " + file);
            for (String header : List.of("Content-Type", "Content-Disposition")) {
                assertEquals(now.headers().firstValue(header), before.headers().firstValue(header), header);
            }
        }

        // a version that does not exist: the same problem at both paths
        HttpResponse<String> missing = bank.send("GET", NEW + "/KF-XD-CREDIT/99999.csv", null, Map.of());
        assertEquals(404, missing.statusCode());
        assertEquals("bank.eligibleList.notFound", parse(missing.body()).getString("code"));
        HttpResponse<String> missingOld = bank.send("GET", OLD + "/KF-XD-CREDIT/99999.csv", null, Map.of());
        assertEquals(404, missingOld.statusCode());
        assertEquals(missing.body(), missingOld.body());
    }

    @Test
    void bothPathsLetInTheSameCallers() {
        String csv = "/KF-XD-CREDIT/1.csv";
        Map<String, Integer> expected = Map.of(
                "demo.applicant", 403, "demo.expert", 403, "demo.reviewer", 200, "demo.admin", 200, "demo.bank", 200);
        expected.forEach((user, status) -> {
            WebClient client = Applicants.as(user);
            for (String base : List.of(NEW, OLD)) {
                assertEquals(status, client.get(base).statusCode(), user + " " + base);
                // let in, the file answers 200, or 404 while no list has a version 1 yet
                int file = client.get(base + csv).statusCode();
                assertTrue(
                        status == 403 ? file == 403 : file == 200 || file == 404,
                        user + " " + base + csv + ": " + file);
            }
        });
        WebClient anonymous = new WebClient(Deployments.baseUrl());
        for (String path : List.of(NEW, NEW + csv, OLD, OLD + csv)) {
            assertEquals(401, anonymous.get(path).statusCode(), "anonymous " + path);
        }
    }

    @Test
    void theOpenApiDocumentMarksTheOldPathsDeprecated() {
        HttpResponse<String> openapi = new Api(null, null).send("GET", "/openapi?format=JSON", null, Map.of());
        assertEquals(200, openapi.statusCode());
        JsonObject paths = parse(openapi.body()).getJsonObject("paths");
        for (String file : List.of("", "/{program}/{version}.csv", "/{program}/{version}.pdf")) {
            JsonObject now = paths.getJsonObject(NEW + file).getJsonObject("get");
            JsonObject before = paths.getJsonObject(OLD + file).getJsonObject("get");
            assertFalse(now.getBoolean("deprecated", false), NEW + file);
            assertTrue(before.getBoolean("deprecated", false), OLD + file + " " + before);
            assertEquals(now.getString("summary"), before.getString("summary"));
        }
        // the answer's program entries: the list's version under its name, and deprecated under its old one
        JsonObject schemas = parse(openapi.body()).getJsonObject("components").getJsonObject("schemas");
        JsonObject program = schemas.values().stream()
                .map(JsonObject.class::cast)
                .map(s -> s.getJsonObject("properties"))
                .filter(p -> p != null && p.containsKey("eligibleListVersion"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no schema with eligibleListVersion: " + schemas.keySet()));
        assertFalse(program.getJsonObject("eligibleListVersion").getBoolean("deprecated", false));
        assertTrue(program.getJsonObject("whitelistVersion").getBoolean("deprecated", false), program.toString());
        assertTrue(program.getJsonObject("whitelistPublishedAt").getBoolean("deprecated", false));
    }

    @Test
    void anEligibilityAnswerNamesTheListVersionUnderBothNames() {
        int version = publish(Applicants.as("demo.reviewer"), "KF-XD-CREDIT");
        // the demo enterprise has authorised the demo bank
        JsonObject answer = new Api(DEMO_CLIENT, DEMO_SECRET)
                .json("GET", "/api/v1/eligibility/91410200MA45DE001J?purpose=PRE_LOAN", null, 200);
        JsonObject credit = program(answer, "KF-XD-CREDIT");
        assertTrue(credit.getInt("eligibleListVersion") >= version, credit.toString());
        assertEquals(credit.getInt("eligibleListVersion"), credit.getInt("whitelistVersion"));
        assertEquals(credit.getString("eligibleListPublishedAt"), credit.getString("whitelistPublishedAt"));
    }
}
