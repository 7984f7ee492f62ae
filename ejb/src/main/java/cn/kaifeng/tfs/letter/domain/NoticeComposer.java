package cn.kaifeng.tfs.letter.domain;

import cn.kaifeng.tfs.program.domain.LetterTexts;
import cn.kaifeng.tfs.program.domain.NoticeTemplate;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fills a notice's text (the program's, or its kind's default) with the case and the draft's values, and adds what
 * every notice states: the summary table (program, case, organisation, then the draft's own rows) and the clauses
 * relied on. Notices are official documents and are written in Chinese, laid out and signed like letters.
 */
public final class NoticeComposer {

    /** The case the notice is about, as the press found it, and the number and code it was given. */
    public record Case(
            ProgramDefinition program,
            NoticeDraft draft,
            LetterNumber number,
            String organisation,
            String creditCode,
            String caseNumber,
            LocalDate issuedOn,
            String verificationCode,
            String verificationUrl) {

        public Case {
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(issuedOn, "issuedOn");
        }
    }

    private NoticeComposer() {}

    /** The program-file template of a notice kind; refuses a kind that is not a notice. */
    public static NoticeTemplate template(LetterKind kind) {
        if (kind == null) {
            throw new IllegalArgumentException("a notice has a kind");
        }
        return switch (kind) {
            case PAYMENT_NOTICE -> NoticeTemplate.PAYMENT;
            case RECOVERY_NOTICE -> NoticeTemplate.RECOVERY;
            case ACCEPTANCE_CONCLUSION -> NoticeTemplate.ACCEPTANCE;
            case APPROVAL, REJECTION, AGREEMENT -> throw new IllegalArgumentException("not a notice: " + kind);
        };
    }

    /** The notice's title: 关于拨付…资金的通知, 关于追回…资金的通知, …项目验收结论通知书. */
    public static String title(LetterKind kind, String programName) {
        return switch (template(kind)) {
            case PAYMENT -> "关于拨付" + programName + "资金的通知";
            case RECOVERY -> "关于追回" + programName + "资金的通知";
            case ACCEPTANCE -> programName + "项目验收结论通知书";
        };
    }

    /** The values a notice's text is filled with: the common ones, the amount, then the draft's own. */
    static Map<String, String> values(Case c) {
        Map<String, String> values = new HashMap<>();
        values.put("program", c.program().name().zh());
        values.put("organisation", c.organisation());
        values.put("creditCode", c.creditCode() == null ? "" : c.creditCode());
        values.put("number", c.number().toString());
        values.put("case", c.caseNumber() == null ? "" : c.caseNumber());
        if (c.draft().amount() != null) {
            values.put("amount", LetterComposer.figures(c.draft().amount()));
            values.put("amountInWords", ChineseAmount.of(c.draft().amount()));
        }
        values.putAll(c.draft().details());
        return values;
    }

    public static LetterContent compose(Case c) {
        ProgramDefinition program = c.program();
        NoticeDraft draft = c.draft();
        NoticeTemplate template = template(draft.kind());
        LetterTexts texts = program.letters();
        String programName = program.name().zh();
        String text = texts.noticeText(template).zh();

        List<String> body = new ArrayList<>();
        for (String paragraph : LetterTexts.fill(text, values(c)).split("\\R")) {
            if (!paragraph.isBlank()) {
                body.add(paragraph.strip());
            }
        }
        List<LetterContent.Fact> facts = new ArrayList<>();
        facts.add(new LetterContent.Fact("项目", programName));
        if (c.caseNumber() != null) {
            facts.add(new LetterContent.Fact("申请编号", c.caseNumber()));
        }
        facts.add(new LetterContent.Fact("单位", c.organisation()));
        if (c.creditCode() != null) {
            facts.add(new LetterContent.Fact("统一社会信用代码", c.creditCode()));
        }
        if (draft.amount() != null) {
            facts.add(new LetterContent.Fact(
                    template == NoticeTemplate.RECOVERY ? "追回金额" : "拨付金额",
                    "人民币" + ChineseAmount.of(draft.amount()) + "（¥" + LetterComposer.figures(draft.amount()) + "）"));
        }
        facts.addAll(draft.facts());

        return new LetterContent(
                draft.kind(),
                c.number().toString(),
                title(draft.kind(), programName),
                texts.issuer().zh(),
                c.organisation(),
                c.creditCode(),
                body,
                facts,
                List.of(),
                null,
                null,
                draft.clauses(),
                null,
                c.issuedOn(),
                c.verificationCode(),
                c.verificationUrl(),
                programText(program, template));
    }

    /**
     * The words every notice of this kind and program prints whatever the case (its text, title, labels, amounts
     * in words, numbers), for the font the notices of the program share; nothing of a case is here.
     */
    static String programText(ProgramDefinition program, NoticeTemplate template) {
        LetterTexts texts = program.letters();
        return program.name().zh()
                + texts.issuer().zh()
                + texts.noticeText(template).zh()
                + texts.noticeWord(template)
                + "〔〕号年月日"
                + ChineseAmount.CHARACTERS
                + "关于拨付追回资金的通知项目验收结论通知书申请编号单位统一社会信用代码拨付金额追回金额人民币（¥）"
                + "协议编号批次国库支付凭证号预算科目到账日期原因缴回期限逾期利息失信记录期限个月验收日期专家组评分结论年利率《》、—%.";
    }
}
