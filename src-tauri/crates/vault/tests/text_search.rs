#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Search inside the evidence (issue 18, part 4): text files, chat exports and PDFs are
//! found by the words inside them, with the line they are on; an older vault gains its
//! texts at unlock; a PDF whose text cannot be read is imported anyway.

mod common;

use std::fs;
use std::ops::ControlFlow;

use common::*;
use waarborg_vault::{ItemQuery, TextNote, Vault};

fn search(vault: &Vault, text: &str) -> Vec<(String, Option<String>)> {
    vault
        .query_items(&ItemQuery {
            text: text.to_owned(),
            ..ItemQuery::default()
        })
        .into_iter()
        .map(|s| (s.original_name, s.matching_line))
        .collect()
}

/// A one-page PDF whose text layer says `lines` (Helvetica, one `Tj` per line), with a
/// correct cross-reference table.
fn pdf_with_text(lines: &[&str]) -> Vec<u8> {
    let mut content = String::from("BT /F1 12 Tf 72 720 Td 14 TL\n");
    for line in lines {
        content.push_str(&format!("({line}) Tj T*\n"));
    }
    content.push_str("ET\n");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}endstream",
            content.len()
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_owned(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        pdf.extend(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

#[test]
fn words_inside_a_chat_export_are_found_with_their_line() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let chat = tmp.path().join("WhatsApp Chat met Alex.txt");
    fs::write(
        &chat,
        "03-07-2026 14:05 - Alex: Hoi\r\n\
         03-07-2026 14:06 - Alex: Je ziet haar NOOIT meer terug.\r\n\
         03-07-2026 14:07 - Ik: Waarom zeg je dat?\r\n",
    )
    .unwrap();
    vault.import_file(&chat, description("Chat")).unwrap();
    let photo = tmp.path().join("foto.bin");
    fs::write(&photo, pattern(1000)).unwrap();
    vault.import_file(&photo, description("Foto")).unwrap();

    // Case and accents do not matter; the line is shown as written.
    assert_eq!(
        search(&vault, "nooit méér"),
        [(
            "WhatsApp Chat met Alex.txt".to_owned(),
            Some("03-07-2026 14:06 - Alex: Je ziet haar NOOIT meer terug.".to_owned())
        )]
    );
    // A word in the title only: found, without a line.
    assert_eq!(search(&vault, "chat met alex").len(), 1);
    assert!(search(&vault, "vakantie in spanje").is_empty());
}

#[test]
fn utf16_text_with_a_bom_is_searched() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(
        "Verslag\r\nDe overdracht op zaterdag ging niet door.\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let file = tmp.path().join("verslag.txt");
    fs::write(&file, bytes).unwrap();
    vault.import_file(&file, description("Verslag")).unwrap();
    assert_eq!(
        search(&vault, "overdracht"),
        [(
            "verslag.txt".to_owned(),
            Some("De overdracht op zaterdag ging niet door.".to_owned())
        )]
    );
}

#[test]
fn a_pdfs_text_layer_is_searched_and_a_broken_pdf_is_imported_without_text() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    let letter = tmp.path().join("beschikking.pdf");
    fs::write(
        &letter,
        pdf_with_text(&[
            "Rechtbank Amsterdam",
            "De minderjarige verblijft bij de moeder.",
        ]),
    )
    .unwrap();
    let item = vault
        .import_file(&letter, description("Beschikking"))
        .unwrap();
    let found = search(&vault, "verblijft bij de moeder");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .1
            .as_deref()
            .is_some_and(|line| line.contains("verblijft bij de moeder")),
        "{found:?}"
    );
    assert_eq!(vault.item_text(item.id).unwrap().note, None);

    // A PDF cut short: imported all the same, with no text and a note saying why.
    let broken = tmp.path().join("kapot.pdf");
    let mut bytes = pdf_with_text(&["Onleesbaar"]);
    bytes.truncate(40);
    fs::write(&broken, &bytes).unwrap();
    let item = vault.import_file(&broken, description("Kapot")).unwrap();
    assert_eq!(vault.item(item.id).unwrap().facts.size, 40);
    let info = vault.item_text(item.id).unwrap();
    assert_eq!((info.chars, info.note), (0, Some(TextNote::PdfUnreadable)));
}

#[test]
fn texts_are_kept_encrypted_across_unlocks_and_an_older_vault_gains_them_at_unlock() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    for (name, text) in [
        ("a.txt", "eerste bericht over de school"),
        ("b.txt", "tweede bericht over de vakantie"),
        ("c.txt", "derde bericht"),
    ] {
        let file = tmp.path().join(name);
        fs::write(&file, text).unwrap();
        vault.import_file(&file, description(name)).unwrap();
    }
    drop(vault);
    // The text index is an age file: no word of the evidence is on disk in plain text.
    let index = fs::read(dir.join("text-index.age")).unwrap();
    assert!(index.starts_with(b"age-encryption.org/v1"));
    assert!(!index.windows(8).any(|w| w == b"vakantie"));

    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    assert_eq!(vault.texts_missing(), 0);
    assert_eq!(search(&vault, "vakantie").len(), 1);
    drop(vault);

    // A vault made before texts were extracted has no text index.
    fs::remove_file(dir.join("text-index.age")).unwrap();
    let mut vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    assert_eq!(vault.texts_missing(), 3);
    assert!(search(&vault, "vakantie").is_empty());
    let mut seen = Vec::new();
    let done = vault.index_texts(&mut |done, total| {
        seen.push((done, total));
        ControlFlow::Continue(())
    });
    assert_eq!(done, 3);
    assert_eq!(seen, [(1, 3), (2, 3), (3, 3)]);
    assert_eq!(search(&vault, "vakantie").len(), 1);
    drop(vault);
    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    assert_eq!(vault.texts_missing(), 0);
}

#[test]
fn a_purged_item_leaves_no_text_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, mut vault) = new_vault(tmp.path());
    let file = tmp.path().join("geheim.txt");
    fs::write(&file, "het adres is Kerkstraat 12").unwrap();
    let item = vault.import_file(&file, description("Adres")).unwrap();
    vault.trash_item(item.id).unwrap();
    vault.purge_item(item.id).unwrap();
    assert!(vault.item_text(item.id).is_none());
    drop(vault);
    let vault = Vault::unlock(&dir, &pass("correct horse battery")).unwrap();
    assert!(vault.item_text(item.id).is_none());
    assert!(search(&vault, "kerkstraat").is_empty());
}

/// A word in every item (issue 18, part 4: ≤ 50 ms at 10,000 items): every item is
/// listed, their number exact, but only the rows asked for (those on screen) carry their
/// matching line.
#[test]
fn only_the_rows_asked_for_get_their_matching_line() {
    let tmp = tempfile::tempdir().unwrap();
    let (_dir, mut vault) = new_vault(tmp.path());
    for n in 0..12 {
        let file = tmp.path().join(format!("chat-{n:02}.txt"));
        fs::write(
            &file,
            format!("kop {n}\nbericht {n}: zie je op de zitting\n"),
        )
        .unwrap();
        vault
            .import_file(&file, description(&format!("Chat {n:02}")))
            .unwrap();
    }
    let query = |lines_from, lines_count| ItemQuery {
        text: "ZITTING".to_owned(),
        sort: waarborg_vault::ItemSort::Title,
        lines_from,
        lines_count,
        ..ItemQuery::default()
    };
    let lines = |q: &ItemQuery| -> Vec<Option<String>> {
        vault
            .query_items(q)
            .into_iter()
            .map(|s| s.matching_line)
            .collect()
    };
    // Without a range (the command line): every row its line.
    let all = lines(&query(None, None));
    assert_eq!(all.len(), 12);
    for (n, line) in all.iter().enumerate() {
        assert_eq!(
            line.as_deref(),
            Some(format!("bericht {n}: zie je op de zitting").as_str())
        );
    }
    // Rows 4 to 6: all 12 rows, lines only there.
    let some = lines(&query(Some(4), Some(3)));
    assert_eq!(some.len(), 12);
    let with: Vec<usize> = (0..12).filter(|&n| some[n].is_some()).collect();
    assert_eq!(with, [4, 5, 6]);
    assert_eq!(some[5], all[5]);
    // From a row to the end; past the end; none.
    let tail = lines(&query(Some(10), None));
    assert_eq!(
        (0..12).filter(|&n| tail[n].is_some()).collect::<Vec<_>>(),
        [10, 11]
    );
    assert!(
        lines(&query(Some(40), Some(10)))
            .iter()
            .all(Option::is_none)
    );
    assert!(lines(&query(Some(0), Some(0))).iter().all(Option::is_none));
    assert_eq!(lines(&query(Some(u32::MAX), Some(u32::MAX))).len(), 12);
}
