package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.program.domain.AcceptanceTerms;
import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.program.domain.AgreementTemplate.IndicatorTemplate;
import cn.kaifeng.tfs.program.domain.AgreementTemplate.ReportField;
import cn.kaifeng.tfs.program.domain.AgreementTemplate.ReportingPlan;
import cn.kaifeng.tfs.program.domain.AgreementTemplate.TranchePlan;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.IndicatorCategory;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.program.domain.TrancheCondition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code agreement:}, the template of the agreement (任务书) an award of the program is given: indicators,
 * tranche plan, obligations, reporting schedule, budget line and the second-approval threshold of payments. Checked
 * here so that a file whose tranches do not add up to the award, or whose plan pays after a mid-term check the
 * schedule never holds, is refused at import rather than found out when money is due.
 */
final class AgreementReader {

    private static final Pattern INDICATOR_CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** 预算科目: 类 (3 digits), 款 (5) or 项 (7) of the government expenditure classification, e.g. 2130199. */
    private static final Pattern BUDGET_LINE = Pattern.compile("\\d{3}(\\d{2}){0,2}");

    static final List<String> KEYS = List.of(
            "indicators",
            "tranches",
            "obligations",
            "reporting",
            "budgetLine",
            "secondApprovalAbove",
            "source",
            "acceptance");

    private AgreementReader() {}

    /** The template, or null when the file has none (or, with a problem recorded, when it cannot have one). */
    static AgreementTemplate agreement(Spec spec, boolean grantsMoney) {
        Spec agreement = spec.get("agreement");
        if (!agreement.present()) {
            return null;
        }
        if (!grantsMoney) {
            // an agreement divides an award into tranches: a program that confers a status only has nothing to pay
            agreement.problem("agreementWithoutAward");
            return null;
        }
        agreement.allowOnly(KEYS);
        List<IndicatorTemplate> indicators = indicators(agreement);
        List<TranchePlan> tranches = tranches(agreement);
        List<LocalizedText> obligations = obligations(agreement);
        ReportingPlan reporting = reporting(agreement.get("reporting"), agreement);
        if (reporting != null && !reporting.hasMidterm()) {
            for (int i = 0; i < tranches.size(); i++) {
                if (tranches.get(i).condition() == TrancheCondition.AFTER_MIDTERM_CHECK) {
                    agreement.problem("trancheWithoutMidterm", i + 1);
                }
            }
        }
        String budgetLine = agreement.string("budgetLine");
        if (budgetLine != null && !BUDGET_LINE.matcher(budgetLine.strip()).matches()) {
            agreement.get("budgetLine").problem("badBudgetLine", budgetLine);
            budgetLine = null;
        }
        BigDecimal threshold = agreement.decimal("secondApprovalAbove");
        if (threshold != null && threshold.signum() < 0) {
            agreement.get("secondApprovalAbove").problem("negative", threshold);
        } else if (threshold != null && threshold.stripTrailingZeros().scale() > 2) {
            agreement.get("secondApprovalAbove").problem("notWholeFen", threshold);
        }
        var source = agreement.has("source") ? Parts.citation(agreement.get("source")) : null;
        AcceptanceTerms acceptance = acceptance(agreement);
        if (agreement.problems().any()) {
            return null;
        }
        return new AgreementTemplate(
                indicators, tranches, obligations, reporting, budgetLine.strip(), threshold, source, acceptance);
    }

    /**
     * The optional {@code acceptance:} block: each key optional, the defaults for what it leaves out. Scores are out
     * of 100; passing needs at least what rectification needs, or no score would lead to 限期整改.
     */
    private static AcceptanceTerms acceptance(Spec agreement) {
        Spec block = agreement.get("acceptance");
        AcceptanceTerms defaults = AcceptanceTerms.DEFAULTS;
        if (!block.present()) {
            return defaults;
        }
        block.allowOnly(List.of("passFrom", "rectifyFrom", "rectifyMonths", "recoveryDueDays"));
        BigDecimal pass = block.has("passFrom") ? block.decimal("passFrom") : defaults.passFrom();
        BigDecimal rectify = block.has("rectifyFrom") ? block.decimal("rectifyFrom") : defaults.rectifyFrom();
        Integer months = block.has("rectifyMonths") ? block.integer("rectifyMonths") : defaults.rectifyMonths();
        Integer dueDays = block.has("recoveryDueDays") ? block.integer("recoveryDueDays") : defaults.recoveryDueDays();
        boolean ok = pass != null && rectify != null && months != null && dueDays != null;
        if (pass != null && (pass.signum() < 0 || pass.compareTo(HUNDRED) > 0)) {
            block.get("passFrom").problem("badAcceptanceScore", pass);
            ok = false;
        }
        if (rectify != null && (rectify.signum() < 0 || rectify.compareTo(HUNDRED) > 0)) {
            block.get("rectifyFrom").problem("badAcceptanceScore", rectify);
            ok = false;
        }
        if (ok && rectify.compareTo(pass) > 0) {
            block.get("rectifyFrom").problem("rectifyAbovePass", rectify, pass);
            ok = false;
        }
        if (months != null && (months < 1 || months > 24)) {
            block.get("rectifyMonths").problem("badMonth", months, 24);
            ok = false;
        }
        if (dueDays != null && (dueDays < 1 || dueDays > 365)) {
            block.get("recoveryDueDays").problem("badDays", dueDays, 365);
            ok = false;
        }
        return ok ? new AcceptanceTerms(pass, rectify, months, dueDays) : null;
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static List<IndicatorTemplate> indicators(Spec agreement) {
        List<Spec> items = agreement.list("indicators");
        if (items.isEmpty()) {
            agreement.problem("noIndicators");
        }
        List<IndicatorTemplate> indicators = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Spec item : items) {
            item.allowOnly(List.of("code", "category", "name", "unit", "better", "source"));
            String code = item.string("code");
            if (code != null && !INDICATOR_CODE.matcher(code).matches()) {
                item.get("code").problem("partCode", code);
            } else if (code != null && !codes.add(code)) {
                item.get("code").problem("duplicateCode", code);
            }
            IndicatorCategory category = item.enumValue("category", IndicatorCategory.class);
            LocalizedText name = item.text("name");
            LocalizedText unit = item.text("unit");
            String better = item.string("better");
            if (better != null && !better.equals("higher") && !better.equals("lower")) {
                item.get("better").problem("notOneOf", better, "higher, lower");
            }
            var source = Parts.source(item);
            indicators.add(new IndicatorTemplate(code, category, name, unit, "higher".equals(better), source));
        }
        return indicators;
    }

    private static List<TranchePlan> tranches(Spec agreement) {
        List<Spec> items = agreement.list("tranches");
        if (items.isEmpty()) {
            agreement.problem("noTranches");
            return List.of();
        }
        List<TranchePlan> tranches = new ArrayList<>();
        int sum = 0;
        boolean complete = true;
        TrancheCondition previous = null;
        for (Spec item : items) {
            item.allowOnly(List.of("share", "condition"));
            Integer share = item.integer("share");
            if (share != null && (share < 1 || share > 100)) {
                item.get("share").problem("badTrancheShare", share);
                share = null;
            }
            TrancheCondition condition = item.enumValue("condition", TrancheCondition.class);
            if (condition != null && previous != null && condition.compareTo(previous) < 0) {
                // paid in the order a project meets its conditions: a tranche after acceptance cannot precede one
                // after the mid-term check
                item.get("condition").problem("trancheOrder", condition, previous);
            }
            if (condition != null) {
                previous = condition;
            }
            if (share == null || condition == null) {
                complete = false;
                continue;
            }
            sum += share;
            tranches.add(new TranchePlan(share, condition));
        }
        if (complete && sum != 100) {
            agreement.get("tranches").problem("trancheShares", sum);
        }
        return tranches;
    }

    private static List<LocalizedText> obligations(Spec agreement) {
        List<Spec> items = agreement.list("obligations");
        if (items.isEmpty()) {
            agreement.problem("noObligations");
        }
        List<LocalizedText> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            // each item is a text in both languages or a plain Chinese string, read as any other text
            Spec wrapper = items.get(i);
            String plain = wrapper.scalarOrNull();
            if (plain != null) {
                if (plain.isBlank()) {
                    wrapper.problem("blank");
                } else {
                    texts.add(new LocalizedText(plain.strip(), null));
                }
                continue;
            }
            wrapper.allowOnly(List.of("zh", "en"));
            String zh = wrapper.string("zh");
            String en = wrapper.optionalString("en").orElse(null);
            if (zh != null) {
                texts.add(new LocalizedText(zh.strip(), en == null ? null : en.strip()));
            }
        }
        return texts;
    }

    private static ReportingPlan reporting(Spec reporting, Spec agreement) {
        if (!reporting.present()) {
            agreement.problem("missingKey", "reporting");
            return null;
        }
        reporting.allowOnly(List.of("progressEveryMonths", "midtermMonth", "acceptanceMonth", "fields"));
        List<ReportField> fields = reportFields(reporting);
        Integer every = reporting.integer("progressEveryMonths");
        Integer midterm = reporting.has("midtermMonth") ? reporting.integer("midtermMonth") : Integer.valueOf(0);
        Integer acceptance = reporting.integer("acceptanceMonth");
        if (every == null || midterm == null || acceptance == null) {
            return null;
        }
        boolean ok = true;
        if (acceptance < 1 || acceptance > 120) {
            reporting.get("acceptanceMonth").problem("badMonth", acceptance, 120);
            ok = false;
        }
        if (every < 1 || every > 120) {
            reporting.get("progressEveryMonths").problem("badMonth", every, 120);
            ok = false;
        }
        if (midterm < 0 || ok && midterm >= acceptance) {
            reporting.get("midtermMonth").problem("midtermAfterAcceptance", midterm, acceptance);
            ok = false;
        }
        return ok ? new ReportingPlan(every, midterm, acceptance, fields) : null;
    }

    /** At most this many fields in a progress report: the reviewer reads every report of every award. */
    static final int MAX_REPORT_FIELDS = 20;

    /** The longest text a report field may ask for; also the form check's default. */
    static final int MAX_REPORT_TEXT = 2000;

    /**
     * {@code reporting.fields}: what each progress report asks besides its fixed part, each field read as an
     * application form's field is and citing the clause that makes the program ask it. Files are the report's own
     * part and a repeated group would make the reviewer's list unreadable, so neither is a report field; a number
     * must be bounded both ways and a text at most {@link #MAX_REPORT_TEXT} long, so that whatever an applicant types
     * is bounded by the file, not by the database.
     */
    private static List<ReportField> reportFields(Spec reporting) {
        List<Spec> items = reporting.list("fields");
        if (items.size() > MAX_REPORT_FIELDS) {
            reporting.get("fields").problem("reportFieldCount", items.size(), MAX_REPORT_FIELDS);
        }
        List<ReportField> fields = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Spec item : items) {
            FieldDefinition field = FieldReader.field(item, false, List.of("source"));
            PolicySource source = Parts.source(item);
            if (field == null || field.type() == null) {
                continue;
            }
            if (field.code() != null && !codes.add(field.code())) {
                item.get("code").problem("duplicateCode", field.code());
            }
            switch (field.type()) {
                case FILE, GROUP -> item.get("type").problem("reportFieldType", field.type());
                case NUMBER, MONEY, PERCENTAGE -> {
                    if (field.min() == null || field.max() == null) {
                        item.problem("reportFieldUnbounded", field.code());
                    }
                }
                case TEXT -> {
                    if (field.maxLength() != null && (field.maxLength() < 1 || field.maxLength() > MAX_REPORT_TEXT)) {
                        item.get("maxLength").problem("reportFieldLength", field.maxLength(), MAX_REPORT_TEXT);
                    }
                }
                default -> {
                    // dates, yes/no and choices are bounded by their type
                }
            }
            fields.add(new ReportField(field, source));
        }
        return fields;
    }
}
