#!/bin/bash
# Builds ContestAdmin-<version>-win64-setup.exe on a Debian 12 machine, from Debian packages
# and Debian source packages only (issue #18).
#
#   installer/windows/build.sh            # everything: toolchain, Qt, deps, app, installer
#   installer/windows/build.sh qtbase     # only some steps (see STEPS below)
#
# Environment:
#   CONTEST_WIN64_CACHE  cache folder, outside the repository (default /work/cache/win64);
#                        sources, builds and the Windows prefix live there and later runs
#                        reuse them (each finished step leaves a stamp in $CACHE/stamps).
#   JOBS                 parallel jobs (default: number of cores)
#   OUT                  where the setup file goes (default: $CACHE/out)
#   CONTEST_WIN64_NO_APT=1  do not run apt-get (the packages are already there)
#
# Needs root for apt-get (the packages, and deb-src in the apt sources). Every build runs
# under `nice -n 10`. Logs: $CACHE/logs/<step>.log; times: $CACHE/logs/times.txt.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
CACHE=${CONTEST_WIN64_CACHE:-/work/cache/win64}
JOBS=${JOBS:-$(nproc)}
OUT=${OUT:-$CACHE/out}
SRC=$CACHE/src
BLD=$CACHE/build
PREFIX=$CACHE/prefix # the Windows install tree: Qt and the dependencies
STAMPS=$CACHE/stamps
LOGS=$CACHE/logs
HOST=x86_64-w64-mingw32
TOOLCHAIN=$CACHE/mingw64-toolchain.cmake
NICE="nice -n 10"

case "$CACHE" in "$REPO"|"$REPO"/*)
  echo "CONTEST_WIN64_CACHE must be outside the repository" >&2; exit 2;; esac
mkdir -p "$SRC" "$BLD" "$PREFIX" "$STAMPS" "$LOGS" "$OUT"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { echo "build.sh: $*" >&2; exit 1; }

# run_step NAME FUNCTION: runs FUNCTION once (a stamp marks it done), logs and times it.
run_step() {
  local name=$1 fn=$2
  if [ -e "$STAMPS/$name" ]; then log "$name: cached"; return 0; fi
  log "$name: building (log: $LOGS/$name.log)"
  local t0=$SECONDS rc=0
  "$fn" >"$LOGS/$name.log" 2>&1 || rc=$?
  if [ "$rc" = 3 ]; then # cannot be done here (a source the mirror does not serve)
    log "$name: BLOCKED: $(tail -n 1 "$LOGS/$name.log")"
    return 0
  elif [ "$rc" != 0 ]; then
    tail -n 40 "$LOGS/$name.log" >&2
    die "step $name failed, see $LOGS/$name.log"
  fi
  local dt=$((SECONDS - t0))
  printf '%s %s %dm%02ds\n' "$(date -u +%FT%TZ)" "$name" $((dt / 60)) $((dt % 60)) >>"$LOGS/times.txt"
  log "$name: done in $((dt / 60))m$((dt % 60))s"
  touch "$STAMPS/$name"
}

# ---------------------------------------------------------------------------- packages
PACKAGES=(
  g++-mingw-w64-x86-64-posix mingw-w64-tools libz-mingw-w64-dev # the cross toolchain
  cmake ninja-build pkgconf dpkg-dev tcl                        # builds, apt-get source
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools # host Qt
  imagemagick                                                   # the installer icon
  nsis                                                          # makensis
  fonts-liberation2                                             # the print fonts
)
step_packages() {
  # deb-src next to deb (Debian 12's deb822 sources file), for `apt-get source`
  local f=/etc/apt/sources.list.d/debian.sources
  if [ -f "$f" ] && grep -q '^Types: deb$' "$f"; then
    sed -i 's/^Types: deb$/Types: deb deb-src/' "$f"
  elif [ -f /etc/apt/sources.list ] && ! grep -q '^deb-src' /etc/apt/sources.list; then
    sed -n 's/^deb /deb-src /p' /etc/apt/sources.list >/etc/apt/sources.list.d/contest-deb-src.list
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"
}
ensure_packages() {
  [ "${CONTEST_WIN64_NO_APT:-}" = 1 ] && return 0
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ] || ! grep -rqs 'deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    [ "$(id -u)" = 0 ] || die "missing packages (${missing[*]}): run as root or install them"
    rm -f "$STAMPS/packages"
    run_step packages step_packages
  fi
}

# -------------------------------------------------------------------- Debian sources
# debian_source PKG: `apt-get source` (Debian's patches applied) into $SRC, once; prints the
# folder. When the mirror serves the .orig tarball but not the .debian one (it happens with
# partial mirrors), the .orig tarball (checksum checked by apt) is unpacked without
# Debian's patches, and the log says so.
debian_source() {
  local pkg=$1 dir
  dir=$(find "$SRC" -maxdepth 1 -type d -name "$pkg-[0-9]*" | head -n 1)
  if [ -z "$dir" ]; then
    local ok=0 v
    (cd "$SRC" && apt-get source -q "$pkg" >"$LOGS/source-$pkg.log" 2>&1) && ok=1
    if [ $ok = 0 ]; then # another version the sources list (e.g. main vs security)
      for v in $(apt-cache showsrc "$pkg" | sed -n 's/^Version: //p' | sort -u); do
        (cd "$SRC" && apt-get source -q "$pkg=$v" >>"$LOGS/source-$pkg.log" 2>&1) && { ok=1; break; }
      done
    fi
    if [ $ok = 0 ]; then
      local orig
      orig=$(find "$SRC" -maxdepth 1 -name "${pkg}_*.orig.tar.*" ! -name '*.asc' | head -n 1)
      if [ -z "$orig" ]; then
        [ "${SOFT:-}" = 1 ] && return 1
        die "apt-get source $pkg failed (see $LOGS/source-$pkg.log)"
      fi
      echo "WARNING: $pkg: only $(basename "$orig") could be fetched; unpacked without Debian's patches" |
        tee -a "$LOGS/source-$pkg.log" >&2
      local ver top
      ver=$(basename "$orig" | sed -E "s/^${pkg}_(.*)\.orig\.tar\..*/\1/")
      top=$(tar tf "$orig" | head -n 1 | cut -d/ -f1)
      (cd "$SRC" && tar xf "$orig" && mv "$top" "$pkg-$ver")
    fi
    dir=$(find "$SRC" -maxdepth 1 -type d -name "$pkg-[0-9]*" | head -n 1)
  fi
  [ -n "$dir" ] || die "no source folder for $pkg"
  echo "$dir"
}

write_toolchain() {
  cat >"$TOOLCHAIN" <<EOF
# MinGW-w64 (Debian's posix-thread GCC) targeting 64-bit Windows
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER   $HOST-gcc-posix)
set(CMAKE_CXX_COMPILER $HOST-g++-posix)
set(CMAKE_RC_COMPILER  $HOST-windres)
set(CMAKE_FIND_ROOT_PATH /usr/$HOST $PREFIX)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
EOF
}

# pkg-config that sees only the Windows prefix
export PKG_CONFIG_LIBDIR=$PREFIX/lib/pkgconfig:/usr/$HOST/lib/pkgconfig
export PKG_CONFIG_SYSROOT_DIR=
cmake_win() { # cmake_win SRC BUILD [args]: configure a plain CMake project for Windows
  local s=$1 b=$2; shift 2
  $NICE cmake -S "$s" -B "$b" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" \
    -DCMAKE_PREFIX_PATH="$PREFIX" "$@"
}
build_install() { $NICE cmake --build "$1" -j "$JOBS" && $NICE cmake --install "$1"; }

# ----------------------------------------------------------------------------- SQLite
# Debian's sqlite3 source is the full tree: the host makes the amalgamation (tclsh), MinGW
# compiles it into sqlite3.dll (one copy shared by Qt's QSQLITE driver and contest_core).
step_sqlite() {
  local s b
  s=$(debian_source sqlite3)
  b=$BLD/sqlite
  rm -rf "$b" && mkdir -p "$b" && cd "$b"
  "$s/configure" --disable-tcl >/dev/null
  $NICE make -j "$JOBS" sqlite3.c
  local defs="-DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE \
    -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_SECURE_DELETE \
    -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_MAX_VARIABLE_NUMBER=250000"
  # shellcheck disable=SC2086
  $NICE $HOST-gcc-posix -O2 $defs -shared sqlite3.c -o sqlite3.dll \
    -Wl,--out-implib,libsqlite3.dll.a
  mkdir -p "$PREFIX/bin" "$PREFIX/lib/pkgconfig" "$PREFIX/include"
  cp sqlite3.dll "$PREFIX/bin/"
  cp libsqlite3.dll.a "$PREFIX/lib/"
  cp sqlite3.h sqlite3ext.h "$PREFIX/include/"
  local ver
  ver=$(sed -n 's/^#define SQLITE_VERSION *"\(.*\)"/\1/p' sqlite3.h)
  cat >"$PREFIX/lib/pkgconfig/sqlite3.pc" <<EOF
prefix=$PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: SQLite
Description: SQL database engine (Debian's sqlite3 source, cross-built)
Version: $ver
Libs: -L\${libdir} -lsqlite3
Cflags: -I\${includedir}
EOF
}

# ----------------------------------------------------------------------------- qtbase
step_qtbase() {
  local s b
  s=$(debian_source qt6-base)
  b=$BLD/qtbase
  # QT_HOST_PATH: moc, rcc, uic... come from Debian's host Qt 6.4.2 (same version).
  # Debian's +dfsg tarball has no src/3rdparty/sqlite (-> our sqlite3.dll), no wintab
  # (-> no tablet events), no iaccessible2. TLS: Schannel, no OpenSSL.
  $NICE cmake -S "$s" -B "$b" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF -DBUILD_WITH_PCH=ON \
    -DFEATURE_schannel=ON -DINPUT_openssl=no -DFEATURE_dbus=OFF \
    -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON \
    -DSQLite3_INCLUDE_DIR="$PREFIX/include" -DSQLite3_LIBRARY="$PREFIX/lib/libsqlite3.dll.a" \
    -DFEATURE_sql_psql=OFF -DFEATURE_sql_odbc=OFF -DFEATURE_sql_mysql=OFF \
    -DFEATURE_system_zlib=ON -DFEATURE_tabletevent=OFF -DFEATURE_accessibility_atspi_bridge=OFF
  # Only what the suite needs: not the Direct2D platform plugin (it compiles the whole
  # Windows plugin a second time), QtOpenGLWidgets, the minimal platform, TUIO touch
  # and the cert-only TLS backend: a fifth less to build. (contestctl prints on the
  # offscreen platform: that one stays.)
  $NICE cmake --build "$b" -j "$JOBS" --target "${QT_TARGETS[@]}"
  # so the install rules of those left out are skipped too: each folder's own rules
  local f
  while read -r f; do
    case "$f" in ./src/plugins/platforms/direct2d/* | ./src/plugins/platforms/minimal/* | \
      ./src/plugins/generic/* | ./src/plugins/tls/certonly/* | ./src/openglwidgets/* | \
      ./src/platformsupport/fbconvenience/*) continue ;;
    esac
    (cd "$b" && cmake -DCMAKE_INSTALL_LOCAL_ONLY=ON -P "$f")
  done < <(cd "$b" && find . -name cmake_install.cmake | sort)
}
QT_TARGETS=(Core Gui Widgets Network Sql PrintSupport Test Concurrent Xml
  EntryPointImplementation QWindowsIntegrationPlugin QOffscreenIntegrationPlugin
  QWindowsVistaStylePlugin QSQLiteDriverPlugin QSchannelBackendPlugin QICOPlugin QJpegPlugin
  QGifPlugin)

QT_TOOLCHAIN=$PREFIX/lib/cmake/Qt6/qt.toolchain.cmake
cmake_qt() { # cmake_qt SRC BUILD [args]: configure a project against the Windows Qt
  local s=$1 b=$2; shift 2
  $NICE cmake -S "$s" -B "$b" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$QT_TOOLCHAIN" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" \
    -DCMAKE_PREFIX_PATH="$PREFIX" -DCMAKE_FIND_ROOT_PATH="$PREFIX;/usr/$HOST" "$@"
}

# ----------------------------------------------------------- Qt Svg and Qt Charts
# Built when Debian's source can be fetched; this machine's mirror answers 404 for
# qt6-svg_6.4.2.orig.tar.xz and qt6-charts_6.4.2.orig.tar.xz, so here the steps report
# BLOCKED (and are retried by the next run), the SVG icon is left out and the app is built
# without the dashboard's charts (CONTEST_WITH_CHARTS=OFF).
qt_module() { # qt_module DEBIAN-SOURCE-PACKAGE
  local s
  s=$(SOFT=1 debian_source "$1") || { echo "apt-get source $1: not served by the mirror"; return 3; }
  rm -rf "$BLD/$1"
  cmake_qt "$s" "$BLD/$1" -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
  build_install "$BLD/$1"
}
step_qtsvg() { qt_module qt6-svg; }
step_qtcharts() { qt_module qt6-charts; }

# --------------------------------------------------------------- the small libraries
step_qrencode() {
  local s
  s=$(debian_source qrencode)
  rm -rf "$BLD/qrencode"
  cmake_win "$s" "$BLD/qrencode" -DWITH_TOOLS=OFF -DWITH_TESTS=OFF -DBUILD_SHARED_LIBS=OFF
  build_install "$BLD/qrencode"
}

step_xlsxwriter() {
  local s
  s=$(debian_source libxlsxwriter)
  rm -rf "$BLD/xlsxwriter"
  # zlib: Debian's libz-mingw-w64-dev (static libz.a, so no zlib1.dll to ship)
  cmake_win "$s" "$BLD/xlsxwriter" -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTS=OFF \
    -DBUILD_EXAMPLES=OFF -DZLIB_LIBRARY=/usr/$HOST/lib/libz.a -DZLIB_INCLUDE_DIR=/usr/$HOST/include
  build_install "$BLD/xlsxwriter"
  # the .pc names -lz; the static library needs nothing else
}

step_simdjson() {
  local s
  s=$(debian_source simdjson)
  rm -rf "$BLD/simdjson"
  cmake_win "$s" "$BLD/simdjson" -DBUILD_SHARED_LIBS=OFF -DSIMDJSON_DEVELOPER_MODE=OFF
  build_install "$BLD/simdjson"
}

# QtKeychain: Debian's qtkeychain source is not served by this machine's mirror (404 for
# qtkeychain_0.13.2.orig.tar.gz): our own QtKeychain-compatible library over the Windows
# credential store stands in for it (installer/windows/keychain-wincred).
step_keychain() {
  rm -rf "$BLD/keychain"
  cmake_qt "$HERE/keychain-wincred" "$BLD/keychain"
  build_install "$BLD/keychain"
}

# ----------------------------------------------------------------- PostgreSQL client
# libpq from Debian's postgresql-15 source (autoconf, --host), without OpenSSL (the
# committee's LAN database; no TLS to PostgreSQL from Windows), then Qt's QPSQL driver
# built on its own from qtbase's src/plugins/sqldrivers.
step_libpq() {
  local s b
  s=$(debian_source postgresql-15)
  b=$BLD/libpq
  rm -rf "$b" && mkdir -p "$b" && cd "$b"
  $NICE "$s/configure" --host=$HOST --prefix="$PREFIX" --without-readline --without-zlib \
    --without-icu --without-openssl --without-gssapi --without-ldap
  $NICE make -j "$JOBS" -C src/interfaces/libpq
  $NICE make -C src/interfaces/libpq install
  $NICE make -C src/include install
}

step_qpsql() {
  local s
  s=$(debian_source qt6-base)
  rm -rf "$BLD/qpsql"
  cmake_qt "$s/src/plugins/sqldrivers" "$BLD/qpsql" -DFEATURE_sql_psql=ON \
    -DFEATURE_sql_sqlite=OFF -DFEATURE_sql_odbc=OFF -DFEATURE_sql_mysql=OFF \
    -DPostgreSQL_INCLUDE_DIR="$PREFIX/include" -DPostgreSQL_LIBRARY_RELEASE="$PREFIX/lib/libpq.a" \
    -DPostgreSQL_LIBRARY="$PREFIX/lib/libpq.a" # libpq.a: PostgreSQL's import library of libpq.dll
  build_install "$BLD/qpsql"
}

# ------------------------------------------------------------------ the application
# Configured against the Windows Qt; moc/rcc/uic and lrelease are Debian's host tools.
# Not cached: each run rebuilds what changed (ninja), from this checkout.
VERSION=$(sed -n 's/^project(ContestAdmin VERSION \([0-9.]*\).*/\1/p' "$REPO/CMakeLists.txt")
APPBLD=$BLD/app
step_app() {
  # Qt Charts: Debian's qt6-charts source is not served by this machine's mirror (404 for
  # qt6-charts_6.4.2.orig.tar.xz), so the dashboard's charts are left out when the Windows
  # prefix has no Qt6Charts.
  local charts=ON
  [ -f "$PREFIX/lib/cmake/Qt6Charts/Qt6ChartsConfig.cmake" ] || charts=OFF
  cmake_qt "$REPO" "$APPBLD" -DBUILD_TESTING=OFF -DCONTEST_BUILD_SERVER=OFF \
    -DCONTEST_SHA256_OPENSSL=OFF -DCONTEST_WITH_CHARTS=$charts \
    -DQt6LinguistTools_DIR=/usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools
  # CONTEST_WIN64_TARGETS=contestctl: only the command-line tool (a quicker first test)
  # shellcheck disable=SC2086
  $NICE cmake --build "$APPBLD" -j "$JOBS" ${CONTEST_WIN64_TARGETS:+--target $CONTEST_WIN64_TARGETS}
}

# ----------------------------------------------------------------------------- deploy
# windeployqt's job: the programs, every DLL they need (found by walking the PE imports
# with objdump, through the plugins too), Qt's plugins, the MinGW runtime, qt.conf.
STAGE=$BLD/stage
dll_search_path() {
  echo "$PREFIX/bin" "$PREFIX/lib" /usr/lib/gcc/$HOST/12-posix /usr/$HOST/lib
}
find_dll() { # find_dll NAME: prints its path, or nothing for a Windows system DLL
  local d f
  for d in $(dll_search_path); do
    f=$(find "$d" -maxdepth 1 -iname "$1" 2>/dev/null | head -n 1)
    [ -n "$f" ] && { echo "$f"; return 0; }
  done
  return 0
}
deploy_deps() { # deploy_deps FILE...: copies the DLLs they import into $STAGE, recursively
  local queue=("$@") f dll path
  while [ ${#queue[@]} -gt 0 ]; do
    f=${queue[0]}; queue=("${queue[@]:1}")
    for dll in $($HOST-objdump -p "$f" | sed -n 's/^\s*DLL Name: //p'); do
      [ -e "$STAGE/$dll" ] && continue
      path=$(find_dll "$dll")
      if [ -z "$path" ]; then # a Windows DLL (KERNEL32.dll, ...), or one missing here
        echo "  $dll: not in the prefix nor the MinGW runtime, taken as Windows' own"
        continue
      fi
      cp "$path" "$STAGE/$dll"
      echo "  $dll <- $path"
      queue+=("$STAGE/$dll")
    done
  done
}
step_deploy() {
  rm -rf "$STAGE" && mkdir -p "$STAGE/plugins"
  local exes=()
  local e f
  for e in contestctl.exe contest-admin.exe; do # where the build put them (build root)
    f=$(find "$APPBLD" -name "$e" -not -path '*/CMakeFiles/*' | head -n 1)
    if [ -n "$f" ]; then cp "$f" "$STAGE/"; exes+=("$STAGE/$e"); fi
  done
  [ ${#exes[@]} -gt 0 ] || die "no program built in $APPBLD"
  local plugins=(platforms/qwindows.dll platforms/qoffscreen.dll sqldrivers/qsqlite.dll sqldrivers/qsqlpsql.dll
    tls/qschannelbackend.dll styles/qwindowsvistastyle.dll
    imageformats/qsvg.dll imageformats/qico.dll imageformats/qjpeg.dll imageformats/qgif.dll
    iconengines/qsvgicon.dll)
  local p copied=()
  for p in "${plugins[@]}"; do
    if [ -f "$PREFIX/plugins/$p" ]; then
      mkdir -p "$STAGE/plugins/$(dirname "$p")"
      cp "$PREFIX/plugins/$p" "$STAGE/plugins/$p"
      copied+=("$STAGE/plugins/$p")
      echo "plugin $p"
    else
      echo "plugin $p: not built, left out"
    fi
  done
  deploy_deps "${exes[@]}" "${copied[@]}"
  # Qt finds its plugins and translations relative to the programs
  printf '[Paths]\nPrefix = .\nPlugins = plugins\nTranslations = translations\n' >"$STAGE/qt.conf"
  $HOST-strip --strip-unneeded "$STAGE"/*.exe "$STAGE"/*.dll "$STAGE"/plugins/*/*.dll
  cp "$REPO/installer/LICENSE.txt" "$STAGE/LICENSE.txt"
  convert -background none "$REPO/resources/icons/contest-admin.svg" \
    -define icon:auto-resize=256,48,32,16 "$STAGE/contest-admin.ico"
  du -sh "$STAGE"
}

# -------------------------------------------------------------------------- installer
step_installer() {
  local setup="$OUT/ContestAdmin-$VERSION-win64-setup.exe"
  local desktop=0
  [ -f "$STAGE/contest-admin.exe" ] && desktop=1
  makensis -V3 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DSTAGE="$STAGE" \
    -DHAVE_DESKTOP=$desktop -DOUTFILE="$setup" "$HERE/contest-admin.nsi"
  ls -l "$setup"
}

STEPS_ALL=(sqlite qtbase qtsvg qtcharts qrencode xlsxwriter simdjson keychain libpq qpsql app deploy
  installer)
ALWAYS=" app deploy installer " # never cached: they follow the checkout

main() {
  ensure_packages
  write_toolchain
  local steps=("$@")
  [ ${#steps[@]} -gt 0 ] || steps=("${STEPS_ALL[@]}")
  local t0=$SECONDS
  for s in "${steps[@]}"; do
    case "$ALWAYS" in *" $s "*) rm -f "$STAMPS/$s" ;; esac
    run_step "$s" "step_${s//-/_}"
  done
  if [ -f "$OUT/ContestAdmin-$VERSION-win64-setup.exe" ]; then
    log "setup: $OUT/ContestAdmin-$VERSION-win64-setup.exe"
  fi
  log "total: $(((SECONDS - t0) / 60))m$(((SECONDS - t0) % 60))s"
}
main "$@"
