/**
 * The built-in criterion types. Each is a small CDI bean turning its part of a definition file into a
 * {@link cn.kaifeng.tfs.program.domain.ScoringRule}; the rules are plain, immutable and thread-safe.
 */
package cn.kaifeng.tfs.program.criteria;
