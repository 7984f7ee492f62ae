package cn.kaifeng.tfs.payment.web;

import cn.kaifeng.tfs.payment.service.PaymentFileService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Downloads a payment file as it was sent ({@code /reviewer/payment-file?id=…}): under the reviewers' constraint in
 * web.xml, and the service lets only finance officers have it (the file holds full account numbers). Not cached.
 */
@WebServlet("/reviewer/payment-file")
public class PaymentFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaymentFileService files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PaymentFileService.Download file;
        try {
            file = files.download(request.getRemoteUser(), id);
        } catch (DomainException e) {
            response.sendError(
                    "payment.notFinanceOfficer".equals(e.messageKey())
                            ? HttpServletResponse.SC_FORBIDDEN
                            : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''" + URLEncoder.encode(file.name(), StandardCharsets.UTF_8));
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }
}
