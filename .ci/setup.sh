#!/usr/bin/env bash
# Installs what Waarborg needs to build, run and test on Debian/Ubuntu, and nothing
# that is already there. Safe to run again. Used by both README commands.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev librsvg2-dev libssl-dev   # Tauri v2 on Linux (webkit2gtk-4.1)
  xvfb xauth                                       # a display for the window in CI
  webkit2gtk-driver                                # WebKitWebDriver, for end-to-end tests
  dbus dbus-x11 gnome-keyring                      # a real OS keychain (Secret Service)
  age poppler-utils qpdf                           # stock tools the tests check exports and PDFs with
  openssh-client                                   # ssh-keygen -Y verify: checks signed packages
  zbar-tools                                       # zbarimg: reads the log-head QR codes printed in PDFs
  fonts-dejavu-core                                # fonts embedded in PDFs
  lintian rpmlint rpm                              # .ci/package.sh: lint the .deb and .rpm
  desktop-file-utils appstream                     # desktop-file-validate, appstreamcli validate
  imagemagick                                      # `import`: .ci/app.sh's screenshot without a desktop
  xdotool                                          # E2E: answers the native GTK file dialogs (kit, photo)
)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "apt: installing ${missing[*]}"
    sudo_if_needed apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
else
  echo "Not a Debian/Ubuntu system: install the prerequisites listed in README.md by hand." >&2
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "cargo not found: install Rust (https://rustup.rs), then run this again." >&2
  exit 1
fi

# Vite 7 needs Node.js 20.19+ (Debian 12's own nodejs is 18).
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Node.js $(node --version 2>/dev/null || echo missing) is too old: install Node.js 20.19 or newer" >&2
  echo "(for example from NodeSource or nvm), then run this again." >&2
  exit 1
fi

if ! command -v tauri-driver >/dev/null 2>&1; then
  log "cargo: installing tauri-driver (WebDriver bridge for the end-to-end tests)"
  cargo install tauri-driver --locked --version 2.1.0
fi

# Every crate in the lockfile, for every platform: the security test reads the whole
# dependency graph offline (`cargo metadata --offline`), and a build only downloads what
# this platform compiles.
log "cargo: fetching the locked crates"
cargo fetch --locked

# `npm ci` refuses the lockfile on registry mirrors that lack rollup's per-platform
# packages (see TOOLCHAIN-NOTES); `npm install` with the committed lockfile works.
# No install scripts: nothing may download binaries at install time (.ci/bundle's Tauri
# bundler comes as a prebuilt binary inside its per-platform npm package).
for dir in ui tests/e2e .ci/bundle; do
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    log "npm: installing $dir"
    npm install --prefix "$dir" --no-audit --no-fund --ignore-scripts --loglevel=error
  fi
done
