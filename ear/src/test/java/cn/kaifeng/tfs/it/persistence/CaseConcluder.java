package cn.kaifeng.tfs.it.persistence;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only (deployed in a probe archive, never in the application): puts a submitted application at the end of its
 * review, passed, with a total and an award, as a concluded expert panel would leave it, so that client-side tests
 * of the ranked list need not run a panel per application (PanelIT covers the panel).
 * {@code GET /ranking-probe/conclude?number=KF-RC-2026-00001&total=98.5&award=900000}.
 */
@WebServlet("/conclude")
public class CaseConcluder extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Probe probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("number");
        String total = request.getParameter("total");
        String award = request.getParameter("award");
        if (number == null
                || !number.matches("KF-[A-Z]{2}-\\d{4}-\\d{5}")
                || total == null
                || !total.matches("\\d{1,3}(\\.\\d{1,2})?")
                || award == null
                || !award.matches("\\d{1,10}")) {
            response.sendError(400);
            return;
        }
        int changed =
                probe.inTransaction(em -> em.createNativeQuery("UPDATE application SET status = 'REVIEW_CONCLUDED',"
                                + " outcome = 'PASSED', total = " + total + ", award = " + award + " WHERE number = '"
                                + number
                                + "' AND status IN ('SUBMITTED', 'FORMAL_REVIEW', 'EXPERT_REVIEW')")
                        .executeUpdate());
        response.getWriter().print(changed);
    }

    /** What a client-side test calls. */
    public static void conclude(String number, String total, String award) {
        try {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create(cn.kaifeng.tfs.it.Deployments.baseUrl()
                                                    + "/ranking-probe/conclude?number=" + number + "&total=" + total
                                                    + "&award="
                                                    + award))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            if (!"1".equals(answer.body().strip())) {
                throw new IllegalStateException(number + " was not concluded: " + answer.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
