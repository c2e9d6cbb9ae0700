//! `waarborg verify-package` on signed packages, as a lawyer would run it: a real export
//! is signed by its vault (exit 0, the fingerprint named); a forged folder (a file
//! replaced and the manifest regenerated), a forgery re-signed with stock `ssh-keygen`
//! under the vault's id, and an unsigned package are reported as not signed by the
//! vault (exit 1).

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

use sha2::{Digest, Sha256};

const PASSPHRASE: &str = "correct horse battery staple";

fn run(args: &[&str], config: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waarborg"))
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .env("WAARBORG_PASSPHRASE", PASSPHRASE)
        .env_remove("WAARBORG_VAULT")
        .env("XDG_CONFIG_HOME", config)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .output()
        .expect("run waarborg")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// Replaces `file`'s content and its line in the manifest (what anyone can do).
fn forge_file(package: &Path, file: &str, content: &[u8]) {
    let old = sha(&std::fs::read(package.join(file)).unwrap());
    std::fs::write(package.join(file), content).unwrap();
    let manifest = std::fs::read_to_string(package.join("MANIFEST.sha256")).unwrap();
    std::fs::write(
        package.join("MANIFEST.sha256"),
        manifest.replace(&old, &sha(content)),
    )
    .unwrap();
}

#[test]
fn verify_package_tells_a_package_signed_by_its_vault_from_forgeries() {
    if !waarborg_testkit::require_tool("ssh-keygen") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let parent_config = tmp.path().join("parent-config");
    let lawyer_config = tmp.path().join("lawyer-config");
    let vault = tmp.path().join("vault");
    let vault_arg = vault.to_str().unwrap();
    let out = run(
        &["--vault", vault_arg, "init", "--work-factor", "10"],
        &parent_config,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let evidence = tmp.path().join("chat.txt");
    std::fs::write(&evidence, "We vertrekken op 3 augustus.").unwrap();
    let out = run(
        &["--vault", vault_arg, "import", evidence.to_str().unwrap()],
        &parent_config,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let package = tmp.path().join("pakket");
    let out = run(
        &[
            "--vault",
            vault_arg,
            "export",
            "--all",
            "--out",
            package.to_str().unwrap(),
        ],
        &parent_config,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let vault_id: serde_json::Value =
        serde_json::from_slice(&std::fs::read(vault.join("vault.json")).unwrap()).unwrap();
    let vault_id = vault_id["vault_id"].as_str().unwrap().to_owned();

    // The real package: signed by the vault, exit 0, the fingerprint named.
    let ok = run(
        &["verify-package", package.to_str().unwrap()],
        &lawyer_config,
    );
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
    let said = text(&ok.stdout);
    assert!(
        said.contains(&format!("Signed by vault {vault_id} with key SHA256:")),
        "{said}"
    );
    let fingerprint = said
        .split("with key ")
        .nth(1)
        .and_then(|rest| rest.split('.').next())
        .unwrap()
        .to_owned();

    // Forged: a file replaced and the manifest regenerated.
    let file = std::fs::read_dir(&package)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("0001_"))
        .unwrap();
    let forged = tmp.path().join("forged");
    copy_dir(&package, &forged);
    forge_file(&forged, &file, b"We blijven thuis.");
    let out = run(
        &["verify-package", forged.to_str().unwrap()],
        &lawyer_config,
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stdout).contains("SIGNATURE DOES NOT MATCH"),
        "{}",
        text(&out.stdout)
    );

    // Forged and re-signed with a key of the forger's own under the vault's id: stock
    // ssh-keygen accepts it with the package's own allowed_signers, but this computer
    // saw that vault's packages signed with another key.
    let resigned = tmp.path().join("resigned");
    copy_dir(&forged, &resigned);
    let key = tmp.path().join("forger_key");
    let made = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", "forger", "-f"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", text(&made.stderr));
    let public = std::fs::read_to_string(key.with_extension("pub")).unwrap();
    let public: Vec<&str> = public.split_whitespace().take(2).collect();
    let allowed = format!(
        "{vault_id} namespaces=\"waarborg-package\" {}\n",
        public.join(" ")
    );
    let old_allowed = std::fs::read(resigned.join("allowed_signers")).unwrap();
    std::fs::write(resigned.join("allowed_signers"), &allowed).unwrap();
    let manifest = std::fs::read_to_string(resigned.join("MANIFEST.sha256")).unwrap();
    std::fs::write(
        resigned.join("MANIFEST.sha256"),
        manifest.replace(&sha(&old_allowed), &sha(allowed.as_bytes())),
    )
    .unwrap();
    std::fs::remove_file(resigned.join("MANIFEST.sha256.sig")).unwrap();
    let signed = Command::new("ssh-keygen")
        .args(["-Y", "sign", "-n", "waarborg-package", "-f"])
        .arg(&key)
        .arg(resigned.join("MANIFEST.sha256"))
        .output()
        .unwrap();
    assert!(signed.status.success(), "{}", text(&signed.stderr));
    let stock = Command::new("ssh-keygen")
        .args(["-Y", "verify", "-f", "allowed_signers", "-I", &vault_id])
        .args(["-n", "waarborg-package", "-s", "MANIFEST.sha256.sig"])
        .current_dir(&resigned)
        .stdin(std::fs::File::open(resigned.join("MANIFEST.sha256")).unwrap())
        .output()
        .unwrap();
    assert!(stock.status.success(), "the forger's own check passes");
    let out = run(
        &["verify-package", resigned.to_str().unwrap()],
        &lawyer_config,
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    let said = text(&out.stdout);
    assert!(said.contains("WARNING: signed with key"), "{said}");
    assert!(
        said.contains(&fingerprint),
        "names the key seen before: {said}"
    );

    // Unsigned: the signature and its key taken out.
    let unsigned = tmp.path().join("unsigned");
    copy_dir(&package, &unsigned);
    std::fs::remove_file(unsigned.join("MANIFEST.sha256.sig")).unwrap();
    std::fs::remove_file(unsigned.join("allowed_signers")).unwrap();
    let manifest = std::fs::read_to_string(unsigned.join("MANIFEST.sha256")).unwrap();
    let kept: String = manifest
        .lines()
        .filter(|l| !l.ends_with("  allowed_signers"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(unsigned.join("MANIFEST.sha256"), kept).unwrap();
    let out = run(
        &["verify-package", unsigned.to_str().unwrap(), "--json"],
        &lawyer_config,
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["signature"]["status"], "unsigned");
    assert!(
        text(&out.stderr).contains("not shown to be signed"),
        "{}",
        text(&out.stderr)
    );
}
