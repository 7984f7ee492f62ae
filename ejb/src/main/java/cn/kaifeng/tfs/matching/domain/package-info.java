/**
 * The matcher, a pure function of a program version and profile facts (tested without a server), and what is
 * stored of its results: the latest match per organisation and program, and the bureau's proposals.
 */
package cn.kaifeng.tfs.matching.domain;
