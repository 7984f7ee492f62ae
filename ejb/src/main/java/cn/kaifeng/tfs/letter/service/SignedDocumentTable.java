package cn.kaifeng.tfs.letter.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Signed documents kept as one entity each, found by the three columns every signed document has: its verification
 * code, its file's SHA-256 and its number. A subclass names the entity and says what a genuine one answers.
 */
public abstract class SignedDocumentTable<T> implements SignedDocuments {

    @PersistenceContext
    private EntityManager em;

    private final Class<T> type;

    protected SignedDocumentTable(Class<T> type) {
        this.type = type;
    }

    /** What the public is told about this genuine document: the letter's fields and nothing else. */
    protected abstract LetterVerificationService.Verdict verdict(T document);

    @Override
    public Optional<LetterVerificationService.Verdict> byCode(String code) {
        return first("verificationCode", code).map(this::verdict);
    }

    @Override
    public Optional<LetterVerificationService.Verdict> bySha256(String sha256) {
        return first("sha256", sha256).map(this::verdict);
    }

    @Override
    public boolean issuedNumber(String number) {
        return first("number", number).isPresent();
    }

    private Optional<T> first(String column, String value) {
        // the entity's name is its class's simple name (none of them renames itself); the column is one of ours
        return em.createQuery("SELECT d FROM " + type.getSimpleName() + " d WHERE d." + column + " = :v", type)
                .setParameter("v", value)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
