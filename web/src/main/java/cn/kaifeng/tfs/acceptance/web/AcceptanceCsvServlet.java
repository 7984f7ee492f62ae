package cn.kaifeng.tfs.acceptance.web;

import cn.kaifeng.tfs.acceptance.service.AcceptanceService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The acceptances list as CSV ({@code /reviewer/acceptances.csv}): under the reviewers' constraint in web.xml. */
@WebServlet("/reviewer/acceptances.csv")
public class AcceptanceCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AcceptanceService acceptances;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] csv;
        try {
            csv = acceptances.csv(request.getRemoteUser());
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=acceptances.csv");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
