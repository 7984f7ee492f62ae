package cn.kaifeng.tfs.privacy.web;

import cn.kaifeng.tfs.attachment.web.ContentDisposition;
import cn.kaifeng.tfs.privacy.service.OrganisationExportService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * {@code /applicant/export}: the signed-in applicant's organisation's own data as a ZIP ({@link OrganisationExportService}).
 * Under /applicant/, so only applicants reach it (web.xml); each gets only their own organisation's.
 */
@WebServlet("/applicant/export")
public class OrganisationExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationExportService export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal user = request.getUserPrincipal();
        String name;
        try {
            name = export.fileName(user.getName());
        } catch (DomainException e) {
            response.sendError(
                    "verification.required".equals(e.messageKey())
                            ? HttpServletResponse.SC_FORBIDDEN
                            : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", ContentDisposition.of(false, name));
        response.setHeader("Cache-Control", "private, no-store");
        export.write(user.getName(), response.getOutputStream());
    }
}
