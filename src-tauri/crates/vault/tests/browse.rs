#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! What the app's vault screens rely on: seekable previews, duplicates, cancelled
//! imports, progress, filters and sorting, suggested descriptions, per-item log.

mod common;

use std::fs;
use std::io::{Read, Seek, SeekFrom};
use std::ops::ControlFlow;

use chrono::NaiveDate;
use common::*;
use waarborg_vault::{
    Category, ImportError, ItemQuery, ItemSort, LogKind, SourceKind, suggest_description,
};

#[test]
fn a_preview_reads_any_range_of_the_original_bytes_without_writing_to_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    // Several age chunks (64 KiB each) and an uneven end.
    let bytes = pattern(5 * 64 * 1024 + 333);
    let src = tmp.path().join("video.mp4");
    fs::write(&src, &bytes).unwrap();
    let item = vault.import_file(&src, description("Video")).unwrap();
    let before = snapshot(&dir);

    let mut reader = vault.content_reader(item.id).unwrap();
    assert_eq!(reader.size, bytes.len() as u64);
    for start in [
        0usize,
        1,
        64 * 1024 - 1,
        64 * 1024,
        200_000,
        bytes.len() - 10,
    ] {
        reader.seek(SeekFrom::Start(start as u64)).unwrap();
        let mut buf = vec![0u8; 5000.min(bytes.len() - start)];
        reader.read_exact(&mut buf).unwrap();
        assert_eq!(buf, bytes[start..start + buf.len()], "range at {start}");
    }
    let mut all = Vec::new();
    reader.seek(SeekFrom::Start(0)).unwrap();
    reader.read_to_end(&mut all).unwrap();
    assert_eq!(all, bytes);
    assert_eq!(snapshot(&dir), before, "reading wrote nothing");
}

#[test]
fn the_same_bytes_twice_are_reported_as_a_duplicate_and_not_added() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let a = tmp.path().join("a.png");
    let b = tmp.path().join("copy of a.png");
    fs::write(&a, pattern(70_000)).unwrap();
    fs::write(&b, pattern(70_000)).unwrap();
    let first = vault.import_file(&a, description("A")).unwrap();
    let before = snapshot(&dir);
    let err = vault.import_file(&b, description("B")).unwrap_err();
    assert_eq!(err.code(), "duplicate");
    match err {
        ImportError::Duplicate { existing, .. } => assert_eq!(existing, first.id.to_string()),
        other => panic!("expected a duplicate, got {other:?}"),
    }
    assert_eq!(vault.items().len(), 1);
    assert_eq!(
        snapshot(&dir),
        before,
        "nothing was written for the duplicate"
    );
}

#[test]
fn a_cancelled_import_adds_nothing_and_reports_progress_until_then() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("big.bin");
    fs::write(&src, pattern(4 * 256 * 1024)).unwrap();
    let before = snapshot(&dir);
    let mut seen = Vec::new();
    let err = vault
        .import_file_with_progress(&src, description("Big"), &mut |done| {
            seen.push(done);
            if done >= 2 * 256 * 1024 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })
        .unwrap_err();
    assert_eq!(err.code(), "cancelled");
    assert_eq!(seen, [256 * 1024, 2 * 256 * 1024]);
    assert!(vault.items().is_empty());
    assert_eq!(snapshot(&dir), before, "no trace of the cancelled import");

    let mut last = 0;
    vault
        .import_file_with_progress(&src, description("Big"), &mut |done| {
            assert!(done > last);
            last = done;
            ControlFlow::Continue(())
        })
        .unwrap();
    assert_eq!(last, 4 * 256 * 1024);
}

#[test]
fn items_filter_by_category_dates_tag_person_text_and_sort() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let mut import = |name: &str, n: usize, f: &dyn Fn(&mut waarborg_vault::ItemDescription)| {
        let src = tmp.path().join(name);
        fs::write(&src, pattern(n)).unwrap();
        let mut d = description(name);
        f(&mut d);
        vault.import_file(&src, d).unwrap().id
    };
    let chat = import("chat", 10, &|d| {
        d.event_date = NaiveDate::from_ymd_opt(2026, 3, 1);
        d.tags = vec!["Threat".into()];
    });
    let ticket = import("ticket", 30, &|d| {
        d.category = Category::Travel;
        d.event_date = NaiveDate::from_ymd_opt(2026, 8, 1);
        d.people = vec!["Karim".into()];
        d.description = "one-way ticket to Casablanca".into();
    });
    let undated = import("undated", 20, &|d| {
        d.event_date = None;
        d.tags = vec![];
    });
    vault.trash_item(undated).unwrap();

    let ids = |q: ItemQuery| -> Vec<_> { vault.query_items(&q).iter().map(|s| s.id).collect() };
    assert_eq!(
        ids(ItemQuery {
            category: Some(Category::Travel),
            ..ItemQuery::default()
        }),
        [ticket]
    );
    assert_eq!(
        ids(ItemQuery {
            text: "CASABLANCA".into(),
            ..ItemQuery::default()
        }),
        [ticket]
    );
    assert_eq!(
        ids(ItemQuery {
            from: NaiveDate::from_ymd_opt(2026, 1, 1),
            to: NaiveDate::from_ymd_opt(2026, 6, 30),
            ..ItemQuery::default()
        }),
        [chat]
    );
    assert_eq!(
        ids(ItemQuery {
            tag: Some("threat".into()),
            ..ItemQuery::default()
        }),
        [chat]
    );
    assert_eq!(
        ids(ItemQuery {
            person: Some("karim".into()),
            ..ItemQuery::default()
        }),
        [ticket]
    );
    assert_eq!(
        ids(ItemQuery {
            trash: true,
            ..ItemQuery::default()
        }),
        [undated]
    );
    assert_eq!(
        ids(ItemQuery {
            sort: ItemSort::Size,
            ..ItemQuery::default()
        }),
        [ticket, chat]
    );
    assert_eq!(
        ids(ItemQuery {
            sort: ItemSort::ImportedNewest,
            ..ItemQuery::default()
        }),
        [ticket, chat]
    );
    let facets = vault.item_facets();
    assert_eq!((facets.items, facets.in_trash), (2, 1));
    assert_eq!(facets.people, ["Karim", "Sam"]);
}

#[test]
fn suggested_descriptions_follow_the_file_name_and_type() {
    let shot = suggest_description(std::path::Path::new(
        "/tmp/Screenshot 2026-07-03 at 10.12.png",
    ));
    assert_eq!(shot.category, Category::DigitalCommunications);
    assert_eq!(shot.provenance.source_kind, SourceKind::OwnDevice);
    assert_eq!(shot.title, "Screenshot 2026-07-03 at 10.12");
    let nl = suggest_description(std::path::Path::new("Schermafbeelding 2026-07-03.png"));
    assert_eq!(nl.category, Category::DigitalCommunications);
    let order = suggest_description(std::path::Path::new("beschikking rechtbank.PDF"));
    assert_eq!(order.category, Category::OfficialDocuments);
    let other = suggest_description(std::path::Path::new("notes.odt"));
    assert_eq!(other.category, Category::Other);
}

#[test]
fn an_item_log_lists_its_own_entries_and_views_are_logged() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let src = tmp.path().join("x.txt");
    fs::write(&src, b"x").unwrap();
    let other = tmp.path().join("y.txt");
    fs::write(&other, b"y").unwrap();
    let x = vault.import_file(&src, description("X")).unwrap().id;
    vault.import_file(&other, description("Y")).unwrap();
    vault.log_view(x).unwrap();
    let kinds: Vec<_> = vault
        .log_entries_about(x)
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(kinds, [LogKind::Import, LogKind::View]);
    // The entries are kept in memory after the first read: later entries still show,
    // and they match what a fresh unlock reads from disk.
    vault.trash_item(x).unwrap();
    let cached = vault.log_entries_about(x).unwrap();
    assert_eq!(cached.last().map(|e| e.kind.clone()), Some(LogKind::Delete));
    let dir = vault.dir().to_owned();
    drop(vault);
    let reopened = waarborg_vault::Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    assert_eq!(reopened.log_entries_about(x).unwrap(), cached);
}
