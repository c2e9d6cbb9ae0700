//! The vault subcommands. Messages go through Fluent (the parent's language); the
//! `--json` outputs are a stable contract for scripts and are not translated.
//!
//! Exit codes: 0 done; 1 `verify` or `verify-package` found problems; 2 bad arguments;
//! 3 the vault or package refused or failed (the message says why, with its stable code
//! in brackets).
// A command-line front end: writing to stdout and stderr is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveTime;
use serde_json::json;
use waarborg_i18n::Messages;
use waarborg_vault::{
    Category, CreateOptions, DEFAULT_WORK_FACTOR, ItemDescription, JournalEntry, LogAnchor,
    Provenance, Record, SourceKind, Vault,
};

use crate::args::{JournalAction, VaultCommand};
use crate::console::{CliError, Console, Outcome, kebab, parse_date_opt, parse_kebab, to_json};
use crate::handover;

pub fn run(messages: &Messages, vault: Option<PathBuf>, command: VaultCommand) -> ExitCode {
    let mut console = Console::new(messages);
    let dir = vault
        .or_else(|| std::env::var_os("WAARBORG_VAULT").map(PathBuf::from))
        .or_else(waarborg_app::paths::default_vault_dir);
    let result = match dir {
        Some(dir) => dispatch(&mut console, &dir, command),
        None => Err(CliError::NoVaultDir),
    };
    result.unwrap_or_else(|err| {
        console.report(&err);
        ExitCode::from(3)
    })
}

fn dispatch(console: &mut Console<'_>, dir: &Path, command: VaultCommand) -> Outcome {
    match command {
        VaultCommand::Init {
            recovery,
            work_factor,
        } => init(console, dir, recovery, work_factor),
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
                category: parse_kebab::<Category>("--category", &category)?,
                title: title.unwrap_or_default(),
                description,
                event_date: parse_date_opt("--event-date", event_date.as_deref())?,
                provenance: Provenance {
                    source_kind: parse_kebab::<SourceKind>("--source-kind", &source_kind)?,
                    details: source,
                },
                ..ItemDescription::default()
            };
            import(console, dir, &files, &template)
        }
        VaultCommand::List { json, search } => list(console, dir, json, search.as_deref()),
        VaultCommand::Transcript {
            id,
            out,
            marked,
            context,
            keep,
            date_order,
        } => crate::transcript::transcript(
            console,
            dir,
            &crate::transcript::TranscriptArgs {
                id: &id,
                out: &out,
                marked,
                context,
                keep,
                date_order: date_order.as_deref(),
            },
        ),
        VaultCommand::Verify {
            json,
            anchor,
            accept_log,
            full,
        } => {
            let anchor = anchor
                .map(|text| {
                    text.parse::<LogAnchor>()
                        .map_err(|_| CliError::bad_value("--anchor", &text))
                })
                .transpose()?;
            let mode = if full {
                waarborg_vault::VerifyMode::Full
            } else {
                waarborg_vault::VerifyMode::Cached
            };
            verify(console, dir, json, anchor, accept_log, mode)
        }
        VaultCommand::Passwd { work_factor } => passwd(console, dir, work_factor),
        VaultCommand::Rekey { work_factor } => rekey(console, dir, work_factor),
        VaultCommand::RecoveryKeys { keys, none: _ } => recovery_keys(console, dir, &keys),
        VaultCommand::Recover {
            identity,
            identity_image,
            work_factor,
        } => {
            let key = match (identity, identity_image) {
                (_, Some(photo)) => crate::recover::RecoveryKey::Photo(photo),
                (Some(file), None) => crate::recover::RecoveryKey::File(file),
                // clap requires one of the two.
                (None, None) => return Err(CliError::bad_value("--identity", "")),
            };
            crate::recover::recover(console, dir, &key, work_factor)
        }
        VaultCommand::Kit {
            out,
            new_recovery_key,
        } => crate::recover::kit(console, dir, &out, new_recovery_key),
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
                occurred_on: parse_date_opt("--date", date.as_deref())?,
                occurred_at_time: match time.as_deref() {
                    None => None,
                    Some(text) => Some(
                        NaiveTime::parse_from_str(text, "%H:%M")
                            .map_err(|_| CliError::bad_value("--time", text))?,
                    ),
                },
                what,
                who_present: who,
                place,
                linked_items: items
                    .iter()
                    .map(|id| id.parse().map_err(|_| CliError::bad_value("--item", id)))
                    .collect::<Result<_, _>>()?,
            };
            journal_add(console, dir, entry)
        }
        VaultCommand::Log { json } => log(console, dir, json),
        VaultCommand::Upcoming {
            ics,
            full_titles,
            json,
        } => upcoming(console, dir, ics.as_deref(), full_titles, json),
        VaultCommand::Export {
            out,
            all,
            ids,
            recipients,
            encrypt_passphrase,
            summary,
            include,
        } => {
            // Keys are checked before the vault is unlocked; a package passphrase is
            // asked after the vault's (stdin: the vault's line first).
            let recipients = if recipients.is_empty() {
                None
            } else {
                Some(waarborg_package::parse_recipients(&recipients)?)
            };
            handover::export(
                console,
                dir,
                &out,
                all,
                &ids,
                recipients,
                encrypt_passphrase,
                &summary,
                &include,
            )
        }
        VaultCommand::Backup { out } => handover::backup(console, dir, &out),
        VaultCommand::Restore { from, to } => handover::restore(console, &from, &to),
        VaultCommand::VerifyPackage {
            path,
            identity,
            json,
        } => handover::verify_package(console, &path, identity.as_deref(), json),
    }
}

fn init(
    console: &mut Console<'_>,
    dir: &Path,
    recovery: Vec<String>,
    work_factor: Option<u8>,
) -> Outcome {
    let passphrase = console.new_passphrase("WAARBORG_PASSPHRASE")?;
    waarborg_vault::check_new_passphrase(&passphrase)?;
    let options = CreateOptions {
        work_factor: work_factor.unwrap_or(DEFAULT_WORK_FACTOR),
        recovery_recipients: recovery,
    };
    Vault::create(dir, &passphrase, &options)?;
    println!(
        "{}",
        console
            .messages
            .format("cli-created", &[("dir", dir.display().to_string().into())])
    );
    Ok(ExitCode::SUCCESS)
}

fn import(
    console: &mut Console<'_>,
    dir: &Path,
    files: &[PathBuf],
    template: &ItemDescription,
) -> Outcome {
    let mut vault = console.unlock(dir)?;
    let mut failed = false;
    let mut imported: Vec<(usize, waarborg_vault::Item)> = Vec::new();
    // Many files go in batches with one sync each (a phone folder); a line is printed
    // for a file only once it is on disk.
    let console = &*console;
    vault.import_batch(
        files,
        &mut |file| {
            let mut description = template.clone();
            if description.title.is_empty() {
                description.title = file
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default();
            }
            description
        },
        &mut |_, _| std::ops::ControlFlow::Continue(()),
        &mut |index, result| {
            let file = &files[index];
            match result {
                Ok(item) => {
                    println!(
                        "{}",
                        console.messages.format(
                            "cli-imported",
                            &[
                                ("file", file.display().to_string().into()),
                                ("id", item.id.to_string().into()),
                                ("sha256", item.facts.sha256.clone().into()),
                            ]
                        )
                    );
                    imported.push((index, item.clone()));
                }
                // Each file stands alone: report it and go on with the others.
                Err(e) => {
                    console.report_for(file, &CliError::from(e));
                    failed = true;
                }
            }
        },
    );
    // A chat export with media (WhatsApp zip, Telegram export folder or zip): each
    // attachment its own item, linked to its message (issue 18); a missing one is named
    // after the export. Anything else adds nothing.
    for (index, item) in imported {
        let file = &files[index];
        let attachments = waarborg_app::chat::import_chat_attachments(&mut vault, &item, file);
        for (name, new) in &attachments.imported {
            println!(
                "{}",
                console.messages.format(
                    "cli-imported",
                    &[
                        ("file", format!("{} ({name})", file.display()).into()),
                        ("id", new.id.to_string().into()),
                        ("sha256", new.facts.sha256.clone().into()),
                    ]
                )
            );
        }
        for (name, error) in attachments.failed {
            let named = PathBuf::from(format!("{} ({name})", file.display()));
            console.report_for(&named, &CliError::document(error));
            failed = true;
        }
    }
    Ok(if failed {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    })
}

fn list(console: &mut Console<'_>, dir: &Path, as_json: bool, search: Option<&str>) -> Outcome {
    let mut vault = console.unlock(dir)?;
    // A search looks inside the content: items without extracted text yet (a vault made
    // by an older Waarborg) get it first, with progress on a terminal.
    let found: Option<std::collections::HashMap<uuid::Uuid, Option<String>>> = match search {
        None => None,
        Some(text) => {
            index_texts(console.messages, &mut vault);
            let query = waarborg_vault::ItemQuery {
                text: text.to_owned(),
                // Every row is printed, so every row gets its matching line (the
                // window asks for the rows on screen only).
                lines_from: None,
                lines_count: None,
                ..waarborg_vault::ItemQuery::default()
            };
            Some(
                vault
                    .query_items(&query)
                    .into_iter()
                    .map(|s| (s.id, s.matching_line))
                    .collect(),
            )
        }
    };
    let items: Vec<_> = vault
        .items()
        .into_iter()
        .filter(|i| found.as_ref().is_none_or(|f| f.contains_key(&i.id)))
        .collect();
    let line_of = |id: &uuid::Uuid| found.as_ref().and_then(|f| f.get(id).cloned().flatten());
    if as_json {
        let rows: Vec<_> = items
            .iter()
            .map(|item| {
                let mut row = json!({
                    "id": item.id,
                    "title": item.description.title,
                    "category": item.description.category,
                    "size": item.facts.size,
                    "sha256": item.facts.sha256,
                    "imported_at": item.facts.imported_at,
                    "original_name": item.facts.original_name,
                    "media_type": item.facts.media_type,
                });
                if found.is_some() {
                    row["matching_line"] = json!(line_of(&item.id));
                }
                row
            })
            .collect();
        println!("{}", to_json(&rows)?);
    } else {
        for item in items {
            let mut row = format!(
                "{}\t{}\t{}\t{}\t{}",
                item.id,
                kebab(&item.description.category),
                item.facts.size,
                item.facts.sha256,
                item.description.title.replace(['\t', '\n'], " ")
            );
            if found.is_some() {
                row.push('\t');
                row.push_str(&line_of(&item.id).unwrap_or_default().replace('\t', " "));
            }
            println!("{row}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Extracts the text of items that have none yet (progress on a terminal only).
fn index_texts(messages: &Messages, vault: &mut Vault) {
    let show = std::io::stderr().is_terminal();
    let done = vault.index_texts(&mut |done, total| {
        if show {
            eprint!(
                "\r{}",
                messages.format(
                    "cli-text-index-progress",
                    &[("done", done.into()), ("total", total.into())]
                )
            );
        }
        std::ops::ControlFlow::Continue(())
    });
    if show && done > 0 {
        eprintln!();
    }
}

fn verify(
    console: &mut Console<'_>,
    dir: &Path,
    as_json: bool,
    anchor: Option<LogAnchor>,
    accept_log: bool,
    mode: waarborg_vault::VerifyMode,
) -> Outcome {
    let mut vault = console.unlock(dir)?;
    let anchors = vault.anchors().for_verify(&vault, anchor);
    // Progress on a terminal only (a log file or a script gets the result alone).
    let show = std::io::stderr().is_terminal();
    let messages = &console.messages;
    let mut last: Option<(&str, u64)> = None;
    let report = vault.verify_with(&anchors, mode, &mut |step| {
        let (key, done, total) = match step {
            waarborg_vault::VerifyProgress::Items { done, total } => {
                ("cli-verify-progress-items", done, total)
            }
            waarborg_vault::VerifyProgress::Log { bytes, total } => {
                ("cli-verify-progress-log", bytes, total)
            }
            _ => return,
        };
        let percent = (done.saturating_mul(100)).checked_div(total).unwrap_or(100);
        if !show || last == Some((key, percent)) {
            return;
        }
        last = Some((key, percent));
        eprint!(
            "\r{}",
            messages.format(
                key,
                &[
                    ("done", done.into()),
                    ("total", total.into()),
                    ("percent", percent.into()),
                ]
            )
        );
    })?;
    if show {
        eprintln!();
    }
    if accept_log {
        vault.accept_log();
        let head = vault
            .log_anchor()
            .map_or_else(|| "-".to_owned(), |a| a.to_string());
        eprintln!(
            "{}",
            console
                .messages
                .format("cli-accepted-log", &[("head", head.into())])
        );
    }
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
            "log_anchor": report.log_anchor.as_ref().map(ToString::to_string),
            "problems": problems,
        });
        println!("{}", to_json(&out)?);
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
            console.messages.format(
                id,
                &[
                    ("items", report.items_checked.into()),
                    ("records", report.records_checked.into()),
                    ("entries", report.log_entries_checked.into()),
                    ("problems", report.problems.len().into()),
                ]
            )
        );
        let head = report.log_anchor.as_ref().map(ToString::to_string);
        console.print_log_head(head.map(|a| a.to_string()).as_deref());
    }
    Ok(if report.is_intact() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn passwd(console: &mut Console<'_>, dir: &Path, work_factor: Option<u8>) -> Outcome {
    let mut vault = console.unlock(dir)?;
    let new = console.new_passphrase("WAARBORG_NEW_PASSPHRASE")?;
    waarborg_vault::check_new_passphrase(&new)?;
    vault.change_passphrase(&new, work_factor.unwrap_or(DEFAULT_WORK_FACTOR))?;
    println!("{}", console.messages.get("cli-passwd-done"));
    Ok(ExitCode::SUCCESS)
}

/// `waarborg recovery-keys`: the recovery file rewritten for exactly `keys` (none:
/// removed), and the list re-key needs kept beside it; logged.
fn recovery_keys(console: &mut Console<'_>, dir: &Path, keys: &[String]) -> Outcome {
    let keys: Vec<String> = keys.iter().map(|k| k.trim().to_owned()).collect();
    let mut vault = console.unlock(dir)?;
    vault.set_recovery_recipients(&keys)?;
    println!(
        "{}",
        console
            .messages
            .format("cli-recovery-keys-done", &[("count", keys.len().into())])
    );
    Ok(ExitCode::SUCCESS)
}

/// `waarborg rekey`: a new key and passphrase. When the unlock itself completed an
/// interrupted re-key, that is said and nothing more is done.
fn rekey(console: &mut Console<'_>, dir: &Path, work_factor: Option<u8>) -> Outcome {
    let mut vault = console.unlock(dir)?;
    if vault
        .unlock_notices()
        .contains(&waarborg_vault::UnlockNotice::RekeyCompleted)
    {
        return Ok(ExitCode::SUCCESS);
    }
    let new = console.new_passphrase("WAARBORG_NEW_PASSPHRASE")?;
    waarborg_vault::check_new_passphrase(&new)?;
    let mut last_percent = None;
    let report = vault.rekey(
        &new,
        work_factor.unwrap_or(DEFAULT_WORK_FACTOR),
        &mut |step| {
            if let waarborg_vault::RekeyStep::File { done, files } = step {
                let percent = done * 100 / files.max(1);
                if last_percent != Some(percent) && std::io::stderr().is_terminal() {
                    last_percent = Some(percent);
                    eprint!("\r{percent:>3}%");
                }
            }
        },
    )?;
    if last_percent.is_some() {
        eprintln!();
    }
    println!(
        "{}",
        console.messages.format(
            "cli-rekey-done",
            &[
                ("files", report.files.into()),
                ("recipient", report.recipient.clone().into()),
            ]
        )
    );
    for file in &report.damaged {
        eprintln!(
            "{}",
            console.messages.format(
                "cli-rekey-damaged-file",
                &[("file", file.display().to_string().into())]
            )
        );
    }
    let head = vault.log_anchor().map(|a| a.to_string());
    console.print_log_head(head.as_deref());
    Ok(ExitCode::SUCCESS)
}

fn journal_add(console: &mut Console<'_>, dir: &Path, entry: JournalEntry) -> Outcome {
    let mut vault = console.unlock(dir)?;
    let stored = vault.create_record(Record::Journal(entry))?;
    println!(
        "{}",
        console
            .messages
            .format("cli-journal-added", &[("id", stored.id.to_string().into())])
    );
    Ok(ExitCode::SUCCESS)
}

/// The dates coming up in this vault, with the settings of this computer (date of
/// removal, backup reminder) and today on its calendar; `--ics` also writes them as a
/// calendar file.
fn upcoming(
    console: &mut Console<'_>,
    dir: &Path,
    ics: Option<&Path>,
    full_titles: bool,
    as_json: bool,
) -> Outcome {
    let core = |e: waarborg_contract::ApiError| CliError::Core {
        code: e.code,
        detail: e.message,
    };
    let vault = console.unlock(dir)?;
    let settings = waarborg_app::App::new(waarborg_app::Folders::from_os())
        .current_settings()
        .map_err(core)?;
    let today = chrono::Local::now().date_naive();
    let upcoming = waarborg_app::upcoming_for(Some(&vault), &settings, today).map_err(core)?;
    if let Some(file) = ics {
        waarborg_app::save_upcoming_ics(&upcoming, console.messages.language(), full_titles, file)
            .map_err(core)?;
    }
    if as_json {
        println!("{}", to_json(&upcoming)?);
        return Ok(ExitCode::SUCCESS);
    }
    for date in &upcoming.dates {
        println!(
            "{}\t{}\t{}",
            date.date,
            date.days_left,
            waarborg_app::full_title(console.messages, date)
        );
    }
    match (upcoming.last_backup, upcoming.days_since_backup) {
        (Some(_), Some(days)) => println!(
            "{}",
            console
                .messages
                .format("upcoming-last-backup", &[("days", days.into())])
        ),
        _ => println!("{}", console.messages.get("upcoming-no-backup")),
    }
    if let Some(file) = ics {
        println!(
            "{}",
            console.messages.format(
                "upcoming-saved",
                &[("path", file.display().to_string().into())]
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn log(console: &mut Console<'_>, dir: &Path, as_json: bool) -> Outcome {
    let vault = console.unlock(dir)?;
    let entries = vault.log_entries()?;
    let head = vault.log_anchor();
    if as_json {
        let out = json!({
            "head": head.as_ref().map(|a| &a.hash),
            "head_anchor": head.as_ref().map(ToString::to_string),
            "entries": entries,
        });
        println!("{}", to_json(&out)?);
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
        console.print_log_head(head.map(|a| a.to_string()).as_deref());
    }
    Ok(ExitCode::SUCCESS)
}
