//! The open vault of this window, and what belongs to it: the idle clock, the running
//! import's cancel flag, the event channel to the window, the folder of decrypted
//! copies opened in a system viewer (removed when the vault locks), and a running
//! presentation.
//!
//! **Presentation mode** is enforced here, not in the window: while it runs,
//! [`VaultSession::with`] and [`VaultSession::unattended`] refuse with
//! `vault-presenting`, so every vault command (including any added later) is refused by
//! default. Only the few paths presenting needs use [`VaultSession::with_presented`]
//! (its items) and [`VaultSession::with_item`] (content of a presented item). Locking
//! ends a presentation, as it drops the whole [`OpenVault`].

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use tauri::ipc::Channel;
use uuid::Uuid;
use waarborg_contract::{ApiError, ErrorCode, LockReason, VaultEvent};
use waarborg_vault::Vault;

/// An unlocked vault and the plaintext copies it made for the system viewer.
pub struct OpenVault {
    pub vault: Vault,
    /// Created on first use; deleted (with its files) when this value is dropped.
    pub viewer_copies: Option<tempfile::TempDir>,
    /// The running presentation; private, so only this module starts or ends one.
    presentation: Option<Presentation>,
}

/// What is being presented, and how to undo the window's full screen afterwards.
struct Presentation {
    /// The items shown, in the order the parent chose; nothing else can be read.
    ids: Vec<Uuid>,
    /// Items already logged as viewed in this presentation.
    viewed: HashSet<Uuid>,
    /// Run once when the presentation ends (left with the passphrase, or locked).
    on_end: Box<dyn FnOnce() + Send>,
}

fn presenting_error() -> ApiError {
    ApiError::new(
        ErrorCode::VaultPresenting,
        "a presentation is running; leave it with the passphrase first",
    )
}

pub struct VaultSession {
    open: Mutex<Option<OpenVault>>,
    last_used: Mutex<Option<Instant>>,
    importing: AtomicBool,
    cancel_import: AtomicBool,
    events: Mutex<Option<Channel<VaultEvent>>>,
    auto_lock_seconds: AtomicU32,
    /// A lock ended a presentation: the next unlock must use the passphrase (the device
    /// keychain would otherwise get past the passphrase asked to leave it).
    passphrase_required: AtomicBool,
}

impl std::fmt::Debug for VaultSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VaultSession")
            .field("unlocked", &self.is_unlocked())
            .finish_non_exhaustive()
    }
}

/// A poisoned lock only means another command panicked mid-way; the data (an open
/// vault or a timestamp) is still the right data to use.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl VaultSession {
    pub fn new(auto_lock_seconds: u32) -> Self {
        Self {
            open: Mutex::new(None),
            last_used: Mutex::new(None),
            importing: AtomicBool::new(false),
            cancel_import: AtomicBool::new(false),
            events: Mutex::new(None),
            auto_lock_seconds: AtomicU32::new(auto_lock_seconds),
            passphrase_required: AtomicBool::new(false),
        }
    }

    pub fn set_auto_lock_seconds(&self, seconds: u32) {
        self.auto_lock_seconds.store(seconds, Ordering::SeqCst);
    }

    /// Locks the vault when it has not been used for the configured idle time; never
    /// during an import.
    pub fn lock_if_idle(&self) {
        let idle = Duration::from_secs(self.auto_lock_seconds.load(Ordering::SeqCst).into());
        if self.importing.load(Ordering::SeqCst) || !self.is_unlocked() {
            return;
        }
        let idle_for = lock(&self.last_used).map(|t| t.elapsed());
        if idle_for.is_some_and(|d| d >= idle) {
            self.lock_vault(LockReason::Idle);
        }
    }

    pub fn is_unlocked(&self) -> bool {
        lock(&self.open).is_some()
    }

    /// Keeps `vault` as the open vault (replacing, and so locking, any other; a
    /// presentation of the other ends).
    pub fn set_open(&self, vault: Vault) {
        let previous = lock(&self.open).replace(OpenVault {
            vault,
            viewer_copies: None,
            presentation: None,
        });
        if let Some(presentation) = previous.and_then(|mut open| open.presentation.take()) {
            (presentation.on_end)();
        }
        self.touch();
    }

    /// `vault-presenting` while a presentation runs: for commands that change what is
    /// open or imported without going through [`VaultSession::with`].
    pub fn refuse_while_presenting(&self) -> Result<(), ApiError> {
        if self.is_presenting() {
            Err(presenting_error())
        } else {
            Ok(())
        }
    }

    /// Runs `f` on the open vault for the parent (it counts as use: the idle clock
    /// restarts), or fails with `vault-locked`, or `vault-presenting` while a
    /// presentation runs.
    pub fn with<T>(
        &self,
        f: impl FnOnce(&mut OpenVault) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        self.touch();
        self.unattended(f)
    }

    /// Like [`VaultSession::with`] for the app's own background work (the trip watch, a
    /// status read): not use by the parent, so the idle lock is not postponed.
    pub fn unattended<T>(
        &self,
        f: impl FnOnce(&mut OpenVault) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let mut guard = lock(&self.open);
        let open = open_in(&mut guard)?;
        if open.presentation.is_some() {
            return Err(presenting_error());
        }
        f(open)
    }

    /// Runs `f` for one item's content or thumbnail (the `vault:` scheme): any item
    /// normally, only a presented one while a presentation runs.
    pub fn with_item<T>(
        &self,
        id: Uuid,
        f: impl FnOnce(&mut OpenVault) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        self.touch();
        let mut guard = lock(&self.open);
        let open = open_in(&mut guard)?;
        if open
            .presentation
            .as_ref()
            .is_some_and(|p| !p.ids.contains(&id))
        {
            return Err(presenting_error());
        }
        f(open)
    }

    /// Runs `f` with the open vault and the presented ids (in order); only while a
    /// presentation runs (`vault-invalid-input` otherwise). For the presentation's own
    /// commands, and nothing else.
    pub fn with_presented<T>(
        &self,
        f: impl FnOnce(&mut OpenVault, &[Uuid]) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        self.touch();
        let mut guard = lock(&self.open);
        let open = open_in(&mut guard)?;
        let ids = open
            .presentation
            .as_ref()
            .map(|p| p.ids.clone())
            .ok_or_else(|| ApiError::new(ErrorCode::VaultInvalidInput, "no presentation"))?;
        f(open, &ids)
    }

    /// Starts presenting exactly `ids` (duplicates dropped, order kept). Refused with
    /// `vault-present-nothing` for none, `vault-not-found` for an id the vault does not
    /// hold, `vault-presenting` when one already runs. `on_end` runs when it ends.
    pub fn start_presenting(
        &self,
        ids: &[Uuid],
        on_end: Box<dyn FnOnce() + Send>,
    ) -> Result<(), ApiError> {
        let mut unique = Vec::with_capacity(ids.len());
        for id in ids {
            if !unique.contains(id) {
                unique.push(*id);
            }
        }
        if unique.is_empty() {
            return Err(ApiError::new(
                ErrorCode::VaultPresentNothing,
                "no items to present",
            ));
        }
        self.with(|open| {
            for id in &unique {
                open.vault
                    .item(*id)
                    .map_err(|e| crate::vault_commands::vault_error(&e))?;
            }
            open.presentation = Some(Presentation {
                ids: unique,
                viewed: HashSet::new(),
                on_end,
            });
            Ok(())
        })
    }

    /// True the first time a presented item is shown in this presentation (so it is
    /// logged as viewed once); false for an item already shown. Refused for an item that
    /// is not presented.
    pub fn first_view(&self, id: Uuid) -> Result<bool, ApiError> {
        let mut guard = lock(&self.open);
        let open = open_in(&mut guard)?;
        match open.presentation.as_mut() {
            Some(p) if p.ids.contains(&id) => Ok(p.viewed.insert(id)),
            Some(_) => Err(presenting_error()),
            None => Err(ApiError::new(
                ErrorCode::VaultInvalidInput,
                "no presentation",
            )),
        }
    }

    /// Ends the running presentation (the caller has checked the passphrase); false
    /// when none ran.
    pub fn end_presenting(&self) -> bool {
        let ended = lock(&self.open)
            .as_mut()
            .and_then(|open| open.presentation.take());
        match ended {
            Some(presentation) => {
                (presentation.on_end)();
                true
            }
            None => false,
        }
    }

    pub fn is_presenting(&self) -> bool {
        lock(&self.open)
            .as_ref()
            .is_some_and(|open| open.presentation.is_some())
    }

    /// Whether a lock ended a presentation since the last unlock with the passphrase.
    pub fn passphrase_required(&self) -> bool {
        self.passphrase_required.load(Ordering::SeqCst)
    }

    /// The vault was unlocked with its passphrase.
    pub fn passphrase_entered(&self) {
        self.passphrase_required.store(false, Ordering::SeqCst);
    }

    /// Drops the vault (its keys are zeroized on drop) and deletes the viewer copies.
    /// A running import is asked to stop first, so the lock does not wait for it. A
    /// running presentation ends with it (its full screen is left).
    pub fn lock_vault(&self, reason: LockReason) {
        self.cancel_import.store(true, Ordering::SeqCst);
        let taken = lock(&self.open).take();
        if let Some(mut open) = taken {
            if let Some(presentation) = open.presentation.take() {
                self.passphrase_required.store(true, Ordering::SeqCst);
                (presentation.on_end)();
            }
            drop(open);
            self.send(VaultEvent::Locked { reason });
        }
    }

    /// The parent is using the app.
    pub fn touch(&self) {
        *lock(&self.last_used) = Some(Instant::now());
    }

    pub fn subscribe(&self, channel: Channel<VaultEvent>) {
        *lock(&self.events) = Some(channel);
    }

    /// Sends an event to the window, if it listens. A closed channel is not an error:
    /// the window reloads and subscribes again.
    pub fn send(&self, event: VaultEvent) {
        if let Some(channel) = lock(&self.events).as_ref() {
            let _ = channel.send(event);
        }
    }

    /// Marks the start of an import; `None` when one is already running.
    pub fn begin_import(&self) -> Option<ImportGuard<'_>> {
        if self.importing.swap(true, Ordering::SeqCst) {
            return None;
        }
        self.cancel_import.store(false, Ordering::SeqCst);
        Some(ImportGuard { session: self })
    }

    pub fn cancel_import(&self) {
        self.cancel_import.store(true, Ordering::SeqCst);
    }

    pub fn import_cancelled(&self) -> bool {
        self.cancel_import.load(Ordering::SeqCst)
    }
}

/// The open vault in `guard`, or `vault-locked`.
fn open_in<'a>(
    guard: &'a mut MutexGuard<'_, Option<OpenVault>>,
) -> Result<&'a mut OpenVault, ApiError> {
    guard
        .as_mut()
        .ok_or_else(|| ApiError::new(ErrorCode::VaultLocked, "the vault is locked"))
}

/// Clears the "importing" flag however the import ends.
pub struct ImportGuard<'a> {
    session: &'a VaultSession,
}

impl Drop for ImportGuard<'_> {
    fn drop(&mut self) {
        self.session.importing.store(false, Ordering::SeqCst);
        self.session.touch();
    }
}

impl OpenVault {
    /// The private folder (mode 0700 on Unix) for copies opened in a system viewer.
    pub fn viewer_dir(&mut self) -> Result<PathBuf, ApiError> {
        if self.viewer_copies.is_none() {
            let dir = tempfile::Builder::new()
                .prefix("waarborg-view-")
                .tempdir()
                .map_err(|e| ApiError::new(ErrorCode::VaultIo, e.to_string()))?;
            self.viewer_copies = Some(dir);
        }
        self.viewer_copies
            .as_ref()
            .map(|d| d.path().to_owned())
            .ok_or_else(|| ApiError::new(ErrorCode::Internal, "no viewer folder"))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use waarborg_vault::{CreateOptions, MIN_WORK_FACTOR, SecretString};

    fn unlocked_session(root: &std::path::Path, auto_lock_seconds: u32) -> VaultSession {
        let options = CreateOptions {
            work_factor: MIN_WORK_FACTOR,
            recovery_recipients: Vec::new(),
        };
        let vault = Vault::create(
            &root.join("vault"),
            &SecretString::from("a passphrase".to_owned()),
            &options,
        )
        .unwrap();
        let session = VaultSession::new(auto_lock_seconds);
        session.set_open(vault);
        session
    }

    #[test]
    fn locking_drops_the_vault_and_deletes_the_viewer_copies() {
        let tmp = tempfile::tempdir().unwrap();
        let session = unlocked_session(tmp.path(), 300);
        let copies = session.with(|open| open.viewer_dir()).unwrap();
        std::fs::write(copies.join("copy.txt"), b"decrypted").unwrap();
        session.lock_vault(LockReason::Asked);
        assert!(!session.is_unlocked());
        assert!(!copies.exists(), "viewer copies are removed on lock");
        let err = session.with(|_| Ok(())).unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultLocked);
    }

    #[test]
    fn the_idle_lock_waits_for_the_idle_time_and_never_interrupts_an_import() {
        let tmp = tempfile::tempdir().unwrap();
        let session = unlocked_session(tmp.path(), 3600);
        session.lock_if_idle();
        assert!(session.is_unlocked(), "used just now");

        session.set_auto_lock_seconds(0);
        let import = session.begin_import().unwrap();
        assert!(session.begin_import().is_none(), "one import at a time");
        session.lock_if_idle();
        assert!(session.is_unlocked(), "not during an import");
        drop(import);
        session.lock_if_idle();
        assert!(!session.is_unlocked(), "idle for longer than 0 s");
    }

    /// A session presenting the first two of three imported items; the counter counts
    /// how often the full screen was left.
    pub(crate) fn presenting_session(
        root: &std::path::Path,
    ) -> (VaultSession, Vec<Uuid>, std::sync::Arc<AtomicU32>) {
        let session = unlocked_session(root, 300);
        let mut ids = Vec::new();
        for (name, text) in [("a.txt", "one"), ("b.txt", "two"), ("c.txt", "three")] {
            let file = root.join(name);
            std::fs::write(&file, text).unwrap();
            let description = waarborg_vault::suggest_description(&file);
            let item = session
                .with(|open| Ok(open.vault.import_file(&file, description).unwrap()))
                .unwrap();
            ids.push(item.id);
        }
        let ended = std::sync::Arc::new(AtomicU32::new(0));
        let counter = ended.clone();
        session
            .start_presenting(
                &[ids[0], ids[1], ids[0]],
                Box::new(move || {
                    counter.fetch_add(1, Ordering::SeqCst);
                }),
            )
            .unwrap();
        (session, ids, ended)
    }

    #[test]
    fn while_presenting_only_the_presented_items_can_be_read() {
        let tmp = tempfile::tempdir().unwrap();
        let (session, ids, ended) = presenting_session(tmp.path());
        assert!(session.is_presenting());
        // Every ordinary path is refused: the list, background work, a second start.
        let err = session.with(|_| Ok(())).unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultPresenting);
        let err = session.unattended(|_| Ok(())).unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultPresenting);
        let err = session
            .start_presenting(&[ids[2]], Box::new(|| {}))
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultPresenting);
        // The presented items, in order, without the duplicate.
        let presented = session.with_presented(|_, p| Ok(p.to_vec())).unwrap();
        assert_eq!(presented, vec![ids[0], ids[1]]);
        // Content: the presented ones only.
        assert!(session.with_item(ids[1], |_| Ok(())).is_ok());
        let err = session.with_item(ids[2], |_| Ok(())).unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultPresenting);
        // Each presented item is a first view once; others are refused.
        assert!(session.first_view(ids[0]).unwrap());
        assert!(!session.first_view(ids[0]).unwrap());
        assert!(session.first_view(ids[2]).is_err());
        // Leaving ends it, leaves full screen once, and everything is open again.
        assert!(session.end_presenting());
        assert!(!session.end_presenting());
        assert_eq!(ended.load(Ordering::SeqCst), 1);
        assert!(session.with(|_| Ok(())).is_ok());
        assert!(session.with_item(ids[2], |_| Ok(())).is_ok());
        assert!(!session.passphrase_required());
    }

    #[test]
    fn a_presentation_needs_known_items() {
        let tmp = tempfile::tempdir().unwrap();
        let session = unlocked_session(tmp.path(), 300);
        let err = session.start_presenting(&[], Box::new(|| {})).unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultPresentNothing);
        let err = session
            .start_presenting(&[Uuid::new_v4()], Box::new(|| {}))
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultNotFound);
        assert!(!session.is_presenting());
        assert!(session.with(|_| Ok(())).is_ok());
    }

    #[test]
    fn locking_ends_a_presentation_and_asks_for_the_passphrase_next_time() {
        let tmp = tempfile::tempdir().unwrap();
        let (session, _ids, ended) = presenting_session(tmp.path());
        session.lock_vault(LockReason::QuickExit);
        assert!(!session.is_presenting());
        assert_eq!(ended.load(Ordering::SeqCst), 1, "full screen left");
        assert!(session.passphrase_required());
        let vault = Vault::unlock(
            &tmp.path().join("vault"),
            &SecretString::from("a passphrase".to_owned()),
        )
        .unwrap();
        session.set_open(vault);
        assert!(!session.is_presenting(), "a new unlock does not present");
        assert!(session.with(|_| Ok(())).is_ok());
        session.passphrase_entered();
        assert!(!session.passphrase_required());
    }

    #[test]
    fn locking_asks_a_running_import_to_stop() {
        let tmp = tempfile::tempdir().unwrap();
        let session = unlocked_session(tmp.path(), 300);
        let _import = session.begin_import().unwrap();
        assert!(!session.import_cancelled());
        session.lock_vault(LockReason::QuickExit);
        assert!(session.import_cancelled());
    }
}
