/**
 * Expressions in program definitions (derived values, conditions, award formulas) are Jakarta Expression
 * Language, parsed once when a definition is loaded and evaluated against an application's facts.
 */
package cn.kaifeng.tfs.program.expression;
