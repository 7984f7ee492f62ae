package cn.kaifeng.tfs.riskpool.web;

import cn.kaifeng.tfs.attachment.web.StoredFileServlet;
import cn.kaifeng.tfs.riskpool.service.ClaimService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * Downloads a claim's evidence (代偿证明材料): {@code /pool-claim-files/{id}}, for the bureau's reviewers and the officers
 * of the claiming bank; the service answers "not found" to anyone else.
 */
@WebServlet("/pool-claim-files/*")
public class ClaimFileServlet extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimService claims;

    @Override
    protected Opened open(String username, long id) {
        ClaimService.Download download = claims.openFile(username, id);
        return new Opened(download.file().file(), download.content());
    }
}
