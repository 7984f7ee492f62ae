#!/usr/bin/env bash
# Load benchmark of the loan events (issue 29, item 7), outside `verify`: valid loan events, each with its own
# Idempotency-Key and each recorded durably (its transaction committed) before it is acknowledged, against the
# authenticated no-op endpoint (/api/v1/ping) on the same server in the same run, after a warm-up. Prints events per
# second and latency percentiles of both, per round.
#
# Set-up, through the API only (no SQL): the demo's load-test client (BC-DEMOLOADTEST, of the demo bank) asks about
# an enterprise that has authorised the bank and is ELIGIBLE under an approval (the demo enterprise if it has one,
# else the first such enterprise of the published eligible lists: the demo's year has many); the ELIGIBLE answer is
# the pool's proof and carries the approval letter's verification code. It then reports LOANS loans of 100 000 yuan granted today under that letter,
# which the shipped pool (RP-KF-CREDIT) covers, and the drawdown of each. The load is then repayments of 0.01 yuan
# principal and 0.01 yuan interest spread over the loans in turn: each is valid (dated today, never above what is
# outstanding), and each loan has room for ten million of them. Every run reports new loans (their keys carry the
# run's time), so the script can be run again on the same database.
#
# Usage: start the demo server with its year (./run-demo.sh, on PostgreSQL for the figure that counts; see
# docs/operations.md), then
#   bench/pool-load.sh [BASE_URL]            default http://localhost:8080/
# Knobs: DURATION (30s per measured run), ROUNDS (3), CONNECTIONS (32), THREADS (1: the load tool shares the two
# cores with the server), WARMUP (4 windows of 20s on each endpoint in turn), LOANS (200).
# Needs wrk (Debian package "wrk"), curl and jq.
# Target (issue 29): at least 2,000 events a second with p99 at most 50 ms, on PostgreSQL.
set -euo pipefail

url=${1:-http://localhost:8080/}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-1}
rounds=${ROUNDS:-3}
warmup=${WARMUP:-4}
loans=${LOANS:-200}
code=91410200MA45DE001J   # the demo enterprise, which has authorised the demo bank

for tool in wrk curl jq; do
    if ! command -v "$tool" > /dev/null; then
        echo "$tool is needed (Debian package \"$tool\")" >&2
        exit 1
    fi
done
credentials='BC-DEMOLOADTEST:demo-load-test-secret-not-for-production'
auth=$(printf '%s' "$credentials" | base64 | tr -d '\n')
today=$(TZ=Asia/Shanghai date +%F)
run=$(date +%s)

# --- set-up through the API ------------------------------------------------------------------------------------
letter_of() { # credit code -> the verification code of an approval under which it is ELIGIBLE (empty if none)
    curl -fsS -u "$credentials" "${url}api/v1/eligibility/$1?purpose=PRE_LOAN" \
        | jq -r '[.programs[]? | select(.status == "ELIGIBLE") | .. | objects | select(has("verificationCode"))
                  | .verificationCode][0] // empty'
}
if ! curl -fsS -o /dev/null -u "$credentials" "${url}api/v1/ping"; then
    echo "The server at $url does not answer the bank API; is ./run-demo.sh running?" >&2
    exit 1
fi
letter=$(letter_of "$code")
if [ -z "$letter" ]; then
    # the small demo's enterprise has no approval; the demo's year has many: take the first enterprise of the
    # published eligible lists (名单) that has authorised the bank and is ELIGIBLE with a letter
    for list in $(curl -fsS -u "$credentials" "${url}api/v1/eligible-lists" \
        | jq -r '.[] | "\(.programCode)/\(.version)"'); do
        for candidate in $(curl -fsS -u "$credentials" "${url}api/v1/eligible-lists/$list.csv" \
            | grep -oE '\b[0-9A-HJ-NPQRTUWXY]{18}\b' | sort -u); do
            letter=$(letter_of "$candidate" || true)
            if [ -n "$letter" ]; then
                code=$candidate
                break 2
            fi
        done
    done
fi
if [ -z "$letter" ]; then
    echo "No enterprise that authorised the bank is ELIGIBLE with an approval letter; run the demo with its year" >&2
    echo "(./run-demo.sh, TFS_DEMO_YEAR=true, the default)" >&2
    exit 1
fi
echo "Enterprise $code, approval letter $letter"
ids=$(mktemp)
script=$(mktemp)
noop=$(mktemp)
trap 'rm -f "$ids" "$script" "$noop"' EXIT
echo "Reporting $loans loans of 100 000 yuan under letter $letter, each drawn in full ..."
covered=0
for i in $(seq "$loans"); do
    loan=$(curl -fsS -u "$credentials" -H 'Content-Type: application/json' -H "Idempotency-Key: pool-load-$run-$i" \
        -d "{\"verificationCode\":\"$letter\",\"creditCode\":\"$code\",\"amount\":100000,\"termMonths\":12,\"grantedOn\":\"$today\"}" \
        "${url}api/v1/loans" | jq -r .id)
    curl -fsS -o /dev/null -u "$credentials" -H 'Content-Type: application/json' \
        -H "Idempotency-Key: pool-load-$run-$i-drawdown" \
        -d "{\"kind\":\"DRAWDOWN\",\"on\":\"$today\",\"principal\":100000}" \
        "${url}api/v1/pool/loans/$loan/events"
    if curl -fsS -u "$credentials" "${url}api/v1/pool/loans/$loan" | jq -e '.coverage.covered == true' > /dev/null; then
        covered=$((covered + 1))
    fi
    echo "$loan" >> "$ids"
done
echo "$covered of $loans loans covered by the pool (an event on a covered loan also takes the pool's lock)"

# --- the load -------------------------------------------------------------------------------------------------
cat > "$noop" <<LUA
wrk.headers["Authorization"] = "Basic $auth"
wrk.headers["Accept"] = "application/json"
LUA
# each wrk thread numbers its events itself; a key is the run, the thread and the number, so none repeats
cat > "$script" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Basic $auth"
wrk.headers["Accept"] = "application/json"
wrk.headers["Content-Type"] = "application/json"
local loans = { $(paste -sd, "$ids") }
local body = '{"kind":"REPAYMENT","on":"$today","principal":0.01,"interest":0.01}'
local counter = 0
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function request()
  counter = counter + 1
  local loan = loans[(counter + tid * 7) % #loans + 1]
  wrk.headers["Idempotency-Key"] = "pl-$run-" .. tid .. "-" .. wrk_round .. "-" .. counter
  return wrk.format(nil, "/api/v1/pool/loans/" .. loan .. "/events", nil, body)
end
LUA

events="${url}api/v1/pool/loans/events"   # the path is set per request by the script
ping="${url}api/v1/ping"
round_no=0
measure() { # name url script -> prints wrk's report, remembers rps, p50, p99 and non-2xx answers
    local out
    out=$(sed "s/wrk_round/\"$round_no\"/" "$3" > "$3.r" && wrk -t"$threads" -c"$connections" -d"${4:-$duration}" \
        --latency -s "$3.r" "$2")
    rm -f "$3.r"
    echo "--- $1: $2"
    echo "$out"
    local rps p50 p99 errors
    rps=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
    p50=$(echo "$out" | awk '/^ +50%/ {print $2}')
    p99=$(echo "$out" | awk '/^ +99%/ {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ {print $5}')
    eval "${1}_rps=$rps ${1}_p50=$p50 ${1}_p99=$p99 ${1}_errors=${errors:-0}"
}

echo "Warming up: $warmup windows of 20s on each endpoint in turn ..."
for i in $(seq "$warmup"); do
    round_no="w$i"
    measure noop "$ping" "$noop" 20s > /dev/null
    measure event "$events" "$script" 20s > /dev/null
    printf '  window %2d   no-op %9s req/s   events %9s req/s (non-2xx %s)\n' "$i" "$noop_rps" "$event_rps" "$event_errors"
done

line='%-6s no-op %9s req/s  p50 %-8s p99 %-8s  events %9s req/s  p50 %-8s p99 %-8s  non-2xx %s/%s'
lines=()
for r in $(seq "$rounds"); do
    round_no="r$r"
    echo
    echo "=== Round $r of $rounds"
    measure noop "$ping" "$noop"
    measure event "$events" "$script"
    lines+=("$(printf "$line" "$r" "$noop_rps" "$noop_p50" "$noop_p99" "$event_rps" "$event_p50" "$event_p99" \
        "$noop_errors" "$event_errors")")
done
cat <<SUMMARY

=== Loan events load: $rounds rounds of $duration per run, $connections connections, $threads wrk thread(s), $(nproc) cores
$loans loans ($covered covered by the pool), repayments spread over them in turn; every event committed before its answer
$(printf '%s\n' "${lines[@]}")
no-op: GET /api/v1/ping; events: POST /api/v1/pool/loans/{id}/events, each with its own Idempotency-Key
target: events >= 2000 req/s with p99 <= 50 ms (on PostgreSQL)
SUMMARY
