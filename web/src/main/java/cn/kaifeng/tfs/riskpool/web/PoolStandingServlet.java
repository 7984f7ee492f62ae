package cn.kaifeng.tfs.riskpool.web;

import cn.kaifeng.tfs.attachment.web.ContentDisposition;
import cn.kaifeng.tfs.riskpool.service.PoolViewService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * The bureau's pool figures as CSV, {@code /bureau/pool.csv}: one line per pool and bank, the figures of the page;
 * names made inert for spreadsheets. The path is under the bureau's constraint (reviewers and administrators), and
 * the service checks the role again.
 */
@WebServlet("/bureau/pool.csv")
public class PoolStandingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PoolViewService views;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal user = request.getUserPrincipal();
        if (user == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] csv;
        try {
            csv = views.bureauCsv(user.getName());
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setContentLength(csv.length);
        response.setHeader("Content-Disposition", ContentDisposition.of(false, "风险补偿资金池.csv"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(csv);
    }
}
