#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! "Remember on this device": against keyring-core's mock store, against a real
//! gnome-keyring, and the no-keychain fallback (no session bus).
//!
//! The real-keychain test is `#[ignore]`d: a plain `cargo test` lists it as ignored
//! (never as passed), because it needs a throwaway keyring session and must never touch
//! the user's own keyring. Run it through scripts/with-keyring.sh:
//!
//!   scripts/with-keyring.sh env WAARBORG_KEYRING_TESTS=1 \
//!       cargo test -p waarborg-vault --test keychain -- --include-ignored
//!
//! (.ci/test.sh has a step for exactly this.) Run as ignored without the script, it
//! skips locally and fails in CI (waarborg-testkit).

mod common;

use std::sync::Arc;

use common::*;
use keyring_core::{CredentialStore, Entry};
use waarborg_vault::{DeviceKeychain, KEYCHAIN_SERVICE, Vault};

fn mock() -> (Arc<CredentialStore>, DeviceKeychain) {
    let store: Arc<CredentialStore> = keyring_core::mock::Store::new().unwrap();
    (store.clone(), DeviceKeychain::with_store(store))
}

/// remember → unlock without passphrase → forget → refused; the passphrase still works.
fn remember_unlock_forget(keychain: &DeviceKeychain) {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("a");
    std::fs::write(&src, b"evidence").unwrap();
    vault.import_file(&src, description("A")).unwrap();
    let err = {
        drop(vault);
        Vault::unlock_with_keychain(&dir, keychain).unwrap_err()
    };
    assert_eq!(err.code(), "not-remembered");

    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    vault.remember_on_device(keychain).unwrap();
    drop(vault);
    let vault = Vault::unlock_with_keychain(&dir, keychain).unwrap();
    assert_eq!(vault.items().len(), 1);
    drop(vault);

    keychain.forget(&dir).unwrap();
    keychain.forget(&dir).unwrap(); // forgetting twice is fine
    assert_eq!(
        Vault::unlock_with_keychain(&dir, keychain)
            .unwrap_err()
            .code(),
        "not-remembered"
    );
    assert!(Vault::unlock(&dir, &pass("correct horse battery")).is_ok());
}

#[test]
fn remember_and_forget_with_the_mock_store() {
    let (_store, keychain) = mock();
    remember_unlock_forget(&keychain);
}

#[test]
fn a_locked_or_failing_keychain_is_reported_not_a_crash() {
    let (store, keychain) = mock();
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    let entry = Entry::new_in_store(&store, KEYCHAIN_SERVICE, &vault.id().to_string()).unwrap();
    let cred: &keyring_core::mock::Cred = entry.as_any().downcast_ref().unwrap();
    cred.set_error(keyring_core::Error::NoStorageAccess(Box::new(
        std::io::Error::other("the keyring is locked"),
    )));
    let err = vault.remember_on_device(&keychain).unwrap_err();
    assert_eq!(err.code(), "keychain-unavailable");
    drop(vault);
    cred.set_error(keyring_core::Error::PlatformFailure(Box::new(
        std::io::Error::other("no bus"),
    )));
    let err = Vault::unlock_with_keychain(&dir, &keychain).unwrap_err();
    assert_eq!(err.code(), "keychain-unavailable");
    // The passphrase keeps working.
    assert!(Vault::unlock(&dir, &pass("correct horse battery")).is_ok());
}

#[test]
fn a_key_from_another_vault_in_the_keychain_is_refused() {
    let (store, keychain) = mock();
    let tmp = tempfile::tempdir().unwrap();
    let (dir, vault) = new_vault(tmp.path());
    let other = age::x25519::Identity::generate();
    use waarborg_vault::ExposeSecret;
    Entry::new_in_store(&store, KEYCHAIN_SERVICE, &vault.id().to_string())
        .unwrap()
        .set_secret(other.to_string().expose_secret().as_bytes())
        .unwrap();
    drop(vault);
    let err = Vault::unlock_with_keychain(&dir, &keychain).unwrap_err();
    assert_eq!(err.code(), "damaged-vault");
}

/// Set in the child process of the next test.
const CHILD: &str = "WAARBORG_KEYCHAIN_NO_BUS_CHILD";

#[test]
#[cfg_attr(
    not(target_os = "linux"),
    ignore = "the no-bus case is Linux-specific (the Secret Service store)"
)]
fn without_a_session_bus_the_real_keychain_is_unavailable() {
    if std::env::var_os(CHILD).is_some() {
        // In the child: the real Secret Service store, with no bus to talk to.
        let tmp = tempfile::tempdir().unwrap();
        let (dir, vault) = new_vault(tmp.path());
        let keychain = match DeviceKeychain::native() {
            Ok(k) => k,
            Err(e) => {
                assert_eq!(e.code(), "keychain-unavailable");
                return;
            }
        };
        let err = vault.remember_on_device(&keychain).unwrap_err();
        assert_eq!(err.code(), "keychain-unavailable", "{err}");
        drop(vault);
        let err = Vault::unlock_with_keychain(&dir, &keychain).unwrap_err();
        assert_eq!(err.code(), "keychain-unavailable", "{err}");
        return;
    }
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "without_a_session_bus_the_real_keychain_is_unavailable",
            "--nocapture",
        ])
        .env(CHILD, "1")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/waarborg-no-bus",
        )
        .env_remove("DISPLAY")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "child failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
#[ignore = "needs a throwaway keyring session: run through scripts/with-keyring.sh (see the top of this file)"]
fn remember_and_forget_with_the_real_keychain() {
    // The variable says the keyring is the script's throwaway one, not the user's own.
    if !waarborg_testkit::require(
        std::env::var("WAARBORG_KEYRING_TESTS").as_deref() == Ok("1"),
        "WAARBORG_KEYRING_TESTS=1 is not set: run through scripts/with-keyring.sh",
    ) {
        return;
    }
    let keychain = DeviceKeychain::native().unwrap();
    remember_unlock_forget(&keychain);
}
