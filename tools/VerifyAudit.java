import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The audit verification command (run by audit-verify.sh with nothing but a JDK): asks the running application to
 * chain waiting audit records and verify the whole hash chain, prints the verdict, and exits 0 if the chain is
 * intact, 1 if it is broken, 2 if it could not ask.
 */
public class VerifyAudit {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : env("TFS_URL", "http://localhost:8080");
        String user = env("TFS_ADMIN_USER", "demo.admin");
        String password = System.getenv("TFS_ADMIN_PASSWORD");
        if (password == null && System.console() != null) {
            password = new String(System.console().readPassword("Password of %s: ", user));
        }
        if (password == null) {
            System.err.println("Set TFS_ADMIN_PASSWORD (the password of " + user + ").");
            System.exit(2);
        }
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/audit/verification"))
                                .header("Authorization", "Basic " + basic)
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.err.println("The application answered " + response.statusCode() + ": " + response.body());
            System.exit(2);
        }
        System.out.println(response.body());
        boolean intact = response.body().replace(" ", "").contains("\"intact\":true");
        System.out.println(intact ? "Audit chain intact." : "AUDIT CHAIN BROKEN.");
        System.exit(intact ? 0 : 1);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
