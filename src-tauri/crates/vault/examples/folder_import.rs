//! Importing a phone folder in one go (issue 18, part 5): FILES small files (default
//! 2,000 of 2 KiB), imported into a new vault one by one with `Vault::import_file` (the
//! way every import went before batches: about ten fsyncs per file) and into another
//! with `Vault::import_batch` (one sync per batch), on the same files, in one run.
//! `cargo run --release -p waarborg-vault --example folder_import -- <dir> [files]
//! [bytes]` (see benches/folder_import_bench.sh). Prints both times and the ratio
//! against the 5× target; speed is never asserted.

#![allow(clippy::print_stdout, clippy::print_stderr)] // a benchmark prints its figures

use std::ops::ControlFlow;
use std::path::PathBuf;
use std::time::Instant;

use waarborg_vault::{CreateOptions, ItemDescription, SecretString, Vault};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(
        args.next()
            .ok_or("usage: folder_import <dir> [files] [bytes]")?,
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

    let mut one_by_one = Vault::create(&root.join("one-by-one"), &pass, &options)?;
    let t = Instant::now();
    for file in &files {
        one_by_one.import_file(file, ItemDescription::default())?;
    }
    let before = t.elapsed();
    drop(one_by_one);

    let mut batched = Vault::create(&root.join("batched"), &pass, &options)?;
    let t = Instant::now();
    let mut failed = 0;
    batched.import_batch(
        &files,
        &mut |_| ItemDescription::default(),
        &mut |_, _| ControlFlow::Continue(()),
        &mut |_, result| failed += usize::from(result.is_err()),
    );
    let after = t.elapsed();
    drop(batched);
    if failed > 0 {
        return Err(format!("{failed} files failed in the batch").into());
    }
    let ratio = before.as_secs_f64() / after.as_secs_f64();
    println!("{count} files of {bytes} bytes");
    println!(
        "one by one (import_file, as before)  {before:>8.2?}  {:.1} ms/file",
        before.as_secs_f64() * 1000.0 / count as f64
    );
    println!(
        "in batches (import_batch)            {after:>8.2?}  {:.1} ms/file",
        after.as_secs_f64() * 1000.0 / count as f64
    );
    println!(
        "speed-up {ratio:.1}x  target 5x  ({})",
        if ratio >= 5.0 { "met" } else { "not met" }
    );
    let _ = std::fs::remove_dir_all(&root);
    Ok(())
}
