//! A small driver of the vault library for the crash tests and the benchmarks (not the
//! product CLI). The passphrase comes from WAARBORG_PASSPHRASE.
//!
//!   vault_tool init DIR [WORK_FACTOR]
//!   vault_tool import DIR FILE [COUNT]   prints "imported <id> <sha256>" per committed item
//!   vault_tool verify DIR                exit 0 when intact, 1 otherwise
//!   vault_tool hold DIR                  keeps the vault open until stdin closes
//!   vault_tool bench DIR FILE            import + verify timings of FILE, in seconds
//!   vault_tool unlock DIR                time to unlock, in seconds
//!   vault_tool list DIR                  unlock + list + search timings
#![forbid(unsafe_code)]
// This is a command-line driver: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use waarborg_vault::{CreateOptions, ItemDescription, SecretString, Vault};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("vault_tool: {message}");
            ExitCode::from(2)
        }
    }
}

fn passphrase() -> Result<SecretString, String> {
    std::env::var("WAARBORG_PASSPHRASE")
        .map(SecretString::from)
        .map_err(|_| "set WAARBORG_PASSPHRASE".to_owned())
}

fn open(dir: &Path) -> Result<Vault, String> {
    Vault::unlock(dir, &passphrase()?).map_err(|e| format!("{}: {e}", e.code()))
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let arg = |i: usize| {
        args.get(i)
            .map(String::as_str)
            .ok_or_else(|| "missing argument (see the source for usage)".to_owned())
    };
    let dir = Path::new(arg(1)?);
    match arg(0)? {
        "init" => {
            let work_factor = match args.get(2) {
                Some(w) => w.parse().map_err(|_| "bad work factor".to_owned())?,
                None => waarborg_vault::DEFAULT_WORK_FACTOR,
            };
            let options = CreateOptions {
                work_factor,
                recovery_recipients: Vec::new(),
            };
            Vault::create(dir, &passphrase()?, &options)
                .map_err(|e| format!("{}: {e}", e.code()))?;
        }
        "import" => {
            let file = Path::new(arg(2)?);
            let count: usize = match args.get(3) {
                Some(c) => c.parse().map_err(|_| "bad count".to_owned())?,
                None => 1,
            };
            let mut vault = open(dir)?;
            let mut stdout = std::io::stdout().lock();
            // The same bytes twice would be refused as a duplicate: with a count, each copy
            // is the file with its first 8 bytes XORed with a number unique to this run and
            // copy (same size, new SHA-256).
            let original = std::fs::read(file).map_err(|e| e.to_string())?;
            let variant = file.with_extension(format!("variant-{}", std::process::id()));
            let nonce = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or_default();
            for i in 0..count {
                let description = ItemDescription {
                    title: format!("import {i}"),
                    ..ItemDescription::default()
                };
                let source = if count == 1 {
                    file.to_owned()
                } else {
                    let mut bytes = original.clone();
                    for (b, k) in bytes.iter_mut().zip((nonce + i as u64).to_le_bytes()) {
                        *b ^= k;
                    }
                    std::fs::write(&variant, &bytes).map_err(|e| e.to_string())?;
                    variant.clone()
                };
                let item = vault
                    .import_file(&source, description)
                    .map_err(|e| format!("{}: {e}", e.code()))?;
                writeln!(stdout, "imported {} {}", item.id, item.facts.sha256)
                    .and_then(|()| stdout.flush())
                    .map_err(|e| e.to_string())?;
            }
        }
        "verify" => {
            let mut vault = open(dir)?;
            let report = vault.verify().map_err(|e| e.to_string())?;
            println!(
                "{}",
                serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
            );
            if !report.is_intact() {
                return Ok(ExitCode::from(1));
            }
        }
        "hold" => {
            let _vault = open(dir)?;
            println!("holding");
            let _ = std::io::stdout().flush();
            let mut sink = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut sink);
        }
        "bench" => {
            let file = Path::new(arg(2)?);
            let mut vault = open(dir)?;
            let start = Instant::now();
            let item = vault
                .import_file(file, ItemDescription::default())
                .map_err(|e| format!("{}: {e}", e.code()))?;
            let import = start.elapsed().as_secs_f64();
            let start = Instant::now();
            let report = vault.verify().map_err(|e| e.to_string())?;
            let verify = start.elapsed().as_secs_f64();
            if !report.is_intact() {
                return Err("verify found problems".to_owned());
            }
            println!("import_seconds {import:.3}");
            println!("verify_seconds {verify:.3}");
            println!("sha256 {}", item.facts.sha256);
        }
        "export-bench" => {
            // vault_tool export-bench <vault> <file> <out-dir> <age1 recipient> <identity file>
            let file = Path::new(arg(2)?);
            let out_dir = Path::new(arg(3)?);
            let recipient = waarborg_package::parse_recipients(&[arg(4)?.to_owned()])
                .map_err(|e| e.to_string())?;
            let identity = std::fs::read_to_string(arg(5)?).map_err(|e| e.to_string())?;
            let mut vault = open(dir)?;
            let item = vault
                .import_file(file, ItemDescription::default())
                .map_err(|e| format!("{}: {e}", e.code()))?;
            for (label, protection, out) in [
                (
                    "folder",
                    waarborg_vault::Protection::Folder,
                    out_dir.join("folder"),
                ),
                (
                    "encrypted",
                    waarborg_vault::Protection::Recipients(recipient.clone()),
                    out_dir.join("package.tar.age"),
                ),
            ] {
                let start = Instant::now();
                let options = waarborg_vault::ExportOptions {
                    protection,
                    ..Default::default()
                };
                vault
                    .export_package(&[item.id], &out, options)
                    .map_err(|e| format!("{}: {e}", e.code()))?;
                let export = start.elapsed().as_secs_f64();
                let start = Instant::now();
                let key =
                    waarborg_package::PackageKey::Identities(SecretString::from(identity.clone()));
                let report = waarborg_package::verify_package(&out, &key, &mut |_| true)
                    .map_err(|e| e.to_string())?;
                let verify = start.elapsed().as_secs_f64();
                if !report.is_intact() {
                    return Err("the package does not verify".to_owned());
                }
                println!("{label}_export_seconds {export:.3}");
                println!("{label}_verify_seconds {verify:.3}");
            }
        }
        "unlock" => {
            let passphrase = passphrase()?;
            let start = Instant::now();
            let vault = Vault::unlock(dir, &passphrase).map_err(|e| e.to_string())?;
            println!("unlock_seconds {:.3}", start.elapsed().as_secs_f64());
            drop(vault);
        }
        "list" => {
            let passphrase = passphrase()?;
            let start = Instant::now();
            let vault = Vault::unlock(dir, &passphrase).map_err(|e| e.to_string())?;
            let opened = start.elapsed().as_secs_f64();
            let start = Instant::now();
            let n = vault.items().len();
            let listed = start.elapsed().as_secs_f64();
            let start = Instant::now();
            let hits = vault.search_items("import 99", None).len();
            let searched = start.elapsed().as_secs_f64();
            // What the app's browse screen does: a filtered, sorted page of summaries.
            let start = Instant::now();
            let query = waarborg_vault::ItemQuery {
                text: "import 99".to_owned(),
                sort: waarborg_vault::ItemSort::Title,
                ..waarborg_vault::ItemQuery::default()
            };
            let browsed = vault.query_items(&query).len();
            let all = vault
                .query_items(&waarborg_vault::ItemQuery::default())
                .len();
            let _ = vault.item_facets();
            let queried = start.elapsed().as_secs_f64();
            // Opening one item's page reads its custody-log entries.
            let newest = vault.items().last().map(|i| i.id);
            let start = Instant::now();
            let entries = match newest {
                Some(id) => vault
                    .log_entries_about(id)
                    .map_err(|e| e.to_string())?
                    .len(),
                None => 0,
            };
            let item_log = start.elapsed().as_secs_f64();
            // The log is then cached: the next item page reads it from memory.
            let start = Instant::now();
            if let Some(id) = newest {
                vault.log_entries_about(id).map_err(|e| e.to_string())?;
            }
            let item_log_again = start.elapsed().as_secs_f64();
            println!("items {n}");
            println!("open_seconds {opened:.3}");
            println!("list_seconds {listed:.4}");
            println!("search_seconds {searched:.4} ({hits} hits)");
            println!("browse_query_seconds {queried:.4} ({browsed} + {all} summaries, facets)");
            println!("item_log_seconds {item_log:.3} ({entries} entries of one item, first read)");
            println!("item_log_again_seconds {item_log_again:.4} (cached)");
        }
        other => return Err(format!("unknown command {other}")),
    }
    Ok(ExitCode::SUCCESS)
}
