#!/usr/bin/env bash
# The results and sync benchmarks on SQLite and on PostgreSQL, figures side by side.
#
#   tests/bench/run-both-engines.sh [BUILD_DIR=build] [PEOPLE=700000] [SYNC_N=100000] [PG_PORT=54335]
#
# Builds nothing: first `cmake --build BUILD_DIR --target contestctl bench_results
# bench_results_load bench_sync`. PostgreSQL is a throwaway cluster on 127.0.0.1 started
# by tests/postgres/test-postgres.sh (from PG_PORT on) and removed at the end.
# PEOPLE=700000 makes about a million submissions (the results goal's size).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
people=${2:-700000}
sync_n=${3:-100000}
pg_port=${4:-54335}
ctl=$build/app/contestctl/contestctl
bench=$build/tests/bench
for f in "$ctl" "$bench/bench_results" "$bench/bench_results_load" "$bench/bench_sync"; do
  [ -x "$f" ] || { echo "missing $f: build it first" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/contest-bench.XXXXXX")
state=$work/pg
cleanup() {
  "$here/tests/postgres/test-postgres.sh" stop "$state" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
"$here/tests/postgres/test-postgres.sh" start "$state" "$pg_port"
server=$(cat "$state/url")
psql=$(cat "$state/bindir")/psql
pg_url() { echo "${server%/postgres}/$1"; }
create_pg() { "$psql" -q -v ON_ERROR_STOP=1 "$server" -c "CREATE DATABASE $1" >/dev/null; }

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f s", b - a }'; }
field() { sed -n "s/$1/\1/p" "$2" | head -n1; }

declare -A fig
run_engine() { # ENGINE DB
  local engine=$1 db=$2 t log=$work/$1
  echo "== $engine: contestctl demo --people $people" >&2
  t=$(now)
  "$ctl" --db "$db" demo --people "$people" >/dev/null
  fig[$engine,demo]=$(elapsed "$t")
  t=$(now)
  "$ctl" --db "$db" results --json >"$log.json"
  fig[$engine,results]=$(elapsed "$t")
  echo "== $engine: bench_results_load" >&2
  "$bench/bench_results_load" "$db" | tee "$log.load" >&2
  fig[$engine,load]=$(field 'load from the database: *\([0-9]* ms\).*' "$log.load")
  fig[$engine,compute]=$(field 'compute results: *\([0-9]* ms\).*' "$log.load")
  fig[$engine,rows]=$(field '.*(\([0-9]*\) submissions).*' "$log.load")
}
run_sync() { # ENGINE [BENCH_DB]
  local engine=$1 log=$work/$1.sync
  echo "== $engine: bench_sync $sync_n" >&2
  # BENCH_SYNC_ONLY: the sync alone; the curl + sqlite3 floor is SQLite's own figure.
  if [ -n "${2:-}" ]; then
    BENCH_SYNC_ONLY=1 BENCH_DB=$2 "$bench/bench_sync" "$sync_n" 2>"$log.err" | tee "$log" >&2
  else
    BENCH_SYNC_ONLY=1 "$bench/bench_sync" "$sync_n" 2>"$log.err" | tee "$log" >&2
  fi
  fig[$engine,sync]=$(sed -n 's/^ *\([0-9.]* s wall, [0-9]* submissions\/s\).*/\1/p' "$log" | head -n1)
  fig[$engine,synccpu]=$(sed -n 's/.*client CPU \([0-9.]* s\).*/\1/p' "$log" | head -n1)
  fig[$engine,syncstore]=$(sed -n 's/.*storing thread: waiting for pages \([0-9.]* s\), storing \([0-9.]* s\).*/storing \2/p' "$log" | head -n1)
}

run_engine SQLite "$work/demo.sqlite"
create_pg bench_results
run_engine PostgreSQL "$(pg_url bench_results)"
if ! cmp -s <(grep -v generated "$work/SQLite.json") <(grep -v generated "$work/PostgreSQL.json"); then
  echo "WARNING: results --json differ between the engines" >&2
fi
run_sync SQLite
create_pg bench_sync
run_sync PostgreSQL "$(pg_url bench_sync)"
echo "== bench_results (the ranking engine alone, no database)" >&2
engine_only=$("$bench/bench_results" 2>&1 | grep -E '^(build input|compute results \(best/median)')

printf '\n%-44s %-28s %-28s\n' "figure" "SQLite" "PostgreSQL 15"
row() { printf '%-44s %-28s %-28s\n' "$1" "${fig[SQLite,$2]:-?}" "${fig[PostgreSQL,$2]:-?}"; }
row "submissions in the demo database" rows
row "contestctl demo --people $people (wall)" demo
row "contestctl results --json (wall)" results
row "bench_results_load: load from the database" load
row "bench_results_load: compute results" compute
row "bench_sync $sync_n: sync (wall)" sync
row "bench_sync: client CPU" synccpu
row "bench_sync: storing thread" syncstore
printf '\nbench_results (no database, same on both):\n%s\n' "$engine_only"
if cmp -s <(grep -v generated "$work/SQLite.json") <(grep -v generated "$work/PostgreSQL.json"); then
  echo "results --json: identical on both engines"
fi
