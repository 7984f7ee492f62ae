package cn.kaifeng.tfs.it.persistence;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Test-only (deployed in a probe archive, never in the application), for the pool tests: reads a pool's stored book
 * straight from the database, {@code GET /notice-probe/pool?code=RP-KF-CREDIT}: the POOL account's balance (its
 * debits less its credits), the number of postings and what its funding postings brought, as "balance postings
 * funded"; and {@code ?claim=N}: the claim's payment request as "id fileId status".
 */
@WebServlet("/pool")
public class PoolProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Probe probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String claim = request.getParameter("claim");
        if (claim != null && claim.matches("\\d{1,18}")) {
            Object[] payment = probe.inTransaction(
                    em -> (Object[]) em.createNativeQuery("SELECT id, COALESCE(file_id, 0), status FROM payment_request"
                                    + " WHERE source_kind = 'CLAIM' AND source_id = " + claim)
                            .getSingleResult());
            response.getWriter().print(payment[0] + " " + payment[1] + " " + payment[2]);
            return;
        }
        String code = request.getParameter("code");
        if (code == null || !code.matches("[A-Z0-9-]{1,40}")) {
            response.sendError(400);
            return;
        }
        Object[] row = probe.inTransaction(em -> (Object[])
                em.createNativeQuery("SELECT COALESCE(SUM(CASE WHEN debit = 'POOL' THEN amount_fen ELSE 0 END), 0)"
                                + " - COALESCE(SUM(CASE WHEN credit = 'POOL' THEN amount_fen ELSE 0 END), 0),"
                                + " COUNT(*), COALESCE(SUM(CASE WHEN debit = 'POOL' AND source_kind = 'FUNDING'"
                                + " THEN amount_fen ELSE 0 END), 0)"
                                + " FROM risk_pool_posting WHERE pool_code = '" + code + "'")
                        .getSingleResult());
        response.getWriter()
                .print(((Number) row[0]).longValue() + " " + ((Number) row[1]).longValue() + " "
                        + ((Number) row[2]).longValue());
    }

    /** The pool's balance in fen, its number of postings and its funding in fen. */
    public static long[] book(String poolCode) {
        String[] parts = ask("code=" + poolCode).split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    /** The claim's payment request: its id, its file's id (0 before) and its status. */
    public static String[] payment(long claimId) {
        return ask("claim=" + claimId).split(" ");
    }

    private static String ask(String query) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            cn.kaifeng.tfs.it.Deployments.baseUrl() + "/notice-probe/pool?" + query))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("pool probe: " + answer.statusCode() + " " + answer.body());
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
