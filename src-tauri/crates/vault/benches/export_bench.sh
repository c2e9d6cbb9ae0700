#!/usr/bin/env bash
# Export-package benchmark through the `waarborg` command, side by side with the stock
# tools on the same package in the same run: export + verify of one SIZE_MIB file
# (default 1024) as a folder and as an age-encrypted tar, against `age -d` followed by
# `sha256sum` (what a lawyer would do by hand) on the very package we wrote.
#
#   src-tauri/crates/vault/benches/export_bench.sh [SIZE_MIB]
#
# BENCH_PROFILE (default release): the cargo profile of the `waarborg` binary; "dev" is a
# quick check that the script works (its figures are not the ones to publish).
# Needs: cargo, age, age-keygen, sha256sum, tar. Prints seconds and ratios; the figures
# go into docs/BENCHMARKS.md by hand. Every figure of the command is a whole run of it:
# process start, unlock (work factor 10), the work (the export also renders the evidence
# index PDF), exit.
set -euo pipefail
size_mib="${1:-1024}"
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=cli.sh
source "$here/cli.sh"

work="$(mktemp -d "${BENCH_DIR:-/var/tmp}/export-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
echo "age CLI: $(age --version)"

echo "== test file: ${size_mib} MiB of random bytes"
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/file.bin"

seconds() { # runs "$@" quietly, prints wall seconds; fails (saying why) when it fails
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2> "$work/stderr.txt" || { cat "$work/stderr.txt" >&2; return 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

age-keygen -o "$work/key.txt" 2> /dev/null
recipient=$(age-keygen -y "$work/key.txt")
vault "$work/vault" init --work-factor 10 > /dev/null
vault "$work/vault" import "$work/file.bin" > /dev/null
mkdir "$work/out"
echo "== Waarborg: export (decrypt from the vault, hash, write, read back) and verify-package"
# Each figure into a variable first: a failing command then stops the script.
folder_export_s=$(seconds vault "$work/vault" export --all --out "$work/out/folder")
folder_verify_s=$(seconds vault "$work/vault" verify-package "$work/out/folder")
encrypted_export_s=$(seconds vault "$work/vault" export --all --recipient "$recipient" --out "$work/out/package.tar.age")
encrypted_verify_s=$(seconds vault "$work/vault" verify-package --identity "$work/key.txt" "$work/out/package.tar.age")
cat << EOF | tee "$work/bench.txt"
folder_export_seconds $folder_export_s
folder_verify_seconds $folder_verify_s
encrypted_export_seconds $encrypted_export_s
encrypted_verify_seconds $encrypted_verify_s
EOF
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

echo "== signing (issue 15): the manifest is signed, not the data"
# Loading the key and signing MANIFEST.sha256 (sshsig, Ed25519), timed on its own: the
# 1 GiB export above has a manifest of a few hundred bytes (files=7 is its size).
cargo run --quiet --profile "${BENCH_PROFILE:-release}" -p waarborg-package --example sign_timing
