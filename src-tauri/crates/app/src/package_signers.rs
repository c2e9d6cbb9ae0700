//! What this computer remembers of the keys that signed packages: per vault id (the
//! principal in a package's `allowed_signers`), the fingerprints seen, in
//! `package-signers.json` beside the settings. A vault's signing key never changes (a
//! re-key carries it along), so a package from the same vault id signed by another key
//! was made elsewhere: the package viewer and `verify-package` warn. The window and the
//! command line share the file.
//!
//! Like the log anchors (`anchors.rs`), this is an anchor on the lawyer's computer, not
//! proof: the first package seen from a vault id is trusted as it comes. The fingerprint
//! printed on the evidence index and shown in the parent's Settings is what to compare
//! it with, in person.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use waarborg_package::{PackageReport, SignatureStatus};

/// The file, in the config folder.
pub const FILE: &str = "package-signers.json";

/// This computer's remembered package keys. Reads are lenient (a missing or damaged
/// file remembers nothing); writes are atomic. Without a config folder nothing is kept.
#[derive(Debug, Clone, Default)]
pub struct DeviceSigners {
    file: Option<PathBuf>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct SignersFile {
    format: u32,
    /// Vault id → the keys seen, oldest first.
    vaults: BTreeMap<String, Vec<Seen>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Seen {
    fingerprint: String,
    seen_at: DateTime<Utc>,
}

impl DeviceSigners {
    /// The keys kept in `config` (the settings folder).
    pub fn in_dir(config: Option<&Path>) -> Self {
        Self {
            file: config.map(|dir| dir.join(FILE)),
        }
    }

    /// The OS config folder's: where the window keeps them too.
    pub fn from_os() -> Self {
        Self::in_dir(crate::paths::config_dir().as_deref())
    }

    fn read(&self) -> SignersFile {
        self.file
            .as_deref()
            .and_then(|file| std::fs::read(file).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// The fingerprints seen for `vault_id`, oldest first.
    pub fn seen(&self, vault_id: &str) -> Vec<String> {
        self.read()
            .vaults
            .remove(vault_id)
            .unwrap_or_default()
            .into_iter()
            .map(|s| s.fingerprint)
            .collect()
    }

    /// Checks a signed package's key against the ones seen for its vault id: the first
    /// key seen is remembered; another key is reported in `report.other_keys_seen` (the
    /// ones seen before) and not remembered, so the warning stays. An unsigned package
    /// or one whose signature does not match changes nothing.
    pub fn check(&self, report: &mut PackageReport) {
        let SignatureStatus::Signed {
            fingerprint,
            signer,
        } = &report.signature
        else {
            return;
        };
        let seen = self.seen(signer);
        if seen.is_empty() {
            self.remember(signer, fingerprint);
        } else if !seen.contains(fingerprint) {
            report.other_keys_seen = seen;
        }
    }

    /// Best effort: a failure to write only means the next package is compared with
    /// fewer keys.
    fn remember(&self, vault_id: &str, fingerprint: &str) {
        let Some(file) = &self.file else {
            return;
        };
        let mut all = self.read();
        all.format = 1;
        all.vaults
            .entry(vault_id.to_owned())
            .or_default()
            .push(Seen {
                fingerprint: fingerprint.to_owned(),
                seen_at: Utc::now(),
            });
        if let Ok(bytes) = serde_json::to_vec_pretty(&all)
            && let Some(dir) = file.parent()
            && std::fs::create_dir_all(dir).is_ok()
        {
            let _ = waarborg_fs::write_atomic(file, &bytes);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use waarborg_package::{PackageKind, PackageReport};

    fn report(signature: SignatureStatus) -> PackageReport {
        PackageReport {
            kind: PackageKind::Folder,
            files: Vec::new(),
            unlisted: Vec::new(),
            index: Vec::new(),
            transcripts: Vec::new(),
            log_head: None,
            signature,
            other_keys_seen: Vec::new(),
        }
    }

    fn signed(fingerprint: &str, signer: &str) -> SignatureStatus {
        SignatureStatus::Signed {
            fingerprint: fingerprint.to_owned(),
            signer: signer.to_owned(),
        }
    }

    #[test]
    fn another_key_for_a_vault_id_seen_before_is_reported_every_time() {
        let tmp = tempfile::tempdir().unwrap();
        let signers = DeviceSigners::in_dir(Some(&tmp.path().join("config")));
        let mut first = report(signed("SHA256:aaa", "vault-1"));
        signers.check(&mut first);
        assert!(
            first.other_keys_seen.is_empty(),
            "the first key is remembered"
        );
        let mut again = report(signed("SHA256:aaa", "vault-1"));
        signers.check(&mut again);
        assert!(again.other_keys_seen.is_empty());
        for _ in 0..2 {
            let mut forged = report(signed("SHA256:bbb", "vault-1"));
            signers.check(&mut forged);
            assert_eq!(forged.other_keys_seen, ["SHA256:aaa"]);
        }
        assert_eq!(signers.seen("vault-1"), ["SHA256:aaa"], "not remembered");
        // Another vault has its own key.
        let mut other = report(signed("SHA256:bbb", "vault-2"));
        signers.check(&mut other);
        assert!(other.other_keys_seen.is_empty());
        // Unsigned packages and bad signatures neither warn nor are remembered.
        let mut unsigned = report(SignatureStatus::Unsigned);
        signers.check(&mut unsigned);
        assert!(unsigned.other_keys_seen.is_empty());
    }

    #[test]
    fn without_a_config_folder_or_with_a_damaged_file_nothing_is_remembered() {
        let nowhere = DeviceSigners::in_dir(None);
        let mut r = report(signed("SHA256:aaa", "v"));
        nowhere.check(&mut r);
        assert!(nowhere.seen("v").is_empty());

        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join(FILE), b"{not json").unwrap();
        let signers = DeviceSigners::in_dir(Some(tmp.path()));
        signers.check(&mut r);
        assert_eq!(signers.seen("v"), ["SHA256:aaa"], "rewritten whole");
    }
}
