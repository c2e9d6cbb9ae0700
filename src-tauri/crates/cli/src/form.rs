//! `waarborg form consent|clauses`: the printable forms from a JSON file, checked with
//! the same field-level messages as the window. Exit codes: 0 written; 1 the form has
//! problems (listed, nothing written); 2 the input cannot be used (unreadable, not JSON,
//! bad option); 3 the PDF could not be written.

// A command line answers on stdout; failures are printed by `Console::report`.
#![allow(clippy::print_stdout)]

use std::path::Path;
use std::process::ExitCode;

use waarborg_documents::{
    ClauseLibrary, ConsentForm, ConsentOptions, ParentingPlan, PlanLanguage, RenderError, SaveError,
};
use waarborg_i18n::Messages;

use crate::args::FormCommand;
use crate::console::{CliError, Console, Outcome, parse_date_opt};

pub fn run(messages: &Messages, command: FormCommand) -> ExitCode {
    make(messages, command).unwrap_or_else(|err| {
        Console::new(messages).report(&err);
        exit_code(&err)
    })
}

/// 1 for a form with problems, 2 for input that cannot be used, 3 for a PDF that could
/// not be made or written.
fn exit_code(err: &CliError) -> ExitCode {
    ExitCode::from(match err {
        CliError::FormInvalid(_) => 1,
        CliError::BadValue { .. }
        | CliError::FormUnreadable { .. }
        | CliError::FormBadJson { .. }
        | CliError::FormConsentBilingual => 2,
        _ => 3,
    })
}

fn make(messages: &Messages, command: FormCommand) -> Outcome {
    match command {
        FormCommand::Consent {
            input,
            out,
            lang,
            today,
        } => {
            if lang != "both" {
                return Err(CliError::FormConsentBilingual);
            }
            let today = parse_date_opt("--today", today.as_deref())?
                .unwrap_or_else(|| chrono::Local::now().date_naive());
            let form: ConsentForm = read_json(&input)?;
            let pdf = waarborg_documents::consent_form_pdf(&form, ConsentOptions::new(today));
            finish(messages, pdf, &out)
        }
        FormCommand::Clauses { input, out, lang } => {
            let language = match lang.as_str() {
                "nl" => PlanLanguage::Nl,
                "en" => PlanLanguage::En,
                "both" => PlanLanguage::Both,
                other => return Err(CliError::bad_value("--lang", other)),
            };
            let plan: ParentingPlan = read_json(&input)?;
            let library = ClauseLibrary::netherlands().map_err(CliError::document)?;
            let pdf = waarborg_documents::parenting_plan_pdf(&library, &plan, language);
            finish(messages, pdf, &out)
        }
    }
}

/// Reads and parses `path`; the error says why (with line and column).
fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, CliError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| CliError::FormUnreadable {
        file: file.clone(),
        error: e.to_string(),
    })?;
    serde_json::from_slice(&bytes).map_err(|e| CliError::FormBadJson {
        file,
        line: e.line(),
        column: e.column(),
        error: e.to_string(),
    })
}

/// Writes the rendered PDF; a form with problems is an error listing them by field.
fn finish(messages: &Messages, pdf: Result<Vec<u8>, RenderError>, out: &Path) -> Outcome {
    let bytes = pdf.map_err(|err| match err {
        RenderError::Invalid(problems) => CliError::FormInvalid(problems),
        other => CliError::document(SaveError::from(other)),
    })?;
    waarborg_documents::write_pdf_atomically(out, &bytes)
        .map_err(|err| CliError::document(SaveError::from(err)))?;
    println!(
        "{}",
        messages.format(
            "cli-form-written",
            &[("file", out.display().to_string().into())]
        )
    );
    Ok(ExitCode::SUCCESS)
}
