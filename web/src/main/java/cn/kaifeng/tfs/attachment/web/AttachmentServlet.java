package cn.kaifeng.tfs.attachment.web;

import cn.kaifeng.tfs.attachment.service.AttachmentService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** Downloads an application's attachment: {@code /files/{id}}, for the owning organisation and entitled reviewers. */
@WebServlet("/files/*")
public class AttachmentServlet extends StoredFileServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttachmentService attachments;

    @Override
    protected Opened open(String username, long id) {
        AttachmentService.Download download = attachments.open(username, id);
        return new Opened(download.attachment().file(), download.content());
    }
}
