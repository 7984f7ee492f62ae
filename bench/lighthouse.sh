#!/usr/bin/env bash
# Lighthouse (issue 31): performance and accessibility scores of the pages applicants and the public open first,
# with Lighthouse's default mobile emulation (a mid-range phone on a slow 4G line, its CPU slowed fourfold), against
# a running demo. Prints one line per page with both scores, largest contentful paint and bytes transferred.
#
# Usage: start the demo (./run-demo.sh), then
#   bench/lighthouse.sh [BASE_URL]        default http://localhost:8080/
# Knobs: PAGES (the page names below, space-separated; all by default), RUNS (1: runs per page; with more, the
# median performance score is printed), CHROME_PATH (/usr/bin/chromium), OUT (target/lighthouse: the JSON reports).
#
# Lighthouse comes from npm into bench/.lighthouse/ the first time (git-ignored; needs Node 18+ and npm). The
# applicant's pages need a session: the script signs in as demo.applicant with curl, as a browser would (the login
# form with its view state), and passes the session cookie to Lighthouse as an extra header; the application page
# is the first application on demo.applicant's list (the script starts a draft if the list is empty).
set -euo pipefail
cd "$(dirname "$0")/.."

url=${1:-http://localhost:8080/}
url=${url%/}
runs=${RUNS:-1}
out=${OUT:-target/lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
tool=bench/.lighthouse
lighthouse_version=12.8.2

if [ ! -x "$tool/node_modules/.bin/lighthouse" ]; then
    echo "Installing Lighthouse $lighthouse_version from npm into $tool ..." >&2
    mkdir -p "$tool"
    npm install --prefix "$tool" --no-audit --no-fund --silent "lighthouse@$lighthouse_version" >&2
fi
if ! curl -fs -o /dev/null "$url/login.xhtml"; then
    echo "Nothing answers at $url/login.xhtml: start the demo first (./run-demo.sh)" >&2
    exit 1
fi
mkdir -p "$out"

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
# the view state of the form a page shows (the first, as every form of a page shares it)
view_state() {
    sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' <<< "$1" | head -1
}
# signs in as demo.applicant through the login form, as a browser does; the session cookie lands in the jar
password=$(sed -n 's/.*"password": *"\([^"]*\)".*/\1/p' ejb/src/main/resources/cn/kaifeng/tfs/demo/demo-data.json)
page=$(curl -fs -c "$jar" -b "$jar" "$url/login.xhtml")
curl -fs -o /dev/null -c "$jar" -b "$jar" "$url/login.xhtml" \
    --data-urlencode "login=login" \
    --data-urlencode "login:username=demo.applicant" \
    --data-urlencode "login:password=$password" \
    --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$(view_state "$page")"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)
cookie="{\"Cookie\": \"JSESSIONID=$session\"}"
# the application page shows demo.applicant's first application; on a fresh demo, which has none, the script
# starts a draft of the first open program, as the applicant's "apply" button does (once: later runs find it)
first_application() {
    curl -fs -b "$jar" "$url/applicant/applications.xhtml" | grep -o 'application.xhtml?id=[0-9]*' | head -1 || true
}
application=$(first_application)
if [ -z "$application" ]; then
    page=$(curl -fs -b "$jar" "$url/applicant/programs.xhtml")
    curl -fs -o /dev/null -b "$jar" "$url/applicant/programs.xhtml" \
        --data-urlencode "programs=programs" \
        --data-urlencode "programs:list:0:apply=" \
        --data-urlencode "jakarta.faces.ViewState=$(view_state "$page")"
    application=$(first_application)
fi
if [ -z "$session" ] || [ -z "$application" ]; then
    echo "Could not sign in as demo.applicant or find or start an application" >&2
    exit 1
fi

declare -A paths=(
    [login]=/login.xhtml
    [register]=/register.xhtml
    [calculator]=/public/calculator.xhtml
    [notice]=/public/notice.xhtml
    [verify]=/public/verify.xhtml
    [home]=/applicant/home.xhtml
    [application]="/applicant/$application"
)
pages=${PAGES:-login register calculator notice verify home application}

printf '%-12s %11s %13s %8s %11s  %s\n' page performance accessibility LCP transferred url
for name in $pages; do
    path=${paths[$name]:?unknown page $name}
    headers=()
    if [[ $path == /applicant/* ]]; then
        headers=(--extra-headers="$cookie")
    fi
    reports=()
    for run in $(seq 1 "$runs"); do
        report="$out/$name-$run.json"
        "$tool/node_modules/.bin/lighthouse" "$url$path" "${headers[@]}" \
            --only-categories=performance,accessibility \
            --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking" \
            --output=json --output-path="$report" --quiet
        reports+=("$report")
    done
    # the run with the median performance score stands for the page
    NAME="$name" node -e '
        const fs = require("fs");
        const rs = process.argv.slice(1).map(f => JSON.parse(fs.readFileSync(f, "utf8")));
        for (const r of rs) {
            if (r.runtimeError) { console.error(r.finalDisplayedUrl + ": " + r.runtimeError.message); process.exit(1); }
            if (!r.finalDisplayedUrl.includes(new URL(r.requestedUrl).pathname)) {
                console.error(r.requestedUrl + " ended at " + r.finalDisplayedUrl + " (signed out?)"); process.exit(1);
            }
        }
        rs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
        const r = rs[Math.floor(rs.length / 2)];
        const pct = c => Math.round(r.categories[c].score * 100);
        const lcp = (r.audits["largest-contentful-paint"].numericValue / 1000).toFixed(1) + " s";
        const kb = Math.round(r.audits["total-byte-weight"].numericValue / 1024) + " KB";
        console.log([process.env.NAME.padEnd(12), String(pct("performance")).padStart(11),
            String(pct("accessibility")).padStart(13), lcp.padStart(8), kb.padStart(11)].join(" ") + "  " + r.requestedUrl);
    ' "${reports[@]}"
done
