package cn.kaifeng.tfs.program.domain;

/**
 * 人才 / 资金 / 信贷 / 认定: decides where a program is listed and whether banks see its results. A recognition
 * (认定, e.g. 元宇宙骨干企业认定) confers a status rather than money: its award rule is optional and its letters say
 * 予以认定 / 不予认定.
 */
public enum ProgramCategory {
    TALENT,
    FUND,
    LOAN,
    RECOGNITION;

    /** Loan and fund programs are what banks ask about and what eligible lists (名单) are published for. */
    public boolean forBanks() {
        return this == LOAN || this == FUND;
    }

    /** Whether a program of this category may confer no money (its award rule is optional). */
    public boolean awardOptional() {
        return this == RECOGNITION;
    }
}
