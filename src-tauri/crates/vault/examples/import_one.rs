//! The import of `import_bench.sh` (issue 20, part 2) without building the whole app:
//! what `waarborg import FILE` does (unlock with the passphrase, then
//! `Vault::import_batch` of the file: read, SHA-256, age, flushed while written, fsync,
//! rename, metadata, custody log), as a small release binary of this crate. Not shipped.
//!
//!   import_one init DIR [WORK_FACTOR]     a new vault (default work factor 10)
//!   import_one import DIR FILE            import FILE into it
//!
//! The passphrase comes from WAARBORG_PASSPHRASE. Prints nothing on success.

#![allow(clippy::print_stderr)] // a benchmark tool says why it failed

use std::ops::ControlFlow;
use std::path::PathBuf;

use waarborg_vault::{CreateOptions, ItemDescription, SecretString, Vault};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let usage = "usage: import_one init DIR [WORK_FACTOR] | import_one import DIR FILE";
    let mut args = std::env::args().skip(1);
    let command = args.next().ok_or(usage)?;
    let dir = PathBuf::from(args.next().ok_or(usage)?);
    let pass = SecretString::from(std::env::var("WAARBORG_PASSPHRASE").map_err(|_| usage)?);
    match command.as_str() {
        "init" => {
            let work_factor = args.next().map_or(Ok(10), |a| a.parse())?;
            let options = CreateOptions {
                work_factor,
                recovery_recipients: Vec::new(),
            };
            Vault::create(&dir, &pass, &options)?;
        }
        "import" => {
            let file = PathBuf::from(args.next().ok_or(usage)?);
            let mut vault = Vault::unlock(&dir, &pass)?;
            let mut failure = None;
            vault.import_batch(
                std::slice::from_ref(&file),
                &mut |_| ItemDescription::default(),
                &mut |_, _| ControlFlow::Continue(()),
                &mut |_, result| {
                    if let Err(e) = result {
                        failure = Some(e.to_string());
                    }
                },
            );
            if let Some(why) = failure {
                eprintln!("{}: {why}", file.display());
                std::process::exit(1);
            }
        }
        _ => return Err(usage.into()),
    }
    Ok(())
}
