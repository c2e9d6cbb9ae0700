//! What is coming up, for the home screen and `waarborg upcoming`: the vault's person
//! and travel records, the last backup in its custody log and the one-year mark from
//! the date of removal in the settings, put together by `waarborg_vault::upcoming`; and
//! the same dates as an `.ics` calendar file, titled neutrally unless the parent asks
//! for full titles.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDate, Utc};
use waarborg_contract::{ApiError, ErrorCode, Language, Settings};
use waarborg_i18n::{FluentValue, Messages};
use waarborg_vault::{
    DocumentKind, Record, StoredRecord, Upcoming, UpcomingDate, UpcomingInput, UpcomingKind, Vault,
    upcoming,
};

use crate::app::{App, parse_date};

impl App {
    /// The dates coming up as seen on `today` (`YYYY-MM-DD`, the parent's calendar).
    /// With the vault locked (or presenting) only the one-year mark is known; that is
    /// not an error. Not use by the parent: the idle lock runs on.
    pub fn upcoming(&self, today: &str) -> Result<Upcoming, ApiError> {
        let today = parse_date(today)?;
        let settings = self.current_settings()?;
        match self
            .session()
            .unattended(|open| upcoming_for(Some(&open.vault), &settings, today))
        {
            Err(err)
                if matches!(
                    err.code,
                    ErrorCode::VaultLocked | ErrorCode::VaultPresenting
                ) =>
            {
                upcoming_for(None, &settings, today)
            }
            other => other,
        }
    }

    /// Writes the dates coming up to the new or replaced file `out` as an iCalendar
    /// file (atomically). Titles are neutral ("Document verloopt") unless `full_titles`.
    /// Returns the path written.
    pub fn save_upcoming_ics(
        &self,
        today: &str,
        out: &Path,
        full_titles: bool,
    ) -> Result<PathBuf, ApiError> {
        let upcoming = self.upcoming(today)?;
        save_upcoming_ics(&upcoming, self.language(), full_titles, out)?;
        Ok(out.to_owned())
    }
}

/// The dates coming up for `vault` (`None`: locked, only the one-year mark) with the
/// parent's `settings` (date of removal, backup reminder), as seen on `today`. The
/// window and `waarborg upcoming` both use it.
pub fn upcoming_for(
    vault: Option<&Vault>,
    settings: &Settings,
    today: NaiveDate,
) -> Result<Upcoming, ApiError> {
    // A removal date that no longer checks out (clock changed) gives no mark, as on
    // the home screen's countdown.
    let one_year_mark = settings
        .removal_date
        .as_deref()
        .and_then(|d| parse_date(d).ok())
        .and_then(|removal| waarborg_guide::deadlines(removal, today).ok())
        .map(|d| d.one_year_mark.date);
    let (records, last_backup, vault_created) = match vault {
        Some(vault) => {
            let times = vault.backup_times()?;
            let (backup, created) = (times.last_backup, times.created);
            let records: Vec<&StoredRecord> = vault
                .records(None)
                .into_iter()
                .filter(|r| matches!(r.record, Record::Person(_) | Record::Travel(_)))
                .collect();
            (Some(records), backup.map(local_day), created.map(local_day))
        }
        None => (None, None, None),
    };
    Ok(upcoming(&UpcomingInput {
        today,
        records: records.as_deref(),
        last_backup,
        vault_created,
        backup_reminder_days: settings.backup_reminder_days,
        one_year_mark,
    }))
}

/// Writes `upcoming` to `out` (new or replaced, atomically) as an iCalendar file.
pub fn save_upcoming_ics(
    upcoming: &Upcoming,
    language: Language,
    full_titles: bool,
    out: &Path,
) -> Result<(), ApiError> {
    let ics = upcoming_ics(upcoming, language, full_titles, Utc::now());
    waarborg_fs::write_atomic(out, ics.as_bytes()).map_err(|e| {
        ApiError::new(
            ErrorCode::CalendarWrite,
            format!("cannot write {}: {}", out.display(), e.source),
        )
    })
}

/// The iCalendar text of `upcoming` in `language`.
pub fn upcoming_ics(
    upcoming: &Upcoming,
    language: Language,
    full_titles: bool,
    stamp: DateTime<Utc>,
) -> String {
    let messages = Messages::new(language);
    let title = |date: &UpcomingDate| {
        if full_titles {
            full_title(&messages, date)
        } else {
            messages.get(neutral_title_id(date.kind))
        }
    };
    waarborg_vault::to_ics(&upcoming.dates, &title, stamp)
}

/// The calendar title that names nothing: no child, no trip, no abduction.
pub fn neutral_title_id(kind: UpcomingKind) -> &'static str {
    match kind {
        UpcomingKind::DocumentExpires => "upcoming-ics-document",
        UpcomingKind::TripDeparts => "upcoming-ics-trip-departs",
        UpcomingKind::TripReturns => "upcoming-ics-trip-returns",
        UpcomingKind::OneYearMark => "upcoming-ics-deadline",
        UpcomingKind::BackupDue => "upcoming-ics-backup",
    }
}

/// The title the window shows (and the calendar file with full titles).
pub fn full_title(messages: &Messages, date: &UpcomingDate) -> String {
    let label = FluentValue::from(date.label.clone());
    match date.kind {
        UpcomingKind::DocumentExpires => {
            let document = messages.get(match date.document_kind {
                Some(DocumentKind::Passport) => "person-document-kind-passport",
                Some(DocumentKind::IdentityCard) => "person-document-kind-identity-card",
                Some(DocumentKind::ResidencePermit) => "person-document-kind-residence-permit",
                Some(DocumentKind::Other) | None => "person-document-kind-other",
            });
            messages.format(
                "upcoming-document-expires",
                &[("document", FluentValue::from(document)), ("name", label)],
            )
        }
        UpcomingKind::TripDeparts => messages.format("upcoming-trip-departs", &[("trip", label)]),
        UpcomingKind::TripReturns => messages.format("upcoming-trip-returns", &[("trip", label)]),
        UpcomingKind::OneYearMark => messages.get("upcoming-one-year-mark"),
        UpcomingKind::BackupDue => messages.get("upcoming-backup-due"),
    }
}

/// The day an instant falls on in the parent's local time zone.
fn local_day(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&Local).date_naive()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::testing::unlocked_app;
    use chrono::Days;
    use waarborg_contract::LockReason;
    use waarborg_vault::{IdentityDocument, PersonProfile, PersonRole};

    fn add_child_with_passport(app: &App, expires: NaiveDate) {
        app.session()
            .with(|open| {
                open.vault.create_record(Record::Person(PersonProfile {
                    role: PersonRole::Child,
                    given_names: "Sara".to_owned(),
                    family_name: "Jansen".to_owned(),
                    documents: vec![IdentityDocument {
                        kind: DocumentKind::Passport,
                        expires_on: Some(expires),
                        ..IdentityDocument::default()
                    }],
                    ..PersonProfile::default()
                }))?;
                Ok(())
            })
            .unwrap();
    }

    fn today() -> NaiveDate {
        Local::now().date_naive()
    }

    #[test]
    fn an_open_vault_gives_expiries_and_the_backup_age_a_locked_one_only_the_mark() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        let today = today();
        let expires = today.checked_add_days(Days::new(90)).unwrap();
        add_child_with_passport(&app, expires);
        let removal = today.checked_sub_days(Days::new(10)).unwrap();
        app.settings()
            .unwrap()
            .set_removal_date(Some(removal.to_string()))
            .unwrap();

        let up = app.upcoming(&today.to_string()).unwrap();
        assert!(up.vault_open);
        let kinds: Vec<_> = up.dates.iter().map(|d| (d.kind, d.days_left)).collect();
        assert!(
            kinds.contains(&(UpcomingKind::DocumentExpires, 90)),
            "{kinds:?}"
        );
        assert!(kinds.iter().any(|(k, _)| *k == UpcomingKind::OneYearMark));
        // No backup yet: counted from the vault's creation today, due in 30 days.
        assert_eq!(up.last_backup, None);
        assert_eq!(up.days_since_backup, Some(0));
        assert!(kinds.contains(&(UpcomingKind::BackupDue, 30)), "{kinds:?}");

        app.session().lock_vault(LockReason::Asked);
        let locked = app.upcoming(&today.to_string()).unwrap();
        assert!(!locked.vault_open);
        let kinds: Vec<_> = locked.dates.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, [UpcomingKind::OneYearMark]);
    }

    #[test]
    fn a_backup_in_the_log_is_the_last_backup() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        app.session()
            .with(|open| {
                open.vault.log_event(
                    waarborg_vault::LogKind::Other(waarborg_vault::BACKUP_KIND.to_owned()),
                    None,
                    "backup test.age",
                )?;
                Ok(())
            })
            .unwrap();
        let up = app.upcoming(&today().to_string()).unwrap();
        assert_eq!(up.last_backup, Some(today()));
        assert!(!up.backup_overdue);
    }

    #[test]
    fn the_calendar_file_is_neutral_unless_full_titles_are_asked_for() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        let today = today();
        add_child_with_passport(&app, today.checked_add_days(Days::new(90)).unwrap());
        let out = tmp.path().join("agenda.ics");

        app.save_upcoming_ics(&today.to_string(), &out, false)
            .unwrap();
        let neutral = std::fs::read_to_string(&out).unwrap();
        assert!(neutral.starts_with("BEGIN:VCALENDAR\r\n"), "{neutral}");
        assert!(!neutral.contains("Sara"), "{neutral}");
        assert!(!neutral.contains("Jansen"), "{neutral}");
        let messages = Messages::new(app.language());
        let neutral_title = messages.get("upcoming-ics-document");
        assert!(
            neutral.contains(&format!("SUMMARY:{neutral_title}\r\n")),
            "{neutral}"
        );

        app.save_upcoming_ics(&today.to_string(), &out, true)
            .unwrap();
        let full = std::fs::read_to_string(&out).unwrap();
        assert!(full.contains("Sara Jansen"), "{full}");
    }

    #[test]
    fn titles_exist_in_both_languages_and_never_name_abduction() {
        for language in [Language::Nl, Language::En] {
            let messages = Messages::new(language);
            for kind in [
                UpcomingKind::DocumentExpires,
                UpcomingKind::TripDeparts,
                UpcomingKind::TripReturns,
                UpcomingKind::OneYearMark,
                UpcomingKind::BackupDue,
            ] {
                let id = neutral_title_id(kind);
                assert!(messages.has(id), "{id} in {language:?}");
                let text = messages.get(id).to_lowercase();
                for word in [
                    "ontvoer", "abduct", "kind", "child", "hague", "haag", "hkov",
                ] {
                    assert!(!text.contains(word), "{id}: {text}");
                }
            }
            for id in [
                "upcoming-document-expires",
                "upcoming-trip-departs",
                "upcoming-trip-returns",
                "upcoming-one-year-mark",
                "upcoming-backup-due",
            ] {
                assert!(messages.has(id), "{id} in {language:?}");
            }
        }
    }
}
