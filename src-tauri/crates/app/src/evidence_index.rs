//! The evidence index PDF of an export: the vault's index entries with bilingual labels.

use chrono::{DateTime, NaiveDate, Utc};
use waarborg_contract::Language;
use waarborg_documents::{EvidenceEntry, EvidenceIndex, evidence_index_pdf};
use waarborg_i18n::Messages;
use waarborg_vault::IndexPdfInput;

/// Renders the evidence index PDF of an export (bilingual labels, whatever the app's
/// language: the package is for a Dutch or a foreign reader).
pub fn index_pdf_renderer(
    case_summary: &str,
) -> impl Fn(&IndexPdfInput<'_>) -> Result<Vec<u8>, String> + '_ {
    let nl = Messages::new(Language::Nl);
    let en = Messages::new(Language::En);
    move |input| {
        let both = |id: &str| format!("{} / {}", nl.get(id), en.get(id));
        let entries = input
            .entries
            .iter()
            .zip(input.thumbnails.iter().chain(std::iter::repeat(&None)))
            .map(|(entry, thumbnail)| {
                let source = both(&format!("vault-source-{}", entry.source));
                EvidenceEntry {
                    number: entry.number,
                    file: entry.file.clone(),
                    title: entry.title.clone(),
                    category: both(&format!("vault-category-{}", entry.category)),
                    event_date: NaiveDate::parse_from_str(&entry.event_date, "%Y-%m-%d").ok(),
                    imported_at: DateTime::parse_from_rfc3339(&entry.imported_at)
                        .map(|d| d.with_timezone(&Utc))
                        .unwrap_or(input.exported_at),
                    provenance: if entry.provenance.trim().is_empty() {
                        source
                    } else {
                        format!("{source} — {}", entry.provenance.trim())
                    },
                    original_name: entry.original_name.clone(),
                    size: entry.size,
                    sha256: entry.sha256.clone(),
                    description: entry.description.clone(),
                    thumbnail_jpeg: thumbnail.clone(),
                }
            })
            .collect();
        evidence_index_pdf(&EvidenceIndex {
            case_summary: case_summary.to_owned(),
            exported_at: input.exported_at,
            log_anchor: input.log_anchor.cloned(),
            entries,
        })
        .map_err(|e| e.to_string())
    }
}
