#!/usr/bin/env bash
# Failover of the two-node cluster (issue 30), outside `verify`: nodes killed with SIGKILL while people work through
# the balancer. Prints the figures and a verdict per property; exits non-zero if a property fails.
#
#   sessions  an applicant mid-draft saves, from the page open before the kill, on the other node; a message kept
#             across a redirect (JSF flash) survives the kill of the node that set it; a reviewer's decision on the
#             page open before the kill is done by the other node. Sessions kept each time.
#   rounds    a bulk letter round whose node is killed after five letters is finished by the other node, every letter
#             once; a bank's per-minute limit holds for both nodes together.
#   load      ten failovers in a row (the nodes in turn, each started again before the next kill) while applicants,
#             reviewers and banks work: per failover the requests that failed and for how long; every acknowledged
#             write in the database; every session still signed in.
# Then for all: application and letter numbers without a repeat or a gap, and the audit chain verifies
# (audit-verify.sh through the balancer).
#
# Usage: bench/failover.sh [sessions|rounds|load|all]     (default all: 14 kills, each waiting for its node to start again)
# Starts the cluster (./run-cluster.sh) if it is not running, and leaves it running: ./run-cluster.sh stop.
# Knobs for the load: FAILOVERS (10), APPLICANTS (6), REVIEWERS (2), BANKS (2), BETWEEN_S (8 s between a node being
# ready again and the next kill). SKIP_BUILD=true uses bench/target/benchmarks.jar as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-all}
case "$what" in sessions | rounds | load | all) ;; *) echo "usage: $0 [sessions|rounds|load|all]" >&2; exit 2 ;; esac
mkdir -p .cluster

if [ "${SKIP_BUILD:-false}" != true ] || [ ! -f bench/target/benchmarks.jar ]; then
    echo "Building the failover client (log: .cluster/bench-build.log) ..."
    if ! ./mvnw -B -q -Pbench -pl bench -am package -DskipTests -DskipUnitTests > .cluster/bench-build.log 2>&1; then
        tail -n 40 .cluster/bench-build.log >&2
        exit 1
    fi
fi
cluster=$(./run-cluster.sh status)
if [[ $cluster != *"node1: running"* || $cluster != *"node2: running"* ]] \
    || ! curl -fs -o /dev/null http://localhost:9000/login.xhtml; then
    ./run-cluster.sh
fi

export TFS_URL=http://localhost:9000
export NODE_URLS=http://localhost:9080,http://localhost:9180
export TFS_DB_URL=${TFS_CLUSTER_DB_URL:-jdbc:postgresql://127.0.0.1:5432/tfs_cluster}
export TFS_DB_USER=${TFS_DB_USER:-postgres} TFS_DB_PASSWORD=${TFS_DB_PASSWORD:-postgres}
export KILL_NODE="./run-cluster.sh kill-node %s"
export START_NODE="./run-cluster.sh start-node %s > /dev/null"
# as a browser does, a request whose kept-alive connection closed without an answer is sent once more (PageClient)
export TFS_RESEND_UNANSWERED=true
status=0
java -cp bench/target/benchmarks.jar cn.kaifeng.tfs.bench.users.Failover "$what" || status=$?

echo
echo "=== The audit chain, through the balancer ==="
if TFS_ADMIN_PASSWORD='Demo#Kaifeng2026' ./audit-verify.sh http://localhost:9000; then
    echo "  PASS  the audit chain is one chain and verifies"
else
    echo "  FAIL  the audit chain does not verify"
    status=1
fi
# requests that ended in an unhandled exception on either node (a 500 the users saw, or one they did not)
for n in 1 2; do
    echo "node$n: $(grep -c 'UT005023\|ERROR \[io.undertow.request\]' ".cluster/node$n/standalone/log/server.log" || true)" \
        "requests ended in an unhandled exception (server.log since the node was last copied)"
done
exit $status
