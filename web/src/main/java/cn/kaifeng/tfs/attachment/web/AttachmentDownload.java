package cn.kaifeng.tfs.attachment.web;

import cn.kaifeng.tfs.attachment.domain.Attachment;
import cn.kaifeng.tfs.attachment.service.AttachmentService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * Downloads an attachment: {@code /files/{id}}, or {@code /files/{id}?view} to show a PDF or image in the browser.
 * Whoever may not read it, and an id that does not exist, both get 404. The content type is the one recognised at
 * upload, never the applicant's, and the browser is told not to guess another.
 */
@WebServlet("/files/*")
public class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal user = request.getUserPrincipal();
        Long id = idOf(request.getPathInfo());
        if (user == null || id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentService.Download download;
        try {
            download = attachments.open(user.getName(), id);
        } catch (DomainException e) {
            response.sendError(
                    "attachment.damaged".equals(e.messageKey())
                            ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                            : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment = download.attachment();
        StoredFileResponse.send(
                response,
                attachment.kind(),
                attachment.sizeBytes(),
                attachment.fileName(),
                request.getParameter("view") != null,
                download.content());
    }

    private static Long idOf(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1));
    }
}
