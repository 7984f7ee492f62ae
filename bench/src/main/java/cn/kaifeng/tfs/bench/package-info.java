/**
 * The JMH benchmarks (assessment, letters, queue) and their figures; the load and fault clients live in
 * {@code bench.users} and {@code bench.web}. Built only with {@code -Pbench}, never part of {@code verify}.
 */
package cn.kaifeng.tfs.bench;
