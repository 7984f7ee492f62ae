package cn.kaifeng.tfs.verification.service;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.verification.domain.Claim;
import cn.kaifeng.tfs.verification.domain.ClaimStatus;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The manual check: a reviewer has compared the uploaded 营业执照 (code, name, legal representative) and the
 * 授权委托书 signed by that legal representative with the claim, and approves it. Only a claim submitted with both
 * documents can be approved this way.
 */
@ApplicationScoped
public class DocumentProof implements ProofOfIdentity {

    @Override
    public String method() {
        return "DOCUMENTS";
    }

    @Override
    public ProvenIdentity prove(Claim claim, String by) {
        if (claim.status() != ClaimStatus.SUBMITTED) {
            throw new DomainException("verification.notSubmitted");
        }
        return new ProvenIdentity(claim.legalRepresentative(), method(), by);
    }
}
