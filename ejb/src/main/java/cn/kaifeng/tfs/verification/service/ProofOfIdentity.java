package cn.kaifeng.tfs.verification.service;

import cn.kaifeng.tfs.verification.domain.Claim;

/**
 * How a claim on a credit code is proven. Today that is {@link DocumentProof}: a reviewer reads the 营业执照 and the
 * 授权委托书. The province's unified legal-person login (电子营业执照, OpenID Connect through Jakarta Security's
 * {@code @OpenIdAuthenticationMechanismDefinition}) would be another implementation: its ID token names the code and
 * the legal representative, so the identity is proven at login without documents. Whatever the proof, it ends in
 * {@link ClaimService}, the one place a claimed code becomes the organisation's, and the rest of the product only
 * asks the organisation whether its identity is proven.
 */
public interface ProofOfIdentity {

    /** The identity a proof established: what the organisation is then known as, by which method, and who said so. */
    record ProvenIdentity(String legalRepresentative, String method, String by) {}

    /** The method's name as the audit trail records it. */
    String method();

    /** Proves the claim, decided by {@code by}; refuses (with a message) if this proof cannot establish it. */
    ProvenIdentity prove(Claim claim, String by);
}
