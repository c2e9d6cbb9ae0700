#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Phone folders (issue 18, part 5): each file's date comes from EXIF, else from the
//! name the phone gave it, else only from its modification time, and the item says
//! which.

mod common;

use std::fs;

use common::*;
use waarborg_vault::{DateSource, Vault, suggest_description};

/// A small JPEG whose EXIF says it was taken on 2026-07-01 at 09:15:00.
fn jpeg_with_exif() -> Vec<u8> {
    let date = b"2026:07:01 09:15:00\0".to_vec();
    // Little-endian TIFF: header (8), IFD0 with 1 entry (2 + 12 + 4), the Exif IFD with
    // 1 entry (2 + 12 + 4), then the value.
    let ifd0 = 8u32;
    let exif_ifd = ifd0 + 18;
    let date_at = exif_ifd + 18;
    let mut t = Vec::new();
    t.extend_from_slice(b"II*\0");
    t.extend_from_slice(&ifd0.to_le_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        t.extend_from_slice(&tag.to_le_bytes());
        t.extend_from_slice(&kind.to_le_bytes());
        t.extend_from_slice(&count.to_le_bytes());
        t.extend_from_slice(&value.to_le_bytes());
    };
    t.extend_from_slice(&1u16.to_le_bytes());
    entry(&mut t, 0x8769, 4, 1, exif_ifd);
    t.extend_from_slice(&0u32.to_le_bytes());
    t.extend_from_slice(&1u16.to_le_bytes());
    entry(&mut t, 0x9003, 2, date.len() as u32, date_at);
    t.extend_from_slice(&0u32.to_le_bytes());
    t.extend_from_slice(&date);
    let img = image::RgbImage::from_fn(32, 24, |x, y| image::Rgb([x as u8 * 8, y as u8 * 9, 90]));
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new(&mut jpeg)
        .encode_image(&img)
        .unwrap();
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&t);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xff, 0xe1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

#[test]
fn each_file_gets_its_date_and_where_it_came_from() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let folder = tmp.path().join("DCIM");
    fs::create_dir(&folder).unwrap();
    let files: [(&str, Vec<u8>, &str, DateSource); 6] = [
        // EXIF wins over the name.
        (
            "IMG_20260101_120000.jpg",
            jpeg_with_exif(),
            "2026-07-01T09:15:00",
            DateSource::Exif,
        ),
        (
            "Screenshot_20260703-140509.png",
            b"not really a png".to_vec(),
            "2026-07-03T14:05:09",
            DateSource::FileName,
        ),
        (
            "IMG-20260703-WA0001.jpg",
            b"whatsapp photo".to_vec(),
            "2026-07-03",
            DateSource::FileName,
        ),
        (
            "PXL_20260704_081500123.jpg",
            b"pixel photo".to_vec(),
            "2026-07-04T08:15:00",
            DateSource::FileName,
        ),
        (
            "VID-20260705-WA0002.mp4",
            b"whatsapp video".to_vec(),
            "2026-07-05",
            DateSource::FileName,
        ),
        (
            "foto.bin",
            b"no date anywhere".to_vec(),
            "2026-02-03T04:05:06Z",
            DateSource::ModifiedTime,
        ),
    ];
    let mut ids = Vec::new();
    for (name, bytes, _, _) in &files {
        let path = folder.join(name);
        fs::write(&path, bytes).unwrap();
        let modified: std::time::SystemTime = "2026-02-03T04:05:06Z"
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap()
            .into();
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(modified)
            .unwrap();
        let item = vault
            .import_file(&path, suggest_description(&path))
            .unwrap();
        ids.push(item.id);
    }
    drop(vault);
    // Kept in the metadata: the same after the next unlock.
    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    for ((name, _, at, source), id) in files.iter().zip(&ids) {
        let item = vault.item(*id).unwrap();
        let taken = item.facts.taken.clone().expect(name);
        assert_eq!((taken.at.as_str(), taken.source), (*at, *source), "{name}");
    }
}

#[test]
fn a_phone_name_suggests_the_event_date_but_a_modification_time_does_not() {
    let tmp = tempfile::tempdir().unwrap();
    let screenshot = tmp.path().join("Screenshot_20260703-140509.png");
    fs::write(&screenshot, b"x").unwrap();
    assert_eq!(
        suggest_description(&screenshot).event_date,
        chrono::NaiveDate::from_ymd_opt(2026, 7, 3)
    );
    let plain = tmp.path().join("foto.bin");
    fs::write(&plain, b"x").unwrap();
    assert_eq!(suggest_description(&plain).event_date, None);
}

#[test]
fn a_folder_imports_in_batches_each_file_reported_once_in_order() {
    import_a_folder_in_batches(waarborg_fs::BatchSync::PLATFORM);
}

/// The portable way (macOS, Windows: every file and folder fsynced at the batch's end)
/// run on this system too.
#[test]
fn a_folder_imports_in_batches_syncing_each_file() {
    import_a_folder_in_batches(waarborg_fs::BatchSync::EachFile);
}

fn import_a_folder_in_batches(how: waarborg_fs::BatchSync) {
    use std::ops::ControlFlow;
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    // More than one batch, with a duplicate and a missing file among them.
    let count = waarborg_vault::BATCH_FILES + 20;
    let mut files = Vec::new();
    for n in 0..count {
        let path = tmp.path().join(format!("IMG-20260703-WA{n:04}.jpg"));
        fs::write(&path, format!("photo {n}")).unwrap();
        files.push(path);
    }
    fs::write(tmp.path().join("copy.jpg"), "photo 3").unwrap();
    files.insert(10, tmp.path().join("copy.jpg"));
    files.insert(11, tmp.path().join("gone.jpg"));
    let mut reported = Vec::new();
    let cancelled = vault.import_batch_syncing(
        how,
        &files,
        &mut |file| suggest_description(file),
        &mut |_, _| ControlFlow::Continue(()),
        &mut |index, result| reported.push((index, result.map(|item| item.id))),
    );
    assert!(!cancelled);
    let indexes: Vec<usize> = reported.iter().map(|(i, _)| *i).collect();
    assert_eq!(indexes, (0..files.len()).collect::<Vec<_>>());
    let failed: Vec<usize> = reported
        .iter()
        .filter(|(_, r)| r.is_err())
        .map(|(i, _)| *i)
        .collect();
    assert_eq!(failed, [10, 11]);
    assert!(matches!(
        reported[10].1,
        Err(waarborg_vault::ImportError::Duplicate { .. })
    ));
    assert_eq!(vault.items().len(), count);
    // A phone's name gives each its date.
    assert!(
        vault
            .items()
            .iter()
            .all(|i| i.facts.taken.as_ref().is_some_and(|t| t.at == "2026-07-03"))
    );
    let report = vault.verify().unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    drop(vault);
    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    assert_eq!(vault.items().len(), count);
}

#[test]
fn a_cancel_stops_the_batch_at_the_current_file_and_keeps_the_ones_before() {
    use std::ops::ControlFlow;
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let files: Vec<_> = (0..10)
        .map(|n| {
            let path = tmp
                .path()
                .join(format!("Screenshot_20260703-1405{n:02}.png"));
            fs::write(&path, format!("screenshot {n}")).unwrap();
            path
        })
        .collect();
    let mut reported = Vec::new();
    let cancelled = vault.import_batch(
        &files,
        &mut |file| suggest_description(file),
        &mut |index, _| {
            if index == 4 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        },
        &mut |index, result| reported.push((index, result.is_ok())),
    );
    assert!(cancelled);
    assert_eq!(
        reported,
        [(0, true), (1, true), (2, true), (3, true), (4, false)]
    );
    assert_eq!(vault.items().len(), 4);
    assert!(vault.verify().unwrap().problems.is_empty());
}
