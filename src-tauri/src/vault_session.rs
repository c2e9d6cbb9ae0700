//! The open vault of this window, and what belongs to it: the idle clock, the running
//! import's cancel flag, the event channel to the window, and the folder of decrypted
//! copies opened in a system viewer (removed when the vault locks).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use tauri::ipc::Channel;
use waarborg_contract::{ApiError, ErrorCode, LockReason, VaultEvent};
use waarborg_vault::Vault;

/// An unlocked vault and the plaintext copies it made for the system viewer.
pub struct OpenVault {
    pub vault: Vault,
    /// Created on first use; deleted (with its files) when this value is dropped.
    pub viewer_copies: Option<tempfile::TempDir>,
}

pub struct VaultSession {
    open: Mutex<Option<OpenVault>>,
    last_used: Mutex<Option<Instant>>,
    importing: AtomicBool,
    cancel_import: AtomicBool,
    events: Mutex<Option<Channel<VaultEvent>>>,
    auto_lock_seconds: AtomicU32,
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

    /// Keeps `vault` as the open vault (replacing, and so locking, any other).
    pub fn set_open(&self, vault: Vault) {
        *lock(&self.open) = Some(OpenVault {
            vault,
            viewer_copies: None,
        });
        self.touch();
    }

    /// Runs `f` on the open vault for the parent (it counts as use: the idle clock
    /// restarts), or fails with `vault-locked`.
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
        let open = guard
            .as_mut()
            .ok_or_else(|| ApiError::new(ErrorCode::VaultLocked, "the vault is locked"))?;
        f(open)
    }

    /// Drops the vault (its keys are zeroized on drop) and deletes the viewer copies.
    /// A running import is asked to stop first, so the lock does not wait for it.
    pub fn lock_vault(&self, reason: LockReason) {
        self.cancel_import.store(true, Ordering::SeqCst);
        let was_open = lock(&self.open).take().is_some();
        if was_open {
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
mod tests {
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
