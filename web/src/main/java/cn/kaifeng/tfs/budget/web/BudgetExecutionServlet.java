package cn.kaifeng.tfs.budget.web;

import cn.kaifeng.tfs.attachment.web.ContentDisposition;
import cn.kaifeng.tfs.budget.domain.ExecutionTable;
import cn.kaifeng.tfs.budget.service.BudgetExecutionService;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The budget execution as CSV, {@code /reviewer/budget-execution.csv?year=&program=&district=} (reviewers only: the
 * path is under the reviewers' constraint, and the service checks the role again). The same filters and figures as
 * the page; names made inert for spreadsheets.
 */
@WebServlet("/reviewer/budget-execution.csv")
public class BudgetExecutionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private BudgetExecutionService execution;

    @Inject
    private ProgramService programs;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal user = request.getUserPrincipal();
        String yearText = request.getParameter("year");
        if (user == null || yearText != null && !yearText.matches("\\d{4}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        // without a year, this year's, as the page opens on it
        int year = yearText == null
                ? LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear()
                : Integer.parseInt(yearText);
        ExecutionTable table;
        try {
            table = execution.table(
                    user.getName(), year, request.getParameter("program"), request.getParameter("district"));
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] csv = table.csv(
                code -> programs.current(code).map(p -> p.name().zh()).orElse(code),
                BudgetExecutionServlet::districtName);
        response.setContentType("text/csv; charset=UTF-8");
        response.setContentLength(csv.length);
        response.setHeader("Content-Disposition", ContentDisposition.of(false, "预算执行-" + year + ".csv"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(csv);
    }

    private static String districtName(String code) {
        String name = Messages.format(Locale.SIMPLIFIED_CHINESE, "district." + code);
        // an unknown code comes back as its key: the code itself says more
        return name.equals("district." + code) ? code : name;
    }
}
