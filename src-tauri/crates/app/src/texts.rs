//! Search inside the evidence for a vault made before texts were extracted: at its
//! first unlock in the window, every item's text is extracted in short steps (the shell
//! calls [`VaultSession::index_texts_step`] from its clock thread), so the window stays
//! usable and shows how many items are left ([`VaultEvent::TextIndexProgress`]).

use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use waarborg_contract::VaultEvent;

use crate::session::VaultSession;

impl VaultSession {
    /// Extracts the text of items that have none yet for about `budget` (at least one
    /// item), then sends how many were done and how many remain. Returns whether any
    /// remain. Nothing happens without an open vault or during a presentation (a
    /// background step is not use by the parent: the idle clock is not postponed).
    pub fn index_texts_step(&self, budget: Duration) -> bool {
        let step = self.unattended(|open| {
            if open.vault.texts_missing() == 0 {
                return Ok(None);
            }
            let started = Instant::now();
            let mut remaining = 0;
            let done = open.vault.index_texts(&mut |done, total| {
                remaining = total - done;
                if started.elapsed() >= budget {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            });
            Ok(Some((done, remaining)))
        });
        let Ok(Some((done, remaining))) = step else {
            return false;
        };
        self.send(VaultEvent::TextIndexProgress {
            done: u64::try_from(done).unwrap_or(u64::MAX),
            remaining: u64::try_from(remaining).unwrap_or(u64::MAX),
        });
        remaining > 0
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::sync::{Arc, Mutex};

    use super::*;
    use crate::session::EventSink;
    use crate::testing::{PASSPHRASE, created_vault};
    use waarborg_vault::{ItemQuery, SecretString, Vault};

    #[derive(Default, Clone)]
    struct Recorder(Arc<Mutex<Vec<VaultEvent>>>);

    impl EventSink for Recorder {
        fn send(&self, event: VaultEvent) {
            self.0.lock().unwrap().push(event);
        }
    }

    #[test]
    fn an_older_vault_becomes_searchable_in_steps_with_the_count_shown() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        for i in 0..3 {
            let file = tmp.path().join(format!("{i}.txt"));
            std::fs::write(&file, format!("bericht {i} over de overdracht")).unwrap();
            vault
                .import_file(&file, waarborg_vault::ItemDescription::default())
                .unwrap();
        }
        drop(vault);
        // As a vault made before texts were extracted.
        std::fs::remove_file(tmp.path().join("vault/text-index.age")).unwrap();
        let vault = Vault::unlock(
            &tmp.path().join("vault"),
            &SecretString::from(PASSPHRASE.to_owned()),
        )
        .unwrap();
        let session = VaultSession::new(300);
        let events = Recorder::default();
        session.subscribe(Box::new(events.clone()));
        session.set_open(vault);
        let query = ItemQuery {
            text: "overdracht".to_owned(),
            ..ItemQuery::default()
        };
        let found = |s: &VaultSession| s.with(|open| Ok(open.vault.query_items(&query).len()));
        assert_eq!(found(&session).unwrap(), 0);

        // A zero budget: one item per step.
        assert!(session.index_texts_step(Duration::ZERO));
        assert!(session.index_texts_step(Duration::ZERO));
        assert!(!session.index_texts_step(Duration::ZERO));
        assert!(!session.index_texts_step(Duration::ZERO));
        assert_eq!(found(&session).unwrap(), 3);
        let counts: Vec<(u64, u64)> = events
            .0
            .lock()
            .unwrap()
            .iter()
            .filter_map(|e| match e {
                VaultEvent::TextIndexProgress { done, remaining } => Some((*done, *remaining)),
                _ => None,
            })
            .collect();
        assert_eq!(counts, [(1, 2), (1, 1), (1, 0)]);
    }
}
