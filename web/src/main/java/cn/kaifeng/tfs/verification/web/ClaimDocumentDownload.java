package cn.kaifeng.tfs.verification.web;

import cn.kaifeng.tfs.attachment.web.StoredFileResponse;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.verification.domain.ClaimDocument;
import cn.kaifeng.tfs.verification.service.ClaimService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * A claim's document: {@code /claim-files/{id}} ({@code ?view} to show it in the browser), for the claimant's own
 * organisation and for reviewers. Anyone else, and an id that does not exist, get 404.
 */
@WebServlet("/claim-files/*")
public class ClaimDocumentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimService claims;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal user = request.getUserPrincipal();
        String path = request.getPathInfo();
        if (user == null || path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ClaimService.Download download;
        try {
            download = claims.open(user.getName(), Long.parseLong(path.substring(1)));
        } catch (DomainException e) {
            response.sendError(
                    "attachment.damaged".equals(e.messageKey())
                            ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                            : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ClaimDocument document = download.document();
        StoredFileResponse.send(
                response,
                document.fileKind(),
                document.sizeBytes(),
                document.fileName(),
                request.getParameter("view") != null,
                download.content());
    }
}
