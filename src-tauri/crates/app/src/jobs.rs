//! Long jobs (import, export, backup, restore): one at a time, each with its own name,
//! guard and cancel. Cancelling an import never stops an export; locking stops any.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use waarborg_contract::{ApiError, ErrorCode};

use crate::session::{VaultSession, lock};

/// The long jobs the session runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    Import,
    Export,
    Backup,
    Restore,
}

impl JobKind {
    fn name(self) -> &'static str {
        match self {
            Self::Import => "an import",
            Self::Export => "an export",
            Self::Backup => "a backup",
            Self::Restore => "a restore",
        }
    }
}

/// Which job runs, and whether it was asked to stop.
#[derive(Debug, Default)]
pub(crate) struct Jobs {
    running: Mutex<Option<JobKind>>,
    cancel: AtomicBool,
}

impl Jobs {
    pub(crate) fn running(&self) -> Option<JobKind> {
        *lock(&self.running)
    }

    /// Marks `kind` as running, or refuses while another job runs.
    pub(crate) fn begin(&self, kind: JobKind) -> Result<(), ApiError> {
        let mut running = lock(&self.running);
        if let Some(other) = *running {
            return Err(ApiError::new(
                ErrorCode::VaultInvalidInput,
                format!("{} is already running", other.name()),
            ));
        }
        *running = Some(kind);
        self.cancel.store(false, Ordering::SeqCst);
        Ok(())
    }

    fn end(&self) {
        *lock(&self.running) = None;
    }

    pub(crate) fn cancel(&self, kind: JobKind) {
        let running = lock(&self.running);
        if *running == Some(kind) {
            self.cancel.store(true, Ordering::SeqCst);
        }
    }

    pub(crate) fn cancel_any(&self) {
        self.cancel.store(true, Ordering::SeqCst);
    }
}

/// A running job; dropping it ends the job (however the job ended) and counts as use,
/// so the idle lock does not strike the moment a long job finishes.
pub struct JobGuard<'a> {
    session: &'a VaultSession,
}

impl<'a> JobGuard<'a> {
    pub(crate) fn new(session: &'a VaultSession) -> Self {
        Self { session }
    }

    /// Whether this job was asked to stop (its cancel, or a lock).
    pub fn cancelled(&self) -> bool {
        self.session.jobs.cancel.load(Ordering::SeqCst)
    }
}

impl std::fmt::Debug for JobGuard<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JobGuard")
            .field("job", &self.session.jobs.running())
            .finish()
    }
}

impl Drop for JobGuard<'_> {
    fn drop(&mut self) {
        self.session.jobs.end();
        self.session.touch();
    }
}
