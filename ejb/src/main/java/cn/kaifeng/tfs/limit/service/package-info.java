/** Counting the public forms' uses per address in the database, so that every cluster node counts the same. */
package cn.kaifeng.tfs.limit.service;
