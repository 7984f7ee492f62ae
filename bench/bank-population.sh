#!/usr/bin/env bash
# Seeds the bank benchmark's population (issue 31) into a running demo's PostgreSQL database, once: 10,000 enterprises
# that have authorised the load-test bank, with applications, letters, eligible-list entries and loans in the shares
# docs/performance.md gives. A BENCHMARK FIXTURE: never run it against a database with real data. The credit codes go
# to bench/target/bank-codes.txt for bench/bank-load-real.sh.
#
# Usage: TFS_DB_URL=jdbc:postgresql://127.0.0.1:5432/tfs bench/bank-population.sh [ENTERPRISES]
# (TFS_DB_USER, TFS_DB_PASSWORD as for the server). Builds the bench module unless SKIP_BUILD=true.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TFS_DB_URL:?set TFS_DB_URL to the demo database on PostgreSQL}"
case "$TFS_DB_URL" in
    jdbc:postgresql:*) ;;
    *) echo "The population is written with PostgreSQL's SQL; TFS_DB_URL must be jdbc:postgresql:..." >&2; exit 1 ;;
esac
if [ "${SKIP_BUILD:-false}" != true ]; then
    ./mvnw -B -q -DskipTests -DskipUnitTests -Pbench package -pl bench -am
fi
java -cp bench/target/benchmarks.jar cn.kaifeng.tfs.bench.bank.BankPopulation "$TFS_DB_URL" bench/target/bank-codes.txt \
    "${1:-10000}" 2> >(grep -v 'cmap\|fontbox' >&2)
echo "credit codes: bench/target/bank-codes.txt"
