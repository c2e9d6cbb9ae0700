//! Where a finished document goes: a readable, unique file name in the parent's
//! documents folder, written atomically.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use waarborg_contract::Language;

use crate::clauses::{ClauseLibrary, ParentingPlan};
use crate::consent::ConsentForm;
use crate::consent_pdf::{ConsentOptions, consent_form_pdf};
use crate::error::{SaveError, WriteError};
use crate::plan_pdf::{PlanLanguage, parenting_plan_pdf};
use crate::write::write_pdf_atomically;

/// Longest file-name stem we make: well under every file system's 255-byte limit,
/// and still readable in a file manager.
const MAX_STEM_CHARS: usize = 80;

/// Validates, renders and writes the consent form into `dir` (created if missing),
/// under a name such as `reistoestemming-anna-de-vries-2027-07-01.pdf`. An existing
/// file is never replaced: a number is added instead. Returns the path written.
pub fn save_consent_form(
    form: &ConsentForm,
    today: NaiveDate,
    dir: &Path,
    language: Language,
) -> Result<PathBuf, SaveError> {
    let bytes = consent_form_pdf(form, ConsentOptions::new(today))?;
    let prefix = match language {
        Language::Nl => "reistoestemming",
        Language::En => "travel-consent",
    };
    let stem = safe_stem(&format!(
        "{prefix} {} {} {}",
        form.child.given_names, form.child.surname, form.trip.departure_date
    ));
    write_new(dir, &stem, &bytes)
}

/// Validates, renders and writes the parenting-plan clauses into `dir`, under a name
/// such as `ouderschapsplan-afspraken-2026-11-25.pdf`; never replaces a file.
pub fn save_parenting_plan(
    library: &ClauseLibrary,
    plan: &ParentingPlan,
    language: PlanLanguage,
    dir: &Path,
    ui_language: Language,
) -> Result<PathBuf, SaveError> {
    let bytes = parenting_plan_pdf(library, plan, language)?;
    let prefix = match ui_language {
        Language::Nl => "ouderschapsplan-afspraken",
        Language::En => "parenting-plan-clauses",
    };
    let stem = safe_stem(&format!("{prefix} {}", plan.sign_date));
    write_new(dir, &stem, &bytes)
}

pub(crate) fn write_new(dir: &Path, stem: &str, bytes: &[u8]) -> Result<PathBuf, SaveError> {
    std::fs::create_dir_all(dir).map_err(|source| WriteError::Io {
        path: dir.to_owned(),
        source,
    })?;
    let path = unused_path(dir, stem);
    write_pdf_atomically(&path, bytes)?;
    Ok(path)
}

/// `path` resolved, when it names a PDF directly inside `dir` (links and `..`
/// resolved first); `None` for anything else. Guards "open to print": the webview
/// must not be able to have the shell open arbitrary files.
pub fn saved_pdf_in(dir: &Path, path: &Path) -> Option<PathBuf> {
    let dir = dir.canonicalize().ok()?;
    let file = path.canonicalize().ok()?;
    let is_pdf = file.extension().is_some_and(|ext| ext == "pdf");
    (is_pdf && file.is_file() && file.parent() == Some(dir.as_path())).then_some(file)
}

/// Lower-case letters and digits (any script), single dashes between words; nothing
/// a file system or shell treats specially, no leading dot, never empty.
pub fn safe_stem(text: &str) -> String {
    let mut stem = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
        if stem.chars().count() >= MAX_STEM_CHARS {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "document".to_owned()
    } else {
        stem.to_owned()
    }
}

fn unused_path(dir: &Path, stem: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.pdf"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.pdf")))
        .find(|candidate| !candidate.exists())
        .unwrap_or(first) // unreachable: the range is unbounded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_safe_and_readable() {
        assert_eq!(
            safe_stem("reistoestemming Anna Maria de Vries 2027-07-01"),
            "reistoestemming-anna-maria-de-vries-2027-07-01"
        );
        assert_eq!(safe_stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(safe_stem("Şükrü Öztürk"), "şükrü-öztürk");
        assert_eq!(safe_stem("  //..  "), "document");
        assert_eq!(safe_stem(".hidden"), "hidden");
        assert!(safe_stem(&"x".repeat(500)).chars().count() <= MAX_STEM_CHARS);
    }

    #[test]
    fn only_pdfs_saved_in_the_folder_may_be_opened() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("Waarborg");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for name in ["a.pdf", "notes.txt", "sub/b.pdf"] {
            std::fs::write(dir.join(name), b"x").unwrap();
        }
        std::fs::write(root.path().join("outside.pdf"), b"x").unwrap();
        assert!(saved_pdf_in(&dir, &dir.join("a.pdf")).is_some());
        assert!(saved_pdf_in(&dir, &dir.join("notes.txt")).is_none());
        assert!(saved_pdf_in(&dir, &dir.join("sub/b.pdf")).is_none());
        assert!(saved_pdf_in(&dir, &dir.join("../outside.pdf")).is_none());
        assert!(saved_pdf_in(&dir, &dir.join("missing.pdf")).is_none());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.path().join("outside.pdf"), dir.join("link.pdf"))
                .unwrap();
            assert!(saved_pdf_in(&dir, &dir.join("link.pdf")).is_none());
        }
    }

    #[test]
    fn an_existing_file_gets_a_number_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.pdf"), b"old").unwrap();
        std::fs::write(dir.path().join("a-2.pdf"), b"old").unwrap();
        assert_eq!(unused_path(dir.path(), "a"), dir.path().join("a-3.pdf"));
    }
}
