#!/usr/bin/env bash
# Search inside the evidence (issue 18, part 4): ITEMS items (default 10,000) with about
# 2 KiB of extracted text each, built by the test-only generator (feature
# bench-generator, never in the shipped binary), then searched as the window does.
# Prints the median of 7 searches for a word in one item, in none, in many, and an
# accented query, beside the 50 ms target: with matching lines for the 150 rows the
# window asks for, and for the last two also with every row its line (the command
# line, and every search before the window asked for fewer). Speed is never asserted.
#
#   src-tauri/crates/vault/benches/text_search_bench.sh [DIR] [ITEMS]
set -euo pipefail
profile="${BENCH_PROFILE:-release}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
dir="${1:-/tmp/waarborg-text-search}"
items="${2:-10000}"
cargo build --profile "$profile" --quiet --manifest-path "$root/Cargo.toml" \
    -p waarborg-vault --features bench-generator --example text_search
case "$profile" in dev) out_dir=debug ;; *) out_dir="$profile" ;; esac
mkdir -p "$dir"
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%dT%H:%MZ)"
"$target/$out_dir/examples/text_search" "$dir" "$items"
