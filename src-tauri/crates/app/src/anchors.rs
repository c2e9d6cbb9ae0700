//! What this computer remembers of each vault's custody log: the newest head it saw
//! (`SEQ:HASH`, not secret), in `log-anchors.json` beside the settings. A vault whose log
//! no longer contains that entry was put back to an older copy or rewritten: the window
//! and the command line warn, and `verify` reports it. The window and the command line
//! share the file, so either notices what the other saw.
//!
//! This is an anchor outside the vault folder, not outside the computer: someone who can
//! write the vault folder for an evening can usually write this file too. The anchors
//! that hold against that are the ones the parent gives away: a printout, a package at
//! the lawyer's (`docs/THREAT_MODEL.md`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use waarborg_contract::{LogAnchor, RollbackWarning};
use waarborg_vault::{AnchorCheck, AnchorSource, Vault};

/// The file, in the config folder.
pub const FILE: &str = "log-anchors.json";

/// This computer's anchors, one per vault id. Reads are lenient (a missing or damaged
/// file remembers nothing); writes are atomic. Without a config folder nothing is kept.
#[derive(Debug, Clone, Default)]
pub struct DeviceAnchors {
    file: Option<PathBuf>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct AnchorFile {
    format: u32,
    vaults: BTreeMap<Uuid, Remembered>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Remembered {
    #[serde(flatten)]
    anchor: LogAnchor,
    seen_at: DateTime<Utc>,
}

impl DeviceAnchors {
    /// The anchors kept in `config` (the settings folder).
    pub fn in_dir(config: Option<&Path>) -> Self {
        Self {
            file: config.map(|dir| dir.join(FILE)),
        }
    }

    /// The OS config folder's anchors: where the window keeps them too.
    pub fn from_os() -> Self {
        Self::in_dir(crate::paths::config_dir().as_deref())
    }

    fn read(&self) -> AnchorFile {
        self.file
            .as_deref()
            .and_then(|file| std::fs::read(file).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// The newest head this computer saw in vault `id`.
    pub fn remembered(&self, id: Uuid) -> Option<LogAnchor> {
        self.read().vaults.remove(&id).map(|r| r.anchor)
    }

    /// Remembers `vault`'s head now as the newest this computer saw. A failure to write
    /// is not the parent's problem at this moment (the vault works on); it only means
    /// the next check compares with an older anchor, which still holds.
    pub fn remember(&self, vault: &Vault) {
        let (Some(file), Some(anchor)) = (&self.file, vault.log_anchor()) else {
            return;
        };
        let mut all = self.read();
        if all
            .vaults
            .get(&vault.id())
            .is_some_and(|r| r.anchor == anchor)
        {
            return;
        }
        all.format = 1;
        all.vaults.insert(
            vault.id(),
            Remembered {
                anchor,
                seen_at: Utc::now(),
            },
        );
        if let Ok(bytes) = serde_json::to_vec_pretty(&all)
            && let Some(dir) = file.parent()
            && std::fs::create_dir_all(dir).is_ok()
        {
            // Best effort, see above.
            let _ = waarborg_fs::write_atomic(file, &bytes);
        }
    }

    /// On opening `vault`: whether its log still contains the newest entry this
    /// computer saw. If it does (or nothing was seen), the head now is remembered; if
    /// it does not, the warning is returned and the remembered anchor is kept, so the
    /// warning stays until the parent accepts the log as it is ([`Self::accept`]).
    pub fn check_on_open(&self, vault: &Vault) -> Option<RollbackWarning> {
        let warning = self.rollback(vault);
        if warning.is_none() {
            self.remember(vault);
        }
        warning
    }

    /// The warning for `vault`, without remembering anything.
    pub fn rollback(&self, vault: &Vault) -> Option<RollbackWarning> {
        let remembered = self.remembered(vault.id())?;
        let check = vault.check_anchor(&remembered).ok()?;
        check.is_rollback().then(|| RollbackWarning {
            behind: check == AnchorCheck::Behind,
            current: vault.log_anchor(),
            remembered,
        })
    }

    /// The parent knows why the log is older (they restored a backup on purpose): the
    /// log as it is now becomes what this computer remembers.
    pub fn accept(&self, vault: &Vault) {
        self.remember(vault);
    }

    /// The anchors `verify` checks for `vault`: this computer's, then `given`.
    pub fn for_verify(
        &self,
        vault: &Vault,
        given: Option<LogAnchor>,
    ) -> Vec<(AnchorSource, LogAnchor)> {
        self.remembered(vault.id())
            .map(|a| (AnchorSource::ThisComputer, a))
            .into_iter()
            .chain(given.map(|a| (AnchorSource::Given, a)))
            .collect()
    }
}

/// An open vault checked against this computer's anchors when it was opened; when it
/// is closed (dropped), its head becomes what this computer remembers, unless its log
/// lacked the remembered entry. For front ends that open a vault for one command (the
/// CLI); the window's session does the same for the vault it keeps open.
pub struct AnchoredVault {
    vault: Vault,
    anchors: DeviceAnchors,
    rollback: Option<RollbackWarning>,
}

impl AnchoredVault {
    pub fn open(vault: Vault, anchors: DeviceAnchors) -> Self {
        let rollback = anchors.check_on_open(&vault);
        Self {
            vault,
            anchors,
            rollback,
        }
    }

    /// The log lacks the newest entry this computer saw in this vault.
    pub fn rollback(&self) -> Option<&RollbackWarning> {
        self.rollback.as_ref()
    }

    pub fn anchors(&self) -> &DeviceAnchors {
        &self.anchors
    }

    /// See [`DeviceAnchors::accept`].
    pub fn accept_log(&mut self) {
        self.anchors.accept(&self.vault);
        self.rollback = None;
    }
}

impl std::ops::Deref for AnchoredVault {
    type Target = Vault;
    fn deref(&self) -> &Vault {
        &self.vault
    }
}

impl std::ops::DerefMut for AnchoredVault {
    fn deref_mut(&mut self) -> &mut Vault {
        &mut self.vault
    }
}

impl Drop for AnchoredVault {
    fn drop(&mut self) {
        if self.rollback.is_none() {
            self.anchors.remember(&self.vault);
        }
    }
}

impl std::fmt::Debug for AnchoredVault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AnchoredVault")
            .field("vault", &self.vault)
            .field("rollback", &self.rollback)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::created_vault;

    #[test]
    fn an_older_copy_of_the_vault_is_noticed_and_the_warning_stays_until_accepted() {
        let root = tempfile::tempdir().unwrap();
        let anchors = DeviceAnchors::in_dir(Some(&root.path().join("config")));
        let mut vault = created_vault(root.path());
        let dir = vault.dir().to_owned();
        assert_eq!(anchors.check_on_open(&vault), None, "nothing seen yet");
        let old = vault.log_anchor().unwrap();
        assert_eq!(anchors.remembered(vault.id()), Some(old.clone()));

        // Keep a copy of the vault as it is, then add to the log and remember that.
        let copy = root.path().join("copy");
        copy_dir(&dir, &copy);
        vault
            .log_event(waarborg_vault::LogKind::GuideStep, None, "step")
            .unwrap();
        anchors.remember(&vault);
        let newer = vault.log_anchor().unwrap();
        drop(vault);

        // The older copy is put back in place of the vault.
        std::fs::remove_dir_all(&dir).unwrap();
        std::fs::rename(&copy, &dir).unwrap();
        let passphrase = waarborg_vault::SecretString::from(crate::testing::PASSPHRASE.to_owned());
        let vault = Vault::unlock(&dir, &passphrase).unwrap();
        let warning = anchors.check_on_open(&vault).expect("a warning");
        assert_eq!(warning.remembered, newer);
        assert!(warning.behind);
        assert!(warning.current.as_ref().is_some_and(|c| c.seq < newer.seq));
        assert_eq!(anchors.remembered(vault.id()), Some(newer.clone()), "kept");
        assert!(anchors.check_on_open(&vault).is_some(), "warns again");
        assert!(anchors.for_verify(&vault, Some(old)).len() == 2);

        anchors.accept(&vault);
        assert_eq!(anchors.check_on_open(&vault), None);
        assert_eq!(anchors.remembered(vault.id()), vault.log_anchor());
    }

    #[test]
    fn without_a_config_folder_or_with_a_damaged_file_nothing_is_remembered() {
        let root = tempfile::tempdir().unwrap();
        let vault = created_vault(root.path());
        let nowhere = DeviceAnchors::in_dir(None);
        nowhere.remember(&vault);
        assert_eq!(nowhere.remembered(vault.id()), None);

        let config = root.path().join("config");
        std::fs::create_dir_all(&config).unwrap();
        std::fs::write(config.join(FILE), b"{not json").unwrap();
        let anchors = DeviceAnchors::in_dir(Some(&config));
        assert_eq!(anchors.check_on_open(&vault), None);
        assert_eq!(
            anchors.remembered(vault.id()),
            vault.log_anchor(),
            "rewritten whole"
        );
    }

    fn copy_dir(from: &Path, to: &Path) {
        for entry in walkdir::WalkDir::new(from) {
            let entry = entry.unwrap();
            let target = to.join(entry.path().strip_prefix(from).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else if entry.file_name() != "vault.lock" {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
    }
}
