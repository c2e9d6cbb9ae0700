#!/usr/bin/env bash
# README command 1: install what is missing, build, and open the Waarborg window.
# Without a desktop (no $DISPLAY) the window opens on a virtual display (Xvfb) and a
# screenshot is written to target/waarborg-screenshot.png after a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"

npm --prefix ui run build
cargo build -p waarborg
bin="$CARGO_TARGET_DIR/debug/waarborg"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin" "$@"
fi
echo "No desktop found: starting Waarborg on a virtual display (Xvfb)."
exec xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
  "$0" "${@}" &
  app=$!
  sleep 6
  if command -v import >/dev/null 2>&1; then
    import -window root target/waarborg-screenshot.png && echo "Screenshot: target/waarborg-screenshot.png"
  fi
  wait "$app"
' "$bin" "$@"
