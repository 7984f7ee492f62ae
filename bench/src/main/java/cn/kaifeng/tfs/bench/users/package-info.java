/**
 * Runs of many users against a running server, outside {@code verify}: {@link cn.kaifeng.tfs.bench.users.ConcurrentUsers}
 * (applicants, reviewers and banks at once, bench/concurrent-users.sh) and {@link cn.kaifeng.tfs.bench.users.Faults}
 * (the same users while the database restarts, and uploads into a full or read-only attachment store,
 * bench/faults.sh). Every request is timed and judged; acknowledged work is checked against the database
 * afterwards; the exit code says whether every property held.
 */
package cn.kaifeng.tfs.bench.users;
