#!/usr/bin/env bash
# The production layout of docs/contest-site.md on loopback: contest-server --http behind
# nginx with installer/server/contest-site.nginx.conf (its certificate lines pointed at
# a certificate made here, its ports moved to free loopback ones). Checks TLS, HSTS, the
# body limit, the token, the proxy's address passed on, and that the site answers.
#
#   nginx-layout.sh CONTEST_SERVER NGINX_SITE_CONF     (exit 77: skipped, nginx missing)
set -euo pipefail
server_bin=$1
site_conf=$2
nginx_bin=$(command -v nginx || true)
[ -x /usr/sbin/nginx ] && nginx_bin=/usr/sbin/nginx
if [ -z "$nginx_bin" ]; then
  echo "SKIP: nginx is not installed (installer/debian-setup.sh test installs it)"
  exit 77
fi
dir=$(mktemp -d)
chmod 755 "$dir" # nginx workers (nobody) use its temp folders
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$dir/nginx.pid" ] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; [ -f "$dir/error.log" ] && tail -5 "$dir/error.log"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
https_port=$(free_port); http_port=$(free_port); app_port=$(free_port)

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
  -addext subjectAltName=IP:127.0.0.1 -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
head -c 24 /dev/urandom | base64 > "$dir/token"

"$server_bin" --http --address 127.0.0.1 --port "$app_port" --data "$dir/site.sqlite" \
  --token-file "$dir/token" --demo-site > "$dir/server.out" 2> "$dir/server.err" &
pids+=($!)
for _ in $(seq 50); do grep -q listening "$dir/server.out" 2>/dev/null && break; sleep 0.1; done
grep -q listening "$dir/server.out" || fail "contest-server did not start: $(cat "$dir/server.err")"

# The shipped site, with only its addresses, ports and certificate changed.
sed -e "s|listen 443 ssl http2;|listen 127.0.0.1:$https_port ssl http2;|" \
    -e "s|listen 80;|listen 127.0.0.1:$http_port;|" \
    -e "/listen \[::\]/d" \
    -e "s|server 127.0.0.1:8080;|server 127.0.0.1:$app_port;|" \
    -e "s|/etc/letsencrypt/live/thi.example.gov.vn/fullchain.pem|$dir/cert.pem|" \
    -e "s|/etc/letsencrypt/live/thi.example.gov.vn/privkey.pem|$dir/key.pem|" \
    "$site_conf" > "$dir/site.conf"
cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 64; }
http {
  access_log $dir/access.log;
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
echo "PASS: nginx (TLS, HSTS, 413, redirect) in front of contest-server --http"
