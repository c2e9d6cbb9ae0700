#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! `index.age` in JSON Lines (format 2, issue 20): an index in the older single-object
//! form (format 1) is read and rewritten at once, a rewrite stopped half way leaves a
//! vault that opens, every line reads with a plain JSON parser, and a damaged line costs
//! only that item's metadata being read from its own file.

mod common;

use std::fs;
use std::io::{Read, Write};
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use age::secrecy::ExposeSecret;
use common::*;
use waarborg_vault::Vault;

fn identity_of(vault: &Vault) -> age::x25519::Identity {
    vault.identity_secret().expose_secret().parse().unwrap()
}

fn seal(identity: &age::x25519::Identity, plaintext: &[u8]) -> Vec<u8> {
    let recipient = identity.to_public();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).unwrap();
    writer.write_all(plaintext).unwrap();
    writer.finish().unwrap();
    out
}

fn open(identity: &age::x25519::Identity, path: &Path) -> Vec<u8> {
    let bytes = fs::read(path).unwrap();
    let mut reader = age::Decryptor::new(&bytes[..])
        .unwrap()
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .unwrap();
    let mut out = Vec::new();
    reader.read_to_end(&mut out).unwrap();
    out
}

/// A vault of three items whose metadata files are an hour old (the index trusts only
/// files older than itself), closed so that its index is written.
fn aged_vault(root: &Path) -> (std::path::PathBuf, Vec<uuid::Uuid>, age::x25519::Identity) {
    let (dir, mut vault) = new_vault(root);
    let mut ids = Vec::new();
    for title in ["A", "B", "C"] {
        let src = root.join(title);
        fs::write(&src, title).unwrap();
        ids.push(vault.import_file(&src, description(title)).unwrap().id);
    }
    let identity = identity_of(&vault);
    drop(vault);
    let old = SystemTime::now() - Duration::from_secs(3600);
    for id in &ids {
        fs::File::options()
            .write(true)
            .open(dir.join(format!("meta/{id}.age")))
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    (dir, ids, identity)
}

fn unlock(dir: &Path) -> Vault {
    Vault::unlock(dir, &pass("correct horse battery")).unwrap()
}

fn titles(vault: &Vault) -> Vec<String> {
    let mut t: Vec<_> = vault
        .items()
        .iter()
        .map(|i| i.description.title.clone())
        .collect();
    t.sort();
    t
}

fn stamp(path: &Path) -> serde_json::Value {
    let meta = fs::metadata(path).unwrap();
    let ns = meta.modified().unwrap().duration_since(UNIX_EPOCH).unwrap();
    serde_json::json!({"len": meta.len(), "modified_ns": ns.as_nanos() as u64})
}

#[test]
fn an_index_in_the_older_form_is_used_and_rewritten_as_json_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, ids, identity) = aged_vault(tmp.path());
    let vault = unlock(&dir); // writes a current index (the files were just aged)
    let items: Vec<_> = vault.items().into_iter().cloned().collect();
    drop(vault);
    // Format 1 as an older Waarborg wrote it. Its titles differ from the metadata files:
    // an item showing them was taken from this index (current by size and time).
    let entries: Vec<_> = items
        .iter()
        .map(|item| {
            let mut item = serde_json::to_value(item).unwrap();
            let title = item["description"]["title"].as_str().unwrap().to_owned();
            item["description"]["title"] = format!("{title} (from the old index)").into();
            let id = item["id"].as_str().unwrap().to_owned();
            serde_json::json!({"stamp": stamp(&dir.join(format!("meta/{id}.age"))), "item": item})
        })
        .collect();
    let written_ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let old = serde_json::json!({"format": 1, "written_ns": written_ns, "entries": entries});
    let index = dir.join("index.age");
    fs::write(&index, seal(&identity, old.to_string().as_bytes())).unwrap();
    // A rewrite stopped before its rename leaves its temporary file beside the old index.
    fs::write(dir.join(".tmp-index"), b"half").unwrap();

    let vault = unlock(&dir);
    assert!(!dir.join(".tmp-index").exists());
    let expected = [
        "A (from the old index)",
        "B (from the old index)",
        "C (from the old index)",
    ];
    assert_eq!(titles(&vault), expected);
    // Rewritten at once as format 2: a header line and one JSON object per item, each
    // read by a plain JSON parser.
    let text = String::from_utf8(open(&identity, &index)).unwrap();
    let mut lines = text.lines();
    let header: serde_json::Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(header["format"], 2);
    assert_eq!(header["entries"], 3);
    let mut found: Vec<String> = lines
        .map(|l| {
            let entry: serde_json::Value = serde_json::from_str(l).unwrap();
            assert!(ids.iter().any(|id| entry["item"]["id"] == id.to_string()));
            entry["item"]["description"]["title"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    found.sort();
    assert_eq!(found, expected);
    drop(vault);
    assert_eq!(titles(&unlock(&dir)), expected);
}

#[test]
fn a_damaged_line_costs_only_that_items_metadata_read() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, ids, identity) = aged_vault(tmp.path());
    drop(unlock(&dir)); // a current format-2 index
    let index = dir.join("index.age");
    let text = String::from_utf8(open(&identity, &index)).unwrap();
    // One line cut short, one changed to a title the metadata does not have.
    let changed: Vec<String> = text
        .lines()
        .map(|l| {
            if l.contains(&ids[0].to_string()) {
                l[..l.len() / 2].to_owned()
            } else if l.contains(&ids[1].to_string()) {
                l.replace("\"title\":\"B\"", "\"title\":\"B (from the index)\"")
            } else {
                l.to_owned()
            }
        })
        .collect();
    fs::write(&index, seal(&identity, changed.join("\n").as_bytes())).unwrap();
    let vault = unlock(&dir);
    assert_eq!(titles(&vault), ["A", "B (from the index)", "C"]);
    drop(vault);
    // The damaged line was replaced: the index is whole again.
    let text = String::from_utf8(open(&identity, &index)).unwrap();
    assert_eq!(text.lines().count(), 4);
    for line in text.lines() {
        serde_json::from_str::<serde_json::Value>(line).unwrap();
    }
}
