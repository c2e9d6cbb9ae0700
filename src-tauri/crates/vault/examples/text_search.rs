//! Search inside the evidence at scale (issue 18, part 4): 10,000 items, each with about
//! 2 KiB of extracted text (a chat-like page of 30 lines), searched through
//! `Vault::query_items` as the window and `waarborg list --search` do. `cargo run
//! --release -p waarborg-vault --features bench-generator --example text_search --
//! <dir> [items]` (see benches/text_search_bench.sh). Builds the vault at `<dir>/vault`
//! when it is not there yet. Prints each figure beside its target and the ratio; speed
//! is never asserted.

#![allow(clippy::print_stdout, clippy::print_stderr)] // a benchmark prints its figures

use std::path::PathBuf;
use std::time::{Duration, Instant};

use waarborg_vault::{ItemQuery, SecretString, Vault};

const PASSPHRASE: &str = "text search benchmark passphrase";
/// The rows the window asks matching lines for (`ui/src/routes/vault/ItemsView.svelte`:
/// the rows on screen and a page around them).
const WINDOW_LINES: u32 = 150;
const WORDS: [&str; 24] = [
    "morgen",
    "school",
    "ophalen",
    "vakantie",
    "weekend",
    "moeder",
    "vader",
    "afspraak",
    "zaterdag",
    "zondag",
    "brengen",
    "rechtbank",
    "advocaat",
    "paspoort",
    "vliegtuig",
    "oppas",
    "huiswerk",
    "dokter",
    "verjaardag",
    "opa",
    "oma",
    "trein",
    "auto",
    "bericht",
];

/// A page of chat-like text for item `i`, about 2 KiB; item 7,777 alone says "Ankara".
fn page(i: usize) -> String {
    let mut text = String::new();
    for line in 0..30usize {
        let mut seed = i.wrapping_mul(2_654_435_761) ^ line.wrapping_mul(40_503);
        text.push_str(&format!(
            "0{}-07-2026 14:{:02} - Alex:",
            line % 9 + 1,
            line * 2 % 60
        ));
        for _ in 0..9 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            text.push(' ');
            text.push_str(WORDS[(seed >> 33) % WORDS.len()]);
        }
        if i == 7_777 && line == 12 {
            text.push_str(" ik neem haar mee naar Ankara");
        }
        text.push('\n');
    }
    text
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().ok_or("usage: text_search <dir> [items]")?);
    let items: usize = args.next().map_or(Ok(10_000), |a| a.parse())?;
    let dir = root.join("vault");
    let pass = SecretString::from(PASSPHRASE.to_owned());
    if !dir.join("vault.json").exists() {
        let t = Instant::now();
        waarborg_vault::bench_gen::generate(&dir, &pass, 10, items, items as u64, &mut |line| {
            eprintln!("generate: {line} ({:.0?})", t.elapsed())
        })?;
        let mut vault = Vault::unlock(&dir, &pass)?;
        let ids: Vec<_> = vault.items().iter().map(|i| i.id).collect();
        for (n, id) in ids.into_iter().enumerate() {
            vault.bench_set_text(id, page(n));
        }
        drop(vault); // writes text-index.age
        eprintln!("texts set ({:.0?})", t.elapsed());
    }
    let t = Instant::now();
    let vault = Vault::unlock(&dir, &pass)?;
    let unlock = t.elapsed();
    let count = vault.items().len();
    // `lines`: the matching lines only for the first that many rows, as the window asks
    // for the rows on screen; `None`: every row its line (the command line, and every
    // search before the window asked for fewer).
    let report_lines = |what: &str, text: &str, lines: Option<u32>| {
        let query = ItemQuery {
            text: text.to_owned(),
            lines_from: lines.map(|_| 0),
            lines_count: lines,
            ..ItemQuery::default()
        };
        let mut times = Vec::new();
        let mut found = 0;
        for _ in 0..7 {
            let t = Instant::now();
            found = vault.query_items(&query).len();
            times.push(t.elapsed());
        }
        let m = median(times);
        println!(
            "search {what:<38} {:>8.1?} (median of 7; {found} found)  target 50 ms  ratio {:.2}",
            m,
            m.as_secs_f64() / 0.050
        );
    };
    println!(
        "{count} items with about 2 KiB of text each; unlock incl. key derivation (work factor 10) {unlock:.0?}"
    );
    let report = |what: &str, text: &str| report_lines(what, text, Some(WINDOW_LINES));
    report("every item, no search (\"\")", "");
    report("one item (\"ankara\")", "ankara");
    report("none (\"rotterdam\")", "rotterdam");
    report("many (\"rechtbank\")", "rechtbank");
    report("accented (\"AFSPRÄAK\", folded)", "AFSPRÄAK");
    report_lines("many, every row its line (CLI)", "rechtbank", None);
    report_lines("accented, every row its line (CLI)", "AFSPRÄAK", None);
    Ok(())
}
