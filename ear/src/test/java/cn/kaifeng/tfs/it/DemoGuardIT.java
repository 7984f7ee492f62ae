package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Demo accounts never reach production: a server started without TFS_DEMO=true on a database that holds the demo's
 * accounts (whose password is published) refuses to deploy the application and says why in its log. Runs a server
 * of its own (SeparateServer): first as a demo, which fills the database, then as production on the same database.
 */
class DemoGuardIT {

    private final SeparateServer server = new SeparateServer(
            "demo-guard-server",
            Integer.getInteger("tfs.guard.port-offset", 400),
            System.getProperty("tfs.guard.multicast", "230.0.0.103"),
            "");

    @AfterEach
    void stop() throws java.sql.SQLException {
        server.close();
    }

    @Test
    void aProductionServerRefusesToStartWithTheDemosAccounts() throws Exception {
        server.prepare();
        server.start(Map.of("TFS_DEMO", "true"));
        WebClient demo = new WebClient(server.url());
        assertEquals(302, demo.login("demo.admin", Deployments.DEMO_PASSWORD).statusCode(), "the demo runs");
        server.stop();

        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        server.start(Map.of("TFS_PII_KEY", Base64.getEncoder().encodeToString(key)));
        String log = Files.readString(server.console());
        assertTrue(
                log.contains("Refusing to start: this database holds the demo's accounts or bank clients")
                        && log.contains("demo.admin")
                        && log.contains("BC-DEMODEMODEMO"),
                "the log says why, naming what was found; see " + server.console());
        java.net.http.HttpResponse<String> login = new WebClient(server.url()).get("/login.xhtml");
        assertTrue(
                login.statusCode() != 200 && !login.body().contains("jakarta.faces.ViewState"),
                "and the application is not served: " + login.statusCode());
    }
}
