#!/usr/bin/env bash
# Benchmark: GoFit's reference aggregator (POST /demo/aggregate) against the idiomatic Go peer
# (../shared/peers/go), both driven by wrk against the same Go upstream stub, in the same run,
# alternating, after a warm-up; then the app's own demo upstream holding 10,000 connections.
# Everything binds to 127.0.0.1, every step is bounded in time, and every process started here is
# killed on exit. See src/bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PEER="${PEER_DIR:-$ROOT/../shared/peers/go}"
DUR="${DUR:-10}"                 # seconds per measurement
WARMUP="${WARMUP:-15}"           # seconds of warm-up per aggregator and connection count (the JIT needs it)
ROUNDS="${ROUNDS:-2}"            # alternating rounds per connection count
CONNS="${CONNS:-100 1000}"
USER_DELAY="${USER_DELAY:-50}"
EMB_DELAY="${EMB_DELAY:-75}"
HOLD_CONNS="${HOLD_CONNS:-10000}"
HOLD_DELAY_MS="${HOLD_DELAY_MS:-5000}"
STUB_PORT="${STUB_PORT:-9101}"; GO_PORT="${GO_PORT:-9102}"; APP_PORT="${APP_PORT:-9103}"
JAVA_OPTS="${JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}"
WORK="$(mktemp -d /tmp/gofit-bench.XXXXXX)"
PIDS=()

cleanup() {
    [ -f "$WORK/app.log" ] && cp "$WORK/app.log" /tmp/gofit-bench-app.log
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    done
    sleep 1
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
for tool in java go wrk curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y golang-go wrk curl)"; exit 1; }
done

JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$JAR" ] || [ "${BUILD:-0}" = 1 ]; then
    echo "== packaging the app (mvn package -DskipTests)"
    (cd "$ROOT" && mvn -B -q package -DskipTests)
fi

echo "== building the Go peer from $PEER"
(cd "$PEER" && GOFLAGS=-mod=mod go build -o "$WORK/upstream" ./upstream && go build -o "$WORK/reference" ./reference)

wait_for() { # url seconds
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "not ready: $1"; exit 1
}

"$WORK/upstream" -addr "127.0.0.1:$STUB_PORT" >"$WORK/upstream.log" 2>&1 & PIDS+=($!)
"$WORK/reference" -addr "127.0.0.1:$GO_PORT" >"$WORK/reference.log" 2>&1 & PIDS+=($!)
# POST /demo/aggregate fetches only GoFit's own upstream unless an origin is allowed: allow the stub.
# shellcheck disable=SC2086
java $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$APP_PORT" \
    -Dgofit.demo.aggregate-allowed-origins="http://127.0.0.1:$STUB_PORT" \
    -Dgofit.data-dir="$WORK/data" -Dgofit.admin.password=bench-only-password \
    -Dquarkus.log.level=WARN -jar "$JAR" >"$WORK/app.log" 2>&1 & APP_PID=$!; PIDS+=($APP_PID)
wait_for "http://127.0.0.1:$STUB_PORT/healthz" 20
wait_for "http://127.0.0.1:$GO_PORT/healthz" 20
wait_for "http://127.0.0.1:$APP_PORT/q/health/ready" 90

export UPSTREAM="http://127.0.0.1:$STUB_PORT" USER_DELAY EMB_DELAY
GOFIT_URL="http://127.0.0.1:$APP_PORT/demo/aggregate"
GO_URL="http://127.0.0.1:$GO_PORT/aggregate"
LUA="$PEER/post.lua"

# One sanity request each: both must answer 200 with the same shape.
for url in "$GOFIT_URL" "$GO_URL"; do
    body=$(curl -fsS -X POST -H 'Content-Type: application/json' --max-time 5 -d \
        "{\"userId\":\"u-bench\",\"query\":\"q\",\"sources\":{\"user\":\"$UPSTREAM/users/u-bench?delay=1\",\"embeddings\":\"$UPSTREAM/embeddings?q=x&delay=1\"},\"timeoutMs\":2000}" "$url")
    case "$body" in *'"embeddings":{"query"'*) ;; *) echo "bad answer from $url: $body"; exit 1;; esac
done

to_ms() { # wrk latency like 52.10ms / 1.02s / 900.00us -> ms
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

measure() { # name url conns seconds -> appends "name conns rps p50 p99 errors" to $WORK/results
    local out rps p50 p99 errors
    out=$(wrk -t2 -c"$3" -d"$4"s --timeout 5s --latency -s "$LUA" "$2" 2>&1)
    rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    errors=$( (grep -E 'Socket errors|Non-2xx' <<<"$out" || true) | tr '\n' ' ')
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app died; its log is in /tmp/gofit-bench-app.log"; exit 1; }
    printf '  %-6s c=%-5s %9s req/s  p50 %8s ms  p99 %8s ms  %s\n' "$1" "$3" "$rps" "$p50" "$p99" "${errors:-no errors}"
    echo "$1 $3 $rps $p50 $p99" >>"$WORK/results"
}

echo "== $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== warm-up ${WARMUP}s each (not counted)"
measure gofit "$GOFIT_URL" 100 "$WARMUP" >/dev/null
measure go "$GO_URL" 100 "$WARMUP" >/dev/null
measure gofit "$GOFIT_URL" 1000 "$WARMUP" >/dev/null
measure go "$GO_URL" 1000 "$WARMUP" >/dev/null
: >"$WORK/results"

echo "== delays ${USER_DELAY}/${EMB_DELAY} ms, ${DUR}s per run, ${ROUNDS} alternating rounds"
for c in $CONNS; do
    for ((r = 1; r <= ROUNDS; r++)); do
        if ((r % 2)); then order="gofit go"; else order="go gofit"; fi
        for who in $order; do
            if [ "$who" = gofit ]; then measure gofit "$GOFIT_URL" "$c" "$DUR"; else measure go "$GO_URL" "$c" "$DUR"; fi
        done
    done
done

echo "== summary (mean over rounds)"
slower=$(( USER_DELAY > EMB_DELAY ? USER_DELAY : EMB_DELAY ))
awk -v slower="$slower" '
{ k = $1 " " $2; n[k]++; rps[k] += $3; p50[k] += $4; p99[k] += $5; conns[$2] = 1 }
END {
  printf "  %-6s %-6s %10s %9s %9s\n", "who", "conns", "req/s", "p50 ms", "p99 ms"
  for (c in conns) for (w = 0; w < 2; w++) {
    who = w ? "go" : "gofit"; k = who " " c
    printf "  %-6s %-6s %10.0f %9.2f %9.2f\n", who, c, rps[k] / n[k], p50[k] / n[k], p99[k] / n[k]
  }
  for (c in conns) {
    g = "gofit " c; o = "go " c
    tr = (rps[g] / n[g]) / (rps[o] / n[o]); r50 = (p50[g] / n[g]) / (p50[o] / n[o]); r99 = (p99[g] / n[g]) / (p99[o] / n[o])
    printf "  ratio GoFit/Go at %5s connections: throughput %.3f, p50 %.3f, p99 %.3f\n", c, tr, r50, r99
    if (c == 1000) printf "    floor (throughput >= 1.0, p99 <= 1.1x Go): %s\n", (tr >= 1.0 && r99 <= 1.1) ? "MET" : "NOT MET"
    if (c == 100) printf "    floor (GoFit p50 within 2 ms of %d ms): %s (p50 %.2f ms)\n", slower, (p50[g] / n[g] <= slower + 2) ? "MET" : "NOT MET", p50[g] / n[g]
  }
}' "$WORK/results"

echo "== the app's demo upstream holding $HOLD_CONNS connections (delay $HOLD_DELAY_MS ms)"
# Every connection sends one request that waits HOLD_DELAY_MS: all must be answered, none may fail.
hold_secs=$(( HOLD_DELAY_MS / 1000 + 5 ))
out=$(wrk -t2 -c"$HOLD_CONNS" -d"${hold_secs}s" --timeout "$(( HOLD_DELAY_MS / 1000 + 5 ))s" --latency \
    "http://127.0.0.1:$APP_PORT/demo/upstream/users/u-hold?delay=$HOLD_DELAY_MS" 2>&1)
reqs=$(awk '/requests in/ { print $1 }' <<<"$out")
avg=$(awk '$1 == "Latency" { print $2; exit }' <<<"$out")
p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
errors=$( (grep -E 'Socket errors|Non-2xx' <<<"$out" || true) | tr '\n' ' ')
echo "  $reqs requests answered in ${hold_secs}s, mean latency $avg, p99 $p99 (ideal ${HOLD_DELAY_MS} ms): ${errors:-no errors}"
if [ -z "$errors" ] && [ "${reqs:-0}" -ge "$HOLD_CONNS" ]; then
    echo "  $HOLD_CONNS in flight: MET"
else
    echo "  $HOLD_CONNS in flight: NOT MET"; echo "$out"
fi
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
