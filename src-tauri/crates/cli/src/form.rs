//! `waarborg form consent|clauses`: the printable forms from a JSON file, checked with
//! the same field-level messages as the window. Exit codes: 0 written; 1 the form has
//! problems (listed, nothing written); 2 the input cannot be used (unreadable, not JSON,
//! bad option); 3 the PDF could not be written.

// A command line answers on stdout and reports on stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use waarborg_documents::{
    ClauseLibrary, ConsentForm, ConsentOptions, FieldError, ParentingPlan, PlanLanguage,
    RenderError,
};
use waarborg_i18n::{FluentValue, Messages};

use crate::args::FormCommand;

pub fn run(messages: &Messages, command: FormCommand) -> ExitCode {
    match command {
        FormCommand::Consent {
            input,
            out,
            lang,
            today,
        } => {
            if lang != "both" {
                return fail(messages, 2, "cli-form-consent-bilingual", &[]);
            }
            let today = match today.as_deref() {
                None => chrono::Local::now().date_naive(),
                Some(text) => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                    Ok(date) => date,
                    Err(_) => return bad_value(messages, "--today", text),
                },
            };
            let form: ConsentForm = match read_json(messages, &input) {
                Ok(form) => form,
                Err(code) => return code,
            };
            let pdf = waarborg_documents::consent_form_pdf(&form, ConsentOptions::new(today));
            finish(messages, pdf, &out)
        }
        FormCommand::Clauses { input, out, lang } => {
            let language = match lang.as_str() {
                "nl" => PlanLanguage::Nl,
                "en" => PlanLanguage::En,
                "both" => PlanLanguage::Both,
                other => return bad_value(messages, "--lang", other),
            };
            let plan: ParentingPlan = match read_json(messages, &input) {
                Ok(plan) => plan,
                Err(code) => return code,
            };
            let library = match ClauseLibrary::netherlands() {
                Ok(library) => library,
                Err(err) => {
                    return fail(messages, 3, "error-documents-clause-library", &[])
                        .tap_log(&err.to_string());
                }
            };
            let pdf = waarborg_documents::parenting_plan_pdf(&library, &plan, language);
            finish(messages, pdf, &out)
        }
    }
}

/// Reads and parses `path`; on failure prints why (with line and column) and gives the
/// exit code.
fn read_json<T: serde::de::DeserializeOwned>(
    messages: &Messages,
    path: &Path,
) -> Result<T, ExitCode> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        fail(
            messages,
            2,
            "cli-form-unreadable",
            &[
                ("file", file.clone().into()),
                ("error", e.to_string().into()),
            ],
        )
    })?;
    serde_json::from_slice(&bytes).map_err(|e| {
        fail(
            messages,
            2,
            "cli-form-bad-json",
            &[
                ("file", file.into()),
                ("line", e.line().into()),
                ("column", e.column().into()),
                ("error", e.to_string().into()),
            ],
        )
    })
}

/// Writes the rendered PDF, or lists the form's problems field by field.
fn finish(messages: &Messages, pdf: Result<Vec<u8>, RenderError>, out: &Path) -> ExitCode {
    match pdf {
        Ok(bytes) => match waarborg_documents::write_pdf_atomically(out, &bytes) {
            Ok(()) => {
                println!(
                    "{}",
                    messages.format(
                        "cli-form-written",
                        &[("file", out.display().to_string().into())]
                    )
                );
                ExitCode::SUCCESS
            }
            Err(err) => fail(messages, 3, "error-documents-write", &[]).tap_log(&err.to_string()),
        },
        Err(RenderError::Invalid(problems)) => {
            print_problems(messages, &problems);
            ExitCode::from(1)
        }
        Err(err) => fail(messages, 3, "error-documents-font", &[]).tap_log(&err.to_string()),
    }
}

fn print_problems(messages: &Messages, problems: &[FieldError]) {
    eprintln!(
        "waarborg: {}",
        messages.format("cli-form-problems", &[("count", problems.len().into())])
    );
    for problem in problems {
        eprintln!(
            "  {}: {}",
            problem.field,
            waarborg_documents::field_error_message(messages, problem)
        );
    }
}

fn fail(messages: &Messages, code: u8, id: &str, args: &[(&str, FluentValue<'_>)]) -> ExitCode {
    eprintln!("waarborg: {}", messages.format(id, args));
    ExitCode::from(code)
}

fn bad_value(messages: &Messages, name: &str, value: &str) -> ExitCode {
    fail(
        messages,
        2,
        "cli-bad-value",
        &[("name", name.into()), ("value", value.to_owned().into())],
    )
}

/// Adds the English detail of a failure (for bug reports) under the translated line.
trait TapLog {
    fn tap_log(self, detail: &str) -> Self;
}

impl TapLog for ExitCode {
    fn tap_log(self, detail: &str) -> Self {
        eprintln!("  ({detail})");
        self
    }
}
