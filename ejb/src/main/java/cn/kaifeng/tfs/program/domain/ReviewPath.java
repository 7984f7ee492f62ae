package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;

/** Which review steps the program takes: formal review, expert panel (with its size), public notice (公示) days. */
public record ReviewPath(boolean formalReview, boolean expertPanel, int minExperts, int publicNoticeDays)
        implements Serializable {}
