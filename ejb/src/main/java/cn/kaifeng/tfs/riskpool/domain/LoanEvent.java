package cn.kaifeng.tfs.riskpool.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What a bank reports about a loan after granting it, each on a day; amounts in fen. */
public sealed interface LoanEvent {

    LocalDate on();

    /** 放款: money paid out to the enterprise under the loan. */
    record Drawdown(LocalDate on, long principalFen) implements LoanEvent {
        public Drawdown {
            Objects.requireNonNull(on);
            positive(principalFen);
        }
    }

    /** 还款计划: the principal due on each day; replaces an earlier schedule. */
    record RepaymentPlan(LocalDate on, List<Instalment> instalments) implements LoanEvent {
        public RepaymentPlan {
            Objects.requireNonNull(on);
            instalments = List.copyOf(instalments);
        }
    }

    /** One line of a schedule. */
    record Instalment(LocalDate dueOn, long principalFen) {
        public Instalment {
            Objects.requireNonNull(dueOn);
            positive(principalFen);
        }
    }

    /** 还款: principal and interest the enterprise paid; interest is what subsidies are computed from. */
    record Repayment(LocalDate on, long principalFen, long interestFen) implements LoanEvent {
        public Repayment {
            Objects.requireNonNull(on);
            if (principalFen < 0 || interestFen < 0) {
                throw new DomainException("riskpool.amountNegative");
            }
            if (principalFen == 0 && interestFen == 0) {
                throw new DomainException("riskpool.amountPositive");
            }
        }
    }

    /** 逾期: the loan is this many days past due on the day (0: current again). */
    record PastDue(LocalDate on, int days) implements LoanEvent {
        public PastDue {
            Objects.requireNonNull(on);
            if (days < 0 || days > LoanLife.MAX_DAYS_PAST_DUE) {
                throw new DomainException("riskpool.loan.daysPastDueBounds", LoanLife.MAX_DAYS_PAST_DUE);
            }
        }
    }

    /** 违约: the bank declares the loan in default; its loss is the principal outstanding then. */
    record Default(LocalDate on) implements LoanEvent {
        public Default {
            Objects.requireNonNull(on);
        }
    }

    /** 核销: the bank writes the defaulted loan off. */
    record WriteOff(LocalDate on) implements LoanEvent {
        public WriteOff {
            Objects.requireNonNull(on);
        }
    }

    /** 追偿回收: money recovered on a defaulted loan (after compensation it is shared back by the ratios). */
    record Recovery(LocalDate on, long amountFen) implements LoanEvent {
        public Recovery {
            Objects.requireNonNull(on);
            positive(amountFen);
        }
    }

    private static void positive(long fen) {
        if (fen <= 0) {
            throw new DomainException("riskpool.amountPositive");
        }
    }
}
