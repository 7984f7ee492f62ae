package cn.kaifeng.tfs.agreement.service;

import java.time.Instant;

/**
 * A tranche of an agreement matured, that is became payable: its condition holds (the agreement was signed, the
 * mid-term check or the acceptance passed). Named as a past fact like every event (ArchitectureTest). Fired in the transaction that made the condition hold, for the payments above this feature to
 * turn into a payment request, so that the agreement does not need to know how money is paid.
 *
 * @param applicationId the award's application, which is also the award's id in the ledger
 * @param caseNumber the application's number, printed on payment files and notices
 * @param programCode the program whose money this is
 * @param organisationId the recipient (payee)
 * @param trancheNo the tranche's number in the agreement, from 1
 * @param amountFen the tranche's amount in fen (分), exact; the tranches of an agreement add up to the award
 * @param purpose what the money is for, as the payment file's 用途 (e.g. "开封市元宇宙人才团队资助 第1笔")
 * @param budgetLine the program's budget line (预算科目) for the treasury file
 * @param secondApprovalAboveFen above this amount a payment needs a second finance approval (the program's threshold)
 * @param actor who made the condition hold
 */
public record TrancheMatured(
        long applicationId,
        String caseNumber,
        String programCode,
        long organisationId,
        int trancheNo,
        long amountFen,
        String purpose,
        String budgetLine,
        long secondApprovalAboveFen,
        String actor,
        Instant at) {}
