//! Anchors outside the vault: a `SEQ:HASH` the parent's computer, a printout or a
//! lawyer's package holds. A vault put back to an older copy, or a log rewritten from
//! some entry on, still has a whole chain — only a point remembered elsewhere shows it.

use std::path::PathBuf;

use waarborg_contract::LogAnchor;

use crate::error::LogError;
use crate::log::{self, LogHead, ReadEntry};
use crate::vault::{LOG_DIR, Vault};
use crate::verify::{Problem, ProblemKind};

/// Whether the log contains an anchor's entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnchorCheck {
    /// The entry is there with that hash.
    Contained,
    /// The log ends before the entry: the vault is older than the anchor.
    Behind,
    /// The log has that entry number with another hash: it was rewritten.
    Rewritten,
    /// The entry with that number cannot be read (the check reports the damage).
    Unreadable,
}

impl AnchorCheck {
    /// Behind or rewritten: what a warning is about.
    pub fn is_rollback(&self) -> bool {
        matches!(self, Self::Behind | Self::Rewritten)
    }
}

/// Who holds an anchor, for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorSource {
    /// The newest head this computer saw in this vault.
    ThisComputer,
    /// Given to the check (`--anchor`, the field in the integrity view).
    Given,
}

impl Vault {
    /// The custody log's newest entry as `SEQ:HASH` (`None`: an empty log).
    pub fn log_anchor(&self) -> Option<LogAnchor> {
        self.log.head().map(anchor_of)
    }

    /// Whether the log contains `anchor`. Instant when the anchor is the head or newer
    /// than it (the usual case on unlock); otherwise reads only the segment holding that
    /// entry (or the single entry files).
    pub fn check_anchor(&self, anchor: &LogAnchor) -> Result<AnchorCheck, LogError> {
        match self.log.head() {
            None => return Ok(AnchorCheck::Behind),
            Some(head) if anchor.seq > head.seq => return Ok(AnchorCheck::Behind),
            Some(head) if anchor.seq == head.seq => {
                return Ok(if head.hash == anchor.hash {
                    AnchorCheck::Contained
                } else {
                    AnchorCheck::Rewritten
                });
            }
            Some(_) => {}
        }
        let entries = log::read_at(&self.dir.join(LOG_DIR), &self.identity, anchor.seq)?;
        Ok(check_in(&entries, self.log.head(), anchor))
    }
}

pub(crate) fn anchor_of(head: &LogHead) -> LogAnchor {
    LogAnchor {
        seq: head.seq,
        hash: head.hash.clone(),
    }
}

/// `anchor` against entries as read (sorted by seq) and the head.
pub(crate) fn check_in(
    entries: &[ReadEntry],
    head: Option<&LogHead>,
    anchor: &LogAnchor,
) -> AnchorCheck {
    let newest = entries.last().map(|e| e.entry.seq).max(head.map(|h| h.seq));
    if newest.is_none_or(|newest| anchor.seq > newest) {
        return AnchorCheck::Behind;
    }
    let mut at_seq = entries.iter().filter(|e| e.entry.seq == anchor.seq);
    let mut any = false;
    if at_seq.any(|e| {
        any = true;
        e.hash == anchor.hash
    }) {
        return AnchorCheck::Contained;
    }
    if any {
        AnchorCheck::Rewritten
    } else {
        AnchorCheck::Unreadable
    }
}

/// The integrity check's problem for an anchor checked as `check` (none when contained
/// or unreadable).
pub(crate) fn problem_of(
    check: &AnchorCheck,
    head: Option<&LogHead>,
    source: AnchorSource,
    anchor: &LogAnchor,
) -> Option<Problem> {
    let held_by = match source {
        AnchorSource::ThisComputer => "this computer saw",
        AnchorSource::Given => "the anchor given names",
    };
    let now = match head {
        Some(h) => format!("the log now ends at entry {} (hash {})", h.seq, h.hash),
        None => "the log is empty".to_owned(),
    };
    let detail = match check {
        AnchorCheck::Contained | AnchorCheck::Unreadable => return None,
        AnchorCheck::Behind => format!(
            "{held_by} entry {} (hash {}), but {now}: the vault was put back to an older copy or entries at the end were removed",
            anchor.seq, anchor.hash
        ),
        AnchorCheck::Rewritten => format!(
            "{held_by} entry {} with hash {}, but this log's entry {} has another hash ({now}): the log was rewritten from that entry on or before it",
            anchor.seq, anchor.hash, anchor.seq
        ),
    };
    Some(Problem {
        item: None,
        title: None,
        file: PathBuf::from(LOG_DIR),
        kind: ProblemKind::AnchorNotInLog,
        detail,
    })
}
