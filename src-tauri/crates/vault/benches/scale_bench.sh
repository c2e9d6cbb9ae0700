#!/usr/bin/env bash
# Scale benchmark (issue 20): a vault of ITEMS items (default 100,000, a few bytes each)
# and ENTRIES custody log entries (default 1,000,000), built by the test-only generator
# (feature bench-generator, never in the shipped binary), then measured in one run:
# unlock to the list after key derivation, the first item pages with their history,
# search, and verify against reading + hashing the same bytes. Prints each figure beside
# its target and the ratio. Speed is never asserted.
#
#   src-tauri/crates/vault/benches/scale_bench.sh [DIR] [ITEMS] [ENTRIES]
#
# DIR (default /tmp/waarborg-scale) keeps the generated vault: a second run measures the
# same vault again without generating it. BENCH_PROFILE=dev is a quick check only.
set -euo pipefail
profile="${BENCH_PROFILE:-release}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
dir="${1:-/tmp/waarborg-scale}"
items="${2:-100000}"
entries="${3:-1000000}"
cargo build --profile "$profile" --quiet --manifest-path "$root/Cargo.toml" \
    -p waarborg-vault --features bench-generator --example scale
case "$profile" in dev) out_dir=debug ;; *) out_dir="$profile" ;; esac
mkdir -p "$dir"
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%dT%H:%MZ)"
"$target/$out_dir/examples/scale" "$dir" "$items" "$entries"
