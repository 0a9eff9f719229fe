#!/usr/bin/env bash
# Benchmark: authenticated GET /api/me with a personal API token (Authorization: Bearer, a SHA-256
# lookup) against HTTP Basic (bcrypt on every call), on the packaged app, driven by a small Python load driver (threads on keep-alive connections). Binds to
# 127.0.0.1, every step is bounded in time, the app started here is killed on exit. The Basic rate
# limit and the login lockout are raised for the run so that the figure is bcrypt's cost, not 429s / 401s. See src/bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DUR="${DUR:-10}"            # seconds per measurement
WARMUP="${WARMUP:-5}"       # seconds of warm-up per mode
CONNS="${CONNS:-50}"        # concurrent connections
APP_PORT="${APP_PORT:-9113}"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx512m}"
WORK="$(mktemp -d /tmp/gofit-token-bench.XXXXXX)"
APP_PID=""

cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    sleep 1
    [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

for tool in java python3 curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool"; exit 1; }
done
cd "$ROOT"
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ "${BUILD:-0}" = 1 ]; then
    timeout 600 mvn -B -q package -DskipTests
fi

PASSWORD="bench-password-0123456789"
# shellcheck disable=SC2086
GOFIT_DATA_DIR="$WORK/data" GOFIT_ADMIN_PASSWORD="$PASSWORD" QUARKUS_HTTP_PORT="$APP_PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
    GOFIT_API_BASIC_PER_SECOND=1000000 GOFIT_API_BASIC_BURST=1000000 \
    GOFIT_LOGIN_ACCOUNT_FAILURES=1000000 GOFIT_LOGIN_ADDRESS_FAILURES=1000000 \
    timeout 600 java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar >"$WORK/app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$APP_PORT"
for _ in $(seq 1 120); do
    curl -fsS -m 2 "$BASE/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "app did not start:"; tail -20 "$WORK/app.log"; exit 1; }
    sleep 1
done

BASIC="Authorization: Basic $(printf 'admin@localhost:%s' "$PASSWORD" | base64 -w0)"
TOKEN="$(curl -fsS -m 10 -H "$BASIC" -H 'Content-Type: application/json' -d '{"name":"bench"}' "$BASE/api/tokens" \
    | sed -E 's/.*"token":"([^"]+)".*/\1/')"
BEARER="Authorization: Bearer $TOKEN"
curl -fsS -m 10 -H "$BEARER" "$BASE/api/me" >/dev/null
curl -fsS -m 10 -H "$BASIC" "$BASE/api/me" >/dev/null

# The load driver: CONNS threads, each on one keep-alive connection, for DUR seconds; prints the
# successful requests/s (and to stderr the count, non-200s and p50/p99).
cat >"$WORK/drive.py" <<'PY'
import http.client, sys, threading, time
port, header, conns, dur = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
name, value = header.split(": ", 1)
ok, bad, lat, lock = [0], [0], [], threading.Lock()
why = {}
end = time.monotonic() + dur
def run():
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    mine = []
    while time.monotonic() < end:
        t = time.monotonic()
        try:
            c.request("GET", "/api/me", headers={name: value})
            r = c.getresponse(); r.read()
            good = r.status == 200
            kind = str(r.status)
        except Exception as e:
            good = False; kind = type(e).__name__
            c.close(); c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine.append(time.monotonic() - t)
        with lock:
            if good: ok[0] += 1
            else:
                bad[0] += 1; why[kind] = why.get(kind, 0) + 1
    with lock: lat.extend(mine)
ts = [threading.Thread(target=run) for _ in range(conns)]
start = time.monotonic()
[t.start() for t in ts]; [t.join() for t in ts]
took = time.monotonic() - start
lat.sort()
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000 if lat else 0
print(f"    {ok[0]} ok, {bad[0]} failed {why or ''} in {took:.1f}s; p50 {p(0.5):.1f} ms, p99 {p(0.99):.1f} ms", file=sys.stderr)
print(f"{ok[0] / took:.1f}")
PY
rps() { # header -> successful requests/s over DUR seconds
    timeout $((DUR + 30)) python3 "$WORK/drive.py" "$APP_PORT" "$1" "$CONNS" "$DUR"
}

echo "warm-up (${WARMUP}s each)..." >&2
DUR=$WARMUP rps "$BEARER" >/dev/null 2>&1
DUR=$WARMUP rps "$BASIC" >/dev/null 2>&1
echo "Bearer token, $CONNS connections, ${DUR}s:" >&2
TOKEN_RPS="$(rps "$BEARER")"
echo "HTTP Basic, $CONNS connections, ${DUR}s:" >&2
BASIC_RPS="$(rps "$BASIC")"
RATIO="$(awk -v t="$TOKEN_RPS" -v b="$BASIC_RPS" 'BEGIN { printf "%.1f", (b > 0 ? t / b : 0) }')"
echo "GET /api/me: token ${TOKEN_RPS} req/s, Basic ${BASIC_RPS} req/s, token/Basic = ${RATIO}x"
