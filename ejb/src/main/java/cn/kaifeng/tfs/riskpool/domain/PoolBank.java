package cn.kaifeng.tfs.riskpool.domain;

import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;

/**
 * A cooperating bank (合作银行) named in a pool agreement, by its 统一社会信用代码: the agreement is signed before
 * every bank has registered on the platform, and a bank's registration carries the same code.
 */
public record PoolBank(UnifiedSocialCreditCode creditCode, LocalizedText name) {}
