#!/usr/bin/env bash
# Export-package benchmark, side by side with the stock tools on the same package in the
# same run: export + verify of one SIZE_MIB file (default 1024) as a folder and as an
# age-encrypted tar, against `age -d` followed by `sha256sum` (what a lawyer would do by
# hand) on the very package we wrote.
#
#   src-tauri/crates/vault/benches/export_bench.sh [SIZE_MIB]
#
# Needs: cargo, age, age-keygen, sha256sum, tar. Prints seconds and ratios; the figures
# go into docs/BENCHMARKS.md by hand.
set -euo pipefail
size_mib="${1:-1024}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"

cargo build --release --quiet --manifest-path "$root/Cargo.toml" -p waarborg-vault --example vault_tool
tool="$target/release/examples/vault_tool"

work="$(mktemp -d "${BENCH_DIR:-/var/tmp}/export-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export WAARBORG_PASSPHRASE="benchmark passphrase"

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
echo "age CLI: $(age --version)"

echo "== test file: ${size_mib} MiB of random bytes"
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/file.bin"

seconds() { # runs "$@", prints wall seconds
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

age-keygen -o "$work/key.txt" 2> /dev/null
recipient=$(age-keygen -y "$work/key.txt")
"$tool" init "$work/vault" 10 > /dev/null
mkdir "$work/out"
echo "== Waarborg: export (decrypt from the vault, hash, write, read back) and verify-package"
"$tool" export-bench "$work/vault" "$work/file.bin" "$work/out" "$recipient" "$work/key.txt" | tee "$work/bench.txt"
value() { awk -v k="$1" '$1 == k {print $2}' "$work/bench.txt"; }

echo "== stock tools on the same package"
dec_s=$(seconds age -d -i "$work/key.txt" -o "$work/package.tar" "$work/out/package.tar.age")
mkdir "$work/unpacked"
untar_s=$(seconds tar -xf "$work/package.tar" -C "$work/unpacked")
sha_s=$(seconds bash -c "cd '$work/unpacked/package' && sha256sum -c MANIFEST.sha256")
folder_sha_s=$(seconds bash -c "cd '$work/out/folder' && sha256sum -c MANIFEST.sha256")
echo "age_decrypt_seconds $dec_s"
echo "tar_extract_seconds $untar_s"
echo "sha256sum_check_seconds $sha_s"
echo "folder_sha256sum_check_seconds $folder_sha_s"

echo "== side by side"
awk -v e="$(value encrypted_export_seconds)" -v v="$(value encrypted_verify_seconds)" \
    -v d="$dec_s" -v t="$untar_s" -v s="$sha_s" 'BEGIN {
    printf "encrypted: export %.3f s + verify %.3f s = %.3f s vs age -d + tar -x + sha256sum -c %.3f s -> ratio %.2f\n", e, v, e + v, d + t + s, (e + v) / (d + t + s);
    printf "encrypted verify alone: %.3f s vs %.3f s -> ratio %.2f\n", v, d + t + s, v / (d + t + s) }'
awk -v e="$(value folder_export_seconds)" -v v="$(value folder_verify_seconds)" -v s="$folder_sha_s" 'BEGIN {
    printf "folder: export %.3f s + verify %.3f s = %.3f s; verify alone vs sha256sum -c %.3f s -> ratio %.2f\n", e, v, e + v, s, v / s }'
