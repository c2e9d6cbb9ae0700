#!/usr/bin/env bash
# Vault benchmarks, side by side with the stock tools on the same file in the same run.
#
#   src-tauri/crates/vault/benches/vault_bench.sh [SIZE_MIB] [ITEMS]
#
# SIZE_MIB (default 1024): size of the random test file. ITEMS (default 0): also build a
# vault with that many small items and time open/list/search (10000 for the issue's
# target; takes a few minutes because every import fsyncs).
# Needs: cargo, age, sha256sum, /usr/bin/time, script (util-linux). Prints seconds and
# ratios; results go into docs/BENCHMARKS.md by hand.
set -euo pipefail
size_mib="${1:-1024}"
items="${2:-0}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"

cargo build --release --quiet --manifest-path "$root/Cargo.toml" -p waarborg-vault --example vault_tool
tool="$target/release/examples/vault_tool"

work="$(mktemp -d "${BENCH_DIR:-/var/tmp}/vault-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export WAARBORG_PASSPHRASE="benchmark passphrase"

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB; disk: $(df -h "$work" | awk 'NR==2 {print $1}')"
echo "age CLI: $(age --version)"

echo "== test file: ${size_mib} MiB of random bytes"
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/file.bin"
cat "$work/file.bin" > /dev/null # warm the page cache for every contender alike

seconds() { # runs "$@", prints wall seconds
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

echo "== unlock (scrypt work factor 18, the default)"
"$tool" init "$work/vault"
"$tool" unlock "$work/vault"
"$tool" unlock "$work/vault"

echo "== import + verify of the file (vault_tool bench; peak RSS via /usr/bin/time)"
# A vault with a small work factor, so that the peak RSS is the import's and not scrypt's
# (work factor 18 alone needs 256 MiB, once, at unlock).
"$tool" init "$work/io" 10
/usr/bin/time -f "peak_rss_kib %M" -o "$work/rss.txt" "$tool" bench "$work/io" "$work/file.bin" | tee "$work/bench.txt"
cat "$work/rss.txt"
import_s=$(awk '/import_seconds/ {print $2}' "$work/bench.txt")
verify_s=$(awk '/verify_seconds/ {print $2}' "$work/bench.txt")

echo "== stock tools on the same file"
age-keygen -o "$work/key.txt" 2> /dev/null
recipient=$(age-keygen -y "$work/key.txt")
sha_s=$(seconds sha256sum "$work/file.bin")
age_enc_s=$(seconds age -r "$recipient" -o "$work/file.age" "$work/file.bin")
age_dec_s=$(seconds bash -c "age -d -i '$work/key.txt' '$work/file.age' | sha256sum")
baseline_import=$(awk -v a="$sha_s" -v b="$age_enc_s" 'BEGIN { print a + b }')
echo "sha256sum_seconds $sha_s"
echo "age_encrypt_seconds $age_enc_s"
echo "age_decrypt_pipe_sha256sum_seconds $age_dec_s"

echo "== side by side"
awk -v v="$import_s" -v b="$baseline_import" \
    'BEGIN { printf "import: vault %.3f s vs sha256sum + age -r %.3f s -> ratio %.2f (target <= 1.0)\n", v, b, v / b }'
awk -v v="$verify_s" -v b="$age_dec_s" \
    'BEGIN { printf "verify: vault %.3f s vs age -d | sha256sum %.3f s -> ratio %.2f\n", v, b, v / b }'

if [ "$items" -gt 0 ]; then
    echo "== ${items}-item vault: open, list, search (work factor 1: key derivation ~0)"
    "$tool" init "$work/many" 1
    head -c 2048 /dev/urandom > "$work/small.bin"
    /usr/bin/time -f "import_${items}_items_seconds %e" "$tool" import "$work/many" "$work/small.bin" "$items" > /dev/null
    echo "-- with index.age (normal case)"
    "$tool" list "$work/many"
    "$tool" list "$work/many"
    echo "-- without index.age (first open after it was lost: every metadata file decrypted)"
    rm "$work/many/index.age"
    "$tool" list "$work/many"
fi
