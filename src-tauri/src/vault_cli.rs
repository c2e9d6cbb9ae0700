//! The vault subcommands. Messages go through Fluent (the parent's language); the
//! `--json` outputs are a stable contract for scripts and are not translated.
//!
//! Exit codes: 0 done; 1 `verify` or `verify-package` found problems; 2 bad arguments;
//! 3 the vault or package refused or failed (the message says why, with its stable code
//! in brackets).
// A command-line front end: writing to stdout and stderr is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{NaiveDate, NaiveTime};

use serde_json::json;
use waarborg_i18n::{FluentValue, Messages};
use waarborg_package::{FileStatus, PackageKey, PackageKind};
use waarborg_vault::{
    Category, CreateOptions, DEFAULT_WORK_FACTOR, ExportOptions, ExposeSecret, ItemDescription,
    JournalEntry, Protection, Provenance, Record, SecretString, SourceKind, Vault,
};

use crate::cli::{JournalAction, VaultCommand};

/// Where the vault lives when neither `--vault` nor `WAARBORG_VAULT` says: the same
/// folder the app uses (the OS data folder).
pub fn default_vault_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join("nl.waarborg.app").join("vault"))
}

/// A failure to report: a stable code and the translated message.
struct Failure {
    code: String,
    message: String,
}

type Outcome = Result<ExitCode, Failure>;

pub fn run(messages: &Messages, vault: Option<PathBuf>, command: VaultCommand) -> ExitCode {
    let mut cli = VaultCli {
        messages,
        stdin_lines: None,
    };
    let dir = vault
        .or_else(|| std::env::var_os("WAARBORG_VAULT").map(PathBuf::from))
        .or_else(default_vault_dir);
    let result = match dir {
        Some(dir) => cli.run(&dir, command),
        None => Err(cli.failure("no-vault-dir", "cli-no-vault-dir", &[])),
    };
    match result {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("waarborg: {} [{}]", failure.message, failure.code);
            ExitCode::from(3)
        }
    }
}

struct VaultCli<'a> {
    messages: &'a Messages,
    /// Lines of a piped stdin, read once: passphrase first, new passphrase second.
    stdin_lines: Option<std::vec::IntoIter<String>>,
}

impl VaultCli<'_> {
    fn run(&mut self, dir: &Path, command: VaultCommand) -> Outcome {
        match command {
            VaultCommand::Init {
                recovery,
                work_factor,
            } => self.init(dir, recovery, work_factor),
            VaultCommand::Import {
                files,
                category,
                title,
                description,
                source,
                source_kind,
                event_date,
            } => {
                let template = ItemDescription {
                    category: self.parse_kebab::<Category>("--category", &category)?,
                    title: title.unwrap_or_default(),
                    description,
                    event_date: self.parse_date_opt("--event-date", event_date.as_deref())?,
                    provenance: Provenance {
                        source_kind: self
                            .parse_kebab::<SourceKind>("--source-kind", &source_kind)?,
                        details: source,
                    },
                    ..ItemDescription::default()
                };
                self.import(dir, &files, &template)
            }
            VaultCommand::List { json } => self.list(dir, json),
            VaultCommand::Verify { json } => self.verify(dir, json),
            VaultCommand::Passwd { work_factor } => self.passwd(dir, work_factor),
            VaultCommand::Journal {
                action:
                    JournalAction::Add {
                        what,
                        date,
                        time,
                        place,
                        who,
                        items,
                    },
            } => {
                let entry = JournalEntry {
                    occurred_on: self.parse_date_opt("--date", date.as_deref())?,
                    occurred_at_time: match time.as_deref() {
                        None => None,
                        Some(text) => Some(
                            NaiveTime::parse_from_str(text, "%H:%M")
                                .map_err(|_| self.bad_value("--time", text))?,
                        ),
                    },
                    what,
                    who_present: who,
                    place,
                    linked_items: items
                        .iter()
                        .map(|id| id.parse().map_err(|_| self.bad_value("--item", id)))
                        .collect::<Result<_, _>>()?,
                };
                self.journal_add(dir, entry)
            }
            VaultCommand::Log { json } => self.log(dir, json),
            VaultCommand::Export {
                out,
                all,
                ids,
                recipients,
                encrypt_passphrase,
                summary,
            } => {
                // Keys are checked before the vault is unlocked; a package passphrase is
                // asked after the vault's (stdin: the vault's line first).
                let recipients = if recipients.is_empty() {
                    None
                } else {
                    Some(
                        waarborg_package::parse_recipients(&recipients)
                            .map_err(|e| self.vault_failure(e.code(), &e))?,
                    )
                };
                self.export(
                    dir,
                    &out,
                    all,
                    &ids,
                    recipients,
                    encrypt_passphrase,
                    &summary,
                )
            }
            VaultCommand::Backup { out } => self.backup(dir, &out),
            VaultCommand::Restore { from, to } => self.restore(&from, &to),
            VaultCommand::VerifyPackage {
                path,
                identity,
                json,
            } => self.verify_package(&path, identity.as_deref(), json),
        }
    }

    fn init(&mut self, dir: &Path, recovery: Vec<String>, work_factor: Option<u8>) -> Outcome {
        let passphrase = self.new_passphrase("WAARBORG_PASSPHRASE")?;
        let options = CreateOptions {
            work_factor: work_factor.unwrap_or(DEFAULT_WORK_FACTOR),
            recovery_recipients: recovery,
        };
        Vault::create(dir, &passphrase, &options).map_err(|e| self.vault_failure(e.code(), &e))?;
        println!(
            "{}",
            self.messages
                .format("cli-created", &[("dir", dir.display().to_string().into())])
        );
        Ok(ExitCode::SUCCESS)
    }

    fn import(&mut self, dir: &Path, files: &[PathBuf], template: &ItemDescription) -> Outcome {
        let mut vault = self.unlock(dir)?;
        let mut failed = None;
        for file in files {
            let mut description = template.clone();
            if description.title.is_empty() {
                description.title = file
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default();
            }
            match vault.import_file(file, description) {
                Ok(item) => println!(
                    "{}",
                    self.messages.format(
                        "cli-imported",
                        &[
                            ("file", file.display().to_string().into()),
                            ("id", item.id.to_string().into()),
                            ("sha256", item.facts.sha256.clone().into()),
                        ]
                    )
                ),
                // Each file stands alone: report it and go on with the others.
                Err(e) => {
                    let failure = self.vault_failure(e.code(), &e);
                    eprintln!(
                        "waarborg: {}: {} [{}]",
                        file.display(),
                        failure.message,
                        failure.code
                    );
                    failed = Some(failure);
                }
            }
        }
        match failed {
            None => Ok(ExitCode::SUCCESS),
            Some(_) => Ok(ExitCode::from(3)),
        }
    }

    fn list(&mut self, dir: &Path, as_json: bool) -> Outcome {
        let vault = self.unlock(dir)?;
        let items = vault.items();
        if as_json {
            let rows: Vec<_> = items
                .iter()
                .map(|item| {
                    json!({
                        "id": item.id,
                        "title": item.description.title,
                        "category": item.description.category,
                        "size": item.facts.size,
                        "sha256": item.facts.sha256,
                        "imported_at": item.facts.imported_at,
                        "original_name": item.facts.original_name,
                        "media_type": item.facts.media_type,
                    })
                })
                .collect();
            println!("{}", self.to_json(&rows)?);
        } else {
            for item in items {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    item.id,
                    kebab(&item.description.category),
                    item.facts.size,
                    item.facts.sha256,
                    item.description.title.replace(['\t', '\n'], " ")
                );
            }
        }
        Ok(ExitCode::SUCCESS)
    }

    fn verify(&mut self, dir: &Path, as_json: bool) -> Outcome {
        let mut vault = self.unlock(dir)?;
        let report = vault
            .verify()
            .map_err(|e| self.vault_failure(e.code(), &e))?;
        if as_json {
            let problems: Vec<_> = report
                .problems
                .iter()
                .map(|p| {
                    json!({
                        "item": p.item,
                        "title": p.title,
                        "file": p.file,
                        "kind": p.kind,
                        "detail": p.detail,
                    })
                })
                .collect();
            let out = json!({
                "intact": report.is_intact(),
                "items_checked": report.items_checked,
                "records_checked": report.records_checked,
                "log_entries_checked": report.log_entries_checked,
                "log_head": report.log_head,
                "problems": problems,
            });
            println!("{}", self.to_json(&out)?);
        } else {
            for p in &report.problems {
                println!(
                    "{}\t{}\t{}\t{}",
                    kebab(&p.kind),
                    p.file.display(),
                    p.title.as_deref().unwrap_or("-"),
                    p.detail
                );
            }
            let id = if report.is_intact() {
                "cli-verify-intact"
            } else {
                "cli-verify-problems"
            };
            println!(
                "{}",
                self.messages.format(
                    id,
                    &[
                        ("items", report.items_checked.into()),
                        ("records", report.records_checked.into()),
                        ("entries", report.log_entries_checked.into()),
                        ("problems", report.problems.len().into()),
                    ]
                )
            );
            if let Some(head) = &report.log_head {
                println!(
                    "{}",
                    self.messages
                        .format("cli-log-head", &[("head", head.clone().into())])
                );
            }
        }
        Ok(if report.is_intact() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    }

    fn passwd(&mut self, dir: &Path, work_factor: Option<u8>) -> Outcome {
        let mut vault = self.unlock(dir)?;
        let new = self.new_passphrase("WAARBORG_NEW_PASSPHRASE")?;
        vault
            .change_passphrase(&new, work_factor.unwrap_or(DEFAULT_WORK_FACTOR))
            .map_err(|e| self.vault_failure(e.code(), &e))?;
        println!("{}", self.messages.get("cli-passwd-done"));
        Ok(ExitCode::SUCCESS)
    }

    fn journal_add(&mut self, dir: &Path, entry: JournalEntry) -> Outcome {
        let mut vault = self.unlock(dir)?;
        let stored = vault
            .create_record(Record::Journal(entry))
            .map_err(|e| self.vault_failure(e.code(), &e))?;
        println!(
            "{}",
            self.messages
                .format("cli-journal-added", &[("id", stored.id.to_string().into())])
        );
        Ok(ExitCode::SUCCESS)
    }

    #[allow(clippy::too_many_arguments)]
    fn export(
        &mut self,
        dir: &Path,
        out: &Path,
        all: bool,
        ids: &[String],
        recipients: Option<Vec<waarborg_package::x25519::Recipient>>,
        encrypt_passphrase: bool,
        summary: &str,
    ) -> Outcome {
        let mut vault = self.unlock(dir)?;
        let protection = match recipients {
            Some(recipients) => Protection::Recipients(recipients),
            None if encrypt_passphrase => {
                Protection::Passphrase(self.new_passphrase("WAARBORG_EXPORT_PASSPHRASE")?)
            }
            None => Protection::Folder,
        };
        let ids: Vec<uuid::Uuid> = if all {
            vault
                .query_items(&waarborg_vault::ItemQuery {
                    sort: waarborg_vault::ItemSort::EventDate,
                    ..waarborg_vault::ItemQuery::default()
                })
                .into_iter()
                .map(|i| i.id)
                .collect()
        } else {
            ids.iter()
                .map(|id| id.parse().map_err(|_| self.bad_value("--ids", id)))
                .collect::<Result<_, _>>()?
        };
        let render = crate::handover::index_pdf_renderer(summary);
        let options = ExportOptions {
            protection,
            index_pdf: Some(&render),
            progress: None,
        };
        let report = vault
            .export_package(&ids, out, options)
            .map_err(|e| self.vault_failure(e.code(), &e))?;
        println!(
            "{}",
            self.messages.format(
                "cli-exported",
                &[
                    ("count", report.files.len().into()),
                    ("dir", report.path.display().to_string().into()),
                ]
            )
        );
        if let Some(head) = report.log_head {
            println!(
                "{}",
                self.messages
                    .format("cli-log-head", &[("head", head.into())])
            );
        }
        Ok(ExitCode::SUCCESS)
    }

    fn backup(&mut self, dir: &Path, out: &Path) -> Outcome {
        let passphrase = self.passphrase("WAARBORG_PASSPHRASE", "cli-passphrase-prompt")?;
        let mut vault =
            Vault::unlock(dir, &passphrase).map_err(|e| self.vault_failure(e.code(), &e))?;
        let report = vault
            .backup(out, &passphrase, None)
            .map_err(|e| self.vault_failure(e.code(), &e))?;
        println!(
            "{}",
            self.messages.format(
                "cli-backup-done",
                &[
                    ("count", report.files.into()),
                    ("file", report.path.display().to_string().into()),
                ]
            )
        );
        Ok(ExitCode::SUCCESS)
    }

    fn restore(&mut self, from: &Path, to: &Path) -> Outcome {
        let passphrase = self.passphrase("WAARBORG_PASSPHRASE", "cli-passphrase-prompt")?;
        let mut vault = waarborg_vault::restore(from, &passphrase, to, &mut |_| true)
            .map_err(|e| self.vault_failure(e.code(), &e))?;
        let report = vault
            .verify()
            .map_err(|e| self.vault_failure(e.code(), &e))?;
        println!(
            "{}",
            self.messages.format(
                "cli-restore-done",
                &[
                    ("dir", to.display().to_string().into()),
                    ("items", report.items_checked.into()),
                ]
            )
        );
        if report.is_intact() {
            Ok(ExitCode::SUCCESS)
        } else {
            eprintln!("{}", self.messages.get("cli-restore-problems"));
            Ok(ExitCode::from(1))
        }
    }

    /// Exit 0 when every file matches, 1 when one does not (each is named).
    fn verify_package(&mut self, path: &Path, identity: Option<&Path>, as_json: bool) -> Outcome {
        let kind =
            waarborg_package::package_kind(path).map_err(|e| self.vault_failure(e.code(), &e))?;
        let key = match (kind, identity) {
            (PackageKind::Passphrase, _) => PackageKey::Passphrase(
                self.passphrase("WAARBORG_PACKAGE_PASSPHRASE", "cli-passphrase-prompt")?,
            ),
            (PackageKind::Keys, Some(file)) => {
                let text = std::fs::read_to_string(file).map_err(|e| {
                    let err = waarborg_package::PackageError::InvalidIdentity {
                        reason: e.to_string(),
                    };
                    self.vault_failure(err.code(), &err)
                })?;
                PackageKey::Identities(SecretString::from(text))
            }
            _ => PackageKey::None,
        };
        let report = waarborg_package::verify_package(path, &key, &mut |_| true)
            .map_err(|e| self.vault_failure(e.code(), &e))?;
        if as_json {
            println!("{}", self.to_json(&report)?);
        } else {
            for file in &report.files {
                let status = match &file.status {
                    FileStatus::Ok => "OK".to_owned(),
                    FileStatus::Missing => self.messages.get("cli-package-missing"),
                    FileStatus::Changed { .. } => self.messages.get("cli-package-changed"),
                };
                println!("{}: {status}", file.name);
            }
            for name in &report.unlisted {
                println!("{name}: {}", self.messages.get("cli-package-unlisted"));
            }
            if let Some(head) = &report.log_head {
                println!(
                    "{}",
                    self.messages
                        .format("cli-log-head", &[("head", head.clone().into())])
                );
            }
        }
        let failures = report.failures();
        if failures.is_empty() {
            eprintln!(
                "{}",
                self.messages.format(
                    "cli-package-intact",
                    &[("count", report.files.len().into())]
                )
            );
            Ok(ExitCode::SUCCESS)
        } else {
            eprintln!(
                "{}",
                self.messages.format(
                    "cli-package-failed",
                    &[
                        ("count", failures.len().into()),
                        ("files", failures.join(", ").into())
                    ]
                )
            );
            Ok(ExitCode::from(1))
        }
    }

    fn log(&mut self, dir: &Path, as_json: bool) -> Outcome {
        let vault = self.unlock(dir)?;
        let entries = vault
            .log_entries()
            .map_err(|e| self.vault_failure(e.code(), &e))?;
        let head = vault.log_head();
        if as_json {
            let out = json!({ "head": head, "entries": entries });
            println!("{}", self.to_json(&out)?);
        } else {
            for entry in &entries {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    entry.seq,
                    entry.at.to_rfc3339(),
                    entry.kind.as_str(),
                    entry.subject.map(|id| id.to_string()).unwrap_or_default(),
                    entry.note.replace(['\t', '\n'], " ")
                );
            }
            if let Some(head) = head {
                println!(
                    "{}",
                    self.messages
                        .format("cli-log-head", &[("head", head.into())])
                );
            }
        }
        Ok(ExitCode::SUCCESS)
    }

    fn unlock(&mut self, dir: &Path) -> Result<Vault, Failure> {
        let passphrase = self.passphrase("WAARBORG_PASSPHRASE", "cli-passphrase-prompt")?;
        Vault::unlock(dir, &passphrase).map_err(|e| self.vault_failure(e.code(), &e))
    }

    /// A passphrase from `var`, else the next line of a piped stdin, else a prompt.
    fn passphrase(&mut self, var: &str, prompt: &str) -> Result<SecretString, Failure> {
        if let Ok(value) = std::env::var(var) {
            return Ok(SecretString::from(value));
        }
        if !std::io::stdin().is_terminal() {
            let lines = self.stdin_lines.get_or_insert_with(|| {
                std::io::stdin()
                    .lock()
                    .lines()
                    .map_while(Result::ok)
                    .collect::<Vec<_>>()
                    .into_iter()
            });
            return lines
                .next()
                .map(SecretString::from)
                .ok_or_else(|| self.failure("passphrase-missing", "cli-passphrase-missing", &[]));
        }
        rpassword::prompt_password(self.messages.get(prompt))
            .map(SecretString::from)
            .map_err(|_| self.failure("passphrase-missing", "cli-passphrase-missing", &[]))
    }

    /// A new passphrase: asked twice on a terminal; never empty.
    fn new_passphrase(&mut self, var: &str) -> Result<SecretString, Failure> {
        let interactive = std::env::var(var).is_err() && std::io::stdin().is_terminal();
        let first = self.passphrase(var, "cli-passphrase-new")?;
        if first.expose_secret().is_empty() {
            return Err(self.failure("passphrase-empty", "cli-passphrase-empty", &[]));
        }
        if interactive {
            let again = self.passphrase(var, "cli-passphrase-repeat")?;
            if again.expose_secret() != first.expose_secret() {
                return Err(self.failure("passphrase-mismatch", "cli-passphrase-mismatch", &[]));
            }
        }
        Ok(first)
    }

    fn parse_kebab<T: serde::de::DeserializeOwned>(
        &self,
        name: &str,
        value: &str,
    ) -> Result<T, Failure> {
        serde_json::from_value(serde_json::Value::String(value.to_owned()))
            .map_err(|_| self.bad_value(name, value))
    }

    fn parse_date_opt(
        &self,
        name: &str,
        value: Option<&str>,
    ) -> Result<Option<NaiveDate>, Failure> {
        value
            .map(|text| {
                NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| self.bad_value(name, text))
            })
            .transpose()
    }

    fn to_json(&self, value: &impl serde::Serialize) -> Result<String, Failure> {
        serde_json::to_string_pretty(value)
            .map_err(|_| self.failure("internal", "error-internal", &[]))
    }

    fn bad_value(&self, name: &str, value: &str) -> Failure {
        self.failure(
            "invalid-argument",
            "cli-bad-value",
            &[
                ("name", name.to_owned().into()),
                ("value", value.to_owned().into()),
            ],
        )
    }

    fn failure(&self, code: &str, message_id: &str, args: &[(&str, FluentValue<'_>)]) -> Failure {
        Failure {
            code: code.to_owned(),
            message: self.messages.format(message_id, args),
        }
    }

    /// The translation of a vault error code; the English detail only in the code's
    /// absence of a translation (it never holds secrets).
    fn vault_failure(&self, code: &str, err: &dyn std::error::Error) -> Failure {
        let id = format!("error-vault-{code}");
        let message = if self.messages.has(&id) {
            self.messages.get(&id)
        } else {
            err.to_string()
        };
        Failure {
            code: code.to_owned(),
            message,
        }
    }
}

/// The kebab-case name a serde enum serializes to (`digital-communications`).
fn kebab(value: &impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        _ => String::new(),
    }
}
