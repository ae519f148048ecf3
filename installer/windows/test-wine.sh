#!/bin/bash
# Tests the Windows setup file under Debian's Wine (issue #18), against the Linux build:
#
#   installer/windows/test-wine.sh [SETUP.exe]
#
# 1. a fresh 64-bit Wine prefix, a virtual X server (Xvfb), a silent install (/S);
# 2. contestctl (Linux) and contestctl.exe (Wine) each make the demo contest, decide its
#    tie, lock the results and print: the same results JSON, the same number of
#    certificate pages, the same names, the same award list (compare-wine.py); then
#    contestctl.exe reads the Linux database (the same file) and must agree again;
# 3. HTTPS sync from contest-server (native, loopback) with the CA file, and refusal
#    without it;
# 4. contest-admin.exe (when the setup has it) on the demo database: log in, the Printing
#    area, the certificate preview (screenshots);
# 5. silent uninstall: the program folder goes, %LOCALAPPDATA%\contest-admin stays.
#
# Environment: LINUX_BUILD (a Linux build folder of this repository with contestctl and
# contest-server; default build-linux), CONTEST_WIN64_CACHE (for the default setup file),
# KEEP=1 keeps the work folder, SHOTS (where screenshots go; default docs/images).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
CACHE=${CONTEST_WIN64_CACHE:-/work/cache/win64}
VERSION=$(sed -n 's/^project(ContestAdmin VERSION \([0-9.]*\).*/\1/p' "$REPO/CMakeLists.txt")
SETUP=${1:-$CACHE/out/ContestAdmin-$VERSION-win64-setup.exe}
LINUX_BUILD=${LINUX_BUILD:-$REPO/build-linux}
SHOTS=${SHOTS:-$REPO/docs/images}
LCTL=$LINUX_BUILD/app/contestctl/contestctl
SERVER=$LINUX_BUILD/server/contest-server

for tool in wine wineserver Xvfb import pdfinfo pdftotext openssl python3; do # xdotool: optional
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wine wine64 xvfb imagemagick poppler-utils openssl)" >&2; exit 2; }
done
[ -f "$SETUP" ] || { echo "no setup file $SETUP (run installer/windows/build.sh)" >&2; exit 2; }
HAVE_LINUX=1
[ -x "$LCTL" ] || { echo "WARNING: no Linux contestctl in $LINUX_BUILD (cmake -S . -B build-linux -G Ninja && cmake --build build-linux): nothing to compare with" >&2; HAVE_LINUX=0; }

WORK=$(mktemp -d /tmp/contest-wine.XXXXXX)
export WINEPREFIX=$WORK/prefix WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=" # no Mono/Gecko download prompts
XVFB_PID="" SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  wineserver -k 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  if [ "${KEEP:-}" = 1 ]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

FAILS=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; FAILS=$((FAILS + 1)); }
step() { echo; echo "== $*"; }

# A virtual screen for Wine's windows (the installer's, the app's)
for n in $(seq 91 99); do [ -e /tmp/.X$n-lock ] || { DISP=:$n; break; }; done
Xvfb "$DISP" -screen 0 1366x768x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=$DISP
sleep 1

step "fresh Wine prefix"
t0=$SECONDS
wineboot -i >"$WORK/wineboot.log" 2>&1
wineserver -w
echo "prefix ready in $((SECONDS - t0)) s: $WINEPREFIX"

# shot NAME: the whole virtual screen into $SHOTS/windows-NAME.png
shot() { mkdir -p "$SHOTS"; import -window root "$SHOTS/windows-$1.png" && echo "screenshot $SHOTS/windows-$1.png"; }

step "installer pages (screenshots; the installer is then stopped)"
wine "$SETUP" >"$WORK/setup-ui.log" 2>&1 &
sleep 12
if command -v xdotool >/dev/null; then
  xdotool key Down # English -> Tiếng Việt
  sleep 1
  shot installer-language # the Vietnamese/English choice
  xdotool key Return
  sleep 5
  shot installer-welcome
else
  shot installer-language
  echo "(no xdotool: the welcome page is not shown)"
fi
wineserver -k || true
sleep 1

step "silent install of $(basename "$SETUP") ($(du -h "$SETUP" | cut -f1))"
INSTDIR="$WINEPREFIX/drive_c/Program Files/Contest Admin"
t0=$SECONDS
wine "$SETUP" /S >"$WORK/install.log" 2>&1 || true
wineserver -w
if [ -f "$INSTDIR/contestctl.exe" ] && [ -f "$INSTDIR/Uninstall.exe" ]; then
  pass "installed in $((SECONDS - t0)) s: $(find "$INSTDIR" -type f | wc -l) files, $(du -sh "$INSTDIR" | cut -f1)"
else
  fail "install: no contestctl.exe/Uninstall.exe in $INSTDIR"; exit 1
fi
lnks() { find "$WINEPREFIX/drive_c" -name '*.lnk' \( -path '*Contest Admin*' -o -path '*Desktop/Qu*' \); }
SHORTCUTS=$(lnks | wc -l)
WANT=2; [ -f "$INSTDIR/contest-admin.exe" ] && WANT=4
[ "$SHORTCUTS" -ge "$WANT" ] && pass "shortcuts (Start menu, desktop): $(lnks | sed "s|$WINEPREFIX/drive_c/||" | tr '\n' ';')" ||
  fail "shortcuts: $SHORTCUTS: $(lnks | tr '\n' ';')"
WCTL() { wine "$INSTDIR/contestctl.exe" "$@"; }
winpath() { winepath -w "$1" 2>/dev/null; }

# The same commands on both sides; `ctl` is the program, $1 the output folder.
run_side() {
  local out=$1; shift
  local ctl=("$@")
  mkdir -p "$out"
  "${ctl[@]}" demo >"$out/demo.txt" 2>&1 || true
  # the demo has one tie at a prize boundary: the judges decide it in listed order
  local tie prize order
  tie=$("${ctl[@]}" ties list 2>&1 | tr -d '\r' | awk '$1 == "unresolved" {print $2, $3; exit}')
  prize=${tie%% *} order=${tie#* }
  if [ -n "$tie" ]; then
    "${ctl[@]}" ties decide --prize "$prize" --order "$order" --reason "test" --judges "A,B" \
      >>"$out/demo.txt" 2>&1 || true
  fi
  "${ctl[@]}" results lock >"$out/lock.txt" 2>&1 || true
}
print_side() { # print_side OUT-UNIX OUT-AS-THE-PROGRAM-SEES-IT CTL...
  local out=$1 p=$2; shift 2
  local ctl=("$@")
  "${ctl[@]}" results --json --out "$p/results.json" >"$out/results.txt" 2>&1 || true
  "${ctl[@]}" print certificates --out "$p/certificates.pdf" --signer "Nguyễn Văn An" \
    >"$out/certificates.txt" 2>&1 || true
  "${ctl[@]}" print award-list --out "$p/award-list.xlsx" >"$out/award-list.txt" 2>&1 || true
}

step "Linux contestctl: demo, tie, lock, results, certificates, award list"
export XDG_DATA_HOME=$WORK/linux-home/data XDG_CONFIG_HOME=$WORK/linux-home/config
t0=$SECONDS
if [ $HAVE_LINUX = 1 ]; then
  run_side "$WORK/linux" "$LCTL" --db "$WORK/linux/demo.sqlite"
  print_side "$WORK/linux" "$WORK/linux" "$LCTL" --db "$WORK/linux/demo.sqlite"
fi
echo "Linux: $((SECONDS - t0)) s"

step "contestctl.exe under Wine: the same, in the default database (%LOCALAPPDATA%)"
t0=$SECONDS
mkdir -p "$WORK/windows"
run_side "$WORK/windows" WCTL
print_side "$WORK/windows" "$(winpath "$WORK/windows")" WCTL
echo "Wine: $((SECONDS - t0)) s"
DATA_DIR=$(find "$WINEPREFIX/drive_c/users" -type d -path '*AppData/Local/contest-admin' | head -n 1)
[ -n "$DATA_DIR" ] && [ -f "$DATA_DIR/contest-admin.sqlite" ] &&
  pass "default database: ${DATA_DIR#"$WINEPREFIX"/}/contest-admin.sqlite" ||
  fail "no database in %LOCALAPPDATA%\\contest-admin"
LL=$(grep -o 'sha256 [0-9a-f]*' "$WORK/linux/lock.txt" || true)
WL=$(tr -d '\r' <"$WORK/windows/lock.txt" | grep -o 'sha256 [0-9a-f]*' || true)
# (the snapshots' hashes differ: the judges' decision records its time and the OS user)
echo "locked: Linux '$LL', Windows '$WL'"
echo "Wine: $(tr -d '\r' <"$WORK/windows/certificates.txt" | head -n 1); $(tr -d '\r' <"$WORK/windows/award-list.txt" | head -n 1)"
if [ $HAVE_LINUX = 1 ]; then
  python3 "$HERE/compare-wine.py" --separate-runs "$WORK/linux" "$WORK/windows" |
    tee "$WORK/compare-demo.txt" || FAILS=$((FAILS + 1))
else
  fail "no Linux build: results, certificates and award list not compared"
fi

step "contestctl.exe on the Linux database file (the same data)"
if [ $HAVE_LINUX = 1 ]; then cp "$WORK/linux/demo.sqlite" "$WORK/shared.sqlite"; else cp "$DATA_DIR/contest-admin.sqlite" "$WORK/shared.sqlite"; fi
mkdir -p "$WORK/windows-shared"
print_side "$WORK/windows-shared" "$(winpath "$WORK/windows-shared")" \
  WCTL --db "$(winpath "$WORK/shared.sqlite")"
if [ $HAVE_LINUX = 1 ]; then
  python3 "$HERE/compare-wine.py" "$WORK/linux" "$WORK/windows-shared" |
    tee "$WORK/compare-shared.txt" || FAILS=$((FAILS + 1))
fi

step "HTTPS sync from contest-server (native, loopback) through contestctl.exe"
if [ -x "$SERVER" ]; then
  T=$WORK/tls && mkdir -p "$T" && cd "$T"
  echo "subjectAltName=DNS:localhost,IP:127.0.0.1" >ext.cnf
  echo s3cret-token >token
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Contest Test CA" \
    -keyout ca.key -out ca.pem 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout server.key \
    -out server.csr 2>/dev/null
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
    -extfile ext.cnf -out server.pem 2>/dev/null
  "$SERVER" --cert server.pem --key server.key --data server.sqlite --port 0 \
    --address 127.0.0.1 --token s3cret-token --generate 50 >server.out 2>server.err &
  SERVER_PID=$!
  for _ in $(seq 50); do grep -q '^listening' server.out 2>/dev/null && break; sleep 0.2; done
  URL=https://$(sed -n 's/^listening //p' server.out)
  DB=$(winpath "$WORK/shared.sqlite")
  # refusal first: Qt reuses a trusted connection within one process, not across runs
  if WCTL --db "$DB" sync --server "$URL" --token-file "$(winpath "$T/token")" >no-ca.txt 2>&1; then
    fail "sync without the CA file succeeded: $(tr -d '\r' <no-ca.txt)"
  else
    grep -q "not trusted" no-ca.txt && pass "sync without the CA file refused: $(tr -d '\r' <no-ca.txt | head -c 160)…" ||
      fail "sync without the CA file: unexpected error: $(tr -d '\r' <no-ca.txt)"
  fi
  if WCTL --db "$DB" sync --server "$URL" --token-file "$(winpath "$T/token")" \
    --ca-file "$(winpath "$T/ca.pem")" >with-ca.txt 2>&1; then
    pass "sync with the CA file: $(tr -d '\r' <with-ca.txt | tail -n 1)"
  else
    fail "sync with the CA file: $(tr -d '\r' <with-ca.txt)"
  fi
  kill "$SERVER_PID"; SERVER_PID=""
  cd "$WORK"
else
  fail "no contest-server in $LINUX_BUILD: HTTPS sync not tested"
fi

step "contest-admin.exe on the demo database: log in, the main window"
if [ -f "$INSTDIR/contest-admin.exe" ]; then
  # An account first, so that the app asks for a login instead of its first-run dialog
  # (Wine passes the environment on to Windows programs).
  CONTEST_PASSWORD=wine-test-pass WCTL --db "$(winpath "$WORK/shared.sqlite")" users add admin \
    --role committee --name "Quản trị" >"$WORK/users-add.txt" 2>&1 ||
    fail "users add: $(tr -d '\r' <"$WORK/users-add.txt")"
  wine "$INSTDIR/contest-admin.exe" --db "$(winpath "$WORK/shared.sqlite")" >"$WORK/gui.log" 2>&1 &
  GUI=$!
  sleep 25
  shot login
  if command -v xdotool >/dev/null; then
    # the user name field has the focus
    xdotool type --delay 60 admin
    xdotool key Tab
    xdotool type --delay 60 wine-test-pass
    xdotool key Return
    sleep 15
    shot main-window
    # The Printing area (the sidebar's sixth entry), then "Xem trước và in…" of the
    # certificates; the app asks for the signer's name first (the demo's template has none).
    xdotool mousemove 45 242 click 1
    sleep 8
    shot printing
    xdotool mousemove 388 209 click 1
    sleep 8
    xdotool type --delay 80 "Nguyen Van Binh"
    xdotool key Return
    PREVIEW=""
    for _ in $(seq 60); do
      PREVIEW=$(xdotool search --name "Xem trước khi in" 2>/dev/null | head -n 1 || true)
      [ -n "$PREVIEW" ] && break
      sleep 2
    done
    if [ -n "$PREVIEW" ]; then
      sleep 20 # the pages are drawn into the dialog
      shot certificate-preview
      pass "certificate preview shown; screenshot $SHOTS/windows-certificate-preview.png"
    else
      fail "no certificate preview window (windows: $(xdotool search --name . getwindowname %@ 2>/dev/null | tr '\n' '|'))"
    fi
    TITLES=$(xdotool search --name . getwindowname %@ 2>/dev/null | tr '\n' '|')
    case "$TITLES" in
      *"Quản trị Cuộc thi"* | *"Contest Admin"*) pass "main window reached: $TITLES" ;;
      *) fail "main window not reached (windows: $TITLES)" ;;
    esac
  else
    echo "(no xdotool: the login is not typed)"
  fi
  if kill -0 "$GUI" 2>/dev/null; then
    pass "contest-admin.exe running; screenshots $SHOTS/windows-login.png, windows-main-window.png"
  else
    fail "contest-admin.exe exited: $(tail -n 5 "$WORK/gui.log")"
  fi
  wineserver -k || true
  sleep 1
else
  fail "contest-admin.exe is not in this setup (see README: Windows)"
fi

step "silent uninstall"
wine "$INSTDIR/Uninstall.exe" /S >"$WORK/uninstall.log" 2>&1 || true
wineserver -w
sleep 2
wineserver -w
if [ ! -e "$INSTDIR/contestctl.exe" ]; then pass "program removed"; else fail "program still in $INSTDIR"; fi
if [ -n "$DATA_DIR" ] && [ -f "$DATA_DIR/contest-admin.sqlite" ]; then
  pass "data kept: ${DATA_DIR#"$WINEPREFIX"/}/contest-admin.sqlite"
else
  fail "data not kept"
fi
LEFT=$(lnks | wc -l)
[ "$LEFT" = 0 ] && pass "shortcuts removed" || fail "$LEFT shortcut(s) left"

echo
if [ "$FAILS" = 0 ]; then echo "ALL PASSED"; else echo "$FAILS FAILURE(S)"; fi
exit $((FAILS > 0))
