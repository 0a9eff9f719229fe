#!/usr/bin/env bash
# Review throughput on one and two replicas, queue wait under a burst, and take-over time after a
# kill -9 (issue 14). Not a test: it prints figures. From the project root:
#   PG_PORT=<port of a PostgreSQL 15 on 127.0.0.1, user app, trust> src/bench/replicas-bench.sh
# GOFIT_REPLICAS_APP=<a PostgreSQL quarkus-app directory> skips the build. Knobs: N (reviews per
# throughput run, 12), BURST (40), GOFIT_REPLICAS_PARALLELISM (default 2, GoFit's default),
# GOFIT_REPLICAS_LOAD_REQUESTS / _CONCURRENCY (500 / 50, GoFit's defaults), LEASE (PT10S).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${PG_PORT:?PG_PORT: a PostgreSQL 15 on 127.0.0.1}"
N=${N:-12}
BURST=${BURST:-40}
export GOFIT_REPLICAS_PARALLELISM=${GOFIT_REPLICAS_PARALLELISM:-2}
export GOFIT_REPLICAS_LOAD_REQUESTS=${GOFIT_REPLICAS_LOAD_REQUESTS:-500}
export GOFIT_REPLICAS_LOAD_CONCURRENCY=${GOFIT_REPLICAS_LOAD_CONCURRENCY:-50}
LEASE=${LEASE:-PT10S}

RUN=$(mktemp -d /tmp/gofit-bench-replicas.XXXXXX)
chmod 755 "$RUN"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    rm -rf "$RUN"
}
trap cleanup EXIT
# shellcheck source=../../.ci/replicas-lib.sh
. .ci/replicas-lib.sh

if [ -n "${GOFIT_REPLICAS_APP:-}" ]; then
    cp -r "$GOFIT_REPLICAS_APP" "$RUN/app"
else
    mvn -B -q -Ppostgresql package -DskipTests
    cp -r target/quarkus-app "$RUN/app"
fi
psql -q -h 127.0.0.1 -p "$PG_PORT" -U app -d postgres -c 'drop database if exists gofit_bench' -c 'create database gofit_bench'
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/gofit_bench"
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U app -d gofit_bench -tAc "$1"; }
P1=$(free_port); P2=$(free_port); PN=$(free_port)
PROXY="http://127.0.0.1:$PN"
ADMIN=admin@localhost
ADMIN_PASSWORD="bench admin password $RANDOM"
SESSION_KEY=$(head -c 36 /dev/urandom | base64)
DEMO_KEY=$(head -c 36 /dev/urandom | base64)
now() { date +%s.%N; }

start_replica 1 "$P1"; PID1=$!
await_ready "http://127.0.0.1:$P1" replica-1
start_nginx
await_ready "$PROXY" nginx

JAR="$RUN/cookies"
curl -s -o /dev/null -c "$JAR" -b "$JAR" -H "Origin: $PROXY" \
    --data-urlencode "j_username=$ADMIN" --data-urlencode "j_password=$ADMIN_PASSWORD" "$PROXY/j_security_check"
# "Review the reference" as the page does it; prints the new review's id.
submit_reference() {
    local token
    token=$(curl -s -c "$JAR" -b "$JAR" "$PROXY/reviews" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" -H "Origin: $PROXY" \
        --data-urlencode "csrf-token=$token" "$PROXY/reviews/reference" | sed 's#.*/##'
}
await_done() { # ids...
    local list; list=$(IFS=,; echo "$*")
    until [ "$(sql "select count(*) from takehome_review where id in ($list) and status in ('DONE','FAILED')")" -eq $# ]; do
        sleep 0.5
    done
}
throughput() { # label
    local ids=() t0 t1
    t0=$(now)
    for _ in $(seq 1 "$N"); do ids+=("$(submit_reference)"); done
    await_done "${ids[@]}"
    t1=$(now)
    local list; list=$(IFS=,; echo "${ids[*]}")
    printf '%-12s %d reference reviews in %.1f s: %.1f reviews/min (%s DONE, mean score %s)\n' "$1" "$N" \
        "$(echo "$t1 - $t0" | bc)" "$(echo "$N * 60 / ($t1 - $t0)" | bc -l)" \
        "$(sql "select count(*) from takehome_review where id in ($list) and status = 'DONE'")" \
        "$(sql "select round(avg(score)) from takehome_review where id in ($list)")"
}

echo "=== GoFit replicas benchmark ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)); parallelism $GOFIT_REPLICAS_PARALLELISM per replica, load check $GOFIT_REPLICAS_LOAD_REQUESTS requests"
throughput "one replica"
start_replica 2 "$P2"; PID2=$!
await_ready "http://127.0.0.1:$P2" replica-2
throughput "two replicas"

# Queue wait: BURST reviews submitted at once, wait = claimed (started_at) - submitted (created_at).
ids=()
for _ in $(seq 1 "$BURST"); do ids+=("$(submit_reference)"); done
await_done "${ids[@]}"
list=$(IFS=,; echo "${ids[*]}")
sql "select 'queue wait of $BURST at once (two replicas): p50 ' || round(percentile_cont(0.5) within group (order by w)::numeric, 1)
     || ' s, p95 ' || round(percentile_cont(0.95) within group (order by w)::numeric, 1) || ' s, max ' || round(max(w)::numeric, 1) || ' s; '
     || sum(case when lease_owner = 'replica-1' then 1 else 0 end) || ' ran on replica-1, '
     || sum(case when lease_owner = 'replica-2' then 1 else 0 end) || ' on replica-2'
     from (select extract(epoch from started_at - created_at) w, lease_owner from takehome_review where id in ($list)) q"

# Take-over: kill -9 replica-2 while it runs reviews; time until replica-1 runs them.
ids=()
for _ in $(seq 1 4); do ids+=("$(submit_reference)"); done
list=$(IFS=,; echo "${ids[*]}")
until [ "$(sql "select count(*) from takehome_review where id in ($list) and status = 'RUNNING' and lease_owner = 'replica-2'")" -gt 0 ]; do
    sleep 0.2
done
lost=$(sql "select string_agg(id::text, ',') from takehome_review where id in ($list) and status = 'RUNNING' and lease_owner = 'replica-2'")
kill -9 "$PID2"
t0=$(now)
until [ "$(sql "select count(*) from takehome_review where id in ($lost) and (lease_owner = 'replica-1' or status in ('DONE', 'FAILED'))")" -eq "$(echo "$lost" | tr ',' '\n' | wc -l)" ]; do
    sleep 0.1
done
t1=$(now)
await_done "${ids[@]}"
t2=$(now)
printf 'kill -9 of replica-2 with review(s) %s running: running on replica-1 after %.1f s (lease %s), all done after %.1f s; %s\n' \
    "$lost" "$(echo "$t1 - $t0" | bc)" "$LEASE" "$(echo "$t2 - $t0" | bc)" \
    "$(sql "select string_agg(id || ':' || status || '/claims ' || claims, ' ') from takehome_review where id in ($list)")"
