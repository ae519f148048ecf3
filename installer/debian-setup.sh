#!/usr/bin/env bash
# Sets up a Debian 12 machine for Contest Admin and builds it, then either starts the
# desktop app on the demo database (run) or runs the whole test suite (test).
#
#   installer/debian-setup.sh run    # install what is missing, build, start on the demo
#   installer/debian-setup.sh test   # install what is missing, build, run every test
#
# Run it as root or as a user with sudo. Nothing is downloaded but Debian packages.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-}
build=${CONTEST_ADMIN_BUILD_DIR:-$here/build}

# postgresql: ctest starts its own throwaway cluster for the -postgresql tests
# (tests/postgres/test-postgres.sh); libqt6sql6-psql is the driver for postgresql:// URLs;
# libpq-dev lets the sync COPY rows on the connection that driver opened.
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
  qtkeychain-qt6-dev libxlsxwriter-dev libqrencode-dev libsqlite3-dev sqlite3
  libsimdjson-dev libssl-dev libpq-dev dbus gnome-keyring ccache
  xvfb xauth fonts-liberation2 poppler-utils postgresql openssl curl imagemagick
)

# Only for `test`: the contest site's browser test drives Debian's chromium with npm's
# puppeteer-core (never the full puppeteer, which downloads a browser of its own) and
# checks every page with axe-core; both go into the build folder, not the source tree.
# nginx: TestSiteNginx runs the shipped site (installer/server/) in front of contest-server.
test_packages=(chromium nodejs npm nginx)

usage() {
  sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 1
}

install_missing() {
  local missing=()
  for p in "${packages[@]}" "$@"; do
    # NodeSource's nodejs carries npm and conflicts with Debian's npm package: a working
    # npm command is enough.
    [ "$p" = npm ] && command -v npm >/dev/null && continue
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== installing ${#missing[@]} Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

build_all() {
  echo "== configuring and building in $build"
  # ccache: a developer's second build (another branch, a fresh clone) reuses the objects,
  # with paths below the source folder hashed relative to it.
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR=$here CCACHE_NOHASHDIR=1
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" ${CONTEST_ADMIN_CMAKE_ARGS:-}
  cmake --build "$build" -j "$(nproc)"
}

run_app() {
  local data=${XDG_DATA_HOME:-$HOME/.local/share}/contest-admin
  local demo=$data/demo.sqlite
  mkdir -p "$data"
  if [ ! -f "$demo" ]; then
    "$build/app/contestctl/contestctl" --db "$demo" demo
  else
    "$build/app/contestctl/contestctl" --db "$demo" init
  fi
  # The contest site on the same demo contest, for contestants' phones (docs/contest-site.md).
  echo "== the contest site on the demo contest, in another terminal:"
  echo "  $build/server/contest-server --http --port 8080 --data $data/site.sqlite --token demo-token --demo-site"
  echo "   then open http://127.0.0.1:8080/ (plain HTTP on this computer only; docs/contest-site.md puts it behind nginx with TLS)"
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: start it inside a desktop session, or under Xvfb:" >&2
    echo "  xvfb-run -a $build/app/desktop/contest-admin --db $demo" >&2
    exit 1
  fi
  echo "== starting contest-admin on $demo"
  exec "$build/app/desktop/contest-admin" --db "$demo"
}

install_browser_test() {
  local modules=$build/browser-test
  [ -d "$modules/node_modules/puppeteer-core" ] && [ -d "$modules/node_modules/axe-core" ] && return 0
  echo "== installing puppeteer-core and axe-core (npm) into $modules"
  mkdir -p "$modules"
  npm install --prefix "$modules" --no-audit --no-fund puppeteer-core@25 axe-core@4
}

run_tests() {
  echo "== running the test suite"
  cd "$build"
  QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 ctest --output-on-failure -j "$(nproc)" --timeout 900
}

case "$mode" in
  run) install_missing; build_all; run_app ;;
  test) install_missing "${test_packages[@]}"; build_all; install_browser_test; run_tests ;;
  *) usage ;;
esac
