package cn.kaifeng.tfs.letter.web;

import cn.kaifeng.tfs.letter.service.NoticeService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * Downloads a notice (拨付通知, 追回通知, 验收结论), {@code /notices/{id}}: the signed file byte for byte as issued,
 * named by its number. Only the applicants of the organisation and reviewers get it; anyone else, and an unknown
 * id, gets 404, as for letters.
 */
@WebServlet("/notices/*")
public class NoticeServlet extends SignedPdfServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoticeService notices;

    @Override
    protected SignedPdf signedPdf(String username, long id) {
        NoticeService.Download download = notices.download(username, id);
        return new SignedPdf(download.notice().fileName(), download.pdf());
    }
}
