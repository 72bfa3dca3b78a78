#!/usr/bin/env bash
# Starts SERVER on a free port against a fresh database (so it imports the bundled corpus),
# checks the main endpoints with curl, then stops it with SIGTERM and checks it exited cleanly.
set -euo pipefail
server=${1:-.build/debug/server}
work=$(mktemp -d)
log="$work/server.log"
"$server" --db "$work/archive.sqlite" --port 0 >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

port=""
for _ in $(seq 1 300); do
    port=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$log" | head -1 | sed 's/.*://') || true
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "smoke: server exited early"; cat "$log"; exit 1; }
    sleep 0.1
done
[ -n "$port" ] || { echo "smoke: server did not start"; cat "$log"; exit 1; }
base="http://127.0.0.1:$port"

fail() { echo "smoke: FAIL: $*"; cat "$log"; exit 1; }
check() {  # check PATH EXPECTED_STATUS GREP_PATTERN
    local body status
    body=$(curl -sS -o "$work/body" -w '%{http_code}' "$base$1") || fail "curl $1"
    status=$body
    [ "$status" = "$2" ] || fail "$1 answered $status, expected $2: $(cat "$work/body")"
    grep -qE "$3" "$work/body" || fail "$1 body does not match /$3/: $(head -c 300 "$work/body")"
    echo "smoke: ok $2 $1"
}
check /v1/health 200 '"status":"ok"'
check /v1/documents 200 '"source":"000_b2dfd26e419e53ee.txt"'
check /v1/documents 200 '"total":5'
check /v1/documents/1 200 '"paragraphs":\['
check /v1/documents/9999 404 '"status":404'
check /v1/documents/abc 400 '"parameter":"id"'
check /nowhere 404 'application/problem\+json|"status":404'
headers=$(curl -sS -D - -o /dev/null -X POST "$base/v1/documents")
echo "$headers" | grep -q '^HTTP/1.1 405' || fail "POST did not get 405: $headers"
echo "$headers" | grep -qi '^Allow: GET, HEAD, OPTIONS' || fail "405 without Allow: $headers"
echo "smoke: ok 405 POST /v1/documents"
status=$(head -c 20000 /dev/zero | curl -s -o /dev/null -w '%{http_code}' -X POST --data-binary @- "$base/v1/documents" || true)
[ "$status" = "413" ] || fail "a 20 KB body got $status, expected 413"
echo "smoke: ok 413 for a 20 KB body"

kill -TERM "$pid"
for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "server did not stop within 10 s of SIGTERM"
wait "$pid" || fail "server exited with status $? after SIGTERM"
grep -q "stopped" "$log" || fail "server did not report a clean stop"
echo "smoke: ok graceful stop"
