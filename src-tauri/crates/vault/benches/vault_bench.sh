#!/usr/bin/env bash
# Vault benchmarks through the `waarborg` command, side by side with the stock tools on the
# same file in the same run.
#
#   src-tauri/crates/vault/benches/vault_bench.sh [SIZE_MIB] [ITEMS]
#
# SIZE_MIB (default 1024): size of the random test file. ITEMS (default 0): also build a
# vault with that many small items and time open + list and the whole custody log (10000
# for the issue's target; takes a few minutes because every import fsyncs).
# BENCH_PROFILE (default release): the cargo profile of the `waarborg` binary; "dev" is a
# quick check that the script works (its figures are not the ones to publish).
# Needs: cargo, age, sha256sum, /usr/bin/time, split. Prints seconds and ratios; results
# go into docs/BENCHMARKS.md by hand. Every figure of the command is a whole run of it:
# process start, unlock (work factor 10 or 1 where the key derivation is not the point),
# the work, exit.
set -euo pipefail
size_mib="${1:-1024}"
items="${2:-0}"
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=cli.sh
source "$here/cli.sh"

work="$(mktemp -d "${BENCH_DIR:-/var/tmp}/vault-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB; disk: $(df -h "$work" | awk 'NR==2 {print $1}')"
echo "age CLI: $(age --version)"

echo "== test file: ${size_mib} MiB of random bytes"
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/file.bin"
cat "$work/file.bin" > /dev/null # warm the page cache for every contender alike

seconds() { # runs "$@" quietly, prints wall seconds; fails (saying why) when it fails
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2> "$work/stderr.txt" || { cat "$work/stderr.txt" >&2; return 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

echo "== unlock (scrypt work factor 18, the default): waarborg list of an empty vault"
vault "$work/vault" init > /dev/null
for run in 1 2; do
    unlock_s=$(seconds vault "$work/vault" list)
    echo "unlock_seconds $unlock_s (run $run)"
done

echo "== import + verify of the file (waarborg import, waarborg verify; peak RSS via /usr/bin/time)"
# A vault with a small work factor, so that the peak RSS is the import's and not scrypt's
# (work factor 18 alone needs 256 MiB, once, at unlock).
vault "$work/io" init --work-factor 10 > /dev/null
# The command's own footprint (the shell binary and its libraries) without an import.
/usr/bin/time -f "peak_rss_kib_without_import %M" -o "$work/rss-base.txt" "$waarborg" --vault "$work/io" list > /dev/null
start=$(date +%s.%N)
/usr/bin/time -f "peak_rss_kib %M" -o "$work/rss.txt" "$waarborg" --vault "$work/io" import "$work/file.bin" > "$work/import.txt"
end=$(date +%s.%N)
import_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
verify_s=$(seconds vault "$work/io" verify)
echo "import_seconds $import_s"
echo "verify_seconds $verify_s"
cat "$work/rss.txt" "$work/rss-base.txt"
sed -n 's/.*SHA-256 \([0-9a-f]\{64\}\).*/sha256 \1/p' "$work/import.txt"

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

echo "== re-key of the vault holding the file: waarborg rekey vs age -d | age -r (new key)"
# Work factor 10 for old and new passphrase: the figure is the re-encryption, not scrypt.
age-keygen -o "$work/key2.txt" 2> /dev/null
recipient2=$(age-keygen -y "$work/key2.txt")
rekey_s=$(WAARBORG_NEW_PASSPHRASE="new benchmark passphrase" seconds vault "$work/io" rekey --work-factor 10)
reenc_s=$(seconds bash -c "age -d -i '$work/key.txt' '$work/file.age' | age -r '$recipient2' -o '$work/file2.age'")
echo "rekey_seconds $rekey_s"
echo "age_decrypt_pipe_age_encrypt_seconds $reenc_s"
awk -v v="$rekey_s" -v b="$reenc_s" -v m="$size_mib" \
    'BEGIN { printf "rekey: vault %.3f s (%.0f MiB/s) vs age -d | age -r %.3f s (%.0f MiB/s) -> ratio %.2f\n", v, m / v, b, m / b, v / b }'
export WAARBORG_PASSPHRASE="new benchmark passphrase"

if [ "$items" -gt 0 ]; then
    echo "== ${items}-item vault: open + list, the custody log (work factor 1: key derivation ~0)"
    vault "$work/many" init --work-factor 1 > /dev/null
    mkdir "$work/small"
    # ITEMS different 2 KiB files (the same bytes twice would be refused as a duplicate).
    head -c "$((items * 2048))" /dev/urandom | split -b 2048 -a 6 -d - "$work/small/item-"
    start=$(date +%s.%N)
    find "$work/small" -type f -print0 | sort -z | xargs -0 "$waarborg" --vault "$work/many" import > /dev/null
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" -v n="$items" 'BEGIN { printf "import_%d_items_seconds %.1f\n", n, b - a }'
    echo "-- with index.age (normal case)"
    for run in 1 2; do
        list_s=$(seconds vault "$work/many" list)
        echo "list_seconds $list_s (open + list every item, run $run)"
    done
    log_s=$(seconds vault "$work/many" log)
    echo "log_seconds $log_s (open + read every custody-log entry)"
    echo "-- without index.age (first open after it was lost: every metadata file decrypted)"
    rm "$work/many/index.age"
    list_s=$(seconds vault "$work/many" list)
    echo "list_seconds $list_s"
fi
