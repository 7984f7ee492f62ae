package cn.kaifeng.tfs.program.domain;

import cn.kaifeng.tfs.program.expression.Facts;
import java.math.BigDecimal;
import java.util.List;

/**
 * A criterion's compiled rule, made by its criterion type from the definition. Scoring is a pure function of the
 * facts: same facts, same result.
 */
public interface ScoringRule {

    BigDecimal max();

    Score score(Facts facts);

    /** The rule in a line, for the tables policy officers read (expressions and numbers, names in the locale). */
    String describe(java.util.Locale locale);

    /** Scored later by the expert panel, not by the rule; the assessment counts it as pending. */
    default boolean expertJudged() {
        return false;
    }

    /** For an expert-judged rule, the scores an expert may give on these facts; the whole scale by default. */
    default ExpertRange expertRange(Facts facts) {
        return ExpertRange.whole(List.of(new ExpertRange.Band("", BigDecimal.ZERO, max())), false);
    }

    /** The panel's points with their explanation (an expert-judged rule names the grade they fall in). */
    default Score judged(BigDecimal points, Facts facts) {
        return new Score(points, Explanation.of("expert.panel", points));
    }

    /** Points and the reason for them; {@code points} is null while an expert judgement is pending. */
    record Score(BigDecimal points, Explanation explanation) {}
}
