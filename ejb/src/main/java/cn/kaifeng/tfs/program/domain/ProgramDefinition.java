package cn.kaifeng.tfs.program.domain;

import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a support program, as read from its definition file. Immutable; identified by code and version,
 * and by the hash of the file's content, which is what an assessment records. {@code ranking} and
 * {@code exclusions} say how its applications compete for the budget and with which programs support is not given
 * twice ({@code budget.domain} applies them). {@code agreement} is the template of the agreement (任务书) an award
 * is given, null for a program that pays the recipient nothing (a loan eligibility, a recognition); {@code recovery}
 * the terms of recovering an award (interest, the 失信 period), null when its file says nothing of them.
 */
public record ProgramDefinition(
        String code,
        int version,
        String contentHash,
        LocalizedText name,
        LocalizedText summary,
        ProgramCategory category,
        Set<OrganisationKind> applicants,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String numberPrefix,
        ReviewPath reviewPath,
        List<FieldDefinition> fields,
        List<DerivedValue> derived,
        List<Gate> gates,
        List<Section> sections,
        PassRule passRule,
        List<DirectRoute> directRoutes,
        AwardRule award,
        LetterTexts letters,
        PolicySource bureauSettings,
        Ranking ranking,
        List<Exclusion> exclusions,
        ApplicationMode mode,
        AgreementTemplate agreement,
        RecoveryTerms recovery) {

    public ProgramDefinition {
        ranking = ranking == null ? Ranking.BY_SUBMISSION : ranking;
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    /** What the program says about recovering its awards; empty when its file has no {@code recovery:} section. */
    public Optional<RecoveryTerms> recoveryTerms() {
        return Optional.ofNullable(recovery);
    }

    /** Open for applications on that day (both ends inclusive; no end date means open-ended). */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** Whether the bureau proposes the support and the organisation only confirms (免申即享). */
    public boolean noApplication() {
        return mode == ApplicationMode.NO_APPLICATION;
    }

    public boolean openTo(OrganisationKind kind) {
        return applicants.contains(kind);
    }

    public Optional<FieldDefinition> field(String fieldCode) {
        return fields.stream().filter(f -> f.code().equals(fieldCode)).findFirst();
    }

    public List<Criterion> criteria() {
        return sections.stream().flatMap(s -> s.criteria().stream()).toList();
    }

    /** The most points the non-bonus criteria can give; the sum of the section maximums. */
    public java.math.BigDecimal maxTotal() {
        return sections.stream().map(Section::max).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    /** Whether an approval confers money: a recognition (认定) without an award rule confers a status only. */
    public boolean grantsMoney() {
        return award != null;
    }

    /** Whether the letters say 认定 (recognised) rather than 支持 (supported). */
    public boolean recognition() {
        return category == ProgramCategory.RECOGNITION;
    }

    /**
     * Every source the program cites, in the order of the file: gates, criteria, direct routes, pass rule, award,
     * the review settings and how long an approval stands, and the clause enacting the bureau's settings.
     */
    public List<PolicySource> sources() {
        List<PolicySource> sources = new java.util.ArrayList<>();
        gates.forEach(g -> sources.add(g.source()));
        criteria().forEach(c -> sources.add(c.source()));
        directRoutes.forEach(r -> sources.add(r.source()));
        sources.add(passRule == null ? null : passRule.source());
        if (award != null) {
            sources.add(award.source());
            sources.add(award.validMonthsSource());
        }
        sources.add(reviewPath == null ? null : reviewPath.source());
        sources.add(bureauSettings);
        if (agreement != null) {
            agreement.indicators().forEach(i -> sources.add(i.source()));
            sources.add(agreement.source());
        }
        sources.add(recovery == null ? null : recovery.source());
        return sources.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The agreement template, for a program whose awards are paid under an agreement. */
    public java.util.Optional<AgreementTemplate> agreementTemplate() {
        return java.util.Optional.ofNullable(agreement);
    }

    /** "KF-RC-TEAM v2" for logs and messages. */
    public String label() {
        return code + " v" + version;
    }
}
