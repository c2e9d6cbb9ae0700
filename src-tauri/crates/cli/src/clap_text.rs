//! clap's own words in the parent's language: the headings of `--help` ("Usage",
//! "Commands", "Options", "Arguments"), the help and version flags, the `help`
//! subcommand, default values, and every argument error (`cli-clap-…` messages).
//!
//! The descriptions of subcommands and arguments come from `cli-help-…` (see
//! `localize` in `lib.rs`); this module does the rest, so `LANG=nl_NL.UTF-8 waarborg
//! --help` and a mistyped argument read Dutch from the first word to the last.

// The one place that prints clap's answer (help, version or an argument error).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use waarborg_i18n::{FluentValue, Messages};

/// `command` (already carrying translated descriptions) with clap's headings, flags and
/// default values in the language of `messages`. Every subcommand, at every depth.
pub(crate) fn translate_clap(command: Command, messages: &Messages) -> Command {
    translate(command, messages, true)
}

fn translate(command: Command, messages: &Messages, top: bool) -> Command {
    let usage = messages.get("cli-clap-usage");
    let mut command = command
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(messages.get("cli-clap-commands"))
        .subcommand_value_name(messages.get("cli-clap-command-value"))
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(messages.get("cli-clap-help-flag")),
        );
    if top {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(messages.get("cli-clap-version-flag")),
        );
    }
    // (id, positional, default values: `None` when the argument has none).
    let ids: Vec<(String, bool, Option<Vec<String>>)> = command
        .get_arguments()
        .map(|arg| {
            let values = arg.get_default_values();
            let defaults = (!values.is_empty()).then(|| {
                values
                    .iter()
                    .map(|v| v.to_string_lossy().into_owned())
                    .filter(|v| !v.is_empty())
                    .collect()
            });
            (
                arg.get_id().as_str().to_owned(),
                arg.is_positional(),
                defaults,
            )
        })
        .collect();
    let options = messages.get("cli-clap-options");
    let arguments = messages.get("cli-clap-arguments");
    for (id, positional, defaults) in ids {
        let heading = if positional { &arguments } else { &options };
        command = command.mut_arg(id, |arg| {
            let arg = arg.help_heading(heading.clone());
            let Some(defaults) = defaults else {
                return arg;
            };
            // clap would print "[default: …]" in English: ours instead (none for "").
            let arg = arg.hide_default_value(true);
            if defaults.is_empty() {
                return arg;
            }
            let default = messages.format(
                "cli-clap-default",
                &[("value", FluentValue::from(defaults.join(", ")))],
            );
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            arg.help(format!("{help} {default}").trim().to_owned())
        });
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, |sub| translate(sub, messages, false));
    }
    command
}

/// Prints what clap's `err` means in the parent's language: help and version to
/// stdout (exit 0), an argument error to stderr (exit 2).
pub(crate) fn answer(err: &clap::Error, messages: &Messages) -> ExitCode {
    let text = error_text(err, messages);
    if err.use_stderr() {
        eprint!("{text}");
        ExitCode::from(2)
    } else {
        print!("{text}");
        ExitCode::SUCCESS
    }
}

/// What to print for a clap error: help and version as rendered (with clap's one fixed
/// English usage word replaced), an argument error as a translated sentence, the usage
/// line and where to find more.
pub(crate) fn error_text(err: &clap::Error, messages: &Messages) -> String {
    let rendered = err.render().to_string();
    match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return fixed_words(&rendered, messages);
        }
        _ => {}
    }
    let text = |kind: ContextKind| -> String {
        match err.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(list)) => list.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::StyledStrs(list)) => list
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    let arg = || FluentValue::from(text(ContextKind::InvalidArg));
    let value = || FluentValue::from(text(ContextKind::InvalidValue));
    let mut lines = vec![match err.kind() {
        ErrorKind::UnknownArgument => {
            messages.format("cli-clap-error-unknown-argument", &[("arg", arg())])
        }
        ErrorKind::InvalidSubcommand => messages.format(
            "cli-clap-error-unknown-command",
            &[(
                "command",
                FluentValue::from(text(ContextKind::InvalidSubcommand)),
            )],
        ),
        ErrorKind::MissingRequiredArgument => {
            messages.format("cli-clap-error-missing-argument", &[("arg", arg())])
        }
        ErrorKind::MissingSubcommand => messages.get("cli-clap-error-missing-command"),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => messages.format(
            "cli-clap-error-invalid-value",
            &[("value", value()), ("arg", arg())],
        ),
        ErrorKind::ArgumentConflict => messages.format(
            "cli-clap-error-conflict",
            &[
                ("arg", arg()),
                ("other", FluentValue::from(text(ContextKind::PriorArg))),
            ],
        ),
        ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues
        | ErrorKind::NoEquals => {
            messages.format("cli-clap-error-number-of-values", &[("arg", arg())])
        }
        _ => messages.get("cli-clap-error-other"),
    }];
    let valid = text(ContextKind::ValidValue);
    if !valid.is_empty() {
        lines.push(messages.format(
            "cli-clap-error-valid-values",
            &[("values", FluentValue::from(valid))],
        ));
    }
    for kind in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ] {
        let suggestions: Vec<String> = match err.get(kind) {
            Some(ContextValue::String(s)) => vec![s.clone()],
            Some(ContextValue::Strings(list)) => list.clone(),
            _ => Vec::new(),
        };
        if !suggestions.is_empty() {
            let quoted: Vec<String> = suggestions.iter().map(|s| format!("'{s}'")).collect();
            lines.push(messages.format(
                "cli-clap-error-did-you-mean",
                &[("suggestion", FluentValue::from(quoted.join(", ")))],
            ));
        }
    }
    let mut out = format!(
        "{} {}\n",
        messages.get("cli-clap-error"),
        lines.join("\n  ")
    );
    let usage = text(ContextKind::Usage);
    if !usage.is_empty() {
        out.push('\n');
        out.push_str(&fixed_words(usage.trim_end(), messages));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&messages.get("cli-clap-error-more"));
    out.push('\n');
    out
}

/// clap writes two things it lets no one translate: the "Usage:" of an error's usage
/// line and the "[OPTIONS]" placeholder.
fn fixed_words(text: &str, messages: &Messages) -> String {
    let usage = messages.get("cli-clap-usage");
    let text = text
        .strip_prefix("Usage:")
        .map_or_else(|| text.to_owned(), |rest| format!("{usage}{rest}"));
    text.replace("[OPTIONS]", &messages.get("cli-clap-options-value"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::args::Cli;
    use clap::CommandFactory;
    use waarborg_contract::Language;

    fn command(language: Language) -> (Command, Messages) {
        let messages = Messages::new(language);
        let command = crate::localized_command(Cli::command(), &messages);
        (command, messages)
    }

    fn answer(language: Language, args: &[&str]) -> (String, ErrorKind) {
        let (command, messages) = command(language);
        let err = command
            .try_get_matches_from(std::iter::once("waarborg").chain(args.iter().copied()))
            .expect_err("help or an error");
        (error_text(&err, &messages), err.kind())
    }

    /// clap's English words that must not be left in a Dutch answer.
    const CLAP_ENGLISH: &[&str] = &[
        "Usage",
        "Commands:",
        "Options:",
        "Arguments:",
        "Print help",
        "Print version",
        "[OPTIONS]",
        "[default:",
        "error:",
        "unexpected argument",
        "For more information",
        "tip:",
        "required arguments",
        "invalid value",
        "unrecognized subcommand",
    ];

    fn assert_dutch(text: &str) {
        for word in CLAP_ENGLISH {
            assert!(!text.contains(word), "{word:?} left in:\n{text}");
        }
    }

    #[test]
    fn help_at_every_depth_is_dutch_with_a_dutch_locale() {
        let (top, kind) = answer(Language::Nl, &["--help"]);
        assert_eq!(kind, ErrorKind::DisplayHelp);
        assert!(
            top.contains("Gebruik: waarborg [OPTIES] [OPDRACHT]"),
            "{top}"
        );
        assert!(
            top.contains("Opdrachten:") && top.contains("Opties:"),
            "{top}"
        );
        assert!(top.contains("Hulp tonen"), "{top}");
        assert_dutch(&top);
        for path in [
            &["import", "--help"][..],
            &["journal", "add", "--help"],
            &["form", "consent", "--help"],
            &["guide", "route", "--help"],
            &["verify-package", "--help"],
        ] {
            let (text, _) = answer(Language::Nl, path);
            assert_dutch(&text);
        }
        let (import, _) = answer(Language::Nl, &["import", "--help"]);
        assert!(import.contains("Argumenten:"), "{import}");
        assert!(import.contains("[standaard: other]"), "{import}");
    }

    /// Every subcommand and every argument that has a description has it in both
    /// languages (`cli-help-<path>` and `cli-help-<path>-<argument>`), so no English
    /// doc comment shows through in a Dutch `--help`.
    #[test]
    fn every_subcommand_and_argument_has_a_translated_description() {
        fn walk(command: &Command, path: &str, messages: &Messages, missing: &mut Vec<String>) {
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                if arg.get_help().is_none() || matches!(id, "help" | "version" | "vault") {
                    continue;
                }
                let message = format!("{path}-{}", id.replace('_', "-"));
                if !messages.has(&message) {
                    missing.push(message);
                }
            }
            for sub in command.get_subcommands() {
                let message = format!("{path}-{}", sub.get_name());
                if !messages.has(&message) {
                    missing.push(message.clone());
                }
                walk(sub, &message, messages, missing);
            }
        }
        for language in [Language::Nl, Language::En] {
            let messages = Messages::new(language);
            let mut missing = Vec::new();
            walk(&Cli::command(), "cli-help", &messages, &mut missing);
            assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        }
    }

    #[test]
    fn help_stays_english_with_an_english_locale() {
        let (top, _) = answer(Language::En, &["--help"]);
        assert!(top.contains("Usage: waarborg [OPTIONS] [COMMAND]"), "{top}");
        assert!(
            top.contains("Commands:") && top.contains("Options:"),
            "{top}"
        );
        assert!(top.contains("Print help"), "{top}");
        let (import, _) = answer(Language::En, &["import", "--help"]);
        assert!(import.contains("[default: other]"), "{import}");
    }

    #[test]
    fn argument_errors_are_dutch_and_name_the_argument() {
        let cases: &[(&[&str], ErrorKind, &str)] = &[
            (&["--bogus"], ErrorKind::UnknownArgument, "--bogus"),
            (&["imprt"], ErrorKind::InvalidSubcommand, "imprt"),
            (&["import"], ErrorKind::MissingRequiredArgument, "<FILE>"),
            (
                &["init", "--work-factor", "abc"],
                ErrorKind::ValueValidation,
                "abc",
            ),
            (&["verify", "x"], ErrorKind::UnknownArgument, "'x'"),
        ];
        for (args, kind, named) in cases {
            let (text, got) = answer(Language::Nl, args);
            assert_eq!(got, *kind, "{args:?}");
            assert!(text.starts_with("fout: "), "{text}");
            assert!(text.contains(named), "{args:?}: {text}");
            assert!(text.contains("--help"), "{text}");
            assert_dutch(&text);
        }
        let (text, _) = answer(Language::Nl, &["imprt"]);
        assert!(
            text.contains("Bedoelt u 'export', 'import'?"),
            "a suggestion: {text}"
        );
        let (text, _) = answer(Language::Nl, &["import"]);
        assert!(text.contains("Gebruik: waarborg import"), "{text}");
    }

    #[test]
    fn argument_errors_in_english() {
        let (text, kind) = answer(Language::En, &["--bogus"]);
        assert_eq!(kind, ErrorKind::UnknownArgument);
        assert!(text.starts_with("error: "), "{text}");
        assert!(
            text.contains("'--bogus'") && text.contains("Usage: waarborg"),
            "{text}"
        );
    }

    #[test]
    fn version_is_unchanged() {
        let (command, _) = command(Language::Nl);
        let err = command
            .try_get_matches_from(["waarborg", "--version"])
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::DisplayVersion);
        assert_eq!(
            err.render().to_string().trim(),
            format!("waarborg {}", env!("CARGO_PKG_VERSION"))
        );
    }
}
