//! Running the `waarborg` binary as a user would, for the command-line tests.

use std::process::{Command, Output};

/// Runs `waarborg ARGS` under the locale `lang`, without a display: these invocations
/// must never try to open a window.
pub fn waarborg(args: &[&str], lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waarborg"))
        .args(args)
        .env("LANG", lang)
        .env("LC_ALL", lang)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("run waarborg")
}
