package cn.kaifeng.tfs.program.domain;

/** 人才 / 资金 / 信贷: decides where a program is listed and whether banks see its results. */
public enum ProgramCategory {
    TALENT,
    FUND,
    LOAN;

    /** Loan and fund programs are what banks ask about and what eligible lists (名单) are published for. */
    public boolean forBanks() {
        return this == LOAN || this == FUND;
    }
}
