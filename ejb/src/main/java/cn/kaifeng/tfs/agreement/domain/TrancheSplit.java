package cn.kaifeng.tfs.agreement.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an award into tranches exactly, in fen: each tranche but the last is its share of the award rounded down to
 * the fen, and the last takes what is left, so the tranches always add up to the award and none is negative (the
 * rounded-down shares never exceed the award). The remainder of rounding is less than one fen per tranche.
 */
public final class TrancheSplit {

    private TrancheSplit() {}

    public static List<Long> split(long awardFen, List<Integer> sharesPercent) {
        if (awardFen < 0) {
            throw new DomainException("agreement.negativeAward");
        }
        if (sharesPercent.isEmpty()
                || sharesPercent.stream().anyMatch(s -> s == null || s < 1 || s > 100)
                || sharesPercent.stream().mapToInt(Integer::intValue).sum() != 100) {
            throw new DomainException("agreement.badShares", sharesPercent);
        }
        List<Long> amounts = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < sharesPercent.size() - 1; i++) {
            // awards are at most 10^14 fen (Money's ceiling), so award × 100 stays far below Long.MAX_VALUE
            long amount = Math.multiplyExact(awardFen, (long) sharesPercent.get(i)) / 100;
            amounts.add(amount);
            given += amount;
        }
        amounts.add(awardFen - given);
        return List.copyOf(amounts);
    }
}
