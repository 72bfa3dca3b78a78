#!/usr/bin/env bash
# Benchmarks the HTTP engine side by side with nginx on 127.0.0.1 (see RESULTS.md for figures).
#
#   benchmarks/http/run.sh
#   SERVER_BIN=.build/release/server SERVER_ARGS="--port {port}" benchmarks/http/run.sh
#
# Settings (environment):
#   SERVER_BIN    server to measure; default: builds and uses .build/release/http-bench-target
#   SERVER_ARGS   its arguments; {port} and {workers} are replaced (default "--port {port} --workers {workers}")
#   SMALL_PATH    tiny JSON route (default /v1/health); LARGE_PATH document route (default /v1/documents/1)
#   WORKERS       server worker threads and nginx worker_processes (default: nproc)
#   PORT / NGINX_PORT   127.0.0.1 ports (default 18080 / 18081)
#   DURATION      seconds per wrk run (default 6); ROUNDS alternations per load (default 5)
#   SOAK_SECONDS  soak length (default 60)
#   WRK_THREADS   wrk threads (default 2); IDLE_CONNECTIONS for the idle check (default 10000)
#   STARTUP_SECONDS  how long the server may take to start listening (default 60; the real server
#                 imports the bundled corpus on its first start)
#
# Every load is bounded by `timeout`; only the processes this script starts are stopped, by PID.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/benchmarks/http"
WORKERS=${WORKERS:-$(nproc)}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
DURATION=${DURATION:-6}
ROUNDS=${ROUNDS:-5}
SOAK_SECONDS=${SOAK_SECONDS:-60}
WRK_THREADS=${WRK_THREADS:-2}
IDLE_CONNECTIONS=${IDLE_CONNECTIONS:-10000}
STARTUP_SECONDS=${STARTUP_SECONDS:-60}
SMALL_PATH=${SMALL_PATH:-/v1/health}
LARGE_PATH=${LARGE_PATH:-/v1/documents/1}
SERVER_ARGS=${SERVER_ARGS:-"--port {port} --workers {workers}"}
CLK_TCK=$(getconf CLK_TCK)

command -v wrk >/dev/null && command -v nginx >/dev/null || {
    echo "needs wrk and nginx: apt-get update && apt-get install -y wrk nginx" >&2; exit 1; }
ulimit -n "$(ulimit -Hn)"

if [[ -z "${SERVER_BIN:-}" ]]; then
    (cd "$ROOT" && swift build -c release --product http-bench-target >&2)
    SERVER_BIN="$ROOT/.build/release/http-bench-target"
fi

WORK=$(mktemp -d /tmp/http-bench.XXXXXX)
chmod 755 "$WORK"
SERVER_PID=""
NGINX_PID=""
cleanup() {
    [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
    [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

wait_for_port() {
    for _ in $(seq 1 $((STARTUP_SECONDS * 10))); do
        curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0
        sleep 0.1
    done
    echo "nothing listening on port $1" >&2; exit 1
}

# PIDs whose CPU and memory count for a server: the process, or nginx's master and workers.
pids_of() {
    if [[ "$1" == nginx ]]; then echo "$NGINX_PID" $(pgrep -P "$NGINX_PID"); else echo "$SERVER_PID"; fi
}
cpu_ticks() {   # utime+stime summed over the PIDs
    local total=0 pid
    for pid in $(pids_of "$1"); do
        total=$((total + $(sed 's/.*) //' /proc/"$pid"/stat | awk '{print $12 + $13}')))
    done
    echo "$total"
}
rss_kib() {
    local total=0 pid
    for pid in $(pids_of "$1"); do
        total=$((total + $(awk '/^VmRSS:/{print $2}' /proc/"$pid"/status)))
    done
    echo "$total"
}

# One wrk load: prints "req_per_s requests p50 p99 cpu_us_per_request errors".
load() {
    local who=$1 port=$2 connections=$3 path=$4 extra=${5:-}
    local before after output
    before=$(cpu_ticks "$who")
    output=$(timeout $((DURATION + 30)) wrk -t"$WRK_THREADS" -c"$connections" -d"${DURATION}s" --timeout 5s --latency \
        ${extra:+-H "$extra"} "http://127.0.0.1:$port$path")
    after=$(cpu_ticks "$who")
    echo "$output" | awk -v ticks=$((after - before)) -v hz="$CLK_TCK" '
        function us(v) { if (v ~ /us$/) return v + 0; if (v ~ /ms$/) return v * 1000; if (v ~ /s$/) return v * 1000000; return v }
        /Requests\/sec/ { rps = $2 }
        / requests in / { requests = $1 }
        /^ +50%/ { p50 = us($2) }
        /^ +99%/ { p99 = us($2) }
        /Socket errors|Non-2xx/ { errors = errors $0 ";" }
        END { printf "%.0f %d %.0f %.0f %.2f %s\n", rps, requests, p50, p99, ticks * 1000000 / hz / requests, (errors == "" ? "-" : errors) }'
}

# --- the server under test
ARGS=${SERVER_ARGS//\{port\}/$PORT}
ARGS=${ARGS//\{workers\}/$WORKERS}
# shellcheck disable=SC2086
"$SERVER_BIN" $ARGS > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_for_port "$PORT"

# --- nginx serving the same bytes as static files
mkdir -p "$WORK/www$(dirname "$SMALL_PATH")" "$WORK/www$(dirname "$LARGE_PATH")" "$WORK/nginx"
curl -sf "http://127.0.0.1:$PORT$SMALL_PATH" -o "$WORK/www$SMALL_PATH"
curl -sf "http://127.0.0.1:$PORT$LARGE_PATH" -o "$WORK/www$LARGE_PATH"
chmod -R a+rX "$WORK/www"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes $WORKERS;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 20000; }
http {
    access_log off;
    default_type application/json;
    keepalive_requests 100000000;
    keepalive_timeout 65s;
    tcp_nodelay on;
    open_file_cache max=64 inactive=60s;   # nginx at its best: no open/fstat/close per request
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT reuseport;
        root $WORK/www;
    }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
wait_for_port "$NGINX_PORT"

echo "server: $SERVER_BIN ($WORKERS workers)   nginx: $(nginx -v 2>&1 | sed 's/.*: //') ($WORKERS workers)"
echo "routes: $SMALL_PATH ($(stat -c %s "$WORK/www$SMALL_PATH") B), $LARGE_PATH ($(stat -c %s "$WORK/www$LARGE_PATH") B)"
echo "each load: $ROUNDS rounds x ${DURATION}s per server, alternating; wrk -t$WRK_THREADS; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "RSS at start: server $(rss_kib server) KiB, nginx $(rss_kib nginx) KiB"
echo
printf "%-28s %11s %11s %6s %9s %9s %9s %9s %9s %9s\n" load "server r/s" "nginx r/s" ratio "p50 us" "nginx" "p99 us" "nginx" "cpu us/r" "nginx"
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# ROUNDS alternations of server and nginx, DURATION seconds each, so both see the same background
# load; prints the median req/s, p50 and p99 of the rounds and the CPU time over all requests.
run_pair() {
    local name=$1 connections=$2 path=$3 extra=${4:-}
    local who port round result rps requests p50 p99 cpu errors
    declare -A all_rps all_p50 all_p99 all_cpu_us all_requests all_errors
    for who in server nginx; do
        port=$PORT; [[ $who == nginx ]] && port=$NGINX_PORT
        timeout 20 wrk -t1 -c"$connections" -d1s ${extra:+-H "$extra"} "http://127.0.0.1:$port$path" >/dev/null 2>&1 || true   # warm-up
    done
    local order
    for round in $(seq 1 "$ROUNDS"); do
        # Who goes first alternates too, so a burst of background load favours neither.
        order="server nginx"; (( round % 2 == 0 )) && order="nginx server"
        for who in $order; do
            port=$PORT; [[ $who == nginx ]] && port=$NGINX_PORT
            result=$(load "$who" "$port" "$connections" "$path" "$extra")
            read -r rps requests p50 p99 cpu errors <<<"$result"
            all_rps[$who]+="$rps "; all_p50[$who]+="$p50 "; all_p99[$who]+="$p99 "
            all_requests[$who]=$(( ${all_requests[$who]:-0} + requests ))
            all_cpu_us[$who]=$(awk -v a="${all_cpu_us[$who]:-0}" -v c="$cpu" -v r="$requests" 'BEGIN { printf "%.0f", a + c * r }')
            [[ "$errors" == "-" ]] || all_errors[$who]+="$errors "
        done
    done
    local s_rps n_rps ratios
    s_rps=$(echo "${all_rps[server]}" | median); n_rps=$(echo "${all_rps[nginx]}" | median)
    # Each round's server/nginx ratio pairs two runs seconds apart; their median is the fairest figure.
    ratios=$(paste -d' ' <(echo "${all_rps[server]}" | tr ' ' '\n' | grep -v '^$') \
                         <(echo "${all_rps[nginx]}" | tr ' ' '\n' | grep -v '^$') \
             | awk '{ printf "%.3f ", $1 / $2 }')
    printf "%-28s %11s %11s %6s %9s %9s %9s %9s %9s %9s\n" "$name" "$s_rps" "$n_rps" \
        "$(echo "$ratios" | median | awk '{ printf "%.2f", $1 }')" \
        "$(echo "${all_p50[server]}" | median)" "$(echo "${all_p50[nginx]}" | median)" \
        "$(echo "${all_p99[server]}" | median)" "$(echo "${all_p99[nginx]}" | median)" \
        "$(awk -v t="${all_cpu_us[server]}" -v r="${all_requests[server]}" 'BEGIN { printf "%.2f", t / r }')" \
        "$(awk -v t="${all_cpu_us[nginx]}" -v r="${all_requests[nginx]}" 'BEGIN { printf "%.2f", t / r }')"
    echo "    rounds: server ${all_rps[server]}| nginx ${all_rps[nginx]}| ratios $ratios"
    [[ -z "${all_errors[server]:-}${all_errors[nginx]:-}" ]] || echo "    errors: server ${all_errors[server]:-none} nginx ${all_errors[nginx]:-none}"
}
run_pair "tiny, 64 keep-alive" 64 "$SMALL_PATH"
run_pair "tiny, 512 keep-alive" 512 "$SMALL_PATH"
run_pair "document, 64 keep-alive" 64 "$LARGE_PATH"
run_pair "document, 512 keep-alive" 512 "$LARGE_PATH"
run_pair "tiny, 64, Connection: close" 64 "$SMALL_PATH" "Connection: close"
echo "(r/s, p50, p99: medians of the rounds; ratio: median of the rounds' server/nginx ratios;"
echo " cpu us/r: utime+stime summed over all rounds / requests)"
echo
echo "RSS after loads: server $(rss_kib server) KiB, nginx $(rss_kib nginx) KiB"

# --- memory at 1,000 connections, each having made one keep-alive request
for who in server nginx; do
    port=$PORT; [[ $who == nginx ]] && port=$NGINX_PORT
    pids=$(pids_of "$who")
    # shellcheck disable=SC2086
    echo "1,000 connections ($who): $(timeout 120 python3 "$HERE/idle_connections.py" "$port" 1000 "$SMALL_PATH" --active --rss-pid $pids)"
done

# --- 10,000 idle connections, then one request on a fresh one
for who in server nginx; do
    port=$PORT; [[ $who == nginx ]] && port=$NGINX_PORT
    pids=$(pids_of "$who")
    # shellcheck disable=SC2086
    echo "$IDLE_CONNECTIONS idle ($who): $(timeout 300 python3 "$HERE/idle_connections.py" "$port" "$IDLE_CONNECTIONS" "$SMALL_PATH" --hold 1 --rss-pid $pids)"
done

# --- soak: the document route at 64 connections; RSS must not grow
sleep 1
before=$(rss_kib server)
soak=$(DURATION=$SOAK_SECONDS load server "$PORT" 64 "$LARGE_PATH")
after=$(rss_kib server)
read -r rps requests p50 p99 cpu errors <<<"$soak"
echo "soak ${SOAK_SECONDS}s (server, document, 64 connections): $rps r/s, $requests requests, p99 ${p99} us, errors $errors; RSS before $before KiB, after $after KiB"
