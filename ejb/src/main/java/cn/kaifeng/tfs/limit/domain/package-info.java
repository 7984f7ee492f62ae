/**
 * Limits on what anonymous visitors may do per source address (the public forms): which actions are limited, by
 * how much, and the counted windows. Plain rules; counted in the database by {@code limit.service}.
 */
package cn.kaifeng.tfs.limit.domain;
