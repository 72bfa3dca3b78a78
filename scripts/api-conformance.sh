#!/usr/bin/env bash
# Checks the API against its own OpenAPI description: builds the server, starts it on a fresh
# database (the bundled corpus) on a free loopback port, validates /openapi.json with
# openapi-spec-validator, and runs schemathesis (every check, bounded examples and time).
# Exits non-zero on any failure. Needs python3; installs the two tools with pip when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_EXAMPLES=${MAX_EXAMPLES:-30}
MAX_TIME=${MAX_TIME:-150}

for tool in openapi-spec-validator schemathesis; do
    command -v "$tool" >/dev/null 2>&1 || python3 -m pip install -q "$tool"
done

swift build --product server 2>&1 | tail -1
work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
.build/debug/server --db "$work/archive.sqlite" --host 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!
cleanup() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    curl -fsS "$base/v1/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { echo "api-conformance: the server exited"; cat "$work/server.log"; exit 1; }
    sleep 0.1
done
curl -fsS "$base/v1/health" >/dev/null || { echo "api-conformance: the server did not come up"; cat "$work/server.log"; exit 1; }

echo "api-conformance: openapi-spec-validator"
curl -fsS "$base/openapi.json" -o "$work/openapi.json"
openapi-spec-validator "$work/openapi.json"

echo "api-conformance: schemathesis (max ${MAX_EXAMPLES} examples, ${MAX_TIME} s)"
# Run from the scratch directory: schemathesis keeps a .schemathesis/ cache in its working directory.
config="$PWD/scripts/schemathesis.toml"
(cd "$work" && timeout $((MAX_TIME + 90)) schemathesis --config-file "$config" run "$base/openapi.json" \
    --max-examples "$MAX_EXAMPLES" --max-time "$MAX_TIME" --workers 2 \
    --request-timeout 10 --seed 20261123 --no-color)

# The server must have survived everything schemathesis sent.
kill -0 "$server_pid" 2>/dev/null || { echo "api-conformance: the server died"; cat "$work/server.log"; exit 1; }
if grep -q "error:" "$work/server.log"; then
    echo "api-conformance: the server logged unexpected errors:"; grep "error:" "$work/server.log"; exit 1
fi
echo "api-conformance: passed"
