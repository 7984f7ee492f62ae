package cn.kaifeng.tfs.letter.web;

import cn.kaifeng.tfs.attachment.web.ContentDisposition;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * Downloads one of the bureau's signed PDFs by its id, {@code /…/{id}}: the file byte for byte as issued, named by its
 * number. Letters, notices and agreements are served alike: who may have the file is the service's answer, and
 * anyone refused, like an unknown id, gets 404 so that ids cannot be probed; a file whose bytes no longer match their
 * digest gets 503 rather than a damaged copy. {@code ?view} shows it in the browser instead of saving it.
 */
public abstract class SignedPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The file and the name it is saved under. */
    public record SignedPdf(String fileName, byte[] bytes) {}

    /** The file with this id if this user may have it; a {@link DomainException} otherwise. */
    protected abstract SignedPdf signedPdf(String username, long id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal user = request.getUserPrincipal();
        String path = request.getPathInfo();
        if (user == null || path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SignedPdf pdf;
        try {
            pdf = signedPdf(user.getName(), Long.parseLong(path.substring(1)));
        } catch (DomainException e) {
            response.sendError(
                    "letter.damaged".equals(e.messageKey())
                            ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                            : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.bytes().length);
        response.setHeader(
                "Content-Disposition", ContentDisposition.of(request.getParameter("view") != null, pdf.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf.bytes());
    }
}
