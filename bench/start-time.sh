#!/usr/bin/env bash
# Start-up time of the provisioned server with the application (issue 31): starts it three times and prints the time
# of each start from the server's own log line (WFLYSRV0025 "... started in N ms"), then their median.
#
# Each measurement starts the server from ear/target/server in a base directory of its own under
# target/start-time/, with the demo settings of ./run-demo.sh (TFS_DEMO=true, a 1 GiB heap) and tfs.ear deployed.
# A first, uncounted start creates the schema and loads the demo data into the fresh database, so the three counted
# starts are restarts on an existing database, as a server is started in production.
#
# Usage (build first: ./mvnw -B -DskipTests -DskipUnitTests package):
#   bench/start-time.sh               embedded H2
#   bench/start-time.sh postgresql    PostgreSQL: database tfs_start_time on 127.0.0.1:5432 (user postgres), made
#                                     afresh; or set TFS_DB_URL/TFS_DB_USER/TFS_DB_PASSWORD to use your own
# Knobs: TFS_SERVER and TFS_EAR (ear/target/server, ear/target/tfs.ear: point them at copies of an earlier build to
# compare two builds under the same load), RUNS (3), TFS_PORT_OFFSET (800: HTTP 8880, management 10790), TFS_MULTICAST (230.0.0.108),
# JBOSS_JAVA_SIZING ("-Xms1g -Xmx1g").
set -euo pipefail
cd "$(dirname "$0")/.."

server=${TFS_SERVER:-ear/target/server}
ear=${TFS_EAR:-ear/target/tfs.ear}
runs=${RUNS:-3}
offset=${TFS_PORT_OFFSET:-800}
# a multicast address of its own, so that no other server on the machine joins its cluster during the start
multicast=${TFS_MULTICAST:-230.0.0.108}
work=target/start-time
if [ ! -x "$server/bin/standalone.sh" ] || [ ! -f "$ear" ]; then
    echo "No provisioned server or tfs.ear: run ./mvnw -B -DskipTests -DskipUnitTests package first" >&2
    exit 1
fi

database=${1:-h2}
case "$database" in
    h2)
        export TFS_DB_DRIVER=h2
        unset TFS_DB_URL TFS_DB_USER TFS_DB_PASSWORD
        ;;
    postgresql)
        export TFS_DB_DRIVER=postgresql
        if [ -z "${TFS_DB_URL:-}" ]; then
            dropdb -h 127.0.0.1 -U postgres --if-exists tfs_start_time
            createdb -h 127.0.0.1 -U postgres -E UTF8 tfs_start_time
            export TFS_DB_URL=jdbc:postgresql://127.0.0.1:5432/tfs_start_time
            export TFS_DB_USER=postgres TFS_DB_PASSWORD=postgres
        fi
        ;;
    *)
        echo "usage: $0 [h2|postgresql]" >&2
        exit 2
        ;;
esac

export TFS_DEMO=true
# standalone.sh then runs the JVM as its child and passes a stop signal on to it, and waits for it to end
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:-"-Xms1g -Xmx1g"}
base="$PWD/$work/$database"
rm -rf "$base"
mkdir -p "$base/deployments"
cp -r "$server/standalone/configuration" "$base/"
cp "$ear" "$base/deployments/"

pid=
stop() {
    if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
        kill "$pid" 2> /dev/null || true
        wait "$pid" 2> /dev/null || true
    fi
    pid=
}
trap stop EXIT INT TERM

# Starts the server, waits for its "started" line (or its failure), stops it, and prints the milliseconds.
start_once() {
    local log="$base/console-$1.log"
    "$server/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset" \
        -Djboss.default.multicast.address="$multicast" > "$log" 2>&1 &
    pid=$!
    local line=
    for _ in $(seq 1 600); do
        line=$(grep -m1 -E 'WFLYSRV0025|WFLYSRV0026' "$log" || true)
        if [ -n "$line" ] || ! kill -0 "$pid" 2> /dev/null; then
            break
        fi
        sleep 0.2
    done
    stop
    # WFLYSRV0026 is "started (with errors)": a start that failed to deploy is no measurement
    if ! grep -q 'WFLYSRV0025' <<< "$line" || grep -q 'WFLYSRV0026\|WFLYCTL0186' "$log"; then
        echo "start $1 did not succeed; see $log" >&2
        tail -n 20 "$log" >&2
        exit 1
    fi
    sed -E 's/.*started in ([0-9]+)ms.*/\1/' <<< "$line"
}

echo "Preparing the $database database (an uncounted first start) ..."
start_once 0 > /dev/null
times=()
for i in $(seq 1 "$runs"); do
    ms=$(start_once "$i")
    echo "start $i: $ms ms"
    times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
echo "median of $runs starts ($database, $(nproc) cores, $(java -version 2>&1 | head -1)): $median ms"
# the machine's load says how far the figures can be compared with others
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
