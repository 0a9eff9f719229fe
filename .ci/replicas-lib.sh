# Shared by .ci/replicas and src/bench/replicas-bench.sh: start GoFit replicas of a packaged
# PostgreSQL build and nginx with docker/nginx.conf on loopback. Expects RUN (a temporary directory
# holding app/), JDBC, PROXY, P1, P2, PN, SESSION_KEY, DEMO_KEY, ADMIN, ADMIN_PASSWORD, LEASE and an
# array pids (what was started, for the caller to stop). Run from the repository root.
# Review settings for two cores running two replicas, nginx and the test at once: three reviews per
# replica, a lighter load check, and concurrency-check delays of 600 / 900 ms with a 1500 ms
# timeoutMs (the check's margin is half the short delay: 300 ms instead of 150 ms of scheduling
# noise; a sequential endpoint still takes the sum, 1500 ms, far above the 1200 ms threshold).

free_port() {
    local p
    for _ in $(seq 1 50); do
        p=$(( 20000 + RANDOM % 30000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
    done
    echo "no free port found" >&2; return 1
}

start_replica() {
    local n=$1 port=$2
    mkdir -p "$RUN/data-$n"
    env QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
        QUARKUS_DATASOURCE_JDBC_URL="$JDBC" QUARKUS_DATASOURCE_USERNAME=app QUARKUS_DATASOURCE_PASSWORD=app \
        GOFIT_INSTANCE_ID="replica-$n" GOFIT_DATA_DIR="$RUN/data-$n" GOFIT_CONTENT_DIR="$PWD/content" \
        GOFIT_PUBLIC_URL="$PROXY" GOFIT_REVIEW_UPSTREAM_BASE_URL="$PROXY/replica/$n" \
        GOFIT_SESSION_KEY="$SESSION_KEY" GOFIT_DEMO_TOKEN_KEY="$DEMO_KEY" \
        GOFIT_ADMIN_EMAIL="$ADMIN" GOFIT_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        GOFIT_REVIEW_ALLOW_PRIVATE_TARGETS=true GOFIT_REVIEW_LEASE="$LEASE" \
        GOFIT_REVIEW_PARALLELISM="${GOFIT_REPLICAS_PARALLELISM:-3}" \
        GOFIT_REVIEW_LOAD_REQUESTS="${GOFIT_REPLICAS_LOAD_REQUESTS:-100}" \
        GOFIT_REVIEW_LOAD_CONCURRENCY="${GOFIT_REPLICAS_LOAD_CONCURRENCY:-10}" \
        GOFIT_REVIEW_CONCURRENCY_SHORT_MS="${GOFIT_REPLICAS_CONCURRENCY_SHORT_MS:-600}" \
        GOFIT_REVIEW_CONCURRENCY_LONG_MS="${GOFIT_REPLICAS_CONCURRENCY_LONG_MS:-900}" \
        GOFIT_REVIEW_TIMEOUT_MS="${GOFIT_REPLICAS_TIMEOUT_MS:-1500}" \
        QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
        java -Xmx384m -XX:+ExitOnOutOfMemoryError -jar "$RUN/app/quarkus-run.jar" >"$RUN/replica-$n.log" 2>&1 &
    pids+=($!)
}

await_ready() {
    local url=$1 what=$2 deadline=$(( $(date +%s) + 180 ))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/q/health/ready")" = 200 ]; do
        [ "$(date +%s)" -lt "$deadline" ] || { echo "$what not ready within 180 s"; return 1; }
        sleep 0.5
    done
}

# nginx running docker/nginx.conf, with only the upstream addresses, the listen port and the
# log/temp paths rewritten.
start_nginx() {
    mkdir -p "$RUN/nginx-temp"
    sed -e "s#server app1:8080;#server 127.0.0.1:$P1;#; s#server app2:8080;#server 127.0.0.1:$P2;#" \
        -e "s#http://app1:8080/#http://127.0.0.1:$P1/#; s#http://app2:8080/#http://127.0.0.1:$P2/#" \
        -e "s#listen 8080;#listen 127.0.0.1:$PN;#" \
        -e "s#access_log /dev/stdout gofit;#access_log $RUN/nginx-access.log gofit;\n    client_body_temp_path $RUN/nginx-temp/body; proxy_temp_path $RUN/nginx-temp/proxy; fastcgi_temp_path $RUN/nginx-temp/fastcgi; uwsgi_temp_path $RUN/nginx-temp/uwsgi; scgi_temp_path $RUN/nginx-temp/scgi;#" \
        docker/nginx.conf >"$RUN/nginx.conf"
    # Nothing but addresses and paths may differ from the file compose runs.
    if grep -q 'app[12]:8080' "$RUN/nginx.conf"; then echo "nginx.conf: an upstream address was not rewritten"; exit 1; fi
    nginx_user=""
    [ "$(id -u)" -eq 0 ] && nginx_user="user root;"
    nginx -e "$RUN/nginx-error.log" -c "$RUN/nginx.conf" -g "daemon off; pid $RUN/nginx.pid; $nginx_user" &
    pids+=($!)
}
