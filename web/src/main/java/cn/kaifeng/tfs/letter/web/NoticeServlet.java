package cn.kaifeng.tfs.letter.web;

import cn.kaifeng.tfs.attachment.web.ContentDisposition;
import cn.kaifeng.tfs.letter.service.NoticeService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * Downloads a notice (拨付通知, 追回通知, 验收结论), {@code /notices/{id}}: the signed file byte for byte as issued,
 * named by its number. Only the applicants of the organisation and reviewers get it; anyone else, and an unknown
 * id, gets 404, as for letters.
 */
@WebServlet("/notices/*")
public class NoticeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoticeService notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal user = request.getUserPrincipal();
        String path = request.getPathInfo();
        if (user == null || path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        NoticeService.Download download;
        try {
            download = notices.download(user.getName(), Long.parseLong(path.substring(1)));
        } catch (DomainException e) {
            response.sendError(
                    "letter.damaged".equals(e.messageKey())
                            ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                            : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(download.pdf().length);
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.of(
                        request.getParameter("view") != null, download.notice().fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(download.pdf());
    }
}
