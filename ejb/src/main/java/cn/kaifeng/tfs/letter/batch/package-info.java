/**
 * The batch job that issues a round of letters (Jakarta Batch, JBeret): a chunk step reading the round's pending
 * applications and issuing each in a transaction of its own. Its progress lives in the database (the round's
 * items), so a job that died with its node is resumed from where it stopped, on any node, without issuing any
 * letter twice.
 */
package cn.kaifeng.tfs.letter.batch;
