package cn.kaifeng.tfs.it.persistence;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only (deployed in a probe archive, never in the application): moves an application's public notice end into
 * the past, as a server that was down when the notice ended would find it, so client-side tests can watch the
 * schedule move the application on. {@code GET /notice-probe/end-notice?number=KF-XX-2026-00001}.
 */
@WebServlet("/end-notice")
public class NoticeClock extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Probe probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("number");
        if (number == null || !number.matches("KF-[A-Z]{2}-\\d{4}-\\d{5}")) {
            response.sendError(400);
            return;
        }
        int changed = probe.inTransaction(em -> em.createNativeQuery(
                        "UPDATE application SET notice_ends_at = CURRENT_TIMESTAMP - INTERVAL '1' HOUR"
                                + " WHERE number = '" + number + "' AND status = 'PUBLIC_NOTICE'")
                .executeUpdate());
        response.getWriter().print(changed);
    }

    /** What a client-side test calls. */
    public static void endNotice(String number) {
        try {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create(cn.kaifeng.tfs.it.Deployments.baseUrl()
                                                    + "/notice-probe/end-notice?number=" + number))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            if (!"1".equals(answer.body().strip())) {
                throw new IllegalStateException("the notice of " + number + " was not moved: " + answer.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
