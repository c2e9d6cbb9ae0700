# Sourced by the bench scripts: builds the `waarborg` binary in BENCH_PROFILE (default
# release; "dev" is a quick check that a script works, not figures to publish) and
# defines `vault DIR SUBCOMMAND [ARGS...]`, which runs it on a vault without a window,
# the passphrase from the environment.
profile="${BENCH_PROFILE:-release}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"

# WAARBORG_BIN: use that binary as it is (e.g. a copy of an older build to compare with).
if [ -n "${WAARBORG_BIN:-}" ]; then
    waarborg="$WAARBORG_BIN"
else
    cargo build --profile "$profile" --quiet --manifest-path "$root/Cargo.toml" -p waarborg --bin waarborg
    case "$profile" in dev) out_dir=debug ;; *) out_dir="$profile" ;; esac
    waarborg="$target/$out_dir/waarborg"
fi
export WAARBORG_PASSPHRASE="benchmark passphrase"
unset WAARBORG_VAULT DISPLAY WAYLAND_DISPLAY
vault() {
    local dir=$1; shift
    "$waarborg" --vault "$dir" "$@"
}
