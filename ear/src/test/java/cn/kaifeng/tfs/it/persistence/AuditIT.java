package cn.kaifeng.tfs.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Deployments;
import jakarta.ejb.EJB;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail's hash chain on the real server and database: it verifies; changing one stored record directly
 * in the database (as someone with database access might) is found, at that record, by the verification the
 * command and the admin page use; putting the value back makes it whole again. The verification is for
 * administrators only.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Deployment(name = "probe")
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "audit-probe.war")
                .addClasses(Probe.class, Deployments.class)
                .addAsResource(
                        new java.io.File("target/test-classes/persistence-probe/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @EJB
    private Probe probe;

    @Test
    @OperateOnDeployment("probe")
    void alteringOneStoredRecordIsFoundAtThatRecord() throws Exception {
        HttpResponse<String> before = verification("demo.admin", Deployments.DEMO_PASSWORD);
        assertEquals(200, before.statusCode(), before.body());
        assertTrue(before.body().contains("\"intact\":true"), before.body());

        long seq = probe.inTransaction(em -> ((Number)
                        em.createNativeQuery("SELECT MIN(chain_seq) FROM audit_record WHERE action = 'ACCOUNT_CREATED'")
                                .getSingleResult())
                .longValue());
        String actor = probe.inTransaction(
                em -> (String) em.createNativeQuery("SELECT actor FROM audit_record WHERE chain_seq = " + seq)
                        .getSingleResult());
        try {
            probe.inTransaction(em -> em.createNativeQuery(
                            "UPDATE audit_record SET actor = 'someone.else' WHERE chain_seq = " + seq)
                    .executeUpdate());
            HttpResponse<String> tampered = verification("demo.admin", Deployments.DEMO_PASSWORD);
            assertTrue(tampered.body().contains("\"intact\":false"), tampered.body());
            assertTrue(tampered.body().contains("\"brokenAt\":" + seq), tampered.body());
            assertTrue(tampered.body().contains("\"problem\":\"ALTERED\""), tampered.body());
        } finally {
            probe.inTransaction(em -> em.createNativeQuery(
                            "UPDATE audit_record SET actor = '" + actor + "' WHERE chain_seq = " + seq)
                    .executeUpdate());
        }
        HttpResponse<String> restored = verification("demo.admin", Deployments.DEMO_PASSWORD);
        assertTrue(restored.body().contains("\"intact\":true"), restored.body());
    }

    @Test
    @OperateOnDeployment("probe")
    void onlyAdministratorsMayVerify() throws Exception {
        assertEquals(401, verification("demo.admin", "wrong password").statusCode());
        assertEquals(
                403, verification("demo.reviewer", Deployments.DEMO_PASSWORD).statusCode());
        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api/v1/audit/verification"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
    }

    private static HttpResponse<String> verification(String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api/v1/audit/verification"))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
