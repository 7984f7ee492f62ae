package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the agreement (任务书/资助协议) of an award says, as the program defines it: the performance indicators whose
 * targets the applicant proposes, the tranches the award is paid in and the condition of each, the recipient's
 * obligations, the reporting schedule, the budget line (预算科目) the money is paid from, and the amount above
 * which a payment needs a second approval, and how its acceptance is concluded ({@link AcceptanceTerms}, the
 * defaults when the program does not say). Only programs that pay money to the recipient have one; the reader has
 * checked that the tranche shares add up to 100 and that the conditions come in the order a project meets them.
 */
public record AgreementTemplate(
        List<IndicatorTemplate> indicators,
        List<TranchePlan> tranches,
        List<LocalizedText> obligations,
        ReportingPlan reporting,
        String budgetLine,
        BigDecimal secondApprovalAbove,
        PolicySource source,
        AcceptanceTerms acceptance)
        implements Serializable {

    public AgreementTemplate {
        indicators = List.copyOf(indicators);
        tranches = List.copyOf(tranches);
        obligations = List.copyOf(obligations);
        acceptance = acceptance == null ? AcceptanceTerms.DEFAULTS : acceptance;
    }

    /** A template whose acceptance follows the defaults. */
    public AgreementTemplate(
            List<IndicatorTemplate> indicators,
            List<TranchePlan> tranches,
            List<LocalizedText> obligations,
            ReportingPlan reporting,
            String budgetLine,
            BigDecimal secondApprovalAbove,
            PolicySource source) {
        this(indicators, tranches, obligations, reporting, budgetLine, secondApprovalAbove, source, null);
    }

    /** The tranches' shares in per cent, in the plan's order. */
    public List<Integer> shares() {
        return tranches.stream().map(TranchePlan::sharePercent).toList();
    }

    /**
     * A performance indicator to be agreed: its code, category, name, unit, whether a higher value is better (a
     * number of products) or a lower one (a cost, a complaint rate), and the clause it implements.
     */
    public record IndicatorTemplate(
            String code,
            IndicatorCategory category,
            LocalizedText name,
            LocalizedText unit,
            boolean higherIsBetter,
            PolicySource source)
            implements Serializable {}

    /** One tranche of the plan: its share of the award in whole per cent and when it falls due. */
    public record TranchePlan(int sharePercent, TrancheCondition condition) implements Serializable {}

    /**
     * When the recipient reports: a progress report every {@code progressEveryMonths} months from signing, the
     * mid-term check in month {@code midtermMonth} (0: none) and the acceptance in month {@code acceptanceMonth}.
     * {@code fields} are what the program asks in each progress report besides the fixed part (summary, values
     * reached, money spent, files), defined like the application form's fields.
     */
    public record ReportingPlan(
            int progressEveryMonths, int midtermMonth, int acceptanceMonth, List<ReportField> fields)
            implements Serializable {

        public ReportingPlan {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        /** A plan whose reports ask nothing beyond the fixed part. */
        public ReportingPlan(int progressEveryMonths, int midtermMonth, int acceptanceMonth) {
            this(progressEveryMonths, midtermMonth, acceptanceMonth, List.of());
        }

        public boolean hasMidterm() {
            return midtermMonth > 0;
        }

        /** The fields' definitions, in the file's order: what the report form is generated from. */
        public List<FieldDefinition> fieldDefinitions() {
            return fields.stream().map(ReportField::definition).toList();
        }
    }

    /** A field of the progress report and the clause of the policy that makes the program ask it. */
    public record ReportField(FieldDefinition definition, PolicySource source) implements Serializable {}
}
