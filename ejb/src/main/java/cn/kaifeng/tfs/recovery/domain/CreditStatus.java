package cn.kaifeng.tfs.recovery.domain;

/**
 * A 失信 record is in force from its first day to its last, unless a reviewer lifted it; after its last day it has
 * expired, read off the date, so that it ends without anyone acting (and on every node alike).
 */
public enum CreditStatus {
    ACTIVE,
    LIFTED,
    EXPIRED
}
