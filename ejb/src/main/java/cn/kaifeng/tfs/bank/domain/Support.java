package cn.kaifeng.tfs.bank.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import java.time.LocalDate;

/**
 * Approved support as its letter states it: the amount, the letter's number and verification code, and the window
 * in which banks may rely on it (both days inclusive).
 */
public record Support(
        long letterId,
        Money amount,
        String letterNumber,
        String verificationCode,
        LocalDate validFrom,
        LocalDate validUntil) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
