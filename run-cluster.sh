#!/usr/bin/env bash
# Two WildFly nodes behind HAProxy on one PostgreSQL, with the demo data: the product as a cluster on one machine
# (docs/operations.md, "Cluster"). Builds if the sources changed since the last build, copies the provisioned server
# into .cluster/node1 and .cluster/node2, applies config/server/cluster.cli to them (JGroups over TCP on loopback,
# discovery by JDBC_PING2 in the database's schema "jgroups"), starts them and the balancer, and prints the URL.
#
#   ./run-cluster.sh              build if needed, (re)start both nodes and the balancer
#   ./run-cluster.sh stop         stop the balancer and both nodes
#   ./run-cluster.sh start-node N start node N (1 or 2) again with its configuration as it is (after a kill)
#   ./run-cluster.sh stop-node N  stop node N cleanly (the balancer sends everyone to the other node)
#   ./run-cluster.sh kill-node N  SIGKILL to node N's JVM (what bench/failover.sh does to the node serving a user)
#   ./run-cluster.sh status       which nodes run, and the cluster's view of itself
#
# Ports: the balancer on 9000; node1 HTTP 9080, management 10990 (offset 1000); node2 9180, 11090 (offset 1100).
# Database: tfs_cluster on 127.0.0.1:5432 (TFS_CLUSTER_DB_URL, TFS_DB_USER, TFS_DB_PASSWORD to choose another).
# Secrets shared by the nodes are made once into .cluster/secrets.env (the personal-data key, the letter keystore's
# password) and .cluster/letters.p12; delete .cluster/ for a fresh cluster (and drop
# the database for fresh data).
set -euo pipefail
cd "$(dirname "$0")"

work=$PWD/.cluster
server=ear/target/server
db_url=${TFS_CLUSTER_DB_URL:-jdbc:postgresql://127.0.0.1:5432/tfs_cluster}
db_user=${TFS_DB_USER:-postgres}
db_password=${TFS_DB_PASSWORD:-postgres}
balancer=http://localhost:9000/
mkdir -p "$work"

offset() { echo $((900 + 100 * $1)); } # node 1: 1000, node 2: 1100
http_port() { echo $((8080 + $(offset "$1"))); }
management_port() { echo $((9990 + $(offset "$1"))); }

# a node's pid, if that process is still the WildFly of that node's directory
node_pid() {
    local file=$work/node$1.pid pid
    [ -f "$file" ] || return 1
    pid=$(cat "$file")
    if kill -0 "$pid" 2> /dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "$work/node$1/"; then
        echo "$pid"
        return 0
    fi
    return 1
}

stop_node() {
    local pid
    if pid=$(node_pid "$1"); then
        kill "$pid"
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2> /dev/null || break
            sleep 1
        done
        kill -9 "$pid" 2> /dev/null || true
        echo "node$1 stopped"
    fi
    rm -f "$work/node$1.pid"
}

stop_balancer() {
    if [ -f "$work/haproxy.pid" ]; then
        local pid
        pid=$(cat "$work/haproxy.pid")
        if kill -0 "$pid" 2> /dev/null && grep -q haproxy "/proc/$pid/cmdline" 2> /dev/null; then
            kill "$pid"
            echo "balancer stopped"
        fi
        rm -f "$work/haproxy.pid"
    fi
}

wait_ready() { # node -> 0 once its readiness check answers UP, 1 if it died or took over 3 minutes
    local n=$1 pid
    pid=$(node_pid "$n") || return 1
    for _ in $(seq 1 180); do
        if ! kill -0 "$pid" 2> /dev/null; then
            echo "node$n stopped during start-up; the end of its log:" >&2
            tail -n 30 "$work/node$n/standalone/log/server.log" >&2
            return 1
        fi
        if curl -s "http://127.0.0.1:$(management_port "$n")/health/ready" | grep -q '"FAILED"'; then
            echo "node$n started, but its application failed to deploy; see $work/node$n/standalone/log/server.log" >&2
            return 1
        fi
        if curl -fs -o /dev/null "http://127.0.0.1:$(management_port "$n")/health/ready" \
            && curl -fs -o /dev/null "http://127.0.0.1:$(http_port "$n")/login.xhtml"; then
            return 0
        fi
        sleep 1
    done
    echo "node$n did not become ready within 3 minutes; see $work/node$n/standalone/log/server.log" >&2
    return 1
}

start_node() {
    local n=$1
    if node_pid "$n" > /dev/null; then
        echo "node$n runs already"
        return 0
    fi
    # shellcheck disable=SC1091
    set -a && . "$work/secrets.env" && set +a
    export TFS_DEMO=true TFS_DB_DRIVER=postgresql TFS_DB_URL="$db_url" TFS_DB_USER="$db_user" \
        TFS_DB_PASSWORD="$db_password" TFS_PUBLIC_URL=${balancer%/} TFS_TRUSTED_PROXIES=127.0.0.1 \
        TFS_FILES_DIR="$work/files" TFS_LETTER_KEYSTORE="$work/letters.p12"
    # 1 GiB each, as for the demo (docs/operations.md)
    export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:-"-Xms1g -Xmx1g"}
    "$work/node$n/bin/standalone.sh" -Djboss.node.name="node$n" \
        -Djboss.socket.binding.port-offset="$(offset "$n")" -Djboss.bind.address.private=127.0.0.1 \
        > "$work/node$n/console.log" 2>&1 &
    # standalone.sh runs the JVM as its child; the JVM is what a kill must reach
    local script=$! java=""
    for _ in $(seq 1 100); do
        java=$(pgrep -P "$script" -f 'D\[Standalone\]' || true)
        [ -n "$java" ] && break
        sleep 0.1
    done
    echo "${java:-$script}" > "$work/node$n.pid"
    echo "node$n starting (pid $(cat "$work/node$n.pid"), log $work/node$n/standalone/log/server.log) ..."
}

start_balancer() {
    stop_balancer
    haproxy -f config/cluster/haproxy.cfg -D -p "$work/haproxy.pid" 2> "$work/haproxy.log"
}

case "${1:-start}" in
    stop)
        stop_balancer
        stop_node 1
        stop_node 2
        exit 0
        ;;
    start-node)
        start_node "${2:?which node: 1 or 2}"
        if ! wait_ready "$2"; then
            # A node rejoining under load can fail to take over its share of the sessions in time (the initial state
            # transfer of the session cache times out: docs/operations.md, "Cluster"); its application is then not
            # deployed and the balancer keeps it out. Started once more, it joins.
            echo "node$2 did not become ready; starting it once more" >&2
            stop_node "$2"
            start_node "$2"
            wait_ready "$2"
        fi
        echo "node$2 is ready"
        exit 0
        ;;
    stop-node)
        stop_node "${2:?which node: 1 or 2}"
        exit 0
        ;;
    kill-node)
        pid=$(node_pid "${2:?which node: 1 or 2}") || { echo "node$2 is not running" >&2; exit 1; }
        kill -9 "$pid"
        rm -f "$work/node$2.pid"
        exit 0
        ;;
    status)
        for n in 1 2; do
            if pid=$(node_pid "$n"); then
                echo "node$n: running (pid $pid), ready: $(curl -s "http://127.0.0.1:$(management_port "$n")/health/ready" | head -c 80)"
            else
                echo "node$n: not running"
            fi
        done
        psql "${db_url#jdbc:}" -U "$db_user" -Atc "SELECT 'discovery table (jgroups.ping): ' || count(*) || ' members' FROM jgroups.ping" 2> /dev/null || true
        exit 0
        ;;
    start) ;;
    *)
        echo "usage: $0 [start|stop|start-node N|stop-node N|kill-node N|status]" >&2
        exit 2
        ;;
esac

for cmd in haproxy psql keytool openssl; do
    command -v "$cmd" > /dev/null || { echo "$cmd is needed (Debian: haproxy, postgresql-client, a JDK, openssl)" >&2; exit 1; }
done

# --- build, if any source changed since the application archive was made --------------------------------------------
if [ ! -f ear/target/tfs.ear ] || [ ! -d "$server" ] \
    || [ -n "$(find pom.xml ejb web ear config testkit -newer ear/target/tfs.ear -type f -not -path '*/target/*' -not -path 'config/cluster/*' -not -name cluster.cli -print -quit)" ]; then
    echo "Building and provisioning WildFly (log: $work/build.log) ..."
    if ! ./mvnw -B -DskipTests -DskipUnitTests package -pl ear -am > "$work/build.log" 2>&1; then
        echo "The build failed; the end of its log:" >&2
        tail -n 40 "$work/build.log" >&2
        exit 1
    fi
fi

# --- secrets the nodes must share, made once ---------------------------------------------------------------------------
if [ ! -f "$work/secrets.env" ]; then
    umask 077
    {
        echo "# made by run-cluster.sh on $(date -u +%FT%TZ); shared by the nodes of this cluster, never committed"
        echo "TFS_PII_KEY=$(openssl rand -base64 32)"
        echo "TFS_LETTER_KEYSTORE_PASSWORD=$(openssl rand -hex 16)"
    } > "$work/secrets.env"
    umask 022
fi
if [ ! -f "$work/letters.p12" ]; then
    # shellcheck disable=SC1091
    password=$(. "$work/secrets.env" && echo "$TFS_LETTER_KEYSTORE_PASSWORD")
    keytool -genkeypair -storetype PKCS12 -keystore "$work/letters.p12" -storepass "$password" -alias letters \
        -keyalg RSA -keysize 3072 -validity 3650 -dname 'CN=开封市财政局（集群演示）, O=开封市财政局, C=CN' 2> /dev/null
fi
mkdir -p "$work/files"

# --- the database and the discovery schema --------------------------------------------------------------------------
pg=${db_url#jdbc:}
admin=${pg%/*}/postgres
database=${pg##*/}
if [ "$(psql "$admin" -U "$db_user" -Atc "SELECT count(*) FROM pg_database WHERE datname = '$database'")" = 0 ]; then
    psql "$admin" -U "$db_user" -qc "CREATE DATABASE $database"
fi
psql "$pg" -U "$db_user" -qc "CREATE SCHEMA IF NOT EXISTS jgroups" 2> /dev/null

# --- the nodes: stopped, copied afresh from the provisioned server, configured ------------------------------------------
stop_balancer
stop_node 1
stop_node 2
rm -rf "$work/node1" "$work/node2"
cp -r "$server" "$work/node1"
# only the installation and its configuration: not what a server run in place (the tests') left behind
rm -rf "$work/node1/standalone/data" "$work/node1/standalone/log" "$work/node1/standalone/tmp" \
    "$work/node1/standalone/deployments/"*
echo "Applying config/server/cluster.cli (log: $work/cli.log) ..."
{
    echo "embed-server --std-out=discard --server-config=standalone.xml"
    cat config/server/cluster.cli
    echo "stop-embedded-server"
} > "$work/cluster-embedded.cli"
if ! TFS_DB_URL="$db_url" "$work/node1/bin/jboss-cli.sh" --file="$work/cluster-embedded.cli" > "$work/cli.log" 2>&1; then
    cat "$work/cli.log" >&2
    exit 1
fi
cp ear/target/tfs.ear "$work/node1/standalone/deployments/"
cp -r "$work/node1" "$work/node2"

# One node first: on a fresh database it migrates the schema and loads the demo data alone; the second then joins.
start_node 1
wait_ready 1
start_node 2
wait_ready 2
start_balancer
if ! curl -fs -o /dev/null "${balancer}login.xhtml"; then
    echo "The balancer does not answer at $balancer; see $work/haproxy.log" >&2
    exit 1
fi
cat << INFO

  人才与金融扶持平台 / Talent & Fund Support Suite runs on two nodes (demo data, PostgreSQL ${db_url})

  URL:      ${balancer}     (HAProxy; sticky sessions by its cookie TFSNODE)
  node1:    http://localhost:$(http_port 1)/  management http://localhost:$(management_port 1)/
  node2:    http://localhost:$(http_port 2)/  management http://localhost:$(management_port 2)/
  logs:     $work/node1/standalone/log/server.log, $work/node2/standalone/log/server.log

  Logins as printed by ./run-demo.sh. Stop with: ./run-cluster.sh stop
INFO
