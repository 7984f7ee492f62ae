package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.util.List;

/**
 * How the applications of a program compete for its budget. With {@code merit} (择优) they are ordered by total
 * points, highest first, and equal totals by the tie rules in turn; without it (or without a {@code ranking:} block)
 * by submission time, first come first served. Whatever the rules, submission time and then the application number
 * settle what is still equal, so the order is total and the same on every reading.
 */
public record Ranking(boolean merit, List<TieRule> ties, PolicySource source) implements Serializable {

    /** A program that says nothing about ranking: first submitted, first served. */
    public static final Ranking BY_SUBMISSION = new Ranking(false, List.of(), null);

    public Ranking {
        ties = List.copyOf(ties);
    }

    /** One tie rule: the points of a section or a criterion (more first), or the submission time (earlier first). */
    public record TieRule(Kind kind, String code) implements Serializable {

        public enum Kind {
            SECTION,
            CRITERION,
            SUBMITTED_AT
        }

        public static TieRule submittedAt() {
            return new TieRule(Kind.SUBMITTED_AT, null);
        }
    }
}
