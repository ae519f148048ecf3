#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the test suite and the benchmarks.
#
#   tests/postgres/test-postgres.sh start STATE_DIR [FIRST_PORT]
#   tests/postgres/test-postgres.sh stop STATE_DIR
#
# start: initdb in a fresh temporary folder, listen on 127.0.0.1 at the first free port
# from FIRST_PORT (default 54330) on, and write into STATE_DIR:
#   url     postgresql://contest_test:…@127.0.0.1:PORT/postgres (a superuser, so tests can
#           CREATE and DROP their own databases)
#   bindir  the PostgreSQL programs (pg_dump, pg_restore, psql)
#   root    the cluster's folder (data, log, socket)
# stop: stops that cluster and removes its folder.
# As root the server runs as the "postgres" user (PostgreSQL refuses to run as root).
# Missing PostgreSQL programs are an error, never a skip: CI must not pass by not testing.
set -euo pipefail

cmd=${1:-}
state=${2:-}
first_port=${3:-54330}
[ -n "$cmd" ] && [ -n "$state" ] || { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 64; }

as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    # su passes one command string; every argument here is quoted for it.
    local quoted
    quoted=$(printf '%q ' "$@")
    su postgres -s /bin/sh -c "$quoted"
  else
    "$@"
  fi
}

find_bindir() {
  local d
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return; }
  echo "test-postgres.sh: PostgreSQL server programs not found (Debian package postgresql)" >&2
  exit 1
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
  local bindir root password port log
  bindir=$(find_bindir)
  mkdir -p "$state"
  [ -f "$state/root" ] && stop_cluster || true
  root=$(mktemp -d "${TMPDIR:-/tmp}/contest-pg.XXXXXX")
  chmod 700 "$root"
  password="contest-$RANDOM$RANDOM"
  printf '%s\n' "$password" >"$root/pwfile"
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$root"
  as_server "$bindir/initdb" -D "$root/data" -U contest_test --pwfile="$root/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 ||
    { cat "$root/initdb.log" >&2; exit 1; }
  rm -f "$root/pwfile"
  log="$root/server.log"
  # Another cluster (another build's ctest) may hold a port: take the next free one.
  for port in $(seq "$first_port" $((first_port + 69))); do
    port_in_use "$port" && continue
    if as_server "$bindir/pg_ctl" -D "$root/data" -l "$log" -w -t 30 \
      -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
      start >/dev/null; then
      echo "$root" >"$state/root"
      echo "$bindir" >"$state/bindir"
      echo "postgresql://contest_test:$password@127.0.0.1:$port/postgres" >"$state/url"
      echo "PostgreSQL test cluster on 127.0.0.1:$port ($root)"
      return 0
    fi
  done
  echo "test-postgres.sh: the server did not start; its log:" >&2
  cat "$log" >&2 || true
  exit 1
}

stop_cluster() {
  local root bindir
  root=$(cat "$state/root")
  bindir=$(cat "$state/bindir" 2>/dev/null || find_bindir)
  if [ -d "$root/data" ]; then
    as_server "$bindir/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$root"
  rm -f "$state/root" "$state/url" "$state/bindir"
}

case "$cmd" in
  start) start ;;
  stop) [ -f "$state/root" ] && stop_cluster; echo "PostgreSQL test cluster stopped" ;;
  *) echo "test-postgres.sh: unknown command $cmd (start or stop)" >&2; exit 64 ;;
esac
