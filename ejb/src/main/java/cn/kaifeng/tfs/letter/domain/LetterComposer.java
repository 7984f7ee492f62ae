package cn.kaifeng.tfs.letter.domain;

import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.CriterionResult;
import cn.kaifeng.tfs.program.domain.DirectRoute;
import cn.kaifeng.tfs.program.domain.LetterTexts;
import cn.kaifeng.tfs.program.domain.PassRule;
import cn.kaifeng.tfs.program.domain.PolicyLibrary;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.SectionResult;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fills a program's letter texts with a case and adds what every letter states: the summary, the score breakdown
 * with the pass rule, the policy clauses relied on and, on rejections, the appeal route. Letters are official
 * documents and are written in Chinese.
 */
public final class LetterComposer {

    /**
     * The decided case, as the letter needs it. {@code assessment} may be null for a case decided before scoring;
     * {@code policies} gives the cited documents' titles and 文号 as they stand on the day the letter is composed.
     */
    public record Case(
            ProgramDefinition program,
            LetterKind kind,
            LetterNumber number,
            String organisation,
            String creditCode,
            String applicationNumber,
            Money amount,
            Assessment assessment,
            /** A rejection's reasons; an approval's reason for an amount other than the award rule's, if any. */
            String reasons,
            LocalDate issuedOn,
            String verificationCode,
            String verificationUrl,
            PolicyLibrary policies) {

        public Case {
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(policies, "policies");
            if (kind == LetterKind.APPROVAL && (amount == null) == program.grantsMoney()) {
                throw new IllegalArgumentException(
                        "an approval letter states its amount exactly when the program grants money");
            }
        }
    }

    private LetterComposer() {}

    public static LetterContent compose(Case c) {
        ProgramDefinition program = c.program();
        LetterTexts texts = program.letters();
        String programName = program.name().zh();
        boolean approval = c.kind() == LetterKind.APPROVAL;

        Map<String, String> values = new LinkedHashMap<>();
        values.put("program", programName);
        values.put("organisation", c.organisation());
        values.put("creditCode", c.creditCode() == null ? "" : c.creditCode());
        values.put("number", c.number().toString());
        values.put("amount", c.amount() == null ? "" : figures(c.amount()));
        values.put("amountInWords", c.amount() == null ? "" : ChineseAmount.of(c.amount()));
        values.put(
                "reasons",
                c.reasons() == null || c.reasons().isBlank()
                        ? "见评分明细。"
                        : c.reasons().strip());
        values.put("total", c.assessment() == null ? "" : points(c.assessment().total()));

        String template = (approval ? texts.approval() : texts.rejection()).zh();
        List<String> body = new ArrayList<>();
        for (String paragraph : LetterTexts.fill(template, values).split("\\R")) {
            if (!paragraph.isBlank()) {
                body.add(paragraph.strip());
            }
        }

        List<LetterContent.Fact> facts = new ArrayList<>();
        facts.add(new LetterContent.Fact("申报项目", programName));
        if (c.applicationNumber() != null) {
            facts.add(new LetterContent.Fact("申请编号", c.applicationNumber()));
        }
        facts.add(new LetterContent.Fact("申请单位", c.organisation()));
        if (c.creditCode() != null) {
            facts.add(new LetterContent.Fact("统一社会信用代码", c.creditCode()));
        }
        // a recognition (认定) confers a status: its letters say so, and state no amount
        String granted = program.recognition() ? "认定" : "支持";
        facts.add(new LetterContent.Fact("决定", (approval ? "予以" : "不予") + granted));
        if (approval && c.amount() != null) {
            facts.add(new LetterContent.Fact(
                    "核定金额", "人民币" + ChineseAmount.of(c.amount()) + "（¥" + figures(c.amount()) + "）"));
            if (c.reasons() != null && !c.reasons().isBlank()) {
                // the amount differs from the award rule's: a yearly cap, 不重复享受 or the reviewer's reason
                facts.add(new LetterContent.Fact("核定说明", c.reasons().strip()));
            }
        }

        Assessment assessment = c.assessment();
        List<LetterContent.ScoreRow> scores = new ArrayList<>();
        String totalLine = null;
        if (assessment != null) {
            for (CriterionResult r : assessment.criteria()) {
                scores.add(new LetterContent.ScoreRow(
                        r.name().zh(),
                        r.pending() ? "—" : points(r.points()),
                        r.bonus() ? "加分，最高 " + points(r.max()) : points(r.max())));
            }
            totalLine = "总分 " + points(assessment.total()) + " 分（满分 " + points(assessment.maxTotal()) + " 分）";
        }

        return new LetterContent(
                c.kind(),
                c.number().toString(),
                "关于" + programName + (approval ? (program.recognition() ? "的认定决定书" : "的决定书") : "的审查结果通知书"),
                texts.issuer().zh(),
                c.organisation(),
                c.creditCode(),
                body,
                facts,
                scores,
                totalLine,
                passRule(program, assessment, approval),
                clauses(program, assessment, approval, c.policies()),
                approval ? null : texts.appealRoute().zh(),
                c.issuedOn(),
                c.verificationCode(),
                c.verificationUrl(),
                programText(program, c.policies()));
    }

    /**
     * Words of the program and of this composer that every letter of the program may print, whatever the case:
     * both letter texts, the appeal route, the names of sections, criteria and direct routes, the titles of the
     * policies cited with their 文号, the labels and phrases written above, amounts in words and letter numbers.
     * Nothing of a case is here, so a font cut to it may be shared by all the program's letters.
     */
    static String programText(ProgramDefinition program, PolicyLibrary policies) {
        LetterTexts texts = program.letters();
        StringBuilder words = new StringBuilder(4096)
                .append(program.name().zh())
                .append(texts.issuer().zh())
                .append(texts.approval().zh())
                .append(texts.rejection().zh())
                .append(texts.appealRoute().zh())
                .append(texts.numberWord())
                .append("〔〕号年月日")
                .append(ChineseAmount.CHARACTERS)
                .append("关于的认定决定书的审查结果通知书申报项目申请编号申请单位统一社会信用代码决定予以支持不予支持认定核定金额人民币（¥）")
                .append("见评分明细。加分，最高总分分（满分）通过标准：总分不低于且“”本申请经直接认定。《》、—");
        program.sections().forEach(section -> {
            words.append(section.name().zh());
            section.criteria()
                    .forEach(criterion -> words.append(criterion.name().zh()));
        });
        program.directRoutes().forEach(route -> words.append(route.name().zh()));
        program.gates().forEach(gate -> {
            words.append(gate.name().zh());
            if (gate.failReason() != null) {
                words.append(gate.failReason().zh());
            }
        });
        program.sources()
                .forEach(source ->
                        words.append(policies.citation(source.document())).append(source.clause()));
        return words.toString();
    }

    private static String passRule(ProgramDefinition program, Assessment assessment, boolean approval) {
        PassRule rule = program.passRule();
        StringBuilder text =
                new StringBuilder("通过标准：总分").append(rule.total().words().zh());
        rule.sectionMinimums()
                .forEach((section, minimum) -> text.append("，且“")
                        .append(program.sections().stream()
                                .filter(s -> s.code().equals(section))
                                .map(s -> s.name().zh())
                                .findFirst()
                                .orElse(section))
                        .append("”部分")
                        .append(minimum.words().zh()));
        rule.criterionMinimums()
                .forEach((criterion, minimum) -> text.append("，且“")
                        .append(program.criteria().stream()
                                .filter(c -> c.code().equals(criterion))
                                .map(c -> c.name().zh())
                                .findFirst()
                                .orElse(criterion))
                        .append("”一项")
                        .append(minimum.words().zh()));
        text.append("。");
        if (approval && assessment != null && assessment.directRoute() != null) {
            program.directRoutes().stream()
                    .filter(r -> r.code().equals(assessment.directRoute()))
                    .map(DirectRoute::name)
                    .findFirst()
                    .ifPresent(name -> text.append("本申请经“").append(name.zh()).append("”直接认定。"));
        }
        return text.toString();
    }

    /**
     * The clauses relied on, each once, in the order a reader meets them (pass rule, criteria, gates, award, then
     * the clause enacting the bureau's settings when a rule relied on has one), and grouped by document so that
     * each title and 文号 is printed once: 《title》（文号）三（三）、二（四）1.
     */
    private static List<String> clauses(
            ProgramDefinition program, Assessment assessment, boolean approval, PolicyLibrary policies) {
        Map<String, Set<String>> cited = new LinkedHashMap<>();
        List<PolicySource> reliedOn = new ArrayList<>();
        reliedOn.add(program.passRule().source());
        if (assessment != null) {
            for (SectionResult section : assessment.sections()) {
                section.criteria().forEach(r -> reliedOn.add(r.source()));
            }
            if (!approval) {
                assessment.failedGates().forEach(g -> reliedOn.add(g.source()));
            }
        }
        if (approval && program.award() != null) {
            reliedOn.add(program.award().source());
        }
        if (reliedOn.stream().anyMatch(s -> s != null && s.hasBureauSetting())) {
            reliedOn.add(program.bureauSettings());
        }
        for (PolicySource source : reliedOn) {
            if (source != null) {
                cited.computeIfAbsent(source.document(), d -> new LinkedHashSet<>())
                        .add(source.clause());
            }
        }
        List<String> clauses = new ArrayList<>();
        cited.forEach((document, clauseSet) -> clauses.add(policies.citation(document) + String.join("、", clauseSet)));
        return clauses;
    }

    /** ¥ figures as finance documents print them: 1,200,000.00. */
    public static String figures(Money amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.yuan());
    }

    private static String points(BigDecimal points) {
        return points == null ? "—" : points.stripTrailingZeros().toPlainString();
    }
}
