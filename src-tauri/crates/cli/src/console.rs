//! What the vault subcommands share: the parent's language, passphrases from the
//! environment, a piped stdin or a prompt, and one typed error printed in one place.
// A command-line front end: writing to stdout and stderr is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{BufRead, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use waarborg_contract::{ErrorCode, HasErrorCode};
use waarborg_i18n::Messages;
use waarborg_vault::{ExposeSecret, SecretString, Vault};

/// Why a subcommand failed. Printed by [`Console::report`] as the translated message
/// with its stable code in brackets; exit 3.
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

    /// The stable code printed in brackets (the vault's short codes, as before).
    fn code(&self) -> &'static str {
        match self {
            Self::Core { code, .. } => code.local(),
            Self::BadValue { .. } => "invalid-argument",
            Self::NoVaultDir => "no-vault-dir",
            Self::PassphraseMissing => "passphrase-missing",
            Self::PassphraseEmpty => "passphrase-empty",
            Self::PassphraseMismatch => "passphrase-mismatch",
            Self::Internal => "internal",
        }
    }

    /// The translated message; for a core error without a translation, its English
    /// detail (it never holds secrets).
    fn message(&self, messages: &Messages) -> String {
        match self {
            Self::Core { code, detail } => {
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
            Self::Internal => messages.get("error-internal"),
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

    /// The one place a failure is printed: `waarborg: <message> [<code>]`.
    pub fn report(&self, err: &CliError) {
        eprintln!("waarborg: {} [{}]", err.message(self.messages), err.code());
    }

    /// A failure that concerns one file of several.
    pub fn report_for(&self, file: &Path, err: &CliError) {
        eprintln!(
            "waarborg: {}: {} [{}]",
            file.display(),
            err.message(self.messages),
            err.code()
        );
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
    pub fn unlock(&mut self, dir: &Path) -> Result<Vault, CliError> {
        let passphrase = self.passphrase("WAARBORG_PASSPHRASE", "cli-passphrase-prompt")?;
        Ok(Vault::unlock(dir, &passphrase)?)
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
