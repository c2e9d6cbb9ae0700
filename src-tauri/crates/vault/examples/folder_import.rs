//! Importing a phone folder in one go (issue 18, part 5): FILES small files (default
//! 2,000 of 2 KiB), imported into a new vault one by one with `Vault::import_file` (the
//! way every import went before batches: about ten fsyncs per file) and into others
//! with `Vault::import_batch_syncing`, each batch made durable by one `syncfs` (Linux)
//! or by fsyncing each file and folder (the portable way), on the same files, in one run.
//! `cargo run --release -p waarborg-vault --example folder_import -- <dir> [files]
//! [bytes] [ways]` (see benches/folder_import_bench.sh; WAYS is a comma list of
//! `one-by-one`, `syncfs`, `each-file`, all by default). Prints the times and the
//! ratios against the 5× target; speed is never asserted.

#![allow(clippy::print_stdout, clippy::print_stderr)] // a benchmark prints its figures

use std::ops::ControlFlow;
use std::path::PathBuf;
use std::time::Instant;

use waarborg_fs::BatchSync;
use waarborg_vault::{CreateOptions, ItemDescription, SecretString, Vault};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(
        args.next()
            .ok_or("usage: folder_import <dir> [files] [bytes] [one-by-one,syncfs,each-file]")?,
    );
    let count: usize = args.next().map_or(Ok(2_000), |a| a.parse())?;
    let bytes: usize = args.next().map_or(Ok(2_048), |a| a.parse())?;
    let folder = root.join("phone");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&folder)?;
    let mut files = Vec::new();
    for n in 0..count {
        let path = folder.join(format!("IMG-20260703-WA{n:04}.jpg"));
        // Distinct files (a duplicate would be refused): the number in the first bytes.
        let mut content: Vec<u8> = (0..bytes.max(8))
            .map(|i| (i.wrapping_mul(31) ^ (i >> 5)) as u8)
            .collect();
        content[..8].copy_from_slice(&(n as u64).to_le_bytes());
        std::fs::write(&path, content)?;
        files.push(path);
    }
    let pass = SecretString::from("folder import benchmark".to_owned());
    let options = CreateOptions {
        work_factor: 10,
        recovery_recipients: Vec::new(),
    };

    let ways = args
        .next()
        .unwrap_or_else(|| "one-by-one,syncfs,each-file".to_owned());
    println!("{count} files of {bytes} bytes");
    let mut before = None;
    for way in ways.split(',') {
        let mut vault = Vault::create(&root.join(way), &pass, &options)?;
        let t = Instant::now();
        let mut failed = 0;
        let how = match way {
            "one-by-one" => None,
            "syncfs" => Some(BatchSync::FileSystem),
            "each-file" => Some(BatchSync::EachFile),
            other => return Err(format!("unknown way {other:?}").into()),
        };
        match how {
            None => {
                for file in &files {
                    vault.import_file(file, ItemDescription::default())?;
                }
            }
            Some(how) => {
                vault.import_batch_syncing(
                    how,
                    &files,
                    &mut |_| ItemDescription::default(),
                    &mut |_, _| ControlFlow::Continue(()),
                    &mut |_, result| failed += usize::from(result.is_err()),
                );
            }
        }
        let took = t.elapsed();
        drop(vault);
        let _ = std::fs::remove_dir_all(root.join(way));
        if failed > 0 {
            return Err(format!("{failed} files failed ({way})").into());
        }
        let label = match way {
            "one-by-one" => "one by one (import_file, as before)",
            "syncfs" => "in batches, one syncfs per batch (Linux)",
            _ => "in batches, each file synced (portable)",
        };
        print!(
            "{label:<42} {took:>8.2?}  {:.1} ms/file",
            took.as_secs_f64() * 1000.0 / count as f64
        );
        match (how, before) {
            (None, _) => before = Some(took),
            (Some(_), Some(before)) => {
                let ratio = before.as_secs_f64() / took.as_secs_f64();
                print!(
                    "  speed-up {ratio:.1}x, target 5x ({})",
                    if ratio >= 5.0 { "met" } else { "not met" }
                );
            }
            (Some(_), None) => {}
        }
        println!();
    }
    let _ = std::fs::remove_dir_all(&root);
    Ok(())
}
