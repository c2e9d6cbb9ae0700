//! The open vault of this app, and what belongs to it: the idle clock, the running job,
//! the event sink to the window, the folder of decrypted copies opened in a system
//! viewer (removed when the vault locks), and a running presentation.
//!
//! **Presentation mode** is enforced here, not in the window: while it runs,
//! [`VaultSession::with`] and [`VaultSession::unattended`] refuse with
//! `vault-presenting`, so every vault operation (including any added later) is refused
//! by default. Only the few paths presenting needs use [`VaultSession::with_presented`]
//! (its items) and [`VaultSession::with_item`] (content of a presented item). Locking
//! ends a presentation, as it drops the whole [`OpenVault`].

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use uuid::Uuid;
use waarborg_contract::{ApiError, ErrorCode, LockReason, RollbackWarning, VaultEvent};
use waarborg_vault::Vault;

use crate::anchors::DeviceAnchors;
use crate::jobs::{JobGuard, JobKind, Jobs};

/// Where the session's events go: the shell forwards them to the window (a Tauri
/// `Channel`); tests collect them. Sending never fails: a window that is not listening
/// (reloading) simply misses the event and subscribes again.
pub trait EventSink: Send + Sync {
    fn send(&self, event: VaultEvent);
}

/// An unlocked vault and the plaintext copies it made for the system viewer.
#[derive(Debug)]
pub struct OpenVault {
    pub vault: Vault,
    /// Created on first use; deleted (with its files) when this value is dropped.
    viewer_copies: Option<tempfile::TempDir>,
    /// The running presentation; private, so only this module starts or ends one.
    presentation: Option<Presentation>,
    /// Its log does not contain the newest entry this computer saw in it.
    rollback: Option<RollbackWarning>,
    /// This computer's anchors: told the newest head when the vault closes.
    anchors: DeviceAnchors,
}

impl Drop for OpenVault {
    fn drop(&mut self) {
        // A log that is not the one this computer knew keeps the older anchor (and the
        // warning) until the parent accepts it.
        if self.rollback.is_none() {
            self.anchors.remember(&self.vault);
        }
    }
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

impl std::fmt::Debug for Presentation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Presentation")
            .field("items", &self.ids.len())
            .finish_non_exhaustive()
    }
}

pub(crate) fn presenting_error() -> ApiError {
    ApiError::new(
        ErrorCode::VaultPresenting,
        "a presentation is running; leave it with the passphrase first",
    )
}

pub struct VaultSession {
    open: Mutex<Option<OpenVault>>,
    last_used: Mutex<Option<Instant>>,
    pub(crate) jobs: Jobs,
    events: Mutex<Option<Box<dyn EventSink>>>,
    auto_lock_seconds: AtomicU32,
    /// A lock ended a presentation: the next unlock must use the passphrase (the device
    /// keychain would otherwise get past the passphrase asked to leave it).
    passphrase_required: AtomicBool,
    anchors: DeviceAnchors,
}

impl std::fmt::Debug for VaultSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VaultSession")
            .field("unlocked", &self.is_unlocked())
            .finish_non_exhaustive()
    }
}

/// A poisoned lock only means another operation panicked mid-way; the data (an open
/// vault or a timestamp) is still the right data to use.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl VaultSession {
    pub fn new(auto_lock_seconds: u32) -> Self {
        Self {
            open: Mutex::new(None),
            last_used: Mutex::new(None),
            jobs: Jobs::default(),
            events: Mutex::new(None),
            auto_lock_seconds: AtomicU32::new(auto_lock_seconds),
            passphrase_required: AtomicBool::new(false),
            anchors: DeviceAnchors::default(),
        }
    }

    /// Checks every vault opened against `anchors` (this computer's memory of each
    /// vault's log) and keeps them up to date.
    pub fn with_anchors(mut self, anchors: DeviceAnchors) -> Self {
        self.anchors = anchors;
        self
    }

    /// The open vault's log lacks the newest entry this computer saw in it.
    pub fn rollback(&self) -> Option<RollbackWarning> {
        lock(&self.open).as_ref().and_then(|o| o.rollback.clone())
    }

    /// The parent accepts the open vault's log as it is (an older copy restored on
    /// purpose): this computer remembers it and the warning ends.
    pub fn accept_log(&self) -> Result<(), ApiError> {
        self.unattended(|open| {
            self.anchors.accept(&open.vault);
            open.rollback = None;
            Ok(())
        })
    }

    /// This computer's anchors.
    pub fn anchors(&self) -> &DeviceAnchors {
        &self.anchors
    }

    pub fn set_auto_lock_seconds(&self, seconds: u32) {
        self.auto_lock_seconds.store(seconds, Ordering::SeqCst);
    }

    /// Locks the vault when it has not been used for the configured idle time; never
    /// while a job (import, export, backup) runs.
    pub fn lock_if_idle(&self) {
        let idle = Duration::from_secs(self.auto_lock_seconds.load(Ordering::SeqCst).into());
        if self.jobs.running().is_some() || !self.is_unlocked() {
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
        let rollback = self.anchors.check_on_open(&vault);
        let previous = lock(&self.open).replace(OpenVault {
            vault,
            viewer_copies: None,
            presentation: None,
            rollback,
            anchors: self.anchors.clone(),
        });
        if let Some(presentation) = previous.and_then(|mut open| open.presentation.take()) {
            (presentation.on_end)();
        }
        self.touch();
    }

    /// `vault-presenting` while a presentation runs: for operations that change what is
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
    /// operations, and nothing else.
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
                open.vault.item(*id)?;
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
    /// A running job is asked to stop first, so the lock does not wait for it. A
    /// running presentation ends with it (its full screen is left).
    pub fn lock_vault(&self, reason: LockReason) {
        self.jobs.cancel_any();
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

    /// Events go to `sink` from now on (the window subscribes again after a reload).
    pub fn subscribe(&self, sink: Box<dyn EventSink>) {
        *lock(&self.events) = Some(sink);
    }

    /// Sends an event to the window, if it listens.
    pub fn send(&self, event: VaultEvent) {
        if let Some(sink) = lock(&self.events).as_ref() {
            sink.send(event);
        }
    }

    /// Marks the start of a long job; refused (`vault-invalid-input`) while another
    /// runs. The job ends when the guard is dropped, however it ends.
    pub fn begin_job(&self, kind: JobKind) -> Result<JobGuard<'_>, ApiError> {
        self.jobs.begin(kind)?;
        Ok(JobGuard::new(self))
    }

    /// Asks the running job of this kind to stop; a job of another kind runs on.
    pub fn cancel_job(&self, kind: JobKind) {
        self.jobs.cancel(kind);
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

impl OpenVault {
    /// The private folder (mode 0700 on Unix) for copies opened in a system viewer.
    pub fn viewer_dir(&mut self) -> Result<PathBuf, ApiError> {
        let dir = match &mut self.viewer_copies {
            Some(dir) => dir,
            empty => empty.insert(
                tempfile::Builder::new()
                    .prefix("waarborg-view-")
                    .tempdir()
                    .map_err(|e| ApiError::new(ErrorCode::VaultIo, e.to_string()))?,
            ),
        };
        Ok(dir.path().to_owned())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::sync::Arc;

    use super::*;
    use crate::testing::{PASSPHRASE, import_texts, unlocked_session};
    use waarborg_vault::SecretString;

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
    fn the_idle_lock_waits_for_the_idle_time_and_never_interrupts_a_job() {
        let tmp = tempfile::tempdir().unwrap();
        let session = unlocked_session(tmp.path(), 3600);
        session.lock_if_idle();
        assert!(session.is_unlocked(), "used just now");

        session.set_auto_lock_seconds(0);
        for kind in [JobKind::Import, JobKind::Export, JobKind::Backup] {
            let job = session.begin_job(kind).unwrap();
            session.lock_if_idle();
            assert!(session.is_unlocked(), "not during {kind:?}");
            drop(job);
        }
        session.lock_if_idle();
        assert!(!session.is_unlocked(), "idle for longer than 0 s");
    }

    #[test]
    fn one_job_at_a_time_and_each_cancel_stops_only_its_own_job() {
        let tmp = tempfile::tempdir().unwrap();
        let session = unlocked_session(tmp.path(), 300);
        let export = session.begin_job(JobKind::Export).unwrap();
        let err = session.begin_job(JobKind::Import).unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultInvalidInput);
        assert!(err.message.contains("an export"), "{}", err.message);
        // Cancelling an import (none runs) leaves the export running.
        session.cancel_job(JobKind::Import);
        assert!(!export.cancelled());
        session.cancel_job(JobKind::Export);
        assert!(export.cancelled());
        drop(export);
        // The next job starts fresh.
        let import = session.begin_job(JobKind::Import).unwrap();
        assert!(!import.cancelled());
    }

    #[test]
    fn locking_asks_a_running_job_to_stop() {
        let tmp = tempfile::tempdir().unwrap();
        let session = unlocked_session(tmp.path(), 300);
        let job = session.begin_job(JobKind::Import).unwrap();
        assert!(!job.cancelled());
        session.lock_vault(LockReason::QuickExit);
        assert!(job.cancelled());
    }

    /// A session presenting the first two of three imported items; the counter counts
    /// how often the full screen was left.
    fn presenting_session(root: &std::path::Path) -> (VaultSession, Vec<Uuid>, Arc<AtomicU32>) {
        let session = unlocked_session(root, 300);
        let ids = import_texts(&session, root, &["a.txt", "b.txt", "c.txt"]);
        let ended = Arc::new(AtomicU32::new(0));
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
        let err = session.import(&[]).unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultPresenting);
        // The presented items, in order, without the duplicate.
        let presented = session.with_presented(|_, p| Ok(p.to_vec())).unwrap();
        assert_eq!(presented, vec![ids[0], ids[1]]);
        let titles: Vec<String> = session
            .presented_items()
            .unwrap()
            .into_iter()
            .map(|i| i.original_name)
            .collect();
        assert_eq!(titles, ["a.txt", "b.txt"]);
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
    fn a_presentation_view_is_logged_once() {
        let tmp = tempfile::tempdir().unwrap();
        let (session, ids, _) = presenting_session(tmp.path());
        session.present_view(ids[0]).unwrap();
        session.present_view(ids[0]).unwrap();
        assert!(session.present_view(ids[2]).is_err());
        session.end_presenting();
        let views = session
            .with(|open| Ok(open.vault.log_entries_about(ids[0])?))
            .unwrap()
            .into_iter()
            .filter(|e| e.kind == waarborg_vault::LogKind::View)
            .count();
        assert_eq!(views, 1);
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
            &SecretString::from(PASSPHRASE.to_owned()),
        )
        .unwrap();
        session.set_open(vault);
        assert!(!session.is_presenting(), "a new unlock does not present");
        assert!(session.with(|_| Ok(())).is_ok());
        session.passphrase_entered();
        assert!(!session.passphrase_required());
    }
}
