package cn.kaifeng.tfs.program.domain;

/** What the assessment concludes. */
public enum Outcome {
    /** A gate failed: not eligible, whatever the score. */
    INELIGIBLE,
    /** Gates pass and the pass rule (or a direct route) holds. */
    PASSED,
    /** Gates pass but the pass rule does not hold (with expert criteria pending: not even with their full marks). */
    FAILED,
    /** Gates pass; whether the pass rule holds depends on expert-judged criteria not scored yet. */
    PENDING_EXPERT
}
