package cn.kaifeng.tfs.program.web;

import cn.kaifeng.tfs.program.domain.Explanation;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.program.domain.ScoringRule;
import cn.kaifeng.tfs.shell.web.LocaleSelection;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/** Puts program data on pages in the reader's language: texts, explanations, policy sources, numbers. */
@Named
@RequestScoped
public class ProgramTexts {

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private Messages messages;

    public String text(LocalizedText text) {
        return text == null ? "" : text.in(localeSelection.getLocale());
    }

    public String explain(Explanation explanation) {
        if (explanation == null) {
            return "";
        }
        return explanation.in(localeSelection.getLocale());
    }

    /** e.g. 《开封市元宇宙产业发展行动计划（2023—2025年）》三（三） */
    public String source(PolicySource source) {
        if (source == null) {
            return "";
        }
        return messages.text(
                "policy.cite", messages.text("policy." + source.document().name()), source.clause());
    }

    public String rule(ScoringRule rule) {
        return rule == null ? "" : rule.describe(localeSelection.getLocale());
    }

    public String number(BigDecimal value) {
        return value == null ? "–" : Explanation.plain(value);
    }

    /** An amount of yuan as people read it: grouped, to the fen ("1,500,000.00"). */
    public String money(BigDecimal yuan) {
        if (yuan == null) {
            return "–";
        }
        java.text.DecimalFormat format = new java.text.DecimalFormat(
                "#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return format.format(yuan);
    }
}
