//! Records without a file: journal entries, person profiles and travel records.
//!
//! Each record is one file, `records/<id>.age`, holding a [`StoredRecord`] (JSON). Every
//! change is logged with the SHA-256 of the exact plaintext written, so `verify` can tell
//! a record removed, changed or put back from an older copy. An edit keeps the replaced
//! version in the record's `history`; a delete moves the record to the trash (restore or
//! purge, like items). All fields default when missing, so older files stay readable.

use std::io;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{IoFailure, RecordError};
use crate::items::ids_in;
use crate::log::LogKind;
use crate::store::{self, ReadFailure};
use crate::vault::{RECORDS_DIR, Vault};

/// A record as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StoredRecord {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub record: Record,
    /// Earlier versions, oldest first: each edit keeps the version it replaced (records
    /// written before this was kept have none).
    #[serde(default)]
    pub history: Vec<RecordVersion>,
    /// Set while the record is in the trash.
    #[serde(default)]
    pub trashed_at: Option<DateTime<Utc>>,
}

/// A replaced version of a record, kept so that "what was written, and when" can be shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RecordVersion {
    pub record: Record,
    /// When this version was replaced by the next.
    pub replaced_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "VaultRecord")]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Record {
    Journal(JournalEntry),
    Person(PersonProfile),
    Travel(TravelRecord),
    /// A step of the emergency guide the parent took (the step log).
    Step(StepLogEntry),
}

impl Record {
    pub fn kind(&self) -> RecordKind {
        match self {
            Self::Journal(_) => RecordKind::Journal,
            Self::Person(_) => RecordKind::Person,
            Self::Travel(_) => RecordKind::Travel,
            Self::Step(_) => RecordKind::Step,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum RecordKind {
    Journal,
    Person,
    Travel,
    Step,
}

/// An incident or warning sign, in the parent's words.
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct JournalEntry {
    pub occurred_on: Option<NaiveDate>,
    /// When known.
    pub occurred_at_time: Option<NaiveTime>,
    pub what: String,
    pub who_present: Vec<String>,
    #[serde(rename = "where")]
    pub place: String,
    pub linked_items: Vec<Uuid>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum PersonRole {
    Child,
    OtherParent,
    #[default]
    Other,
}

/// A child, the other parent, or someone else who matters.
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct PersonProfile {
    pub role: PersonRole,
    pub given_names: String,
    pub family_name: String,
    /// Other names used (maiden name, spelling in another script, nicknames).
    pub other_names: Vec<String>,
    pub birth_date: Option<NaiveDate>,
    pub birth_place: String,
    pub nationalities: Vec<String>,
    pub documents: Vec<IdentityDocument>,
    /// Height, build, hair, eyes, marks.
    pub description: String,
    pub photo_items: Vec<Uuid>,
    pub addresses: Vec<Address>,
    pub phones: Vec<String>,
    pub vehicles: Vec<Vehicle>,
    pub family_abroad: Vec<Relative>,
    pub notes: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[ts(export, rename = "IdentityDocumentKind")]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    Passport,
    IdentityCard,
    ResidencePermit,
    #[default]
    Other,
}

#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct IdentityDocument {
    pub kind: DocumentKind,
    pub number: String,
    pub issuing_country: String,
    pub expires_on: Option<NaiveDate>,
}

#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct Address {
    pub label: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
    pub abroad: bool,
}

#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct Vehicle {
    pub description: String,
    pub licence_plate: String,
    pub country: String,
}

#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct Relative {
    pub name: String,
    pub relation: String,
    pub country: String,
    pub address: String,
    pub phone: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum TravelKind {
    Flight,
    Booking,
    LicencePlate,
    AddressAbroad,
    PlannedTrip,
    #[default]
    Other,
}

/// A flight, booking, plate, address abroad or planned trip.
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct TravelRecord {
    pub travel_kind: TravelKind,
    pub title: String,
    pub departure_date: Option<NaiveDate>,
    pub return_date: Option<NaiveDate>,
    pub destination_country: String,
    pub destination_place: String,
    /// Who travels (names, or see `people`).
    pub with_whom: Vec<String>,
    /// Person records involved.
    pub people: Vec<Uuid>,
    pub flight_number: String,
    pub carrier: String,
    pub booking_reference: String,
    pub licence_plate: String,
    pub address: String,
    pub linked_items: Vec<Uuid>,
    pub notes: String,
    /// For a planned trip: the parent confirmed the child came back (the trip watch stops
    /// asking).
    pub returned: bool,
}

/// One step of the emergency guide, as the parent logged it: when, with whom, the
/// reference they were given, what came of it. Saving one also adds a `guide-step`
/// entry to the custody log.
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(default)]
pub struct StepLogEntry {
    /// The guide's step id (e.g. `call-police`) and scenario (e.g. `taken-abroad`).
    pub step_id: String,
    pub scenario: String,
    pub done: bool,
    /// When the step was taken, in the parent's local time (`YYYY-MM-DDTHH:MM`).
    pub taken_at: String,
    pub spoke_to: String,
    pub reference: String,
    pub outcome: String,
    pub notes: String,
}

// Debug never shows evidence: record contents are redacted.
crate::redacted_debug!(
    JournalEntry,
    PersonProfile,
    IdentityDocument,
    Address,
    Vehicle,
    Relative,
    TravelRecord,
    StepLogEntry,
);

impl Vault {
    pub fn create_record(&mut self, record: Record) -> Result<&StoredRecord, RecordError> {
        let now = Utc::now();
        let stored = StoredRecord {
            id: Uuid::new_v4(),
            created_at: now,
            updated_at: now,
            record,
            history: Vec::new(),
            trashed_at: None,
        };
        let sha256 = self.write_record(&stored)?;
        self.log.append(
            &self.recipient,
            logged_as(&stored.record, LogKind::RecordCreate),
            Some(stored.id),
            Some(sha256),
            kind_note(&stored.record),
        )?;
        let id = stored.id;
        self.records.insert(id, stored);
        self.record(id)
    }

    /// A record, in the trash or not.
    pub fn record(&self, id: Uuid) -> Result<&StoredRecord, RecordError> {
        self.records
            .get(&id)
            .ok_or_else(|| RecordError::NotFound { id: id.to_string() })
    }

    /// Records of one kind (or all) not in the trash, oldest first.
    pub fn records(&self, kind: Option<RecordKind>) -> Vec<&StoredRecord> {
        self.records_where(kind, false)
    }

    /// Records of one kind (or all) in the trash, oldest first.
    pub fn trashed_records(&self, kind: Option<RecordKind>) -> Vec<&StoredRecord> {
        self.records_where(kind, true)
    }

    fn records_where(&self, kind: Option<RecordKind>, trashed: bool) -> Vec<&StoredRecord> {
        let mut out: Vec<_> = self
            .records
            .values()
            .filter(|r| r.trashed_at.is_some() == trashed)
            .filter(|r| kind.is_none_or(|k| r.record.kind() == k))
            .collect();
        out.sort_by_key(|r| (r.created_at, r.id));
        out
    }

    /// Replaces a record, keeping the version it replaces in its history.
    pub fn update_record(
        &mut self,
        id: Uuid,
        record: Record,
    ) -> Result<&StoredRecord, RecordError> {
        let mut stored = self.record(id)?.clone();
        let now = Utc::now();
        let previous = std::mem::replace(&mut stored.record, record);
        stored.history.push(RecordVersion {
            record: previous,
            replaced_at: now,
        });
        stored.updated_at = now;
        let sha256 = self.write_record(&stored)?;
        self.log.append(
            &self.recipient,
            logged_as(&stored.record, LogKind::RecordEdit),
            Some(id),
            Some(sha256),
            kind_note(&stored.record),
        )?;
        self.records.insert(id, stored);
        self.record(id)
    }

    /// Moves a record to the trash (its file stays; [`Vault::purge_record`] removes it).
    pub fn delete_record(&mut self, id: Uuid) -> Result<(), RecordError> {
        self.set_record_trashed(id, Some(Utc::now()), LogKind::RecordDelete)
    }

    /// Takes a record out of the trash.
    pub fn restore_record(&mut self, id: Uuid) -> Result<(), RecordError> {
        if self.record(id)?.trashed_at.is_none() {
            return Err(RecordError::NotInTrash { id: id.to_string() });
        }
        self.set_record_trashed(id, None, LogKind::RecordRestore)
    }

    /// Removes a trashed record's file for good. The custody log keeps its id and the
    /// SHA-256 of every version it had.
    pub fn purge_record(&mut self, id: Uuid) -> Result<(), RecordError> {
        let stored = self.record(id)?;
        if stored.trashed_at.is_none() {
            return Err(RecordError::NotInTrash { id: id.to_string() });
        }
        let note = kind_note(&stored.record);
        store::remove_if_exists(&self.path(RECORDS_DIR, id))?;
        self.records.remove(&id);
        self.log
            .append(&self.recipient, LogKind::RecordPurge, Some(id), None, note)?;
        Ok(())
    }

    fn set_record_trashed(
        &mut self,
        id: Uuid,
        trashed_at: Option<DateTime<Utc>>,
        kind: LogKind,
    ) -> Result<(), RecordError> {
        let mut stored = self.record(id)?.clone();
        stored.trashed_at = trashed_at;
        let sha256 = self.write_record(&stored)?;
        let note = kind_note(&stored.record);
        self.records.insert(id, stored);
        self.log
            .append(&self.recipient, kind, Some(id), Some(sha256), note)?;
        Ok(())
    }

    /// Planned trips whose return date, plus `grace_days`, lies before `today` and that the
    /// parent has not confirmed as back: the trip watch asks about these. Earliest first.
    pub fn overdue_trips(&self, today: NaiveDate, grace_days: u32) -> Vec<&StoredRecord> {
        let mut overdue: Vec<&StoredRecord> = self
            .records(Some(RecordKind::Travel))
            .into_iter()
            .filter(|r| match &r.record {
                Record::Travel(t) => {
                    t.travel_kind == TravelKind::PlannedTrip
                        && !t.returned
                        && t.return_date.is_some_and(|back| {
                            back.checked_add_days(chrono::Days::new(grace_days.into()))
                                .is_some_and(|due| due < today)
                        })
                }
                _ => false,
            })
            .collect();
        overdue.sort_by_key(|r| match &r.record {
            Record::Travel(t) => t.return_date,
            _ => None,
        });
        overdue
    }

    /// Adds an entry to the custody log on behalf of another part of the app (a guide
    /// step, a generated document). Returns the new head hash.
    pub fn log_event(
        &mut self,
        kind: LogKind,
        subject: Option<Uuid>,
        note: &str,
    ) -> Result<String, IoFailure> {
        self.log
            .append(&self.recipient, kind, subject, None, note.to_owned())?;
        Ok(self.log.head().map(|h| h.hash.clone()).unwrap_or_default())
    }

    /// Writes the record; returns the SHA-256 (hex) of the plaintext written, which the
    /// custody log entry for the change carries.
    fn write_record(&self, stored: &StoredRecord) -> Result<String, IoFailure> {
        let path = self.path(RECORDS_DIR, stored.id);
        let json = serde_json::to_vec(stored)
            .map_err(|e| IoFailure::new("encode", &path, io::Error::other(e)))?;
        store::write_sealed(&path, &self.recipient, &json)?;
        Ok(store::hex(&Sha256::digest(&json)))
    }

    pub(crate) fn load_records(&mut self) {
        for id in ids_in(&self.dir.join(RECORDS_DIR)) {
            if let Ok((stored, _)) = self.read_record_file(id) {
                self.records.insert(id, stored);
            }
        }
    }

    /// The record in `records/<id>.age` and the SHA-256 (hex) of its plaintext.
    pub(crate) fn read_record_file(&self, id: Uuid) -> Result<(StoredRecord, String), RecordError> {
        let path = self.path(RECORDS_DIR, id);
        let damaged = |reason: String| RecordError::DamagedRecord {
            id: id.to_string(),
            file: path.clone(),
            reason,
        };
        let bytes = store::read_sealed(&path, &self.identity).map_err(|e| match e {
            ReadFailure::Missing => RecordError::NotFound { id: id.to_string() },
            other => damaged(other.reason()),
        })?;
        let stored: StoredRecord =
            serde_json::from_slice(&bytes).map_err(|e| damaged(format!("not a record: {e}")))?;
        if stored.id != id {
            return Err(damaged("the record names another id".to_owned()));
        }
        Ok((stored, store::hex(&Sha256::digest(&bytes))))
    }
}

fn kind_note(record: &Record) -> String {
    match record {
        Record::Journal(_) => "journal".to_owned(),
        Record::Person(_) => "person".to_owned(),
        Record::Travel(_) => "travel".to_owned(),
        // Which step, so the log alone tells what was done.
        Record::Step(step) => format!(
            "step {}/{}{}",
            step.scenario,
            step.step_id,
            if step.done { " done" } else { "" }
        ),
    }
}

/// Steps of the guide are logged as `guide-step`; other records as record changes.
fn logged_as(record: &Record, otherwise: LogKind) -> LogKind {
    match record {
        Record::Step(_) => LogKind::GuideStep,
        _ => otherwise,
    }
}
