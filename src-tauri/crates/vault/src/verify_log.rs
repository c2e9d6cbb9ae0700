//! The custody log part of `verify`, with segment summaries from the verified-digest
//! cache (issue 20).
//!
//! Every entry file is read and hashed. A sealed segment whose ciphertext digest the
//! cache knows, under the range its name says, is not decrypted: its summary (first
//! and last position, the first entry's `prev`, the last entry's hash, and the entries
//! the comparisons with items and records read) stands for its entries. The cache
//! records a summary only for a segment that decrypted whole and clean (every line an
//! entry, exactly the entries its name says, each naming the hash of the one before),
//! so everything a full check finds inside such a segment is "nothing". What lies
//! between files (the chain across segments, gaps, duplicates, the head) is checked from
//! the summaries as from the entries. A summarised segment whose positions another file
//! also holds (a duplicate, a stop while sealing, a segment under another's name) is
//! decrypted as before: the summaries are used only where a segment is the sole holder
//! of its positions, which is where they say all a full check would. An anchor inside a
//! summarised segment decrypts that segment.

use std::collections::HashSet;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use age::x25519;
use waarborg_contract::LogAnchor;

use crate::anchor::AnchorCheck;
use crate::error::LogError;
use crate::log::{self, Link, LogHead, LogProblem, ReadEntry, Segment};
use crate::store;
use crate::verify_cache::{self, CipherDigest, DigestCache, Known, SegmentFacts};

/// The custody log as `verify` read it.
pub(crate) struct LogRead {
    /// The entries the comparisons read, sorted by position (then file): every entry
    /// of a decrypted file, and the kept entries of summarised segments (which carry
    /// only what the comparisons read: no hash, no `prev`).
    pub(crate) entries: Vec<ReadEntry>,
    /// What reading found, then what the chain check found (as a full check orders it).
    pub(crate) problems: Vec<LogProblem>,
    /// Entries in the log (each position held by a summarised segment counts once, as
    /// each decrypted entry does).
    pub(crate) count: usize,
    /// The newest position found.
    pub(crate) newest: Option<u64>,
    /// Summarised segments, by position: for anchors inside them.
    summarised: Vec<Segment>,
    /// Entries of decrypted files at each position: for anchors.
    decrypted_hashes: Vec<(u64, String)>,
    /// Segment digests and summaries, for the cache.
    pub(crate) seen: Vec<(CipherDigest, Known)>,
    /// Segments decrypted (not known from the cache).
    pub(crate) decrypted: usize,
}

/// One segment as the workers left it.
enum SegmentRead {
    /// Known from the cache.
    Summary(SegmentFacts),
    /// Decrypted (or unreadable): its entries and problems.
    Entries(Vec<ReadEntry>, Vec<LogProblem>),
}

/// Reads the log in `dir` as a full check does, using the cache's segment summaries
/// where they say all a full check would (see the module's note).
pub(crate) fn read(
    dir: &Path,
    identity: &x25519::Identity,
    cache: &DigestCache,
    head: Option<&LogHead>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<LogRead, LogError> {
    let files = log::list(dir)?;
    let size = |p: &Path| std::fs::symlink_metadata(p).map_or(0, |m| m.len());
    let total: u64 = files
        .segments
        .iter()
        .map(|s| size(&s.path))
        .chain(files.singles.iter().map(|p| size(p)))
        .sum();
    let mut done = 0u64;
    progress(done, total);
    let mut seen = Vec::new();
    let mut decrypted = 0usize;
    let mut slots = read_segments(&files.segments, identity, cache, &mut |segment| {
        done += size(&segment.path);
        progress(done, total);
    });
    for slot in &mut slots {
        if let Some((digest, known, was_decrypted)) = slot.1.take() {
            seen.push((digest, known));
            decrypted += usize::from(was_decrypted);
        }
    }

    // Positions held by anything but a summary, and summaries' ranges: a summary is used
    // only where its segment is the sole holder of its positions.
    let mut held: Vec<u64> = Vec::new();
    let mut ranges: Vec<(u64, u64)> = Vec::new();
    for (read, _) in &slots {
        match read {
            SegmentRead::Summary(f) => ranges.push((f.first, f.last)),
            SegmentRead::Entries(entries, _) => held.extend(entries.iter().map(|e| e.entry.seq)),
        }
    }
    let mut singles: Vec<ReadEntry> = Vec::new();
    let mut single_problems = Vec::new();
    for file in files.singles {
        done += size(&file);
        match log::read_single(file, identity) {
            Ok(entry) => singles.push(entry),
            Err(problem) => single_problems.push(problem),
        }
        if done == total || singles.len().is_multiple_of(256) {
            progress(done, total);
        }
    }
    progress(total, total);
    held.extend(singles.iter().map(|e| e.entry.seq));
    held.sort_unstable();
    // Summaries' ranges that meet another's (sorted, each against the furthest end
    // before it and the next start after it).
    ranges.sort_unstable();
    let mut overlapping: HashSet<(u64, u64)> = HashSet::new();
    let mut reach: Option<u64> = None;
    for (n, &(first, last)) in ranges.iter().enumerate() {
        let after = ranges.get(n + 1).is_some_and(|&(next, _)| next <= last);
        if after || reach.is_some_and(|r| r >= first) {
            overlapping.insert((first, last));
        }
        reach = reach.max(Some(last));
    }
    let shared = |first: u64, last: u64| {
        let at = held.partition_point(|&s| s < first);
        held.get(at).is_some_and(|&s| s <= last) || overlapping.contains(&(first, last))
    };
    for (segment, (read, _)) in files.segments.iter().zip(&mut slots) {
        if let SegmentRead::Summary(f) = read
            && shared(f.first, f.last)
        {
            let (mut entries, mut problems) = (Vec::new(), Vec::new());
            log::read_segment(segment, identity, &mut entries, &mut problems);
            *read = SegmentRead::Entries(entries, problems);
        }
    }

    // As a full check: segments' entries and problems in the segments' order, then the
    // single files'; a single file whose exact bytes a segment holds counts once.
    let mut entries: Vec<ReadEntry> = Vec::new();
    let mut problems = Vec::new();
    let mut summaries: Vec<(&Segment, SegmentFacts)> = Vec::new();
    for (segment, (read, _)) in files.segments.iter().zip(slots) {
        match read {
            SegmentRead::Summary(f) => summaries.push((segment, f)),
            SegmentRead::Entries(read, found) => {
                entries.extend(read);
                problems.extend(found);
            }
        }
    }
    let sealed = entries.len();
    entries.extend(singles);
    problems.extend(single_problems);
    if entries.len() > sealed {
        let singles: HashSet<(u64, &str)> = entries[sealed..]
            .iter()
            .map(|e| (e.entry.seq, e.hash.as_str()))
            .collect();
        let also_sealed: HashSet<(u64, String)> = entries[..sealed]
            .iter()
            .filter(|e| singles.contains(&(e.entry.seq, e.hash.as_str())))
            .map(|e| (e.entry.seq, e.hash.clone()))
            .collect();
        let mut n = 0;
        entries.retain(|e| {
            n += 1;
            n <= sealed || !also_sealed.contains(&(e.entry.seq, e.hash.clone()))
        });
    }
    entries.sort_by(|a, b| {
        a.entry
            .seq
            .cmp(&b.entry.seq)
            .then_with(|| a.file.cmp(&b.file))
    });

    // The chain: decrypted entries one by one, summarised segments whole.
    let hashes: Vec<String> = summaries.iter().map(|(_, f)| store::hex(&f.hash)).collect();
    let mut links: Vec<Link<'_>> = entries
        .iter()
        .map(|e| Link {
            first: e.entry.seq,
            last: e.entry.seq,
            prev: &e.entry.prev,
            hash: &e.hash,
            file: &e.file,
        })
        .chain(summaries.iter().zip(&hashes).map(|((s, f), hash)| Link {
            first: f.first,
            last: f.last,
            prev: &f.prev,
            hash,
            file: &s.path,
        }))
        .collect();
    links.sort_by(|a, b| (a.first, a.file).cmp(&(b.first, b.file)));
    problems.extend(log::check_links(links, head));

    let count = entries.len()
        + summaries
            .iter()
            .map(|(_, f)| usize::try_from(f.last - f.first + 1).unwrap_or(usize::MAX))
            .sum::<usize>();
    let newest = entries
        .last()
        .map(|e| e.entry.seq)
        .max(summaries.iter().map(|(_, f)| f.last).max());
    let decrypted_hashes = entries
        .iter()
        .map(|e| (e.entry.seq, e.hash.clone()))
        .collect();
    let summarised = summaries.iter().map(|(s, _)| (*s).clone()).collect();
    let kept = summaries.into_iter().flat_map(|(s, f)| {
        f.kept.into_iter().map(|entry| ReadEntry {
            entry,
            hash: String::new(),
            file: s.path.clone(),
        })
    });
    entries.extend(kept);
    entries.sort_by(|a, b| {
        a.entry
            .seq
            .cmp(&b.entry.seq)
            .then_with(|| a.file.cmp(&b.file))
    });
    Ok(LogRead {
        entries,
        problems,
        count,
        newest,
        summarised,
        decrypted_hashes,
        seen,
        decrypted,
    })
}

impl LogRead {
    /// Whether the log holds `anchor`, as [`crate::anchor::check_in`] says of every
    /// entry: a summarised segment holding its position is decrypted for it.
    pub(crate) fn anchor_check(
        &self,
        identity: &x25519::Identity,
        head: Option<&LogHead>,
        anchor: &LogAnchor,
    ) -> AnchorCheck {
        let newest = self.newest.max(head.map(|h| h.seq));
        if newest.is_none_or(|newest| anchor.seq > newest) {
            return AnchorCheck::Behind;
        }
        let mut at_seq: Vec<String> = self
            .decrypted_hashes
            .iter()
            .filter(|(seq, _)| *seq == anchor.seq)
            .map(|(_, hash)| hash.clone())
            .collect();
        for segment in self
            .summarised
            .iter()
            .filter(|s| s.first <= anchor.seq && anchor.seq <= s.last)
        {
            let (mut entries, mut problems) = (Vec::new(), Vec::new());
            log::read_segment(segment, identity, &mut entries, &mut problems);
            at_seq.extend(
                entries
                    .into_iter()
                    .filter(|e| e.entry.seq == anchor.seq)
                    .map(|e| e.hash),
            );
        }
        if at_seq.contains(&anchor.hash) {
            AnchorCheck::Contained
        } else if at_seq.is_empty() {
            AnchorCheck::Unreadable
        } else {
            AnchorCheck::Rewritten
        }
    }
}

/// A segment's read, and its cache pair (`true`: it was decrypted for it).
type Slot = (SegmentRead, Option<(CipherDigest, Known, bool)>);

/// Reads and hashes every segment on every core; the results in the segments' order.
fn read_segments(
    segments: &[Segment],
    identity: &x25519::Identity,
    cache: &DigestCache,
    done: &mut dyn FnMut(&Segment),
) -> Vec<Slot> {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .clamp(1, 8)
        .min(segments.len().max(1));
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<Slot>> = Vec::new();
    slots.resize_with(segments.len(), || None);
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel();
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let at = next.fetch_add(1, Ordering::Relaxed);
                    let Some(segment) = segments.get(at) else {
                        return;
                    };
                    if tx.send((at, read_one(segment, identity, cache))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        for (at, slot) in rx {
            if let (Some(place), Some(segment)) = (slots.get_mut(at), segments.get(at)) {
                *place = Some(slot);
                done(segment);
            }
        }
    });
    slots
        .into_iter()
        .map(|s| s.unwrap_or((SegmentRead::Entries(Vec::new(), Vec::new()), None)))
        .collect()
}

/// Reads one segment whole and hashes it; decrypts the same bytes unless the cache
/// knows them under this name's range. A segment that decrypts clean gets a summary.
fn read_one(segment: &Segment, identity: &x25519::Identity, cache: &DigestCache) -> Slot {
    let unreadable = |reason: String| {
        (
            SegmentRead::Entries(
                Vec::new(),
                vec![LogProblem::Unreadable {
                    file: segment.path.clone(),
                    reason,
                }],
            ),
            None,
        )
    };
    let (bytes, digest) = match verify_cache::read_small(&segment.path) {
        Ok(read) => read,
        Err(e) => return unreadable(e.reason()),
    };
    if let Some(Known::Segment(f)) = cache.get(&digest)
        && f.first == segment.first
        && f.last == segment.last
    {
        return (
            SegmentRead::Summary(f.clone()),
            Some((digest, Known::Segment(f.clone()), false)),
        );
    }
    let plain = match verify_cache::decrypt_small(&bytes, identity) {
        Ok(plain) => plain,
        Err(e) => return unreadable(e.reason()),
    };
    drop(bytes);
    let (mut entries, mut problems) = (Vec::new(), Vec::new());
    log::parse_segment(segment, &plain, &mut entries, &mut problems);
    let pair = summary(segment, &entries, &problems).map(|f| (digest, Known::Segment(f), true));
    (SegmentRead::Entries(entries, problems), pair)
}

/// The summary of a segment read without problems whose entries chain inside it.
fn summary(
    segment: &Segment,
    entries: &[ReadEntry],
    problems: &[LogProblem],
) -> Option<SegmentFacts> {
    let (first, last) = (entries.first()?, entries.last()?);
    let chained = entries.windows(2).all(|w| match w {
        [a, b] => b.entry.prev == a.hash,
        _ => true,
    });
    let clean = problems.is_empty()
        && chained
        && first.entry.seq == segment.first
        && last.entry.seq == segment.last;
    let hash = verify_cache::hex32(&last.hash)?;
    clean.then(|| SegmentFacts {
        first: segment.first,
        last: segment.last,
        prev: first.entry.prev.clone(),
        hash,
        kept: entries
            .iter()
            .filter(|e| verify_cache::keeps(&e.entry))
            .map(|e| e.entry.clone())
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::LogKind;
    use crate::vault::{CreateOptions, LOG_DIR, Vault};
    use crate::verify::{ProblemKind, VerifyMode};
    use age::secrecy::SecretString;

    /// A cache whose summary of a segment leaves out the import it holds (which only the
    /// key holder could write): the default check believes it and does not decrypt the
    /// segment; the full check decrypts it, ignores the cache and rebuilds it.
    #[test]
    fn the_default_check_uses_segment_summaries_and_the_full_check_ignores_them() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("vault");
        let options = CreateOptions {
            work_factor: 4,
            recovery_recipients: Vec::new(),
        };
        let mut vault =
            Vault::create(&dir, &SecretString::from("pass".to_owned()), &options).unwrap();
        let src = tmp.path().join("a.txt");
        std::fs::write(&src, b"evidence").unwrap();
        vault
            .import_file(&src, crate::items::ItemDescription::default())
            .unwrap();
        for _ in 0..4 {
            vault.log_event(LogKind::GuideStep, None, "a step").unwrap();
        }
        let sealed = log::seal(&dir.join(LOG_DIR), &vault.identity, vault.log.head(), 2).unwrap();
        assert!(sealed >= 4, "sealed {sealed}");
        assert!(vault.verify().unwrap().is_intact());
        let files = log::list(&dir.join(LOG_DIR)).unwrap();
        let cache = DigestCache::load(&dir, &vault.identity);
        let mut pairs = Vec::new();
        for segment in &files.segments {
            let (_, digest) = verify_cache::read_small(&segment.path).unwrap();
            let Some(Known::Segment(mut facts)) = cache.get(&digest).cloned() else {
                panic!("every segment is summarised after a check");
            };
            facts.kept.retain(|e| e.kind != LogKind::Import);
            pairs.push((digest, Known::Segment(facts)));
        }
        assert!(!pairs.is_empty(), "the log has sealed segments");
        DigestCache::write(&dir, &vault.identity, &pairs).unwrap();
        let kinds = |report: crate::verify::VerifyReport| -> Vec<ProblemKind> {
            report.problems.iter().map(|p| p.kind).collect()
        };
        assert_eq!(kinds(vault.verify().unwrap()), [ProblemKind::ItemNotInLog]);
        let full = vault
            .verify_with(&[], VerifyMode::Full, &mut |_| {})
            .unwrap();
        assert_eq!(kinds(full), []);
        assert_eq!(kinds(vault.verify().unwrap()), []);
    }
}

#[cfg(test)]
mod overlap_tests {
    use super::*;
    use crate::log::LogKind;
    use crate::vault::{CreateOptions, LOG_DIR, Vault};
    use crate::verify::{Problem, VerifyMode};
    use age::secrecy::SecretString;

    /// Two clean segments and a third, also clean, holding the entries of both (as a
    /// seal with another threshold would write): all three summarised, they share
    /// positions, so all are decrypted and the duplicates reported as by the full check.
    #[test]
    fn summaries_sharing_positions_are_read_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("vault");
        let options = CreateOptions {
            work_factor: 4,
            recovery_recipients: Vec::new(),
        };
        let mut vault =
            Vault::create(&dir, &SecretString::from("pass".to_owned()), &options).unwrap();
        for _ in 0..6 {
            vault.log_event(LogKind::GuideStep, None, "a step").unwrap();
        }
        let log_dir = dir.join(LOG_DIR);
        log::seal(&log_dir, &vault.identity, vault.log.head(), 2).unwrap();
        let files = log::list(&log_dir).unwrap();
        let (a, b) = (&files.segments[1], &files.segments[2]);
        let mut both = store::read_sealed(&a.path, &vault.identity)
            .unwrap()
            .to_vec();
        both.extend_from_slice(&store::read_sealed(&b.path, &vault.identity).unwrap());
        let name = format!("segment-{:020}-{:020}.age", a.first, b.last);
        store::write_sealed(&log_dir.join(name), &vault.identity.to_public(), &both).unwrap();
        let said = |problems: &[Problem]| -> Vec<String> {
            problems
                .iter()
                .map(|p| format!("{:?} {:?} {}", p.kind, p.file, p.detail))
                .collect()
        };
        vault.verify().unwrap();
        let cached = vault.verify().unwrap();
        let full = vault
            .verify_with(&[], VerifyMode::Full, &mut |_| {})
            .unwrap();
        assert!(
            said(&cached.problems)
                .iter()
                .any(|l| l.contains("two entries claim position")),
            "{:?}",
            said(&cached.problems)
        );
        assert_eq!(said(&cached.problems), said(&full.problems));
        assert_eq!(cached.log_entries_checked + 1, full.log_entries_checked);
    }
}
