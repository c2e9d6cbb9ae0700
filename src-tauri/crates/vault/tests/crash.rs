#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Crash safety inside one process: a disk that fills up during an import, and while a
//! vault is being made. (The crash tests with separate processes — kill -9 during
//! imports, the writer lock between processes — drive the real `waarborg` command in
//! src-tauri/tests/crash.rs.) The small disk is a tmpfs, which needs root: without it
//! these tests skip locally and fail in CI (waarborg-testkit).

mod common;

use std::fs;

use common::*;
use waarborg_testkit::mount_tmpfs;
use waarborg_vault::Vault;

const PASSPHRASE: &str = "correct horse battery";

#[test]
fn a_full_disk_is_a_clear_error_and_the_vault_stays_intact() {
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("small");
    fs::create_dir(&mnt).unwrap();
    let Some(_mount) = mount_tmpfs(&mnt, "3m") else {
        return; // not root, and CI unset (mount_tmpfs said why)
    };
    let dir = mnt.join("vault");
    let mut vault = Vault::create(&dir, &pass(PASSPHRASE), &options()).unwrap();
    let src = tmp.path().join("big.bin");
    let mut imported = Vec::new();
    let err = loop {
        // Different bytes each time: the same bytes again would be a duplicate.
        let mut bytes = pattern(700 * 1024);
        bytes[0] = u8::try_from(imported.len()).unwrap();
        fs::write(&src, &bytes).unwrap();
        match vault.import_file(&src, description("fill")) {
            Ok(item) => imported.push(item.id),
            Err(e) => break e,
        }
        assert!(imported.len() < 10, "the 3 MiB disk never filled");
    };
    assert_eq!(err.code(), "disk-full", "{err}");
    assert!(!imported.is_empty());
    drop(vault);
    // Nothing half-written is left, every committed item is intact.
    let mut vault = Vault::unlock(&dir, &pass(PASSPHRASE)).unwrap();
    let present: Vec<_> = vault.items().iter().map(|i| i.id).collect();
    assert_eq!(present.len(), imported.len());
    assert_eq!(
        fs::read_dir(dir.join("items")).unwrap().count(),
        imported.len()
    );
    for (n, id) in imported.iter().enumerate() {
        let out = tmp.path().join(id.to_string());
        vault
            .export_item(*id, &out)
            .unwrap_or_else(|e| panic!("{e}"));
        let mut bytes = pattern(700 * 1024);
        bytes[0] = u8::try_from(n).unwrap();
        assert_eq!(fs::read(&out).unwrap(), bytes);
    }
    // The check itself may not be able to log on a full disk; free some space first.
    let first = imported[0];
    vault.trash_item(first).ok();
    if vault.purge_item(first).is_ok() {
        let report = vault.verify().unwrap();
        assert!(report.is_intact(), "{:?}", report.problems);
    }
}

#[test]
fn creating_a_vault_on_a_full_disk_leaves_the_folder_empty() {
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("small");
    fs::create_dir(&mnt).unwrap();
    let Some(_mount) = mount_tmpfs(&mnt, "1m") else {
        return; // not root, and CI unset (mount_tmpfs said why)
    };
    let dir = mnt.join("vault");
    fs::create_dir(&dir).unwrap();
    // Fill the disk, leaving a few KiB: the folders fit, the key file does not.
    let filler = mnt.join("filler");
    let _ = fs::write(&filler, vec![0u8; 1024 * 1024]);
    let err = Vault::create(&dir, &pass(PASSPHRASE), &options()).unwrap_err();
    assert_eq!(err.code(), "disk-full", "{err}");
    let left: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    fs::remove_file(&filler).unwrap();
    assert!(Vault::create(&dir, &pass(PASSPHRASE), &options()).is_ok());
}
