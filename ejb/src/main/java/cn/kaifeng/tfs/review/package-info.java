/**
 * The finance bureau's side of an application: taking it into review, formal review (形式审查) with returns for
 * revision, and the later steps of its life cycle. Every step goes through {@link cn.kaifeng.tfs.casefile.domain.Move},
 * checks that the reviewer acts on the version they saw, and is written to the application's timeline.
 */
package cn.kaifeng.tfs.review;
