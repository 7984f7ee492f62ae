/**
 * Reading program definition files (YAML under config/programs) into {@link cn.kaifeng.tfs.program.domain.ProgramDefinition}s.
 * Every problem found is reported with file, line and path, in words a policy officer can act on, and all problems
 * of a file are reported at once.
 */
package cn.kaifeng.tfs.program.definition;
