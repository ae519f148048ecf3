#!/usr/bin/env bash
# The production layout of docs/contest-site.md on loopback: a PostgreSQL database, two
# contest-server --http processes on it, nginx in front with
# installer/server/contest-site.nginx.conf (its certificate lines pointed at a certificate
# made here, its ports moved to free loopback ones). Checks TLS, HSTS, the body limit,
# the token, that contestants going through nginx reach both processes, that the admin
# API (what sync reads) has every submission once, and that with one process killed
# nginx sends everyone to the other.
#
#   CONTEST_TEST_PG_DIR=DIR nginx-layout.sh CONTEST_SERVER NGINX_SITE_CONF
# DIR is the state folder of tests/postgres/test-postgres.sh (ctest's postgres fixture).
# Exit 77: skipped, nginx missing.
set -euo pipefail
server_bin=$1
site_conf=$2
nginx_bin=$(command -v nginx || true)
[ -x /usr/sbin/nginx ] && nginx_bin=/usr/sbin/nginx
if [ -z "$nginx_bin" ]; then
  echo "SKIP: nginx is not installed (installer/debian-setup.sh test installs it)"
  exit 77
fi
pg_dir=${CONTEST_TEST_PG_DIR:-}
[ -n "$pg_dir" ] && [ -f "$pg_dir/url" ] ||
  { echo "FAIL: CONTEST_TEST_PG_DIR has no url: the PostgreSQL test cluster did not start"; exit 1; }
pg_url=$(cat "$pg_dir/url")
psql_bin=$(cat "$pg_dir/bindir")/psql
database=contest_nginx_$$_$RANDOM
dir=$(mktemp -d)
chmod 755 "$dir" # nginx workers (nobody) use its temp folders
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$dir/nginx.pid" ] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
  "$psql_bin" -q "$pg_url" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; [ -f "$dir/error.log" ] && tail -5 "$dir/error.log"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
https_port=$(free_port); http_port=$(free_port); app_port=$(free_port); app_port2=$(free_port)

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
  -addext subjectAltName=IP:127.0.0.1 -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
head -c 24 /dev/urandom | base64 > "$dir/token"

"$psql_bin" -q -v ON_ERROR_STOP=1 "$pg_url" -c "CREATE DATABASE $database TEMPLATE template0 ENCODING 'UTF8'" >/dev/null
data_url=${pg_url%/*}/$database

# start_server PORT NAME [OPTIONS]: one contest-server --http on the shared database.
start_server() {
  local port=$1 name=$2
  shift 2
  "$server_bin" --http --address 127.0.0.1 --port "$port" --data "$data_url" \
    --token-file "$dir/token" "$@" > "$dir/$name.out" 2> "$dir/$name.err" &
  pids+=($!)
  for _ in $(seq 100); do grep -q listening "$dir/$name.out" 2>/dev/null && break; sleep 0.1; done
  grep -q listening "$dir/$name.out" || fail "contest-server $name did not start: $(cat "$dir/$name.err")"
}
# The first publishes the demo contest; the second finds it in the database.
start_server "$app_port" a --demo-site
pid_a=${pids[-1]}
start_server "$app_port2" b

# The shipped site, with only its addresses, ports and certificate changed.
sed -e "s|listen 443 ssl http2;|listen 127.0.0.1:$https_port ssl http2;|" \
    -e "s|listen 80;|listen 127.0.0.1:$http_port;|" \
    -e "/listen \[::\]/d" \
    -e "s|server 127.0.0.1:8080 |server 127.0.0.1:$app_port |" \
    -e "s|server 127.0.0.1:8081 |server 127.0.0.1:$app_port2 |" \
    -e "s|/etc/letsencrypt/live/thi.example.gov.vn/fullchain.pem|$dir/cert.pem|" \
    -e "s|/etc/letsencrypt/live/thi.example.gov.vn/privkey.pem|$dir/key.pem|" \
    "$site_conf" > "$dir/site.conf"
cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 64; }
http {
  log_format upstream '\$request_method \$uri \$status \$upstream_addr';
  access_log $dir/access.log upstream;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  include $dir/site.conf;
}
CONF
"$nginx_bin" -t -q -c "$dir/nginx.conf" -p "$dir" 2>"$dir/nginx-t.log" || fail "nginx -t: $(cat "$dir/nginx-t.log")"
"$nginx_bin" -c "$dir/nginx.conf" -p "$dir" 2>>"$dir/error.log" || fail "nginx did not start"
for _ in $(seq 50); do [ -f "$dir/nginx.pid" ] && break; sleep 0.1; done

base=https://127.0.0.1:$https_port
headers=$(curl -sS --cacert "$dir/cert.pem" -D - -o "$dir/home.html" "$base/")
echo "$headers" | grep -q "^HTTP/[0-9.]* 200" || fail "home: $headers"
echo "$headers" | grep -qi "^strict-transport-security: max-age=31536000" || fail "no HSTS"
echo "$headers" | grep -qi "^content-security-policy: default-src 'self'" || fail "no CSP"
echo "$headers" | grep -qi "^set-cookie: csrf=.*Secure" || fail "cookie not Secure behind TLS"
grep -q "Đăng ký dự thi" "$dir/home.html" || fail "no entry form on the demo site"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/")
[ "$code" = 301 ] || fail "plain HTTP: $code, expected a redirect"
big=$(head -c 100000 /dev/zero | tr '\0' x)
code=$(printf '%s' "$big" | curl -s --cacert "$dir/cert.pem" -o /dev/null -w '%{http_code}' -X POST --data-binary @- "$base/api/v1/contests/sonha-2024/attempts")
[ "$code" = 413 ] || fail "100 KB body: $code, expected 413 from nginx"
code=$(curl -s --cacert "$dir/cert.pem" -o /dev/null -w '%{http_code}' "$base/api/v1/contests/sonha-2024")
[ "$code" = 401 ] || fail "admin API without token: $code"
code=$(curl -s --cacert "$dir/cert.pem" -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(cat "$dir/token")" "$base/api/v1/contests/sonha-2024")
[ "$code" = 200 ] || fail "admin API with the token: $code"
curl -sS --cacert "$dir/cert.pem" -D - -o /dev/null "$base/site.css" | grep -qi "^cache-control: public" || fail "site.css not cacheable"

# Contestants through nginx: each opens the contest, starts, submits (one python3 for
# all: its start-up is slow on a loaded machine). Appends each acknowledged id.
cat > "$dir/contestants.py" <<'PY'
import json, ssl, sys, urllib.request
base, cafile, first, last, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
context = ssl.create_default_context(cafile=cafile)
def call(method, path, body=None, headers={}):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers=dict({"Content-Type": "application/json"}, **headers))
    with urllib.request.urlopen(request, context=context, timeout=20) as r:
        return json.load(r)
unit = call("GET", "/api/v1/contests/sonha-2024/public")["units"][0]["code"]
with open(out, "a") as acknowledged:
    for n in range(first, last + 1):
        person = {"name": "Người thi %d" % n, "birth_year": 1990, "gender": "Nữ",
                  "id_number": "0511%08d" % n, "phone": "", "unit": unit, "address": "Thôn 1"}
        started = call("POST", "/api/v1/contests/sonha-2024/attempts", {"contestant": person})
        done = call("POST", "/api/v1/attempts/%s/submit" % started["attempt"], {},
                    {"X-Attempt-Secret": started["secret"]})
        acknowledged.write(done["submission"] + "\n")
PY
: > "$dir/acknowledged"
python3 "$dir/contestants.py" "$base" "$dir/cert.pem" 1 12 "$dir/acknowledged" ||
  fail "a contestant through nginx failed"
for port in "$app_port" "$app_port2"; do
  grep -q "POST /api/v1/.* 20[01] 127.0.0.1:$port" "$dir/access.log" ||
    fail "nginx sent no contestant to the process on $port"
done

# One process dies: nginx sends the next contestants to the other.
kill -9 "$pid_a"
python3 "$dir/contestants.py" "$base" "$dir/cert.pem" 13 18 "$dir/acknowledged" ||
  fail "with one process killed, a contestant through nginx failed"

# What sync reads: the admin API's pages (through nginx, with the token) hold every
# acknowledged submission once.
python3 - "$base" "$dir/cert.pem" "$(cat "$dir/token")" > "$dir/paged" <<'PY' || fail "paging the admin API"
import json, ssl, sys, urllib.request
base, cafile, token = sys.argv[1:4]
context = ssl.create_default_context(cafile=cafile)
cursor = "0"
while True:
    request = urllib.request.Request(
        base + "/api/v1/contests/sonha-2024/submissions?after=%s&limit=5" % cursor,
        headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request, context=context, timeout=20) as r:
        page = json.load(r)
    for item in page["items"]:
        print(item["id"])
    cursor = page["cursor"]
    if not page["has_more"]:
        break
PY
[ "$(wc -l < "$dir/acknowledged")" = 18 ] || fail "acknowledged $(wc -l < "$dir/acknowledged") of 18"
[ "$(sort "$dir/acknowledged")" = "$(sort "$dir/paged")" ] ||
  fail "the admin API's submissions differ from the acknowledged ones"
[ "$(sort -u "$dir/paged" | wc -l)" = 18 ] || fail "a submission is listed twice"
echo "PASS: nginx (TLS, HSTS, 413, redirect) in front of two contest-server --http on PostgreSQL;"
echo "      18 contestants through nginx (both processes served), one process killed, 18 stored once"
