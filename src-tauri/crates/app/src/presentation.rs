//! Presentation mode: only the chosen items can be read until the parent leaves with the
//! passphrase or locks (the gate itself is in [`crate::VaultSession`]).

use uuid::Uuid;
use waarborg_contract::{ApiError, Passphrase, PresentedItem, VaultStatus};

use crate::app::App;
use crate::session::VaultSession;

impl App {
    /// Starts presenting `ids`; `on_end` runs when the presentation ends (the shell
    /// leaves full screen there).
    pub fn start_presenting(
        &self,
        ids: &[Uuid],
        on_end: Box<dyn FnOnce() + Send>,
    ) -> Result<Vec<PresentedItem>, ApiError> {
        self.session().start_presenting(ids, on_end)?;
        self.session().presented_items()
    }

    /// Leaves presentation mode when `passphrase` is the vault's (slow by design: scrypt,
    /// run without holding the vault, so a lock is never kept waiting).
    pub fn end_presenting(&self, passphrase: Passphrase) -> Result<VaultStatus, ApiError> {
        let session = self.session();
        let check = session.with_presented(|open, _| Ok(open.vault.passphrase_check()))?;
        check.check(&passphrase.into_secret())?;
        session.end_presenting();
        self.vault_status(None)
    }
}

impl VaultSession {
    /// The presented items, in the parent's order, as the presentation shows them.
    pub fn presented_items(&self) -> Result<Vec<PresentedItem>, ApiError> {
        self.with_presented(|open, ids| {
            ids.iter()
                .map(|id| {
                    let item = open.vault.item(*id)?;
                    let facts = &item.facts;
                    Ok(PresentedItem {
                        id: id.to_string(),
                        title: if item.description.title.trim().is_empty() {
                            facts.original_name.clone()
                        } else {
                            item.description.title.clone()
                        },
                        event_date: item.description.event_date.map(|d| d.to_string()),
                        original_name: facts.original_name.clone(),
                        media_type: facts.media_type.clone(),
                        size: facts.size,
                        sha256: facts.sha256.clone(),
                    })
                })
                .collect()
        })
    }

    /// A presented item is on screen: logged as a view, once per presentation (the
    /// `vault:` scheme that serves its bytes logs nothing).
    pub fn present_view(&self, id: Uuid) -> Result<(), ApiError> {
        if self.first_view(id)? {
            self.with_presented(|open, _| Ok(open.vault.log_view(id)?))?;
        }
        Ok(())
    }
}
