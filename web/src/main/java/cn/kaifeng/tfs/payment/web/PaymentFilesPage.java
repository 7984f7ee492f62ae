package cn.kaifeng.tfs.payment.web;

import cn.kaifeng.tfs.payment.domain.PaymentFile;
import cn.kaifeng.tfs.payment.domain.ReturnFile;
import cn.kaifeng.tfs.payment.service.PaymentFileService;
import cn.kaifeng.tfs.payment.service.PaymentService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The treasury files (国库集中支付) for finance officers: write a payment file of what is approved now (the schedule
 * writes the day's at 17:00), download a file as it was sent, import the treasury's return file. A return file with
 * any problem is listed line by line and nothing of it is stored.
 */
@Named
@RequestScoped
public class PaymentFilesPage {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PaymentFilesPage.class);

    private static final String SELF = "/reviewer/payment-files.xhtml?faces-redirect=true";

    @Inject
    private PaymentFileService files;

    @Inject
    private PaymentService payments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Part upload;
    private List<PaymentFile> list;
    private final List<String> problems = new ArrayList<>();

    public boolean isFinanceOfficer() {
        return payments.isFinanceOfficer(currentUser.username());
    }

    public List<PaymentFile> getFiles() {
        if (list == null) {
            list = isFinanceOfficer() ? files.files(currentUser.username()) : List.of();
        }
        return list;
    }

    public String generate() {
        try {
            Optional<PaymentFile> file = files.generate(currentUser.username());
            if (file.isEmpty()) {
                messages.info("payment.file.nothing");
                return null;
            }
            messages.flashInfo(
                    "payment.file.written", file.get().fileName(), file.get().lineCount());
            return SELF;
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        } catch (RuntimeException e) {
            if (sameFileWrittenMeanwhile(e)) {
                messages.error(null, "payment.file.concurrent");
            } else {
                LOG.warnf("Payment file not written: %s", e.toString());
                messages.error(null, "payment.file.failed");
            }
            return null;
        }
    }

    public String importReturn() {
        byte[] bytes = read();
        if (bytes == null) {
            return null;
        }
        try {
            PaymentFileService.ImportOutcome outcome = files.importReturn(currentUser.username(), bytes);
            if (!outcome.imported()) {
                for (ReturnFile.Problem p : outcome.problems()) {
                    String text = messages.text(p.key(), p.arguments().toArray());
                    problems.add(p.lineNo() == 0 ? text : messages.text("payment.return.line", p.lineNo(), text));
                }
                messages.error(
                        "import:file",
                        "payment.return.refused",
                        outcome.problems().size());
                return null;
            }
            messages.flashInfo("payment.return.imported", outcome.paid(), outcome.failed(), outcome.skipped());
            return SELF;
        } catch (DomainException e) {
            messages.error("import:file", e);
            return null;
        }
    }

    /** Whether the database refused the file's (day, sequence): another node or person wrote it at the same moment. */
    private static boolean sameFileWrittenMeanwhile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private byte[] read() {
        if (upload == null || upload.getSize() == 0) {
            messages.error("import:file", "payment.return.noFile");
            return null;
        }
        if (upload.getSize() > ReturnFile.MAX_BYTES) {
            messages.error("import:file", "payment.return.tooLarge", ReturnFile.MAX_BYTES / 1000);
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            return in.readNBytes(ReturnFile.MAX_BYTES + 1);
        } catch (IOException e) {
            messages.error("import:file", "payment.return.unreadable");
            return null;
        }
    }

    public List<String> getProblems() {
        return problems;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
