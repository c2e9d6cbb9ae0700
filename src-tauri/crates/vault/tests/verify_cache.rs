#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The verified-digest cache (`verify-cache.age`, issue 20): with a valid cache every
//! change of stored bytes is still found and reported exactly as without it; a cache
//! from another vault, damaged or missing is ignored and rebuilt, never an error.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use common::*;
use waarborg_vault::{Item, LogKind, ProblemKind, Record, Vault, VerifyMode};

const CACHE: &str = "verify-cache.age";
/// Small segments, so that a few entries make one; per process, so tests take turns.
const SEGMENT: usize = 4;
static THRESHOLD: Mutex<()> = Mutex::new(());

struct Fixture {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    vault: Vault,
    photo: Item,
    text: Item,
    record: uuid::Uuid,
}

/// A vault with a photo (thumbnail), a larger file, a record and sealed log segments,
/// checked once so that its cache knows every file.
fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let png = tmp.path().join("p.png");
    image::RgbImage::from_fn(300, 300, |x, y| image::Rgb([x as u8, y as u8, 0]))
        .save(&png)
        .unwrap();
    let photo = vault.import_file(&png, description("Photo")).unwrap();
    let big = tmp.path().join("big.bin");
    fs::write(&big, pattern(2 * 1024 * 1024 + 17)).unwrap();
    let text = vault.import_file(&big, description("Big")).unwrap();
    let record = vault
        .create_record(Record::Journal(Default::default()))
        .unwrap()
        .id;
    for _ in 0..SEGMENT * 2 {
        vault.log_event(LogKind::GuideStep, None, "a step").unwrap();
    }
    let report = vault.verify().unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    assert!(
        dir.join(CACHE).is_file(),
        "the first check writes the cache"
    );
    Fixture {
        _tmp: tmp,
        dir,
        vault,
        photo,
        text,
        record,
    }
}

fn flip_byte(path: &Path, from_end: usize) {
    let mut bytes = fs::read(path).unwrap();
    let n = bytes.len();
    bytes[n - from_end] ^= 0x01;
    fs::write(path, bytes).unwrap();
}

fn kinds_and_files(vault: &mut Vault) -> Vec<(ProblemKind, PathBuf)> {
    let report = vault.verify().unwrap();
    report
        .problems
        .iter()
        .map(|p| (p.kind, p.file.clone()))
        .collect()
}

/// Which file of a fixture a case changes.
type FileOf = fn(&Fixture) -> PathBuf;

fn segment(dir: &Path) -> PathBuf {
    fs::read_dir(dir.join("log"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("segment-")
        })
        .expect("a sealed segment")
}

#[test]
fn a_changed_byte_in_any_vault_file_is_reported_with_a_valid_cache() {
    let _turn = THRESHOLD.lock().unwrap_or_else(|e| e.into_inner());
    waarborg_vault::set_seal_threshold(SEGMENT);
    let cases: [(&str, FileOf, ProblemKind); 6] = [
        (
            "content (small)",
            |f| f.dir.join(format!("items/{}.age", f.photo.id)),
            ProblemKind::ContentUndecryptable,
        ),
        (
            "content (large)",
            |f| f.dir.join(format!("items/{}.age", f.text.id)),
            ProblemKind::ContentUndecryptable,
        ),
        (
            "metadata",
            |f| f.dir.join(format!("meta/{}.age", f.text.id)),
            ProblemKind::MetadataUndecryptable,
        ),
        (
            "thumbnail",
            |f| f.dir.join(format!("thumbs/{}.age", f.photo.id)),
            ProblemKind::ThumbnailUndecryptable,
        ),
        (
            "record",
            |f| f.dir.join(format!("records/{}.age", f.record)),
            ProblemKind::RecordUndecryptable,
        ),
        ("log segment", |f| segment(&f.dir), ProblemKind::LogDamaged),
    ];
    for (what, path, kind) in cases {
        let mut f = fixture();
        let path = path(&f);
        flip_byte(&path, 2);
        let found = kinds_and_files(&mut f.vault);
        let rel = path.strip_prefix(&f.dir).unwrap().to_owned();
        assert!(
            found.contains(&(kind, rel.clone())),
            "{what}: expected {kind:?} for {rel:?}, found {found:?}"
        );
        // The same as a check that decrypts everything finds.
        let full = f
            .vault
            .verify_with(&[], VerifyMode::Full, &mut |_| {})
            .unwrap();
        let full: Vec<_> = full
            .problems
            .iter()
            .map(|p| (p.kind, p.file.clone()))
            .collect();
        assert_eq!(found, full, "{what}");
    }
    waarborg_vault::set_seal_threshold(waarborg_vault::DEFAULT_SEAL_THRESHOLD);
}

#[test]
fn another_items_file_copied_over_is_reported_with_a_valid_cache() {
    let mut f = fixture();
    // Both files are known to the cache, under their own digests.
    for sub in ["items", "meta"] {
        fs::copy(
            f.dir.join(format!("{sub}/{}.age", f.photo.id)),
            f.dir.join(format!("{sub}/{}.age", f.text.id)),
        )
        .unwrap();
    }
    let found = kinds_and_files(&mut f.vault);
    let meta = PathBuf::from(format!("meta/{}.age", f.text.id));
    assert!(
        found.contains(&(ProblemKind::MetadataUndecryptable, meta)),
        "{found:?}"
    );
    fs::copy(
        f.dir.join(format!("thumbs/{}.age", f.photo.id)),
        f.dir.join(format!("items/{}.age", f.photo.id)),
    )
    .unwrap();
    let found = kinds_and_files(&mut f.vault);
    let content = PathBuf::from(format!("items/{}.age", f.photo.id));
    assert!(
        found.contains(&(ProblemKind::HashMismatch, content)),
        "{found:?}"
    );
}

#[test]
fn an_older_metadata_file_put_back_with_the_newer_cache_is_reported() {
    let mut f = fixture();
    let meta = f.dir.join(format!("meta/{}.age", f.text.id));
    let older = fs::read(&meta).unwrap();
    let older_cache = fs::read(f.dir.join(CACHE)).unwrap();
    let mut changed = f.text.description.clone();
    changed.title = "Big, renamed".to_owned();
    f.vault.edit_item(f.text.id, changed).unwrap();
    assert!(f.vault.verify().unwrap().is_intact());
    // The newer cache (which knows the newer file), and the older one (which knows the
    // file put back): both report it.
    for cache in [None, Some(&older_cache)] {
        if let Some(cache) = cache {
            fs::write(f.dir.join(CACHE), cache).unwrap();
        }
        fs::write(&meta, &older).unwrap();
        let found = kinds_and_files(&mut f.vault);
        assert_eq!(
            found,
            [(
                ProblemKind::ItemChangeNotInLog,
                PathBuf::from(format!("meta/{}.age", f.text.id))
            )]
        );
    }
}

#[test]
fn a_cache_from_another_vault_or_damaged_is_ignored_and_rebuilt() {
    let mut f = fixture();
    let other = fixture();
    let content = f.dir.join(format!("items/{}.age", f.text.id));
    // The other vault's cache knows its own files only; it does not even decrypt here.
    fs::copy(other.dir.join(CACHE), f.dir.join(CACHE)).unwrap();
    assert!(f.vault.verify().unwrap().is_intact());
    let rebuilt = fs::read(f.dir.join(CACHE)).unwrap();
    assert_ne!(rebuilt, fs::read(other.dir.join(CACHE)).unwrap());
    // The other vault's content file in place of this one's: it does not decrypt here,
    // whatever the caches know.
    fs::copy(other.dir.join(CACHE), f.dir.join(CACHE)).unwrap();
    let saved = fs::read(&content).unwrap();
    fs::copy(
        other.dir.join(format!("items/{}.age", other.text.id)),
        &content,
    )
    .unwrap();
    let found = kinds_and_files(&mut f.vault);
    assert!(
        found.contains(&(
            ProblemKind::ContentUndecryptable,
            PathBuf::from(format!("items/{}.age", f.text.id))
        )),
        "{found:?}"
    );
    fs::write(&content, saved).unwrap();
    // Damaged, cut short, empty, removed, a folder: the check runs as without it.
    let cache = f.dir.join(CACHE);
    let good = fs::read(&cache).unwrap();
    for damage in 0..5 {
        let _ = fs::remove_file(&cache);
        match damage {
            0 => {
                let mut bytes = good.clone();
                let n = bytes.len();
                bytes[n / 2] ^= 0x40;
                fs::write(&cache, bytes).unwrap();
            }
            1 => fs::write(&cache, &good[..good.len() - 20]).unwrap(),
            2 => fs::write(&cache, b"").unwrap(),
            3 => {}
            _ => fs::create_dir(&cache).unwrap(),
        }
        let report = f.vault.verify().unwrap();
        if damage == 4 {
            // A folder where the cache belongs is reported like any stray folder.
            let kinds: Vec<_> = report.problems.iter().map(|p| p.kind).collect();
            assert_eq!(kinds, [ProblemKind::StrayFile]);
            fs::remove_dir(&cache).unwrap();
        } else {
            assert!(report.is_intact(), "damage {damage}: {:?}", report.problems);
            assert!(cache.is_file(), "damage {damage}: rebuilt");
        }
    }
}
