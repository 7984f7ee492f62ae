package cn.kaifeng.tfs.payment.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;

/**
 * What an award can still pay: what the ledger holds committed to it and not yet paid, less the payments approved or
 * in a file and not yet settled (in flight). A payment is posted to the ledger only when the treasury says it was
 * paid, so without the in-flight part two approvals could each be covered by the same committed money and the
 * second posting would be refused after the money had left the treasury.
 */
public record AwardCover(long committedFen, long inFlightFen) {

    public long leftFen() {
        return committedFen - inFlightFen;
    }

    /** Refuses an approval of {@code amountFen} that the award does not cover. */
    public void require(long amountFen) {
        if (amountFen > leftFen()) {
            throw new DomainException(
                    "payment.beyondAward",
                    Money.ofFen(amountFen).yuan(),
                    Money.ofFen(Math.max(0, leftFen())).yuan());
        }
    }
}
