package cn.kaifeng.tfs.matching.domain;

/** What matching concludes about an organisation and a program, from the facts its profile states. */
public enum Verdict {
    /**
     * 很可能符合: every gate is met by facts the profile states, and the points from known facts reach the pass mark
     * (or could with the expert-judged part), or a direct route is met.
     */
    LIKELY,
    /** 可能符合: nothing known rules it out, but the answer depends on facts the profile does not state. */
    POSSIBLE,
    /** 不符合: a gate fails on known facts, or the pass mark is out of reach even with full marks for the rest. */
    NOT;

    /** Shown to the organisation (and notified): likely or possible. */
    public boolean shown() {
        return this != NOT;
    }
}
