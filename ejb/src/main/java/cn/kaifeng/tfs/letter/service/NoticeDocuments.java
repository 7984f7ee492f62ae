package cn.kaifeng.tfs.letter.service;

import cn.kaifeng.tfs.letter.domain.Notice;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The notices, for the public verification of letters: found by verification code or by the file's hash, a notice
 * answers with its number, kind, organisation, program and amount, like a letter, and nothing else (not the
 * reason of a recovery, not the treasury reference).
 */
@ApplicationScoped
public class NoticeDocuments extends SignedDocumentTable<Notice> {

    public NoticeDocuments() {
        super(Notice.class);
    }

    @Override
    protected LetterVerificationService.Verdict verdict(Notice n) {
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
}
