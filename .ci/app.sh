#!/usr/bin/env bash
# README command 1: install what is missing, build, and open the Waarborg window.
# Without a desktop (no $DISPLAY) the window opens on a virtual display (Xvfb) and a
# screenshot is written to target/waarborg-screenshot.png after a few seconds (it fails
# when it cannot write one). The window stays open until the command is stopped.
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
# ImageMagick's `import` takes the screenshot (.ci/setup.sh installs it). Without it
# there is no screenshot to promise: stop here rather than run on silently.
if ! command -v import >/dev/null 2>&1; then
  echo "ImageMagick's 'import' is missing, so no screenshot can be written:" >&2
  echo "apt-get install imagemagick (or run bash .ci/setup.sh), then run this again." >&2
  exit 1
fi
shot="$PWD/target/waarborg-screenshot.png"
rm -f "$shot"
exec xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
  shot=$1; shift
  "$0" "$@" &
  app=$!
  # The window needs a few seconds to start and paint its first page.
  sleep "${WAARBORG_SCREENSHOT_DELAY:-8}"
  if ! kill -0 "$app" 2>/dev/null; then
    echo "Waarborg exited before the screenshot was taken." >&2
    exit 1
  fi
  if import -window root "$shot" && [ -s "$shot" ]; then
    echo "Screenshot: $shot"
  else
    echo "Could not write the screenshot $shot." >&2
    kill "$app"
    exit 1
  fi
  wait "$app"
' "$bin" "$shot" "$@"
