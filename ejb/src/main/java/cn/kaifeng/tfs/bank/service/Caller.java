package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.QueryChannel;

/**
 * Who is asking on a bank's behalf: an officer (by user name) or a bank system (by client id), the bank they act
 * for, and how many requests a minute they may make.
 */
public record Caller(long bankId, String name, QueryChannel channel, int perMinute) {

    /** Officers click; a minute's limit that no person reaches keeps a scripted browser in check. */
    public static final int OFFICER_PER_MINUTE = 120;
}
