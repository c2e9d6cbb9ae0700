#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Records: round trips of every kind through the vault, CRUD logged, parser properties.

mod common;

use chrono::{NaiveDate, NaiveTime};
use common::*;
use proptest::prelude::*;
use waarborg_vault::{
    Address, DocumentKind, IdentityDocument, ItemDescription, JournalEntry, LogKind, PersonProfile,
    PersonRole, Record, RecordKind, Relative, StepLogEntry, TravelKind, TravelRecord, Vault,
    Vehicle,
};

fn child() -> PersonProfile {
    PersonProfile {
        role: PersonRole::Child,
        given_names: "Sam Aylin".to_owned(),
        family_name: "Jansen".to_owned(),
        other_names: vec!["Samet".to_owned()],
        birth_date: NaiveDate::from_ymd_opt(2019, 4, 12),
        birth_place: "Utrecht".to_owned(),
        nationalities: vec!["NL".to_owned(), "TR".to_owned()],
        documents: vec![IdentityDocument {
            kind: DocumentKind::Passport,
            number: "NX1234567".to_owned(),
            issuing_country: "NL".to_owned(),
            expires_on: NaiveDate::from_ymd_opt(2029, 4, 1),
        }],
        description: "1.10 m, brown hair, scar above left eye".to_owned(),
        photo_items: vec![uuid::Uuid::new_v4()],
        addresses: vec![Address {
            label: "grandparents".to_owned(),
            street: "Atatürk Cd. 12".to_owned(),
            postal_code: "34000".to_owned(),
            city: "İstanbul".to_owned(),
            country: "TR".to_owned(),
            abroad: true,
        }],
        phones: vec!["+31 6 12345678".to_owned()],
        vehicles: vec![Vehicle {
            description: "grey VW Golf".to_owned(),
            licence_plate: "GX-123-B".to_owned(),
            country: "NL".to_owned(),
        }],
        family_abroad: vec![Relative {
            name: "Ayşe".to_owned(),
            relation: "grandmother".to_owned(),
            country: "TR".to_owned(),
            address: "İstanbul".to_owned(),
            phone: "+90 212 000 0000".to_owned(),
        }],
        notes: String::new(),
    }
}

fn trip() -> TravelRecord {
    TravelRecord {
        travel_kind: TravelKind::PlannedTrip,
        title: "Summer holiday".to_owned(),
        departure_date: NaiveDate::from_ymd_opt(2026, 7, 10),
        return_date: NaiveDate::from_ymd_opt(2026, 7, 31),
        destination_country: "TR".to_owned(),
        destination_place: "İstanbul".to_owned(),
        with_whom: vec!["other parent".to_owned()],
        flight_number: "TK1952".to_owned(),
        carrier: "Turkish Airlines".to_owned(),
        booking_reference: "ABC123".to_owned(),
        ..Default::default()
    }
}

fn journal() -> JournalEntry {
    JournalEntry {
        occurred_on: NaiveDate::from_ymd_opt(2026, 6, 1),
        occurred_at_time: NaiveTime::from_hms_opt(18, 30, 0),
        what: "Said the child will \"stay there for good\".".to_owned(),
        who_present: vec!["me".to_owned(), "neighbour".to_owned()],
        place: "handover at school".to_owned(),
        linked_items: vec![],
    }
}

#[test]
fn every_record_kind_survives_a_round_trip_through_the_vault() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let ids: Vec<_> = [
        Record::Person(child()),
        Record::Travel(trip()),
        Record::Journal(journal()),
    ]
    .into_iter()
    .map(|r| vault.create_record(r).unwrap().clone())
    .collect();
    drop(vault);
    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    for stored in &ids {
        assert_eq!(vault.record(stored.id).unwrap(), stored);
    }
    assert_eq!(vault.records(Some(RecordKind::Person)).len(), 1);
    assert_eq!(vault.records(None).len(), 3);
}

#[test]
fn updates_and_deletes_are_kept_and_logged() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let id = vault.create_record(Record::Travel(trip())).unwrap().id;
    let mut changed = trip();
    changed.return_date = NaiveDate::from_ymd_opt(2026, 8, 2);
    vault
        .update_record(id, Record::Travel(changed.clone()))
        .unwrap();
    let journal_id = vault.create_record(Record::Journal(journal())).unwrap().id;
    vault.delete_record(journal_id).unwrap();
    // Deleting moves the record to the trash: out of the lists, still on disk.
    assert!(vault.record(journal_id).unwrap().trashed_at.is_some());
    assert_eq!(vault.records(Some(RecordKind::Journal)).len(), 0);
    vault
        .log_event(LogKind::GuideStep, None, "called the police: ref 2026-123")
        .unwrap();
    drop(vault);
    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    assert_eq!(vault.record(id).unwrap().record, Record::Travel(changed));
    let kinds: Vec<_> = vault
        .log_entries()
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            LogKind::Create,
            LogKind::RecordCreate,
            LogKind::RecordEdit,
            LogKind::RecordCreate,
            LogKind::RecordDelete,
            LogKind::GuideStep
        ]
    );
}

#[test]
fn records_from_an_older_build_with_missing_fields_still_read() {
    let json = r#"{"kind":"person","role":"other-parent","given_names":"Alex"}"#;
    let record: Record = serde_json::from_str(json).unwrap();
    let Record::Person(p) = record else {
        panic!("not a person")
    };
    assert_eq!(p.role, PersonRole::OtherParent);
    assert!(p.documents.is_empty());
}

fn text() -> impl Strategy<Value = String> {
    "\\PC{0,24}"
}

fn date() -> impl Strategy<Value = Option<NaiveDate>> {
    proptest::option::of((1900i32..2100, 1u32..13, 1u32..29))
        .prop_map(|o| o.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn person_records_round_trip_through_json(
        given in text(), family in text(), born in date(), numbers in proptest::collection::vec(text(), 0..3),
    ) {
        let person = PersonProfile {
            given_names: given,
            family_name: family,
            birth_date: born,
            documents: numbers.into_iter().map(|number| IdentityDocument { number, ..Default::default() }).collect(),
            ..child()
        };
        let record = Record::Person(person);
        let json = serde_json::to_vec(&record).unwrap();
        prop_assert_eq!(serde_json::from_slice::<Record>(&json).unwrap(), record);
    }

    #[test]
    fn journal_and_travel_records_round_trip_through_json(
        what in text(), place in text(), day in date(), back in date(), whom in proptest::collection::vec(text(), 0..4),
    ) {
        for record in [
            Record::Journal(JournalEntry { what: what.clone(), place: place.clone(), occurred_on: day, who_present: whom.clone(), ..journal() }),
            Record::Travel(TravelRecord { title: what.clone(), departure_date: day, return_date: back, with_whom: whom.clone(), ..trip() }),
        ] {
            let json = serde_json::to_vec(&record).unwrap();
            prop_assert_eq!(serde_json::from_slice::<Record>(&json).unwrap(), record);
        }
    }

    #[test]
    fn item_descriptions_round_trip_through_json(title in text(), tags in proptest::collection::vec(text(), 0..4), day in date()) {
        let d = ItemDescription { title, tags, event_date: day, ..description("x") };
        let json = serde_json::to_vec(&d).unwrap();
        prop_assert_eq!(serde_json::from_slice::<ItemDescription>(&json).unwrap(), d);
    }

    #[test]
    fn the_record_parser_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let _ = serde_json::from_slice::<Record>(&bytes);
        let _ = serde_json::from_slice::<waarborg_vault::Item>(&bytes);
        let _ = serde_json::from_slice::<waarborg_vault::LogEntry>(&bytes);
    }
}

#[test]
fn a_logged_step_is_a_record_and_a_guide_step_entry_in_the_custody_log() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let step = StepLogEntry {
        step_id: "call-police".to_owned(),
        scenario: "taken-abroad".to_owned(),
        done: true,
        taken_at: "2026-11-25T14:05".to_owned(),
        spoke_to: "Agent de Boer, politie Utrecht".to_owned(),
        reference: "PL0900-2026-123456".to_owned(),
        outcome: "Aangifte opgenomen".to_owned(),
        notes: String::new(),
    };
    let id = vault.create_record(Record::Step(step.clone())).unwrap().id;
    let mut later = step.clone();
    later.notes = "Called back at 16:00".to_owned();
    vault
        .update_record(id, Record::Step(later.clone()))
        .unwrap();
    drop(vault);

    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    let steps = vault.records(Some(RecordKind::Step));
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].record, Record::Step(later));
    let logged: Vec<_> = vault
        .log_entries_about(id)
        .unwrap()
        .into_iter()
        .map(|e| (e.kind, e.note))
        .collect();
    assert_eq!(
        logged,
        [
            (
                LogKind::GuideStep,
                "step taken-abroad/call-police done".to_owned()
            ),
            (
                LogKind::GuideStep,
                "step taken-abroad/call-police done".to_owned()
            ),
        ]
    );
}

#[test]
fn overdue_planned_trips_wait_for_the_grace_period_and_stop_once_back() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let trip = |back: (i32, u32, u32), returned: bool, kind: TravelKind| {
        Record::Travel(TravelRecord {
            travel_kind: kind,
            return_date: NaiveDate::from_ymd_opt(back.0, back.1, back.2),
            returned,
            ..TravelRecord::default()
        })
    };
    let late = vault
        .create_record(trip((2026, 8, 1), false, TravelKind::PlannedTrip))
        .unwrap()
        .id;
    let later = vault
        .create_record(trip((2026, 8, 8), false, TravelKind::PlannedTrip))
        .unwrap()
        .id;
    vault
        .create_record(trip((2026, 7, 1), true, TravelKind::PlannedTrip))
        .unwrap();
    vault
        .create_record(trip((2026, 7, 1), false, TravelKind::Flight))
        .unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 8, 10).unwrap();
    let ids = |v: &Vault, grace| -> Vec<_> {
        v.overdue_trips(today, grace).iter().map(|r| r.id).collect()
    };
    assert_eq!(ids(&vault, 0), [late, later]);
    assert_eq!(ids(&vault, 2), [late]);
    assert_eq!(ids(&vault, 9), Vec::<uuid::Uuid>::new());
}
