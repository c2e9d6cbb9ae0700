//! Test fixtures: a real vault (with the lowest work factor, so tests stay fast) and a
//! real app in a temporary folder.

#![allow(clippy::unwrap_used)]

use std::path::Path;

use waarborg_vault::{CreateOptions, MIN_WORK_FACTOR, SecretString, Vault};

use crate::app::{App, Folders};
use crate::session::VaultSession;

pub(crate) const PASSPHRASE: &str = "a passphrase";

/// A new vault in `root/vault`, open.
pub(crate) fn created_vault(root: &Path) -> Vault {
    let options = CreateOptions {
        work_factor: MIN_WORK_FACTOR,
        recovery_recipients: Vec::new(),
    };
    Vault::create(
        &root.join("vault"),
        &SecretString::from(PASSPHRASE.to_owned()),
        &options,
    )
    .unwrap()
}

/// A session with a new vault in `root/vault` open.
pub(crate) fn unlocked_session(root: &Path, auto_lock_seconds: u32) -> VaultSession {
    let session = VaultSession::new(auto_lock_seconds);
    session.set_open(created_vault(root));
    session
}

/// An app whose folders are all under `root`, with a new vault open (in `root/vault`,
/// which settings name as the vault in use).
pub(crate) fn unlocked_app(root: &Path) -> App {
    let app = App::new(Folders {
        config: Some(root.join("config")),
        documents: Some(root.join("documents")),
        default_vault: Some(root.join("vault")),
    });
    app.session().set_open(created_vault(root));
    app
}

/// Imports small text files named `names` (content: the name) into the open vault.
pub(crate) fn import_texts(session: &VaultSession, root: &Path, names: &[&str]) -> Vec<uuid::Uuid> {
    names
        .iter()
        .map(|name| {
            let file = root.join(name);
            std::fs::write(&file, name).unwrap();
            let description = waarborg_vault::suggest_description(&file);
            session
                .with(|open| Ok(open.vault.import_file(&file, description).unwrap().id))
                .unwrap()
        })
        .collect()
}
