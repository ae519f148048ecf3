#!/bin/sh
# Runs a command (a test) inside a private D-Bus session with gnome-keyring's secret
# service unlocked, HOME and XDG_* in a temporary folder, so that TokenStore's keychain
# path is exercised without a desktop. Exits 77 (ctest: skipped) when dbus-run-session or
# gnome-keyring-daemon is missing (Debian: dbus, gnome-keyring).
set -u
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is not installed (Debian packages dbus, gnome-keyring)" >&2
        exit 77
    fi
done
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export HOME="$dir/home" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data"
export XDG_CACHE_HOME="$dir/cache" XDG_RUNTIME_DIR="$dir/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    eval "$(printf keyring-test | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    CONTEST_EXPECT_KEYCHAIN=1 "$@"' with-keyring "$@"
