#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The custody log a page at a time, newest first (the Check view): every entry once,
//! in order, across sealed segments and single files, without reading the whole log.

mod common;

use std::fs;

use common::*;
use waarborg_vault::{LogKind, Vault};

/// Pages of `limit` from the newest back to entry 0: their `seq`s, in order.
fn all_pages(vault: &Vault, limit: usize) -> Vec<u64> {
    let mut seqs = Vec::new();
    let mut before = None;
    loop {
        let page = vault.log_page(before, limit).unwrap();
        assert!(page.entries.len() <= limit);
        seqs.extend(page.entries.iter().map(|e| e.seq));
        match page.next_before {
            Some(next) => {
                assert_eq!(Some(next), page.entries.last().map(|e| e.seq));
                before = Some(next);
            }
            None => return seqs,
        }
    }
}

#[test]
fn the_log_reads_a_page_at_a_time_newest_first_across_segments() {
    waarborg_vault::set_seal_threshold(8);
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    for n in 0..40 {
        vault
            .log_event(LogKind::GuideStep, None, &format!("step {n}"))
            .unwrap();
    }
    drop(vault);
    let segments = fs::read_dir(dir.join("log"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("segment-")
        })
        .count();
    assert!(segments >= 4, "sealed: {segments}");
    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    let first = vault.log_page(None, 5).unwrap();
    let total = first.total;
    assert_eq!(
        first.entries.iter().map(|e| e.seq).collect::<Vec<_>>(),
        (total - 5..total).rev().collect::<Vec<_>>()
    );
    assert_eq!(first.next_before, Some(total - 5));
    for limit in [1, 3, 7, 8, 100] {
        assert_eq!(
            all_pages(&vault, limit),
            (0..total).rev().collect::<Vec<_>>(),
            "pages of {limit}"
        );
    }
    // The same once the whole log was read (and kept) by the session.
    vault.log_entries().unwrap();
    assert_eq!(all_pages(&vault, 7), (0..total).rev().collect::<Vec<_>>());
    // A page never has more than the most the window may ask for.
    assert!(vault.log_page(None, usize::MAX).unwrap().entries.len() as u64 <= total);
    assert_eq!(
        vault.log_page(Some(0), 10).unwrap().entries,
        [],
        "nothing before entry 0"
    );
}
