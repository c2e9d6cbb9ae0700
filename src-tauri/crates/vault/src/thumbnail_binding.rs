//! Thumbnails of items imported before thumbnails were bound to their item (no
//! `thumbnail_sha256` in the metadata) are bound once, at the first unlock that finds
//! them: trust on first use, logged. Without it such a vault would show no pictures at
//! all; with it, a thumbnail swapped *after* that unlock is caught like any other.
//! A swap made before the upgrade cannot be told apart (docs/THREAT_MODEL.md).

use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::log::LogKind;
use crate::store;
use crate::vault::{THUMBS_DIR, Vault};

/// The log kind of the one entry that records the binding.
pub(crate) const THUMBNAILS_BOUND_KIND: &str = "thumbnails-bound";

impl Vault {
    /// Binds every unbound thumbnail that decrypts; one log entry names how many. A
    /// thumbnail that does not decrypt, or a metadata write that fails, is left as it
    /// was (still never shown; `verify` names an undecryptable one).
    pub(crate) fn bind_legacy_thumbnails(&mut self) {
        let unbound: Vec<Uuid> = self
            .items
            .values()
            .filter(|item| item.has_thumbnail && item.thumbnail_sha256.is_none())
            .map(|item| item.id)
            .collect();
        let mut bound = 0usize;
        for id in unbound {
            let Ok(bytes) = store::read_sealed(&self.path(THUMBS_DIR, id), &self.identity) else {
                continue;
            };
            let Some(mut item) = self.items.get(&id).cloned() else {
                continue;
            };
            item.thumbnail_sha256 = Some(store::hex(&Sha256::digest(&bytes)));
            if self.write_item(&item).is_ok() {
                self.items.insert(id, item);
                bound += 1;
            }
        }
        if bound > 0 {
            // Not fatal when it fails: the bindings are written; the next check still
            // compares every bound thumbnail.
            let _ = self.log.append(
                &self.recipient,
                LogKind::Other(THUMBNAILS_BOUND_KIND.to_owned()),
                None,
                None,
                format!("{bound} thumbnails of items imported before binding"),
            );
        }
    }
}
