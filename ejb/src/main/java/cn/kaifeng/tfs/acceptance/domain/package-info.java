/**
 * The acceptance rules in plain Java, tested without a server: the acceptance's state machine ({@code Acceptance}),
 * an expert's place on its panel ({@code AcceptanceAssignment}), the conclusion from the panel's score
 * ({@code ConclusionRule}) and the performance score of achieved values against targets ({@code PerformanceScore}).
 */
package cn.kaifeng.tfs.acceptance.domain;
