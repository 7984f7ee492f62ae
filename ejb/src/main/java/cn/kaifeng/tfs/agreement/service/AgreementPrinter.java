package cn.kaifeng.tfs.agreement.service;

import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.domain.Indicator;
import cn.kaifeng.tfs.agreement.domain.Tranche;
import cn.kaifeng.tfs.agreement.pdf.AgreementPdf;
import cn.kaifeng.tfs.letter.domain.ChineseAmount;
import cn.kaifeng.tfs.letter.service.LetterPress;
import cn.kaifeng.tfs.letter.service.LetterService;
import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints an agreement and signs it with the bureau's key, through the letter press: the same font, the same key and
 * the same signature as decision letters, so it is verified the same way. The text is Chinese, as official documents
 * are issued.
 */
@ApplicationScoped
public class AgreementPrinter {

    static final String TITLE = "开封市元宇宙产业扶持资金任务书（资助协议）";

    @Inject
    private LetterPress press;

    private volatile AgreementPdf layout;

    /** The signed PDF of an agreement about to be issued with this number and verification code. */
    byte[] print(Agreement a, AgreementTemplate template, String issuer, String number, String code, LocalDate day) {
        press.requireSigningKey();
        List<String[]> facts = List.of(
                new String[] {"项目名称", a.programName()},
                new String[] {"受扶持单位", a.organisationName()},
                new String[] {"申请编号", a.caseNumber()},
                new String[] {"决定书文号", a.decisionLetter() == null ? "—" : a.decisionLetter()},
                new String[] {"扶持金额", yuan(a.amountFen()) + " 元（" + ChineseAmount.of(Money.ofFen(a.amountFen())) + "）"
                });
        List<String[]> indicators = new ArrayList<>();
        List<Indicator> list = a.indicators();
        for (int i = 0; i < list.size(); i++) {
            Indicator ind = list.get(i);
            indicators.add(new String[] {
                String.valueOf(i + 1),
                category(ind),
                ind.nameZh(),
                ind.target() == null ? "—" : ind.target().toPlainString(),
                ind.unitZh(),
                ind.higherBetter() ? "不低于目标值" : "不高于目标值"
            });
        }
        List<String[]> tranches = new ArrayList<>();
        List<Tranche> ts = a.tranches();
        for (int i = 0; i < ts.size(); i++) {
            Tranche t = ts.get(i);
            tranches.add(new String[] {"第" + (i + 1) + "笔", t.sharePercent() + "%", yuan(t.amountFen()), condition(t)});
        }
        AgreementTemplate.ReportingPlan r = template.reporting();
        String reporting = "自本任务书签订之日起，每 " + r.progressEveryMonths() + " 个月报送一次项目进展报告；"
                + (r.hasMidterm() ? "第 " + r.midtermMonth() + " 个月进行中期检查；" : "")
                + "第 " + r.acceptanceMonth() + " 个月申请验收。";
        List<String> obligations =
                template.obligations().stream().map(LocalizedText::zh).toList();
        AgreementPdf.Content content = new AgreementPdf.Content(
                TITLE,
                number,
                issuer,
                facts,
                indicators,
                tranches,
                reporting,
                obligations,
                "预算科目：" + template.budgetLine() + "。各笔资金在其条件成就后，经审核按国库集中支付规定拨付。",
                "本任务书经受扶持单位在线确认后生效。" + issuer + "　" + day.getYear() + "年" + day.getMonthValue() + "月"
                        + day.getDayOfMonth() + "日",
                "验证码：" + code + "　验证地址：" + LetterService.verifyUrl(code));
        byte[] unsigned = layout().render(content);
        return press.sign(unsigned, issuer, number);
    }

    private AgreementPdf layout() {
        AgreementPdf l = layout;
        if (l == null) {
            l = new AgreementPdf(press.fonts());
            layout = l;
        }
        return l;
    }

    static String yuan(long fen) {
        return String.format(java.util.Locale.ROOT, "%,.2f", BigDecimal.valueOf(fen, 2));
    }

    private static String category(Indicator i) {
        return switch (i.category()) {
            case OUTPUT -> "产出";
            case BENEFIT -> "效益";
            case SATISFACTION -> "满意度";
        };
    }

    private static String condition(Tranche t) {
        return switch (t.condition()) {
            case ON_SIGNING -> "任务书签订后";
            case AFTER_MIDTERM_CHECK -> "中期检查通过后";
            case AFTER_ACCEPTANCE -> "验收通过后";
        };
    }
}
