//! Browsing: filter, search and sort items into light summaries for a list view.
//!
//! Runs over the in-memory index (no decryption), so it stays fast at 10,000 items.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::items::{Category, Item};
use crate::log::LogEntry;
use crate::records::{Record, RecordKind, StoredRecord};
use crate::vault::Vault;

/// How to order a list of items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ItemSort {
    /// Newest import first.
    #[default]
    ImportedNewest,
    /// Earliest event date first; items without one last.
    EventDate,
    Title,
    /// Largest first.
    Size,
}

/// What to show. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export, optional_fields)]
pub struct ItemQuery {
    /// Matched (case-insensitive) against title, description, tags, people, provenance
    /// and the original file name.
    pub text: String,
    pub category: Option<Category>,
    /// Event date (or, without one, import date) from this day on.
    pub from: Option<NaiveDate>,
    /// … up to and including this day.
    pub to: Option<NaiveDate>,
    pub tag: Option<String>,
    pub person: Option<String>,
    pub sort: ItemSort,
    /// Show the trash instead of the items.
    pub trash: bool,
    /// Matching lines only for some rows: `lines_count` rows from row `lines_from`
    /// (0 when absent; rows in the order asked for). The window asks for the rows on
    /// screen, so a word in every item does not build a line for each of 10,000.
    /// `lines_count` absent: every row from `lines_from` (the command line prints them
    /// all). The rows themselves are always all returned, their number exact.
    pub lines_from: Option<u32>,
    pub lines_count: Option<u32>,
}

/// One row of the list: what a list or grid needs, nothing more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ItemSummary {
    pub id: Uuid,
    pub title: String,
    pub category: Category,
    pub event_date: Option<NaiveDate>,
    pub imported_at: DateTime<Utc>,
    pub original_name: String,
    pub media_type: String,
    #[ts(type = "number")]
    pub size: u64,
    pub has_thumbnail: bool,
    pub tags: Vec<String>,
    pub people: Vec<String>,
    pub trashed_at: Option<DateTime<Utc>>,
    /// When the search text was found inside the item's content (its extracted text):
    /// the first line holding it, as written. Absent otherwise, and for a row outside
    /// [`ItemQuery::lines_from`] / [`ItemQuery::lines_count`].
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub matching_line: Option<String>,
}

impl From<&Item> for ItemSummary {
    fn from(item: &Item) -> Self {
        let d = &item.description;
        Self {
            id: item.id,
            title: d.title.clone(),
            category: d.category,
            event_date: d.event_date,
            imported_at: item.facts.imported_at,
            original_name: item.facts.original_name.clone(),
            media_type: item.facts.media_type.clone(),
            size: item.facts.size,
            // Only a thumbnail bound to the item is shown (see `Vault::thumbnail`).
            has_thumbnail: item.has_thumbnail && item.thumbnail_sha256.is_some(),
            tags: d.tags.clone(),
            people: d.people.clone(),
            trashed_at: item.trashed_at,
            matching_line: None,
        }
    }
}

/// Tags and people used across the vault, for filter menus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ItemFacets {
    pub tags: Vec<String>,
    pub people: Vec<String>,
    #[ts(type = "number")]
    pub items: u64,
    #[ts(type = "number")]
    pub in_trash: u64,
}

/// One item with its custody-log entries, for the detail view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ItemDetail {
    pub item: Item,
    pub log: Vec<LogEntry>,
    /// Whether "Open in another program" is offered: false for a type that can run
    /// code or fetch content when opened (the app's viewer rules; the command refuses
    /// such a file in any case).
    pub opens_externally: bool,
}

impl Vault {
    /// The items matching `query`, as summaries, in the order asked for.
    pub fn query_items(&self, query: &ItemQuery) -> Vec<ItemSummary> {
        let needle = query.text.trim().to_lowercase();
        // Words inside the content (see `text.rs`): folded, so accents and case do not matter.
        let in_text = crate::text::Needle::new(&query.text);
        let tag = query.tag.as_deref().map(str::to_lowercase);
        let person = query.person.as_deref().map(str::to_lowercase);
        let texts = &self.texts;
        let keep = |i: &Item| {
            i.trashed_at.is_some() == query.trash
                && query.category.is_none_or(|c| i.description.category == c)
                && {
                    let day = item_day(i);
                    query.from.is_none_or(|from| day >= from) && query.to.is_none_or(|to| day <= to)
                }
                && tag
                    .as_deref()
                    .is_none_or(|t| contains_ci(&i.description.tags, t))
                && person
                    .as_deref()
                    .is_none_or(|p| contains_ci(&i.description.people, p))
                && (needle.is_empty()
                    || matches_item_text(i, &needle)
                    || texts.contains(i.id, &in_text))
        };
        let mut found = filter_on_every_core(&self.items, &keep);
        match query.sort {
            ItemSort::ImportedNewest => {
                found.sort_by_key(|i| std::cmp::Reverse((i.facts.imported_at, i.id)));
            }
            ItemSort::EventDate => found.sort_by_key(|i| {
                (
                    i.description.event_date.is_none(),
                    i.description.event_date,
                    i.id,
                )
            }),
            ItemSort::Title => {
                found.sort_by_cached_key(|i| (i.description.title.to_lowercase(), i.id))
            }
            ItemSort::Size => found.sort_by_key(|i| std::cmp::Reverse((i.facts.size, i.id))),
        }
        let lines_from = query.lines_from.unwrap_or(0) as usize;
        let with_line = |row: usize| {
            row >= lines_from
                && query
                    .lines_count
                    .is_none_or(|count| row - lines_from < count as usize)
        };
        found
            .into_iter()
            .enumerate()
            .map(|(row, i)| ItemSummary {
                matching_line: if with_line(row) {
                    self.texts.matching_line(i.id, &in_text)
                } else {
                    None
                },
                ..ItemSummary::from(i)
            })
            .collect()
    }

    /// Every tag and person named on an item, sorted, each once; and the counts.
    pub fn item_facets(&self) -> ItemFacets {
        let mut tags = std::collections::BTreeSet::new();
        let mut people = std::collections::BTreeSet::new();
        let mut facets = ItemFacets::default();
        for item in self.items.values() {
            if item.trashed_at.is_some() {
                facets.in_trash += 1;
                continue;
            }
            facets.items += 1;
            tags.extend(item.description.tags.iter().cloned());
            people.extend(item.description.people.iter().cloned());
        }
        facets.tags = tags.into_iter().collect();
        facets.people = people.into_iter().collect();
        facets
    }

    /// Journal entries whose text, people or place contain `text` (case-insensitive),
    /// most recent event first.
    pub fn search_journal(&self, text: &str) -> Vec<&StoredRecord> {
        let needle = text.trim().to_lowercase();
        let mut found: Vec<&StoredRecord> = self
            .records(Some(RecordKind::Journal))
            .into_iter()
            .filter(|r| match &r.record {
                Record::Journal(j) => {
                    needle.is_empty()
                        || j.what.to_lowercase().contains(&needle)
                        || j.place.to_lowercase().contains(&needle)
                        || contains_ci(&j.who_present, &needle)
                }
                _ => false,
            })
            .collect();
        found.sort_by_key(|r| match &r.record {
            Record::Journal(j) => {
                std::cmp::Reverse((j.occurred_on, j.occurred_at_time, r.created_at))
            }
            _ => std::cmp::Reverse((None, None, r.created_at)),
        });
        found
    }

    /// The custody-log entries about one item or record, oldest first.
    /// Reads only the segments holding them (through `log-index.age`), not the whole log.
    pub fn log_entries_about(&self, subject: Uuid) -> Result<Vec<LogEntry>, crate::LogError> {
        self.log.entries_about(subject)
    }
}

/// Below this many items a search runs on the calling thread only.
const PARALLEL_FROM: usize = 16_384;
/// A search runs on this many threads at most.
const MAX_SEARCH_WORKERS: usize = 8;

/// The items `keep` accepts, in the map's order; a large vault is split into one part
/// per core (each part filtered on its own thread, the last on this one).
fn filter_on_every_core<'a>(
    items: &'a BTreeMap<Uuid, Item>,
    keep: &(dyn Fn(&Item) -> bool + Sync),
) -> Vec<&'a Item> {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .clamp(1, MAX_SEARCH_WORKERS);
    if items.len() < PARALLEL_FROM || workers == 1 {
        return items.values().filter(|i| keep(i)).collect();
    }
    let all: Vec<&Item> = items.values().collect();
    let size = all.len().div_ceil(workers);
    let mut parts: Vec<&[&Item]> = all.chunks(size).collect();
    let last = parts.pop().unwrap_or_default();
    let filter =
        |part: &[&'a Item]| -> Vec<&'a Item> { part.iter().copied().filter(|i| keep(i)).collect() };
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .iter()
            .map(|&part| scope.spawn(move || filter(part)))
            .collect();
        let mine = filter(last);
        let mut found = Vec::with_capacity(all.len());
        for (part, handle) in parts.iter().zip(handles) {
            // A part whose thread failed is filtered again here.
            found.extend(handle.join().unwrap_or_else(|_| filter(part)));
        }
        found.extend(mine);
        found
    })
}

/// The day an item is filed under: its event date, else the day it was imported.
fn item_day(item: &Item) -> NaiveDate {
    item.description
        .event_date
        .unwrap_or_else(|| item.facts.imported_at.date_naive())
}

fn contains_ci(values: &[String], needle: &str) -> bool {
    values.iter().any(|v| contains_lowercase(v, needle))
}

/// [`crate::items::matches_query`] (the same fields, the same answer: a unit test holds
/// them together), without lowercasing a copy of every field of every item: at 100,000
/// items that copying was most of a search.
fn matches_item_text(item: &Item, needle: &str) -> bool {
    let d = &item.description;
    let has = |s: &str| contains_lowercase(s, needle);
    has(&d.title)
        || has(&d.description)
        || d.tags.iter().any(|t| has(t))
        || d.people.iter().any(|p| has(p))
        || has(&d.provenance.details)
        || has(&item.facts.original_name)
}

/// `haystack.to_lowercase().contains(needle)` for a `needle` that is already lowercase.
/// An ASCII haystack is compared byte by byte (its lowercase is ASCII too, so a needle
/// with other characters cannot be in it); any other goes through `to_lowercase`, whose
/// rules (`İ`, the Kelvin sign, …) it then follows exactly.
pub(crate) fn contains_lowercase(haystack: &str, needle: &str) -> bool {
    if !haystack.is_ascii() {
        return haystack.to_lowercase().contains(needle);
    }
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let last_start = match hay.len().checked_sub(needle.len()) {
        Some(n) => n,
        None => return false,
    };
    (0..=last_start).any(|at| {
        hay.get(at).is_some_and(|b| b.to_ascii_lowercase() == first)
            && hay.get(at + 1..at + needle.len()).is_some_and(|w| {
                w.iter()
                    .zip(rest)
                    .all(|(a, b)| a.to_ascii_lowercase() == *b)
            })
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn the_fast_comparison_answers_as_lowercasing_does() {
        let texts = [
            "",
            "a",
            "Photo 2024.JPG",
            "KELVIN 5\u{212a}",
            "\u{130}stanbul",
            "Caf\u{e9} Zo\u{eb}",
            "ß STRASSE",
            "mixed Ünïcode",
            "aaa",
            "ABCabc",
        ];
        let needles = [
            "",
            "a",
            "photo",
            "2024.jpg",
            "k",
            "i\u{307}",
            "caf\u{e9}",
            "zo",
            "ss",
            "ß",
            "aaaa",
            "cab",
            "ü",
            "x",
        ];
        for hay in texts {
            for needle in needles {
                let needle = needle.to_lowercase();
                assert_eq!(
                    contains_lowercase(hay, &needle),
                    hay.to_lowercase().contains(&needle),
                    "{hay:?} / {needle:?}"
                );
            }
        }
    }

    #[test]
    fn a_large_vault_is_filtered_in_parts_with_the_same_result_in_the_same_order() {
        let one: Item = serde_json::from_value(serde_json::json!({
            "id": "6f9619ff-8b86-d011-b42d-00c04fc964ff",
            "facts": {"original_name": "a.txt", "size": 1, "media_type": "text/plain",
                "original_modified": null, "sha256": "00", "imported_at": "2026-01-01T00:00:00Z"},
            "description": {"category": "other", "title": "", "description": "",
                "event_date": null, "tags": [], "people": [],
                "provenance": {"source_kind": "other", "details": ""}},
        }))
        .unwrap();
        let items: BTreeMap<Uuid, Item> = (0..3 * PARALLEL_FROM as u128)
            .map(|n| {
                let mut item = one.clone();
                item.id = Uuid::from_u128(n.wrapping_mul(0x9e37_79b9_7f4a_7c15));
                item.description.title = format!("Item {n}");
                (item.id, item)
            })
            .collect();
        let keep = |i: &Item| i.description.title.ends_with('7');
        let expected: Vec<Uuid> = items.values().filter(|i| keep(i)).map(|i| i.id).collect();
        let found: Vec<Uuid> = filter_on_every_core(&items, &keep)
            .into_iter()
            .map(|i| i.id)
            .collect();
        assert_eq!(found.len(), 3 * PARALLEL_FROM / 10);
        assert_eq!(found, expected);
    }

    #[test]
    fn search_looks_at_the_same_fields_as_matches_query() {
        let item: Item = serde_json::from_value(serde_json::json!({
            "id": "6f9619ff-8b86-d011-b42d-00c04fc964ff",
            "facts": {"original_name": "Brief.PDF", "size": 1, "media_type": "application/pdf",
                "original_modified": null, "sha256": "00", "imported_at": "2026-01-01T00:00:00Z"},
            "description": {"category": "other", "title": "Title X", "description": "Desc Y",
                "event_date": null, "tags": ["Tag Z"], "people": ["Person W"],
                "provenance": {"source_kind": "other", "details": "Details V"}},
        }))
        .unwrap();
        for needle in [
            "brief.pdf",
            "title x",
            "desc y",
            "tag z",
            "person w",
            "details v",
            "nowhere",
            "pdf",
        ] {
            assert_eq!(
                matches_item_text(&item, needle),
                crate::items::matches_query(&item, needle),
                "{needle}"
            );
        }
    }
}
