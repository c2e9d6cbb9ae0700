//! The sample exports under tests/data, written by hand in the shape each app exports:
//! WhatsApp Android (nl, en-US 12-hour, en-GB), iOS (nl, en, with U+200E marks), the
//! zips with media, Telegram Desktop's result.json, and bad input.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs::File;
use std::io::Cursor;
use std::path::PathBuf;

use waarborg_chat::{ChatError, ChatSource, DateOrder, ParseOptions, Transcript, parse};

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn parse_file(name: &str, options: ParseOptions) -> Result<Transcript, ChatError> {
    parse(name, File::open(data(name)).unwrap(), options)
}

fn ok(name: &str) -> Transcript {
    parse_file(name, ParseOptions::default()).unwrap()
}

#[test]
fn android_dutch_multiline_system_media_and_attachment() {
    let t = ok("android-nl.txt");
    assert_eq!(t.source, ChatSource::WhatsappAndroid);
    assert_eq!(t.date_order, DateOrder::DayMonthYear);
    assert!(!t.date_order_chosen);
    assert_eq!(t.messages.len(), 7);
    let m = &t.messages;
    assert!(m[0].is_system());
    assert_eq!(m[1].number, 2);
    assert_eq!(m[1].time, "2026-11-25 14:05");
    assert_eq!(m[1].sender.as_deref(), Some("Sanne"));
    assert_eq!(
        m[2].text,
        "Jij ziet haar nooit meer.\nIk neem haar mee naar mijn moeder.\nEn je hoort er niets meer van."
    );
    assert_eq!(m[3].text, "");
    assert_eq!(m[3].attachments.len(), 1);
    assert_eq!(
        m[3].attachments[0].name, None,
        "<Media weggelaten> is an omitted attachment"
    );
    assert_eq!(
        m[4].attachments[0].name.as_deref(),
        Some("IMG-20261126-WA0001.jpg")
    );
    assert_eq!(m[4].text, "Kijk maar");
    assert!(m[5].is_system(), "a line without 'Name: ' is a system line");
    assert_eq!(m[6].text, "Ik bel morgen de advocaat: 10:00 uur");
    assert_eq!(t.senders, ["Sanne", "Mark"]);
}

#[test]
fn android_english_us_twelve_hour_month_first() {
    let t = ok("android-en-us.txt");
    assert_eq!(t.date_order, DateOrder::MonthDayYear);
    assert_eq!(t.messages[1].time, "2026-11-25 14:05");
    assert_eq!(
        t.messages[4].time, "2026-11-26 00:15",
        "12:15 AM is a quarter past midnight"
    );
    assert_eq!(t.messages[5].time, "2026-11-26 21:40");
    assert_eq!(t.messages[3].attachments[0].name, None);
    assert_eq!(
        t.messages[4].attachments[0].name.as_deref(),
        Some("IMG-20261126-WA0001.jpg")
    );
}

#[test]
fn ios_dutch_and_english_with_marks_and_seconds() {
    let nl = ok("_chat-ios-nl.txt");
    assert_eq!(nl.source, ChatSource::WhatsappIos);
    assert_eq!(nl.messages.len(), 6);
    assert_eq!(nl.messages[2].time, "2026-11-25 14:07:45");
    assert_eq!(
        nl.messages[2].text,
        "Jij ziet haar nooit meer.\nIk neem haar mee."
    );
    assert_eq!(nl.messages[3].sender.as_deref(), Some("Sanne"));
    assert_eq!(nl.messages[3].attachments[0].name, None);
    assert_eq!(
        nl.messages[4].attachments[0].name.as_deref(),
        Some("00000012-PHOTO-2026-11-26-09-15-33.jpg")
    );
    for m in &nl.messages {
        assert!(
            !m.text.contains('\u{200e}'),
            "U+200E is dropped: {:?}",
            m.text
        );
    }
    let en = ok("_chat-ios-en.txt");
    assert_eq!(en.date_order, DateOrder::DayMonthYear);
    assert_eq!(en.messages[3].attachments[0].name, None, "image omitted");
    assert_eq!(en.messages[4].attachments.len(), 1);
}

#[test]
fn ambiguous_date_order_is_asked_never_guessed() {
    let err = parse_file("android-en-gb-ambiguous.txt", ParseOptions::default()).unwrap_err();
    assert!(matches!(err, ChatError::DateOrderNeeded { .. }), "{err:?}");
    assert_eq!(err.code(), "chat-date-order-needed");
    let dmy = parse_file(
        "android-en-gb-ambiguous.txt",
        ParseOptions {
            date_order: Some(DateOrder::DayMonthYear),
        },
    )
    .unwrap();
    assert_eq!(dmy.messages[0].time, "2026-04-03 09:00");
    assert!(dmy.date_order_chosen);
    let mdy = parse_file(
        "android-en-gb-ambiguous.txt",
        ParseOptions {
            date_order: Some(DateOrder::MonthDayYear),
        },
    )
    .unwrap();
    assert_eq!(mdy.messages[0].time, "2026-03-04 09:00");
    // When the chat decides, the answer does not override it.
    let t = parse_file(
        "android-nl.txt",
        ParseOptions {
            date_order: Some(DateOrder::MonthDayYear),
        },
    )
    .unwrap();
    assert_eq!(t.date_order, DateOrder::DayMonthYear);
}

#[test]
fn zip_with_media_links_each_attachment_to_its_message() {
    let t = ok("WhatsApp-chat met Mark.zip");
    assert_eq!(t.chat_name.as_deref(), Some("Mark"));
    assert_eq!(t.files.len(), 1);
    let f = &t.files[0];
    assert_eq!(f.name, "IMG-20261126-WA0001.jpg");
    assert_eq!(f.message, Some(5));
    assert_eq!(
        t.messages[4].attachments[0].sha256.as_deref(),
        Some(f.sha256.as_str())
    );
    let ios = ok("WhatsApp Chat - Mark.zip");
    assert_eq!(ios.source, ChatSource::WhatsappIos);
    assert_eq!(ios.files[0].message, Some(5));
    // The attachment's bytes, streamed out for import, hash to what the transcript says.
    let mut out = Vec::new();
    waarborg_chat::copy_attachment(
        File::open(data("WhatsApp-chat met Mark.zip")).unwrap(),
        "IMG-20261126-WA0001.jpg",
        &mut out,
    )
    .unwrap();
    use sha2::Digest;
    let hex: String = sha2::Sha256::digest(&out)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(hex, f.sha256);
}

#[test]
fn telegram_desktop_json() {
    let t = ok("telegram-result.json");
    assert_eq!(t.source, ChatSource::Telegram);
    assert_eq!(t.chat_name.as_deref(), Some("Mark"));
    assert_eq!(t.messages.len(), 5);
    assert!(t.messages[0].is_system());
    assert_eq!(t.messages[0].text, "Sanne phone_call");
    assert_eq!(t.messages[2].text, "Jij ziet haar nooit meer.");
    assert_eq!(t.messages[2].time, "2026-11-25 14:07:45");
    assert_eq!(
        t.messages[3].attachments[0].name.as_deref(),
        Some("photos/photo_1@26-11-2026_09-15-33.jpg")
    );
    assert_eq!(
        t.messages[4].attachments[0].name, None,
        "a file not included"
    );
}

#[test]
fn the_same_export_gives_the_same_transcript_byte_for_byte() {
    for name in [
        "android-nl.txt",
        "android-en-us.txt",
        "_chat-ios-nl.txt",
        "WhatsApp-chat met Mark.zip",
        "telegram-result.json",
    ] {
        let a = ok(name);
        let b = ok(name);
        assert_eq!(a.canonical_json(), b.canonical_json(), "{name}");
        assert_eq!(a.digest(), b.digest(), "{name}");
        assert_eq!(a.digest().len(), 64);
    }
    // Pinned: a change in the parser that changes a transcript shows up here.
    let pinned = ok("android-nl.txt").canonical_json();
    let text = String::from_utf8(pinned).unwrap();
    assert!(text.starts_with(r#"{"source":"whatsapp-android","chat_name":null,"date_order":"day-month-year","date_order_chosen":false,"messages":[{"number":1,"time":"2026-11-25 14:05","sender":null,"#), "{text}");
}

#[test]
fn bad_input_gets_a_clear_error() {
    let cases: [(&str, &str); 4] = [
        ("not-a-chat.txt", "chat-not-a-chat"),
        ("unknown-date.txt", "chat-unknown-date-format"),
        ("truncated.zip", "chat-damaged-zip"),
        ("no-chat.zip", "chat-no-chat-in-zip"),
    ];
    for (name, code) in cases {
        let err = parse_file(name, ParseOptions::default()).unwrap_err();
        assert_eq!(err.code(), code, "{name}: {err}");
    }
    let err = parse(
        "x.json",
        Cursor::new(br#"{"chats": {"list": []}}"#.to_vec()),
        ParseOptions::default(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "chat-invalid-telegram");
    let err = parse(
        "x.json",
        Cursor::new(b"{not json".to_vec()),
        ParseOptions::default(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "chat-invalid-telegram");
}

/// A chat text beyond the limit is refused after reading at most limit + 1 bytes: the
/// reader is a generator, so a 1 GB "file" is never held (nor written).
#[test]
fn a_huge_chat_is_refused_with_bounded_memory() {
    struct Endless(u64);
    impl std::io::Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let line = b"25-11-2026 14:05 - Sanne: hoi\n";
            let n = buf.len().min(line.len());
            buf[..n].copy_from_slice(&line[..n]);
            self.0 += n as u64;
            Ok(n)
        }
    }
    impl std::io::Seek for Endless {
        fn seek(&mut self, _: std::io::SeekFrom) -> std::io::Result<u64> {
            Ok(0)
        }
    }
    let mut reader = Endless(0);
    let err = parse("big.txt", &mut reader, ParseOptions::default()).unwrap_err();
    assert_eq!(err.code(), "chat-too-large");
    assert!(
        reader.0 <= waarborg_chat::MAX_CHAT_TEXT + 1024 * 1024,
        "read {}",
        reader.0
    );
}

#[test]
fn sniff_recognises_exports_only() {
    use waarborg_chat::{Kind, sniff};
    let head = std::fs::read(data("android-nl.txt")).unwrap();
    assert_eq!(
        sniff("WhatsApp-chat met Mark.txt", &head),
        Some(Kind::WhatsappText)
    );
    assert_eq!(sniff("notes.txt", b"Boodschappen\nmelk"), None);
    assert_eq!(sniff("a.zip", b"PK\x03\x04rest"), Some(Kind::WhatsappZip));
    let json = std::fs::read(data("telegram-result.json")).unwrap();
    assert_eq!(sniff("result.json", &json), Some(Kind::TelegramJson));
}

/// Telegram Desktop's export folder zipped (`ChatExport_…/result.json` with `photos/`
/// and `files/`): a Telegram transcript whose media are hashed and linked to their
/// message, as a WhatsApp zip's are (issue 18, part 1).
#[test]
fn a_zipped_telegram_export_folder_links_its_photos_and_files() {
    let t = ok("telegram-export.zip");
    assert_eq!(t.source, ChatSource::Telegram);
    assert_eq!(t.chat_name.as_deref(), Some("Mark"));
    assert_eq!(t.messages.len(), 4);
    let names: Vec<(&str, Option<u32>)> = t
        .files
        .iter()
        .map(|f| (f.name.as_str(), f.message))
        .collect();
    assert_eq!(
        names,
        [
            ("ChatExport_2026-11-26/files/afspraak.png", Some(3)),
            (
                "ChatExport_2026-11-26/photos/photo_1@26-11-2026_09-15-33.jpg",
                Some(2)
            ),
        ]
    );
    let photo = std::fs::read(data(
        "ChatExport_2026-11-26/photos/photo_1@26-11-2026_09-15-33.jpg",
    ))
    .unwrap();
    use sha2::Digest;
    let hex: String = sha2::Sha256::digest(&photo)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(t.messages[1].attachments[0].sha256.as_deref(), Some(&*hex));
    assert_eq!(
        t.messages[1].attachments[0].name.as_deref(),
        Some("photos/photo_1@26-11-2026_09-15-33.jpg")
    );
    assert_eq!(t.messages[3].attachments[0].name, None, "not included");
    // The same result.json on its own gives the same messages, only without hashes.
    let alone = ok("ChatExport_2026-11-26/result.json");
    assert_eq!(alone.messages.len(), 4);
    assert_eq!(alone.messages[1].attachments[0].sha256, None);
    assert_eq!(ok("telegram-export.zip").digest(), t.digest());
}

#[test]
fn telegram_media_paths_name_each_file_beside_result_json_and_refuse_escapes() {
    let text = std::fs::read_to_string(data("ChatExport_2026-11-26/result.json")).unwrap();
    assert_eq!(
        waarborg_chat::telegram_media_paths(&text).unwrap(),
        [
            (2, "photos/photo_1@26-11-2026_09-15-33.jpg".to_owned()),
            (3, "files/afspraak.png".to_owned()),
        ]
    );
    for bad in [
        "../../etc/passwd",
        "/etc/passwd",
        "photos/../../x",
        "C:\\x.jpg",
    ] {
        let json = format!(
            r#"{{"name": "x", "messages": [{{"id": 1, "type": "message", "date": "2026-11-26T09:00:00", "from": "x", "photo": {}}}]}}"#,
            serde_json_string(bad)
        );
        let err = waarborg_chat::telegram_media_paths(&json).unwrap_err();
        assert_eq!(err.code(), "chat-unsafe-media-path", "{bad}");
    }
}

fn serde_json_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\"))
}

/// The chat text inside a zip, for search: WhatsApp's `.txt`, Telegram's `result.json`;
/// bounded; a truncated zip is an error, not a panic.
#[test]
fn the_chat_text_inside_a_zip_is_read_for_search() {
    let (bytes, cut) = waarborg_chat::zip_chat_text(
        File::open(data("WhatsApp-chat met Mark.zip")).unwrap(),
        1 << 20,
    )
    .unwrap();
    assert!(!cut);
    assert!(
        String::from_utf8(bytes)
            .unwrap()
            .contains("Jij ziet haar nooit meer.")
    );
    let (bytes, cut) =
        waarborg_chat::zip_chat_text(File::open(data("WhatsApp-chat met Mark.zip")).unwrap(), 10)
            .unwrap();
    assert!(cut && bytes.len() == 10);
    let (bytes, _) =
        waarborg_chat::zip_chat_text(File::open(data("telegram-export.zip")).unwrap(), 1 << 20)
            .unwrap();
    assert!(String::from_utf8(bytes).unwrap().contains("Vliegveld"));
    let err = waarborg_chat::zip_chat_text(File::open(data("truncated.zip")).unwrap(), 1 << 20)
        .unwrap_err();
    assert_eq!(err.code(), "chat-damaged-zip");
    let err = waarborg_chat::zip_chat_text(File::open(data("no-chat.zip")).unwrap(), 1 << 20)
        .unwrap_err();
    assert_eq!(err.code(), "chat-no-chat-in-zip");
}
