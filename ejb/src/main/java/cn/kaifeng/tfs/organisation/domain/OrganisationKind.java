package cn.kaifeng.tfs.organisation.domain;

/** What an organisation is; decides which roles its people may hold and whether it has a credit code. */
public enum OrganisationKind {
    /** 企业: a registered enterprise, applies for fund and loan programs. */
    ENTERPRISE(true),
    /** 人才团队: a talent team; not a legal person itself, so a credit code is optional. */
    TALENT_TEAM(false),
    /** 银行: checks eligibility and reports loans. */
    BANK(true),
    /** 财政局等主管部门: reviews, decides and administers programs. */
    BUREAU(true);

    private final boolean creditCodeRequired;

    OrganisationKind(boolean creditCodeRequired) {
        this.creditCodeRequired = creditCodeRequired;
    }

    public boolean creditCodeRequired() {
        return creditCodeRequired;
    }

    public boolean isApplicant() {
        return this == ENTERPRISE || this == TALENT_TEAM;
    }
}
