package cn.kaifeng.tfs.verification.web;

import cn.kaifeng.tfs.attachment.web.StoredFileServlet;
import cn.kaifeng.tfs.verification.service.ClaimService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** A claim's document: {@code /claim-files/{id}}, for the claimant's own organisation and for reviewers. */
@WebServlet("/claim-files/*")
public class ClaimDocumentServlet extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimService claims;

    @Override
    protected Opened open(String username, long id) {
        ClaimService.Download download = claims.open(username, id);
        return new Opened(download.document().file(), download.content());
    }
}
