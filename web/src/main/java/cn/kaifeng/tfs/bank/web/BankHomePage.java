package cn.kaifeng.tfs.bank.web;

import cn.kaifeng.tfs.bank.domain.QueryChannel;
import cn.kaifeng.tfs.bank.domain.QueryPurpose;
import cn.kaifeng.tfs.bank.domain.Reason;
import cn.kaifeng.tfs.bank.service.BankCallerService;
import cn.kaifeng.tfs.bank.service.BankDashboardService;
import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.bank.service.EligibilityAnswer;
import cn.kaifeng.tfs.bank.service.EligibilityService;
import cn.kaifeng.tfs.bank.service.EligibleListService;
import cn.kaifeng.tfs.bank.service.QueryOutcome;
import cn.kaifeng.tfs.bank.service.Recording;
import cn.kaifeng.tfs.letter.service.LetterVerificationService;
import cn.kaifeng.tfs.letter.web.LetterVerificationPage;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.LocaleSelection;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The bank officer's home page, a desk: check an enterprise by credit code, verify a letter by code or file, download the
 * published lists, and see the bank's own query history. Every check is a recorded bank query, as through the API.
 */
@Named
@RequestScoped
public class BankHomePage {

    @Inject
    private EligibilityService desk;

    @Inject
    private BankCallerService callers;

    @Inject
    private BankDashboardService dashboard;

    @Inject
    private EligibleListService eligibleLists;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection locale;

    @Inject
    private Messages messages;

    private String creditCode;
    private QueryPurpose purpose = QueryPurpose.PRE_LOAN;
    private String code;
    private Part file;
    private EligibilityAnswer answer;
    private LetterVerificationService.Verdict verdict;
    private List<BankDashboardService.QueryRow> history;

    public void check() {
        caller().ifPresent(c -> {
            QueryOutcome<EligibilityAnswer> asked = await(desk.eligibility(c, creditCode, purpose));
            if (asked == null) {
                return;
            }
            if (asked.problem() != null) {
                messages.error("check:credit-code", asked.problem());
            } else {
                answer = asked.answer();
            }
        });
    }

    public void verifyCode() {
        caller().ifPresent(c -> {
            QueryOutcome<LetterVerificationService.Verdict> asked = await(desk.letterByCode(c, code));
            if (asked != null) {
                verdict = asked.answer();
                if (verdict.status() == LetterVerificationService.Status.MALFORMED) {
                    messages.error("verify:code", "letter.verify.malformed");
                }
            }
        });
    }

    public void verifyFile() {
        byte[] bytes = LetterVerificationPage.uploaded(file, messages, "verify-file:file");
        if (bytes == null) {
            return;
        }
        caller().ifPresent(c -> {
            QueryOutcome<LetterVerificationService.Verdict> asked = await(desk.letterByFile(c, bytes));
            if (asked != null) {
                verdict = asked.answer();
            }
        });
    }

    private java.util.Optional<Caller> caller() {
        // the history may have been read before this action ran (to decide what to show): read it again after it
        history = null;
        java.util.Optional<Caller> c = callers.of(currentUser.username(), QueryChannel.WEB);
        if (c.isEmpty()) {
            messages.error(null, "bank.notABank");
        }
        return c;
    }

    /** Waits for the query to be recorded; says so when the caller is over its limit or the server is busy. */
    private <T> QueryOutcome<T> await(CompletionStage<QueryOutcome<T>> pending) {
        try {
            QueryOutcome<T> asked = Recording.await(pending);
            if (asked.limited()) {
                messages.error(null, "bank.rateLimited", asked.retryAfterSeconds());
                return null;
            }
            return asked;
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    public List<BankDashboardService.QueryRow> getHistory() {
        if (history == null) {
            history = callers.of(currentUser.username(), QueryChannel.WEB)
                    .map(c -> dashboard.queriesOf(c.bankId(), 50))
                    .orElse(List.of());
        }
        return history;
    }

    public List<EligibleListService.Summary> getEligibleLists() {
        return eligibleLists.latest();
    }

    public String programName(String programCode) {
        return eligibleLists.programs().stream()
                .filter(p -> p.code().equals(programCode))
                .map(p -> p.name().in(locale.getLocale()))
                .findFirst()
                .orElse(programCode);
    }

    public String reason(Reason reason) {
        return reason.text(locale.getLocale());
    }

    public QueryPurpose[] getPurposes() {
        return new QueryPurpose[] {QueryPurpose.PRE_LOAN, QueryPurpose.POST_LOAN};
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public QueryPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(QueryPurpose purpose) {
        this.purpose = purpose;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public EligibilityAnswer getAnswer() {
        return answer;
    }

    public LetterVerificationService.Verdict getVerdict() {
        return verdict;
    }
}
