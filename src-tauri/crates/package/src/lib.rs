//! Waarborg's handover packages: what a parent gives a lawyer or the police.
//!
//! A package is a folder — or one age-encrypted tar archive of that folder — holding the
//! numbered originals (`0001_<title>.<ext>`), `MANIFEST.sha256` in `sha256sum` format
//! covering every other file, `index.json` / `index.csv`, the custody-log extract, an
//! evidence index PDF and a bilingual README. The format is specified in
//! `docs/VAULT_FORMAT.md` ("Export packages").
//!
//! - [`PackageWriter`] writes one: staged next to the destination, read back, and only
//!   then renamed into place, so a full disk, a pulled USB stick or a cancel never leaves
//!   something that looks complete.
//! - [`verify_package`] and [`open_package`] are the lawyer's side: no vault needed; every
//!   file is checked and a changed, missing or added file is named.
//! - A package made by a vault is signed: `MANIFEST.sha256.sig` (OpenSSH `sshsig`) and
//!   `allowed_signers`, checkable with `ssh-keygen -Y verify` ([`PackageSigner`],
//!   [`check_signature`]).
//! - Each operation has its own error type ([`WriteError`], [`OpenError`],
//!   [`VerifyError`], [`UnpackError`]), every one with `package-…` codes.
//!
//! No vault, no app shell, no network.
#![forbid(unsafe_code)]

mod error;
mod index;
mod manifest;
mod read;
mod sign;
mod write;

pub use age::secrecy::SecretString;
pub use age::x25519;
pub use error::{IoFailure, OpenError, UnpackError, VerifyError, WriteError};
pub use index::{
    CUSTODY_LOG, INDEX_CSV, INDEX_JSON, INDEX_PDF, IndexEntry, README, TranscriptFile,
    TranscriptPairing, csv_cell, index_csv, pair_transcripts,
};
pub use manifest::{
    MANIFEST, ManifestLine, ManifestProblem, format_manifest, is_safe_name, is_safe_part,
    parse_manifest,
};
pub use read::{
    FileCheck, FileStatus, OpenedPackage, PackageKey, PackageKind, PackageReport, files_in,
    open_package, package_kind, unpack_package, verify_package,
};
pub use sign::{
    ALLOWED_SIGNERS, MANIFEST_SIG, NAMESPACE as SIGNATURE_NAMESPACE, PackageSigner,
    SignatureStatus, SigningKeyError, check_signature,
};
pub use write::{PackageWriter, Progress, Protection, archive_root, parse_recipients};

/// The bilingual README put in every package.
pub const README_TEXT: &str = include_str!("readme.txt");

/// The bilingual note written next to an encrypted package (it holds no evidence).
pub const ENCRYPTED_README_TEXT: &str = include_str!("encrypted_readme.txt");
