#!/usr/bin/env bash
# Packages the debug build the tests already made as .deb and .rpm (the Tauri bundler,
# `tauri bundle`: no second compile), lints both, installs the .deb with apt like a user
# would, runs the installed /usr/bin/waarborg (--version, a CLI round trip, one
# end-to-end test in a real window under Xvfb), then removes it and checks that none of
# its files are left. Called by .ci/test.sh after the app build; runs alone too:
#   bash .ci/package.sh            (after `cargo build -p waarborg` and the UI build)
#   WAARBORG_PACKAGE_PROFILE=release bash .ci/package.sh   (a release build, see README)
# Every check fails loudly: nothing here skips.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
profile="${WAARBORG_PACKAGE_PROFILE:-debug}"
case "$profile" in
  debug) bundle_flags=(--debug) ;;
  release) bundle_flags=() ;;
  *) echo "package: WAARBORG_PACKAGE_PROFILE must be debug or release, not '$profile'" >&2; exit 1 ;;
esac
built="$CARGO_TARGET_DIR/$profile/waarborg"
# The bundler reads the binary from <target>/<profile> and patches it in place: give it a
# stripped copy in a target dir of its own, so the test build stays as it was.
stage="$CARGO_TARGET_DIR/package"
tauri="$root/.ci/bundle/node_modules/.bin/tauri"

log() { printf '\033[1m--> %s\033[0m\n' "$*"; }
fail() { echo "package: $*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

for tool in lintian rpmlint rpm desktop-file-validate appstreamcli dpkg-shlibdeps xvfb-run strip; do
  command -v "$tool" >/dev/null || fail "$tool is missing (bash .ci/setup.sh installs it)"
done
[ -x "$tauri" ] || fail "the Tauri bundler is missing (bash .ci/setup.sh installs it into .ci/bundle)"
[ -x "$built" ] || fail "no build at $built (cargo build -p waarborg)"
# The bundler's minor version follows the tauri crate's (they are released together).
crate=$(grep -A1 '^name = "tauri"$' Cargo.lock | sed -n 's/^version = "\([0-9]*\.[0-9]*\).*/\1/p')
cli=$("$tauri" --version | sed -n 's/^tauri-cli \([0-9]*\.[0-9]*\).*/\1/p')
[ -n "$crate" ] && [ "$crate" = "$cli" ] || fail "tauri crate $crate but bundler $cli: update .ci/bundle/package.json"

changelog=src-tauri/packaging/linux/changelog
cmp -s <(gzip -dc "$changelog.gz") "$changelog" || fail "$changelog.gz is stale: gzip -9n -c $changelog > $changelog.gz"

# --- bundle ---------------------------------------------------------------------------
log "bundle: .deb and .rpm from $built"
rm -rf "$stage"
mkdir -p "$stage/$profile"
# Debian's dh_strip does the same; lintian refuses an unstripped binary.
strip --remove-section=.comment --remove-section=.note -o "$stage/$profile/waarborg" "$built"
(cd src-tauri && CARGO_TARGET_DIR="$stage" "$tauri" bundle "${bundle_flags[@]}" --bundles deb,rpm --ci)
debs=("$stage/$profile"/bundle/deb/*.deb)
rpms=("$stage/$profile"/bundle/rpm/*.rpm)
[ "${#debs[@]}" -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb, found: ${debs[*]}"
[ "${#rpms[@]}" -eq 1 ] && [ -f "${rpms[0]}" ] || fail "expected one .rpm, found: ${rpms[*]}"
deb=${debs[0]}
rpm=${rpms[0]}

# --- lint -----------------------------------------------------------------------------
log "lintian: $(basename "$deb") (errors fail, warnings are shown)"
# Root is how CI runs; lintian only says it is not recommended.
lintian_rc=0
lintian_out=$(lintian --tag-display-limit 0 --fail-on error "$deb" 2>&1) || lintian_rc=$?
echo "$lintian_out" | grep -v 'running with root privileges' || true
[ "$lintian_rc" -eq 0 ] || fail "lintian found errors in $deb"

log "rpmlint: $(basename "$rpm") (filters and why: .ci/rpmlint.toml)"
rpmlint -c .ci/rpmlint.toml "$rpm" || fail "rpmlint found errors in $rpm"

unpacked="$stage/unpacked"
mkdir -p "$unpacked"
dpkg-deb -x "$deb" "$unpacked"
log "desktop entry and AppStream metadata"
desktop=("$unpacked"/usr/share/applications/*.desktop)
[ -f "${desktop[0]}" ] || fail "no desktop entry in $deb"
desktop-file-validate "${desktop[@]}" || fail "desktop-file-validate: ${desktop[*]}"
# Menus, package managers and software centres show these to anyone at the computer:
# they name no purpose.
if cat "${desktop[@]}" "$unpacked"/usr/share/metainfo/*.xml <(dpkg-deb -f "$deb" Description) \
  <(rpm -qp --queryformat '%{SUMMARY}\n%{DESCRIPTION}\n' "$rpm" 2>/dev/null) \
  | grep -iE 'abduct|ontvoer|kidnap|child|kind'; then
  fail "the desktop entry, metainfo or package description says what Waarborg is for"
fi
appstreamcli validate --no-net --pedantic "$unpacked"/usr/share/metainfo/nl.waarborg.app.metainfo.xml \
  || fail "appstreamcli validate"
for size in 16 24 32 48 64 128 256 512; do
  [ -f "$unpacked/usr/share/icons/hicolor/${size}x${size}/apps/waarborg.png" ] || fail "no ${size}x${size} icon"
done
[ -f "$unpacked/usr/share/icons/hicolor/scalable/apps/waarborg.svg" ] || fail "no scalable icon"

log "Depends covers every library the binary links (dpkg-shlibdeps)"
shlibs_dir="$stage/shlibdeps"
mkdir -p "$shlibs_dir/debian"
: > "$shlibs_dir/debian/control"
needed=$(cd "$shlibs_dir" && dpkg-shlibdeps -O "$unpacked/usr/bin/waarborg" 2>/dev/null \
  | sed -n 's/^shlibs:Depends=//p' | tr ',' '\n' | sed 's/^ *//; s/ .*//' | sort -u)
[ -n "$needed" ] || fail "dpkg-shlibdeps found no libraries"
declared=$(dpkg-deb -f "$deb" Depends | tr ',|' '\n\n' | sed 's/^ *//; s/ .*//' | sort -u)
missing=$(comm -23 <(echo "$needed") <(echo "$declared"))
[ -z "$missing" ] || fail "Depends lacks: $missing (add to bundle.linux.deb.depends in src-tauri/tauri.conf.json)"
rpm -qp --requires "$rpm" | grep -q 'libwebkit2gtk-4.1.so.0' || fail "the .rpm does not require webkit2gtk 4.1"

# --- install, run, remove -------------------------------------------------------------
if dpkg-query -W -f='${Status}' waarborg 2>/dev/null | grep -q 'install ok installed'; then
  log "removing a waarborg package left by an earlier run"
  as_root apt-get remove -y -qq waarborg
fi
log "apt-get install $(basename "$deb")"
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb"
installed_files="$stage/installed-files.txt"
dpkg -L waarborg > "$installed_files"
removed=0
remove_package() {
  [ "$removed" -eq 1 ] && return
  removed=1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq waarborg
}
trap remove_package EXIT

[ "$(command -v waarborg)" = /usr/bin/waarborg ] || fail "waarborg is not /usr/bin/waarborg"
log "/usr/bin/waarborg --version"
version=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/waarborg --version)
echo "$version"
expected=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
[[ "$version" == *"$expected"* ]] || fail "--version says '$version', Cargo.toml says $expected"

log "CLI round trip: init, import, list, verify"
work=$(mktemp -d)
cli() {
  env -u DISPLAY -u WAYLAND_DISPLAY -u WAARBORG_VAULT LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 \
    XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    WAARBORG_PASSPHRASE='Tulpen-Gracht-Fiets-Regen-1987' \
    /usr/bin/waarborg --vault "$work/vault" "$@" </dev/null
}
echo "a letter, scanned" > "$work/letter.txt"
cli init
cli import "$work/letter.txt" --category other --title "Letter" --source "the post"
cli list --json > "$work/list.json"
node -e '
  const items = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const list = Array.isArray(items) ? items : items.items;
  if (list.length !== 1 || list[0].title !== "Letter") { console.error(JSON.stringify(items)); process.exit(1); }
' "$work/list.json" || fail "list --json does not show the one imported item"
cli verify || fail "verify of the fresh vault failed"
rm -rf "$work"

log "end-to-end: the installed app's window under Xvfb"
work_e2e=$(mktemp)
(cd tests/e2e && WAARBORG_BIN=/usr/bin/waarborg timeout --kill-after=10 300 \
  xvfb-run -a -s "-screen 0 1280x900x24" \
  node --test --test-concurrency=1 --test-reporter=spec \
    --test-name-pattern='shows the Dutch home screen' app.test.mjs) | tee "$work_e2e" \
  || fail "the end-to-end test failed against /usr/bin/waarborg"
# A renamed test would match nothing, and node passes with no test run.
grep -q '^ℹ pass 1$' "$work_e2e" || fail "the end-to-end test against /usr/bin/waarborg did not run"

log "apt-get remove waarborg: none of its files may be left"
remove_package
trap - EXIT
status=$(dpkg-query -W -f='${db:Status-Abbrev}' waarborg 2>/dev/null || true)
case "$status" in
  "" | un*) ;;
  # "rc" would mean configuration files stayed: the package has none.
  *) fail "dpkg still lists waarborg after apt-get remove: '$status'" ;;
esac
left=()
while IFS= read -r path; do
  if [ -d "$path" ]; then
    # Directories other packages share (/usr, /usr/share/icons/…) stay, and may.
    [ "$path" = /usr/share/doc/waarborg ] && left+=("$path")
    continue
  fi
  if [ -e "$path" ] || [ -L "$path" ]; then left+=("$path"); fi
done < "$installed_files"
[ "${#left[@]}" -eq 0 ] || fail "left behind after removal: ${left[*]}"
echo "package: .deb and .rpm built and linted; installed, run and removed cleanly ($(wc -l < "$installed_files") paths)"
