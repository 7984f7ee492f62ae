package cn.kaifeng.tfs.bank.web;

import cn.kaifeng.tfs.bank.service.BankDashboardService;
import cn.kaifeng.tfs.bank.service.EligibleListService;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The bureau's view of the bank face: queries per bank, eligible against granted per program, loans reported; and
 * the publication of each program's eligible list (名单) with its published versions.
 */
@Named
@RequestScoped
public class BankOverviewPage {

    @Inject
    private BankDashboardService dashboard;

    @Inject
    private EligibleListService eligibleLists;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<BankDashboardService.BankRow> banks;
    private List<BankDashboardService.ProgramRow> programs;

    public String publish(String programCode) {
        try {
            EligibleListService.Summary s = eligibleLists.publish(programCode, currentUser.username());
            messages.flashInfo("bank.eligibleList.published", s.programCode(), s.version(), s.entries());
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
        return "/reviewer/banks?faces-redirect=true";
    }

    public List<BankDashboardService.BankRow> getBanks() {
        if (banks == null) {
            banks = dashboard.byBank();
        }
        return banks;
    }

    public List<BankDashboardService.ProgramRow> getPrograms() {
        if (programs == null) {
            programs = dashboard.byProgram();
        }
        return programs;
    }

    public long getApprovalsIssued() {
        return dashboard.approvalsIssued();
    }

    public List<EligibleListService.Summary> getPublished() {
        return eligibleLists.all();
    }

    public List<ProgramDefinition> getListPrograms() {
        return eligibleLists.programs();
    }
}
