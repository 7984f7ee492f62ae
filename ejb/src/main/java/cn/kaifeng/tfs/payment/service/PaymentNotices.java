package cn.kaifeng.tfs.payment.service;

import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.domain.Notice;
import cn.kaifeng.tfs.letter.domain.NoticeDates;
import cn.kaifeng.tfs.letter.domain.NoticeDraft;
import cn.kaifeng.tfs.letter.service.NoticeService;
import cn.kaifeng.tfs.payment.domain.PaymentRequest;
import cn.kaifeng.tfs.payment.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The payment notice (拨付通知) of a paid payment: what the letters' press is asked to issue when the treasury's
 * return file marks a payment PAID, in the import's transaction, so that a payment is paid with its notice or not at
 * all. It states the program, the agreement's number, the tranche, the amount in figures and in words, the
 * treasury's reference and the budget line.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PaymentNotices {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NoticeService notices;

    /** Issues the notice of a payment marked PAID; one per payment (the press returns the one already issued). */
    public Notice paid(PaymentRequest request, String actor) {
        if (request.status() != PaymentStatus.PAID || request.settledAt() == null) {
            throw new IllegalStateException("payment " + request.id() + " is not paid");
        }
        String agreement = agreementNumber(request.applicationId());
        String tranche = String.valueOf(request.trancheNo());
        String paidOn = NoticeDates.inWords(LocalDate.ofInstant(request.settledAt(), BEIJING));
        String budgetLine = request.budgetLine() == null ? "—" : request.budgetLine();
        return notices.issue(new NoticeDraft(
                LetterKind.PAYMENT_NOTICE,
                request.id(),
                request.applicationId(),
                request.amount(),
                Map.of(
                        "agreement", agreement,
                        "tranche", tranche,
                        "reference", request.treasuryRef(),
                        "budgetLine", budgetLine,
                        "paidOn", paidOn),
                List.of(
                        new LetterContent.Fact("协议编号", agreement),
                        new LetterContent.Fact("批次", "第" + tranche + "笔"),
                        new LetterContent.Fact("国库支付凭证号", request.treasuryRef()),
                        new LetterContent.Fact("预算科目", budgetLine),
                        new LetterContent.Fact("到账日期", paidOn)),
                List.of(),
                actor));
    }

    /** The signed agreement's number; a payment is only ever requested under a signed agreement. */
    private String agreementNumber(long applicationId) {
        return em.createQuery("SELECT a.number FROM Agreement a WHERE a.applicationId = :id", String.class)
                .setParameter("id", applicationId)
                .getResultStream()
                .filter(n -> n != null)
                .findFirst()
                .orElse("—");
    }
}
