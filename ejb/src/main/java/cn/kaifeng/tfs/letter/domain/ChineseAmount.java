package cn.kaifeng.tfs.letter.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in Chinese capital numerals (大写金额) as finance documents write it: 壹佰贰拾万元整, 壹拾万零伍拾元整,
 * 壹亿零伍佰万元整, 叁元伍角贰分. A zero is written once for any run of zeros inside the number; 整 closes an amount
 * without 角 or 分.
 */
public final class ChineseAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿"};

    /** Every character an amount in words may hold. */
    public static final String CHARACTERS = DIGITS + "拾佰仟万亿元角分整";

    private ChineseAmount() {}

    public static String of(Money money) {
        BigDecimal yuan = money.yuan();
        long whole = yuan.setScale(0, RoundingMode.DOWN).longValueExact();
        int cents = yuan.subtract(BigDecimal.valueOf(whole)).movePointRight(2).intValueExact();
        int jiao = cents / 10;
        int fen = cents % 10;
        if (whole >= 1_0000_0000_0000L) {
            // Money's ceiling is one trillion yuan; 万亿 is beyond what a letter will ever state
            throw new IllegalArgumentException("amount too large for capital numerals: " + yuan);
        }
        StringBuilder words = new StringBuilder();
        if (whole > 0) {
            words.append(integerPart(whole)).append('元');
        }
        if (jiao == 0 && fen == 0) {
            return whole == 0 ? "零元整" : words.append('整').toString();
        }
        if (jiao > 0) {
            words.append(DIGITS.charAt(jiao)).append('角');
        }
        if (fen > 0) {
            if (jiao == 0 && whole > 0) {
                words.append('零');
            }
            words.append(DIGITS.charAt(fen)).append('分');
        }
        return words.toString();
    }

    private static String integerPart(long n) {
        int[] groups = {(int) (n % 10_000), (int) (n / 10_000 % 10_000), (int) (n / 1_0000_0000)};
        StringBuilder out = new StringBuilder();
        boolean zeroBefore = false;
        for (int g = groups.length - 1; g >= 0; g--) {
            int group = groups[g];
            if (group == 0) {
                zeroBefore = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (zeroBefore || group < 1000)) {
                out.append('零');
            }
            out.append(group(group)).append(GROUPS[g]);
            zeroBefore = group % 10 == 0;
        }
        return out.toString();
    }

    /** One group of up to four digits, without leading zeros and with one 零 for inner zeros. */
    private static String group(int group) {
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        for (int place = 3; place >= 0; place--) {
            int digit = group / (int) Math.pow(10, place) % 10;
            if (digit == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append('零');
                pendingZero = false;
            }
            out.append(DIGITS.charAt(digit)).append(PLACES[place]);
        }
        return out.toString();
    }
}
