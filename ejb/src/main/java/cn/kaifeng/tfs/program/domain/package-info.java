/**
 * Support programs (扶持项目) as data: a {@link cn.kaifeng.tfs.program.domain.ProgramDefinition} read from a file in
 * config/programs, and the {@link cn.kaifeng.tfs.program.domain.Assessor} that scores an application against it,
 * explaining every point. Plain Java: no code here knows any particular program.
 */
package cn.kaifeng.tfs.program.domain;
