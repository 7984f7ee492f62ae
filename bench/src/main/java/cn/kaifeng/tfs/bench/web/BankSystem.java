package cn.kaifeng.tfs.bench.web;

import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** A bank's system on the REST API with its client credentials (HTTP Basic on every call, no session). */
public final class BankSystem {

    /** The demo data's load-test client, whose per-minute limit is raised for load runs (see bench/bank-load.sh). */
    public static final String LOAD_CLIENT = "BC-DEMOLOADTEST";

    public static final String LOAD_SECRET = "demo-load-test-secret-not-for-production";

    private final PageClient client;
    private final String authorization;

    public BankSystem(String base, String clientId, String secret) {
        this.client = new PageClient(base);
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** Eligibility of one enterprise before a loan; 200 with a JSON answer is success. */
    public Reply eligibility(String creditCode, String language) {
        return client.send(HttpRequest.newBuilder(client.uri("/api/v1/eligibility/" + creditCode + "?purpose=PRE_LOAN"))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Accept-Language", language)
                .GET());
    }

    /** Eligibility of several enterprises in one call; 200 with one item per code is success. */
    public Reply batch(List<String> creditCodes) {
        String json = "{\"purpose\":\"PRE_LOAN\",\"creditCodes\":["
                + creditCodes.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",")) + "]}";
        return client.send(HttpRequest.newBuilder(client.uri("/api/v1/eligibility/batch"))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }
}
