package cn.kaifeng.tfs.budget.web;

import cn.kaifeng.tfs.budget.domain.Budget;
import cn.kaifeng.tfs.budget.service.BudgetService;
import cn.kaifeng.tfs.ledger.domain.Execution;
import cn.kaifeng.tfs.ledger.service.LedgerService;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The administrator's budgets (预算管理): what each program may give in a year, for the whole year or per round
 * (批次), as the bureau decides it. Setting an amount again changes it; every change is in the audit trail and posts
 * the difference to the ledger, whose budget execution (预算执行) of the year the page shows.
 */
@Named
@ViewScoped
public class BudgetPage implements Serializable {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private BudgetService budgets;

    @Inject
    private ProgramService catalog;

    @Inject
    private LedgerService ledger;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private int year;

    /** After injection: the clock is not there yet when the fields are initialised. */
    @jakarta.annotation.PostConstruct
    void start() {
        year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
    }

    private String programCode;
    private Integer round = Budget.WHOLE_YEAR;
    private LocalDate closesOn;
    private BigDecimal amount;

    private transient List<Budget> ofYear;
    private transient List<Execution> execution;

    public List<Budget> getBudgets() {
        if (ofYear == null) {
            ofYear = budgets.ofYear(currentUser.username(), year);
        }
        return ofYear;
    }

    /** 预算执行 of the year, per program, from the ledger. */
    public List<Execution> getExecution() {
        if (execution == null) {
            execution = ledger.execution(currentUser.username(), year);
        }
        return execution;
    }

    public List<ProgramDefinition> getPrograms() {
        return catalog.current();
    }

    public void save() {
        try {
            Budget saved =
                    budgets.set(currentUser.username(), programCode, year, round == null ? 0 : round, closesOn, amount);
            messages.info("budget.saved", saved.label(), saved.amount().yuan().toPlainString());
            ofYear = null;
            execution = null;
            amount = null;
        } catch (DomainException e) {
            messages.error("budget:amount", e);
        }
    }

    /** Shows the budgets of the year typed. */
    public void show() {
        ofYear = null;
        execution = null;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getProgramCode() {
        return programCode;
    }

    public void setProgramCode(String programCode) {
        this.programCode = programCode;
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
