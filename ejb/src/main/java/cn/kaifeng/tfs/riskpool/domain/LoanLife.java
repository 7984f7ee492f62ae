package cn.kaifeng.tfs.riskpool.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan through its life, folded from the events the bank reports, one after the other. Each event is checked
 * against what came before and refused with a clear reason when it does not fit: events in date order, none before
 * the grant or after today, no drawdown beyond the loan, no repayment above the principal outstanding, a default
 * only on a loan with money outstanding, a write-off only after a default, recoveries only after a default and never
 * beyond its loss. A refused event changes nothing.
 */
public final class LoanLife {

    /** Beyond ten years past due a loan has long been defaulted; the bound keeps hostile numbers out. */
    public static final int MAX_DAYS_PAST_DUE = 3660;

    /** 五级分类: more than 90 days past due is non-performing (次级 or worse), as a default is. */
    public static final int NON_PERFORMING_DAYS = 90;

    public static final int MAX_INSTALMENTS = 360;

    private final long amountFen;
    private final LocalDate grantedOn;
    private LoanState state = LoanState.GRANTED;
    private LocalDate lastEventOn;
    private long drawnFen;
    private long repaidFen;
    private long interestPaidFen;
    private int daysPastDue;
    private long lossFen;
    private long recoveredFen;
    private List<LoanEvent.Instalment> schedule = List.of();

    public LoanLife(long amountFen, LocalDate grantedOn) {
        if (amountFen <= 0) {
            throw new DomainException("riskpool.amountPositive");
        }
        this.amountFen = amountFen;
        this.grantedOn = grantedOn;
        this.lastEventOn = grantedOn;
    }

    /** Applies one event reported on {@code today} (Beijing date), or refuses it and changes nothing. */
    public void apply(LoanEvent event, LocalDate today) {
        LocalDate on = event.on();
        if (on.isBefore(grantedOn)) {
            throw new DomainException("riskpool.loan.beforeGrant", on, grantedOn);
        }
        if (on.isAfter(today)) {
            throw new DomainException("riskpool.loan.inFuture", on);
        }
        if (on.isBefore(lastEventOn)) {
            throw new DomainException("riskpool.loan.outOfOrder", on, lastEventOn);
        }
        // Java 17: no pattern switch yet; the interface is sealed, so these are all the kinds there are
        if (event instanceof LoanEvent.Drawdown d) {
            drawdown(d);
        } else if (event instanceof LoanEvent.RepaymentPlan s) {
            plan(s);
        } else if (event instanceof LoanEvent.Repayment r) {
            repay(r);
        } else if (event instanceof LoanEvent.PastDue p) {
            pastDue(p);
        } else if (event instanceof LoanEvent.Default) {
            declareDefault();
        } else if (event instanceof LoanEvent.WriteOff) {
            writeOff();
        } else if (event instanceof LoanEvent.Recovery r) {
            recover(r);
        }
        lastEventOn = on;
    }

    private void drawdown(LoanEvent.Drawdown d) {
        open("riskpool.loan.closed");
        if (drawnFen + d.principalFen() > amountFen) {
            throw new DomainException("riskpool.loan.drawnBeyondAmount", yuan(amountFen - drawnFen));
        }
        drawnFen += d.principalFen();
        state = LoanState.ACTIVE;
    }

    private void plan(LoanEvent.RepaymentPlan s) {
        open("riskpool.loan.closed");
        List<LoanEvent.Instalment> lines = s.instalments();
        if (lines.isEmpty() || lines.size() > MAX_INSTALMENTS) {
            throw new DomainException("riskpool.loan.scheduleSize", MAX_INSTALMENTS);
        }
        LocalDate previous = s.on();
        long sum = 0;
        for (LoanEvent.Instalment line : lines) {
            if (!line.dueOn().isAfter(previous)) {
                throw new DomainException("riskpool.loan.scheduleOrder", line.dueOn());
            }
            previous = line.dueOn();
            sum = Math.addExact(sum, line.principalFen());
        }
        if (sum != amountFen) {
            throw new DomainException("riskpool.loan.scheduleSum", yuan(sum), yuan(amountFen));
        }
        schedule = lines;
    }

    private void repay(LoanEvent.Repayment r) {
        if (state != LoanState.ACTIVE) {
            throw new DomainException("riskpool.loan.notActive", state);
        }
        if (r.principalFen() > outstandingFen()) {
            throw new DomainException("riskpool.loan.aboveOutstanding", yuan(r.principalFen()), yuan(outstandingFen()));
        }
        repaidFen += r.principalFen();
        interestPaidFen = Math.addExact(interestPaidFen, r.interestFen());
        if (repaidFen == amountFen) {
            state = LoanState.REPAID;
            daysPastDue = 0;
        }
    }

    private void pastDue(LoanEvent.PastDue p) {
        if (state != LoanState.ACTIVE) {
            throw new DomainException("riskpool.loan.notActive", state);
        }
        daysPastDue = p.days();
    }

    private void declareDefault() {
        if (state != LoanState.ACTIVE || outstandingFen() == 0) {
            throw new DomainException("riskpool.loan.defaultWithoutOutstanding");
        }
        lossFen = outstandingFen();
        state = LoanState.DEFAULTED;
    }

    private void writeOff() {
        if (state != LoanState.DEFAULTED) {
            throw new DomainException("riskpool.loan.writeOffBeforeDefault");
        }
        state = LoanState.WRITTEN_OFF;
    }

    private void recover(LoanEvent.Recovery r) {
        if (state != LoanState.DEFAULTED && state != LoanState.WRITTEN_OFF) {
            throw new DomainException("riskpool.loan.recoveryBeforeDefault");
        }
        if (recoveredFen + r.amountFen() > lossFen) {
            throw new DomainException("riskpool.loan.recoveredBeyondLoss", yuan(lossFen - recoveredFen));
        }
        recoveredFen += r.amountFen();
    }

    private void open(String key) {
        if (state != LoanState.GRANTED && state != LoanState.ACTIVE) {
            throw new DomainException(key, state);
        }
    }

    /** Principal paid out and not repaid; after a default, what was outstanding then. */
    public long outstandingFen() {
        return drawnFen - repaidFen;
    }

    /**
     * What the pool counts against its caps and leverage for this loan: the amount granted less the principal
     * repaid while the loan runs (granted money may be drawn at any time), its loss less recoveries while defaulted,
     * nothing once repaid or written off.
     */
    public long coveredBalanceFen() {
        return switch (state) {
            case GRANTED, ACTIVE -> amountFen - repaidFen;
            case DEFAULTED -> lossFen - recoveredFen;
            case REPAID, WRITTEN_OFF -> 0;
        };
    }

    /** Non-performing (不良): defaulted, or more than 90 days past due. */
    public boolean nonPerforming() {
        return state == LoanState.DEFAULTED || (state == LoanState.ACTIVE && daysPastDue > NON_PERFORMING_DAYS);
    }

    public LoanState state() {
        return state;
    }

    public long amountFen() {
        return amountFen;
    }

    public long drawnFen() {
        return drawnFen;
    }

    public long repaidFen() {
        return repaidFen;
    }

    public long interestPaidFen() {
        return interestPaidFen;
    }

    public int daysPastDue() {
        return daysPastDue;
    }

    public long lossFen() {
        return lossFen;
    }

    public long recoveredFen() {
        return recoveredFen;
    }

    public List<LoanEvent.Instalment> schedule() {
        return schedule;
    }

    public LocalDate lastEventOn() {
        return lastEventOn;
    }

    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
