#!/usr/bin/env bash
# Bank benchmark with real data (issue 31): eligibility queries about a seeded population of enterprises that have
# authorised the load-test bank, each request drawing its credit codes at random from that population, single queries
# and batches mixed, against the authenticated no-op (/api/v1/ping) in the same run. Prints, per round, the no-op's
# requests a second, the mixed run's requests and answers a second (a batch of N codes is N answers, each recorded in
# the query log before it is answered) with latency percentiles, and the ratios.
#
# Usage: start the demo server on PostgreSQL (docs/operations.md), seed the population once
# (bench/bank-population.sh), then
#   bench/bank-load-real.sh [BASE_URL] [CODES_FILE]    defaults http://localhost:8080/ and bench/target/bank-codes.txt
# Knobs: DURATION (30s per measured run), ROUNDS (3), CONNECTIONS (32), THREADS (1), WARMUP_WINDOWS (6 windows of
# WARMUP_WINDOW, 20s, on each endpoint in turn), BATCH_SHARE (0.1: the share of requests that are batches),
# BATCH_SIZE (10 codes a batch).
# Needs wrk (Debian package "wrk") and the demo's load-test client BC-DEMOLOADTEST.
set -euo pipefail

url=${1:-http://localhost:8080/}
codes=${2:-bench/target/bank-codes.txt}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-1}
rounds=${ROUNDS:-3}
warmup_windows=${WARMUP_WINDOWS:-6}
warmup_window=${WARMUP_WINDOW:-20s}
export TFS_BATCH_SHARE=${BATCH_SHARE:-0.1} TFS_BATCH_SIZE=${BATCH_SIZE:-10} TFS_CODES=$codes
path=/${url#*://*/}

if ! command -v wrk > /dev/null; then
    echo "wrk is needed: sudo apt-get install wrk" >&2
    exit 1
fi
if [ ! -s "$codes" ]; then
    echo "No credit codes in $codes: seed the population first (bench/bank-population.sh)" >&2
    exit 1
fi
auth=$(printf '%s' 'BC-DEMOLOADTEST:demo-load-test-secret-not-for-production' | base64 | tr -d '\n')
ping_script=$(mktemp)
mixed=$(mktemp)
trap 'rm -f "$ping_script" "$mixed"' EXIT
cat > "$ping_script" <<LUA
wrk.headers["Authorization"] = "Basic $auth"
wrk.headers["Accept"] = "application/json"
LUA
cat "$ping_script" > "$mixed"
cat >> "$mixed" <<LUA
local base = "${path}api/v1/eligibility/"
LUA
cat >> "$mixed" <<'LUA'
-- every thread reads the codes and draws from them with a seed of its own
local codes = {}
for line in io.lines(os.getenv("TFS_CODES")) do
  if #line == 18 then codes[#codes + 1] = line end
end
local share = tonumber(os.getenv("TFS_BATCH_SHARE"))
local size = tonumber(os.getenv("TFS_BATCH_SIZE"))
local counter = 0
local threads = {}
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end
singles = 0
batches = 0
function init(args)
  math.randomseed(os.time() * 1000 + (id or 0))
end
local function code() return codes[math.random(#codes)] end
-- wrk.format takes the headers it is given instead of wrk.headers: the batch's carry the credentials too
local post = {["Content-Type"] = "application/json"}
for k, v in pairs(wrk.headers) do post[k] = v end
function request()
  if math.random() < share then
    batches = batches + 1
    local list = {}
    for i = 1, size do list[i] = '"' .. code() .. '"' end
    return wrk.format("POST", base .. "batch", post,
      '{"purpose":"PRE_LOAN","creditCodes":[' .. table.concat(list, ",") .. ']}')
  end
  singles = singles + 1
  return wrk.format("GET", base .. code() .. "?purpose=PRE_LOAN")
end
function done(summary, latency, requests)
  local s, b = 0, 0
  for _, t in ipairs(threads) do s = s + t:get("singles"); b = b + t:get("batches") end
  local seconds = summary.duration / 1e6
  -- requests counted when sent; the few still in flight at the end are within a connection each
  io.write(string.format("single queries sent: %d, batches sent: %d of %d codes\n", s, b, size))
  io.write(string.format("answers/sec: %.2f\n", (s + b * size) * summary.requests / math.max(1, s + b) / seconds))
end
LUA

ping="${url}api/v1/ping"
first=$(head -n 1 "$codes")
if ! curl -fsS -H "Authorization: Basic $auth" "${url}api/v1/eligibility/${first}?purpose=PRE_LOAN" \
    | grep -q '"authorised":true'; then
    echo "The server at $url does not answer for the seeded code $first; is the population seeded there?" >&2
    exit 1
fi

run() { # name url script -> prints wrk's report, remembers rps, answers/s, p50, p99, non-2xx answers
    local out
    out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$3" "$2")
    echo "--- $1: $2"
    echo "$out"
    local rps answers p50 p99 errors
    rps=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
    answers=$(echo "$out" | awk '/^answers\/sec:/ {print $2}')
    p50=$(echo "$out" | awk '/^ +50%/ {print $2}')
    p99=$(echo "$out" | awk '/^ +99%/ {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ {print $5}')
    eval "${1}_rps=$rps ${1}_answers=${answers:-$rps} ${1}_p50=$p50 ${1}_p99=$p99 ${1}_errors=${errors:-0}"
}

echo "Population: $(wc -l < "$codes") codes; batches: $TFS_BATCH_SHARE of the requests, $TFS_BATCH_SIZE codes each"
echo "Warming up: $warmup_windows windows of $warmup_window on each endpoint in turn (requests/s per window) ..."
rate() { # url script -> requests per second over one warm-up window
    wrk -t"$threads" -c"$connections" -d"$warmup_window" -s "$2" "$1" | awk '/^Requests\/sec:/ {print $2}'
}
for i in $(seq "$warmup_windows"); do
    n=$(rate "$ping" "$ping_script")
    e=$(rate "${url}api/v1/eligibility/" "$mixed")
    printf '  window %2d   no-op %9s   mixed eligibility %9s\n' "$i" "$n" "$e"
done

line='%-6s no-op %9s req/s p99 %-8s | mixed %9s req/s %9s answers/s p50 %-8s p99 %-8s | ratio req %s answers %s | non-2xx %s/%s'
lines=()
ratios=()
for r in $(seq "$rounds"); do
    echo
    echo "=== Round $r of $rounds"
    run noop "$ping" "$ping_script"
    run mixed "${url}api/v1/eligibility/" "$mixed"
    ratio=$(awk -v a="$mixed_rps" -v b="$noop_rps" 'BEGIN {printf "%.3f", a / b}')
    answer_ratio=$(awk -v a="$mixed_answers" -v b="$noop_rps" 'BEGIN {printf "%.3f", a / b}')
    ratios+=("$ratio")
    lines+=("$(printf "$line" "$r" "$noop_rps" "$noop_p99" "$mixed_rps" "$mixed_answers" "$mixed_p50" "$mixed_p99" \
        "$ratio" "$answer_ratio" "$noop_errors" "$mixed_errors")")
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n \
    | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
cat <<SUMMARY

=== Bank API load with real data: $rounds rounds of $duration per run, $connections connections, $threads wrk thread(s), $(nproc) cores
population $(wc -l < "$codes") enterprises ($codes); $TFS_BATCH_SHARE of the requests batches of $TFS_BATCH_SIZE codes
$(printf '%s\n' "${lines[@]}")
median ratio mixed eligibility requests / no-op requests: $median
ratio req: requests of the mixed run over the no-op's; ratio answers: answers (a batch of N is N) over the no-op's requests
targets (issue 31): >= 6000 answers/s at p99 <= 15 ms, and >= 0.6 of the no-op's throughput in the same run
SUMMARY
