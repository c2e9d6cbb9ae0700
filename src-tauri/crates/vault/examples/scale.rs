//! The scale benchmark (issue 20): a vault of 100,000 items and 1,000,000 custody log
//! entries, measured in one run. `cargo run --release -p waarborg-vault --features
//! bench-generator --example scale -- <dir> [items] [entries]` (see
//! benches/scale_bench.sh). Builds the vault at `<dir>/vault` when it is not there yet.
//! Prints each figure beside its target and the ratio; speed is never asserted.

#![allow(clippy::print_stdout, clippy::print_stderr)] // a benchmark prints its figures

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use waarborg_vault::{ItemQuery, SecretString, Vault};

const PASSPHRASE: &str = "scale benchmark passphrase";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().ok_or("usage: scale <dir> [items] [entries]")?);
    let items: usize = args.next().map_or(Ok(100_000), |a| a.parse())?;
    let entries: u64 = args.next().map_or(Ok(1_000_000), |a| a.parse())?;
    let dir = root.join("vault");
    let pass = SecretString::from(PASSPHRASE.to_owned());
    if !dir.join("vault.json").exists() {
        let t = Instant::now();
        waarborg_vault::bench_gen::generate(
            &dir,
            &pass,
            waarborg_vault::DEFAULT_WORK_FACTOR,
            items,
            entries,
            &mut |line| eprintln!("generate: {line} ({:.0?})", t.elapsed()),
        )?;
        // The first unlock builds index.age and log-index.age (the caches every later
        // unlock uses), as a parent's first unlock after an upgrade would.
        let vault = Vault::unlock(&dir, &pass)?;
        let first = vault.items()[0].id;
        vault.log_entries_about(first)?;
        drop(vault);
        println!(
            "generated {items} items, {entries} entries in {:.1?}",
            t.elapsed()
        );
    }

    if std::env::var_os("SCALE_ONLY_VERIFY").is_some() {
        // One default check alone (to profile it), nothing else measured.
        let mut vault = Vault::unlock(&dir, &pass)?;
        let t = Instant::now();
        let report = vault.verify()?;
        println!(
            "verify: {:.1?}, {} problems",
            t.elapsed(),
            report.problems.len()
        );
        return Ok(());
    }
    let kdf = time_key_derivation(&dir)?;
    let t = Instant::now();
    let vault = Vault::unlock(&dir, &pass)?;
    let list = vault.query_items(&ItemQuery::default());
    let unlock = t.elapsed();
    let ids: Vec<_> = list.iter().map(|s| s.id).collect();
    let entries_found = vault.log_head();
    drop(entries_found);

    // The first item pages after unlock (the log index is read by the first).
    let mut pages = Vec::new();
    let mut history = 0;
    for k in 0..10 {
        let id = ids[(k * 7919 + 13) % ids.len()];
        let t = Instant::now();
        let item = vault.item(id)?.clone();
        let log = vault.log_entries_about(id)?;
        pages.push(t.elapsed());
        history += log.len();
        assert_eq!(item.id, id);
    }

    let mut searches = Vec::new();
    for text in ["Item 4242", "doctor", "nothing like this"] {
        let query = ItemQuery {
            text: text.to_owned(),
            ..ItemQuery::default()
        };
        let t = Instant::now();
        let found = vault.query_items(&query);
        searches.push(t.elapsed());
        std::hint::black_box(found);
    }
    drop(vault);
    if std::env::var_os("SCALE_SKIP_VERIFY").is_some() {
        // A quick look at unlock, pages and search only (not for the published figures).
        println!(
            "key derivation {kdf:.2?}; unlock to the list after it {:.1?}; pages {pages:.1?}; searches {searches:.1?}",
            unlock.saturating_sub(kdf)
        );
        return Ok(());
    }

    // verify against reading and hashing every file of the vault once (same run): first a
    // full check (every file decrypted; it also writes the verified-digest cache), then
    // the default check, which decrypts only what the cache does not know.
    let (bytes, read_hash) = read_and_hash(&dir)?;
    let (log_bytes, log_read_hash) = read_and_hash(&dir.join("log"))?;
    let mut vault = Vault::unlock(&dir, &pass)?;
    let timed = |vault: &mut Vault, mode| -> Result<_, Box<dyn std::error::Error>> {
        let t = Instant::now();
        let mut log_started = None;
        let report = vault.verify_with(&[], mode, &mut |p| {
            if matches!(p, waarborg_vault::VerifyProgress::Log { .. }) && log_started.is_none() {
                log_started = Some(t.elapsed());
            }
        })?;
        Ok((report, t.elapsed(), log_started.unwrap_or_default()))
    };
    let (_, full, full_log_started) = timed(&mut vault, waarborg_vault::VerifyMode::Full)?;
    let (report, verify, log_started) = timed(&mut vault, waarborg_vault::VerifyMode::Cached)?;
    // The floor again, right after, so that both are measured under the same load.
    let (_, read_hash_after) = read_and_hash(&dir)?;
    let cache_bytes = std::fs::metadata(dir.join("verify-cache.age")).map_or(0, |m| m.len());
    let (cache_pairs, cache_load) = vault.bench_load_verify_cache();
    println!(
        "verify-cache.age: {:.1} MiB, {cache_pairs} pairs, loaded (decrypt, MAC, decode) in {cache_load:.0?}",
        cache_bytes as f64 / 1048576.0
    );

    println!(
        "vault: {} items, {} log entries checked, {} problems, {:.0} MiB on disk",
        report.items_checked,
        report.log_entries_checked,
        report.problems.len(),
        bytes as f64 / 1048576.0
    );
    println!(
        "key derivation (scrypt, default work factor): {kdf:.2?}; unlock to the list in all: {unlock:.2?}"
    );
    println!(
        "custody log: {:.0} MiB in log/; verify's log part from its first log byte to the end",
        log_bytes as f64 / 1048576.0
    );
    println!(
        "{:<44} {:>10} {:>10} {:>7}",
        "figure", "measured", "target", "ratio"
    );
    let row = |name: &str, got: Duration, target: Duration| {
        println!(
            "{name:<44} {:>10} {:>10} {:>7.2}",
            format!("{:.1?}", got),
            format!("{:.0?}", target),
            got.as_secs_f64() / target.as_secs_f64()
        );
    };
    row(
        "unlock to the list (after key derivation)",
        unlock.saturating_sub(kdf),
        Duration::from_secs(1),
    );
    let first_page = pages[0];
    let slowest = pages.iter().max().copied().unwrap_or_default();
    row(
        "first item page with history",
        first_page,
        Duration::from_millis(50),
    );
    row(
        "slowest of 10 item pages",
        slowest,
        Duration::from_millis(50),
    );
    let mut later = pages[1..].to_vec();
    later.sort();
    row(
        "median of the 9 pages after the first",
        later.get(later.len() / 2).copied().unwrap_or_default(),
        Duration::from_millis(50),
    );
    println!("  (history entries on those pages: {history})");
    let worst_search = searches.iter().max().copied().unwrap_or_default();
    row(
        "search (slowest of 3)",
        worst_search,
        Duration::from_millis(30),
    );
    println!(
        "  (read + SHA-256 of every file: {read_hash:.1?} before the checks, {read_hash_after:.1?} after; the faster is the target: the checks read a warm page cache too)"
    );
    let floor = read_hash.min(read_hash_after);
    row("verify --full, whole (every file decrypted)", full, floor);
    row(
        "verify --full, items part",
        full_log_started,
        floor.saturating_sub(log_read_hash),
    );
    row("verify (verified-digest cache), whole", verify, floor);
    row(
        "verify (cache), items part",
        log_started,
        floor.saturating_sub(log_read_hash),
    );
    row(
        "verify (cache), log part (target: read + SHA-256 log/)",
        verify.saturating_sub(log_started),
        log_read_hash,
    );
    Ok(())
}

/// The scrypt step alone: decrypting `keys/identity.age` with the passphrase.
fn time_key_derivation(dir: &Path) -> Result<Duration, Box<dyn std::error::Error>> {
    let bytes = std::fs::read(dir.join("keys/identity.age"))?;
    let t = Instant::now();
    let decryptor = age::Decryptor::new(&bytes[..])?;
    let identity = age::scrypt::Identity::new(SecretString::from(PASSPHRASE.to_owned()));
    let mut out = Vec::new();
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))?
        .read_to_end(&mut out)?;
    Ok(t.elapsed())
}

/// Reads every file under `dir` and hashes it: the floor `verify` is compared with.
fn read_and_hash(dir: &Path) -> Result<(u64, Duration), Box<dyn std::error::Error>> {
    let t = Instant::now();
    let mut total = 0u64;
    let mut folders = vec![dir.to_owned()];
    let mut buffer = vec![0u8; 1 << 20];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                folders.push(entry.path());
                continue;
            }
            let mut file = std::fs::File::open(entry.path())?;
            let mut hasher = Sha256::new();
            loop {
                let n = file.read(&mut buffer)?;
                if n == 0 {
                    break;
                }
                hasher.update(&buffer[..n]);
                total += n as u64;
            }
            std::hint::black_box(hasher.finalize());
        }
    }
    Ok((total, t.elapsed()))
}
