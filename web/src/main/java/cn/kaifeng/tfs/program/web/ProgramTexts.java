package cn.kaifeng.tfs.program.web;

import cn.kaifeng.tfs.program.domain.Explanation;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.PolicyDocument;
import cn.kaifeng.tfs.program.domain.PolicyLibrary;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.program.domain.ProgramBasis;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.ScoringRule;
import cn.kaifeng.tfs.program.service.PolicyService;
import cn.kaifeng.tfs.shell.web.LocaleSelection;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Puts program data on pages in the reader's language: texts, explanations, policy sources (title and 文号 from the
 * documents in config/policy, read once per request), a program's basis and when it expires, numbers.
 */
@Named
@RequestScoped
public class ProgramTexts {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    /** The bureau's calendar: a basis expires at the end of the day in China. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private Messages messages;

    @Inject
    private PolicyService policies;

    private PolicyLibrary library;

    public String text(LocalizedText text) {
        return text == null ? "" : text.in(localeSelection.getLocale());
    }

    public String explain(Explanation explanation) {
        if (explanation == null) {
            return "";
        }
        return explanation.in(localeSelection.getLocale());
    }

    /** e.g. 《开封市元宇宙产业发展行动计划（2023—2025年）》（汴政办〔2023〕16号）三（三） */
    public String source(PolicySource source) {
        if (source == null) {
            return "";
        }
        return messages.text("policy.cite", document(source.document()), source.clause());
    }

    /**
     * A document as the reader's language names it, with its 文号, and marked when it is an example or an excerpt:
     * 《title》（文号）, Title (文号). An id no loaded document has is shown as it is.
     */
    public String document(String id) {
        PolicyDocument document = library().find(id).orElse(null);
        if (document == null) {
            return id;
        }
        String title = messages.text(
                document.number() == null ? "policy.title" : "policy.titleNumber",
                text(document.title()),
                document.number());
        if (document.example()) {
            title += messages.text("policy.example");
        }
        if (document.excerpt()) {
            title += messages.text("policy.excerpt");
        }
        return title;
    }

    /** What the program stands on today, and when that basis expires. */
    public ProgramBasis basis(ProgramDefinition program) {
        return program == null ? null : library().basis(program, LocalDate.now(clock.withZone(CHINA)));
    }

    /** The day the program's basis expires, or words saying it has no end date. */
    public String basisExpiry(ProgramDefinition program) {
        ProgramBasis basis = basis(program);
        return basis == null || basis.expiresOn() == null
                ? messages.text("basis.noEnd")
                : basis.expiresOn().toString();
    }

    /** The in-force period in words: "2023-04-13 至 2025-12-31", "2016-05-30 起". */
    public String inForce(PolicyDocument document) {
        return document.inForceTo() == null
                ? messages.text("policy.inForceFrom", document.inForceFrom().toString())
                : messages.text(
                        "policy.inForce",
                        document.inForceFrom().toString(),
                        document.inForceTo().toString());
    }

    private PolicyLibrary library() {
        if (library == null) {
            library = policies.library();
        }
        return library;
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

    /**
     * A filled-in field as a reader sees it (the reviewer reading a progress report): a choice by its label, a
     * percentage in per cent, yes or no in words, "–" when left empty.
     */
    public String answer(FieldInput input) {
        Object value = input.value();
        var field = input.getField();
        if (value == null || value instanceof java.util.Collection<?> c && c.isEmpty()) {
            return "–";
        }
        return switch (field.type()) {
            case BOOLEAN -> messages.text(Boolean.TRUE.equals(value) ? "form.answerYes" : "form.answerNo");
            case CHOICE -> optionLabel(field, value);
            case MULTI_CHOICE ->
                ((java.util.Collection<?>) value)
                        .stream().map(v -> optionLabel(field, v)).collect(java.util.stream.Collectors.joining("、"));
            case MONEY -> money((BigDecimal) value);
            case PERCENTAGE -> number(input.getNumber()) + " %";
            case NUMBER -> number((BigDecimal) value);
            default -> value.toString();
        };
    }

    private String optionLabel(cn.kaifeng.tfs.program.domain.FieldDefinition field, Object code) {
        return field.options().stream()
                .filter(o -> o.code().equals(String.valueOf(code)))
                .map(o -> text(o.label()))
                .findFirst()
                .orElse(String.valueOf(code));
    }
}
