//! The records that go into an export package beside the items (issue 15, "the whole
//! story"): the journal (`journal.pdf`, `journal.json`, `journal.csv`), the people
//! (`people.pdf`, `people.json`), the travel records (`travel.pdf`, `travel.json`) and
//! the case timeline (`timeline.pdf`). Labels print Dutch and English together; linked
//! items are named by their number in the package, or "not in this package".

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use uuid::Uuid;
use waarborg_contract::{ExportInclude, Language};
use waarborg_documents::{
    EvidenceRef, JournalDocument, JournalPrintEntry, JournalVersion, ProfilePrint,
    ProfilesDocument, ReplacedVersion, TravelPrint, TravelRecords, case_timeline_pdf, journal_pdf,
    profiles_pdf, travel_pdf,
};
use waarborg_guide::ContentPack;
use waarborg_i18n::Messages;
use waarborg_vault::{
    IndexEntry, JournalEntry, PersonRole, Record, RecordFilesInput, RecordKind, StoredRecord, Vault,
};

use crate::police_sheet::{full_name, join_filled, sheet_person};
use crate::timeline::case_timeline;

/// File names in the package.
pub const JOURNAL_PDF: &str = "journal.pdf";
pub const JOURNAL_JSON: &str = "journal.json";
pub const JOURNAL_CSV: &str = "journal.csv";
pub const PEOPLE_PDF: &str = "people.pdf";
pub const PEOPLE_JSON: &str = "people.json";
pub const TRAVEL_PDF: &str = "travel.pdf";
pub const TRAVEL_JSON: &str = "travel.json";
pub const TIMELINE_PDF: &str = "timeline.pdf";

/// The vault's record kind for what the parent chose.
pub fn record_kind(include: ExportInclude) -> RecordKind {
    match include {
        ExportInclude::Journal => RecordKind::Journal,
        ExportInclude::People => RecordKind::Person,
        ExportInclude::Travel => RecordKind::Travel,
        ExportInclude::Timeline => RecordKind::Step,
    }
}

/// Makes the record files of a package; `removal_date` goes on the case timeline.
pub fn record_files_renderer(
    guide: &ContentPack,
    removal_date: Option<NaiveDate>,
) -> impl Fn(&RecordFilesInput<'_>) -> Result<Vec<(String, Vec<u8>)>, String> + '_ {
    move |input| {
        let mut out = Vec::new();
        for kind in input.kinds {
            match kind {
                RecordKind::Journal => journal_files(input, &mut out)?,
                RecordKind::Person => people_files(input, &mut out)?,
                RecordKind::Travel => travel_files(input, &mut out)?,
                RecordKind::Step => {
                    let mut timeline = case_timeline(input.vault, guide);
                    timeline.removal_date = removal_date;
                    timeline.generated_on = input.exported_at.date_naive();
                    timeline.log_anchor = input.log_anchor.cloned();
                    let pdf = case_timeline_pdf(&timeline).map_err(|e| e.to_string())?;
                    out.push((TIMELINE_PDF.to_owned(), pdf));
                }
            }
        }
        Ok(out)
    }
}

/// Linked items: by number in this package, or by title when not in it.
struct Evidence<'a> {
    vault: &'a Vault,
    in_package: HashMap<Uuid, &'a IndexEntry>,
}

impl<'a> Evidence<'a> {
    fn new(input: &'a RecordFilesInput<'a>) -> Self {
        Self {
            vault: input.vault,
            in_package: input.files.iter().map(|f| (f.id, f)).collect(),
        }
    }

    fn of(&self, id: Uuid) -> EvidenceRef {
        match self.in_package.get(&id) {
            Some(entry) => EvidenceRef::InPackage {
                number: entry.number,
                file: entry.file.clone(),
            },
            None => EvidenceRef::NotInPackage {
                title: self
                    .vault
                    .item(id)
                    .map(|i| {
                        if i.description.title.trim().is_empty() {
                            i.facts.original_name.clone()
                        } else {
                            i.description.title.clone()
                        }
                    })
                    .unwrap_or_default(),
            },
        }
    }

    fn all(&self, ids: &[Uuid]) -> Vec<EvidenceRef> {
        ids.iter().map(|id| self.of(*id)).collect()
    }
}

/// `journal.json`, `people.json`, `travel.json`: the records as the vault keeps them
/// (with every earlier version) and what each linked item is in this package.
#[derive(Serialize)]
struct RecordsJson<'a> {
    kind: &'static str,
    exported_at: DateTime<Utc>,
    /// The custody-log head after the export (`SEQ:HASH`), as on every PDF page.
    log_anchor: Option<String>,
    records: Vec<&'a StoredRecord>,
    evidence: Vec<LinkedItem>,
}

#[derive(Serialize)]
struct LinkedItem {
    id: Uuid,
    #[serde(flatten)]
    evidence: EvidenceRef,
}

fn records_json(
    kind: &'static str,
    input: &RecordFilesInput<'_>,
    records: Vec<&StoredRecord>,
    linked: impl Iterator<Item = Uuid>,
    evidence: &Evidence<'_>,
) -> Result<Vec<u8>, String> {
    let mut ids: Vec<Uuid> = linked.collect();
    ids.sort_unstable();
    ids.dedup();
    let json = RecordsJson {
        kind,
        exported_at: input.exported_at,
        log_anchor: input.log_anchor.map(ToString::to_string),
        records,
        evidence: ids
            .into_iter()
            .map(|id| LinkedItem {
                id,
                evidence: evidence.of(id),
            })
            .collect(),
    };
    serde_json::to_vec_pretty(&json).map_err(|e| e.to_string())
}

/// Every item a record links to, in this version and the earlier ones.
fn linked_items(stored: &StoredRecord) -> Vec<Uuid> {
    let of = |record: &Record| -> Vec<Uuid> {
        match record {
            Record::Journal(j) => j.linked_items.clone(),
            Record::Person(p) => p.photo_items.clone(),
            Record::Travel(t) => t.linked_items.clone(),
            Record::Step(_) => Vec::new(),
        }
    };
    let mut ids = of(&stored.record);
    for version in &stored.history {
        ids.extend(of(&version.record));
    }
    ids
}

fn journal_files(
    input: &RecordFilesInput<'_>,
    out: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), String> {
    let evidence = Evidence::new(input);
    let mut records: Vec<(&StoredRecord, &JournalEntry)> = input
        .vault
        .records(Some(RecordKind::Journal))
        .into_iter()
        .filter_map(|r| match &r.record {
            Record::Journal(j) => Some((r, j)),
            _ => None,
        })
        .collect();
    // By when it happened; entries without a date after those with one, by writing.
    records.sort_by_key(|(r, j)| {
        (
            j.occurred_on.is_none(),
            j.occurred_on,
            j.occurred_at_time,
            r.created_at,
        )
    });
    let version = |j: &JournalEntry| JournalVersion {
        occurred_on: j.occurred_on,
        occurred_at_time: j.occurred_at_time,
        place: j.place.clone(),
        who_present: j.who_present.clone(),
        what: j.what.clone(),
        evidence: evidence.all(&j.linked_items),
    };
    let entries: Vec<JournalPrintEntry> = records
        .iter()
        .map(|(stored, journal)| JournalPrintEntry {
            current: version(journal),
            written_at: stored.created_at,
            changed_at: stored.updated_at,
            earlier: stored
                .history
                .iter()
                .filter_map(|v| match &v.record {
                    Record::Journal(j) => Some(ReplacedVersion {
                        version: version(j),
                        replaced_at: v.replaced_at,
                    }),
                    _ => None,
                })
                .collect(),
        })
        .collect();
    let pdf = journal_pdf(&JournalDocument {
        exported_at: input.exported_at,
        log_anchor: input.log_anchor.cloned(),
        entries: entries.clone(),
    })
    .map_err(|e| e.to_string())?;
    let stored: Vec<&StoredRecord> = records.iter().map(|(r, _)| *r).collect();
    let linked = stored.iter().flat_map(|r| linked_items(r));
    let json = records_json("journal", input, stored.clone(), linked, &evidence)?;
    let ids: Vec<Uuid> = stored.iter().map(|r| r.id).collect();
    out.push((JOURNAL_PDF.to_owned(), pdf));
    out.push((JOURNAL_JSON.to_owned(), json));
    out.push((JOURNAL_CSV.to_owned(), journal_csv(&ids, &entries)));
    Ok(())
}

/// One row per version of each entry: the current one, then the earlier ones with
/// when they were replaced. Dates ISO 8601; lists joined with "; ".
/// A cell a spreadsheet would run as a formula gets a single quote in front
/// (`waarborg_package::csv_cell`).
fn journal_csv(ids: &[Uuid], entries: &[JournalPrintEntry]) -> Vec<u8> {
    let mut rows = vec![
        [
            "id",
            "version",
            "replaced_at",
            "written_at",
            "occurred_on",
            "time",
            "place",
            "who_present",
            "what",
            "evidence",
        ]
        .map(str::to_owned)
        .to_vec(),
    ];
    let row =
        |id: &Uuid, name: String, replaced: String, written: &DateTime<Utc>, v: &JournalVersion| {
            vec![
                id.to_string(),
                name,
                replaced,
                written.to_rfc3339(),
                v.occurred_on.map(|d| d.to_string()).unwrap_or_default(),
                v.occurred_at_time
                    .map(|t| t.format("%H:%M").to_string())
                    .unwrap_or_default(),
                v.place.clone(),
                v.who_present.join("; "),
                v.what.clone(),
                v.evidence
                    .iter()
                    .map(|e| match e {
                        EvidenceRef::InPackage { number, file } => format!("{number} {file}"),
                        EvidenceRef::NotInPackage { title } => {
                            format!("not in this package: {title}")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            ]
        };
    for (id, entry) in ids.iter().zip(entries) {
        rows.push(row(
            id,
            "current".to_owned(),
            String::new(),
            &entry.written_at,
            &entry.current,
        ));
        for (n, earlier) in entry.earlier.iter().enumerate() {
            rows.push(row(
                id,
                format!("earlier {}", n + 1),
                earlier.replaced_at.to_rfc3339(),
                &entry.written_at,
                &earlier.version,
            ));
        }
    }
    let mut csv = String::new();
    for fields in rows {
        let quoted: Vec<String> = fields
            .iter()
            .map(|f| format!("\"{}\"", waarborg_package::csv_cell(f).replace('"', "\"\"")))
            .collect();
        csv.push_str(&quoted.join(","));
        csv.push_str("\r\n");
    }
    csv.into_bytes()
}

/// "Dutch / English" for a message of the app.
fn both(id: &str) -> String {
    let (nl, en) = (
        Messages::new(Language::Nl).get(id),
        Messages::new(Language::En).get(id),
    );
    if nl == en { nl } else { format!("{nl} / {en}") }
}

fn people_files(
    input: &RecordFilesInput<'_>,
    out: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), String> {
    let evidence = Evidence::new(input);
    let records = input.vault.records(Some(RecordKind::Person));
    // Children first, then the other parent, then others; each in the vault's order.
    let mut people: Vec<&StoredRecord> = records.clone();
    people.sort_by_key(|r| match &r.record {
        Record::Person(p) => match p.role {
            PersonRole::Child => 0,
            PersonRole::OtherParent => 1,
            PersonRole::Other => 2,
        },
        _ => 3,
    });
    let prints = people
        .iter()
        .filter_map(|stored| match &stored.record {
            Record::Person(p) => Some(ProfilePrint {
                role: match p.role {
                    PersonRole::Child => both("person-role-child"),
                    PersonRole::OtherParent => both("person-role-other-parent"),
                    PersonRole::Other => both("person-role-other"),
                },
                person: sheet_person(input.vault, p),
                full: p.role != PersonRole::Child,
                notes: p.notes.clone(),
                evidence: evidence.all(&p.photo_items),
                changed_at: stored.updated_at,
            }),
            _ => None,
        })
        .collect();
    let pdf = profiles_pdf(&ProfilesDocument {
        exported_at: input.exported_at,
        log_anchor: input.log_anchor.cloned(),
        people: prints,
    })
    .map_err(|e| e.to_string())?;
    let linked = people.iter().flat_map(|r| linked_items(r));
    let json = records_json("people", input, people.clone(), linked, &evidence)?;
    out.push((PEOPLE_PDF.to_owned(), pdf));
    out.push((PEOPLE_JSON.to_owned(), json));
    Ok(())
}

fn travel_files(
    input: &RecordFilesInput<'_>,
    out: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), String> {
    let evidence = Evidence::new(input);
    let mut records = input.vault.records(Some(RecordKind::Travel));
    records.sort_by_key(|r| match &r.record {
        Record::Travel(t) => (t.departure_date.is_none(), t.departure_date, r.created_at),
        _ => (true, None, r.created_at),
    });
    let name_of = |id: &Uuid| -> Option<String> {
        match input.vault.record(*id).ok().map(|r| &r.record) {
            Some(Record::Person(p)) => Some(full_name(p)),
            _ => None,
        }
    };
    let trips = records
        .iter()
        .filter_map(|stored| match &stored.record {
            Record::Travel(t) => Some(TravelPrint {
                kind: both(&format!("travel-kind-{}", kebab(&t.travel_kind))),
                title: t.title.clone(),
                departure: t.departure_date,
                return_date: t.return_date,
                destination: join_filled(&[&t.destination_place, &t.destination_country], ", "),
                with_whom: t
                    .with_whom
                    .iter()
                    .cloned()
                    .chain(t.people.iter().filter_map(name_of))
                    .collect(),
                flight: join_filled(&[&t.carrier, &t.flight_number], " "),
                booking_reference: t.booking_reference.clone(),
                licence_plate: t.licence_plate.clone(),
                address: t.address.clone(),
                notes: t.notes.clone(),
                returned: t.returned,
                evidence: evidence.all(&t.linked_items),
                changed_at: stored.updated_at,
            }),
            _ => None,
        })
        .collect();
    let pdf = travel_pdf(&TravelRecords {
        exported_at: input.exported_at,
        log_anchor: input.log_anchor.cloned(),
        trips,
    })
    .map_err(|e| e.to_string())?;
    let linked = records.iter().flat_map(|r| linked_items(r));
    let json = records_json("travel", input, records.clone(), linked, &evidence)?;
    out.push((TRAVEL_PDF.to_owned(), pdf));
    out.push((TRAVEL_JSON.to_owned(), json));
    Ok(())
}

/// The serde (kebab-case) name of a unit enum value.
fn kebab(value: &impl Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn journal_cells_a_spreadsheet_would_run_are_kept_as_text() {
        let at = DateTime::<Utc>::from_timestamp(1_780_000_000, 0).unwrap();
        let entry = JournalPrintEntry {
            current: JournalVersion {
                occurred_on: None,
                occurred_at_time: None,
                place: "@school".to_owned(),
                who_present: vec!["+31 6 12345678".to_owned()],
                what: "=HYPERLINK(\"http://x.invalid\",\"klik\")".to_owned(),
                evidence: Vec::new(),
            },
            written_at: at,
            changed_at: at,
            earlier: Vec::new(),
        };
        let csv = String::from_utf8(journal_csv(&[Uuid::nil()], &[entry])).unwrap();
        let row = csv.lines().nth(1).unwrap();
        assert!(
            row.contains(
                r#","'@school","'+31 6 12345678","'=HYPERLINK(""http://x.invalid"",""klik"")","#
            ),
            "{row}"
        );
    }
}
