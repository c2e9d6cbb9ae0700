//! `log-index.age`: a cache of which custody log entries are about which item or record,
//! so the first item page after unlock reads one or a few segments instead of the whole
//! log (a million entries take seconds to read).
//!
//! A compact binary table inside age (format 2, see `docs/VAULT_FORMAT.md`), searched
//! in place without being parsed into a map: the first item page after unlock decrypts
//! a few MB and binary-searches it. The older JSON form (format 1) is still read and
//! replaced by the binary form when the vault is closed (one atomic write: a stop at any
//! point leaves the old file or the new one, and either is only a cache).
//!
//! Used only when its head is the log head the vault opened with; otherwise (missing,
//! damaged, stale) rebuilt from the log the first time it is needed. Written when the
//! vault is closed. The integrity check never reads it, and the entries it points to are
//! read from the log itself (and must name the subject), so a wrong index can only leave
//! entries out of a page, never put foreign ones in. It can be deleted at any time.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use age::x25519;
use serde::Deserialize;
use uuid::Uuid;

use crate::error::{IoFailure, LogError};
use crate::log::{self, LogEntry, LogHead, ReadEntry};
use crate::store;

pub(crate) const LOG_INDEX_FILE: &str = "log-index.age";
/// The first bytes of the binary form.
const MAGIC: &[u8; 8] = b"WBLOGIDX";
/// The binary form's format number.
const FORMAT: u32 = 2;
/// The older JSON form, still read (and rewritten in the binary form).
const JSON_FORMAT: u32 = 1;
/// One row of the subject table: the id, the number of positions, the offset of its
/// positions in the position area.
const ROW: usize = 16 + 4 + 4;

/// The older JSON form: `{"format": 1, "head": {"seq", "hash"}, "subjects": {"<id>": [seq, …]}}`.
#[derive(Deserialize)]
struct JsonForm {
    format: u32,
    head: Option<LogHead>,
    subjects: HashMap<Uuid, Vec<u64>>,
}

/// The positions of each subject's entries, as far as `head`.
#[derive(Debug, Default)]
pub(crate) struct SubjectIndex {
    head: Option<LogHead>,
    /// The stored table, checked when read and searched in place.
    table: Table,
    /// Positions not in `table`: appended since it was read, or all when built or
    /// read from the JSON form.
    added: HashMap<Uuid, Vec<u64>>,
    /// Changed since read (or rebuilt): written at close.
    pub(crate) dirty: bool,
}

/// The subject table of the binary form: `rows` sorted by id, each pointing into
/// `positions` (LEB128 varints: the first position, then each difference to the last).
#[derive(Debug, Default)]
struct Table {
    rows: Vec<u8>,
    positions: Vec<u8>,
}

impl Table {
    fn len(&self) -> usize {
        self.rows.len() / ROW
    }

    fn row(&self, i: usize) -> Option<(Uuid, usize, usize)> {
        let row = self.rows.get(i * ROW..(i + 1) * ROW)?;
        let id = Uuid::from_slice(row.get(..16)?).ok()?;
        let count = u32::from_le_bytes(row.get(16..20)?.try_into().ok()?) as usize;
        let offset = u32::from_le_bytes(row.get(20..24)?.try_into().ok()?) as usize;
        Some((id, count, offset))
    }

    /// The positions of row `i`; `None` when they do not decode (checked at read).
    fn decode(&self, i: usize) -> Option<Vec<u64>> {
        let (_, count, offset) = self.row(i)?;
        let mut bytes = self.positions.get(offset..)?;
        let mut out = Vec::with_capacity(count);
        let mut last = 0u64;
        for k in 0..count {
            let (value, rest) = read_varint(bytes)?;
            bytes = rest;
            last = if k == 0 {
                value
            } else {
                last.checked_add(value).filter(|_| value > 0)?
            };
            out.push(last);
        }
        Some(out)
    }

    fn find(&self, subject: Uuid) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let (id, _, _) = self.row(mid)?;
            match id.cmp(&subject) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// Every row decodes, ids strictly ascending, runs adjacent and the area used up.
    fn is_well_formed(&self) -> bool {
        if !self.rows.len().is_multiple_of(ROW) {
            return false;
        }
        let mut previous: Option<Uuid> = None;
        let mut expected_offset = 0usize;
        for i in 0..self.len() {
            let Some((id, _, offset)) = self.row(i) else {
                return false;
            };
            if previous.is_some_and(|p| p >= id) || offset != expected_offset {
                return false;
            }
            previous = Some(id);
            let Some(positions) = self.decode(i) else {
                return false;
            };
            expected_offset += positions
                .iter()
                .scan(0u64, |last, &p| {
                    let delta = p - *last;
                    *last = p;
                    Some(varint_len(delta))
                })
                .sum::<usize>();
        }
        expected_offset == self.positions.len()
    }
}

fn read_varint(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let mut value = 0u64;
    for (i, &b) in bytes.iter().enumerate().take(10) {
        value |= u64::from(b & 0x7f).checked_shl(7 * i as u32)?;
        if b & 0x80 == 0 {
            return Some((value, bytes.get(i + 1..)?));
        }
    }
    None
}

fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let b = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn varint_len(value: u64) -> usize {
    let bits = 64 - value.leading_zeros() as usize;
    bits.div_ceil(7).max(1)
}

/// Parses the binary form: the head and the table (checked), or `None`.
fn parse(bytes: &[u8]) -> Option<(Option<LogHead>, Table)> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    let (format, rest) = take_u32(rest)?;
    if format != FORMAT {
        return None;
    }
    let (&has_head, mut rest) = rest.split_first()?;
    let head = match has_head {
        0 => None,
        1 => {
            let (seq, r) = take_u64(rest)?;
            let (&len, r) = r.split_first()?;
            let hash = std::str::from_utf8(r.get(..usize::from(len))?)
                .ok()?
                .to_owned();
            rest = r.get(usize::from(len)..)?;
            Some(LogHead { seq, hash })
        }
        _ => return None,
    };
    let (n, rest) = take_u32(rest)?;
    let rows_len = (n as usize).checked_mul(ROW)?;
    let table = Table {
        rows: rest.get(..rows_len)?.to_vec(),
        positions: rest.get(rows_len..)?.to_vec(),
    };
    table.is_well_formed().then_some((head, table))
}

fn take_u32(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let (n, rest) = bytes.split_first_chunk::<4>()?;
    Some((u32::from_le_bytes(*n), rest))
}

fn take_u64(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let (n, rest) = bytes.split_first_chunk::<8>()?;
    Some((u64::from_le_bytes(*n), rest))
}

/// The binary form of `subjects` (positions ascending) at `head`; `None` when it does not
/// fit the format's 32-bit counts.
fn encode(head: Option<&LogHead>, subjects: &BTreeMap<Uuid, Vec<u64>>) -> Option<Vec<u8>> {
    let mut rows = Vec::with_capacity(subjects.len() * ROW);
    let mut positions = Vec::new();
    for (id, seqs) in subjects {
        rows.extend_from_slice(id.as_bytes());
        rows.extend_from_slice(&u32::try_from(seqs.len()).ok()?.to_le_bytes());
        rows.extend_from_slice(&u32::try_from(positions.len()).ok()?.to_le_bytes());
        let mut last = 0;
        for (k, &seq) in seqs.iter().enumerate() {
            write_varint(&mut positions, if k == 0 { seq } else { seq - last });
            last = seq;
        }
    }
    let mut out = Vec::with_capacity(64 + rows.len() + positions.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    match head {
        None => out.push(0),
        Some(h) => {
            out.push(1);
            out.extend_from_slice(&h.seq.to_le_bytes());
            out.push(u8::try_from(h.hash.len()).ok()?);
            out.extend_from_slice(h.hash.as_bytes());
        }
    }
    out.extend_from_slice(&u32::try_from(subjects.len()).ok()?.to_le_bytes());
    out.extend_from_slice(&rows);
    out.extend_from_slice(&positions);
    Some(out)
}

impl SubjectIndex {
    /// Reads the stored index when it was written at `head` (binary form, or the older
    /// JSON form, which is then rewritten at close).
    pub(crate) fn read(
        vault_dir: &Path,
        identity: &x25519::Identity,
        head: Option<&LogHead>,
    ) -> Option<Self> {
        let bytes = store::read_sealed(&vault_dir.join(LOG_INDEX_FILE), identity).ok()?;
        if bytes.starts_with(MAGIC) {
            let (stored_head, table) = parse(&bytes)?;
            return (stored_head.as_ref() == head).then_some(Self {
                head: stored_head,
                table,
                added: HashMap::new(),
                dirty: false,
            });
        }
        let json: JsonForm = serde_json::from_slice(&bytes).ok()?;
        (json.format == JSON_FORMAT && json.head.as_ref() == head).then(|| {
            let mut added = json.subjects;
            for positions in added.values_mut() {
                positions.sort_unstable();
                positions.dedup();
            }
            Self {
                head: json.head,
                table: Table::default(),
                added,
                dirty: true,
            }
        })
    }

    /// Built from entries as read (sorted by seq).
    pub(crate) fn build(entries: &[ReadEntry], head: Option<&LogHead>) -> Self {
        let mut added: HashMap<Uuid, Vec<u64>> = HashMap::new();
        for e in entries {
            if let Some(subject) = e.entry.subject {
                added.entry(subject).or_default().push(e.entry.seq);
            }
        }
        Self {
            head: head.cloned(),
            table: Table::default(),
            added,
            dirty: true,
        }
    }

    /// An entry appended after the index's head.
    pub(crate) fn push(&mut self, subject: Option<Uuid>, head: &LogHead) {
        if let Some(subject) = subject {
            self.added.entry(subject).or_default().push(head.seq);
        }
        self.head = Some(head.clone());
        self.dirty = true;
    }

    /// The positions of `subject`'s entries, ascending.
    pub(crate) fn positions(&self, subject: Uuid) -> Vec<u64> {
        let mut found = self
            .table
            .find(subject)
            .and_then(|i| self.table.decode(i))
            .unwrap_or_default();
        if let Some(added) = self.added.get(&subject) {
            found.extend_from_slice(added);
            found.sort_unstable();
            found.dedup();
        }
        found
    }

    /// Writes the index atomically next to the log, in the binary form.
    pub(crate) fn write(
        &mut self,
        vault_dir: &Path,
        recipient: &x25519::Recipient,
    ) -> Result<(), IoFailure> {
        let path = vault_dir.join(LOG_INDEX_FILE);
        let mut all: BTreeMap<Uuid, Vec<u64>> = BTreeMap::new();
        for i in 0..self.table.len() {
            if let (Some((id, _, _)), Some(positions)) = (self.table.row(i), self.table.decode(i)) {
                all.insert(id, positions);
            }
        }
        for (id, positions) in &self.added {
            let merged = all.entry(*id).or_default();
            merged.extend_from_slice(positions);
            merged.sort_unstable();
            merged.dedup();
        }
        let bytes = encode(self.head.as_ref(), &all).ok_or_else(|| {
            IoFailure::new(
                "encode",
                &path,
                std::io::Error::other("more entries than the index format holds"),
            )
        })?;
        store::write_sealed(&path, recipient, &bytes)?;
        self.dirty = false;
        Ok(())
    }
}

/// The entries at `positions` that name `subject`, oldest first: each segment holding
/// one is read once; positions not sealed come from `tail` (the single files, read the
/// first time one is needed).
pub(crate) fn read_positions(
    log_dir: &Path,
    identity: &x25519::Identity,
    subject: Uuid,
    positions: &[u64],
    tail: &mut Option<BTreeMap<u64, LogEntry>>,
) -> Result<Vec<LogEntry>, LogError> {
    let files = log::list(log_dir)?;
    let mut by_segment: BTreeMap<usize, ()> = BTreeMap::new();
    let mut unsealed = false;
    for &seq in positions {
        // Segments are sorted by first seq.
        let at = files.segments.partition_point(|s| s.first <= seq);
        match at.checked_sub(1) {
            Some(i) if files.segments[i].last >= seq => {
                by_segment.insert(i, ());
            }
            _ => unsealed = true,
        }
    }
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for &i in by_segment.keys() {
        log::read_segment(&files.segments[i], identity, &mut entries, &mut problems);
    }
    let mut found: Vec<LogEntry> = entries.into_iter().map(|e| e.entry).collect();
    if unsealed {
        let tail = tail.get_or_insert_with(|| {
            log::read_singles(&files.singles, identity)
                .into_iter()
                .map(|e| (e.entry.seq, e.entry))
                .collect()
        });
        found.extend(positions.iter().filter_map(|seq| tail.get(seq)).cloned());
    }
    let mut found: Vec<LogEntry> = found
        .into_iter()
        .filter(|e| e.subject == Some(subject) && positions.binary_search(&e.seq).is_ok())
        .collect();
    found.sort_by_key(|e| e.seq);
    found.dedup_by_key(|e| e.seq);
    Ok(found)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn head(seq: u64) -> LogHead {
        LogHead {
            seq,
            hash: "ab".repeat(32),
        }
    }

    #[test]
    fn the_binary_form_reads_back_every_subjects_positions() {
        let mut subjects = BTreeMap::new();
        for n in 0..300u64 {
            let id = Uuid::from_u128(u128::from(n) * 7919);
            // Gaps of every width a varint takes, up to large positions.
            let positions: Vec<u64> = (0..n % 5 + 1).map(|k| n + k * k * 1_000_003).collect();
            subjects.insert(id, positions);
        }
        for head in [None, Some(head(4_000_000))] {
            let bytes = encode(head.as_ref(), &subjects).unwrap();
            let (read_head, table) = parse(&bytes).unwrap();
            assert_eq!(read_head, head);
            assert_eq!(table.len(), subjects.len());
            let index = SubjectIndex {
                head: read_head,
                table,
                added: HashMap::new(),
                dirty: false,
            };
            for (id, positions) in &subjects {
                assert_eq!(&index.positions(*id), positions);
            }
            assert!(index.positions(Uuid::from_u128(1)).is_empty());
        }
    }

    #[test]
    fn appended_positions_join_the_stored_ones_and_survive_a_rewrite() {
        let id = Uuid::from_u128(42);
        let mut subjects = BTreeMap::new();
        subjects.insert(id, vec![1, 5]);
        let (h, table) = parse(&encode(Some(&head(5)), &subjects).unwrap()).unwrap();
        let mut index = SubjectIndex {
            head: h,
            table,
            added: HashMap::new(),
            dirty: false,
        };
        index.push(Some(id), &head(9));
        index.push(None, &head(10));
        assert_eq!(index.positions(id), [1, 5, 9]);
        assert!(index.dirty);
        assert_eq!(index.head, Some(head(10)));
    }

    #[test]
    fn a_damaged_or_foreign_table_is_refused() {
        let mut subjects = BTreeMap::new();
        subjects.insert(Uuid::from_u128(2), vec![3, 4]);
        subjects.insert(Uuid::from_u128(1), vec![7]);
        let good = encode(Some(&head(7)), &subjects).unwrap();
        assert!(parse(&good).is_some());
        // Cut short anywhere, one byte more, or another format number.
        for cut in 0..good.len() {
            assert!(parse(&good[..cut]).is_none(), "cut at {cut}");
        }
        let mut longer = good.clone();
        longer.push(1);
        assert!(parse(&longer).is_none());
        let mut other = good.clone();
        other[8] = 3;
        assert!(parse(&other).is_none());
        // Rows out of order.
        let rows_at = 8 + 4 + 1 + 8 + 1 + 64 + 4;
        let mut swapped = good;
        let (a, b) = swapped[rows_at..rows_at + 2 * ROW].split_at_mut(ROW);
        a[..16].swap_with_slice(&mut b[..16]);
        assert!(parse(&swapped).is_none());
        assert!(parse(b"{\"format\":1}").is_none());
    }

    #[test]
    fn varints_round_trip_at_every_width() {
        for value in [
            0,
            1,
            127,
            128,
            16_383,
            16_384,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            let mut out = Vec::new();
            write_varint(&mut out, value);
            assert_eq!(out.len(), varint_len(value));
            assert_eq!(read_varint(&out), Some((value, &[][..])));
        }
        assert_eq!(read_varint(&[0x80; 11]), None);
    }
}
