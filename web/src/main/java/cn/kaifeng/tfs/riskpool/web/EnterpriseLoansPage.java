package cn.kaifeng.tfs.riskpool.web;

import cn.kaifeng.tfs.riskpool.domain.LoanCoverage;
import cn.kaifeng.tfs.riskpool.domain.ReportedLoanEvent;
import cn.kaifeng.tfs.riskpool.service.PoolViewService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The enterprise's loans (/applicant/loans.xhtml): what banks reported lending to the applicant's own organisation,
 * with the pool's coverage and the loan's state. Only its own organisation's: the service finds the organisation from
 * the signed-in account, never from the request.
 */
@Named
@RequestScoped
public class EnterpriseLoansPage {

    @Inject
    private PoolViewService views;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PoolTexts texts;

    private List<PoolViewService.LoanRow> loans;

    public List<PoolViewService.LoanRow> getLoans() {
        if (loans == null) {
            loans = views.enterpriseLoans(currentUser.username());
        }
        return loans;
    }

    public int getMaxLoans() {
        return PoolViewService.MAX_LOANS;
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

    /** Covered or not: a refusal's reason may name the bank's own figures, which are not the enterprise's. */
    public String coverage(Optional<LoanCoverage> coverage) {
        return texts.coveredOrNot(coverage);
    }
}
