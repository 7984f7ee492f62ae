package cn.kaifeng.tfs.verification.domain;

/** The two documents a claim stands on; both are needed before it can go to the bureau. */
public enum DocumentKind {
    /** 营业执照: the licence that names the code, the enterprise and its legal representative. */
    BUSINESS_LICENCE,
    /** 授权委托书: the legal representative's signed authority for the person who registered. */
    AUTHORISATION
}
