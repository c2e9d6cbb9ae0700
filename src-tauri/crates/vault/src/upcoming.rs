//! What is coming up: passport and ID expiries, trips, the running deadline and the
//! next backup, as dates on the parent's calendar, and the same dates as an iCalendar
//! file (RFC 5545) for their phone.
//!
//! [`upcoming`] is a pure function of the records, the dates the caller knows (the last
//! backup from the custody log, the one-year mark from the guide) and "today" on the
//! parent's local calendar, so it is tested with fixed dates. [`to_ics`] writes the dates
//! with titles the caller chooses (neutral ones by default: a calendar on a phone is
//! seen by others).

use std::fmt::Write as _;

use chrono::{DateTime, Days, Months, NaiveDate, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::LogError;
use crate::log;
use crate::records::{DocumentKind, Record, StoredRecord, TravelKind};
use crate::vault::{LOG_DIR, Vault};

/// The custody log kind a backup is logged as.
pub const BACKUP_KIND: &str = "backup";

/// How far ahead (and back) an identity document's expiry is shown.
pub const EXPIRY_WINDOW_MONTHS: u32 = 6;

/// What a date is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum UpcomingKind {
    /// A passport, ID card or residence permit in a person record expires.
    DocumentExpires,
    /// A trip (travel record) leaves.
    TripDeparts,
    /// A trip (travel record) is due back.
    TripReturns,
    /// The Convention's one-year mark (art. 12 HKOV) from the date of removal.
    OneYearMark,
    /// The backup reminder: the last backup (or the vault's creation) plus the
    /// parent's chosen number of days.
    BackupDue,
}

/// One date that is coming up (or, for an expired document or an overdue backup, has
/// just passed).
#[derive(Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct UpcomingDate {
    pub kind: UpcomingKind,
    #[ts(type = "string")]
    pub date: NaiveDate,
    /// Days from today; negative when the date has passed.
    #[ts(type = "number")]
    pub days_left: i64,
    /// The person or travel record the date comes from.
    pub subject: Option<Uuid>,
    /// The person's name or the trip's title (vault content: shown in the window,
    /// in a calendar file only when the parent asks for full titles).
    pub label: String,
    /// For [`UpcomingKind::DocumentExpires`]: which document.
    pub document_kind: Option<DocumentKind>,
    /// For [`UpcomingKind::DocumentExpires`]: the document's place in the person's list,
    /// so that two documents of one person keep apart in a calendar.
    #[ts(type = "number | null")]
    pub document_index: Option<u32>,
}

crate::redacted_debug!(UpcomingDate);

/// Everything the home screen shows under "coming up".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Upcoming {
    #[ts(type = "string")]
    pub today: NaiveDate,
    /// Earliest first.
    pub dates: Vec<UpcomingDate>,
    /// False while the vault is locked (or presenting): then only the one-year mark is
    /// known.
    pub vault_open: bool,
    /// The day of the last backup in the custody log; `None` when there was none (or
    /// the vault is locked).
    #[ts(type = "string | null")]
    pub last_backup: Option<NaiveDate>,
    /// Days since the last backup (since the vault was made when there was none).
    #[ts(type = "number | null")]
    pub days_since_backup: Option<i64>,
    /// The parent's threshold in days; 0 turns the reminder off.
    pub backup_reminder_days: u32,
    /// The threshold has passed.
    pub backup_overdue: bool,
}

/// What [`upcoming`] works from.
#[derive(Debug, Clone, Copy)]
pub struct UpcomingInput<'a> {
    /// Today on the parent's local calendar.
    pub today: NaiveDate,
    /// The records not in the trash; `None` while the vault is locked.
    pub records: Option<&'a [&'a StoredRecord]>,
    /// The day of the last backup (from the custody log).
    pub last_backup: Option<NaiveDate>,
    /// The day the vault was made (the first custody log entry): the reminder counts
    /// from it while there is no backup.
    pub vault_created: Option<NaiveDate>,
    /// 0: no backup reminder.
    pub backup_reminder_days: u32,
    /// The one-year mark, when the parent set a date of removal.
    pub one_year_mark: Option<NaiveDate>,
}

/// The dates coming up, earliest first:
/// - every identity document whose expiry lies within [`EXPIRY_WINDOW_MONTHS`] months
///   of today, ahead or (already expired) behind;
/// - every trip's departure and return from today on (a planned trip the parent marked
///   as back is done; an overdue one is the trip watch's);
/// - the one-year mark, until it has run out;
/// - the backup reminder, when the parent keeps one.
pub fn upcoming(input: &UpcomingInput<'_>) -> Upcoming {
    let today = input.today;
    let window = Months::new(EXPIRY_WINDOW_MONTHS);
    let expiry_from = today.checked_sub_months(window).unwrap_or(NaiveDate::MIN);
    let expiry_to = today.checked_add_months(window).unwrap_or(NaiveDate::MAX);
    let at = |kind, date: NaiveDate| UpcomingDate {
        kind,
        date,
        days_left: (date - today).num_days(),
        subject: None,
        label: String::new(),
        document_kind: None,
        document_index: None,
    };

    let mut dates = Vec::new();
    for stored in input.records.unwrap_or_default() {
        match &stored.record {
            Record::Person(person) => {
                let name = [person.given_names.trim(), person.family_name.trim()]
                    .into_iter()
                    .filter(|part| !part.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                for (index, document) in person.documents.iter().enumerate() {
                    let Some(expires) = document.expires_on else {
                        continue;
                    };
                    if expires < expiry_from || expires > expiry_to {
                        continue;
                    }
                    dates.push(UpcomingDate {
                        subject: Some(stored.id),
                        label: name.clone(),
                        document_kind: Some(document.kind),
                        document_index: u32::try_from(index).ok(),
                        ..at(UpcomingKind::DocumentExpires, expires)
                    });
                }
            }
            Record::Travel(trip) => {
                if trip.travel_kind == TravelKind::PlannedTrip && trip.returned {
                    continue;
                }
                let label = if trip.title.trim().is_empty() {
                    trip.destination_country.trim().to_owned()
                } else {
                    trip.title.trim().to_owned()
                };
                for (kind, date) in [
                    (UpcomingKind::TripDeparts, trip.departure_date),
                    (UpcomingKind::TripReturns, trip.return_date),
                ] {
                    if let Some(date) = date.filter(|d| *d >= today) {
                        dates.push(UpcomingDate {
                            subject: Some(stored.id),
                            label: label.clone(),
                            ..at(kind, date)
                        });
                    }
                }
            }
            Record::Journal(_) | Record::Step(_) => {}
        }
    }
    if let Some(mark) = input.one_year_mark.filter(|mark| *mark > today) {
        dates.push(at(UpcomingKind::OneYearMark, mark));
    }

    let open = input.records.is_some();
    let counted_from = input.last_backup.or(input.vault_created).filter(|_| open);
    let days_since_backup = counted_from.map(|from| (today - from).num_days());
    let mut backup_overdue = false;
    if input.backup_reminder_days > 0
        && let Some(from) = counted_from
        && let Some(due) = from.checked_add_days(Days::new(input.backup_reminder_days.into()))
    {
        backup_overdue = due <= today;
        dates.push(at(UpcomingKind::BackupDue, due));
    }

    dates.sort_by(|a, b| {
        (a.date, a.kind as u8, &a.label, a.document_index).cmp(&(
            b.date,
            b.kind as u8,
            &b.label,
            b.document_index,
        ))
    });
    Upcoming {
        today,
        dates,
        vault_open: open,
        last_backup: input.last_backup.filter(|_| open),
        days_since_backup,
        backup_reminder_days: input.backup_reminder_days,
        backup_overdue,
    }
}

/// What the backup reminder counts from, as the custody log tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupTimes {
    /// When the newest backup was logged.
    pub last_backup: Option<DateTime<Utc>>,
    /// When the vault was made (its first custody log entry).
    pub created: Option<DateTime<Utc>>,
}

impl Vault {
    /// When the newest backup was logged, and when the vault was made: what the backup
    /// reminder counts from.
    ///
    /// Reads the log from its end back to the newest backup (and the first entry), not
    /// the whole log: at a million entries a whole read costs seconds on the home screen.
    pub fn backup_times(&self) -> Result<BackupTimes, LogError> {
        let dir = self.dir.join(LOG_DIR);
        let created = log::read_at(&dir, &self.identity, 0)?
            .into_iter()
            .next()
            .map(|e| e.entry.at);
        let last_backup =
            log::newest_matching(&dir, &self.identity, &|e| e.kind.as_str() == BACKUP_KIND)?
                .map(|e| e.at);
        Ok(BackupTimes {
            last_backup,
            created,
        })
    }
}

/// The dates as an iCalendar file (RFC 5545): one all-day `VEVENT` per date, titled by
/// `title`, CRLF line ends, lines folded at 75 octets, text escaped. Each event's `UID`
/// depends only on what it is about (kind, record, document), not on its date, so a
/// calendar that imports a newer file updates the event instead of adding a second one.
/// `stamp` is the `DTSTAMP` (when the file was made).
pub fn to_ics(
    dates: &[UpcomingDate],
    title: &dyn Fn(&UpcomingDate) -> String,
    stamp: DateTime<Utc>,
) -> String {
    let mut out = String::new();
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Waarborg//Waarborg//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    for date in dates {
        let end = date
            .date
            .checked_add_days(Days::new(1))
            .unwrap_or(date.date);
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(
            &mut out,
            &format!("UID:{}@waarborg.invalid", event_uid(date)),
        );
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", date.date.format("%Y%m%d")),
        );
        push_line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
        );
        push_line(&mut out, &format!("SUMMARY:{}", escape_text(&title(date))));
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, "CLASS:PRIVATE");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// A stable id for what a date is about (SHA-256 of kind, record and document, so the
/// record id itself is not in the file).
fn event_uid(date: &UpcomingDate) -> String {
    let mut hash = Sha256::new();
    hash.update(format!("{:?}", date.kind));
    if let Some(subject) = date.subject {
        hash.update(subject.as_bytes());
    }
    if let Some(index) = date.document_index {
        hash.update(index.to_be_bytes());
    }
    crate::store::hex(&hash.finalize()[..16])
}

/// TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            // Other control characters are not allowed in TEXT.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no line is longer than 75 octets
/// (RFC 5545 §3.1), never inside a UTF-8 character, each ended with CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        // The first line may hold 75 octets; a continuation line 74 after its space.
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::records::{IdentityDocument, PersonProfile, TravelRecord};

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn stored(record: Record) -> StoredRecord {
        let at = DateTime::<Utc>::from_timestamp(1_780_000_000, 0).unwrap();
        StoredRecord {
            id: Uuid::new_v4(),
            created_at: at,
            updated_at: at,
            record,
            history: Vec::new(),
            trashed_at: None,
        }
    }

    fn person(expiries: &[Option<&str>]) -> StoredRecord {
        stored(Record::Person(PersonProfile {
            given_names: "Sara".to_owned(),
            family_name: "Jansen".to_owned(),
            documents: expiries
                .iter()
                .map(|e| IdentityDocument {
                    kind: DocumentKind::Passport,
                    expires_on: e.map(date),
                    ..IdentityDocument::default()
                })
                .collect(),
            ..PersonProfile::default()
        }))
    }

    fn trip(
        kind: TravelKind,
        out: Option<&str>,
        back: Option<&str>,
        returned: bool,
    ) -> StoredRecord {
        stored(Record::Travel(TravelRecord {
            travel_kind: kind,
            title: "Zomer".to_owned(),
            departure_date: out.map(date),
            return_date: back.map(date),
            returned,
            ..TravelRecord::default()
        }))
    }

    fn input<'a>(today: &str, records: Option<&'a [&'a StoredRecord]>) -> UpcomingInput<'a> {
        UpcomingInput {
            today: date(today),
            records,
            last_backup: None,
            vault_created: None,
            backup_reminder_days: 0,
            one_year_mark: None,
        }
    }

    fn kinds_and_dates(up: &Upcoming) -> Vec<(UpcomingKind, NaiveDate, i64)> {
        up.dates
            .iter()
            .map(|d| (d.kind, d.date, d.days_left))
            .collect()
    }

    #[test]
    fn document_expiries_within_six_months_either_side_are_listed() {
        // 2026-12-05: six months ahead is 2027-06-05, behind is 2026-06-05.
        let sara = person(&[
            Some("2027-03-05"), // in three months
            Some("2027-06-05"), // the last day of the window
            Some("2027-06-06"), // one day too far
            Some("2026-06-05"), // expired, on the window's first day
            Some("2026-06-04"), // expired long ago
            None,
        ]);
        let records = [&sara];
        let up = upcoming(&input("2026-12-05", Some(&records)));
        assert_eq!(
            kinds_and_dates(&up),
            [
                (UpcomingKind::DocumentExpires, date("2026-06-05"), -183),
                (UpcomingKind::DocumentExpires, date("2027-03-05"), 90),
                (UpcomingKind::DocumentExpires, date("2027-06-05"), 182),
            ]
        );
        let first = &up.dates[1];
        assert_eq!(first.label, "Sara Jansen");
        assert_eq!(first.subject, Some(sara.id));
        assert_eq!(first.document_kind, Some(DocumentKind::Passport));
        assert_eq!(first.document_index, Some(0));
        assert!(up.vault_open);
    }

    #[test]
    fn six_months_from_the_31st_ends_on_the_last_day_of_the_month() {
        let p = person(&[Some("2027-02-28"), Some("2027-03-01")]);
        let records = [&p];
        let up = upcoming(&input("2026-08-31", Some(&records)));
        assert_eq!(
            kinds_and_dates(&up),
            [(UpcomingKind::DocumentExpires, date("2027-02-28"), 181)]
        );
    }

    #[test]
    fn trips_from_today_on_are_listed_and_a_returned_planned_trip_is_not() {
        let planned = trip(
            TravelKind::PlannedTrip,
            Some("2026-12-20"),
            Some("2027-01-03"),
            false,
        );
        let back = trip(
            TravelKind::PlannedTrip,
            Some("2026-12-21"),
            Some("2027-01-04"),
            true,
        );
        let flight = trip(TravelKind::Flight, Some("2026-12-05"), None, false);
        let gone = trip(
            TravelKind::PlannedTrip,
            Some("2026-11-01"),
            Some("2026-12-04"),
            false,
        );
        let records = [&planned, &back, &flight, &gone];
        let up = upcoming(&input("2026-12-05", Some(&records)));
        assert_eq!(
            kinds_and_dates(&up),
            [
                (UpcomingKind::TripDeparts, date("2026-12-05"), 0),
                (UpcomingKind::TripDeparts, date("2026-12-20"), 15),
                (UpcomingKind::TripReturns, date("2027-01-03"), 29),
            ]
        );
        assert_eq!(up.dates[1].label, "Zomer");
    }

    #[test]
    fn the_one_year_mark_is_listed_until_it_has_run_out() {
        let mut i = input("2026-12-05", None);
        i.one_year_mark = Some(date("2027-03-01"));
        let up = upcoming(&i);
        assert_eq!(
            kinds_and_dates(&up),
            [(UpcomingKind::OneYearMark, date("2027-03-01"), 86)]
        );
        assert!(!up.vault_open);
        i.one_year_mark = Some(date("2026-12-05"));
        assert!(upcoming(&i).dates.is_empty());
    }

    #[test]
    fn the_backup_reminder_counts_from_the_last_backup_or_the_vault_creation() {
        let records: [&StoredRecord; 0] = [];
        let mut i = input("2026-12-05", Some(&records));
        i.backup_reminder_days = 30;
        i.vault_created = Some(date("2026-09-01"));
        let never = upcoming(&i);
        assert_eq!(never.last_backup, None);
        assert_eq!(never.days_since_backup, Some(95));
        assert!(never.backup_overdue);
        assert_eq!(
            kinds_and_dates(&never),
            [(UpcomingKind::BackupDue, date("2026-10-01"), -65)]
        );

        i.last_backup = Some(date("2026-11-20"));
        let recent = upcoming(&i);
        assert_eq!(recent.last_backup, Some(date("2026-11-20")));
        assert_eq!(recent.days_since_backup, Some(15));
        assert!(!recent.backup_overdue);
        assert_eq!(
            kinds_and_dates(&recent),
            [(UpcomingKind::BackupDue, date("2026-12-20"), 15)]
        );

        // Exactly the threshold: due today.
        i.last_backup = Some(date("2026-11-05"));
        assert!(upcoming(&i).backup_overdue);

        // 0 turns the reminder off; the age is still told.
        i.backup_reminder_days = 0;
        let off = upcoming(&i);
        assert!(off.dates.is_empty());
        assert!(!off.backup_overdue);
        assert_eq!(off.days_since_backup, Some(30));
    }

    #[test]
    fn a_locked_vault_tells_nothing_about_backups() {
        let mut i = input("2026-12-05", None);
        i.backup_reminder_days = 30;
        i.last_backup = Some(date("2026-01-01"));
        let up = upcoming(&i);
        assert!(up.dates.is_empty());
        assert_eq!(up.last_backup, None);
        assert_eq!(up.days_since_backup, None);
        assert!(!up.backup_overdue);
    }

    #[test]
    fn dates_are_sorted_across_kinds() {
        let p = person(&[Some("2027-01-10")]);
        let t = trip(
            TravelKind::PlannedTrip,
            Some("2026-12-24"),
            Some("2027-01-10"),
            false,
        );
        let records = [&p, &t];
        let mut i = input("2026-12-05", Some(&records));
        i.one_year_mark = Some(date("2026-12-10"));
        let kinds: Vec<_> = upcoming(&i).dates.iter().map(|d| d.kind).collect();
        assert_eq!(
            kinds,
            [
                UpcomingKind::OneYearMark,
                UpcomingKind::TripDeparts,
                UpcomingKind::DocumentExpires,
                UpcomingKind::TripReturns,
            ]
        );
    }

    /// Unfolds and splits an iCalendar text into (name with parameters, value) pairs,
    /// checking the line ends and lengths on the way.
    fn parse_ics(text: &str) -> Vec<(String, String)> {
        assert!(text.ends_with("\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "line of {} octets: {line:?}", line.len());
            assert!(!line.contains('\n') && !line.contains('\r'));
        }
        let unfolded = text.replace("\r\n ", "");
        unfolded
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| {
                let (name, value) = l.split_once(':').unwrap();
                (name.to_owned(), value.to_owned())
            })
            .collect()
    }

    #[test]
    fn the_calendar_file_follows_rfc_5545() {
        let p = person(&[Some("2027-03-05")]);
        let records = [&p];
        let mut i = input("2026-12-05", Some(&records));
        i.one_year_mark = Some(date("2027-03-01"));
        let up = upcoming(&i);
        let stamp: DateTime<Utc> = "2026-12-05T10:00:00Z".parse().unwrap();
        let long =
            "Paspoort van Sara Jansen, geboren in 's-Hertogenbosch; verloopt\\bijna ".repeat(3);
        let ics = to_ics(
            &up.dates,
            &|d| match d.kind {
                UpcomingKind::DocumentExpires => long.clone(),
                _ => "Termijn".to_owned(),
            },
            stamp,
        );
        let lines = parse_ics(&ics);
        let values = |name: &str| -> Vec<&str> {
            lines
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
                .collect()
        };
        assert_eq!(
            lines.first().unwrap(),
            &("BEGIN".to_owned(), "VCALENDAR".to_owned())
        );
        assert_eq!(
            lines.last().unwrap(),
            &("END".to_owned(), "VCALENDAR".to_owned())
        );
        assert_eq!(values("VERSION"), ["2.0"]);
        assert_eq!(values("PRODID").len(), 1);
        assert_eq!(values("BEGIN"), ["VCALENDAR", "VEVENT", "VEVENT"]);
        assert_eq!(values("DTSTART;VALUE=DATE"), ["20270301", "20270305"]);
        assert_eq!(values("DTEND;VALUE=DATE"), ["20270302", "20270306"]);
        assert_eq!(values("DTSTAMP"), ["20261205T100000Z"; 2]);
        let summaries = values("SUMMARY");
        assert_eq!(summaries[0], "Termijn");
        // Escaped, and folded back to the very same text.
        let escaped = long
            .replace('\\', "\\\\")
            .replace(';', "\\;")
            .replace(',', "\\,");
        assert_eq!(summaries[1], escaped);
        let uids = values("UID");
        assert_eq!(uids.len(), 2);
        assert_ne!(uids[0], uids[1]);
        assert!(
            !ics.contains(&p.id.to_string()),
            "record ids stay out of the file"
        );
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut out = String::new();
        let text = format!("SUMMARY:{}", "مرحبا ".repeat(30));
        push_line(&mut out, &text);
        for line in out.split("\r\n") {
            assert!(line.len() <= 75);
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{text}\r\n"));
    }

    #[test]
    fn an_event_keeps_its_uid_when_its_date_moves() {
        let stamp = Utc::now();
        let p = person(&[Some("2027-03-05")]);
        let records = [&p];
        let before = upcoming(&input("2026-12-05", Some(&records)));
        let mut moved = before.dates[0].clone();
        moved.date = date("2027-04-01");
        let title = |_: &UpcomingDate| "Document verloopt".to_owned();
        let uid = |dates: &[UpcomingDate]| {
            parse_ics(&to_ics(dates, &title, stamp))
                .into_iter()
                .find(|(n, _)| n == "UID")
                .unwrap()
                .1
        };
        assert_eq!(uid(&before.dates), uid(&[moved]));
    }
}
