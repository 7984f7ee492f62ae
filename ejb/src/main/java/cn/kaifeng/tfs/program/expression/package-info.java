/**
 * Expressions in program definitions (derived values, conditions, award formulas): a closed part of Jakarta
 * Expression Language (facts, literals, operators and {@code Fn}'s functions, nothing on the JVM), checked on the
 * parser's tree when a definition is read and evaluated against an application's facts with a resolver chain that
 * knows nothing else. See docs/security.md.
 */
package cn.kaifeng.tfs.program.expression;
