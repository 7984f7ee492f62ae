package cn.kaifeng.tfs.letter.service;

import cn.kaifeng.tfs.letter.domain.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The notices, for the public verification of letters: found by verification code or by the file's hash, a notice
 * answers with its number, kind, organisation, program and amount, like a letter, and nothing else (not the
 * reason of a recovery, not the treasury reference).
 */
@ApplicationScoped
public class NoticeDocuments implements SignedDocuments {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<LetterVerificationService.Verdict> byCode(String code) {
        return first("SELECT n FROM Notice n WHERE n.verificationCode = :v", code)
                .map(NoticeDocuments::verdict);
    }

    @Override
    public Optional<LetterVerificationService.Verdict> bySha256(String sha256) {
        return first("SELECT n FROM Notice n WHERE n.sha256 = :v", sha256).map(NoticeDocuments::verdict);
    }

    @Override
    public boolean issuedNumber(String number) {
        return first("SELECT n FROM Notice n WHERE n.number = :v", number).isPresent();
    }

    private static LetterVerificationService.Verdict verdict(Notice n) {
        return new LetterVerificationService.Verdict(
                LetterVerificationService.Status.GENUINE,
                n.number(),
                n.organisationName(),
                n.programName(),
                n.kind(),
                n.amount(),
                n.issuedAt(),
                null);
    }

    private Optional<Notice> first(String query, String value) {
        return em.createQuery(query, Notice.class)
                .setParameter("v", value)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
