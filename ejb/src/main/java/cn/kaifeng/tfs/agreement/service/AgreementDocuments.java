package cn.kaifeng.tfs.agreement.service;

import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.service.LetterVerificationService;
import cn.kaifeng.tfs.letter.service.SignedDocuments;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The signed agreements, for the public verification of letters: found by verification code or by the file's
 * hash, an agreement answers with its number, organisation, program and award, like a letter, and nothing else.
 */
@ApplicationScoped
public class AgreementDocuments implements SignedDocuments {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<LetterVerificationService.Verdict> byCode(String code) {
        return first("SELECT a FROM Agreement a WHERE a.verificationCode = :v", code)
                .map(AgreementDocuments::verdict);
    }

    @Override
    public Optional<LetterVerificationService.Verdict> bySha256(String sha256) {
        return first("SELECT a FROM Agreement a WHERE a.sha256 = :v", sha256).map(AgreementDocuments::verdict);
    }

    @Override
    public boolean issuedNumber(String number) {
        return first("SELECT a FROM Agreement a WHERE a.number = :v", number).isPresent();
    }

    private static LetterVerificationService.Verdict verdict(Agreement a) {
        return new LetterVerificationService.Verdict(
                LetterVerificationService.Status.GENUINE,
                a.number(),
                a.organisationName(),
                a.programName(),
                LetterKind.AGREEMENT,
                Money.ofFen(a.amountFen()),
                a.issuedAt(),
                null);
    }

    private Optional<Agreement> first(String query, String value) {
        return em.createQuery(query, Agreement.class)
                .setParameter("v", value)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
