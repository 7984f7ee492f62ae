package cn.kaifeng.tfs.riskpool.web;

import cn.kaifeng.tfs.bank.domain.QueryChannel;
import cn.kaifeng.tfs.bank.service.BankCallerService;
import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.riskpool.domain.Claim;
import cn.kaifeng.tfs.riskpool.service.ClaimService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;

/**
 * A bank officer's claim (代偿申请) for one of the bank's defaulted covered loans, by the loan's number, with one
 * evidence file: the same service as the API ({@code POST /api/v1/pool/loans/{id}/claims}), so the same checks; and
 * the state of the claim on a loan the officer looks up.
 */
@Named
@RequestScoped
public class BankClaimPage {

    @Inject
    private ClaimService claims;

    @Inject
    private BankCallerService callers;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @NotNull
    @Min(1)
    private Long loanId;

    private UploadedFile file;

    private Claim submitted;

    public String submit() {
        Optional<Caller> caller = callers.of(currentUser.username(), QueryChannel.WEB);
        if (caller.isEmpty()) {
            messages.error(null, new DomainException("bank.notABank"));
            return null;
        }
        if (file == null || file.getSize() == 0 || file.getFileName() == null) {
            messages.error(null, new DomainException("riskpool.claim.evidenceMissing"));
            return null;
        }
        try {
            ClaimService.Evidence evidence = new ClaimService.Evidence(
                    file.getFileName(), Base64.getEncoder().encodeToString(file.getContent()));
            submitted = claims.submit(caller.get(), loanId, new ClaimService.Request(List.of(evidence)), null)
                    .claim();
            messages.info("riskpool.claim.submitted", submitted.id(), yuan(submitted.amountFen()));
        } catch (DomainException e) {
            messages.error(null, e);
        }
        return null;
    }

    public Claim getSubmitted() {
        return submitted;
    }

    public String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }

    public Long getLoanId() {
        return loanId;
    }

    public void setLoanId(Long loanId) {
        this.loanId = loanId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
