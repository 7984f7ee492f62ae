package cn.kaifeng.tfs.monitoring.web;

import cn.kaifeng.tfs.attachment.web.StoredFileServlet;
import cn.kaifeng.tfs.monitoring.service.MonitoringService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** Downloads a progress report's file: {@code /report-files/{id}}, for the award's organisation and reviewers. */
@WebServlet("/report-files/*")
public class ReportFileServlet extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MonitoringService monitoring;

    @Override
    protected Opened open(String username, long id) {
        MonitoringService.Download download = monitoring.openFile(username, id);
        return new Opened(download.file().file(), download.content());
    }
}
