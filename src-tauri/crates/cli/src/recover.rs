//! `waarborg recover`: the passphrase is forgotten; a recovery key opens the vault and a
//! new passphrase is set (logged in the custody log).
// A command-line front end: writing to stdout is its job.
#![allow(clippy::print_stdout)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use waarborg_vault::{DEFAULT_WORK_FACTOR, SecretString, Vault};

use crate::console::{CliError, Console, Outcome};

/// An age identity file is a few lines; anything bigger is not one (and is not read
/// into memory whole).
const MAX_IDENTITY_FILE: u64 = 64 * 1024;

/// The recovery key in `file`, read into a secret that is zeroized when dropped.
pub fn read_identity_file(file: &Path) -> Result<SecretString, CliError> {
    let unreadable = || CliError::bad_value("--identity", &file.display().to_string());
    let handle = std::fs::File::open(file).map_err(|_| unreadable())?;
    if !handle.metadata().map_err(|_| unreadable())?.is_file() {
        return Err(unreadable());
    }
    // Read straight into the string the secret keeps (sized once, so no copy is left
    // behind by a reallocation); not UTF-8 is not a key file.
    let mut text = String::with_capacity(MAX_IDENTITY_FILE as usize + 1);
    let read = handle.take(MAX_IDENTITY_FILE + 1).read_to_string(&mut text);
    let text = SecretString::from(text);
    read.map_err(|_| unreadable())?;
    if waarborg_vault::ExposeSecret::expose_secret(&text).len() as u64 > MAX_IDENTITY_FILE {
        return Err(unreadable());
    }
    Ok(text)
}

/// Where `waarborg recover` takes the recovery key from.
#[derive(Debug)]
pub enum RecoveryKey {
    /// `--identity FILE`: an age identity file.
    File(PathBuf),
    /// `--identity-image PHOTO`: a photo or scan of the emergency kit; its QR code.
    Photo(PathBuf),
}

pub fn recover(
    console: &mut Console<'_>,
    dir: &Path,
    key: &RecoveryKey,
    work_factor: Option<u8>,
) -> Outcome {
    let key = match key {
        RecoveryKey::File(file) => read_identity_file(file)?,
        // The English detail names the file; the key itself is never in it.
        RecoveryKey::Photo(photo) => {
            waarborg_app::recovery_key_from_image(photo).map_err(CliError::document)?
        }
    };
    let new = console.new_passphrase("WAARBORG_NEW_PASSPHRASE")?;
    waarborg_vault::check_new_passphrase(&new)?;
    let vault = Vault::recover(dir, &key, &new, work_factor.unwrap_or(DEFAULT_WORK_FACTOR))?;
    drop(key);
    let vault = console.opened(vault);
    drop(vault);
    println!("{}", console.messages.get("cli-recover-done"));
    Ok(ExitCode::SUCCESS)
}

/// `waarborg kit`: the emergency kit written to a new file.
pub fn kit(console: &mut Console<'_>, dir: &Path, out: &Path, new_recovery_key: bool) -> Outcome {
    let out = std::path::absolute(out)
        .map_err(|_| CliError::bad_value("--out", &out.display().to_string()))?;
    if out.exists() {
        return Err(CliError::bad_value("--out", &out.display().to_string()));
    }
    let mut vault = console.unlock(dir)?;
    let language = console.messages.language();
    let summary = waarborg_app::write_emergency_kit(&mut vault, &out, new_recovery_key, language)
        .map_err(|e| CliError::Core {
        code: e.code,
        detail: e.message,
    })?;
    println!(
        "{}",
        console.messages.format(
            if summary.new_key.is_some() {
                "cli-kit-done-key"
            } else {
                "cli-kit-done"
            },
            &[("file", summary.path.clone().into())]
        )
    );
    Ok(ExitCode::SUCCESS)
}
