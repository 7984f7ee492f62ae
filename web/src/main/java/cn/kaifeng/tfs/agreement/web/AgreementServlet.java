package cn.kaifeng.tfs.agreement.web;

import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.letter.web.SignedPdfServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * Downloads a signed agreement, {@code /agreements/{id}}: the file byte for byte as issued, named by its number. Only
 * the organisation's applicants and reviewers get it; anyone else, and an unknown id, gets 404.
 */
@WebServlet("/agreements/*")
public class AgreementServlet extends SignedPdfServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    @Override
    protected SignedPdf signedPdf(String username, long id) {
        AgreementService.Download download = agreements.download(username, id);
        return new SignedPdf(download.agreement().number() + ".pdf", download.pdf());
    }
}
