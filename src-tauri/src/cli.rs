//! The command-line face of Waarborg. Later issues add subcommands here; each one
//! calls the same core crates as the window does.

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser};
use waarborg_i18n::{Messages, system_language};

/// `waarborg` opens the window; `waarborg <subcommand>` works on the command line.
#[derive(Debug, Parser)]
#[command(name = "waarborg", version, about)]
struct Cli {}

/// What the process should do after reading its arguments.
#[derive(Debug)]
pub enum Invocation {
    OpenWindow,
    Exit(ExitCode),
}

/// Parses `std::env::args`. `--help`, `--version` and bad arguments are answered here.
pub fn parse() -> Invocation {
    let messages = Messages::new(system_language());
    let command = Cli::command().about(messages.get("cli-about"));
    let parsed = command
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(Cli {}) => Invocation::OpenWindow,
        Err(err) => {
            // Prints help/version to stdout or the error to stderr, as clap decides.
            let _ = err.print();
            Invocation::Exit(if err.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}
