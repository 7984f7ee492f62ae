#!/usr/bin/env bash
# Builds the application, provisions WildFly, and starts it on embedded H2 with demo data.
# Prints the URL and the demo logins once the server answers. Ctrl-C stops the server.
#
# Data lives in .demo/ (kept between runs, so a restart loses nothing); delete .demo/ for a fresh start.
# Set TFS_DB_DRIVER/TFS_DB_URL/TFS_DB_USER/TFS_DB_PASSWORD to run the demo on PostgreSQL instead (see docs/operations.md).
set -euo pipefail
cd "$(dirname "$0")"

server=ear/target/server
base=.demo/standalone
mkdir -p "$base"

echo "Building and provisioning WildFly (log: .demo/build.log) ..."
if ! ./mvnw -B -DskipTests -DskipUnitTests package > .demo/build.log 2>&1; then
    echo "The build failed; the end of its log:" >&2
    tail -n 40 .demo/build.log >&2
    exit 1
fi
# configuration and deployment come fresh from the build; data and logs stay
rm -rf "$base/configuration" "$base/deployments" "$base/tmp"
cp -r "$server/standalone/configuration" "$base/"
mkdir -p "$base/deployments"
cp ear/target/tfs.ear "$base/deployments/"

# A fixed 1 GiB heap instead of WildFly's default of at most 512 MiB. The server and the application keep about
# 150 MiB alive; in 512 MiB G1 started a marking cycle after nearly every young collection, and each cycle's remark
# paused every request for 14 to 18 ms every few seconds under load (GC log). In 1 GiB no cycle starts once the
# server is up. Set JBOSS_JAVA_SIZING to choose otherwise.
export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:-"-Xms1g -Xmx1g"}

port=${TFS_HTTP_PORT:-8080}
url="http://localhost:${port}/"
export TFS_DEMO=true
# the demo's simulated year (docs/features.md, "The demo's year"): seeded on the first start, one to two minutes;
# TFS_DEMO_YEAR=false starts the small demo the tests use instead
export TFS_DEMO_YEAR=${TFS_DEMO_YEAR:-true}
# letters' QR codes point at this server unless told otherwise
export TFS_PUBLIC_URL=${TFS_PUBLIC_URL:-http://localhost:${port}}

"$server/bin/standalone.sh" -Djboss.server.base.dir="$PWD/$base" -Djboss.http.port="$port" > "$base/console.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null' INT TERM

echo "Starting WildFly (log: $base/console.log) ..."
for _ in $(seq 1 600); do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "The server stopped during start-up; the end of its log:" >&2
        tail -n 40 "$base/console.log" >&2
        exit 1
    fi
    if curl -fs -o /dev/null "${url}login.xhtml"; then
        break
    fi
    sleep 1
done
if ! curl -fs -o /dev/null "${url}login.xhtml"; then
    echo "The application did not answer at ${url} within 10 minutes; see $base/console.log" >&2
    exit 1
fi

# the year is seeded after the deployment (a fresh database: one to three minutes); wait for its last line, what
# demo.admin will find
if [ "$TFS_DEMO_YEAR" = "true" ] && ! grep -q "Demo year: demo.admin:" "$base/console.log"; then
    echo "Seeding the demo's year (log: $base/console.log) ..."
    for _ in $(seq 1 900); do
        if grep -q "Demo year: demo.admin:" "$base/console.log" || ! kill -0 "$pid" 2>/dev/null; then
            break
        fi
        sleep 1
    done
fi

# say which database the data went to: an operator who set TFS_DB_URL must not be told it is H2
if [ "${TFS_DB_DRIVER:-h2}" = "h2" ]; then
    database="embedded H2 in $base/data/tfs"
else
    database="${TFS_DB_DRIVER} at ${TFS_DB_URL:-?}"
fi
# what each demo account will find, as the year's seeder counted it from the data (nothing without the year)
findings=$(sed -n 's/.*Demo year: \(demo\.[a-z0-9]*: .*\)$/    \1/p' "$base/console.log" | tail -n 16)
password=$(sed -n 's/.*"password": *"\([^"]*\)".*/\1/p' ejb/src/main/resources/cn/kaifeng/tfs/demo/demo-data.json)
cat <<INFO

  人才与金融扶持平台 / Talent & Fund Support Suite is running (demo data, ${database})

  URL:  ${url}

  Demo logins (all fictional; password for every demo account: ${password})
    demo.applicant   申请人 APPLICANT (enterprise 开封示例元宇宙科技有限公司（演示）)
    demo.team        申请人 APPLICANT (talent team 示例虚拟现实人才团队（演示）)
    demo.reviewer    审核人员 REVIEWER
    demo.reviewer2   审核人员 REVIEWER (second reviewer, for four-eyes approvals)
    demo.finance     审核人员 REVIEWER (the finance section: with demo.reviewer2, a finance officer of payments)
    demo.expert … demo.expert6  评审专家 EXPERT (demo.expert6 works for the demo enterprise: a conflict)
    demo.bank        银行 BANK
    demo.admin       管理员 ADMIN

${findings:+  What each account will find (the demo's year, counted from the data):
${findings}

}  Bank API (demo client of 示例银行开封分行（演示）; the demo enterprise has authorised this bank):
    curl -u BC-DEMODEMODEMO:demo-bank-secret-not-for-production \
         "${url}api/v1/eligibility/91410200MA45DE001J?purpose=PRE_LOAN"
    OpenAPI document: ${url}openapi

  Decision letters are signed with a throwaway self-signed demo key (made on first use in
  $base/data/letter-signing-demo.p12), not the bureau's: set TFS_LETTER_KEYSTORE and
  TFS_LETTER_KEYSTORE_PASSWORD for real letters. Verify letters at ${url}public/verify.xhtml

  Press Ctrl-C to stop.
INFO
wait "$pid"
