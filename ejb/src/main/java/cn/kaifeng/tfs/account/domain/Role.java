package cn.kaifeng.tfs.account.domain;

import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The five roles of the platform. The names are the security role names used in web.xml, {@code @RolesAllowed}
 * and the user_role table, so they must not be renamed lightly.
 */
public enum Role {
    /** 申请人: an enterprise or talent team applying for support. */
    APPLICANT(EnumSet.of(OrganisationKind.ENTERPRISE, OrganisationKind.TALENT_TEAM), false),
    /** 审核人员: finance-bureau staff who check, decide and issue letters. */
    REVIEWER(EnumSet.of(OrganisationKind.BUREAU), false),
    /** 评审专家: an invited expert; an individual, whose employer is recorded for conflict checks. */
    EXPERT(EnumSet.noneOf(OrganisationKind.class), true),
    /** 银行: a bank officer checking eligibility. */
    BANK(EnumSet.of(OrganisationKind.BANK), false),
    /** 管理员: publishes programs and manages accounts. */
    ADMIN(EnumSet.of(OrganisationKind.BUREAU), false);

    private final Set<OrganisationKind> organisationKinds;
    private final boolean individual;

    Role(Set<OrganisationKind> organisationKinds, boolean individual) {
        this.organisationKinds = organisationKinds;
        this.individual = individual;
    }

    /** Whether a person of this organisation kind (null: no organisation) may hold this role. */
    public boolean allowedFor(OrganisationKind kind) {
        return kind == null ? individual : organisationKinds.contains(kind);
    }

    /** The page a user with this role lands on after login. */
    public String homePath() {
        return "/" + name().toLowerCase(java.util.Locale.ROOT) + "/home.xhtml";
    }
}
