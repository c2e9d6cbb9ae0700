//! A package that tells the whole story (issue 15, parts 2 and 3), made from a real vault
//! and read back with the stock tools a lawyer has: `pdftotext` for the PDFs, a JSON and
//! a CSV parser, `sha256sum -c` for the manifest; and `waarborg export --include …` as
//! a script runs it.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

use waarborg_testkit::require_tools;
use waarborg_vault::{CreateOptions, ExportOptions, LogKind, MIN_WORK_FACTOR, SecretString, Vault};

const PASSPHRASE: &str = "correct horse battery staple";

fn new_vault(root: &Path) -> Vault {
    Vault::create(
        &root.join("vault"),
        &SecretString::from(PASSPHRASE.to_owned()),
        &CreateOptions {
            work_factor: MIN_WORK_FACTOR,
            recovery_recipients: Vec::new(),
        },
    )
    .unwrap()
}

fn import(vault: &mut Vault, dir: &Path, name: &str, bytes: &[u8]) -> uuid::Uuid {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    vault
        .import_file(&path, waarborg_vault::suggest_description(&path))
        .unwrap()
        .id
}

/// `pdftotext -raw`, every run of whitespace (also no-break spaces) one space.
fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext {}", path.display());
    String::from_utf8_lossy(&out.stdout)
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// "2026-11-30 08:15 UTC", as the index prints a time.
fn utc(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

#[test]
fn the_evidence_index_prints_each_items_custody_import_views_edits_and_earlier_exports() {
    if !require_tools(&["pdftotext"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let mut vault = new_vault(tmp.path());
    let photo = import(&mut vault, tmp.path(), "overdracht.txt", b"overdracht");
    let untouched = import(&mut vault, tmp.path(), "ander.txt", b"ander bestand");
    vault.log_view(photo).unwrap();
    vault.log_view(photo).unwrap();
    let mut description = vault.item(photo).unwrap().description.clone();
    description.title = "Overdracht Schiphol".to_owned();
    vault.edit_item(photo, description).unwrap();
    vault
        .export_folder(&[photo], &tmp.path().join("earlier"))
        .unwrap();

    let render = waarborg_app::index_pdf_renderer("");
    let package = tmp.path().join("package");
    vault
        .export_package(
            &[photo, untouched],
            &package,
            ExportOptions {
                index_pdf: Some(&render),
                ..ExportOptions::default()
            },
        )
        .unwrap();

    let log = vault.log_entries().unwrap();
    let about = |id, kind: LogKind| -> Vec<String> {
        log.iter()
            .filter(|e| e.subject == Some(id) && e.kind == kind)
            .map(|e| utc(e.at))
            .collect()
    };
    let text = pdf_text(&package.join("evidence-index.pdf"));
    let imported = &about(photo, LogKind::Import)[0];
    let views = about(photo, LogKind::View);
    let edits = about(photo, LogKind::Edit);
    // This export's own entries are not "earlier".
    let earlier = &about(photo, LogKind::Export)[0];
    for expected in [
        format!("Opgenomen / Imported: {imported}, Anders / Other"),
        format!("Bekeken / Viewed: 2× (laatst / last {})", views[1]),
        format!("Beschrijving gewijzigd / Description edited: {}", edits[0]),
        format!("Eerder geëxporteerd / Exported before: {earlier} Beschrijving"),
    ] {
        assert!(text.contains(&expected), "{expected} not in {text}");
    }
    // The item nobody looked at says so.
    let second = &text[text.find("0002_").unwrap()..];
    assert!(
        second.contains("Bekeken / Viewed: nooit / never"),
        "{second}"
    );
    assert!(
        second.contains("Eerder geëxporteerd / Exported before: nooit / never"),
        "{second}"
    );
}

/// Each line of `file` as `csv.reader` of Python reads it (a stock CSV parser).
fn csv_rows(file: &Path) -> Vec<Vec<String>> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))",
        ])
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn sha256sum_check(package: &Path) -> String {
    let out = Command::new("sha256sum")
        .args(["-c", "MANIFEST.sha256"])
        .current_dir(package)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

/// The text of every page holds the log anchor.
fn anchor_on_every_page(pdf: &Path, anchor: &str) {
    let info = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let pages: usize = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    for page in 1..=pages {
        let p = page.to_string();
        let out = Command::new("pdftotext")
            .args(["-raw", "-f", &p, "-l", &p])
            .arg(pdf)
            .arg("-")
            .output()
            .unwrap();
        let text: String = String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains(&format!("Bewaarlogboek / Custody log: {anchor}")),
            "page {page} of {}: {text}",
            pdf.display()
        );
    }
}

#[test]
fn a_folder_export_carries_the_journal_people_travel_and_timeline_listed_and_checkable() {
    use waarborg_vault::{
        DocumentKind, IdentityDocument, JournalEntry, PersonProfile, PersonRole, Record,
        RecordKind, RecordsExport, StepLogEntry, TravelKind, TravelRecord,
    };
    if !require_tools(&["pdftotext", "pdfinfo", "sha256sum", "python3"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let mut vault = new_vault(tmp.path());
    let chat = import(&mut vault, tmp.path(), "chat.txt", b"ik neem haar mee");
    let letter = import(&mut vault, tmp.path(), "brief.txt", b"brief van de school");
    let mut letter_description = vault.item(letter).unwrap().description.clone();
    letter_description.title = "Brief van school".to_owned();
    vault.edit_item(letter, letter_description).unwrap();

    let first = JournalEntry {
        occurred_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 20),
        occurred_at_time: chrono::NaiveTime::from_hms_opt(17, 45, 0),
        what: "Hij zei dat hij haar meeneemt naar Ankara. EERSTEVERSIE".to_owned(),
        who_present: vec!["Zeynep".to_owned(), "buurvrouw Els".to_owned()],
        place: "Schoolplein Utrecht".to_owned(),
        linked_items: vec![chat],
    };
    let id = vault
        .create_record(Record::Journal(first.clone()))
        .unwrap()
        .id;
    let edited = JournalEntry {
        what: "Hij zei: ik neem haar mee naar Ankara, je ziet haar nooit meer. TWEEDEVERSIE"
            .to_owned(),
        linked_items: vec![chat, letter],
        ..first
    };
    let replaced_at = vault
        .update_record(id, Record::Journal(edited))
        .unwrap()
        .updated_at;
    let trashed = vault
        .create_record(Record::Journal(JournalEntry {
            what: "WEGGEGOOIDEAANTEKENING".to_owned(),
            ..JournalEntry::default()
        }))
        .unwrap()
        .id;
    vault.delete_record(trashed).unwrap();
    vault
        .create_record(Record::Person(PersonProfile {
            role: PersonRole::OtherParent,
            given_names: "Karim".to_owned(),
            family_name: "Yılmaz".to_owned(),
            documents: vec![IdentityDocument {
                kind: DocumentKind::Passport,
                number: "U12345678".to_owned(),
                issuing_country: "TR".to_owned(),
                expires_on: None,
            }],
            ..PersonProfile::default()
        }))
        .unwrap();
    vault
        .create_record(Record::Travel(TravelRecord {
            travel_kind: TravelKind::Flight,
            title: "Heenvlucht".to_owned(),
            carrier: "Pegasus".to_owned(),
            flight_number: "PC1252".to_owned(),
            destination_country: "Turkije".to_owned(),
            linked_items: vec![letter],
            ..TravelRecord::default()
        }))
        .unwrap();
    vault
        .create_record(Record::Step(StepLogEntry {
            step_id: "call-police".to_owned(),
            scenario: "taken-abroad".to_owned(),
            done: true,
            taken_at: "2026-11-25T09:30".to_owned(),
            reference: "PL0900-2026-1234".to_owned(),
            ..StepLogEntry::default()
        }))
        .unwrap();

    let guide = waarborg_guide::ContentPack::netherlands().unwrap();
    let render = waarborg_app::index_pdf_renderer("");
    let records = waarborg_app::record_files_renderer(&guide, None);
    let package = tmp.path().join("package");
    // Only the chat goes along: the letter is "not in this package".
    vault
        .export_package(
            &[chat],
            &package,
            ExportOptions {
                index_pdf: Some(&render),
                records: Some(RecordsExport {
                    kinds: vec![
                        RecordKind::Journal,
                        RecordKind::Person,
                        RecordKind::Travel,
                        RecordKind::Step,
                    ],
                    files: &records,
                }),
                ..ExportOptions::default()
            },
        )
        .unwrap();
    let anchor = vault.log_anchor().unwrap().to_string();
    // To look at the outputs: WAARBORG_KEEP_PDFS=/some/dir cargo test ...
    if let Some(keep) = std::env::var_os("WAARBORG_KEEP_PDFS") {
        for pdf in ["journal.pdf", "people.pdf", "travel.pdf", "timeline.pdf"] {
            std::fs::copy(package.join(pdf), Path::new(&keep).join(pdf)).unwrap();
        }
    }

    // In the manifest, and unchanged.
    let manifest = std::fs::read_to_string(package.join("MANIFEST.sha256")).unwrap();
    let checked = sha256sum_check(&package);
    for file in [
        "journal.pdf",
        "journal.json",
        "journal.csv",
        "people.pdf",
        "people.json",
        "travel.pdf",
        "travel.json",
        "timeline.pdf",
    ] {
        assert!(
            manifest.contains(&format!("  {file}\n")),
            "{file} not in {manifest}"
        );
        assert!(checked.contains(&format!("{file}: OK")), "{checked}");
        if file.ends_with(".pdf") {
            anchor_on_every_page(&package.join(file), &anchor);
        }
    }

    // The journal PDF: both languages, the entry as it reads now, its earlier version
    // with when it was replaced, linked evidence by number or "not in this package".
    let journal = pdf_text(&package.join("journal.pdf"));
    for expected in [
        "Dagboek",
        "Journal",
        "Wat er gebeurde / What happened",
        "Wie waren erbij / Who was present",
        "Datum / Date 20-11-2026",
        "Tijd / Time 17:45",
        "Schoolplein Utrecht",
        "Zeynep buurvrouw Els",
        "TWEEDEVERSIE",
        "EERSTEVERSIE",
        &format!(
            "Eerdere versie / Earlier version 1 · vervangen op / replaced at {}",
            utc(replaced_at)
        ),
        "Nr. / No. 1 — 0001_chat.txt",
        "Brief van school — niet in dit pakket / not in this package",
    ] {
        assert!(journal.contains(expected), "{expected} not in {journal}");
    }
    // The current version comes before the earlier one.
    assert!(journal.find("TWEEDEVERSIE").unwrap() < journal.find("EERSTEVERSIE").unwrap());
    // A trashed entry does not go along, in no file.
    for file in ["journal.pdf", "journal.json", "journal.csv"] {
        let bytes = std::fs::read(package.join(file)).unwrap();
        let text = if file.ends_with(".pdf") {
            pdf_text(&package.join(file))
        } else {
            String::from_utf8(bytes).unwrap()
        };
        assert!(!text.contains("WEGGEGOOIDEAANTEKENING"), "{file}");
    }

    // journal.json: the record with its history, and what each linked item is here.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(package.join("journal.json")).unwrap()).unwrap();
    assert_eq!(json["kind"], "journal");
    assert_eq!(json["log_anchor"], anchor);
    let records_json = json["records"].as_array().unwrap();
    assert_eq!(records_json.len(), 1);
    assert_eq!(records_json[0]["id"], id.to_string());
    assert!(
        records_json[0]["record"]["what"]
            .as_str()
            .unwrap()
            .contains("TWEEDEVERSIE")
    );
    let history = records_json[0]["history"].as_array().unwrap();
    assert_eq!(history.len(), 1);
    assert!(
        history[0]["record"]["what"]
            .as_str()
            .unwrap()
            .contains("EERSTEVERSIE")
    );
    let evidence = json["evidence"].as_array().unwrap();
    let of = |id: uuid::Uuid| {
        evidence
            .iter()
            .find(|e| e["id"] == id.to_string())
            .unwrap()
            .clone()
    };
    assert_eq!(of(chat)["in_package"], "yes");
    assert_eq!(of(chat)["number"], 1);
    assert_eq!(of(chat)["file"], "0001_chat.txt");
    assert_eq!(of(letter)["in_package"], "no");
    assert_eq!(of(letter)["title"], "Brief van school");

    // journal.csv: a header, the current version, the earlier one with its time.
    let rows = csv_rows(&package.join("journal.csv"));
    assert_eq!(rows[0][..3], ["id", "version", "replaced_at"]);
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(rows[1][1], "current");
    assert!(rows[1][8].contains("TWEEDEVERSIE"));
    assert_eq!(
        rows[1][9],
        "1 0001_chat.txt; not in this package: Brief van school"
    );
    assert_eq!(rows[2][1], "earlier 1");
    assert_eq!(rows[2][2], replaced_at.to_rfc3339());
    assert!(rows[2][8].contains("EERSTEVERSIE"));
    assert_eq!(rows[2][4], "2026-11-20");
    assert_eq!(rows[2][5], "17:45");

    // People, travel and the timeline.
    let people = pdf_text(&package.join("people.pdf"));
    for expected in [
        "Personen",
        "People",
        "Karim Yılmaz",
        "U12345678",
        "Paspoort / Passport",
    ] {
        assert!(people.contains(expected), "{expected} not in {people}");
    }
    let travel = pdf_text(&package.join("travel.pdf"));
    for expected in [
        "Reisgegevens",
        "Travel records",
        "Heenvlucht",
        "Pegasus PC1252",
        "Brief van school — niet in dit pakket / not in this package",
    ] {
        assert!(travel.contains(expected), "{expected} not in {travel}");
    }
    let travel_json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(package.join("travel.json")).unwrap()).unwrap();
    assert_eq!(
        travel_json["records"][0]["record"]["flight_number"],
        "PC1252"
    );
    let people_json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(package.join("people.json")).unwrap()).unwrap();
    assert_eq!(
        people_json["records"][0]["record"]["documents"][0]["number"],
        "U12345678"
    );
    let timeline = pdf_text(&package.join("timeline.pdf"));
    assert!(timeline.contains("PL0900-2026-1234"), "{timeline}");

    // The export's log entry says what went along; the extract holds it and the
    // entries about the exported records.
    let custody: serde_json::Value =
        serde_json::from_slice(&std::fs::read(package.join("custody-log.json")).unwrap()).unwrap();
    let entries = custody["entries"].as_array().unwrap();
    assert!(
        entries.iter().any(|e| e["kind"] == "export"
            && e["note"]
                .as_str()
                .unwrap()
                .ends_with("; records: journal 1, people 1, travel 1, timeline 1")),
        "{entries:?}"
    );
    assert!(
        entries
            .iter()
            .any(|e| e["kind"] == "record-edit" && e["subject"] == id.to_string())
    );
    assert!(!entries.iter().any(|e| e["subject"] == trashed.to_string()));
}

/// `waarborg --vault VAULT ARGS…` as a script runs it, English, the passphrase from
/// the environment.
fn waarborg(vault: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_waarborg"))
        .arg("--vault")
        .arg(vault)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .env("WAARBORG_PASSPHRASE", PASSPHRASE)
        .env_remove("WAARBORG_VAULT")
        .env("XDG_CONFIG_HOME", vault.parent().unwrap().join("config"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(std::process::Stdio::null())
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
fn waarborg_export_include_journal_timeline_adds_those_files_and_no_others() {
    if !require_tools(&["pdftotext", "sha256sum"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let vault = tmp.path().join("vault");
    waarborg(&vault, &["init", "--work-factor", "10"]);
    let file = tmp.path().join("chat.txt");
    std::fs::write(&file, "Ik neem haar mee.").unwrap();
    waarborg(&vault, &["import", file.to_str().unwrap()]);
    let list = waarborg(&vault, &["list", "--json"]);
    let items: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let id = items[0]["id"].as_str().unwrap().to_owned();
    waarborg(
        &vault,
        &[
            "journal",
            "add",
            "--what",
            "Dreigde haar mee te nemen",
            "--date",
            "2026-11-20",
            "--time",
            "17:45",
            "--where",
            "Utrecht",
            "--who",
            "Zeynep",
            "--item",
            &id,
        ],
    );

    let package = tmp.path().join("package");
    let out = waarborg(
        &vault,
        &[
            "export",
            "--all",
            "--include",
            "journal,timeline",
            "--out",
            package.to_str().unwrap(),
        ],
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("1 item exported"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let checked = sha256sum_check(&package);
    for file in ["journal.pdf", "journal.json", "journal.csv", "timeline.pdf"] {
        assert!(checked.contains(&format!("{file}: OK")), "{checked}");
    }
    for file in ["people.pdf", "people.json", "travel.pdf", "travel.json"] {
        assert!(!package.join(file).exists(), "{file} was not asked for");
    }
    let journal = pdf_text(&package.join("journal.pdf"));
    for expected in [
        "Dreigde haar mee te nemen",
        "Tijd / Time 17:45",
        "Nr. / No. 1 — 0001_chat.txt",
    ] {
        assert!(journal.contains(expected), "{expected} not in {journal}");
    }
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(package.join("journal.json")).unwrap()).unwrap();
    assert_eq!(json["records"][0]["record"]["where"], "Utrecht");

    // Only records, no items: allowed; a name that is not a record kind: refused.
    let only = tmp.path().join("only-journal");
    waarborg(
        &vault,
        &[
            "export",
            "--include",
            "journal",
            "--out",
            only.to_str().unwrap(),
        ],
    );
    assert!(only.join("journal.pdf").exists());
    assert!(!only.join("0001_chat.txt").exists());
    let bad = Command::new(env!("CARGO_BIN_EXE_waarborg"))
        .arg("--vault")
        .arg(&vault)
        .args(["export", "--all", "--include", "diary", "--out"])
        .arg(tmp.path().join("bad"))
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .env("WAARBORG_PASSPHRASE", PASSPHRASE)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("diary"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
    assert!(!tmp.path().join("bad").exists());
}

/// Right-to-left text (a journal entry in Arabic, a child's name in Hebrew, a step's
/// note in Arabic) no longer fails `export --include journal,timeline`: the timeline
/// prints it with the note that it may print incorrectly, the JSON keeps it exact.
#[test]
fn an_export_with_right_to_left_text_in_the_timeline_and_journal_succeeds() {
    use waarborg_vault::{JournalEntry, PersonProfile, PersonRole, Record, StepLogEntry};
    if !require_tools(&["pdftotext", "sha256sum"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let mut vault = new_vault(tmp.path());
    vault
        .create_record(Record::Person(PersonProfile {
            role: PersonRole::Child,
            given_names: "נועה".into(),
            family_name: "כהן".into(),
            ..PersonProfile::default()
        }))
        .unwrap();
    vault
        .create_record(Record::Step(StepLogEntry {
            step_id: "call-police".into(),
            scenario: "taken-abroad".into(),
            done: true,
            taken_at: "2026-11-25T14:05".into(),
            notes: "اتصلت بالسفارة في أنقرة".into(),
            ..StepLogEntry::default()
        }))
        .unwrap();
    vault
        .create_record(Record::Journal(JournalEntry {
            occurred_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 20),
            what: "قال إنه سيأخذها معه".into(),
            ..JournalEntry::default()
        }))
        .unwrap();
    drop(vault);

    let package = tmp.path().join("package");
    waarborg(
        &tmp.path().join("vault"),
        &[
            "export",
            "--include",
            "journal,timeline",
            "--out",
            package.to_str().unwrap(),
        ],
    );
    let checked = sha256sum_check(&package);
    for file in ["journal.pdf", "journal.json", "timeline.pdf"] {
        assert!(checked.contains(&format!("{file}: OK")), "{checked}");
    }
    let timeline = pdf_text(&package.join("timeline.pdf"));
    assert!(
        timeline.contains("right-to-left script, may print incorrectly"),
        "{timeline}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(package.join("journal.json")).unwrap()).unwrap();
    assert_eq!(json["records"][0]["record"]["what"], "قال إنه سيأخذها معه");
}
