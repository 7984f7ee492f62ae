package cn.kaifeng.tfs.letter.domain;

import cn.kaifeng.tfs.program.domain.NoticeTemplate;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a floor above the letters asks to be issued as a notice: its kind, what it is about ({@code sourceId}: the
 * payment request, the recovery order, the acceptance; one notice per kind and source), the application, the amount
 * it states (null for none), the values of its kind's own placeholders ({@link NoticeTemplate#placeholders()}, the
 * common ones are filled by the press), the rows its summary table adds, the clauses it relies on, and who issues it.
 */
public record NoticeDraft(
        LetterKind kind,
        long sourceId,
        long applicationId,
        Money amount,
        Map<String, String> details,
        List<LetterContent.Fact> facts,
        List<String> clauses,
        String actor) {

    /**
     * The acceptance conclusion (验收结论) of a project: {@code acceptanceId} identifies the acceptance (one notice
     * each), {@code conclusion} is the conclusion in the words the notice prints (通过, 限期整改, 不通过),
     * {@code panelScore} the panel's score (null when none was given: printed as —), {@code concludedOn} its day.
     */
    public static NoticeDraft acceptanceConclusion(
            long applicationId,
            long acceptanceId,
            String conclusion,
            BigDecimal panelScore,
            LocalDate concludedOn,
            String actor) {
        if (conclusion == null || conclusion.isBlank() || concludedOn == null) {
            throw new IllegalArgumentException("an acceptance conclusion states the conclusion and its day");
        }
        String score =
                panelScore == null ? "—" : panelScore.stripTrailingZeros().toPlainString();
        String day = NoticeDates.inWords(concludedOn);
        return new NoticeDraft(
                LetterKind.ACCEPTANCE_CONCLUSION,
                acceptanceId,
                applicationId,
                null,
                Map.of("conclusion", conclusion.strip(), "score", score, "date", day),
                List.of(
                        new LetterContent.Fact("验收日期", day),
                        new LetterContent.Fact("专家组评分", score),
                        new LetterContent.Fact("验收结论", conclusion.strip())),
                List.of(),
                actor);
    }

    public NoticeDraft {
        NoticeTemplate template = NoticeComposer.template(kind);
        Objects.requireNonNull(actor, "actor");
        details = details == null ? Map.of() : new LinkedHashMap<>(details);
        for (String key : details.keySet()) {
            if (!template.placeholders().contains(key) || NoticeTemplate.COMMON.contains(key)) {
                throw new IllegalArgumentException("a " + kind + " does not fill {" + key + "}");
            }
        }
        details = Map.copyOf(details);
        facts = facts == null ? List.of() : List.copyOf(facts);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }
}
