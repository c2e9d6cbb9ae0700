//! Every code and every label the documents use is translated in both languages.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use waarborg_contract::Language;
use waarborg_documents::{ALL_ERROR_CODES, ValidationCode};
use waarborg_i18n::{Messages, ftl_source, message_ids};

#[test]
fn every_validation_and_error_code_has_a_message_in_both_languages() {
    for &language in Language::ALL {
        let ids = message_ids(ftl_source(language)).unwrap();
        for code in ValidationCode::ALL {
            assert!(ids.contains(&code.message_id()), "{language:?}: {code:?}");
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
        for code in ALL_ERROR_CODES {
            assert!(
                ids.contains(&format!("error-{code}")),
                "{language:?}: {code}"
            );
        }
    }
}

#[test]
fn every_doc_key_used_in_the_source_exists_in_both_languages() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut used = std::collections::BTreeSet::new();
    // Every source file, in submodule folders (src/layout/) too.
    let mut files = Vec::new();
    let mut folders = vec![src];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    for path in files {
        let text = std::fs::read_to_string(path).unwrap();
        for piece in text.split('"').skip(1).step_by(2) {
            if piece.starts_with("doc-")
                && piece.len() > 4
                && piece
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit())
            {
                used.insert(piece.to_owned());
            }
        }
    }
    assert!(used.len() > 80, "{used:?}");
    for &language in Language::ALL {
        let ids = message_ids(ftl_source(language)).unwrap();
        for key in &used {
            assert!(ids.contains(key), "{language:?} lacks {key}");
        }
    }
    // Messages with arguments format without leaving the argument names behind.
    let en = Messages::new(Language::En);
    let page = en.format(
        "doc-footer-page",
        &[("page", 1.into()), ("pages", 2.into())],
    );
    assert_eq!(page, "Page 1 of 2");
}
