//! "I forgot my passphrase", a new passphrase, the recovery keys and the emergency kit,
//! as the window (and, for the kit, the command line) asks for them.

use std::io::Read;
use std::path::Path;

use waarborg_contract::{
    ApiError, KitSummary, LockReason, Passphrase, RecoveryKeyInput, RecoveryKeyList, VaultStatus,
};
use waarborg_documents::{EmergencyKit, SaveError, emergency_kit_pdf, write_pdf_atomically};
use waarborg_vault::{
    DEFAULT_WORK_FACTOR, ExposeSecret, SecretString, Vault, check_new_passphrase, new_recovery_key,
};

use crate::app::{App, absolute_path, invalid};

/// An age identity file is a few lines; anything bigger is not one and is not read.
const MAX_KEY_FILE: u64 = 64 * 1024;

/// The text of a recovery key file, as a secret (zeroized when dropped).
pub fn read_key_file(path: &Path) -> Result<SecretString, ApiError> {
    let unreadable = || invalid(&format!("the key file {} cannot be read", path.display()));
    let file = std::fs::File::open(path).map_err(|_| unreadable())?;
    if !file.metadata().map_err(|_| unreadable())?.is_file() {
        return Err(unreadable());
    }
    // Sized once, so no copy of the key is left behind by a reallocation.
    let mut text = String::with_capacity(MAX_KEY_FILE as usize + 1);
    let read = file.take(MAX_KEY_FILE + 1).read_to_string(&mut text);
    let text = SecretString::from(text);
    read.map_err(|_| unreadable())?;
    if text.expose_secret().len() as u64 > MAX_KEY_FILE {
        return Err(unreadable());
    }
    Ok(text)
}

fn list(vault: &Vault) -> RecoveryKeyList {
    match vault.recovery_recipients() {
        Some(keys) => RecoveryKeyList { known: true, keys },
        None => RecoveryKeyList {
            known: false,
            keys: Vec::new(),
        },
    }
}

/// Writes the emergency kit for `vault` to `out` (atomically). With `new_key`, a new
/// recovery key is made: its secret goes only onto the page, and its public key is added
/// to the vault (logged) once the page is written; if adding fails the page is removed,
/// so no kit claims a key that does not open the vault.
pub fn write_emergency_kit(
    vault: &mut Vault,
    out: &Path,
    new_key: bool,
    language: waarborg_contract::Language,
) -> Result<KitSummary, ApiError> {
    let mut keys = vault.recovery_recipients().unwrap_or_default();
    let fresh = new_key.then(new_recovery_key);
    if let Some((public, _)) = &fresh {
        keys.push(public.clone());
    }
    let vault_id = vault.id().to_string();
    let vault_dir = vault.dir().display().to_string();
    let mut bytes = emergency_kit_pdf(&EmergencyKit {
        language,
        vault_id: &vault_id,
        vault_dir: &vault_dir,
        made_on: chrono::Local::now().date_naive(),
        recovery_keys: &keys,
        new_key: fresh
            .as_ref()
            .map(|(public, secret)| (public.as_str(), secret.expose_secret())),
    })
    .map_err(|e| ApiError::from(SaveError::from(e)))?;
    let written = write_pdf_atomically(out, &bytes);
    // The page holds the secret: wipe this copy whatever happened.
    bytes.fill(0);
    std::hint::black_box(&bytes);
    written.map_err(|e| ApiError::from(SaveError::from(e)))?;
    if let Some((public, _)) = &fresh
        && let Err(err) = vault.add_recovery_recipient(public)
    {
        let _ = std::fs::remove_file(out);
        return Err(err.into());
    }
    Ok(KitSummary {
        path: out.to_string_lossy().into_owned(),
        new_key: fresh.map(|(public, _)| public),
    })
}

impl App {
    /// "I forgot my passphrase": the recovery key opens the vault, `new` becomes its
    /// passphrase (as strong as for a new vault), and the vault is open. A wrong key
    /// changes nothing (`vault-wrong-recovery-key`).
    pub fn recover(&self, key: RecoveryKeyInput, new: Passphrase) -> Result<VaultStatus, ApiError> {
        self.session().refuse_while_presenting()?;
        let new = new.into_secret();
        check_new_passphrase(&new)?;
        let key = match key {
            RecoveryKeyInput::Text { key } => key.into_secret(),
            RecoveryKeyInput::File { path } => {
                read_key_file(&absolute_path(&path, "the key file")?)?
            }
            RecoveryKeyInput::Image { path } => {
                crate::recovery_key_from_image(&absolute_path(&path, "the picture")?)?
            }
        };
        let dir = self.vault_dir()?;
        self.session().lock_vault(LockReason::Asked);
        let vault = Vault::recover(&dir, &key, &new, DEFAULT_WORK_FACTOR)?;
        drop(key);
        self.session().set_open(vault);
        self.session().passphrase_entered();
        self.vault_status(None)
    }

    /// A new passphrase for the open vault (its key and content unchanged), after the
    /// current one is checked; logged as `passphrase-changed`.
    pub fn change_passphrase(
        &self,
        current: Passphrase,
        new: Passphrase,
    ) -> Result<VaultStatus, ApiError> {
        let new = new.into_secret();
        check_new_passphrase(&new)?;
        let session = self.session();
        session.refuse_while_presenting()?;
        let check = session.with(|open| Ok(open.vault.passphrase_check()))?;
        check.check(&current.into_secret())?;
        session.with(|open| Ok(open.vault.change_passphrase(&new, DEFAULT_WORK_FACTOR)?))?;
        self.vault_status(None)
    }

    pub fn recovery_keys(&self) -> Result<RecoveryKeyList, ApiError> {
        self.session().with(|open| Ok(list(&open.vault)))
    }

    pub fn add_recovery_key(&self, key: &str) -> Result<RecoveryKeyList, ApiError> {
        let session = self.session();
        session.refuse_while_presenting()?;
        session.with(|open| {
            open.vault.add_recovery_recipient(key)?;
            Ok(list(&open.vault))
        })
    }

    pub fn remove_recovery_key(&self, key: &str) -> Result<RecoveryKeyList, ApiError> {
        let session = self.session();
        session.refuse_while_presenting()?;
        session.with(|open| {
            open.vault.remove_recovery_recipient(key)?;
            Ok(list(&open.vault))
        })
    }

    /// The file name the save dialog proposes for the kit, in the parent's language.
    pub fn emergency_kit_file_name(&self) -> String {
        match self.language() {
            waarborg_contract::Language::Nl => "waarborg-noodkaart.pdf",
            waarborg_contract::Language::En => "waarborg-emergency-kit.pdf",
        }
        .to_owned()
    }

    /// The title of the dialog that picks the recovery key file, or (`photo`) a photo or
    /// scan of the kit, in the parent's language.
    pub fn recovery_key_dialog_title(&self, photo: bool) -> String {
        let id = if photo {
            "recover-image-dialog-title"
        } else {
            "recover-key-dialog-title"
        };
        waarborg_i18n::Messages::new(self.language()).get(id)
    }

    /// The title of the kit's save dialog, in the parent's language.
    pub fn emergency_kit_dialog_title(&self) -> String {
        waarborg_i18n::Messages::new(self.language()).get("kit-save-dialog-title")
    }

    /// The emergency kit written to `out` (a full path the parent chose).
    pub fn emergency_kit(&self, out: &str, new_key: bool) -> Result<KitSummary, ApiError> {
        let out = absolute_path(out, "the kit file")?;
        let language = self.language();
        let session = self.session();
        session.refuse_while_presenting()?;
        session.with(|open| write_emergency_kit(&mut open.vault, &out, new_key, language))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::testing::{PASSPHRASE, unlocked_app};
    use waarborg_contract::{ErrorCode, VaultState};

    const NEW: &str = "paarse olifant fietst langs de gracht";

    fn entries(app: &App, kind: &str) -> Vec<String> {
        app.session()
            .with(|open| Ok(open.vault.log_entries()?))
            .unwrap()
            .into_iter()
            .filter(|e| e.kind.as_str() == kind)
            .map(|e| e.note)
            .collect()
    }

    #[test]
    fn the_window_recovers_with_a_key_file_or_pasted_key_and_a_wrong_key_changes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        let (public, secret) = new_recovery_key();
        app.add_recovery_key(&public).unwrap();
        app.lock(LockReason::Asked).unwrap();

        // A stranger's key: refused, the vault stays locked and opens as before.
        let (_, stranger) = new_recovery_key();
        let err = app
            .recover(
                RecoveryKeyInput::Text {
                    key: Passphrase::from(stranger.expose_secret().to_owned()),
                },
                Passphrase::from(NEW.to_owned()),
            )
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultWrongRecoveryKey);
        assert!(!err.message.contains(stranger.expose_secret()));
        assert_eq!(app.vault_status(None).unwrap().state, VaultState::Locked);
        // A weak new passphrase is refused before the key is tried.
        let err = app
            .recover(
                RecoveryKeyInput::Text {
                    key: Passphrase::from(secret.expose_secret().to_owned()),
                },
                Passphrase::from("password123".to_owned()),
            )
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::PassphraseTooWeak);
        // A key file that is not there names it.
        let err = app
            .recover(
                RecoveryKeyInput::File {
                    path: tmp.path().join("nope.txt").display().to_string(),
                },
                Passphrase::from(NEW.to_owned()),
            )
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultInvalidInput);
        assert!(err.message.contains("nope.txt"), "{}", err.message);

        // The key file as age-keygen writes it.
        let file = tmp.path().join("key.txt");
        std::fs::write(
            &file,
            format!("# public key: {public}\n{}\n", secret.expose_secret()),
        )
        .unwrap();
        let status = app
            .recover(
                RecoveryKeyInput::File {
                    path: file.display().to_string(),
                },
                Passphrase::from(NEW.to_owned()),
            )
            .unwrap();
        assert_eq!(status.state, VaultState::Unlocked);
        let changed = entries(&app, "passphrase-changed");
        assert!(changed.last().unwrap().contains(&public), "{changed:?}");
        app.lock(LockReason::Asked).unwrap();
        assert_eq!(
            app.unlock(Passphrase::from(PASSPHRASE.to_owned()), false)
                .unwrap_err()
                .code,
            ErrorCode::VaultWrongPassphrase
        );
        app.unlock(Passphrase::from(NEW.to_owned()), false).unwrap();
    }

    #[test]
    fn the_passphrase_changes_in_the_window_after_the_current_one_is_checked() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        let err = app
            .change_passphrase(
                Passphrase::from("not it".to_owned()),
                Passphrase::from(NEW.to_owned()),
            )
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultWrongPassphrase);
        let err = app
            .change_passphrase(
                Passphrase::from(PASSPHRASE.to_owned()),
                Passphrase::from("welkom01".to_owned()),
            )
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::PassphraseTooWeak);
        assert!(entries(&app, "passphrase-changed").is_empty());
        app.change_passphrase(
            Passphrase::from(PASSPHRASE.to_owned()),
            Passphrase::from(NEW.to_owned()),
        )
        .unwrap();
        assert_eq!(entries(&app, "passphrase-changed").len(), 1);
        app.lock(LockReason::Asked).unwrap();
        app.unlock(Passphrase::from(NEW.to_owned()), false).unwrap();
    }

    #[test]
    fn recovery_keys_are_listed_added_and_removed_and_the_kit_adds_its_own() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        assert_eq!(
            app.recovery_keys().unwrap(),
            RecoveryKeyList {
                known: true,
                keys: vec![]
            }
        );
        let (lawyer, _) = new_recovery_key();
        assert_eq!(
            app.add_recovery_key(&lawyer).unwrap().keys,
            vec![lawyer.clone()]
        );
        assert_eq!(
            app.add_recovery_key("age1nonsense").unwrap_err().code,
            ErrorCode::VaultInvalidRecoveryKey
        );

        // The kit without a new key adds nothing.
        let plain = tmp.path().join("kit.pdf");
        let summary = app.emergency_kit(plain.to_str().unwrap(), false).unwrap();
        assert_eq!(summary.new_key, None);
        assert!(std::fs::read(&plain).unwrap().starts_with(b"%PDF"));
        assert_eq!(app.recovery_keys().unwrap().keys.len(), 1);

        let with_key = tmp.path().join("kit-key.pdf");
        let summary = app.emergency_kit(with_key.to_str().unwrap(), true).unwrap();
        let kit_key = summary.new_key.unwrap();
        assert_eq!(
            app.recovery_keys().unwrap().keys,
            vec![lawyer.clone(), kit_key.clone()]
        );
        assert_eq!(
            app.emergency_kit("relative.pdf", true).unwrap_err().code,
            ErrorCode::VaultInvalidInput
        );
        assert_eq!(app.recovery_keys().unwrap().keys.len(), 2);

        assert_eq!(
            app.remove_recovery_key(&lawyer).unwrap().keys,
            vec![kit_key.clone()]
        );
        assert_eq!(
            app.remove_recovery_key(&lawyer).unwrap_err().code,
            ErrorCode::VaultUnknownRecoveryKey
        );
        let notes = entries(&app, "recovery-keys-changed");
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert!(notes[1].contains(&format!("added {kit_key}")), "{notes:?}");
        assert!(notes[2].contains(&format!("removed {lawyer}")), "{notes:?}");
    }
}
