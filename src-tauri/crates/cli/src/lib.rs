//! The command-line face of Waarborg: the same application layer as the window.
//!
//! Without a subcommand the binary opens the window. Subcommands work on a vault
//! (`init`, `import`, `list`, `verify`, `passwd`, `journal add`, `log`), hand evidence
//! over (`export`, `backup`, `restore`, `verify-package`) or make a form (`form consent`,
//! `form clauses`); see `waarborg --help` and the README for the contract (arguments,
//! exit codes, JSON).

#![forbid(unsafe_code)]

mod args;
mod clap_text;
mod console;
mod form;
mod guide;
mod handover;
mod recover;
mod transcript;
mod vault;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use waarborg_i18n::{Messages, system_language};

use args::{Cli, TopCommand};

/// Puts the parent's language into `--help`: a subcommand's description comes from
/// `<prefix>-<name>` and an argument's from `<prefix>-<name>-<argument id>` when
/// those messages exist (e.g. `cli-help-journal-add-what`); the English doc comments
/// above stay as the fallback.
fn localize(command: clap::Command, prefix: &str, messages: &Messages) -> clap::Command {
    let args: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().as_str().to_owned())
        .collect();
    let mut command = command;
    for id in args {
        let message = format!("{prefix}-{}", id.replace('_', "-"));
        if messages.has(&message) {
            let help = messages.get(&message);
            command = command.mut_arg(id, |arg| arg.help(help));
        }
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        let path = format!("{prefix}-{name}");
        let about = messages.has(&path).then(|| messages.get(&path));
        command = command.mut_subcommand(&name, |sub| {
            let sub = localize(sub, &path, messages);
            match about {
                Some(about) => sub.about(about),
                None => sub,
            }
        });
    }
    command
}

/// The command line in the language of `messages`: descriptions from `cli-help-…`,
/// clap's own headings, flags and defaults from `cli-clap-…`.
fn localized_command(command: clap::Command, messages: &Messages) -> clap::Command {
    let command = localize(command, "cli-help", messages)
        .about(messages.get("cli-about"))
        .after_help(messages.get("cli-after-help"));
    clap_text::translate_clap(command, messages)
}

/// What the process should do after reading its arguments.
#[derive(Debug)]
pub enum Invocation {
    OpenWindow,
    Exit(ExitCode),
}

/// Parses `std::env::args`. `--help`, `--version` and bad arguments are answered here
/// (exit 2 on bad arguments); a subcommand runs to completion.
pub fn parse() -> Invocation {
    let messages = Messages::new(system_language());
    let command = localized_command(Cli::command(), &messages);
    let parsed = command
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(Cli {
            command: None,
            vault: _,
        }) => Invocation::OpenWindow,
        Ok(Cli {
            command: Some(TopCommand::Vault(command)),
            vault,
        }) => Invocation::Exit(vault::run(&messages, vault, command)),
        Ok(Cli {
            command: Some(TopCommand::Form { document }),
            vault: _,
        }) => Invocation::Exit(form::run(&messages, document)),
        Ok(Cli {
            command: Some(TopCommand::Guide { action }),
            vault: _,
        }) => Invocation::Exit(guide::run(&messages, action)),
        // Help and version to stdout, an argument error to stderr (exit 2), all in
        // the parent's language.
        Err(err) => Invocation::Exit(clap_text::answer(&err, &messages)),
    }
}
