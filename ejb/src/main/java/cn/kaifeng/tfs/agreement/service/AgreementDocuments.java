package cn.kaifeng.tfs.agreement.service;

import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.service.LetterVerificationService;
import cn.kaifeng.tfs.letter.service.SignedDocumentTable;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The signed agreements, for the public verification of letters: found by verification code or by the file's
 * hash, an agreement answers with its number, organisation, program and award, like a letter, and nothing else.
 */
@ApplicationScoped
public class AgreementDocuments extends SignedDocumentTable<Agreement> {

    public AgreementDocuments() {
        super(Agreement.class);
    }

    @Override
    protected LetterVerificationService.Verdict verdict(Agreement a) {
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
}
