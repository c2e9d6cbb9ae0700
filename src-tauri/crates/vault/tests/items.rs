#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Items: import, facts, edits with history, trash, export, odd inputs.

mod common;

use std::fs;

use common::*;
use waarborg_vault::{Category, LogKind, ProblemKind, Vault};

#[test]
fn an_imported_file_keeps_its_bytes_hash_and_facts() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let bytes = pattern(3 * 256 * 1024 + 17); // several pipeline chunks, uneven end
    let src = tmp.path().join("chat export.txt");
    fs::write(&src, &bytes).unwrap();
    let item = vault.import_file(&src, description("Chat")).unwrap();
    assert_eq!(item.facts.sha256, sha256_hex(&bytes));
    assert_eq!(item.facts.size, bytes.len() as u64);
    assert_eq!(item.facts.original_name, "chat export.txt");
    assert!(item.facts.original_modified.is_some());
    assert_eq!(item.description.title, "Chat");
    drop(vault);

    let mut vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    let reloaded = vault.item(item.id).unwrap().clone();
    assert_eq!(reloaded, item);
    let out = tmp.path().join("exported");
    vault.export_item(item.id, &out).unwrap();
    assert_eq!(fs::read(&out).unwrap(), bytes);
    // Export never overwrites.
    assert!(vault.export_item(item.id, &out).is_err());
    let kinds: Vec<_> = vault
        .log_entries()
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(kinds, [LogKind::Create, LogKind::Import, LogKind::Export]);
}

#[test]
fn the_media_type_comes_from_the_content_and_images_get_a_thumbnail() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let png = tmp.path().join("photo.dat");
    let img = image::RgbImage::from_fn(600, 300, |x, y| image::Rgb([x as u8, y as u8, 90]));
    img.save_with_format(&png, image::ImageFormat::Png).unwrap();
    let item = vault.import_file(&png, description("Photo")).unwrap();
    assert_eq!(item.facts.media_type, "image/png");
    assert!(item.has_thumbnail);
    let thumb = vault.thumbnail(item.id).unwrap().unwrap();
    let decoded = image::load_from_memory(&thumb).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (256, 128));

    let txt = tmp.path().join("note.png"); // a lying extension
    fs::write(&txt, b"just text").unwrap();
    let item = vault.import_file(&txt, description("Note")).unwrap();
    assert_eq!(item.facts.media_type, "application/octet-stream");
    assert!(!item.has_thumbnail);
    assert_eq!(vault.thumbnail(item.id).unwrap(), None);
    // Text has no signature: its name says what it is.
    let chat = tmp.path().join("chat.txt");
    fs::write(&chat, b"he said: we leave in August").unwrap();
    let item = vault.import_file(&chat, description("Chat")).unwrap();
    assert_eq!(item.facts.media_type, "text/plain");
}

#[test]
fn exif_capture_time_and_camera_are_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let fixture = tmp.path().join("IMG_0001.JPG");
    fs::write(&fixture, jpeg_with_exif()).unwrap();
    let original = fs::read(&fixture).unwrap();
    let item = vault.import_file(&fixture, description("Photo")).unwrap();
    let exif = item.facts.exif.clone().expect("EXIF read");
    assert_eq!(exif.captured_at.as_deref(), Some("2026-07-03 14:05:09"));
    assert_eq!(exif.camera_make.as_deref(), Some("Waarborg Test Camera"));
    assert_eq!(exif.camera_model.as_deref(), Some("Model 1"));
    assert_eq!(item.facts.media_type, "image/jpeg");
    // Kept, never stripped: the stored bytes are the original bytes.
    let out = tmp.path().join("out.jpg");
    vault.export_item(item.id, &out).unwrap();
    assert_eq!(fs::read(out).unwrap(), original);
}

#[test]
fn edits_keep_the_previous_descriptions() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("a");
    fs::write(&src, b"a").unwrap();
    let item = vault.import_file(&src, description("First")).unwrap();
    let mut second = description("Second");
    second.category = Category::Travel;
    vault.edit_item(item.id, second.clone()).unwrap();
    vault.edit_item(item.id, description("Third")).unwrap();
    drop(vault);
    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    let item = vault.item(item.id).unwrap();
    assert_eq!(item.description.title, "Third");
    let titles: Vec<_> = item
        .history
        .iter()
        .map(|v| v.description.title.as_str())
        .collect();
    assert_eq!(titles, ["First", "Second"]);
    assert_eq!(item.history[1].description, second);
}

#[test]
fn delete_goes_to_the_trash_restore_brings_it_back_purge_removes_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("a");
    fs::write(&src, b"evidence").unwrap();
    let item = vault.import_file(&src, description("A")).unwrap();
    assert_eq!(
        vault.purge_item(item.id).unwrap_err().code(),
        "not-in-trash"
    );
    vault.trash_item(item.id).unwrap();
    assert!(vault.items().is_empty());
    assert_eq!(vault.trash().len(), 1);
    vault.restore_item(item.id).unwrap();
    assert_eq!(vault.items().len(), 1);
    vault.trash_item(item.id).unwrap();
    vault.purge_item(item.id).unwrap();
    assert!(vault.trash().is_empty());
    assert_eq!(vault.item(item.id).unwrap_err().code(), "not-found");
    for sub in ["items", "meta", "thumbs"] {
        assert!(!dir.join(sub).join(format!("{}.age", item.id)).exists());
    }
    let entries = vault.log_entries().unwrap();
    let kinds: Vec<_> = entries.iter().map(|e| e.kind.clone()).collect();
    assert_eq!(
        kinds,
        [
            LogKind::Create,
            LogKind::Import,
            LogKind::Delete,
            LogKind::Restore,
            LogKind::Delete,
            LogKind::Purge
        ]
    );
    // The log still names the purged item and its hash.
    let purge = entries.last().unwrap();
    assert_eq!(purge.subject, Some(item.id));
    assert_eq!(purge.sha256.as_deref(), Some(item.facts.sha256.as_str()));
    assert!(vault.verify().unwrap().is_intact());
}

#[test]
fn odd_inputs_are_accepted_or_refused_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());

    let empty = tmp.path().join("empty");
    fs::write(&empty, b"").unwrap();
    let item = vault.import_file(&empty, description("Empty")).unwrap();
    assert_eq!(item.facts.size, 0);
    assert_eq!(item.facts.sha256, sha256_hex(b""));

    for name in ["with spaces.txt", "new\nline.txt", "emoji 📷 ü.txt"] {
        let p = tmp.path().join(name);
        fs::write(&p, name.as_bytes()).unwrap();
        let item = vault.import_file(&p, description(name)).unwrap();
        assert_eq!(item.facts.original_name, name);
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let p = tmp
            .path()
            .join(std::ffi::OsStr::from_bytes(b"latin1-\xe9t\xe9.txt"));
        fs::write(&p, b"x").unwrap();
        let item = vault.import_file(&p, description("non-utf8")).unwrap();
        assert_eq!(item.facts.original_name, "latin1-\u{fffd}t\u{fffd}.txt");

        let target = tmp.path().join("target.txt");
        fs::write(&target, b"reached through a link").unwrap();
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(vault.import_file(&link, description("link")).is_ok());
        let broken = tmp.path().join("broken");
        std::os::unix::fs::symlink(tmp.path().join("nowhere"), &broken).unwrap();
        assert_eq!(
            vault
                .import_file(&broken, description("b"))
                .unwrap_err()
                .code(),
            "source-not-found"
        );
    }
    let folder = tmp.path().join("folder");
    fs::create_dir(&folder).unwrap();
    assert_eq!(
        vault
            .import_file(&folder, description("f"))
            .unwrap_err()
            .code(),
        "source-not-a-file"
    );
    assert_eq!(
        vault
            .import_file(&tmp.path().join("missing"), description("m"))
            .unwrap_err()
            .code(),
        "source-not-found"
    );
    let count = vault.items().len();
    assert!(vault.verify().unwrap().is_intact());
    assert_eq!(count, 6);
}

#[test]
fn a_failed_import_leaves_no_item_and_no_file() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let folder = tmp.path().join("folder");
    fs::create_dir(&folder).unwrap();
    let _ = vault.import_file(&folder, description("f"));
    for sub in ["items", "meta", "thumbs", "pending"] {
        assert_eq!(fs::read_dir(dir.join(sub)).unwrap().count(), 0, "{sub}");
    }
}

#[test]
fn search_filters_by_text_and_category() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("a");
    fs::write(&src, b"a").unwrap();
    vault
        .import_file(&src, description("Ticket Istanbul"))
        .unwrap();
    let mut d = description("Birth certificate");
    d.category = Category::OfficialDocuments;
    fs::write(&src, b"b").unwrap();
    vault.import_file(&src, d).unwrap();
    assert_eq!(vault.search_items("istanbul", None).len(), 1);
    assert_eq!(
        vault
            .search_items("", Some(Category::OfficialDocuments))
            .len(),
        1
    );
    assert_eq!(vault.search_items("holiday", None).len(), 2);
    assert_eq!(vault.search_items("nothing", None).len(), 0);
}

#[test]
fn exporting_a_tampered_item_leaves_no_file_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("a");
    fs::write(&src, pattern(600 * 1024)).unwrap();
    let item = vault.import_file(&src, description("A")).unwrap();
    let content = dir.join(format!("items/{}.age", item.id));
    let mut bytes = fs::read(&content).unwrap();
    let n = bytes.len();
    bytes[n - 100] ^= 0x40;
    fs::write(&content, bytes).unwrap();
    let out_dir = tmp.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    let err = vault.export_item(item.id, &out_dir.join("a")).unwrap_err();
    assert_eq!(err.code(), "damaged-item");
    assert_eq!(fs::read_dir(&out_dir).unwrap().count(), 0);
    let report = vault.verify().unwrap();
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].kind, ProblemKind::ContentUndecryptable);
}

/// A small JPEG with an EXIF APP1 segment: Make, Model and DateTimeOriginal.
fn jpeg_with_exif() -> Vec<u8> {
    fn ascii(s: &str) -> Vec<u8> {
        let mut v = s.as_bytes().to_vec();
        v.push(0);
        v
    }
    let make = ascii("Waarborg Test Camera");
    let model = ascii("Model 1");
    let date = ascii("2026:07:03 14:05:09");
    // Little-endian TIFF: header (8), IFD0 with 3 entries (2 + 36 + 4 = 42), then the
    // Exif IFD with 1 entry (2 + 12 + 4 = 18), then the values.
    let ifd0 = 8u32;
    let exif_ifd = ifd0 + 42;
    let values = exif_ifd + 18;
    let make_at = values;
    let model_at = make_at + make.len() as u32;
    let date_at = model_at + model.len() as u32;
    let mut t = Vec::new();
    t.extend_from_slice(b"II*\0");
    t.extend_from_slice(&ifd0.to_le_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        t.extend_from_slice(&tag.to_le_bytes());
        t.extend_from_slice(&kind.to_le_bytes());
        t.extend_from_slice(&count.to_le_bytes());
        t.extend_from_slice(&value.to_le_bytes());
    };
    t.extend_from_slice(&3u16.to_le_bytes());
    entry(&mut t, 0x010f, 2, make.len() as u32, make_at);
    entry(&mut t, 0x0110, 2, model.len() as u32, model_at);
    entry(&mut t, 0x8769, 4, 1, exif_ifd);
    t.extend_from_slice(&0u32.to_le_bytes());
    t.extend_from_slice(&1u16.to_le_bytes());
    entry(&mut t, 0x9003, 2, date.len() as u32, date_at);
    t.extend_from_slice(&0u32.to_le_bytes());
    t.extend_from_slice(&make);
    t.extend_from_slice(&model);
    t.extend_from_slice(&date);

    let img = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 4, y as u8 * 5, 120]));
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new(&mut jpeg)
        .encode_image(&img)
        .unwrap();
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&t);
    let mut out = jpeg[..2].to_vec(); // SOI
    out.extend_from_slice(&[0xff, 0xe1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

#[test]
fn the_index_is_rebuilt_when_deleted_damaged_or_stale() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("a");
    fs::write(&src, b"a").unwrap();
    let a = vault.import_file(&src, description("A")).unwrap().id;
    fs::write(&src, b"b").unwrap();
    let b = vault.import_file(&src, description("B")).unwrap().id;
    drop(vault);
    let index = dir.join("index.age");
    assert!(index.exists(), "the index is written on close");
    let unlock = || Vault::unlock(&dir, &pass("correct horse battery")).unwrap();

    // Deleted: rebuilt from meta/.
    fs::remove_file(&index).unwrap();
    let vault = unlock();
    assert_eq!(vault.items().len(), 2);
    drop(vault);
    assert!(index.exists());

    // Damaged: ignored and rebuilt.
    fs::write(&index, b"not an age file").unwrap();
    assert_eq!(unlock().items().len(), 2);

    // Stale (an older index put back after an edit and a purge): the metadata wins.
    let old_index = fs::read(&index).unwrap();
    let mut vault = unlock();
    vault.edit_item(a, description("A, edited")).unwrap();
    vault.trash_item(b).unwrap();
    vault.purge_item(b).unwrap();
    drop(vault);
    fs::write(&index, old_index).unwrap();
    let vault = unlock();
    let titles: Vec<_> = vault
        .items()
        .iter()
        .map(|i| i.description.title.clone())
        .collect();
    assert_eq!(titles, ["A, edited"]);
    assert!(vault.trash().is_empty());
}

#[test]
fn a_current_index_is_used_instead_of_decrypting_every_metadata_file() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("a");
    fs::write(&src, b"a").unwrap();
    let a = vault.import_file(&src, description("A")).unwrap().id;
    drop(vault);
    // Age the metadata file (the index trusts only files older than itself by 2 s), and
    // let the next open write a fresh index.
    let meta = dir.join(format!("meta/{a}.age"));
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(&meta)
        .unwrap()
        .set_modified(old)
        .unwrap();
    drop(Vault::unlock(&dir, &pass("correct horse battery")).unwrap());
    // Now damage the metadata file without changing its size or time: a current index
    // means the file is not decrypted on open; verify (which never uses the index) sees it.
    let mut bytes = fs::read(&meta).unwrap();
    let n = bytes.len();
    bytes[n - 1] ^= 1;
    fs::write(&meta, bytes).unwrap();
    fs::File::options()
        .write(true)
        .open(&meta)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let mut vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    assert_eq!(vault.items().len(), 1, "served from the index");
    let report = vault.verify().unwrap();
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].kind, ProblemKind::MetadataUndecryptable);
}

#[test]
fn debug_output_shows_no_evidence() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("Paspoort-Sam.jpg");
    fs::write(&src, b"x").unwrap();
    let item = vault
        .import_file(&src, description("Title that is evidence"))
        .unwrap();
    let record = vault
        .create_record(waarborg_vault::Record::Person(
            waarborg_vault::PersonProfile {
                given_names: "Sam Jansen".to_owned(),
                ..Default::default()
            },
        ))
        .unwrap()
        .clone();
    vault
        .log_event(LogKind::GuideStep, None, "called Interpol officer")
        .unwrap();
    let debug = format!(
        "{item:?} {record:?} {:?} {:?}",
        vault.log_entries().unwrap(),
        vault
    );
    for secret in [
        "Title that is evidence",
        "Paspoort",
        "Sam Jansen",
        "Interpol",
        "WhatsApp",
        "screenshot on my phone",
    ] {
        assert!(!debug.contains(secret), "{secret} in {debug}");
    }
    assert!(debug.contains(&item.facts.sha256), "hashes are not secret");
}

#[test]
fn a_sparse_file_over_4_gib_is_imported_and_verified_in_constant_memory() {
    // 4 GiB + 1 byte: sizes and offsets must not wrap at 32 bits. Sparse, so the source
    // costs no disk; the encrypted copy does (about 4 GiB, removed at the end).
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("sparse.bin");
    let len = 4 * 1024 * 1024 * 1024 + 1;
    {
        let f = fs::File::create(&src).unwrap();
        f.set_len(len).unwrap();
        use std::io::{Seek, SeekFrom, Write};
        let mut f = f;
        f.seek(SeekFrom::Start(len - 1)).unwrap();
        f.write_all(b"!").unwrap();
    }
    let item = vault.import_file(&src, description("Sparse")).unwrap();
    assert_eq!(item.facts.size, len);
    // SHA-256 of 4 GiB of zeros followed by "!", computed independently.
    let mut hasher = <sha2::Sha256 as sha2::Digest>::new();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..4096 {
        sha2::Digest::update(&mut hasher, &zeros);
    }
    sha2::Digest::update(&mut hasher, b"!");
    let expected: String = sha2::Digest::finalize(hasher)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(item.facts.sha256, expected);
    assert!(vault.verify().unwrap().is_intact());
}

#[test]
fn a_file_that_grows_or_shrinks_while_imported_is_kept_as_read_with_its_hash() {
    // Larger than the 32 MiB write-behind window: the content is flushed while written.
    // The change is made when the first chunk has been written; the reading thread is
    // then at most a few 256 KiB chunks ahead (the channel between them is bounded), so
    // it reads the changed file from there on.
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let bytes = pattern(40 * 1024 * 1024 + 3);
    let extra = vec![0xa5u8; 1024 * 1024 + 1];
    let cut = 4 * 1024 * 1024 + 5;
    for (name, grows) in [("grows.bin", true), ("shrinks.bin", false)] {
        let src = tmp.path().join(name);
        fs::write(&src, &bytes).unwrap();
        let mut changed = false;
        let item = vault
            .import_file_with_progress(&src, description(name), &mut |_| {
                if !changed {
                    changed = true;
                    let file = fs::OpenOptions::new().append(true).open(&src).unwrap();
                    if grows {
                        std::io::Write::write_all(&mut &file, &extra).unwrap();
                    } else {
                        file.set_len(cut as u64).unwrap();
                    }
                }
                std::ops::ControlFlow::Continue(())
            })
            .unwrap();
        let expected = if grows {
            [bytes.as_slice(), extra.as_slice()].concat()
        } else {
            bytes[..cut].to_vec()
        };
        assert!(changed);
        assert_eq!(item.facts.size, expected.len() as u64, "{name}");
        assert_eq!(item.facts.sha256, sha256_hex(&expected), "{name}");
        let out = tmp.path().join(format!("{name}.out"));
        vault.export_item(item.id, &out).unwrap();
        assert!(
            fs::read(&out).unwrap() == expected,
            "{name}: exported bytes differ"
        );
    }
    assert!(vault.verify().unwrap().is_intact());
}
