#!/usr/bin/env bash
# A phone folder imported in one go (issue 18, part 5): FILES small files (default 2,000
# of 2 KiB) imported one by one (import_file, as every import went before) and in
# batches (import_batch, one sync per batch) on the same files, in one run, on the disk
# holding DIR. Prints both times and the speed-up against the 5x target. Speed is never
# asserted.
#
#   src-tauri/crates/vault/benches/folder_import_bench.sh [DIR] [FILES] [BYTES] [WAYS]
#
# WAYS: a comma list of one-by-one, syncfs (Linux) and each-file (the portable way of
# macOS and Windows), all three by default.
#
# DIR (default target/folder-import-bench, on the project's disk: /tmp may be a tmpfs,
# where fsync costs nothing) is removed afterwards.
set -euo pipefail
profile="${BENCH_PROFILE:-release}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
dir="${1:-$target/folder-import-bench}"
cargo build --profile "$profile" --quiet --manifest-path "$root/Cargo.toml" \
    -p waarborg-vault --example folder_import
case "$profile" in dev) out_dir=debug ;; *) out_dir="$profile" ;; esac
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%dT%H:%MZ), $(df -T "$(dirname "$dir")" | awk 'NR==2 {print $2}')"
"$target/$out_dir/examples/folder_import" "$dir" "${2:-2000}" "${3:-2048}" "${4:-one-by-one,syncfs,each-file}"
