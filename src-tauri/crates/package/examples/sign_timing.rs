//! How long signing a package takes: loading the key from its OpenSSH text and signing
//! `MANIFEST.sha256` (`sshsig`, Ed25519 over SHA-512 of the manifest). A package is
//! signed over its manifest, not its data, so the time depends on the number of files,
//! not their size: a 1 GiB export of one original has a manifest of a few hundred bytes.
//!
//!   cargo run --release -p waarborg-package --example sign_timing
//!
//! Prints the median of many runs per manifest size; `export_bench.sh` runs it and the
//! figure goes into docs/BENCHMARKS.md.
#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use waarborg_package::{PackageSigner, check_signature};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let signer = PackageSigner::generate("3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b").unwrap();
    let key_text = signer.to_openssh().unwrap();
    let hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    for files in [7usize, 1_000, 100_000] {
        let manifest: String = (0..files)
            .map(|i| format!("{hash}  {i:04}_Foto-van-de-speeltuin.jpeg\n"))
            .collect();
        let runs = if files > 10_000 { 20 } else { 500 };
        let mut sign = Vec::with_capacity(runs);
        let mut check = Vec::with_capacity(runs);
        let mut signature = String::new();
        for _ in 0..runs {
            let start = Instant::now();
            let loaded = PackageSigner::from_openssh(key_text.as_bytes(), "v").unwrap();
            signature = loaded.sign(manifest.as_bytes()).unwrap();
            sign.push(start.elapsed());
        }
        let allowed = signer.allowed_signers();
        for _ in 0..runs {
            let start = Instant::now();
            let status = check_signature(
                manifest.as_bytes(),
                Some(signature.as_bytes()),
                Some(allowed.as_bytes()),
            );
            check.push(start.elapsed());
            assert!(status.fingerprint().is_some(), "{status:?}");
        }
        println!(
            "sign_manifest files={files} manifest_bytes={} load_and_sign_ms={:.3} check_ms={:.3}",
            manifest.len(),
            median(sign).as_secs_f64() * 1000.0,
            median(check).as_secs_f64() * 1000.0
        );
    }
}
