//! Test-only (feature `bench-generator`, never in the shipped binary): builds a large
//! vault in minutes for the scale benchmark (`examples/scale.rs`,
//! `benches/scale_bench.sh`). Items are tiny files; the custody log gets an `import`
//! entry per item and `view` and `guide-step` entries up to the wanted count, written
//! straight into sealed segments. Files are written without an fsync each (one `sync` at
//! the end): this is a benchmark fixture, not evidence.

use std::fs;
use std::path::Path;

use age::secrecy::SecretString;
use chrono::{Duration, Utc};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::log::{self, GENESIS_HASH, LogEntry, LogHead, LogKind};
use crate::store;
use crate::vault::{CreateOptions, ITEMS_DIR, LOG_DIR, META_DIR, Vault};

/// Builds a vault at `dir` (which must not exist) with `items` items and about
/// `entries` custody log entries; `progress` gets a line now and then.
#[doc(hidden)]
pub fn generate(
    dir: &Path,
    passphrase: &SecretString,
    work_factor: u8,
    items: usize,
    entries: u64,
    progress: &mut dyn FnMut(String),
) -> Result<(), Box<dyn std::error::Error>> {
    let options = CreateOptions {
        work_factor,
        recovery_recipients: Vec::new(),
    };
    let mut vault = Vault::create(dir, passphrase, &options)?;
    let seed = dir.with_extension("seed.txt");
    fs::write(&seed, b"seed item\n")?;
    let template = vault.import_file(&seed, crate::items::ItemDescription::default())?;
    fs::remove_file(&seed)?;
    let identity = vault.identity.clone();
    drop(vault);
    let recipient = identity.to_public();
    let log_dir = dir.join(LOG_DIR);

    // The entries so far (create, signing key, the seed's import), as single files.
    let (existing, _) = log::read_all(&log_dir, &identity)?;
    let mut lines: Vec<Vec<u8>> = Vec::with_capacity(entries as usize);
    for e in &existing {
        lines.push(serde_json::to_vec(&e.entry)?);
        fs::remove_file(&e.file)?;
    }
    let mut prev = existing
        .last()
        .map_or_else(|| GENESIS_HASH.to_owned(), |e| e.hash.clone());
    let start = Utc::now() - Duration::days(3 * 365);
    let mut push = |lines: &mut Vec<Vec<u8>>,
                    kind: LogKind,
                    subject: Option<Uuid>,
                    sha256: Option<String>,
                    note: String|
     -> Result<(), serde_json::Error> {
        let seq = lines.len() as u64;
        let entry = LogEntry {
            seq,
            prev: std::mem::take(&mut prev),
            at: start + Duration::seconds(seq as i64 * 60),
            kind,
            subject,
            sha256,
            note,
        };
        let bytes = serde_json::to_vec(&entry)?;
        prev = store::hex(&Sha256::digest(&bytes));
        lines.push(bytes);
        Ok(())
    };

    let words = [
        "school", "holiday", "doctor", "message", "handover", "birthday", "police", "court",
    ];
    let mut ids = Vec::with_capacity(items);
    for i in 0..items {
        let id = Uuid::new_v4();
        let content = format!("item {i}\n").into_bytes();
        let sha256 = store::hex(&Sha256::digest(&content));
        let mut item = template.clone();
        item.id = id;
        item.facts.original_name = format!("item-{i}.txt");
        item.facts.size = content.len() as u64;
        item.facts.sha256 = sha256.clone();
        item.description.title = format!("Item {i} {}", words[i % words.len()]);
        item.has_thumbnail = false;
        item.thumbnail_sha256 = None;
        fs::write(
            dir.join(ITEMS_DIR).join(format!("{id}.age")),
            age::encrypt(&recipient, &content)?,
        )?;
        fs::write(
            dir.join(META_DIR).join(format!("{id}.age")),
            age::encrypt(&recipient, &serde_json::to_vec(&item)?)?,
        )?;
        push(
            &mut lines,
            LogKind::Import,
            Some(id),
            Some(sha256),
            String::new(),
        )?;
        ids.push(id);
        if (i + 1).is_multiple_of(10_000) {
            progress(format!("{} items", i + 1));
        }
    }
    // Views of items (spread over all of them) and guide steps without a subject.
    let mut n = 0u64;
    while (lines.len() as u64) < entries {
        n += 1;
        if n.is_multiple_of(4) || ids.is_empty() {
            push(
                &mut lines,
                LogKind::GuideStep,
                None,
                None,
                format!("step {n}"),
            )?;
        } else {
            let id = ids[(n.wrapping_mul(2_654_435_761) % ids.len() as u64) as usize];
            push(&mut lines, LogKind::View, Some(id), None, String::new())?;
        }
    }
    progress(format!("{} log entries", lines.len()));

    // Whole segments; the rest as single files, as the vault would leave them.
    let threshold = log::seal_threshold();
    let whole = lines.len() - lines.len() % threshold;
    for (k, chunk) in lines[..whole].chunks(threshold).enumerate() {
        let first = (k * threshold) as u64;
        let mut plain = Vec::with_capacity(chunk.iter().map(|l| l.len() + 1).sum());
        for line in chunk {
            plain.extend_from_slice(line);
            plain.push(b'\n');
        }
        let name = format!(
            "segment-{first:020}-{:020}.age",
            first + chunk.len() as u64 - 1
        );
        fs::write(log_dir.join(name), age::encrypt(&recipient, &plain)?)?;
    }
    for line in &lines[whole..] {
        fs::write(
            log_dir.join(format!("{}.age", Uuid::new_v4())),
            age::encrypt(&recipient, line)?,
        )?;
    }
    let head = LogHead {
        seq: lines.len() as u64 - 1,
        hash: prev,
    };
    fs::write(
        log_dir.join("head.age"),
        age::encrypt(&recipient, &serde_json::to_vec(&head)?)?,
    )?;
    let _ = std::process::Command::new("sync").status();
    progress("written".to_owned());
    Ok(())
}

impl Vault {
    /// Bench only: loads `verify-cache.age` as `verify` does; its pairs and the time
    /// taken (decryption, MAC check and decoding).
    pub fn bench_load_verify_cache(&self) -> (usize, std::time::Duration) {
        let t = std::time::Instant::now();
        let cache = crate::verify_cache::DigestCache::load(&self.dir, &self.identity);
        (cache.len(), t.elapsed())
    }
}
