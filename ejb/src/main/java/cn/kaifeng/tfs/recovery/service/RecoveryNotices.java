package cn.kaifeng.tfs.recovery.service;

import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.domain.Notice;
import cn.kaifeng.tfs.letter.domain.NoticeDates;
import cn.kaifeng.tfs.letter.domain.NoticeDraft;
import cn.kaifeng.tfs.letter.service.NoticeService;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.program.domain.RecoveryTerms;
import cn.kaifeng.tfs.program.service.PolicyService;
import cn.kaifeng.tfs.recovery.domain.RecoveryNoticeText;
import cn.kaifeng.tfs.recovery.domain.RecoveryOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recovery notice (追回通知) of an order: what the letters' press is asked to issue when an order is opened, in
 * the same transaction (no notice, no order). It states the amount, the reason, the due date, the interest terms,
 * how to pay, and that an unpaid order leads to a 失信 record, citing the program's recovery terms.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecoveryNotices {

    @Inject
    private NoticeService notices;

    @Inject
    private PolicyService policies;

    public Notice opened(RecoveryOrder order, Optional<RecoveryTerms> terms, String actor) {
        String reason = RecoveryNoticeText.reason(order.reason(), order.reasonText());
        String dueDate = NoticeDates.inWords(order.dueDate());
        String interest = RecoveryNoticeText.interest(order.annualRate());
        String months = RecoveryNoticeText.creditMonths(order.creditMonths());
        Optional<String> cited = terms.map(RecoveryTerms::source).map(this::citation);
        return notices.issue(new NoticeDraft(
                LetterKind.RECOVERY_NOTICE,
                order.id(),
                order.applicationId(),
                order.principal(),
                Map.of(
                        "reason", reason,
                        "dueDate", dueDate,
                        "interest", interest,
                        "creditMonths", months,
                        "terms", cited.orElse("有关规定")),
                List.of(
                        new LetterContent.Fact("追回原因", reason),
                        new LetterContent.Fact("缴回期限", dueDate),
                        new LetterContent.Fact("逾期利息", interest),
                        new LetterContent.Fact("失信记录期限", months)),
                cited.map(List::of).orElse(List.of()),
                actor));
    }

    private String citation(PolicySource source) {
        return policies.library().citation(source.document()) + (source.clause() == null ? "" : source.clause());
    }
}
