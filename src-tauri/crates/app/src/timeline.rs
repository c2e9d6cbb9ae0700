//! The case timeline from the vault: every logged step of the guide in time order, with
//! the step's title in both languages and the custody-log head.

use chrono::NaiveDate;
use waarborg_contract::{ApiError, Language, SavedDocument, Settings, Text};
use waarborg_documents::{CaseTimeline, TimelineEntry};
use waarborg_guide::ContentPack;
use waarborg_vault::{PersonRole, Record, RecordKind, StepLogEntry, Vault};

use crate::app::{App, parse_date, saved_document};
use crate::police_sheet::full_name;

/// The date of removal the parent gave (the home-screen countdown's), if any.
pub(crate) fn removal_date(settings: &Settings) -> Option<NaiveDate> {
    parse_removal(settings.removal_date.as_deref())
}

/// Settings keep the date as the window gave it (`YYYY-MM-DD`); anything else is none.
fn parse_removal(text: Option<&str>) -> Option<NaiveDate> {
    text.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

impl App {
    /// Builds the case timeline from the open vault and saves it in the documents folder.
    pub fn case_timeline(&self, today: &str) -> Result<SavedDocument, ApiError> {
        let today = parse_date(today)?;
        let guide = self.guide()?;
        let settings = self.current_settings()?;
        let mut timeline = self
            .session()
            .with(|open| Ok(case_timeline(&open.vault, guide)))?;
        timeline.removal_date = removal_date(&settings);
        timeline.generated_on = today;
        let path = waarborg_documents::save_case_timeline(
            &timeline,
            self.documents_dir()?,
            settings.language,
        )?;
        Ok(saved_document(&path))
    }
}

/// The timeline of what the vault holds: its step records (in the vault's order, oldest
/// first) and log head, named after the first child profile.
pub(crate) fn case_timeline(vault: &Vault, guide: &ContentPack) -> CaseTimeline {
    let entries = vault
        .records(Some(RecordKind::Step))
        .into_iter()
        .filter_map(|r| match &r.record {
            Record::Step(step) => Some(timeline_entry(step.clone(), guide)),
            _ => None,
        })
        .collect();
    let case_title = vault
        .records(Some(RecordKind::Person))
        .into_iter()
        .find_map(|r| match &r.record {
            Record::Person(p) if p.role == PersonRole::Child => Some(full_name(p)),
            _ => None,
        })
        .unwrap_or_default();
    CaseTimeline {
        case_title,
        removal_date: None,
        destination: None,
        generated_on: NaiveDate::default(),
        log_anchor: vault.log_anchor(),
        entries,
    }
}

/// One logged step, titled in both languages from the guide (its id when the guide no
/// longer has the step).
fn timeline_entry(step: StepLogEntry, guide: &ContentPack) -> TimelineEntry {
    let known = guide.all_steps().find(|s| s.id() == step.step_id);
    let title =
        |language| known.map_or_else(|| step.step_id.clone(), |s| s.title(language).to_owned());
    TimelineEntry {
        when: step.taken_at.replace('T', " "),
        step: Text {
            nl: title(Language::Nl),
            en: title(Language::En),
        },
        done: step.done,
        spoke_to: step.spoke_to,
        reference: step.reference,
        outcome: step.outcome,
        notes: step.notes,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::testing::created_vault;
    use waarborg_vault::PersonProfile;

    #[test]
    fn logged_steps_become_bilingual_entries_named_after_the_child() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        let guide = ContentPack::netherlands().unwrap();
        let step = guide.all_steps().next().unwrap();
        vault
            .create_record(Record::Person(PersonProfile {
                role: PersonRole::Child,
                given_names: "Sara".to_owned(),
                family_name: "Jansen".to_owned(),
                ..PersonProfile::default()
            }))
            .unwrap();
        for (id, at) in [
            (step.id(), "2026-08-03T10:15"),
            ("retired-step", "2026-08-04T09:00"),
        ] {
            vault
                .create_record(Record::Step(StepLogEntry {
                    step_id: id.to_owned(),
                    taken_at: at.to_owned(),
                    done: true,
                    reference: "PV-1".to_owned(),
                    ..StepLogEntry::default()
                }))
                .unwrap();
        }
        let timeline = case_timeline(&vault, &guide);
        assert_eq!(timeline.case_title, "Sara Jansen");
        assert_eq!(timeline.log_anchor, vault.log_anchor());
        assert_eq!(timeline.entries.len(), 2);
        let first = &timeline.entries[0];
        assert_eq!(first.when, "2026-08-03 10:15");
        assert_eq!(first.step.nl, step.title(Language::Nl));
        assert_eq!(first.step.en, step.title(Language::En));
        assert_eq!(first.reference, "PV-1");
        // A step the guide no longer has keeps its id rather than vanishing.
        assert_eq!(timeline.entries[1].step.nl, "retired-step");
    }

    #[test]
    fn a_removal_date_is_read_once_and_a_bad_one_is_none() {
        assert_eq!(parse_removal(None), None);
        assert_eq!(
            parse_removal(Some("2026-08-01")),
            NaiveDate::from_ymd_opt(2026, 8, 1)
        );
        assert_eq!(parse_removal(Some("gisteren")), None);
    }
}
