package cn.kaifeng.tfs.recovery.domain;

import java.math.BigDecimal;

/**
 * The words a recovery notice (追回通知) fills in: why the money is recovered, the interest charged if it is paid
 * late (from the program's terms the order took), and how long a 失信 record lasts. Exact: the rate is printed as
 * the percentage it is, never rounded.
 */
public final class RecoveryNoticeText {

    private RecoveryNoticeText() {}

    /** The reason as the notice states it: the kind, then the reviewer's words. */
    public static String reason(RecoveryReason reason, String reasonText) {
        String kind = switch (reason) {
            case BREACH -> "违反任务书约定";
            case FAILED_ACCEPTANCE -> "项目验收不通过";
        };
        return reasonText == null || reasonText.isBlank() ? kind : kind + "（" + reasonText.strip() + "）";
    }

    /** The interest sentence: none charged, or the yearly rate as a percentage, simple interest per day late. */
    public static String interest(BigDecimal annualRate) {
        if (annualRate == null || annualRate.signum() == 0) {
            return "逾期缴回的，不计收利息。";
        }
        String percent = annualRate.movePointRight(2).stripTrailingZeros().toPlainString();
        return "逾期缴回的，自缴回期限次日起按年利率" + percent + "%按日计收利息（单利），利息与本金一并缴回，先抵利息。";
    }

    /** How long a 失信 record lasts, or, when the program says nothing of it, where that is set. */
    public static String creditMonths(Integer months) {
        return months == null ? "（期限依有关规定确定）" : months + "个月";
    }
}
