//! `verify-cache.age`: the verified-digest cache (issue 20). It maps the SHA-256 of a
//! vault file's *ciphertext* to what decrypting that file gave the last time `verify`
//! did it: for content and thumbnails the plaintext's SHA-256 and size, for metadata
//! what `verify` compares (the item id, title, recorded hash and size, thumbnail hash,
//! number of earlier descriptions, trash state).
//!
//! Why it is sound: age decryption under one identity is a deterministic function of
//! the ciphertext bytes, so a file whose ciphertext hash is recorded decrypts to the
//! recorded plaintext. `verify` still reads and hashes every byte of every file (any
//! change to a stored file gives another hash, which is then decrypted and checked as
//! before); it only skips the X25519 key agreement and the decryption of files it has
//! already seen decrypt. The pairs are recorded only from a decryption made in the same
//! pass that hashed the bytes (never from two reads of a file that may change between
//! them), and only for files that decrypted and parsed.
//!
//! Who can write it: age does not say who encrypted a file (anyone with the vault's
//! public key can), so the cache carries an HMAC-SHA-256 under a key derived from the
//! vault *identity* (the secret key): only the key holder can make a cache this vault
//! accepts. An older copy of the cache holds only true pairs (pairs do not go stale,
//! they only stop being used). A cache that is missing, damaged, from another vault or
//! key (re-key), or of another format is ignored and rebuilt by the next check: it is
//! never an error. `verify --full` ignores it and decrypts everything.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::sync::Mutex;

use age::secrecy::ExposeSecret;
use age::x25519;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::error::IoFailure;
use crate::items::Item;
use crate::log::{HEAD_REBUILT_KIND, LogEntry, LogKind};
use crate::store::{self, ReadFailure};

/// The cache's file at the top of the vault.
pub(crate) const CACHE_FILE: &str = "verify-cache.age";
const MAGIC: &[u8; 8] = b"WBVCACHE";
const FORMAT: u32 = 2;
/// Domain separation of the MAC key from every other use of the identity.
const MAC_KEY_CONTEXT: &[u8] = b"waarborg verify-cache mac key v1";
const MAC_LEN: usize = 32;
const TAG_CONTENT: u8 = 1;
const TAG_META: u8 = 2;
const TAG_SEGMENT: u8 = 3;
const TAG_RECORD: u8 = 4;
/// A kept log entry: the fields the comparisons read.
const KEPT_COMPACT: u8 = 0;
/// A kept log entry: its whole line (a `log-head-rebuilt` entry, whose time and note
/// the report quotes).
const KEPT_LINE: u8 = 1;
/// The kinds of kept entries, by their code in the cache.
const KEPT_KINDS: [LogKind; 11] = [
    LogKind::Import,
    LogKind::Edit,
    LogKind::Delete,
    LogKind::Restore,
    LogKind::Purge,
    LogKind::RecordCreate,
    LogKind::RecordEdit,
    LogKind::RecordDelete,
    LogKind::RecordRestore,
    LogKind::RecordPurge,
    LogKind::GuideStep,
];

/// SHA-256 of a file's ciphertext.
pub(crate) type CipherDigest = [u8; 32];

/// What `verify` needs from an item's metadata file (see [`crate::items::Item`]).
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct MetaFacts {
    pub(crate) id: Uuid,
    pub(crate) title: String,
    /// `facts.sha256`, as recorded (hex).
    pub(crate) sha256: String,
    pub(crate) size: u64,
    pub(crate) has_thumbnail: bool,
    pub(crate) thumbnail_sha256: Option<String>,
    /// Number of earlier descriptions (`history`).
    pub(crate) history: usize,
    /// `trashed_at` is set.
    pub(crate) trashed: bool,
}

impl MetaFacts {
    pub(crate) fn of(item: &Item) -> Self {
        Self {
            id: item.id,
            title: item.description.title.clone(),
            sha256: item.facts.sha256.clone(),
            size: item.facts.size,
            has_thumbnail: item.has_thumbnail,
            thumbnail_sha256: item.thumbnail_sha256.clone(),
            history: item.history.len(),
            trashed: item.trashed_at.is_some(),
        }
    }
}

impl std::fmt::Debug for MetaFacts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The title is evidence: not shown.
        f.debug_struct("MetaFacts")
            .field("id", &self.id)
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

/// What a ciphertext is known to decrypt to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Known {
    /// Content or thumbnail: plaintext SHA-256 and size.
    Plain { sha256: [u8; 32], size: u64 },
    /// Item metadata that decrypted and parsed.
    Meta(MetaFacts),
    /// A sealed custody log segment that decrypted whole and clean.
    Segment(SegmentFacts),
    /// A record file (`records/<id>.age`) that decrypted and parsed as the record `id`:
    /// its plaintext's SHA-256 and the number of earlier versions it keeps.
    Record {
        id: Uuid,
        sha256: [u8; 32],
        history: u64,
    },
}

/// A sealed custody log segment (`log/segment-<first>-<last>.age`) that decrypted, ends
/// with a newline, holds exactly the entries `first..=last` in order (one per line, each
/// a log entry), and whose entries each name the hash of the one before: what `verify`
/// needs of it without decrypting it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SegmentFacts {
    pub(crate) first: u64,
    pub(crate) last: u64,
    /// The first entry's `prev`, as written.
    pub(crate) prev: String,
    /// SHA-256 of the last entry's line.
    pub(crate) hash: [u8; 32],
    /// The entries the comparisons with items and records read (see [`keeps`]), oldest
    /// first. Compact ones carry only `seq`, `kind`, `subject` and `sha256` (the rest
    /// empty); `log-head-rebuilt` entries are whole.
    pub(crate) kept: Vec<LogEntry>,
}

/// Whether a segment summary keeps `entry`: an entry about an item or record of a kind
/// `verify` compares with them (import, edit, delete, restore, purge, record-*,
/// guide-step), or a `log-head-rebuilt` entry (reported).
pub(crate) fn keeps(entry: &LogEntry) -> bool {
    entry.kind.as_str() == HEAD_REBUILT_KIND
        || (entry.subject.is_some() && KEPT_KINDS.contains(&entry.kind))
}

/// The cache as loaded: ciphertext digest → what it decrypts to.
#[derive(Debug, Default)]
pub(crate) struct DigestCache {
    known: HashMap<CipherDigest, Known>,
}

impl DigestCache {
    /// Reads the vault's cache; anything wrong with it gives an empty cache.
    pub(crate) fn load(dir: &Path, identity: &x25519::Identity) -> Self {
        let known = store::read_sealed(&dir.join(CACHE_FILE), identity)
            .ok()
            .and_then(|bytes| decode(&bytes, &mac_key(identity)))
            .unwrap_or_default();
        Self { known }
    }

    pub(crate) fn get(&self, digest: &CipherDigest) -> Option<&Known> {
        self.known.get(digest)
    }

    pub(crate) fn len(&self) -> usize {
        self.known.len()
    }

    /// Writes `pairs` as the vault's cache (atomically, encrypted to the vault).
    pub(crate) fn write(
        dir: &Path,
        identity: &x25519::Identity,
        pairs: &[(CipherDigest, Known)],
    ) -> Result<(), IoFailure> {
        let plain = encode(pairs, &mac_key(identity));
        store::write_sealed(&dir.join(CACHE_FILE), &identity.to_public(), &plain)
    }
}

type HmacSha256 = Hmac<Sha256>;

/// The MAC key: HKDF-SHA-256 of the identity's secret string, with this use named as `info`.
fn mac_key(identity: &x25519::Identity) -> Zeroizing<[u8; 32]> {
    let secret = identity.to_string();
    let hkdf = Hkdf::<Sha256>::new(None, secret.expose_secret().as_bytes());
    let mut key = Zeroizing::new([0u8; 32]);
    // 32 bytes is far below HKDF-SHA-256's limit of 255 × 32: this cannot fail.
    hkdf.expand(MAC_KEY_CONTEXT, key.as_mut())
        .unwrap_or_else(|_| unreachable!());
    key
}

fn mac(key: &[u8; 32]) -> HmacSha256 {
    // HMAC takes a key of any length: this cannot fail.
    <HmacSha256 as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!())
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&u32::try_from(s.len()).unwrap_or(u32::MAX).to_le_bytes());
    out.extend_from_slice(
        s.as_bytes()
            .get(..u32::MAX as usize)
            .unwrap_or(s.as_bytes()),
    );
}

/// The plaintext: `WBVCACHE`, format (u32), count (u32), the entries, then the MAC of
/// everything before it. Integers little-endian; strings are a u32 length and UTF-8.
fn encode(pairs: &[(CipherDigest, Known)], key: &[u8; 32]) -> Zeroizing<Vec<u8>> {
    let mut out = Zeroizing::new(Vec::with_capacity(16 + pairs.len() * 96));
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&u32::try_from(pairs.len()).unwrap_or(u32::MAX).to_le_bytes());
    for (digest, known) in pairs.iter().take(u32::MAX as usize) {
        match known {
            Known::Plain { sha256, size } => {
                out.push(TAG_CONTENT);
                out.extend_from_slice(digest);
                out.extend_from_slice(sha256);
                out.extend_from_slice(&size.to_le_bytes());
            }
            Known::Meta(m) => {
                out.push(TAG_META);
                out.extend_from_slice(digest);
                out.extend_from_slice(m.id.as_bytes());
                out.extend_from_slice(&m.size.to_le_bytes());
                let flags = u8::from(m.has_thumbnail)
                    | (u8::from(m.trashed) << 1)
                    | (u8::from(m.thumbnail_sha256.is_some()) << 2);
                out.push(flags);
                out.extend_from_slice(&u64::try_from(m.history).unwrap_or(u64::MAX).to_le_bytes());
                put_str(&mut out, &m.sha256);
                if let Some(thumb) = &m.thumbnail_sha256 {
                    put_str(&mut out, thumb);
                }
                put_str(&mut out, &m.title);
            }
            Known::Record {
                id,
                sha256,
                history,
            } => {
                out.push(TAG_RECORD);
                out.extend_from_slice(digest);
                out.extend_from_slice(id.as_bytes());
                out.extend_from_slice(sha256);
                out.extend_from_slice(&history.to_le_bytes());
            }
            Known::Segment(f) => {
                out.push(TAG_SEGMENT);
                out.extend_from_slice(digest);
                out.extend_from_slice(&f.first.to_le_bytes());
                out.extend_from_slice(&f.last.to_le_bytes());
                out.extend_from_slice(&f.hash);
                put_str(&mut out, &f.prev);
                out.extend_from_slice(
                    &u32::try_from(f.kept.len())
                        .unwrap_or(u32::MAX)
                        .to_le_bytes(),
                );
                for entry in f.kept.iter().take(u32::MAX as usize) {
                    put_kept(&mut out, entry);
                }
            }
        }
    }
    let mut tag = mac(key);
    tag.update(&out);
    out.extend_from_slice(&tag.finalize().into_bytes());
    out
}

/// One kept log entry: compact (`0`, seq, kind code, subject, sha256 as 32 bytes or a
/// string) when it is an entry about a subject of a kept kind; else its line (`1`).
fn put_kept(out: &mut Vec<u8>, entry: &LogEntry) {
    let code = KEPT_KINDS.iter().position(|k| *k == entry.kind);
    match (code.and_then(|c| u8::try_from(c).ok()), entry.subject) {
        (Some(code), Some(subject)) => {
            out.push(KEPT_COMPACT);
            out.extend_from_slice(&entry.seq.to_le_bytes());
            out.push(code);
            out.extend_from_slice(subject.as_bytes());
            match &entry.sha256 {
                None => out.push(0),
                Some(sha) => match hex32(sha) {
                    Some(bytes) if store::hex(&bytes) == *sha => {
                        out.push(1);
                        out.extend_from_slice(&bytes);
                    }
                    _ => {
                        out.push(2);
                        put_str(out, sha);
                    }
                },
            }
        }
        _ => {
            out.push(KEPT_LINE);
            // Serialising a log entry cannot fail (strings, numbers, a time).
            let line = serde_json::to_string(entry).unwrap_or_default();
            put_str(out, &line);
        }
    }
}

/// The 32 bytes of a 64-digit hex string.
pub(crate) fn hex32(hex: &str) -> Option<[u8; 32]> {
    let mut out = [0u8; 32];
    if hex.len() != 64 {
        return None;
    }
    for (byte, pair) in out.iter_mut().zip(hex.as_bytes().chunks(2)) {
        *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(out)
}

fn get_kept(cursor: &mut Cursor<'_>) -> Option<LogEntry> {
    match cursor.u8()? {
        KEPT_COMPACT => {
            let seq = cursor.u64()?;
            let kind = KEPT_KINDS.get(usize::from(cursor.u8()?))?.clone();
            let subject = Some(Uuid::from_bytes(cursor.array()?));
            let sha256 = match cursor.u8()? {
                0 => None,
                1 => Some(store::hex(&cursor.array::<32>()?)),
                2 => Some(cursor.string()?),
                _ => return None,
            };
            Some(LogEntry {
                seq,
                prev: String::new(),
                at: chrono::DateTime::default(),
                kind,
                subject,
                sha256,
                note: String::new(),
            })
        }
        KEPT_LINE => serde_json::from_str(&cursor.string()?).ok(),
        _ => None,
    }
}

/// A cursor over the plaintext; every read is checked (a short or odd file is `None`).
struct Cursor<'a>(&'a [u8]);

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }
    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.array::<1>()?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.array()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.array()?))
    }
    fn string(&mut self) -> Option<String> {
        let n = usize::try_from(self.u32()?).ok()?;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }
}

fn decode(bytes: &[u8], key: &[u8; 32]) -> Option<HashMap<CipherDigest, Known>> {
    let (body, tag) = bytes.split_at_checked(bytes.len().checked_sub(MAC_LEN)?)?;
    let mut check = mac(key);
    check.update(body);
    check.verify_slice(tag).ok()?;
    let mut cursor = Cursor(body);
    if cursor.take(MAGIC.len())? != MAGIC || cursor.u32()? != FORMAT {
        return None;
    }
    let count = usize::try_from(cursor.u32()?).ok()?;
    let mut known = HashMap::with_capacity(count.min(body.len() / 40));
    for _ in 0..count {
        let tag = cursor.u8()?;
        let digest: CipherDigest = cursor.array()?;
        let value = match tag {
            TAG_CONTENT => Known::Plain {
                sha256: cursor.array()?,
                size: cursor.u64()?,
            },
            TAG_META => {
                let id = Uuid::from_bytes(cursor.array()?);
                let size = cursor.u64()?;
                let flags = cursor.u8()?;
                let history = usize::try_from(cursor.u64()?).ok()?;
                let sha256 = cursor.string()?;
                let thumbnail_sha256 = if flags & 4 != 0 {
                    Some(cursor.string()?)
                } else {
                    None
                };
                Known::Meta(MetaFacts {
                    id,
                    title: cursor.string()?,
                    sha256,
                    size,
                    has_thumbnail: flags & 1 != 0,
                    thumbnail_sha256,
                    history,
                    trashed: flags & 2 != 0,
                })
            }
            TAG_RECORD => Known::Record {
                id: Uuid::from_bytes(cursor.array()?),
                sha256: cursor.array()?,
                history: cursor.u64()?,
            },
            TAG_SEGMENT => {
                let first = cursor.u64()?;
                let last = cursor.u64()?;
                let hash = cursor.array()?;
                let prev = cursor.string()?;
                let n = usize::try_from(cursor.u32()?).ok()?;
                let mut kept = Vec::with_capacity(n.min(cursor.0.len() / 26));
                for _ in 0..n {
                    kept.push(get_kept(&mut cursor)?);
                }
                Known::Segment(SegmentFacts {
                    first,
                    last,
                    prev,
                    hash,
                    kept,
                })
            }
            _ => return None,
        };
        known.insert(digest, value);
    }
    cursor.0.is_empty().then_some(known)
}

/// Reads a small file whole (a regular file only, never blocking) with the SHA-256 of
/// its bytes. The errors are those of [`store::read_sealed`].
pub(crate) fn read_small(path: &Path) -> Result<(Vec<u8>, CipherDigest), ReadFailure> {
    let mut file = match store::open_regular(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(ReadFailure::Missing),
        Err(e) => return Err(ReadFailure::Io(e)),
    };
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(ReadFailure::Io)?;
    let digest = Sha256::digest(&bytes).into();
    Ok((bytes, digest))
}

/// Decrypts bytes read by [`read_small`] (as [`store::read_sealed`] decrypts a file).
pub(crate) fn decrypt_small(
    bytes: &[u8],
    identity: &x25519::Identity,
) -> Result<Zeroizing<Vec<u8>>, ReadFailure> {
    let decryptor =
        age::Decryptor::new(bytes).map_err(|e| ReadFailure::Undecryptable(e.to_string()))?;
    let mut reader = decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .map_err(|e| ReadFailure::Undecryptable(e.to_string()))?;
    let mut out = Zeroizing::new(Vec::new());
    reader.read_to_end(&mut out).map_err(|e| {
        if e.kind() == io::ErrorKind::InvalidData || e.kind() == io::ErrorKind::UnexpectedEof {
            ReadFailure::Undecryptable(e.to_string())
        } else {
            ReadFailure::Io(e)
        }
    })?;
    Ok(out)
}

/// Reads a (possibly large) file through SHA-256 without keeping it: its ciphertext
/// digest. A regular file only.
pub(crate) fn hash_file(path: &Path, buffer: &mut [u8]) -> io::Result<CipherDigest> {
    let mut file = store::open_regular(path)?;
    let mut hasher = Sha256::new();
    loop {
        let n = match file.read(buffer) {
            Ok(0) => return Ok(hasher.finalize().into()),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        hasher.update(buffer.get(..n).unwrap_or_default());
    }
}

/// A reader that hashes every byte it passes on: the ciphertext a decryption consumes,
/// so that the pair recorded comes from one read of the file.
pub(crate) struct HashingReader<'a> {
    pub(crate) file: &'a File,
    pub(crate) hasher: &'a Mutex<Sha256>,
}

impl Read for HashingReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = (&mut self.file).read(buf)?;
        if let Ok(mut hasher) = self.hasher.lock() {
            hasher.update(buf.get(..n).unwrap_or_default());
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(title: &str, thumb: Option<&str>) -> MetaFacts {
        MetaFacts {
            id: Uuid::new_v4(),
            title: title.to_owned(),
            sha256: "ab".repeat(32),
            size: 42,
            has_thumbnail: thumb.is_some(),
            thumbnail_sha256: thumb.map(str::to_owned),
            history: 3,
            trashed: true,
        }
    }

    #[test]
    fn a_cache_reads_back_only_under_its_own_key() {
        let key = [7u8; 32];
        let pairs = vec![
            (
                [1u8; 32],
                Known::Plain {
                    sha256: [2u8; 32],
                    size: 9,
                },
            ),
            (
                [3u8; 32],
                Known::Meta(facts("Brief van school", Some("cd"))),
            ),
            ([4u8; 32], Known::Meta(facts("", None))),
        ];
        let bytes = encode(&pairs, &key);
        let read = decode(&bytes, &key).expect("its own key");
        assert_eq!(read.len(), 3);
        for (digest, known) in &pairs {
            assert_eq!(read.get(digest), Some(known));
        }
        assert!(decode(&bytes, &[8u8; 32]).is_none(), "another key");
        let mut flipped = bytes.to_vec();
        flipped[20] ^= 1;
        assert!(decode(&flipped, &key).is_none(), "a changed byte");
        assert!(
            decode(&bytes[..bytes.len() - 1], &key).is_none(),
            "cut short"
        );
        assert!(decode(&[], &key).is_none());
    }

    #[test]
    fn the_mac_key_depends_on_the_identity() {
        let a = x25519::Identity::generate();
        let b = x25519::Identity::generate();
        assert_ne!(*mac_key(&a), *mac_key(&b));
        assert_eq!(*mac_key(&a), *mac_key(&a));
    }
}
