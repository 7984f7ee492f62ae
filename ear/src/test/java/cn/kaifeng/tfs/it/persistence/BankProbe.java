package cn.kaifeng.tfs.it.persistence;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Test-only (deployed in a probe archive, never in the application), for the bank tests: lets an enterprise's
 * authorisations run out (as time would), and adds a second bank, which only an administrator's database work
 * creates in production. {@code GET /notice-probe/bank?do=expire-consents&code=...} or {@code do=new-bank&code=...}.
 */
@WebServlet("/bank")
public class BankProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Probe probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        if (code == null || !code.matches("[0-9A-Z]{18}")) {
            response.sendError(400);
            return;
        }
        Object result;
        switch (String.valueOf(request.getParameter("do"))) {
            case "expire-consents" ->
                result = probe.inTransaction(em -> em.createNativeQuery(
                                "UPDATE bank_consent SET expires_on = CURRENT_DATE - 1 WHERE enterprise_id ="
                                        + " (SELECT id FROM organisation WHERE credit_code = '" + code + "')")
                        .executeUpdate());
            case "new-bank" ->
                result = probe.inTransaction(em -> {
                    em.createNativeQuery("INSERT INTO organisation (id, kind, name, credit_code, created_at, version,"
                                    + " identity_status, verified_at) VALUES (nextval('organisation_seq'), 'BANK',"
                                    + " '测试第二银行（" + code.substring(10) + "）', '" + code
                                    + "', CURRENT_TIMESTAMP, 0, 'VERIFIED', CURRENT_TIMESTAMP)")
                            .executeUpdate();
                    return em.createNativeQuery("SELECT id FROM organisation WHERE credit_code = '" + code + "'")
                            .getSingleResult();
                });
            default -> {
                response.sendError(400);
                return;
            }
        }
        response.getWriter().print(result);
    }

    /** What a client-side test calls; the probe's answer (rows changed, or the new bank's id). */
    public static String call(String what, String creditCode) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(cn.kaifeng.tfs.it.Deployments.baseUrl()
                                            + "/notice-probe/bank?do=" + what + "&code="
                                            + URLEncoder.encode(creditCode, StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(what + " failed: " + answer.statusCode() + " " + answer.body());
            }
            return answer.body().strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
