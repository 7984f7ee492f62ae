package cn.kaifeng.tfs.monitoring.web;

import cn.kaifeng.tfs.monitoring.service.MonitoringService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The bureau's list of progress reports as CSV ({@code /reviewer/reports.csv?state=&q=}): under the reviewers'
 * constraint in web.xml, and the service checks the role again. Not cached (it names organisations).
 */
@WebServlet("/reviewer/reports.csv")
public class ReportsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonitoringService monitoring;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String state = request.getParameter("state");
        String text = request.getParameter("q");
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
        }
        byte[] csv;
        try {
            csv = monitoring.reportsCsv(request.getRemoteUser(), ReportsPage.known(state), text);
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"progress-reports.csv\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
