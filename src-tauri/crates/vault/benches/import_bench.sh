#!/usr/bin/env bash
# Import at disk speed (issue 20): the import of one file beside the three stock tools
# whose work it does, on the same file in the same run:
#
#   dd if=f of=g bs=4M conv=fsync   the bytes written and flushed to disk
#   openssl dgst -sha256 f          SHA-256 (with the CPU's SHA extensions where it has them)
#   age -r KEY -o x f               age encryption (not flushed: age does not fsync)
#   import f                        all three: read, SHA-256, age-encrypt, write, fsync, rename,
#                                   plus unlock (work factor 10), metadata and custody log
#
# The import is `examples/import_one.rs` of waarborg-vault (release; what `waarborg
# import FILE` does, through the same `Vault::import_batch`), so the script builds one
# small binary in minutes instead of the whole app. WAARBORG_BIN=… times a `waarborg`
# binary instead (e.g. an installed or older build).
#
#   src-tauri/crates/vault/benches/import_bench.sh [SIZE_MIB] [RUNS]
#
# SIZE_MIB (default 1024): size of the random test file. RUNS (default 3): rounds; each
# round times every contender once, in the order above, with `sync` (untimed) before each
# one so that nobody pays for the previous one's dirty pages. The page cache holds the
# source for all alike (read once before the first round). Prints every figure, then per
# round and for the medians the slowest peer and the ratio import / slowest peer against
# the target (<= 1.3), the peak RSS of one import and the load average before and after
# (the machine may be shared: say so beside the figures). BENCH_PROFILE (default release):
# "dev" only checks that the script works. BENCH_DIR (default /var/tmp): where the file,
# the copies and the vaults go (the disk being measured). Needs: cargo, dd, openssl, age,
# age-keygen, /usr/bin/time. Speed is never asserted in tests; figures go into
# docs/BENCHMARKS.md by hand.
set -euo pipefail
size_mib="${1:-1024}"
runs="${2:-3}"
here="$(cd "$(dirname "$0")" && pwd)"
if [ -n "${WAARBORG_BIN:-}" ]; then
    # shellcheck source=cli.sh
    source "$here/cli.sh"
    init() { vault "$1" init --work-factor 10; }
    import_into() { vault "$1" import "$2"; }
    importer="$waarborg"
else
    profile="${BENCH_PROFILE:-release}"
    root="$(cd "$here/../../../.." && pwd)"
    cargo build --profile "$profile" --quiet --manifest-path "$root/Cargo.toml" \
        -p waarborg-vault --example import_one
    case "$profile" in dev) out_dir=debug ;; *) out_dir="$profile" ;; esac
    importer="${CARGO_TARGET_DIR:-$root/target}/$out_dir/examples/import_one"
    export WAARBORG_PASSPHRASE="benchmark passphrase"
    init() { "$importer" init "$1" 10; }
    import_into() { "$importer" import "$1" "$2"; }
fi

work="$(mktemp -d "${BENCH_DIR:-/var/tmp}/import-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, SHA-NI: $(grep -q -m1 sha_ni /proc/cpuinfo && echo yes || echo no)"
echo "disk: $(df -h "$work" | awk 'NR==2 {print $1}'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(openssl version); age CLI $(age --version); import: $importer"

echo "== test file: ${size_mib} MiB of random bytes"
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/file.bin"
cat "$work/file.bin" > /dev/null # in the page cache for every contender alike
age-keygen -o "$work/key.txt" 2> /dev/null
recipient=$(age-keygen -y "$work/key.txt")

seconds() { # syncs (untimed), runs "$@" quietly, prints wall seconds; fails (saying why)
    local start end
    sync
    start=$(date +%s.%N)
    "$@" > /dev/null 2> "$work/stderr.txt" || { cat "$work/stderr.txt" >&2; return 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

# "import SLOWEST_PEER" per round, for the medians at the end.
: > "$work/rounds.txt"
for run in $(seq 1 "$runs"); do
    echo "== round $run"
    dd_s=$(seconds dd if="$work/file.bin" of="$work/copy.bin" bs=4M conv=fsync)
    rm -f "$work/copy.bin"
    sha_s=$(seconds openssl dgst -sha256 "$work/file.bin")
    age_s=$(seconds age -r "$recipient" -o "$work/file.age" "$work/file.bin")
    rm -f "$work/file.age"
    # A new vault each round: the same bytes twice would be refused as a duplicate.
    rm -rf "$work/vault"
    init "$work/vault" > /dev/null
    import_s=$(seconds import_into "$work/vault" "$work/file.bin")
    echo "dd_conv_fsync_seconds $dd_s"
    echo "openssl_sha256_seconds $sha_s"
    echo "age_encrypt_seconds $age_s"
    echo "import_seconds $import_s"
    awk -v d="$dd_s" -v s="$sha_s" -v a="$age_s" -v i="$import_s" 'BEGIN {
        p = d; n = "dd"; if (s > p) { p = s; n = "openssl" } if (a > p) { p = a; n = "age" }
        printf "round: slowest peer %s %.3f s; import %.3f s -> ratio %.2f (target <= 1.3)\n", n, p, i, i / p
    }'
    echo "$dd_s $sha_s $age_s $import_s" >> "$work/rounds.txt"
done

echo "== medians over $runs rounds"
median() { # column number → median of that column of rounds.txt
    cut -d' ' -f"$1" "$work/rounds.txt" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
awk -v d="$(median 1)" -v s="$(median 2)" -v a="$(median 3)" -v i="$(median 4)" -v m="$size_mib" 'BEGIN {
    printf "dd conv=fsync %.3f s, openssl dgst -sha256 %.3f s, age -r %.3f s, import %.3f s (%.0f MiB/s)\n", d, s, a, i, m / i
    p = d; n = "dd"; if (s > p) { p = s; n = "openssl" } if (a > p) { p = a; n = "age" }
    printf "slowest peer: %s %.3f s; ratio import / slowest peer %.2f (target <= 1.3: %s)\n", n, p, i / p, (i / p <= 1.3 ? "met" : "NOT met")
}'

echo "== peak RSS of one import (constant memory)"
rm -rf "$work/vault"
init "$work/vault" > /dev/null
sync
if [ -n "${WAARBORG_BIN:-}" ]; then
    /usr/bin/time -f "peak_rss_kib %M" -o "$work/rss.txt" "$importer" --vault "$work/vault" import "$work/file.bin" > /dev/null
else
    /usr/bin/time -f "peak_rss_kib %M" -o "$work/rss.txt" "$importer" import "$work/vault" "$work/file.bin" > /dev/null
fi
cat "$work/rss.txt"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
