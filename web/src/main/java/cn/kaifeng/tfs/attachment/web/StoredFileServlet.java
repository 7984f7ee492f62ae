package cn.kaifeng.tfs.attachment.web;

import cn.kaifeng.tfs.attachment.domain.StoredFile;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.Principal;

/**
 * Serves stored files at {@code /…/{id}} ({@code ?view} to show a PDF or image in the browser). The subclass opens
 * the file for the caller, checking who may read it; whoever may not, and an id that does not exist, both get 404.
 * The content type is the one recognised at upload, never the uploader's, and the browser is told not to guess
 * another.
 */
public abstract class StoredFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A file opened for reading, with its description. */
    public record Opened(StoredFile file, InputStream content) {}

    /** Opens the file with this id for the caller; a {@link DomainException} if it does not exist for them. */
    protected abstract Opened open(String username, long id);

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal user = request.getUserPrincipal();
        String path = request.getPathInfo();
        if (user == null || path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Opened opened;
        try {
            opened = open(user.getName(), Long.parseLong(path.substring(1)));
        } catch (DomainException e) {
            // 503 when the bytes no longer match their checksum; missing and forbidden look the same
            response.sendError(
                    "attachment.damaged".equals(e.messageKey())
                            ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                            : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile file = opened.file();
        boolean inline = request.getParameter("view") != null && file.kind().viewableInBrowser();
        response.setContentType(file.kind().mediaType());
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader("Content-Disposition", ContentDisposition.of(inline, file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = opened.content();
                OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
