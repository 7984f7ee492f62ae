#!/usr/bin/env bash
# Fault runs (issue 8), outside `verify`: a WildFly of its own, on a PostgreSQL of its own, with the attachment store on
# a small tmpfs, and faults injected while users work. Prints the figures and exits non-zero if a property fails.
#
#   database  PostgreSQL stopped: every kind of request (page, Ajax save and upload, sign-in, bank API in Chinese
#             and English, a script's API call) is answered cleanly, 503 with Retry-After or the "try again" message,
#             never 500 or a stack trace; started again, the time until pages and API answer. Then PostgreSQL restarted
#             while applicants submit, reviewers decide and banks ask: the requests in flight by how they failed, the
#             time until nothing fails any more (at most 10 s), every refused step done on retry, and everything
#             acknowledged (before the restart and overall) in the database as acknowledged.
#   storage   the attachment store full (tmpfs filled), then read-only (remounted): uploads by a Chinese and an English
#             applicant and a removal are refused with a message in their language; no attachment record without its
#             file, no file without its record, no partial upload, the drafts' values intact; writable again, the
#             upload succeeds and the application is submitted.
# Afterwards, for both: the audit chain verifies (audit-verify.sh) and the server log has no request that ended in an
# unhandled exception.
#
# Usage: bench/faults.sh [database|storage|all]        (default all; about 3 minutes with the build)
# Needs root (tmpfs mount and remount, PostgreSQL run as user postgres) and PostgreSQL's server binaries (initdb,
# pg_ctl): the database is a throwaway cluster made afresh in bench/target/faults/pg on port FAULTS_PG_PORT (55433),
# so that stopping and restarting it disturbs no other user of the machine's PostgreSQL.
# Knobs: TFS_HTTP_PORT (8080), TFS_MANAGEMENT_PORT (9990), SKIP_BUILD=true to use what is built; the load during the
# restart: APPLICANTS (10), REVIEWERS (4), BANKS (6), DURATION (30 s), RESTART_AT (10 s).
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-all}
case "$what" in database | storage | all) ;; *) echo "usage: $0 [database|storage|all]" >&2; exit 2 ;; esac
if [ "$(id -u)" != 0 ]; then
    echo "Run as root: the attachment store is a tmpfs that this script mounts and remounts read-only." >&2
    exit 2
fi

port=${TFS_HTTP_PORT:-8080}
management=${TFS_MANAGEMENT_PORT:-9990}
work=$PWD/bench/target/faults
mkdir -p "$work"

if [ "${SKIP_BUILD:-false}" != true ]; then
    echo "Building the application, the server and the load client (log: $work/build.log) ..."
    if ! ./mvnw -B -Pbench -DskipTests -DskipUnitTests package > "$work/build.log" 2>&1; then
        tail -n 40 "$work/build.log" >&2
        exit 1
    fi
fi

# --- PostgreSQL: a throwaway cluster of our own, restarted without disturbing anyone else's ------------------------
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ]; then
    echo "PostgreSQL's server binaries (initdb, pg_ctl) are needed: apt-get install postgresql" >&2
    exit 2
fi
pg_port=${FAULTS_PG_PORT:-55433}
pg=$work/pg
files=$work/files
cleanup() {
    # our server only: the process named in the pid file, if it is still a WildFly on our base directory
    if [ -f "$work/server.pid" ]; then
        local pid
        pid=$(cat "$work/server.pid")
        if tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null | grep -q -- "-Djboss.server.base.dir=$work/server"; then
            kill "$pid" 2> /dev/null || true
            for _ in $(seq 1 30); do kill -0 "$pid" 2> /dev/null || break; sleep 1; done
        fi
        rm -f "$work/server.pid"
    fi
    if mountpoint -q "$files"; then
        mount -o remount,rw "$files" 2> /dev/null || true
        umount "$files" || true
    fi
    if [ -f "$pg/data/postmaster.pid" ]; then
        su postgres -c "$pg_bin/pg_ctl -D $pg/data -m fast stop" > /dev/null 2>&1 || true
    fi
}
trap cleanup EXIT
cleanup # whatever an interrupted earlier run left
# a fresh cluster every run: the figures never depend on what an earlier run left
rm -rf "$pg"
mkdir -p "$pg"
chown postgres "$pg"
su postgres -c "$pg_bin/initdb -D $pg/data --auth=trust -E UTF8 --locale=C.UTF-8" > "$work/initdb.log"
pg_ctl="$pg_bin/pg_ctl -D $pg/data -l $pg/log -o '-p $pg_port -k $pg -c listen_addresses=127.0.0.1' -w"
su postgres -c "$pg_ctl start" > /dev/null
psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "CREATE DATABASE tfs_faults ENCODING 'UTF8'"
export DB_STOP="su postgres -c \"$pg_bin/pg_ctl -D $pg/data -m fast -w stop\""
export DB_START="su postgres -c \"$pg_ctl start\""
export DB_RESTART="su postgres -c \"$pg_ctl -m fast restart\""
export TFS_DB_DRIVER=postgresql TFS_DB_URL=jdbc:postgresql://127.0.0.1:$pg_port/tfs_faults
export TFS_DB_USER=postgres TFS_DB_PASSWORD=postgres

# --- the attachment store: a 2 MB tmpfs ---------------------------------------------------------------------------
mkdir -p "$files"
mount -t tmpfs -o size=2m tmpfs "$files"
export TFS_FILES_DIR=$files
export STORE_FILL="dd if=/dev/zero of=$files/filler bs=64k > /dev/null 2>&1; test \$(df --output=avail -B1 $files | tail -n 1) -lt 65536"
export STORE_UNFILL="rm -f $files/filler"
export STORE_READONLY="mount -o remount,ro $files"
export STORE_WRITABLE="mount -o remount,rw $files"

# --- the server: the provisioned one, with a base directory of its own (as run-demo.sh makes it) --------------------
for p in "$port" "$management"; do
    if (echo > "/dev/tcp/127.0.0.1/$p") 2> /dev/null; then
        echo "Port $p is in use (a demo server?): stop it, or set TFS_HTTP_PORT / TFS_MANAGEMENT_PORT." >&2
        exit 2
    fi
done
base=$work/server
rm -rf "$base"
mkdir -p "$base/deployments"
cp -r ear/target/server/standalone/configuration "$base/"
cp ear/target/tfs.ear "$base/deployments/"
url=http://localhost:$port
export TFS_DEMO=true TFS_PUBLIC_URL=$url TFS_URL=$url
# the script stops the server by its process id, not through the launcher; a multicast address of its own keeps it
# out of the cluster of any other server on this machine (the integration tests', a demo)
LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$work/server.pid \
    ear/target/server/bin/standalone.sh -Djboss.server.base.dir="$base" -Djboss.http.port="$port" \
    -Djboss.management.http.port="$management" -Djboss.default.multicast.address=230.0.0.98 \
    -Djboss.node.name=tfs-faults > "$base/console.log" 2>&1 &
launcher=$!

echo "Starting WildFly on $url, PostgreSQL at $TFS_DB_URL, attachments on a 2 MB tmpfs (log: $base/console.log) ..."
for _ in $(seq 1 180); do
    if ! kill -0 "$launcher" 2> /dev/null; then
        echo "The server stopped during start-up; the end of its log:" >&2
        tail -n 40 "$base/console.log" >&2
        exit 1
    fi
    if curl -fs -o /dev/null "$url/login.xhtml"; then
        break
    fi
    sleep 1
done
if ! curl -fs -o /dev/null "$url/login.xhtml"; then
    echo "The server did not answer within 3 minutes; the end of its log:" >&2
    tail -n 40 "$base/console.log" >&2
    exit 1
fi

run() { java -cp bench/target/benchmarks.jar cn.kaifeng.tfs.bench.users.Faults "$1"; }
status=0
if [ "$what" = database ] || [ "$what" = all ]; then
    echo
    run database || status=1
fi
if [ "$what" = storage ] || [ "$what" = all ]; then
    echo
    run storage || status=1
fi

echo
echo "=== Afterwards ==="
if TFS_ADMIN_PASSWORD='Demo#Kaifeng2026' ./audit-verify.sh "$url" > "$work/audit.log" 2>&1; then
    echo "audit chain: $(tr -s "\n" " " < "$work/audit.log")"
else
    echo "audit chain: NOT VERIFIED"
    cat "$work/audit.log"
    status=1
fi
# a request that ended in an exception nobody handled is logged by Undertow as UT005023 (and its error page as UT005022)
unhandled=$(grep -c -E 'UT00502[23]' "$base/console.log" || true)
echo "requests that ended in an unhandled exception (server log): $unhandled"
[ "$unhandled" -eq 0 ] || status=1

echo
[ "$status" -eq 0 ] && echo "faults: every property held" || echo "faults: A PROPERTY FAILED (see above)"
exit "$status"
