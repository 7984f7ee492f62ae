#!/usr/bin/env bash
# Load benchmark of the bank API (issue 7), outside `verify`: eligibility queries, each recorded durably in the
# query log before it is answered, against an authenticated no-op endpoint (/api/v1/ping) on the same server in
# the same run. Prints requests per second and latency percentiles of both, and the ratio.
#
# Usage: start the demo server (./run-demo.sh, on PostgreSQL for production-like figures; see README), then
#   bench/bank-load.sh [BASE_URL]            default http://localhost:8080/
# Knobs: DURATION (30s), CONNECTIONS (32), THREADS (1: the load tool shares the two cores with the server),
# WARMUP (60s per endpoint before it is measured).
# Needs wrk (Debian package "wrk"); the demo's load-test client BC-DEMOLOADTEST, whose limit is raised for this.
set -euo pipefail

url=${1:-http://localhost:8080/}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-1}
warmup=${WARMUP:-60s}
code=91410200MA45DE001J   # the demo enterprise, which has authorised the demo bank

if ! command -v wrk > /dev/null; then
    echo "wrk is needed: sudo apt-get install wrk" >&2
    exit 1
fi
auth=$(printf '%s' 'BC-DEMOLOADTEST:demo-load-test-secret-not-for-production' | base64 | tr -d '\n')
script=$(mktemp)
trap 'rm -f "$script"' EXIT
cat > "$script" <<LUA
wrk.headers["Authorization"] = "Basic $auth"
wrk.headers["Accept"] = "application/json"
LUA

eligibility="${url}api/v1/eligibility/${code}?purpose=PRE_LOAN"
ping="${url}api/v1/ping"
if ! curl -fsS -H "Authorization: Basic $auth" "$eligibility" | grep -q '"authorised":true'; then
    echo "The server at $url does not answer the demo eligibility query; is ./run-demo.sh running?" >&2
    exit 1
fi

run() { # name url -> prints wrk's report, remembers rps and p99
    local out
    out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "$2")
    echo "--- $1: $2"
    echo "$out"
    local rps p50 p99 errors
    rps=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
    p50=$(echo "$out" | awk '/^ +50%/ {print $2}')
    p99=$(echo "$out" | awk '/^ +99%/ {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ {print $5}')
    eval "${1}_rps=$rps ${1}_p50=$p50 ${1}_p99=$p99 ${1}_errors=${errors:-0}"
}

# Long enough for the JIT: the eligibility path runs far more code than the no-op, and on two cores the compilers
# share the processors with the load. Measured on a freshly started server, eligibility alone, 15 s at a time: 1,200,
# 1,950, 2,700, 4,300, then 4,600-4,850 requests a second, while the JIT's compile time grew by 57 s and then by
# about a second a window; 30 s per endpoint left the first measured run a third short of the later ones.
echo "Warming up ($warmup each) ..."
wrk -t"$threads" -c"$connections" -d"$warmup" -s "$script" "$ping" > /dev/null
wrk -t"$threads" -c"$connections" -d"$warmup" -s "$script" "$eligibility" > /dev/null

run noop "$ping"
run eligibility "$eligibility"

ratio=$(awk -v a="$eligibility_rps" -v b="$noop_rps" 'BEGIN {printf "%.3f", a / b}')
cat <<SUMMARY

=== Bank API load ($duration, $connections connections, $threads wrk thread(s), $(nproc) cores) ===
no-op (/api/v1/ping):        ${noop_rps} req/s   p50 ${noop_p50}   p99 ${noop_p99}   non-2xx ${noop_errors}
eligibility (audited):       ${eligibility_rps} req/s   p50 ${eligibility_p50}   p99 ${eligibility_p99}   non-2xx ${eligibility_errors}
eligibility / no-op:         ${ratio}
targets: eligibility >= 4000 req/s at p99 <= 20 ms, and >= 0.5 of the no-op's throughput
SUMMARY
