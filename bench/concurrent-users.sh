#!/usr/bin/env bash
# Fifty concurrent users (issue 8), outside `verify`, against a running demo server on PostgreSQL, on loopback:
# applicants of new enterprises start, save, fill (a file per file field) and submit credit applications and read
# their numbers; reviewers take submitted applications into formal review and pass or reject them, picking from the
# top of the queue, so that two sometimes act on the same one ("刚刚已由其他审核人员处理", counted apart as expected
# conflicts); banks' systems ask about eligibility over the API. Prints operations per kind, throughput, latency
# p50/p95/p99 and errors; then checks that nothing acknowledged was lost (every submission acknowledged with a
# number is in the database once under it, and no unacknowledged one; every draft holds its last acknowledged save;
# every take and decision acknowledged is the one recorded) and that the audit chain verifies (audit-verify.sh).
# Exit code non-zero if there was any error other than the expected conflicts, or a check failed.
#
# Usage: start the demo on PostgreSQL (docs/operations.md, Configuration), e.g.
#   createdb -h 127.0.0.1 -U postgres tfs_load
#   TFS_DB_DRIVER=postgresql TFS_DB_URL=jdbc:postgresql://127.0.0.1:5432/tfs_load TFS_DB_USER=postgres \
#   TFS_DB_PASSWORD=postgres ./run-demo.sh
# then, with the same TFS_DB_* (the script reads the database afterwards):
#   bench/concurrent-users.sh [BASE_URL]           default http://localhost:8080
# Knobs: DURATION (60 s), APPLICANTS (30), REVIEWERS (10), BANKS (10), THINK_MS (500: each user pauses up to twice
# that between steps). Builds bench/target/benchmarks.jar if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

export TFS_URL=${1:-http://localhost:8080}
TFS_URL=${TFS_URL%/}
export TFS_DB_URL=${TFS_DB_URL:-jdbc:postgresql://127.0.0.1:5432/tfs_load}
export TFS_DB_USER=${TFS_DB_USER:-postgres}
export TFS_DB_PASSWORD=${TFS_DB_PASSWORD:-postgres}

case "$TFS_DB_URL" in
    jdbc:postgresql:*) ;;
    *) echo "TFS_DB_URL must name the server's PostgreSQL database (the figures are for production's database)." >&2
       exit 2 ;;
esac
if ! curl -fs -o /dev/null "$TFS_URL/login.xhtml"; then
    echo "Nothing answers at $TFS_URL; start the demo on PostgreSQL first (see the comment at the top)." >&2
    exit 2
fi
if [ ! -f bench/target/benchmarks.jar ]; then
    echo "Building the load client (bench/target/benchmarks.jar) ..."
    ./mvnw -B -q -Pbench -pl bench -am package -DskipTests -DskipUnitTests
fi

status=0
java -cp bench/target/benchmarks.jar cn.kaifeng.tfs.bench.users.ConcurrentUsers || status=1

echo
if TFS_ADMIN_PASSWORD=${TFS_ADMIN_PASSWORD:-Demo#Kaifeng2026} ./audit-verify.sh "$TFS_URL" > /tmp/tfs-audit-$$.log 2>&1; then
    echo "audit chain: $(tr -s "\n" " " < /tmp/tfs-audit-$$.log)"
else
    echo "audit chain: NOT VERIFIED"
    cat /tmp/tfs-audit-$$.log
    status=1
fi
rm -f /tmp/tfs-audit-$$.log
echo
[ "$status" -eq 0 ] && echo "concurrent users: every property held" || echo "concurrent users: A PROPERTY FAILED (see above)"
exit "$status"
