package cn.kaifeng.tfs.riskpool.web;

import cn.kaifeng.tfs.bank.domain.QueryChannel;
import cn.kaifeng.tfs.bank.service.BankCallerService;
import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.riskpool.domain.LoanCoverage;
import cn.kaifeng.tfs.riskpool.domain.LoanEventCsv;
import cn.kaifeng.tfs.riskpool.domain.ReportedLoanEvent;
import cn.kaifeng.tfs.riskpool.service.LoanEventService;
import cn.kaifeng.tfs.riskpool.service.PoolViewService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;

/**
 * The bank's loans (/bank/loans.xhtml): each with the pool's decision (covered, or refused with the reason in
 * words), what is outstanding, its state and its events; and the upload of loan events as a CSV file for a bank
 * without a system of its own, through the same service as the API's upload: the whole file is stored, or, when any
 * line has a problem, none of it, with every problem listed by its line.
 */
@Named
@RequestScoped
public class BankLoansPage {

    @Inject
    private LoanEventService events;

    @Inject
    private PoolViewService views;

    @Inject
    private BankCallerService callers;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PoolTexts texts;

    @Inject
    private Messages messages;

    private transient UploadedFile file;
    private List<String> problems = List.of();
    private List<PoolViewService.LoanRow> loans;

    public String upload() {
        Optional<Caller> caller = caller();
        if (caller.isEmpty()) {
            return null;
        }
        if (file == null || file.getSize() == 0) {
            messages.error("upload:file", "riskpool.upload.choose");
            return null;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            // one byte more than allowed, so the reader can say the file is too large
            content = in.readNBytes(LoanEventCsv.MAX_BYTES + 1);
        } catch (IOException e) {
            messages.error("upload:file", "riskpool.upload.unreadable");
            return null;
        }
        try {
            int stored = events.upload(caller.get(), content);
            messages.flashInfo("riskpool.upload.stored", stored);
            return "/bank/loans?faces-redirect=true";
        } catch (LoanEventService.UploadRefused refused) {
            List<String> lines = new ArrayList<>();
            for (LoanEventCsv.Problem p : refused.problems()) {
                String what = messages.text(p.key(), p.arguments().toArray());
                lines.add(p.line() == 0 ? what : messages.text("riskpool.csv.line", p.line(), what));
            }
            problems = List.copyOf(lines);
            messages.error(null, "riskpool.upload.refused", lines.size());
            return null;
        }
    }

    private Optional<Caller> caller() {
        Optional<Caller> c = callers.of(currentUser.username(), QueryChannel.WEB);
        if (c.isEmpty()) {
            messages.error(null, "bank.notABank");
        }
        return c;
    }

    public List<PoolViewService.LoanRow> getLoans() {
        if (loans == null) {
            loans = callers.of(currentUser.username(), QueryChannel.WEB)
                    .map(c -> views.bankLoans(c.bankId()))
                    .orElse(List.of());
        }
        return loans;
    }

    public String getCsvHeader() {
        return LoanEventCsv.HEADER;
    }

    public int getMaxLoans() {
        return PoolViewService.MAX_LOANS;
    }

    public List<String> getProblems() {
        return problems;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public BigDecimal yuan(long fen) {
        return texts.yuan(fen);
    }

    public String state(PoolViewService.LoanRow row) {
        return texts.state(row);
    }

    public String kind(ReportedLoanEvent event) {
        return texts.kind(event);
    }

    public String detail(ReportedLoanEvent event) {
        return texts.detail(event);
    }

    /** Covered, or refused with the reason in words. */
    public String coverage(Optional<LoanCoverage> coverage) {
        return texts.coverage(coverage);
    }
}
