package cn.kaifeng.tfs.program.domain;

import java.math.BigDecimal;

/**
 * What a program says about money recovered from its awards (追回): the yearly interest rate charged on a recovery
 * order's principal for each day it is paid late (simple interest, an exact decimal: {@code 0.0365} is 3.65 % a
 * year; zero charges none), and how many months a 失信 record lasts when a reviewer records an organisation that
 * did not pay. {@code source} is where the bureau took these from (null when the file names none).
 */
public record RecoveryTerms(BigDecimal annualInterestRate, int creditRecordMonths, PolicySource source) {

    /** No rate above this is accepted: 24 % a year is the ceiling Chinese courts protect for private lending. */
    public static final BigDecimal MAX_RATE = new BigDecimal("0.24");

    public static final int MAX_CREDIT_RECORD_MONTHS = 60;

    public RecoveryTerms {
        if (annualInterestRate == null
                || annualInterestRate.signum() < 0
                || annualInterestRate.compareTo(MAX_RATE) > 0) {
            throw new IllegalArgumentException("annual interest rate from 0 to " + MAX_RATE);
        }
        if (creditRecordMonths < 1 || creditRecordMonths > MAX_CREDIT_RECORD_MONTHS) {
            throw new IllegalArgumentException("credit record months from 1 to " + MAX_CREDIT_RECORD_MONTHS);
        }
    }
}
