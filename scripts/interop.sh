#!/usr/bin/env bash
# Runs the stock Salesforce clients' usual sessions against fresh local orgs (`hilal-sf emulator`),
# over http:// and over --tls, and prints one PASS/FAIL line per step and `N/M steps passed` last.
#
#   scripts/interop.sh                       # uses build/dev/app/cli/hilal-sf
#   HILAL_SF=/usr/bin/hilal-sf scripts/interop.sh
#
# Clients (installed on first use into a cache folder outside the repository,
# HILAL_INTEROP_CACHE, default ~/.cache/hilal-interop; a few hundred MB):
#   - the Salesforce CLI (`sf`, npm @salesforce/cli) on Node 22 (npm's `node` package), and jsforce;
#   - simple-salesforce: its registry is out of reach here, so give its source tree (the folder
#     that holds `simple_salesforce/`, e.g. a checkout of the v1.12.x tag of
#     github.com/simple-salesforce/simple-salesforce) in SIMPLE_SALESFORCE_SRC. It runs on the
#     system Python (/usr/bin/python3) with Debian's python3-requests, python3-zeep,
#     python3-more-itertools, python3-typing-extensions and python3-jwt. Without
#     SIMPLE_SALESFORCE_SRC its steps are skipped (and counted as failed).
# Not part of .ci/run: it downloads the clients and takes a few minutes.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HILAL_SF=${HILAL_SF:-$ROOT/build/dev/app/cli/hilal-sf}
CACHE=${HILAL_INTEROP_CACHE:-$HOME/.cache/hilal-interop}
PYTHON=${INTEROP_PYTHON:-/usr/bin/python3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/hilal-interop.XXXXXX")
USERNAME=admin@hilal-demo.example
PASSWORD='HilalDemo1!'
VERSION=60.0
passed=0
total=0
ORG_PID=

cleanup() {
    [ -n "$ORG_PID" ] && kill "$ORG_PID" 2>/dev/null && wait "$ORG_PID" 2>/dev/null
    cp "$WORK/log" "$CACHE/interop-last.log" 2>/dev/null # the clients' output, for a failed step
    rm -rf "$WORK"
}
trap cleanup EXIT

step() { # step NAME COMMAND... : runs the command, output to the log, one line of verdict
    local name=$1
    shift
    total=$((total + 1))
    if "$@" >>"$WORK/log" 2>&1; then
        passed=$((passed + 1))
        echo "PASS  $name"
    else
        echo "FAIL  $name"
    fi
    echo "---- $name" >>"$WORK/log"
}

[ -x "$HILAL_SF" ] || { echo "hilal-sf not found at $HILAL_SF (build it, or set HILAL_SF)" >&2; exit 2; }

# --- clients ----------------------------------------------------------------------------------
if [ ! -x "$CACHE/npm/node_modules/.bin/node" ] || [ ! -f "$CACHE/npm/node_modules/@salesforce/cli/bin/run.js" ] \
    || [ ! -d "$CACHE/npm/node_modules/jsforce" ]; then
    echo "installing node@22, @salesforce/cli and jsforce into $CACHE/npm (once) ..."
    mkdir -p "$CACHE/npm"
    [ -f "$CACHE/npm/package.json" ] || echo '{"name":"hilal-interop","private":true}' >"$CACHE/npm/package.json"
    (cd "$CACHE/npm" && npm install --no-audit --no-fund node@22 @salesforce/cli jsforce) >"$CACHE/npm-install.log" 2>&1 \
        || { echo "npm install failed; see $CACHE/npm-install.log" >&2; exit 2; }
fi
NODE="$CACHE/npm/node_modules/.bin/node"
SF_HOME="$WORK/sf-home" # the CLI keeps its auth files here, never in the user's home
mkdir -p "$SF_HOME"
mkdir -p "$WORK/bin"
cat >"$WORK/bin/sf" <<EOF
#!/bin/sh
HOME="$SF_HOME" SF_DISABLE_TELEMETRY=true SF_AUTOUPDATE_DISABLE=true SF_SKIP_NEW_VERSION_CHECK=true \\
    SF_USE_GENERIC_UNIX_KEYCHAIN=true exec "$NODE" "$CACHE/npm/node_modules/@salesforce/cli/bin/run.js" "\$@"
EOF
chmod +x "$WORK/bin/sf"
export PATH="$WORK/bin:$PATH"

# A "browser" for `sf org login web`. Like a real browser command it takes the URL and returns
# at once: the CLI waits for the browser command to exit before it answers on its callback
# (localhost:1717/OauthRedirect), so a stand-in that followed the login in the foreground would
# wait on the CLI while the CLI waits on it. In the background it logs in as a person would:
# GET the authorize URL; when the org shows its login page, POST the username and password, then
# allow on the consent page (an org run with --auto-approve redirects at once instead); then GET
# the redirect to the CLI's callback and follow it to the CLI's success page.
cat >"$WORK/bin/xdg-open" <<'EOF'
#!/bin/sh
(
    ca=
    [ -n "${INTEROP_CA:-}" ] && ca="--cacert $INTEROP_CA"
    origin=$(printf '%s' "$1" | sed 's#^\(https*://[^/]*\).*#\1#')
    page=$(mktemp)
    next=$(curl -s $ca -o "$page" -w '%{redirect_url}' "$1")
    if [ -z "$next" ]; then # the login page, then the consent page
        txn=$(sed -n 's/.*name="txn" value="\([^"]*\)".*/\1/p' "$page" | head -1)
        curl -s $ca -o "$page" "$origin/services/oauth2/authorize" --data-urlencode "txn=$txn" \
            --data-urlencode "username=$INTEROP_USER" --data-urlencode "password=$INTEROP_PASSWORD"
        txn=$(sed -n 's/.*name="txn" value="\([^"]*\)".*/\1/p' "$page" | head -1)
        next=$(curl -s $ca -o /dev/null -w '%{redirect_url}' "$origin/services/oauth2/authorize" \
            --data-urlencode "txn=$txn" --data-urlencode decision=allow)
    fi
    echo "browser: redirected to ${next%%\?*}"
    [ -n "$next" ] && curl -s -L -o /dev/null -w 'browser: the callback answered %{http_code}\n' "$next"
    rm -f "$page"
) </dev/null >>"${INTEROP_BROWSER_LOG:-/dev/null}" 2>&1 &
exit 0
EOF
chmod +x "$WORK/bin/xdg-open"
cp "$WORK/bin/xdg-open" "$WORK/bin/browser"
export INTEROP_USER="$USERNAME" INTEROP_PASSWORD="$PASSWORD" INTEROP_BROWSER_LOG="$WORK/log"

# --- one org ------------------------------------------------------------------------------------
start_org() { # start_org MODE → URL, CA
    local mode=$1
    local args=(emulator --port 0 --records 2400 --auto-approve)
    [ "$mode" = tls ] && args+=(--tls --tls-dir "$WORK/tls")
    "$HILAL_SF" "${args[@]}" >"$WORK/org-$mode.out" 2>"$WORK/org-$mode.err" &
    ORG_PID=$!
    for _ in $(seq 1 600); do
        grep -q '^listening on ' "$WORK/org-$mode.out" 2>/dev/null && break
        sleep 0.1
    done
    URL=$(sed -n 's/^listening on //p' "$WORK/org-$mode.out")
    CA=$(sed -n 's/^ca: //p' "$WORK/org-$mode.out")
    [ -n "$URL" ]
}

stop_org() {
    kill "$ORG_PID" 2>/dev/null
    wait "$ORG_PID" 2>/dev/null
    ORG_PID=
}

access_token() { # the authorization-code flow with PKCE, as any client does it
    local verifier challenge location code
    verifier=interopverifier0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ
    challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=')
    location=$(curl -s $CURL_CA -o /dev/null -w '%{redirect_url}' \
        "$URL/services/oauth2/authorize?response_type=code&client_id=PlatformCLI&redirect_uri=http%3A%2F%2Flocalhost%3A1717%2FOauthRedirect&scope=api%20refresh_token%20web&code_challenge=$challenge")
    code=$(printf '%s' "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
    curl -s $CURL_CA "$URL/services/oauth2/token" --data-urlencode grant_type=authorization_code \
        --data-urlencode "code=$(printf '%b' "${code//%/\\x}")" --data-urlencode client_id=PlatformCLI \
        --data-urlencode redirect_uri=http://localhost:1717/OauthRedirect --data-urlencode "code_verifier=$verifier" |
        "$NODE" -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).access_token||""))'
}

# --- the sessions -------------------------------------------------------------------------------
sf_session() {
    local mode=$1 alias=local-$1 dir=$WORK/sf-$1 token
    mkdir -p "$dir"
    token=$(access_token)
    step "$mode sf org login access-token (instance URL with a trailing slash)" \
        env SF_ACCESS_TOKEN="$token" bash -c "sf org login access-token --instance-url '$URL/' --alias $alias --no-prompt"
    step "$mode sf org login web" env BROWSER="$WORK/bin/browser" timeout 120 sf org login web --instance-url "$URL" --alias web-$alias
    step "$mode sf org display" bash -c "sf org display --target-org $alias --json | grep -q '\"connectedStatus\": \"Connected\"'"
    step "$mode sf org list limits" bash -c "sf org list limits --target-org $alias | grep -q DailyApiRequests"
    step "$mode sf sobject list" bash -c "sf sobject list --target-org $alias | grep -qx Account"
    step "$mode sf sobject describe" bash -c "sf sobject describe --sobject Account --target-org $alias | grep -q '\"name\": \"Name\"'"
    step "$mode sf data query (human, parent path)" bash -c "sf data query --query 'SELECT Id, LastName, Account.Name FROM Contact LIMIT 5' --target-org $alias | grep -q 'Total number of records retrieved: 5'"
    step "$mode sf data query (json, subquery)" bash -c "sf data query --query 'SELECT Name, (SELECT LastName FROM Contacts) FROM Account LIMIT 3' --json --target-org $alias | grep -q '\"Contacts\"'"
    step "$mode sf data query (csv)" bash -c "sf data query --query 'SELECT Id, Account.Name FROM Contact LIMIT 3' --result-format csv --target-org $alias | head -1 | grep -q 'Account.Name'"
    step "$mode sf data query --all-rows" bash -c "sf data query --query 'SELECT Id FROM Lead LIMIT 2' --all-rows --target-org $alias | grep -q 'Total number of records retrieved: 2'"
    step "$mode sf data query past 2,000 rows" bash -c "n=\$(sf data query --query 'SELECT Id FROM Opportunity' --json --target-org $alias | grep -c '\"Id\"'); [ \"\$n\" -gt 2000 ]"
    local id
    id=$(sf data create record --sobject Account --values "Name='Interop $mode'" --json --target-org $alias 2>>"$WORK/log" | sed -n 's/.*"id": "\([^"]*\)".*/\1/p' | head -1)
    step "$mode sf data create record" test -n "$id"
    step "$mode sf data get record" bash -c "sf data get record --sobject Account --record-id '$id' --target-org $alias | grep -q 'Interop $mode'"
    step "$mode sf data update record" bash -c "sf data update record --sobject Account --record-id '$id' --values \"Name='Interop $mode 2'\" --target-org $alias"
    step "$mode sf data delete record" bash -c "sf data delete record --sobject Account --record-id '$id' --target-org $alias"
    step "$mode sf data export tree" bash -c "sf data export tree --query 'SELECT Name, (SELECT LastName FROM Contacts) FROM Account LIMIT 2' --output-dir '$dir/tree' --target-org $alias && ls '$dir/tree'/*.json"
    step "$mode sf data import tree" bash -c "sf data import tree --files \$(ls '$dir/tree'/Account*.json | head -1) --target-org $alias"
    step "$mode sf api request rest" bash -c "sf api request rest '/services/data/v$VERSION/limits' --target-org $alias | grep -q DailyApiRequests"
}

jsforce_session() {
    local mode=$1 token
    token=$(access_token)
    cat >"$WORK/jsforce-$mode.js" <<'EOF'
const jsforce = require(process.env.JSFORCE);
const [step] = process.argv.slice(2);
const conn = new jsforce.Connection({ instanceUrl: process.env.ORG_URL, accessToken: process.env.ORG_TOKEN, version: process.env.ORG_VERSION });
const steps = {
  query: async () => { const r = await conn.query('SELECT Id, Name FROM Account LIMIT 3'); if (r.records.length !== 3) throw new Error('rows'); },
  crud: async () => {
    const c = await conn.sobject('Lead').create({ LastName: 'Interop', Company: 'jsforce Ltd' });
    const got = await conn.sobject('Lead').retrieve(c.id);
    await conn.sobject('Lead').update({ Id: c.id, LastName: 'Interop 2' });
    await conn.sobject('Lead').destroy(c.id);
    if (got.LastName !== 'Interop') throw new Error('retrieve');
  },
  describe: async () => { const d = await conn.sobject('Account').describe(); if (!d.fields.length) throw new Error('fields'); },
  search: async () => { const r = await conn.search('FIND {Interop} RETURNING Lead(Id)'); if (!r.searchRecords) throw new Error('shape'); },
};
steps[step]().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
EOF
    for s in query crud describe search; do
        step "$mode jsforce $s" env JSFORCE="$CACHE/npm/node_modules/jsforce" ORG_URL="$URL" ORG_TOKEN="$token" ORG_VERSION=$VERSION \
            NODE_EXTRA_CA_CERTS="${CA:-}" "$NODE" "$WORK/jsforce-$mode.js" $s
    done
}

simple_salesforce_session() {
    local mode=$1
    if [ -z "${SIMPLE_SALESFORCE_SRC:-}" ]; then
        step "$mode simple-salesforce (SIMPLE_SALESFORCE_SRC not set)" false
        return
    fi
    cat >"$WORK/ssf.py" <<'EOF'
import datetime, os, sys
from simple_salesforce import Salesforce, SalesforceLogin
step = sys.argv[1]
# The default SOAP login; scratch_url points it at the local org instead of *.salesforce.com.
session_id, instance = SalesforceLogin(username=os.environ["ORG_USER"], password=os.environ["ORG_PASSWORD"],
                                       security_token="", scratch_url=os.environ["ORG_URL"])
sf = Salesforce(session_id=session_id, instance=instance)
now = datetime.datetime.now(datetime.timezone.utc)
if step == "login":
    assert sf.restful("limits")["DailyApiRequests"]
elif step == "query":
    assert sf.query("SELECT Id FROM Account LIMIT 3")["totalSize"] == 3
elif step == "query_all":
    assert sf.query_all("SELECT Id FROM Opportunity")["totalSize"] > 2000
elif step == "query_more":
    first = sf.query("SELECT Id FROM Opportunity")
    more = sf.query_more(first["nextRecordsUrl"], identifier_is_url=True)
    assert more["records"]
elif step == "crud":
    created = sf.Lead.create({"LastName": "Interop", "Company": "simple-salesforce Ltd"})
    assert sf.Lead.get(created["id"])["LastName"] == "Interop"
    sf.Lead.update(created["id"], {"LastName": "Interop 2"})
    sf.Lead.delete(created["id"])
elif step == "describe":
    assert sf.Account.describe()["fields"]
elif step == "restful":
    assert "sobjects" in sf.restful("sobjects")
elif step == "search":
    assert "searchRecords" in sf.search("FIND {Interop} RETURNING Lead(Id, LastName)")
elif step == "updated_deleted":
    start, end = now - datetime.timedelta(hours=1), now + datetime.timedelta(minutes=1)
    assert "ids" in sf.Lead.updated(start, end)
    assert "deletedRecords" in sf.Lead.deleted(start, end)
EOF
    for s in login query query_all query_more crud describe restful search updated_deleted; do
        step "$mode simple-salesforce $s" env PYTHONPATH="$SIMPLE_SALESFORCE_SRC" REQUESTS_CA_BUNDLE="${CA:-}" ORG_URL="$URL" \
            ORG_USER="$USERNAME" ORG_PASSWORD="$PASSWORD" "$PYTHON" "$WORK/ssf.py" $s
    done
}

for mode in http tls; do
    if ! start_org $mode; then
        step "$mode local org starts" false
        continue
    fi
    step "$mode local org starts ($URL${CA:+, ca $CA})" true
    CURL_CA=
    [ -n "$CA" ] && CURL_CA="--cacert $CA"
    export INTEROP_CA=$CA NODE_EXTRA_CA_CERTS=${CA:-}
    sf_session $mode
    jsforce_session $mode
    # simple-salesforce builds every URL with https://: it runs against the TLS org only.
    [ "$mode" = tls ] && simple_salesforce_session $mode
    stop_org
done
echo "$passed/$total steps passed"
[ "$passed" -eq "$total" ]
