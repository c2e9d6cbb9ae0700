//! Handing evidence over on the command line: `export`, `backup`, `restore` and
//! `verify-package` (which needs no vault).
// A command-line front end: writing to stdout and stderr is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::Path;
use std::process::ExitCode;

use waarborg_contract::ExportInclude;
use waarborg_guide::ContentPack;
use waarborg_package::{FileStatus, PackageKey, PackageKind, SignatureStatus};
use waarborg_vault::{ExportOptions, Protection, RecordsExport, Vault};

use crate::console::{CliError, Console, Outcome, to_json};

#[allow(clippy::too_many_arguments)]
pub(super) fn export(
    console: &mut Console<'_>,
    dir: &Path,
    out: &Path,
    all: bool,
    ids: &[String],
    recipients: Option<Vec<waarborg_package::x25519::Recipient>>,
    encrypt_passphrase: bool,
    summary: &str,
    include: &[ExportInclude],
) -> Outcome {
    let mut vault = console.unlock(dir)?;
    let protection = match recipients {
        Some(recipients) => Protection::Recipients(recipients),
        None if encrypt_passphrase => {
            Protection::Passphrase(console.new_passphrase("WAARBORG_EXPORT_PASSPHRASE")?)
        }
        None => Protection::Folder,
    };
    let ids: Vec<uuid::Uuid> = if all {
        waarborg_app::all_item_ids(&vault)
    } else {
        ids.iter()
            .map(|id| id.parse().map_err(|_| CliError::bad_value("--ids", id)))
            .collect::<Result<_, _>>()?
    };
    let render = waarborg_app::index_pdf_renderer(summary);
    let guide = ContentPack::netherlands().map_err(|e| {
        let e = waarborg_contract::ApiError::from(e);
        CliError::Core {
            code: e.code,
            detail: e.message,
        }
    })?;
    let record_files = waarborg_app::record_files_renderer(&guide, None);
    let mut kinds = Vec::new();
    for kind in include.iter().map(|i| waarborg_app::record_kind(*i)) {
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    let options = ExportOptions {
        protection,
        index_pdf: Some(&render),
        chat_transcripts: Some(&waarborg_app::chat::package_transcript),
        records: Some(RecordsExport {
            kinds,
            files: &record_files,
        }),
        progress: None,
    };
    let report = vault.export_package(&ids, out, options)?;
    println!(
        "{}",
        console.messages.format(
            "cli-exported",
            &[
                ("count", report.files.len().into()),
                ("dir", report.path.display().to_string().into()),
            ]
        )
    );
    // A chat export whose transcript could not be made went without one: say which, why.
    for file in &report.files {
        if let Some(code) = &file.transcript_problem {
            eprintln!(
                "{}",
                console.messages.format(
                    "cli-export-no-transcript",
                    &[
                        ("file", file.file.clone().into()),
                        (
                            "reason",
                            console.messages.get(&format!("error-{code}")).into()
                        ),
                    ]
                )
            );
        }
    }
    console.print_log_head(report.log_head.as_deref());
    Ok(ExitCode::SUCCESS)
}

pub(super) fn backup(console: &mut Console<'_>, dir: &Path, out: &Path) -> Outcome {
    let passphrase = console.passphrase("WAARBORG_PASSPHRASE", "cli-passphrase-prompt")?;
    let mut vault = Vault::unlock(dir, &passphrase)?;
    let report = vault.backup(out, &passphrase, None)?;
    println!(
        "{}",
        console.messages.format(
            "cli-backup-done",
            &[
                ("count", report.files.into()),
                ("file", report.path.display().to_string().into()),
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

pub(super) fn restore(console: &mut Console<'_>, from: &Path, to: &Path) -> Outcome {
    let passphrase = console.passphrase("WAARBORG_PASSPHRASE", "cli-passphrase-prompt")?;
    let mut vault = waarborg_vault::restore(from, &passphrase, to, &mut |_| true)?;
    let report = vault.verify()?;
    println!(
        "{}",
        console.messages.format(
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
        eprintln!("{}", console.messages.get("cli-restore-problems"));
        Ok(ExitCode::from(1))
    }
}

pub(super) fn verify_package(
    console: &mut Console<'_>,
    path: &Path,
    identity: Option<&Path>,
    as_json: bool,
) -> Outcome {
    let kind = waarborg_package::package_kind(path)?;
    let key = match (kind, identity) {
        (PackageKind::Passphrase, _) => PackageKey::Passphrase(
            console.passphrase("WAARBORG_PACKAGE_PASSPHRASE", "cli-passphrase-prompt")?,
        ),
        (PackageKind::Keys, Some(file)) => waarborg_app::identity_file(file)?,
        _ => PackageKey::None,
    };
    let mut report = waarborg_package::verify_package(path, &key, &mut |_| true)?;
    waarborg_app::package_signers::DeviceSigners::from_os().check(&mut report);
    if as_json {
        println!("{}", to_json(&report)?);
    } else {
        for file in &report.files {
            let status = match &file.status {
                FileStatus::Ok => "OK".to_owned(),
                FileStatus::Missing => console.messages.get("cli-package-missing"),
                FileStatus::Changed { .. } => console.messages.get("cli-package-changed"),
            };
            println!("{}: {status}", file.name);
        }
        for name in &report.unlisted {
            println!("{name}: {}", console.messages.get("cli-package-unlisted"));
        }
        console.print_log_head(report.log_head.as_deref());
        println!("{}", signature_line(console, &report));
    }
    let failures = report.failures();
    let signed = report.signature.fingerprint().is_some() && report.other_keys_seen.is_empty();
    if failures.is_empty() {
        eprintln!(
            "{}",
            console.messages.format(
                "cli-package-intact",
                &[("count", report.files.len().into())]
            )
        );
        if signed {
            Ok(ExitCode::SUCCESS)
        } else {
            // Consistent, but nothing (or something else) says which vault made it.
            eprintln!(
                "{}",
                console.messages.get("cli-package-not-signed-by-vault")
            );
            Ok(ExitCode::from(1))
        }
    } else {
        eprintln!(
            "{}",
            console.messages.format(
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

/// Who signed the package, in the reader's language: signed by a key (to compare with
/// the evidence index and the parent's Settings), another key than this computer saw
/// for that vault before, unsigned, or a signature that does not match.
fn signature_line(console: &Console<'_>, report: &waarborg_package::PackageReport) -> String {
    let messages = &console.messages;
    match &report.signature {
        SignatureStatus::Signed {
            fingerprint,
            signer,
        } if report.other_keys_seen.is_empty() => messages.format(
            "cli-package-signed",
            &[
                ("fingerprint", fingerprint.clone().into()),
                ("vault", signer.clone().into()),
            ],
        ),
        SignatureStatus::Signed {
            fingerprint,
            signer,
        } => messages.format(
            "cli-package-other-key",
            &[
                ("fingerprint", fingerprint.clone().into()),
                ("vault", signer.clone().into()),
                ("seen", report.other_keys_seen.join(", ").into()),
            ],
        ),
        SignatureStatus::Unsigned => messages.get("cli-package-unsigned"),
        SignatureStatus::Mismatch { reason } => messages.format(
            "cli-package-signature-mismatch",
            &[("reason", reason.clone().into())],
        ),
    }
}
