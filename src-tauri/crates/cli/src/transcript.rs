//! `waarborg transcript ID --out FILE.pdf [--marked] [--context N] [--keep]`: the
//! transcript PDF of a chat export in the vault (issue 18).
#![allow(clippy::print_stdout)]

use std::path::Path;
use std::process::ExitCode;

use waarborg_app::chat::{TranscriptOptions, keep_transcript, transcript_pdf};

use crate::console::{CliError, Console, Outcome};

pub(crate) struct TranscriptArgs<'a> {
    pub id: &'a str,
    pub out: &'a Path,
    pub marked: bool,
    pub context: u32,
    pub keep: bool,
    pub date_order: Option<&'a str>,
}

pub(crate) fn transcript(
    console: &mut Console<'_>,
    dir: &Path,
    args: &TranscriptArgs<'_>,
) -> Outcome {
    let id: uuid::Uuid = args
        .id
        .parse()
        .map_err(|_| CliError::bad_value("ID", args.id))?;
    let mut vault = console.unlock(dir)?;
    if let Some(order) = args.date_order {
        if !matches!(order, "day-month-year" | "month-day-year") {
            return Err(CliError::bad_value("--date-order", order));
        }
        vault.set_chat_date_order(id, order)?;
    }
    let today = chrono::Local::now().date_naive();
    let options = TranscriptOptions {
        marked_only: args.marked,
        context: args.context,
    };
    let pdf = transcript_pdf(&mut vault, id, options, today).map_err(CliError::document)?;
    waarborg_documents::write_pdf_atomically(args.out, &pdf).map_err(|e| CliError::Document {
        code: waarborg_contract::ErrorCode::DocumentsWrite,
        detail: e.to_string(),
    })?;
    println!(
        "{}",
        console.messages.format(
            "cli-transcript-written",
            &[("file", args.out.display().to_string().into())]
        )
    );
    if args.keep {
        let kept = keep_transcript(&mut vault, id, args.out).map_err(CliError::document)?;
        println!(
            "{}",
            console.messages.format(
                "cli-imported",
                &[
                    ("file", args.out.display().to_string().into()),
                    ("id", kept.id.to_string().into()),
                    ("sha256", kept.facts.sha256.clone().into()),
                ]
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}
