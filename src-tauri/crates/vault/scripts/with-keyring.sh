#!/usr/bin/env bash
# Runs a command against a real, unlocked gnome-keyring (Secret Service) on a private
# D-Bus session bus, with a throwaway HOME so the user's own keyring is never touched.
#
#   src-tauri/crates/vault/scripts/with-keyring.sh \
#       env WAARBORG_KEYRING_TESTS=1 cargo test -p waarborg-vault --test keychain -- --include-ignored
#
# Needs the Debian packages dbus (dbus-run-session), gnome-keyring.
set -euo pipefail
if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is not installed" >&2; exit 3; }
done
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
export KEYRING_HOME="$keyring_home"
# Cargo and rustup live under the real HOME; keep them reachable.
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
exec dbus-run-session -- bash -c '
    set -euo pipefail
    export HOME="$KEYRING_HOME" XDG_DATA_HOME="$KEYRING_HOME/data" XDG_RUNTIME_DIR="$KEYRING_HOME/run"
    mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    # --unlock reads the login keyring password from stdin and creates the keyring.
    eval "$(echo -n test | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
    exec "$@"
' with-keyring "$@"
