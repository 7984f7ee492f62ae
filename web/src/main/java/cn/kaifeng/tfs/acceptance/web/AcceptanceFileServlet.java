package cn.kaifeng.tfs.acceptance.web;

import cn.kaifeng.tfs.acceptance.service.AcceptanceService;
import cn.kaifeng.tfs.attachment.web.StoredFileServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * Downloads a file of an acceptance request (验收材料): {@code /acceptance-files/{id}}, for reviewers, the experts on
 * its panel who declared no conflict, and the organisation that attached it; the service answers "not found" to
 * anyone else.
 */
@WebServlet("/acceptance-files/*")
public class AcceptanceFileServlet extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AcceptanceService acceptances;

    @Override
    protected Opened open(String username, long id) {
        AcceptanceService.Download download = acceptances.openFile(username, id);
        return new Opened(download.file().file(), download.content());
    }
}
