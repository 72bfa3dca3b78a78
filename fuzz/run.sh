#!/usr/bin/env bash
# Fuzzes the HTTP/1.1 request parser with libFuzzer (plus AddressSanitizer) for a bounded time.
#
#   fuzz/run.sh              # 60 s
#   FUZZ_SECONDS=600 fuzz/run.sh
#
# Compiles Sources/HTTP1/*.swift with fuzz/ParserFuzzer.swift into one binary, runs it on a copy of
# fuzz/corpus (new inputs land in fuzz/.build/corpus, which is not committed), and prints libFuzzer's
# final figures. Crashing inputs are written to fuzz/.build/ as crash-*.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
SECONDS_TO_RUN=${FUZZ_SECONDS:-60}
BUILD="$HERE/.build"
mkdir -p "$BUILD/corpus"
cp -n "$HERE"/corpus/* "$BUILD/corpus/" 2>/dev/null || true

# ld.gold warns about every ASan check symbol; keep the compiler's output unless it fails.
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name HTTP1Fuzz \
    "$ROOT"/Sources/HTTP1/*.swift "$HERE/ParserFuzzer.swift" -o "$BUILD/parser-fuzzer" > "$BUILD/compile.log" 2>&1 \
    || { grep -v "Cannot export local symbol" "$BUILD/compile.log" >&2; exit 1; }

cd "$BUILD"
set +e +o pipefail
timeout $((SECONDS_TO_RUN + 60)) ./parser-fuzzer -max_total_time="$SECONDS_TO_RUN" -max_len=4096 \
    -print_final_stats=1 -artifact_prefix="$BUILD/" corpus 2>&1 | tee "$BUILD/last-run.log" \
    | grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|^Done|^stat::|ERROR|SUMMARY|panic|Fatal"
status=${PIPESTATUS[0]}
set -e
echo "corpus: $(ls corpus | wc -l) inputs; exit status $status"
exit "$status"
