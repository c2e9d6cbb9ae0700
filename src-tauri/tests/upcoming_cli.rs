//! `waarborg upcoming [--ics FILE] [--full-titles] [--json]` as a parent or a script runs
//! it: the dates coming up in the vault, and the same dates as a calendar file whose
//! titles name no one unless asked.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use chrono::{Days, Local};
use waarborg_vault::{
    CreateOptions, DocumentKind, IdentityDocument, MIN_WORK_FACTOR, PersonProfile, PersonRole,
    Record, SecretString, Vault,
};

#[path = "support/vault_cli.rs"]
mod vault_cli;
use vault_cli::vault_command;

const PASSPHRASE: &str = "paarse olifant fietst langs de gracht";

fn waarborg(root: &Path, args: &[&str]) -> std::process::Output {
    let out = vault_command(&root.join("vault"), &root.join("config"), "en_US.UTF-8")
        .args(args)
        .env("WAARBORG_PASSPHRASE", PASSPHRASE)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "waarborg {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn upcoming_lists_a_passport_expiry_and_writes_a_neutral_calendar() {
    let tmp = tempfile::tempdir().unwrap();
    let expires = Local::now()
        .date_naive()
        .checked_add_days(Days::new(90))
        .unwrap();
    let mut vault = Vault::create(
        &tmp.path().join("vault"),
        &SecretString::from(PASSPHRASE.to_owned()),
        &CreateOptions {
            work_factor: MIN_WORK_FACTOR,
            recovery_recipients: Vec::new(),
        },
    )
    .unwrap();
    vault
        .create_record(Record::Person(PersonProfile {
            role: PersonRole::Child,
            given_names: "Anna Sofie".into(),
            family_name: "de Vries".into(),
            documents: vec![IdentityDocument {
                kind: DocumentKind::Passport,
                expires_on: Some(expires),
                ..IdentityDocument::default()
            }],
            ..PersonProfile::default()
        }))
        .unwrap();
    drop(vault);

    let ics = tmp.path().join("agenda.ics");
    let out = waarborg(tmp.path(), &["upcoming", "--ics", ics.to_str().unwrap()]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(&format!(
            "{expires}\t90\tAnna Sofie de Vries: Passport expires"
        )),
        "{stdout}"
    );
    assert!(stdout.contains("not been backed up yet"), "{stdout}");
    let calendar = std::fs::read_to_string(&ics).unwrap();
    assert!(calendar.starts_with("BEGIN:VCALENDAR\r\n"), "{calendar}");
    assert!(
        calendar.contains(&format!(
            "DTSTART;VALUE=DATE:{}\r\n",
            expires.format("%Y%m%d")
        )),
        "{calendar}"
    );
    assert!(
        calendar.contains("SUMMARY:Document expires\r\n"),
        "{calendar}"
    );
    assert!(!calendar.contains("Anna"), "{calendar}");

    waarborg(
        tmp.path(),
        &["upcoming", "--ics", ics.to_str().unwrap(), "--full-titles"],
    );
    let full = std::fs::read_to_string(&ics).unwrap();
    assert!(
        full.contains("SUMMARY:Anna Sofie de Vries: Passport expires\r\n"),
        "{full}"
    );

    let json: serde_json::Value =
        serde_json::from_slice(&waarborg(tmp.path(), &["upcoming", "--json"]).stdout).unwrap();
    assert_eq!(json["vault_open"], true);
    let dates = json["dates"].as_array().unwrap();
    let passport = dates
        .iter()
        .find(|d| d["kind"] == "document-expires")
        .unwrap();
    assert_eq!(passport["days_left"], 90);
    // No backup yet: the reminder counts from the vault's creation today.
    assert!(
        dates
            .iter()
            .any(|d| d["kind"] == "backup-due" && d["days_left"] == 30)
    );
}
