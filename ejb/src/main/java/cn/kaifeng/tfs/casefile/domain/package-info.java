/**
 * The case file: an application pinned to a program version, its life cycle ({@code Move}, one state machine for
 * every stage) and its history. Each stage keeps its state in a part of its own: the assessment's {@code Results},
 * the panel's {@code PanelConclusion}, the decision's {@code Decision}. A stage owned by a higher feature (panel
 * members, objections, letters, and next agreements and payments) keeps its records there, keyed by the case.
 */
package cn.kaifeng.tfs.casefile.domain;
