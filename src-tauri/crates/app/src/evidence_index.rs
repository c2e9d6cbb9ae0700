//! The evidence index PDF of an export: the vault's index entries with bilingual labels,
//! and per item its custody summary from the log.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;
use waarborg_contract::Language;
use waarborg_documents::{CustodySummary, EvidenceEntry, EvidenceIndex, evidence_index_pdf};
use waarborg_i18n::Messages;
use waarborg_vault::{IndexPdfInput, LogEntry, LogKind};

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
                let custody = custody_summary(entry.id, input.history, source.clone());
                EvidenceEntry {
                    number: entry.number,
                    file: entry.file.clone(),
                    title: entry.title.clone(),
                    category: both(&format!("vault-category-{}", entry.category)),
                    event_date: NaiveDate::parse_from_str(&entry.event_date, "%Y-%m-%d").ok(),
                    imported_at: DateTime::parse_from_rfc3339(&entry.imported_at)
                        .map(|d| d.with_timezone(&Utc))
                        .unwrap_or(input.exported_at),
                    provenance: {
                        let mut provenance = if entry.provenance.trim().is_empty() {
                            source
                        } else {
                            format!("{source} — {}", entry.provenance.trim())
                        };
                        // A chat export's transcript, beside it in the package.
                        if let Some(t) = &entry.transcript {
                            provenance.push_str(&format!(
                                " — {}: {} (SHA-256 {})",
                                both("doc-index-transcript"),
                                t.file,
                                t.sha256
                            ));
                        }
                        provenance
                    },
                    original_name: entry.original_name.clone(),
                    size: entry.size,
                    sha256: entry.sha256.clone(),
                    description: entry.description.clone(),
                    thumbnail_jpeg: thumbnail.clone(),
                    custody: Some(custody),
                }
            })
            .collect();
        evidence_index_pdf(&EvidenceIndex {
            case_summary: case_summary.to_owned(),
            exported_at: input.exported_at,
            log_anchor: input.log_anchor.cloned(),
            entries,
            signing_fingerprint: input.signing_fingerprint.map(str::to_owned),
        })
        .map_err(|e| e.to_string())
    }
}

/// What the log entries before this export say about item `id`: imported when, views
/// (count and last), description edits and earlier exports, each oldest first.
pub(crate) fn custody_summary(id: Uuid, history: &[LogEntry], source: String) -> CustodySummary {
    let mut summary = CustodySummary {
        source,
        ..CustodySummary::default()
    };
    for entry in history.iter().filter(|e| e.subject == Some(id)) {
        match entry.kind {
            LogKind::Import => {
                summary.imported.get_or_insert(entry.at);
            }
            LogKind::View => {
                summary.views += 1;
                summary.last_view = summary.last_view.max(Some(entry.at));
            }
            LogKind::Edit => summary.edits.push(entry.at),
            LogKind::Export => summary.earlier_exports.push(entry.at),
            _ => {}
        }
    }
    summary.edits.sort();
    summary.earlier_exports.sort();
    summary
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::testing::created_vault;

    #[test]
    fn the_summary_counts_views_lists_edits_and_earlier_exports_of_one_item() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        let file = tmp.path().join("bericht.txt");
        std::fs::write(&file, b"bericht").unwrap();
        let other = tmp.path().join("ander.txt");
        std::fs::write(&other, b"ander").unwrap();
        let id = vault
            .import_file(&file, waarborg_vault::suggest_description(&file))
            .unwrap()
            .id;
        let other = vault
            .import_file(&other, waarborg_vault::suggest_description(&other))
            .unwrap()
            .id;
        vault.log_event(LogKind::View, Some(id), "").unwrap();
        vault.log_event(LogKind::View, Some(other), "").unwrap();
        vault.log_event(LogKind::View, Some(id), "").unwrap();
        vault.log_event(LogKind::Edit, Some(id), "").unwrap();
        vault
            .log_event(LogKind::Export, Some(id), "folder a")
            .unwrap();
        let history = vault.log_entries().unwrap();
        let at = |kind: LogKind| -> Vec<_> {
            history
                .iter()
                .filter(|e| e.subject == Some(id) && e.kind == kind)
                .map(|e| e.at)
                .collect()
        };

        let summary = custody_summary(id, &history, "Eigen / Own".to_owned());
        assert_eq!(summary.imported, at(LogKind::Import).first().copied());
        assert!(summary.imported.is_some());
        assert_eq!(summary.views, 2);
        assert_eq!(summary.last_view, at(LogKind::View).last().copied());
        assert_eq!(summary.edits, at(LogKind::Edit));
        assert_eq!(summary.earlier_exports, at(LogKind::Export));
        assert_eq!(summary.source, "Eigen / Own");
        let untouched = custody_summary(other, &history, String::new());
        assert_eq!((untouched.views, untouched.edits.len()), (1, 0));
    }
}
