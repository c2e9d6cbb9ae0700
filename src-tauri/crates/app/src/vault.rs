//! The vault's lifecycle and everyday operations, as the window asks for them: status,
//! create, unlock, lock, items, records, the log, and keeping a saved document.

use std::path::{Path, PathBuf};

use uuid::Uuid;
use waarborg_contract::{
    ApiError, LockReason, NewVault, Passphrase, Settings, VaultEvent, VaultState, VaultStatus,
};
use waarborg_vault::{
    Category, CreateOptions, DEFAULT_WORK_FACTOR, DeviceKeychain, Item, ItemDescription,
    ItemDetail, LogAnchor, LogKind, LogPage, Provenance, RekeyStep, SourceKind, UnlockError, Vault,
    VerifyReport,
};

use waarborg_i18n::Messages;

use crate::app::{App, absolute_path, invalid};

impl App {
    /// What the window shows about the vault now; `notice` is a problem to mention
    /// without failing (the keychain could not remember the key, say).
    pub fn vault_status(&self, notice: Option<ApiError>) -> Result<VaultStatus, ApiError> {
        // Settings are read once per status (they are a file).
        let settings = self.current_settings()?;
        let dir = self.vault_dir_in(&settings)?;
        let session = self.session();
        // Reading the status is not the parent using the vault: the idle clock runs on.
        let log_anchor = session
            .unattended(|open| Ok(open.vault.log_anchor()))
            .ok()
            .flatten();
        let signing_fingerprint = session
            .unattended(|open| Ok(open.vault.signing_fingerprint()))
            .ok()
            .flatten();
        let state = if session.is_unlocked() {
            VaultState::Unlocked
        } else {
            match waarborg_vault::read_info(&dir) {
                Err(UnlockError::NotAVault { .. }) => VaultState::Missing,
                _ => VaultState::Locked,
            }
        };
        Ok(VaultStatus {
            state,
            dir: dir.to_string_lossy().into_owned(),
            default_dir: self
                .default_vault_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default(),
            log_head: log_anchor.as_ref().map(|a| a.hash.clone()),
            log_anchor,
            rollback: session.rollback(),
            auto_lock_seconds: settings.auto_lock_seconds,
            presenting: session.is_presenting(),
            notice,
            signing_fingerprint,
        })
    }

    /// Creates a vault in `request.dir` (a full path to an empty or new folder), makes it
    /// the vault in use and opens it.
    pub fn create_vault(&self, request: NewVault) -> Result<VaultStatus, ApiError> {
        let NewVault {
            dir,
            passphrase,
            recovery_keys,
            remember_on_device,
        } = request;
        self.session().refuse_while_presenting()?;
        let passphrase = passphrase.into_secret();
        if waarborg_vault::ExposeSecret::expose_secret(&passphrase).is_empty() {
            return Err(invalid("empty passphrase"));
        }
        let dir = absolute_path(&dir, "the vault folder")?;
        waarborg_vault::check_new_passphrase(&passphrase)?;
        let options = CreateOptions {
            work_factor: DEFAULT_WORK_FACTOR,
            recovery_recipients: recovery_keys
                .into_iter()
                .map(|k| k.trim().to_owned())
                .filter(|k| !k.is_empty())
                .collect(),
        };
        self.session().lock_vault(LockReason::Asked);
        let created = Vault::create(&dir, &passphrase, &options)?;
        let notice = remember_on_device.then(|| remember(&created)).flatten();
        self.use_dir(&dir)?;
        self.session().set_open(created);
        self.vault_status(notice)
    }

    /// Makes an existing vault folder the vault in use (locked).
    pub fn use_vault_folder(&self, dir: &str) -> Result<VaultStatus, ApiError> {
        self.session().refuse_while_presenting()?;
        let dir = PathBuf::from(dir.trim());
        waarborg_vault::read_info(&dir)?;
        self.session().lock_vault(LockReason::Asked);
        self.use_dir(&dir)?;
        self.vault_status(None)
    }

    fn use_dir(&self, dir: &Path) -> Result<Settings, ApiError> {
        Ok(self
            .settings()?
            .set_vault_dir(Some(dir.to_string_lossy().into_owned()))?)
    }

    pub fn unlock(
        &self,
        passphrase: Passphrase,
        remember_on_device: bool,
    ) -> Result<VaultStatus, ApiError> {
        let vault = Vault::unlock(&self.vault_dir()?, &passphrase.into_secret())?;
        let notice = remember_on_device.then(|| remember(&vault)).flatten();
        self.session().set_open(vault);
        self.session().passphrase_entered();
        self.vault_status(notice)
    }

    /// Unlocks with the key this device's keychain keeps; refused after a presentation
    /// was locked (leaving one needs the passphrase, not the keychain).
    pub fn unlock_with_device(&self) -> Result<VaultStatus, ApiError> {
        if self.session().passphrase_required() {
            return Err(ApiError::new(
                waarborg_contract::ErrorCode::VaultPresenting,
                "a presentation was locked: unlock with the passphrase",
            ));
        }
        let keychain = DeviceKeychain::native()?;
        let vault = Vault::unlock_with_keychain(&self.vault_dir()?, &keychain)?;
        self.session().set_open(vault);
        self.vault_status(None)
    }

    /// "New passphrase and new key": checks the current passphrase, makes a new vault key
    /// under `new` and re-encrypts every vault file to it (progress as
    /// [`VaultEvent::RekeyProgress`]). A key this device's keychain remembers is replaced
    /// by the new one (the old one opens nothing any more).
    pub fn rekey(&self, current: Passphrase, new: Passphrase) -> Result<VaultStatus, ApiError> {
        let new = new.into_secret();
        if waarborg_vault::ExposeSecret::expose_secret(&new).is_empty() {
            return Err(invalid("empty passphrase"));
        }
        let session = self.session();
        session.refuse_while_presenting()?;
        let check = session.with(|open| Ok(open.vault.passphrase_check()))?;
        check.check(&current.into_secret())?;
        waarborg_vault::check_new_passphrase(&new)?;
        session.with(|open| {
            let mut total = 0;
            open.vault.rekey(&new, DEFAULT_WORK_FACTOR, &mut |step| {
                let (done, files) = match step {
                    RekeyStep::Started { files } => (0, files),
                    RekeyStep::File { done, files } => (done, files),
                    _ => (total, total),
                };
                total = files;
                session.send(VaultEvent::RekeyProgress { done, total: files });
            })?;
            // The keychain's copy of the old key opens nothing now: replace it.
            if let Ok(keychain) = DeviceKeychain::native() {
                let _ = open.vault.replace_if_remembered(&keychain);
            }
            Ok(())
        })?;
        self.vault_status(None)
    }

    pub fn forget_device(&self) -> Result<VaultStatus, ApiError> {
        self.session().refuse_while_presenting()?;
        DeviceKeychain::native()?.forget(&self.vault_dir()?)?;
        self.vault_status(None)
    }

    /// The integrity check, also against this computer's anchor for the vault and
    /// `anchor` (`SEQ:HASH` from a printout or a package), when given. This computer
    /// then remembers the head, unless the log lacks the entry it remembered.
    pub fn verify(&self, anchor: Option<&str>) -> Result<VerifyReport, ApiError> {
        let given = match anchor.map(str::trim).filter(|a| !a.is_empty()) {
            Some(text) => Some(text.parse::<LogAnchor>().map_err(|e| {
                ApiError::new(waarborg_contract::ErrorCode::VaultBadAnchor, e.to_string())
            })?),
            None => None,
        };
        let session = self.session();
        let report = session.with(|open| {
            let anchors = session.anchors().for_verify(&open.vault, given);
            // Progress for the window (`verify-progress`), at each whole percent of a part.
            let mut items = (0u64, 0u64);
            let mut sent = None;
            let mut progress = |p: waarborg_vault::VerifyProgress| {
                let log = match p {
                    waarborg_vault::VerifyProgress::Items { done, total } => {
                        items = (done, total);
                        (0, 0)
                    }
                    waarborg_vault::VerifyProgress::Log { bytes, total } => (bytes, total),
                    _ => return,
                };
                let percent = |(done, total): (u64, u64)| done.saturating_mul(100) / total.max(1);
                let now = (percent(items), percent(log));
                if sent == Some(now) {
                    return;
                }
                sent = Some(now);
                session.send(VaultEvent::VerifyProgress {
                    items_done: items.0,
                    items_total: items.1,
                    log_done: log.0,
                    log_total: log.1,
                });
            };
            Ok(open.vault.verify_with_progress(&anchors, &mut progress)?)
        })?;
        if session.rollback().is_none() {
            session.with(|open| {
                session.anchors().remember(&open.vault);
                Ok(())
            })?;
        }
        Ok(report)
    }

    /// One page of the custody log for the Check view, newest first: up to `limit`
    /// entries (at most [`waarborg_vault::MAX_LOG_PAGE`]) before position `before`, or
    /// from the newest when `None`. Only the log files the page needs are read.
    pub fn log_page(&self, before: Option<u32>, limit: u32) -> Result<LogPage, ApiError> {
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        self.session()
            .with(|open| Ok(open.vault.log_page(before.map(u64::from), limit)?))
    }

    /// The parent restored an older copy on purpose: the log as it is becomes what this
    /// computer remembers, and the warning ends.
    pub fn accept_log(&self) -> Result<VaultStatus, ApiError> {
        self.session().accept_log()?;
        self.vault_status(None)
    }

    pub fn lock(&self, reason: LockReason) -> Result<VaultStatus, ApiError> {
        self.session().lock_vault(reason);
        self.vault_status(None)
    }

    /// The idle time after which the vault locks itself, saved and applied at once.
    pub fn set_auto_lock(&self, seconds: u32) -> Result<Settings, ApiError> {
        let settings = self.settings()?.set_auto_lock_seconds(seconds)?;
        self.session()
            .set_auto_lock_seconds(settings.auto_lock_seconds);
        Ok(settings)
    }

    /// One item with its log. `view` is true when the parent opens the item's page: that
    /// is logged as a view (describing items right after an import is not).
    pub fn item_detail(&self, id: Uuid, view: bool) -> Result<ItemDetail, ApiError> {
        self.session().with(|open| {
            if view {
                open.vault.log_view(id)?;
            }
            let item = open.vault.item(id)?.clone();
            let log = open.vault.log_entries_about(id)?;
            let opens_externally =
                crate::viewer::viewer_extension(&item.facts.media_type, &item.facts.original_name)
                    .is_ok();
            Ok(ItemDetail {
                item,
                log,
                opens_externally,
            })
        })
    }

    /// A new description for an item (the old one is kept in its history).
    pub fn edit_item(&self, id: Uuid, description: ItemDescription) -> Result<Item, ApiError> {
        if description.title.trim().is_empty() {
            return Err(invalid("an item needs a title"));
        }
        self.session()
            .with(|open| Ok(open.vault.edit_item(id, description)?.clone()))
    }

    /// A decrypted copy of the item in the private viewer folder (deleted when the vault
    /// locks), to open in a system viewer; made once per unlock. Its extension comes
    /// from the media type detected at import, never from the original name, so a
    /// received `.html`, `.lnk` or macro document cannot choose the program that opens
    /// it; types that run code or fetch content are refused
    /// (`vault-viewer-active-type`, see [`crate::viewer::viewer_extension`]).
    pub fn viewer_copy(&self, id: Uuid) -> Result<PathBuf, ApiError> {
        self.session().with(|open| {
            let facts = &open.vault.item(id)?.facts;
            let extension =
                crate::viewer::viewer_extension(&facts.media_type, &facts.original_name)?;
            let dir = open.viewer_dir()?;
            let path = dir.join(format!("{id}.{extension}"));
            if !path.exists() {
                open.vault.open_item(id, &path)?;
            }
            Ok(path)
        })
    }

    /// Saves the item's original bytes to `destination` (a full path the parent chose in
    /// a save dialog), checked against its SHA-256, and logs it as an export. The way out
    /// for a file Waarborg will not open in another program: the parent gets the file
    /// itself, under its own name, to hand to someone who can look at it safely.
    pub fn save_item_copy(&self, id: Uuid, destination: &str) -> Result<PathBuf, ApiError> {
        let destination = absolute_path(destination, "where to save the copy")?;
        self.session().with(|open| {
            open.vault.export_item(id, &destination)?;
            Ok(destination)
        })
    }

    /// The item's original file name, for the save dialog.
    pub fn original_name(&self, id: Uuid) -> Result<String, ApiError> {
        self.session()
            .with(|open| Ok(open.vault.item(id)?.facts.original_name.clone()))
    }

    /// Keeps a copy of a document Waarborg saved (a consent form, a parenting plan) in
    /// the vault as an official document, and logs that it was generated. Only PDFs in
    /// Waarborg's own documents folder: the webview cannot import arbitrary files this way.
    pub fn keep_document(&self, path: &str, what: &str) -> Result<Item, ApiError> {
        let file = self
            .own_pdf(path)?
            .ok_or_else(|| invalid("not a document saved by Waarborg"))?;
        let what = what.trim();
        let mut description = waarborg_vault::suggest_description(&file);
        description.category = Category::OfficialDocuments;
        description.provenance = Provenance {
            source_kind: SourceKind::OwnDevice,
            // In the parent's language, like `what` (the window's own label).
            details: Messages::new(self.language())
                .format("vault-made-with-waarborg", &[("what", what.into())]),
        };
        self.session().with(|open| {
            let item = open.vault.import_file(&file, description)?;
            open.vault
                .log_event(LogKind::DocumentGenerated, Some(item.id), what)?;
            Ok(item)
        })
    }
}

/// Stores the key in this device's keychain; a failure is a notice, not an error: the
/// vault itself is fine and opens with the passphrase.
fn remember(vault: &Vault) -> Option<ApiError> {
    DeviceKeychain::native()
        .and_then(|keychain| vault.remember_on_device(&keychain))
        .err()
        .map(ApiError::from)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::testing::unlocked_app;
    use waarborg_contract::{ErrorCode, LanguagePreference};

    #[test]
    fn a_saved_document_is_kept_as_official_and_logged_in_the_parents_language() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        app.settings()
            .unwrap()
            .set_language(LanguagePreference::Nl)
            .unwrap();
        let documents = tmp.path().join("documents");
        std::fs::create_dir_all(&documents).unwrap();
        let pdf = documents.join("ouderschapsplan.pdf");
        std::fs::write(&pdf, b"%PDF-1.4 plan").unwrap();

        let item = app
            .keep_document(&pdf.to_string_lossy(), " ouderschapsplan ")
            .unwrap();
        assert_eq!(item.description.category, Category::OfficialDocuments);
        // A PDF may be opened in another program.
        assert!(app.item_detail(item.id, false).unwrap().opens_externally);
        assert_eq!(
            item.description.provenance.details,
            "Gemaakt met Waarborg: ouderschapsplan"
        );
        let log = app
            .session()
            .with(|open| Ok(open.vault.log_entries_about(item.id)?))
            .unwrap();
        assert!(
            log.iter()
                .any(|e| e.kind == LogKind::DocumentGenerated && e.note == "ouderschapsplan")
        );

        // Only Waarborg's own PDFs: anything else the webview names is refused.
        let elsewhere = tmp.path().join("elders.pdf");
        std::fs::write(&elsewhere, b"%PDF-1.4").unwrap();
        let err = app
            .keep_document(&elsewhere.to_string_lossy(), "x")
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultInvalidInput);
    }

    #[test]
    fn the_status_names_the_vault_in_use_and_a_new_vault_needs_a_full_path() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        let status = app.vault_status(None).unwrap();
        assert_eq!(status.state, VaultState::Unlocked);
        assert_eq!(status.dir, tmp.path().join("vault").to_string_lossy());
        assert!(status.log_head.is_some());
        app.lock(LockReason::Asked).unwrap();
        assert_eq!(app.vault_status(None).unwrap().state, VaultState::Locked);

        let request = |dir: &str, passphrase: &str| NewVault {
            dir: dir.to_owned(),
            passphrase: Passphrase::from(passphrase.to_owned()),
            recovery_keys: Vec::new(),
            remember_on_device: false,
        };
        let err = app
            .create_vault(request("relative/kluis", "x"))
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultInvalidInput);
        let err = app
            .create_vault(request(&tmp.path().join("nieuw").to_string_lossy(), ""))
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultInvalidInput);
        let err = app
            .unlock(Passphrase::from("wrong".to_owned()), false)
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultWrongPassphrase);
    }

    #[test]
    fn a_weak_new_passphrase_is_refused_for_a_new_vault_and_a_rekey_and_nothing_changes() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        let dir = tmp.path().join("nieuw");
        let err = app
            .create_vault(NewVault {
                dir: dir.to_string_lossy().into_owned(),
                passphrase: Passphrase::from("password123".to_owned()),
                recovery_keys: Vec::new(),
                remember_on_device: false,
            })
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::PassphraseTooWeak);
        assert!(!err.message.contains("password123"));
        assert!(!dir.exists(), "a refused vault leaves no folder");
        // The vault in use is still the old one, still open.
        assert_eq!(app.vault_status(None).unwrap().state, VaultState::Unlocked);

        let err = app
            .rekey(
                Passphrase::from(crate::testing::PASSPHRASE.to_owned()),
                Passphrase::from("wachtwoord123".to_owned()),
            )
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::PassphraseTooWeak);
        app.lock(LockReason::Asked).unwrap();
        app.unlock(
            Passphrase::from(crate::testing::PASSPHRASE.to_owned()),
            false,
        )
        .unwrap();
    }

    #[test]
    fn a_saved_copy_is_the_original_bytes_under_the_chosen_name_and_logged_as_an_export() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        // An HTML page: refused by the system viewer, so the parent saves a copy.
        let page = tmp.path().join("bericht.html");
        std::fs::write(&page, b"<html><script>fetch('https://x')</script></html>").unwrap();
        let id = app
            .session()
            .with(|open| {
                let description = waarborg_vault::suggest_description(&page);
                Ok(open.vault.import_file(&page, description).unwrap().id)
            })
            .unwrap();
        assert_eq!(
            app.viewer_copy(id).unwrap_err().code,
            ErrorCode::VaultViewerActiveType
        );
        // The item page does not offer it: the same rules decide.
        assert!(!app.item_detail(id, false).unwrap().opens_externally);
        assert_eq!(app.original_name(id).unwrap(), "bericht.html");

        let out = tmp.path().join("saved").join("bericht.html");
        std::fs::create_dir_all(out.parent().unwrap()).unwrap();
        let saved = app.save_item_copy(id, out.to_str().unwrap()).unwrap();
        assert_eq!(saved, out);
        assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&page).unwrap());
        let exports = app
            .session()
            .with(|open| Ok(open.vault.log_entries()?))
            .unwrap()
            .into_iter()
            .filter(|e| e.kind == LogKind::Export && e.subject == Some(id))
            .count();
        assert_eq!(exports, 1);

        let err = app.save_item_copy(id, "relative/bericht.html").unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultInvalidInput);
    }

    #[derive(Default, Clone)]
    struct Recorder(std::sync::Arc<std::sync::Mutex<Vec<VaultEvent>>>);

    impl crate::session::EventSink for Recorder {
        fn send(&self, event: VaultEvent) {
            self.0.lock().unwrap().push(event);
        }
    }

    #[test]
    fn verify_reports_progress_to_the_window_over_items_then_the_log() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        crate::testing::import_texts(app.session(), tmp.path(), &["chat.txt", "brief.txt"]);
        let events = Recorder::default();
        app.session().subscribe(Box::new(events.clone()));
        assert!(app.verify(None).unwrap().problems.is_empty());
        let progress: Vec<(u64, u64, u64, u64)> = events
            .0
            .lock()
            .unwrap()
            .iter()
            .filter_map(|e| match e {
                VaultEvent::VerifyProgress {
                    items_done,
                    items_total,
                    log_done,
                    log_total,
                } => Some((*items_done, *items_total, *log_done, *log_total)),
                _ => None,
            })
            .collect();
        assert!(progress.contains(&(1, 2, 0, 0)), "{progress:?}");
        let last = progress.last().unwrap();
        assert!(
            last.0 == 2 && last.1 == 2 && last.3 > 0 && last.2 == last.3,
            "ends complete: {progress:?}"
        );
        assert!(
            progress
                .windows(2)
                .all(|w| w[0].0 <= w[1].0 && w[0].2 <= w[1].2 && w[0] != w[1]),
            "never goes back, never repeats: {progress:?}"
        );
    }

    #[test]
    fn the_check_view_reads_the_log_a_page_at_a_time_newest_first() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        crate::testing::import_texts(app.session(), tmp.path(), &["chat.txt", "brief.txt"]);
        let first = app.log_page(None, 2).unwrap();
        let total = first.total;
        assert!(total >= 3, "create and two imports: {total}");
        let seqs: Vec<u64> = first.entries.iter().map(|e| e.seq).collect();
        assert_eq!(seqs, [total - 1, total - 2]);
        assert_eq!(first.next_before, Some(total - 2));
        let before = u32::try_from(total - 2).unwrap();
        let rest = app.log_page(Some(before), 1000).unwrap();
        let rest: Vec<u64> = rest.entries.iter().map(|e| e.seq).collect();
        assert_eq!(rest, (0..total - 2).rev().collect::<Vec<_>>());
        assert_eq!(app.log_page(Some(before), 1000).unwrap().next_before, None);
        app.lock(LockReason::Asked).unwrap();
        assert!(app.log_page(None, 10).is_err(), "locked: nothing to read");
    }

    #[test]
    fn rekey_checks_the_current_passphrase_reports_progress_and_opens_only_with_the_new_one() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        crate::testing::import_texts(app.session(), tmp.path(), &["chat.txt", "brief.txt"]);
        let events = Recorder::default();
        app.session().subscribe(Box::new(events.clone()));
        let new = "groene reiger slaapt onder de brug";

        // A wrong current passphrase and an empty new one change nothing.
        let err = app
            .rekey(
                Passphrase::from("wrong".to_owned()),
                Passphrase::from(new.to_owned()),
            )
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultWrongPassphrase);
        let err = app
            .rekey(
                Passphrase::from(crate::testing::PASSPHRASE.to_owned()),
                Passphrase::from(String::new()),
            )
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultInvalidInput);
        assert!(events.0.lock().unwrap().is_empty());

        let status = app
            .rekey(
                Passphrase::from(crate::testing::PASSPHRASE.to_owned()),
                Passphrase::from(new.to_owned()),
            )
            .unwrap();
        assert_eq!(status.state, VaultState::Unlocked);
        let progress: Vec<(u64, u64)> = events
            .0
            .lock()
            .unwrap()
            .iter()
            .filter_map(|e| match e {
                VaultEvent::RekeyProgress { done, total } => Some((*done, *total)),
                _ => None,
            })
            .collect();
        let (first, last) = (progress.first().unwrap(), progress.last().unwrap());
        assert_eq!(first.0, 0, "starts at 0: {progress:?}");
        assert!(
            last.1 > 0 && last.0 == last.1,
            "ends complete: {progress:?}"
        );
        assert!(
            progress.windows(2).all(|w| w[0].0 <= w[1].0),
            "never goes back: {progress:?}"
        );

        app.lock(LockReason::Asked).unwrap();
        let err = app
            .unlock(
                Passphrase::from(crate::testing::PASSPHRASE.to_owned()),
                false,
            )
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultWrongPassphrase);
        app.unlock(Passphrase::from(new.to_owned()), false).unwrap();
        let report = app.verify(None).unwrap();
        assert!(report.problems.is_empty(), "{:?}", report.problems);
    }
}
