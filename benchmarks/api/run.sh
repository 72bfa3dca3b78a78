#!/usr/bin/env bash
# API benchmark: our server against Datasette doing the same user-level work, on the bundled corpus
# and on a synthetic corpus (N documents recombined from the bundled paragraphs), side by side.
# For each pair it runs wrk (64 keep-alive connections, 2 threads, DURATION seconds, 127.0.0.1 only)
# and reports requests/s, p50/p99 latency and server CPU µs per request (utime+stime from
# /proc/PID/stat before and after, divided by the requests wrk completed).
# Our server runs twice: as configured by default (with its response cache) and with the cache off
# (ARCHIVE_RESPONSE_CACHE_MB=0), so every request runs its SQL. The search-mix row cycles through
# MIX_QUERIES distinct queries (rare to very broad) instead of repeating one.
# A server that completes no request during a run is reported as "timeout" with the number of
# requests left unanswered (and how long one request takes alone), not as 0 r/s.
#   bash benchmarks/api/run.sh                 # N=10000, DURATION=8
#   N=2000 DURATION=5 bash benchmarks/api/run.sh
#   SYNTHETIC_DB=/path/synthetic.sqlite bash benchmarks/api/run.sh   # reuse an imported synthetic corpus
#   ONLY=synthetic ENDPOINTS="search search-mix" bash benchmarks/api/run.sh   # a subset
# Needs wrk (apt-get install -y wrk), datasette (pip install datasette) and sqlite3; installs them when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-10000}
DURATION=${DURATION:-8}
CONNECTIONS=${CONNECTIONS:-64}
ONLY=${ONLY:-bundled synthetic}
ENDPOINTS=${ENDPOINTS:-document search entity timeline search-nofacets search-mix}
MIX_QUERIES=${MIX_QUERIES:-lavrov asean sanctions %22foreign%20minister%22 vietnam energy singapore nuclear moscow trade indonesia summit cooperation myanmar defence grain tourism investment %22east%20asia%20summit%22 sanction*}

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v sqlite3 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }
command -v datasette >/dev/null || python3 -m pip install -q datasette

swift build -c release --product server 2>&1 | tail -1
swift build -c release --product importer 2>&1 | tail -1
bin=$(swift build -c release --show-bin-path)

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
wait_for() {  # URL PID
    for _ in $(seq 1 300); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        kill -0 "$2" 2>/dev/null || { echo "bench: server $2 exited"; return 1; }
        sleep 0.1
    done
    echo "bench: $1 never answered"; return 1
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# --- databases -----------------------------------------------------------------------------------
echo "bench: bundled corpus"
"$bin/importer" --db "$work/bundled.sqlite" --quiet Corpus
if [ -n "${SYNTHETIC_DB:-}" ]; then
    echo "bench: synthetic corpus from $SYNTHETIC_DB"
    sqlite3 "$SYNTHETIC_DB" ".backup '$work/synthetic.sqlite'"
    # Migrates the copy to this binary's schema (no files to import: an empty directory).
    mkdir -p "$work/empty" && "$bin/importer" --db "$work/synthetic.sqlite" --quiet "$work/empty"
    N=$(sqlite3 "$work/synthetic.sqlite" "SELECT count(*) FROM documents")
else
    echo "bench: synthetic corpus of $N documents"
    generator=scripts/generate-corpus.py
    python3 "$generator" "$N" "$work/synthetic" >/dev/null
    start=$(date +%s)
    "$bin/importer" --db "$work/synthetic.sqlite" --quiet "$work/synthetic"
    echo "bench: imported $N documents in $(( $(date +%s) - start )) s with $generator"
fi

# Datasette serves a copy of the same database (journal_mode=DELETE, so -i immutable works).
for corpus in bundled synthetic; do
    sqlite3 "$work/$corpus.sqlite" ".backup '$work/ds-$corpus.db'"
    sqlite3 "$work/ds-$corpus.db" "PRAGMA journal_mode=DELETE;" >/dev/null
done

# --- one corpus: start both servers, pick ids, run each pair ---------------------------------------
results="$work/results.tsv"
printf 'corpus\tendpoint\tserver\treq/s\tp50\tp99\tcpu_us\ttimeouts\n' >"$results"

measure() {  # CORPUS ENDPOINT SERVER PID URL [PATH…]: with paths, wrk cycles through URL's origin + each path
    local corpus=$1 endpoint=$2 server=$3 pid=$4 url=$5
    shift 5
    local -a script=()
    if [ $# -gt 0 ]; then
        { printf 'local paths = {'; printf '"%s", ' "$@"; printf '}\nlocal i = 0\n'
          printf 'request = function() i = i %% #paths + 1; return wrk.format("GET", paths[i]) end\n'; } >"$work/paths.lua"
        script=(-s "$work/paths.lua")
        local path; for path in "$@"; do curl -fsS -o /dev/null "$url$path" || { echo "bench: $url$path failed"; return 1; }; done
    fi
    # One request alone first: its time is what a server that answers nothing under load would take.
    local single
    single=$(curl -fsS -o /dev/null -w '%{time_total}' "$url${1:-}") || { echo "bench: $url failed"; curl -sS "$url" | head -c 300; echo; return 1; }
    wrk -t2 -c"$CONNECTIONS" -d2s --timeout 10s "${script[@]}" "$url" >/dev/null 2>&1   # warm-up: caches, statement caches, page cache
    curl -fsS -o /dev/null "$url${1:-}"   # and wait until a slow server has drained its backlog
    local before after
    before=$(cpu_ticks "$pid")
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "${script[@]}" "$url" >"$work/wrk.txt" 2>&1
    after=$(cpu_ticks "$pid")
    local ticks_per_second
    ticks_per_second=$(getconf CLK_TCK)
    awk -v corpus="$corpus" -v endpoint="$endpoint" -v server="$server" -v ticks=$((after - before)) -v hz="$ticks_per_second" \
        -v connections="$CONNECTIONS" -v duration="$DURATION" -v single="$single" '
        function us(v) { if (v ~ /us$/) return v + 0; if (v ~ /ms$/) return v * 1000; if (v ~ /s$/) return v * 1000000; return v }
        /^ +50%/ { p50 = us($2) } /^ +99%/ { p99 = us($2) }
        /requests in/ { requests = $1 } /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { bad = $5 }
        /Socket errors:/ { errors = $0; for (i = 1; i < NF; i++) if ($i == "timeout") timeouts = $(i + 1) + 0 }
        END {
            cpu = requests > 0 ? ticks * 1000000 / hz / requests : 0
            # wrk counts a timeout only for a response that arrives late: a server that completes nothing
            # in the whole run leaves the request on every connection unanswered and wrk reports 0 of everything.
            if (requests == 0) {
                timeouts = timeouts > connections ? timeouts : connections
                printf "bench: %s %s %s: timeout: no response within %d s at %d connections (%d requests unanswered); one request alone took %.2f s\n", corpus, endpoint, server, duration, connections, timeouts, single > "/dev/stderr"
            } else if (timeouts > 0) {
                printf "bench: %s %s %s: %d requests timed out (over 10 s)\n", corpus, endpoint, server, timeouts > "/dev/stderr"
            }
            printf "%s\t%s\t%s\t%.0f\t%.0f\t%.0f\t%.1f\t%d\n", corpus, endpoint, server, rps, p50, p99, cpu, timeouts
            if (bad > 0) printf "bench: %s %s %s answered %d non-2xx responses\n", corpus, endpoint, server, bad > "/dev/stderr"
            if (errors != "") printf "bench: %s %s %s: %s\n", corpus, endpoint, server, errors > "/dev/stderr"
        }' "$work/wrk.txt" >>"$results"
}

run_corpus() {  # CORPUS
    local corpus=$1 db="$work/$1.sqlite" ds="$work/ds-$1.db"
    local port ds_port
    port=$(free_port)
    "$bin/server" --db "$db" --port "$port" >"$work/server-$corpus.log" 2>&1 &
    local server_pid=$!; pids+=("$server_pid")
    local bare_port
    bare_port=$(free_port)
    ARCHIVE_RESPONSE_CACHE_MB=0 "$bin/server" --db "$db" --port "$bare_port" >"$work/server-nocache-$corpus.log" 2>&1 &
    local bare_pid=$!; pids+=("$bare_pid")
    ds_port=$(free_port)
    datasette serve -i "$ds" --host 127.0.0.1 --port "$ds_port" --setting default_page_size 50 \
        --setting sql_time_limit_ms 5000 >"$work/datasette-$corpus.log" 2>&1 &
    local ds_pid=$!; pids+=("$ds_pid")
    wait_for "http://127.0.0.1:$port/v1/health" "$server_pid"
    wait_for "http://127.0.0.1:$bare_port/v1/health" "$bare_pid"
    wait_for "http://127.0.0.1:$ds_port/-/versions.json" "$ds_pid"

    local document entity query=${QUERY:-lavrov}
    document=$(sqlite3 "$db" "SELECT id FROM documents ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM documents)")
    entity=$(sqlite3 "$db" "SELECT id FROM entities ORDER BY mentions DESC, id LIMIT 1")
    [ -n "$entity" ] || { echo "bench: $corpus has no entities"; return 1; }
    local ours="http://127.0.0.1:$port" bare="http://127.0.0.1:$bare_port" theirs="http://127.0.0.1:$ds_port/ds-$corpus"
    # Same user-level work: a document with its paragraphs; a ranked full-text search page; an
    # entity; the first timeline page of 50 events in date order.
    local ds_search="/paragraphs.json?_fts_table=paragraphs_fts&_fts_pk=id&_sort_by_rank=1&_search="
    local -a pairs=(
        "document|/v1/documents/$document|/documents/$document.json?_shape=object"
        "search|/v1/search?q=$query|$ds_search$query"
        "entity|/v1/entities/$entity|/entities/$entity.json"
        "timeline|/v1/events?limit=50|/events.json?_sort=date&_size=50"
        "search-nofacets|/v1/search?q=$query&facets=false|"
    )
    local pair name path theirs_path q
    for pair in "${pairs[@]}"; do
        IFS='|' read -r name path theirs_path <<<"$pair"
        [[ " $ENDPOINTS " == *" $name "* ]] || continue
        measure "$corpus" "$name" ours "$server_pid" "$ours$path"
        measure "$corpus" "$name" nocache "$bare_pid" "$bare$path"
        [ -z "$theirs_path" ] || measure "$corpus" "$name" datasette "$ds_pid" "$theirs$theirs_path"
    done
    if [[ " $ENDPOINTS " == *" search-mix "* ]]; then
        local -a mine=() theirs_mix=()
        for q in $MIX_QUERIES; do mine+=("/v1/search?q=$q"); theirs_mix+=("/ds-$corpus$ds_search$q"); done
        measure "$corpus" search-mix ours "$server_pid" "$ours" "${mine[@]}"
        measure "$corpus" search-mix nocache "$bare_pid" "$bare" "${mine[@]}"
        measure "$corpus" search-mix datasette "$ds_pid" "http://127.0.0.1:$ds_port" "${theirs_mix[@]}"
    fi
    kill "$server_pid" "$bare_pid" "$ds_pid"; wait "$server_pid" "$bare_pid" "$ds_pid" 2>/dev/null || true
}

for corpus in $ONLY; do run_corpus "$corpus"; done

echo
echo "machine: $(nproc) cores, shared; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t2 -c$CONNECTIONS -d${DURATION}s; synthetic N=$N"
echo "ours = default server (response cache on); nocache = ARCHIVE_RESPONSE_CACHE_MB=0; ds = datasette -i; latency in µs"
echo "search-mix = $(wc -w <<<"$MIX_QUERIES") distinct queries in turn; timeout N = no request completed during the run, N requests unanswered (see the bench: lines above)"
awk -F'\t' '
    NR == 1 { next }
    { key = $1 SUBSEP $2; row[key SUBSEP $3] = $0; if ($3 == "ours") order[++n] = key }
    function cell(line,   f) {
        if (line == "") return sprintf("%9s %7s %8s %6s", "-", "-", "-", "-")
        split(line, f, "\t")
        if (f[4] + 0 == 0 && f[8] + 0 > 0) return sprintf("%9s %7s %8s %6s", "timeout", f[8], "-", "-")
        return sprintf("%9d %7d %8d %6.1f", f[4], f[5], f[6], f[7])
    }
    function rps(line,   f) { if (line == "") return 0; split(line, f, "\t"); return f[4] }
    END {
        printf "%-9s %-15s | %9s %7s %8s %6s | %9s %7s %8s %6s | %9s %7s %8s %6s | %7s %7s\n", "corpus", "endpoint", "ours r/s", "p50", "p99", "cpu", "nocache", "p50", "p99", "cpu", "ds r/s", "p50", "p99", "cpu", "ours/ds", "nc/ds"
        for (i = 1; i <= n; i++) {
            k = order[i]; split(k, parts, SUBSEP)
            ds = rps(row[k SUBSEP "datasette"])
            # When Datasette timed out there is no ratio; its cell says "timeout".
            none = "-"
            printf "%-9s %-15s | %s | %s | %s | %7s %7s\n", parts[1], parts[2], cell(row[k SUBSEP "ours"]), cell(row[k SUBSEP "nocache"]), cell(row[k SUBSEP "datasette"]),
                (ds > 0 ? sprintf("%.0fx", rps(row[k SUBSEP "ours"]) / ds) : none), (ds > 0 ? sprintf("%.0fx", rps(row[k SUBSEP "nocache"]) / ds) : none)
        }
    }' "$results"
cp "$results" "${RESULTS_TSV:-/dev/null}" 2>/dev/null || true
