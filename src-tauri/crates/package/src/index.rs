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

/// The CSV form of the index (a header row, then one row per file).
pub fn index_csv(entries: &[IndexEntry]) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for entry in entries {
        writer.serialize(entry).map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// What `custody-log.json` holds that a reader needs without the vault: the log head.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct CustodyHead {
    pub log_head: Option<String>,
}
