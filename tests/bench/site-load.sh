#!/usr/bin/env bash
# Load benchmark of the contest site (issue 15), loopback only, bounded in count and time.
# Many simulated contestants (site-load.cjs) each open the site, start, save twice and
# submit:
#   (a) one contest-server --http on a SQLite file, contestants straight to it;
#   (b) two contest-server --http on one PostgreSQL database behind nginx (the shipped
#       installer/server/contest-site.nginx.conf over TLS), and one of the two killed
#       with SIGKILL in the middle of the load; afterwards every submission acknowledged
#       with 200 must be in the admin API's submissions.
# Prints completed attempts/s, p50 and p99 of the requests, CPU (cores used) and peak
# memory of the server processes, and the load average of the machine.
#
#   tests/bench/site-load.sh CONTEST_SERVER [COUNT] [CONCURRENCY] [SECONDS]
# (or `ninja -C build bench_site`). Defaults: 6000 attempts, 64 at a time, 30 s per run.
# Differences from production, so the figures measure the server and not the limits:
# the per-client limits are lifted (every simulated contestant comes from 127.0.0.1) and
# nginx's limit_req lines are removed; PostgreSQL runs with fsync and synchronous_commit
# on (the test cluster's defaults are off).
set -euo pipefail
server_bin=$(realpath "$1")
count=${2:-6000}
concurrency=${3:-64}
seconds=${4:-30}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
nginx_bin=/usr/sbin/nginx
[ -x "$nginx_bin" ] || nginx_bin=$(command -v nginx)
command -v node >/dev/null || { echo "site-load: node is needed (Debian package nodejs)"; exit 2; }

dir=$(mktemp -d)
chmod 755 "$dir"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$dir/nginx.pid" ] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
  [ -f "$dir/pg/root" ] && "$source_dir/tests/postgres/test-postgres.sh" stop "$dir/pg" >/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
head -c 24 /dev/urandom | base64 > "$dir/token"
token=$(cat "$dir/token")
limits=(--client-rate 1000000 --client-burst 1000000)

# start_server NAME PORT DATA [OPTIONS]
start_server() {
  local name=$1 port=$2 data=$3
  shift 3
  "$server_bin" --http --address 127.0.0.1 --port "$port" --data "$data" \
    --token-file "$dir/token" "${limits[@]}" "$@" > "$dir/$name.out" 2> "$dir/$name.err" &
  pids+=($!)
  eval "pid_$name=$!"
  for _ in $(seq 100); do grep -q listening "$dir/$name.out" 2>/dev/null && break; sleep 0.1; done
  grep -q listening "$dir/$name.out" || { echo "contest-server $name: $(cat "$dir/$name.err")"; exit 2; }
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
peak_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
tick=$(getconf CLK_TCK)

# report LABEL JSON WALL_S "name:pid:ticks_before ..." (pids of servers still running)
report() {
  local label=$1 json=$2 wall=$3
  shift 3
  echo "== $label"
  echo "   $json" | sed 's/^ *//;s/^/   load: /'
  for entry in "$@"; do
    IFS=: read -r name cpu mem <<<"$entry"
    echo "   $name: CPU $cpu cores, peak memory $mem MB"
  done
  echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores, shared)"
}

echo "site-load: $count attempts, $concurrency at a time, at most $seconds s per run; $(nproc) cores"

# (a) One process on SQLite.
port=$(free_port)
start_server a1 "$port" "$dir/site.sqlite" --demo-site
before=$(cpu_ticks "$pid_a1")
t0=$(date +%s.%N)
json=$(node "$here/site-load.cjs" "http://127.0.0.1:$port" sonha-2024 "$count" "$concurrency" "$seconds")
t1=$(date +%s.%N)
wall=$(echo "$t1 - $t0" | bc -l)
cpu=$(echo "scale=2; ($(cpu_ticks "$pid_a1") - $before) / $tick / $wall" | bc -l)
report "(a) one contest-server on SQLite, no proxy" "$json" "$wall" "contest-server:$cpu:$(peak_mb "$pid_a1")"
kill "$pid_a1"

# (b) Two processes on PostgreSQL behind nginx (TLS), one killed mid-load.
"$source_dir/tests/postgres/test-postgres.sh" start "$dir/pg" 55330 >/dev/null
pg_url=$(cat "$dir/pg/url")
psql_bin=$(cat "$dir/pg/bindir")/psql
"$psql_bin" -q -v ON_ERROR_STOP=1 "$pg_url" \
  -c "ALTER SYSTEM SET fsync = on" -c "ALTER SYSTEM SET synchronous_commit = on" \
  -c "ALTER SYSTEM SET full_page_writes = on" -c "ALTER SYSTEM SET max_connections = 60" \
  -c "SELECT pg_reload_conf()" -c "CREATE DATABASE site TEMPLATE template0 ENCODING 'UTF8'" >/dev/null
data_url=${pg_url%/*}/site
port1=$(free_port); port2=$(free_port); https_port=$(free_port); http_port=$(free_port)
start_server b1 "$port1" "$data_url" --demo-site
start_server b2 "$port2" "$data_url"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
  -addext subjectAltName=IP:127.0.0.1 -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
sed -e "s|listen 443 ssl http2;|listen 127.0.0.1:$https_port ssl http2;|" \
    -e "s|listen 80;|listen 127.0.0.1:$http_port;|" \
    -e "/listen \[::\]/d" -e "/limit_req/d" \
    -e "s|server 127.0.0.1:8080 |server 127.0.0.1:$port1 |" \
    -e "s|server 127.0.0.1:8081 |server 127.0.0.1:$port2 |" \
    -e "s|/etc/letsencrypt/live/thi.example.gov.vn/fullchain.pem|$dir/cert.pem|" \
    -e "s|/etc/letsencrypt/live/thi.example.gov.vn/privkey.pem|$dir/key.pem|" \
    "$source_dir/installer/server/contest-site.nginx.conf" > "$dir/site.conf"
cat > "$dir/nginx.conf" <<CONF
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  include $dir/site.conf;
}
CONF
"$nginx_bin" -c "$dir/nginx.conf" -p "$dir" 2>>"$dir/error.log"
for _ in $(seq 50); do [ -f "$dir/nginx.pid" ] && break; sleep 0.1; done
nginx_pids=$(pgrep -P "$(cat "$dir/nginx.pid")" | tr '\n' ' ')

b1_before=$(cpu_ticks "$pid_b1"); b2_before=$(cpu_ticks "$pid_b2")
t0=$(date +%s.%N)
node "$here/site-load.cjs" "https://127.0.0.1:$https_port" sonha-2024 "$count" "$concurrency" \
  "$seconds" "$dir/cert.pem" "$dir/acknowledged" > "$dir/load-b.json" &
load=$!
# SIGKILL one process once a third of the attempts (or of the time) has gone by.
kill_at=$(echo "$seconds / 3" | bc -l)
sleep "$kill_at"
b1_cpu_s=$(echo "($(cpu_ticks "$pid_b1") - $b1_before) / $tick" | bc -l)
b1_peak=$(peak_mb "$pid_b1")
kill -9 "$pid_b1"
killed_after=$(echo "$(date +%s.%N) - $t0" | bc -l)
wait "$load"
t1=$(date +%s.%N)
wall=$(echo "$t1 - $t0" | bc -l)
b1_cpu=$(echo "scale=2; $b1_cpu_s / $killed_after" | bc -l)
b2_cpu=$(echo "scale=2; ($(cpu_ticks "$pid_b2") - $b2_before) / $tick / $wall" | bc -l)
report "(b) two contest-server on PostgreSQL behind nginx (TLS); one killed -9 after $(printf %.1f "$killed_after") s" \
  "$(cat "$dir/load-b.json")" "$wall" \
  "contest-server 1 (until killed):$b1_cpu:$b1_peak" "contest-server 2:$b2_cpu:$(peak_mb "$pid_b2")"
for p in $nginx_pids; do echo "   nginx worker $p: peak memory $(peak_mb "$p") MB"; done

# Every acknowledged submission must be stored: page through the admin API (what
# contestctl sync reads) on the surviving process.
cursor=0
: > "$dir/stored"
while :; do
  page=$(curl -sS -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$port2/api/v1/contests/sonha-2024/submissions?after=$cursor&limit=1000")
  printf '%s' "$page" | python3 -c 'import json,sys; [print(i["id"]) for i in json.load(sys.stdin)["items"]]' >> "$dir/stored"
  read -r more cursor < <(printf '%s' "$page" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["has_more"], d["cursor"])')
  [ "$more" = True ] || break
done
acknowledged=$(wc -l < "$dir/acknowledged")
stored=$(sort -u "$dir/stored" | wc -l)
lost=$(comm -23 <(sort -u "$dir/acknowledged") <(sort -u "$dir/stored") | wc -l)
duplicates=$(( $(wc -l < "$dir/stored") - stored ))
echo "   acknowledged $acknowledged, stored $((acknowledged - lost)), lost $lost"
echo "   (the admin API holds $(wc -l < "$dir/stored") submissions, $duplicates twice: also those whose 200 the kill cut off)"
[ "$lost" -eq 0 ] && [ "$duplicates" -eq 0 ]
