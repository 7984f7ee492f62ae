#!/usr/bin/env bash
# Load benchmark of the bank API (issue 7), outside `verify`: eligibility queries, each recorded durably in the
# query log before it is answered, against an authenticated no-op endpoint (/api/v1/ping) on the same server in
# the same run, after a warm-up long enough for the JIT. Prints requests per second and latency percentiles of both
# and their ratio for each of several rounds, and the median ratio.
#
# Each round also sends eligibility queries at a fixed rate (RATE, 4,000 a second: the target) and prints their
# latency: how long a bank waits while the server carries that load. The saturated runs measure throughput; their
# latency is mostly the queue the load tool keeps full, since with 32 connections always busy a request waits
# behind the other 31 whatever the endpoint (on 6 December 2026 the no-op's own p99 at saturation was 33 to 40 ms).
#
# Usage: start the demo server (./run-demo.sh, on PostgreSQL for production-like figures; see docs/operations.md), then
#   bench/bank-load.sh [BASE_URL]            default http://localhost:8080/
# Knobs: DURATION (30s per measured run), ROUNDS (3 measured rounds, each the no-op, eligibility, then eligibility
# at RATE a second), CONNECTIONS (32), THREADS (1: the load tool shares the two cores with the server),
# WARMUP_WINDOWS (8 windows of WARMUP_WINDOW, 20s, on each endpoint in turn before anything is measured), RATE
# (4000), PACED_CONNECTIONS (256: enough that a connection is free at each scheduled send).
# Needs wrk (Debian package "wrk"); the demo's load-test client BC-DEMOLOADTEST, whose limit is raised for this.
set -euo pipefail

url=${1:-http://localhost:8080/}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-1}
rounds=${ROUNDS:-3}
warmup_windows=${WARMUP_WINDOWS:-8}
warmup_window=${WARMUP_WINDOW:-20s}
pace=${RATE:-4000}
paced_connections=${PACED_CONNECTIONS:-256}
code=91410200MA45DE001J   # the demo enterprise, which has authorised the demo bank

if ! command -v wrk > /dev/null; then
    echo "wrk is needed: sudo apt-get install wrk" >&2
    exit 1
fi
auth=$(printf '%s' 'BC-DEMOLOADTEST:demo-load-test-secret-not-for-production' | base64 | tr -d '\n')
script=$(mktemp)
paced=$(mktemp)
trap 'rm -f "$script" "$paced"' EXIT
cat > "$script" <<LUA
wrk.headers["Authorization"] = "Basic $auth"
wrk.headers["Accept"] = "application/json"
LUA
# The paced runs: wrk asks delay() before each request; the answer keeps one schedule of $pace sends a second over
# all connections (LuaJIT's FFI reads the monotonic clock). wrk times a request from the moment it is sent, so a send
# that had to wait for a free connection would hide that wait: such late sends are counted and printed ("late"),
# and a run that fell behind its schedule says so in its rate.
cat "$script" > "$paced"
cat >> "$paced" <<'LUA'
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } tfs_timespec;
int clock_gettime(int clock, tfs_timespec *t);
]]
local now = ffi.new("tfs_timespec")
local function ms()
  ffi.C.clock_gettime(1, now) -- CLOCK_MONOTONIC
  return tonumber(now.tv_sec) * 1000 + tonumber(now.tv_nsec) / 1e6
end
-- each wrk thread keeps its own schedule, so each sends its share of the rate
local interval = 1000 / (tonumber(os.getenv("TFS_PACE")) / tonumber(os.getenv("TFS_THREADS")))
local due = nil
late = 0
function delay()
  local t = ms()
  if due == nil then due = t end
  local wait = due - t
  due = due + interval
  if wait < -1 then late = late + 1 end
  return math.max(0, wait)
end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + t:get("late") end
  io.write(string.format("late sends (over 1 ms behind schedule): %d\n", n))
end
LUA

eligibility="${url}api/v1/eligibility/${code}?purpose=PRE_LOAN"
ping="${url}api/v1/ping"
if ! curl -fsS -H "Authorization: Basic $auth" "$eligibility" | grep -q '"authorised":true'; then
    echo "The server at $url does not answer the demo eligibility query; is ./run-demo.sh running?" >&2
    exit 1
fi

run() { # name url [script connections] -> prints wrk's report, remembers rps, p50, p99, non-2xx answers and late sends
    local out
    out=$(TFS_PACE=$pace TFS_THREADS=$threads \
        wrk -t"$threads" -c"${4:-$connections}" -d"$duration" --latency -s "${3:-$script}" "$2")
    echo "--- $1: $2"
    echo "$out"
    local rps p50 p99 errors
    rps=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
    p50=$(echo "$out" | awk '/^ +50%/ {print $2}')
    p99=$(echo "$out" | awk '/^ +99%/ {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ {print $5}')
    late=$(echo "$out" | awk '/^late sends/ {print $NF}')
    eval "${1}_rps=$rps ${1}_p50=$p50 ${1}_p99=$p99 ${1}_errors=${errors:-0} ${1}_late=${late:-0}"
}

# Warm-up in turns, each endpoint for a window, long enough for the JIT to be done with both paths; every window's
# rate is printed, so a reader sees whether it levelled off before the measured rounds. How long that takes,
# measured on a freshly started server on 3 December 2026 (20 s windows, no-op then eligibility, eligibility's rate
# per pair): 1,130, 1,260, 1,480, 1,650, 1,700, 2,350, then 3,300 to 3,850 from the seventh pair on, while the JIT's
# compile time reached about five minutes of CPU. Runs taken after one minute per endpoint, as this script did
# before, measured the eligibility path while it was still being compiled: ratios of 0.46 to 0.53, against 0.53 to
# 0.69 once the rates level off.
echo "Warming up: $warmup_windows windows of $warmup_window on each endpoint in turn (requests/s per window) ..."
rate() { # url -> requests per second over one warm-up window
    wrk -t"$threads" -c"$connections" -d"$warmup_window" -s "$script" "$1" | awk '/^Requests\/sec:/ {print $2}'
}
for i in $(seq "$warmup_windows"); do
    n=$(rate "$ping")
    e=$(rate "$eligibility")
    printf '  window %2d   no-op %9s   eligibility %9s\n' "$i" "$n" "$e"
done

line='%-6s no-op %9s req/s  p99 %-8s  eligibility %9s req/s  p50 %-8s p99 %-8s  ratio %s  non-2xx %s/%s'
paced_line='%-6s eligibility at %s/s: %9s req/s  p50 %-8s p99 %-8s  late sends %s  non-2xx %s'
lines=()
paced_lines=()
ratios=()
for r in $(seq "$rounds"); do
    echo
    echo "=== Round $r of $rounds"
    run noop "$ping"
    run eligibility "$eligibility"
    run paced "$eligibility" "$paced" "$paced_connections"
    ratio=$(awk -v a="$eligibility_rps" -v b="$noop_rps" 'BEGIN {printf "%.3f", a / b}')
    ratios+=("$ratio")
    lines+=("$(printf "$line" "$r" "$noop_rps" "$noop_p99" "$eligibility_rps" "$eligibility_p50" "$eligibility_p99" \
        "$ratio" "$noop_errors" "$eligibility_errors")")
    paced_lines+=("$(printf "$paced_line" "$r" "$pace" "$paced_rps" "$paced_p50" "$paced_p99" "$paced_late" \
        "$paced_errors")")
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n \
    | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
cat <<SUMMARY

=== Bank API load: $rounds rounds of $duration per run, $connections connections, $threads wrk thread(s), $(nproc) cores
saturated (every connection sends again as soon as it has its answer):
$(printf '%s\n' "${lines[@]}")
median ratio eligibility / no-op: $median
paced (eligibility sent at a fixed rate, over $paced_connections connections):
$(printf '%s\n' "${paced_lines[@]}")
no-op: /api/v1/ping; eligibility: /api/v1/eligibility/{code}, every query recorded before it is answered
targets: eligibility >= 4000 req/s (saturated) at p99 <= 20 ms (paced at 4000/s), and >= 0.5 of the no-op's
throughput (saturated, same round)
SUMMARY
