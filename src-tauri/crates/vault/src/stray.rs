//! What is in a vault folder that Waarborg did not put there: folders, links, pipes and
//! unknown files among the vault's own. Every place that lists a folder skips them
//! (they are never followed, read, removed or fatal); `verify` names each one.
//!
//! Inside the vault's folders (`items/`, `meta/`, …) only regular files belong, and in
//! `items/`, `meta/`, `thumbs/`, `records/` and `chats/` only ones named `<uuid>.age`. At the top
//! only the vault's own names are checked, plus temporary names: a file manager or sync
//! tool may add its own files there (`.DS_Store`, `.stfolder/`), which are not evidence
//! and not reported.

use std::fs;
use std::path::{Path, PathBuf};

use uuid::Uuid;

use crate::chat_notes::CHATS_DIR;
use crate::store::{self, TMP_PREFIX};
use crate::vault::{
    ITEMS_DIR, KEYS_DIR, LOCK_FILE, LOG_DIR, META_DIR, PENDING_DIR, RECORDS_DIR, THUMBS_DIR,
    VAULT_JSON,
};

/// Folders whose regular files must be named `<uuid>.age`.
const UUID_FOLDERS: [&str; 5] = [ITEMS_DIR, META_DIR, THUMBS_DIR, RECORDS_DIR, CHATS_DIR];
/// Every folder of a vault.
const FOLDERS: [&str; 8] = [
    KEYS_DIR,
    ITEMS_DIR,
    META_DIR,
    THUMBS_DIR,
    RECORDS_DIR,
    CHATS_DIR,
    LOG_DIR,
    PENDING_DIR,
];
/// Regular files at the top of a vault.
const TOP_FILES: [&str; 4] = [
    VAULT_JSON,
    LOCK_FILE,
    crate::index::INDEX_FILE,
    crate::verify_cache::CACHE_FILE,
];

/// One entry that does not belong: its path relative to the vault and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stray {
    pub(crate) file: PathBuf,
    pub(crate) detail: String,
}

/// Everything in the vault at `dir` that Waarborg did not put there, sorted by path.
/// Folders that cannot be listed are left out (their contents are reported elsewhere
/// as missing or unreadable).
pub(crate) fn find(dir: &Path) -> Vec<Stray> {
    let mut found = Vec::new();
    for (name, file_type) in listing(dir) {
        let what = describe(file_type);
        let expected_dir = FOLDERS.contains(&name.as_str());
        let expected_file = TOP_FILES.contains(&name.as_str());
        let stray = if expected_dir {
            !file_type.is_dir()
        } else if expected_file {
            !file_type.is_file()
        } else {
            // Unknown regular files and folders at the top are left to their owner (see
            // the module comment), except Waarborg's own temporary names.
            name.starts_with(TMP_PREFIX) || !(file_type.is_file() || file_type.is_dir())
        };
        if stray {
            found.push(Stray {
                file: PathBuf::from(&name),
                detail: format!("{what} where the vault has none; skipped"),
            });
        }
    }
    for folder in FOLDERS {
        for (name, file_type) in listing(&dir.join(folder)) {
            let detail = if !file_type.is_file() {
                format!(
                    "{}, not made by Waarborg; not followed or read, skipped",
                    describe(file_type)
                )
            } else if UUID_FOLDERS.contains(&folder) && !is_uuid_age(&name) {
                "a file not made by Waarborg (its name is not a vault file's); skipped".to_owned()
            } else if folder == LOG_DIR && !name.ends_with(".age") {
                "a file not made by Waarborg (not a log entry's name); skipped".to_owned()
            } else if folder == PENDING_DIR && Uuid::parse_str(&name).is_err() {
                "a file not made by Waarborg (not an import marker's name); skipped".to_owned()
            } else {
                continue;
            };
            found.push(Stray {
                file: Path::new(folder).join(&name),
                detail,
            });
        }
    }
    found.sort_by(|a, b| a.file.cmp(&b.file));
    found
}

/// The entries of `dir` with their own type (links not followed).
fn listing(dir: &Path) -> Vec<(String, fs::FileType)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| {
            let file_type = e.file_type().ok()?;
            Some((e.file_name().to_string_lossy().into_owned(), file_type))
        })
        .collect()
}

fn is_uuid_age(name: &str) -> bool {
    name.strip_suffix(".age")
        .is_some_and(|stem| Uuid::parse_str(stem).is_ok())
}

fn describe(file_type: fs::FileType) -> String {
    if file_type.is_dir() {
        "a folder".to_owned()
    } else if file_type.is_symlink() {
        "a link".to_owned()
    } else if file_type.is_file() {
        "a file".to_owned()
    } else {
        format!(
            "a {}",
            store::special_kind(file_type).unwrap_or("special file")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_layout_has_nothing_stray_and_each_kind_is_named() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        for folder in FOLDERS {
            fs::create_dir(dir.join(folder)).unwrap();
        }
        fs::write(dir.join(VAULT_JSON), b"{}").unwrap();
        fs::write(dir.join(".DS_Store"), b"").unwrap();
        fs::create_dir(dir.join(".stfolder")).unwrap();
        let id = Uuid::new_v4();
        fs::write(dir.join(META_DIR).join(format!("{id}.age")), b"").unwrap();
        fs::write(dir.join(LOG_DIR).join("head.age"), b"").unwrap();
        fs::write(dir.join(KEYS_DIR).join("anything.age"), b"").unwrap();
        assert_eq!(find(dir), []);

        fs::create_dir(dir.join(".tmp-x")).unwrap();
        fs::write(dir.join(ITEMS_DIR).join("notes.txt"), b"").unwrap();
        fs::create_dir(dir.join(LOG_DIR).join(format!("{id}.age"))).unwrap();
        fs::write(dir.join(PENDING_DIR).join("marker"), b"").unwrap();
        fs::remove_dir(dir.join(THUMBS_DIR)).unwrap();
        fs::write(dir.join(THUMBS_DIR), b"").unwrap();
        let found: Vec<_> = find(dir).into_iter().map(|s| s.file).collect();
        assert_eq!(
            found,
            [
                PathBuf::from(".tmp-x"),
                Path::new(ITEMS_DIR).join("notes.txt"),
                Path::new(LOG_DIR).join(format!("{id}.age")),
                Path::new(PENDING_DIR).join("marker"),
                PathBuf::from(THUMBS_DIR),
            ]
        );
    }
}
