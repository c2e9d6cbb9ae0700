//! Running `waarborg --vault DIR …` as a parent would, for the command-line tests of a
//! vault. Each test binary uses a part of this file.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `waarborg --vault VAULT` under the locale `lang`: no display (it must never open a
/// window), no vault, passphrase or new passphrase taken from the caller's environment,
/// no terminal on stdin, and this computer's settings (the log anchors) in `config`.
/// The test adds its arguments and passphrases.
pub fn vault_command(vault: &Path, config: &Path, lang: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_waarborg"));
    command
        .arg("--vault")
        .arg(vault)
        .env("LANG", lang)
        .env("LC_ALL", lang)
        .env("XDG_CONFIG_HOME", config)
        .env_remove("WAARBORG_VAULT")
        .env_remove("WAARBORG_PASSPHRASE")
        .env_remove("WAARBORG_NEW_PASSPHRASE")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null());
    command
}

/// What the command printed, stdout then stderr, for checks and failure messages.
pub fn output_text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
