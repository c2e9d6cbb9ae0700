//! What the subcommands share: the parent's language, passphrases from the
//! environment, a piped stdin or a prompt, and one typed error printed in one place.
// A command-line front end: writing to stdout and stderr is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{BufRead, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use waarborg_app::anchors::{AnchoredVault, DeviceAnchors};
use waarborg_contract::{ApiError, ErrorCode, HasErrorCode};
use waarborg_documents::FieldError;
use waarborg_i18n::Messages;
use waarborg_vault::{ExposeSecret, SecretString, UnlockNotice, Vault};

/// Why a subcommand failed. Printed by [`Console::report`] as the translated message
/// with its stable code in brackets (and, for some, lines of detail under it); the
/// subcommand chooses the exit code.
#[derive(Debug)]
pub enum CliError {
    /// A core error: its contract code and English detail.
    Core {
        code: ErrorCode,
        detail: String,
    },
    /// An option's value cannot be used.
    BadValue {
        name: String,
        value: String,
    },
    /// No `--vault`, no `WAARBORG_VAULT` and no OS data folder.
    NoVaultDir,
    /// No passphrase on stdin (or the prompt failed).
    PassphraseMissing,
    PassphraseEmpty,
    PassphraseMismatch,
    /// The form's input file cannot be read.
    FormUnreadable {
        file: String,
        error: String,
    },
    /// The form's input file is not its JSON.
    FormBadJson {
        file: String,
        line: usize,
        column: usize,
        error: String,
    },
    /// The travel-consent form was asked for in one language.
    FormConsentBilingual,
    /// The form has problems; each is listed by field under the message.
    FormInvalid(Vec<FieldError>),
    /// A document could not be made or saved: its contract code, and its English detail
    /// (for a bug report) under the message.
    Document {
        code: ErrorCode,
        detail: String,
    },
    /// JSON output could not be made (a bug).
    Internal,
}

impl<E: HasErrorCode> From<E> for CliError {
    fn from(err: E) -> Self {
        Self::Core {
            code: err.error_code(),
            detail: err.to_string(),
        }
    }
}

impl CliError {
    pub fn bad_value(name: &str, value: &str) -> Self {
        Self::BadValue {
            name: name.to_owned(),
            value: value.to_owned(),
        }
    }

    /// A documents-crate failure (its errors map to codes through [`ApiError`]).
    pub fn document(err: impl Into<ApiError>) -> Self {
        let err = err.into();
        Self::Document {
            code: err.code,
            detail: err.message,
        }
    }

    /// The stable code printed in brackets (the vault's short codes, as before).
    fn code(&self) -> &'static str {
        match self {
            Self::Core { code, .. } | Self::Document { code, .. } => code.local(),
            Self::BadValue { .. } => "invalid-argument",
            Self::NoVaultDir => "no-vault-dir",
            Self::PassphraseMissing => "passphrase-missing",
            Self::PassphraseEmpty => "passphrase-empty",
            Self::PassphraseMismatch => "passphrase-mismatch",
            Self::FormUnreadable { .. } => "form-unreadable",
            Self::FormBadJson { .. } => "form-bad-json",
            Self::FormConsentBilingual => "form-consent-bilingual",
            Self::FormInvalid(_) => ErrorCode::DocumentsInvalidInput.local(),
            Self::Internal => "internal",
        }
    }

    /// The translated message; for a core error without a translation, its English
    /// detail (it never holds secrets).
    fn message(&self, messages: &Messages) -> String {
        match self {
            Self::Core { code, detail } | Self::Document { code, detail } => {
                let id = code.message_id();
                if messages.has(&id) {
                    messages.get(&id)
                } else {
                    detail.clone()
                }
            }
            Self::BadValue { name, value } => messages.format(
                "cli-bad-value",
                &[
                    ("name", name.clone().into()),
                    ("value", value.clone().into()),
                ],
            ),
            Self::NoVaultDir => messages.get("cli-no-vault-dir"),
            Self::PassphraseMissing => messages.get("cli-passphrase-missing"),
            Self::PassphraseEmpty => messages.get("cli-passphrase-empty"),
            Self::PassphraseMismatch => messages.get("cli-passphrase-mismatch"),
            Self::FormUnreadable { file, error } => messages.format(
                "cli-form-unreadable",
                &[
                    ("file", file.clone().into()),
                    ("error", error.clone().into()),
                ],
            ),
            Self::FormBadJson {
                file,
                line,
                column,
                error,
            } => messages.format(
                "cli-form-bad-json",
                &[
                    ("file", file.clone().into()),
                    ("line", (*line).into()),
                    ("column", (*column).into()),
                    ("error", error.clone().into()),
                ],
            ),
            Self::FormConsentBilingual => messages.get("cli-form-consent-bilingual"),
            Self::FormInvalid(problems) => {
                messages.format("cli-form-problems", &[("count", problems.len().into())])
            }
            Self::Internal => messages.get("error-internal"),
        }
    }

    /// The lines printed under the message: a form's problems (`field.path: message`),
    /// a document failure's English detail.
    fn details(&self, messages: &Messages) -> Vec<String> {
        match self {
            Self::FormInvalid(problems) => problems
                .iter()
                .map(|problem| {
                    format!(
                        "{}: {}",
                        problem.field,
                        waarborg_documents::field_error_message(messages, problem)
                    )
                })
                .collect(),
            Self::Document { detail, .. } => vec![format!("({detail})")],
            _ => Vec::new(),
        }
    }
}

pub type Outcome = Result<ExitCode, CliError>;

pub struct Console<'a> {
    pub messages: &'a Messages,
    /// Lines of a piped stdin, read once: passphrase first, new passphrase second.
    stdin_lines: Option<std::vec::IntoIter<String>>,
}

impl<'a> Console<'a> {
    pub fn new(messages: &'a Messages) -> Self {
        Self {
            messages,
            stdin_lines: None,
        }
    }

    /// The one place a failure is printed: `waarborg: <message> [<code>]`, then its
    /// detail lines indented.
    pub fn report(&self, err: &CliError) {
        eprintln!("waarborg: {} [{}]", err.message(self.messages), err.code());
        self.print_details(err);
    }

    /// A failure that concerns one file of several.
    pub fn report_for(&self, file: &Path, err: &CliError) {
        eprintln!(
            "waarborg: {}: {} [{}]",
            file.display(),
            err.message(self.messages),
            err.code()
        );
        self.print_details(err);
    }

    fn print_details(&self, err: &CliError) {
        for line in err.details(self.messages) {
            eprintln!("  {line}");
        }
    }

    /// The custody-log head line, when the vault has a log.
    pub fn print_log_head(&self, head: Option<&str>) {
        if let Some(head) = head {
            let line = self
                .messages
                .format("cli-log-head", &[("head", head.to_owned().into())]);
            println!("{line}");
        }
    }

    /// Opens the vault with the passphrase from `WAARBORG_PASSPHRASE`, stdin or a prompt.
    pub fn unlock(&mut self, dir: &Path) -> Result<AnchoredVault, CliError> {
        let passphrase = self.passphrase("WAARBORG_PASSPHRASE", "cli-passphrase-prompt")?;
        let vault = Vault::unlock(dir, &passphrase)?;
        Ok(self.opened(vault))
    }

    /// A vault just unlocked: prints what the unlock put right, checks the log against
    /// this computer's anchor (warning on stderr when it lacks the remembered entry);
    /// the head is remembered when the returned vault is dropped.
    pub fn opened(&self, vault: Vault) -> AnchoredVault {
        self.print_unlock_notices(&vault);
        let vault = AnchoredVault::open(vault, DeviceAnchors::from_os());
        if let Some(warning) = vault.rollback() {
            let id = if warning.behind {
                "cli-rollback-behind"
            } else {
                "cli-rollback-rewritten"
            };
            let current = warning
                .current
                .as_ref()
                .map_or_else(|| "-".to_owned(), ToString::to_string);
            let line = self.messages.format(
                id,
                &[
                    ("remembered", warning.remembered.to_string().into()),
                    ("current", current.into()),
                ],
            );
            eprintln!("{line}");
        }
        vault
    }

    /// What the unlock found and put right (a key file rewritten from its copy, a re-key
    /// completed), on stderr so that `--json` output stays clean.
    pub fn print_unlock_notices(&self, vault: &Vault) {
        for notice in vault.unlock_notices() {
            let line = match notice {
                UnlockNotice::KeyFileRepaired { file, .. } => self.messages.format(
                    "cli-notice-key-file-repaired",
                    &[("file", file.display().to_string().into())],
                ),
                UnlockNotice::KeyCopyCreated { file } => self.messages.format(
                    "cli-notice-key-copy-created",
                    &[("file", file.display().to_string().into())],
                ),
                UnlockNotice::RekeyCompleted => self.messages.get("cli-notice-rekey-completed"),
                _ => continue,
            };
            eprintln!("{line}");
        }
    }

    /// A passphrase from `var`, else the next line of a piped stdin, else a prompt.
    pub fn passphrase(&mut self, var: &str, prompt: &str) -> Result<SecretString, CliError> {
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
                .ok_or(CliError::PassphraseMissing);
        }
        rpassword::prompt_password(self.messages.get(prompt))
            .map(SecretString::from)
            .map_err(|_| CliError::PassphraseMissing)
    }

    /// A new passphrase: asked twice on a terminal; never empty.
    pub fn new_passphrase(&mut self, var: &str) -> Result<SecretString, CliError> {
        let interactive = std::env::var(var).is_err() && std::io::stdin().is_terminal();
        let first = self.passphrase(var, "cli-passphrase-new")?;
        if first.expose_secret().is_empty() {
            return Err(CliError::PassphraseEmpty);
        }
        if interactive {
            let again = self.passphrase(var, "cli-passphrase-repeat")?;
            if again.expose_secret() != first.expose_secret() {
                return Err(CliError::PassphraseMismatch);
            }
        }
        Ok(first)
    }
}

/// A kebab-case value of a serde enum (`--category digital-communications`).
pub fn parse_kebab<T: serde::de::DeserializeOwned>(name: &str, value: &str) -> Result<T, CliError> {
    serde_json::from_value(serde_json::Value::String(value.to_owned()))
        .map_err(|_| CliError::bad_value(name, value))
}

/// The kebab-case name a serde enum serializes to (`digital-communications`).
pub fn kebab(value: &impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        _ => String::new(),
    }
}

pub fn parse_date_opt(name: &str, value: Option<&str>) -> Result<Option<NaiveDate>, CliError> {
    value
        .map(|text| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| CliError::bad_value(name, text))
        })
        .transpose()
}

pub fn to_json(value: &impl serde::Serialize) -> Result<String, CliError> {
    serde_json::to_string_pretty(value).map_err(|_| CliError::Internal)
}
