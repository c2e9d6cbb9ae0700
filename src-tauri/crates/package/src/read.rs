//! The lawyer's side: open a package (a folder or an encrypted file) without any vault
//! and check every file against `MANIFEST.sha256`.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufReader, Read};
use std::path::{Component, Path, PathBuf};

use age::secrecy::SecretString;
use serde::Serialize;
use ts_rs::TS;

use crate::error::{IoFailure, OpenError, UnpackError, VerifyError};
use crate::index::{
    CUSTODY_LOG, CustodyHead, INDEX_JSON, IndexEntry, TranscriptPairing, pair_transcripts,
};
use crate::manifest::{MANIFEST, ManifestLine, ManifestProblem, is_safe_part, parse_manifest};
use crate::sign::{ALLOWED_SIGNERS, MANIFEST_SIG, SignatureStatus, check_signature};
use crate::write::{hex, sha256_of_reader};

const CHUNK: usize = 1 << 20;
/// The manifest, index and log extract are read into memory; larger is not ours.
const MAX_SMALL_FILE: u64 = 64 << 20;

/// What kind of package a path holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum PackageKind {
    Folder,
    /// An age file opened with a passphrase.
    Passphrase,
    /// An age file opened with an identity (`AGE-SECRET-KEY-1…`).
    Keys,
}

/// What opens an encrypted package.
pub enum PackageKey {
    None,
    Passphrase(SecretString),
    /// The text of an age identity file.
    Identities(SecretString),
}

impl std::fmt::Debug for PackageKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::None => "None",
            Self::Passphrase(_) => "Passphrase(<redacted>)",
            Self::Identities(_) => "Identities(<redacted>)",
        })
    }
}

/// The result of checking one file listed in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case", tag = "status")]
pub enum FileStatus {
    Ok,
    /// The file is there with other content.
    Changed {
        actual_sha256: String,
    },
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FileCheck {
    pub name: String,
    pub expected_sha256: String,
    pub status: FileStatus,
}

/// Every file of a package checked against its manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PackageReport {
    pub kind: PackageKind,
    /// In manifest order.
    pub files: Vec<FileCheck>,
    /// Files present but not in the manifest (added after the export).
    pub unlisted: Vec<String>,
    /// `index.json`, when present and readable (it is itself checked above).
    pub index: Vec<IndexEntry>,
    /// Each chat export's transcript paired with its original, from `index.json` and
    /// the manifest (see [`pair_transcripts`]).
    pub transcripts: Vec<TranscriptPairing>,
    /// The custody-log head recorded at export, from `custody-log.json`.
    pub log_head: Option<String>,
    /// Whether `MANIFEST.sha256` is signed, and by which key (see `sign.rs`).
    pub signature: SignatureStatus,
    /// Filled in by the viewer and `verify-package`, not by this crate: the key
    /// fingerprints this computer saw before in packages of the same vault id, when this
    /// package's key is not one of them (empty otherwise).
    pub other_keys_seen: Vec<String>,
}

impl PackageReport {
    /// Every listed file matches and nothing was added. Says nothing about who made the
    /// package: see [`PackageReport::signature`].
    pub fn is_intact(&self) -> bool {
        self.unlisted.is_empty() && self.files.iter().all(|f| f.status == FileStatus::Ok)
    }

    /// The names of the files that fail (changed, missing or not listed).
    pub fn failures(&self) -> Vec<String> {
        self.files
            .iter()
            .filter(|f| f.status != FileStatus::Ok)
            .map(|f| f.name.clone())
            .chain(self.unlisted.iter().cloned())
            .collect()
    }
}

/// Tells whether `path` is a folder package or an encrypted one, and which key it needs.
pub fn package_kind(path: &Path) -> Result<PackageKind, OpenError> {
    let meta = fs::metadata(path).map_err(|e| IoFailure::new("open", path, e))?;
    if meta.is_dir() {
        if !path.join(MANIFEST).is_file() {
            return Err(OpenError::not_a_package(path, "it has no MANIFEST.sha256"));
        }
        return Ok(PackageKind::Folder);
    }
    let file = fs::File::open(path).map_err(|e| IoFailure::new("open", path, e))?;
    let decryptor = age::Decryptor::new_buffered(BufReader::new(file))
        .map_err(|_| OpenError::not_a_package(path, "it is neither a folder nor an age file"))?;
    Ok(if decryptor.is_scrypt() {
        PackageKind::Passphrase
    } else {
        PackageKind::Keys
    })
}

/// Checks a package in place: a folder file by file, an encrypted file in one stream
/// (nothing decrypted is written to disk). `progress` gets the bytes checked so far.
pub fn verify_package(
    path: &Path,
    key: &PackageKey,
    progress: &mut dyn FnMut(u64) -> bool,
) -> Result<PackageReport, VerifyError> {
    match package_kind(path)? {
        PackageKind::Folder => verify_folder(path, progress),
        kind => {
            let reader = decrypt(path, key, kind)?;
            let contents = scan_archive(path, reader, progress, None)?;
            build_report(path, kind, contents)
        }
    }
}

/// An opened package: its files copied (a folder) or unpacked (an encrypted file) into a
/// private temporary folder while they were checked, deleted when this value is dropped.
#[derive(Debug)]
pub struct OpenedPackage {
    root: PathBuf,
    _unpacked: Option<tempfile::TempDir>,
    pub report: PackageReport,
}

impl OpenedPackage {
    /// The path of a file listed in the manifest that passed the check, in the private
    /// copy made while it was checked; `None` for any other name, so nothing unverified
    /// is ever shown as evidence.
    pub fn verified_file(&self, name: &str) -> Option<PathBuf> {
        self.report
            .files
            .iter()
            .any(|f| f.name == name && f.status == FileStatus::Ok)
            .then(|| self.root.join(name))
    }

    /// Where the private copy of the package's files is (a file the check marked as
    /// failing is there, too).
    pub fn root(&self) -> &Path {
        &self.root
    }
}

/// Opens a package for viewing and checks it.
pub fn open_package(
    path: &Path,
    key: &PackageKey,
    progress: &mut dyn FnMut(u64) -> bool,
) -> Result<OpenedPackage, VerifyError> {
    let kind = package_kind(path)?;
    let unpacked = tempfile::Builder::new()
        .prefix("waarborg-package-")
        .tempdir()
        .map_err(|e| IoFailure::new("create a folder in", std::env::temp_dir(), e))?;
    // A folder is copied while it is hashed, so what the viewer shows is exactly what
    // was checked, whatever happens to the folder afterwards.
    let contents = match kind {
        PackageKind::Folder => read_folder(path, progress, Some(unpacked.path()))?,
        kind => scan_archive(
            path,
            decrypt(path, key, kind)?,
            progress,
            Some(unpacked.path()),
        )?,
    };
    let report = build_report(path, kind, contents)?;
    Ok(OpenedPackage {
        root: unpacked.path().to_owned(),
        _unpacked: Some(unpacked),
        report,
    })
}

/// Unpacks an encrypted package into the new folder `out` (staged next to it, checked
/// against its manifest, then renamed): for restoring a backup. A package that does not
/// check out leaves nothing.
pub fn unpack_package(
    path: &Path,
    key: &PackageKey,
    out: &Path,
    progress: &mut dyn FnMut(u64) -> bool,
) -> Result<PackageReport, UnpackError> {
    if out.exists() {
        return Err(UnpackError::Exists {
            path: out.to_owned(),
        });
    }
    let kind = package_kind(path)?;
    if kind == PackageKind::Folder {
        return Err(OpenError::not_a_package(path, "a backup is one encrypted file").into());
    }
    let parent = waarborg_fs::folder_of(out);
    let staging = tempfile::Builder::new()
        .prefix(".waarborg-restore-")
        .tempdir_in(parent)
        .map_err(|e| IoFailure::new("create a folder in", parent, e))?;
    let reader = decrypt(path, key, kind)?;
    let contents = scan_archive(path, reader, progress, Some(staging.path()))?;
    let report = build_report(path, kind, contents)?;
    if !report.is_intact() {
        return Err(UnpackError::NotIntact {
            files: report.failures(),
        });
    }
    let staged = staging.keep();
    fs::rename(&staged, out).map_err(|e| {
        let _ = fs::remove_dir_all(&staged);
        IoFailure::new("rename into", out, e)
    })?;
    Ok(report)
}

/// Checks a folder package file by file.
pub(crate) fn verify_folder(
    root: &Path,
    progress: &mut dyn FnMut(u64) -> bool,
) -> Result<PackageReport, VerifyError> {
    let contents = read_folder(root, progress, None)?;
    build_report(root, PackageKind::Folder, contents)
}

/// Hashes every file of a folder package, each read once; with `copy_to`, writes what
/// it read there at the same time.
fn read_folder(
    root: &Path,
    progress: &mut dyn FnMut(u64) -> bool,
    copy_to: Option<&Path>,
) -> Result<Contents, VerifyError> {
    let mut contents = Contents::default();
    let names = files_in(root)?;
    let mut done = 0;
    for name in names {
        let path = root.join(&name);
        let parts: Vec<String> = name.split('/').map(str::to_owned).collect();
        let mut file = fs::File::open(&path).map_err(|e| IoFailure::new("read", &path, e))?;
        if is_small(&name) {
            let bytes = read_small(&mut file, &path)?;
            if let Some(dir) = copy_to {
                write_unpacked(dir, &parts, &mut &bytes[..])?;
            }
            contents.hashes.insert(name.clone(), sha256_bytes(&bytes));
            contents.small.insert(name, bytes);
        } else {
            let mut counted = Counted {
                inner: &mut file,
                done: &mut done,
                progress,
                cancelled: false,
            };
            let (sha, written) = match copy_to {
                Some(dir) => {
                    let mut tee = Tee::new(&mut counted);
                    let written = write_unpacked(dir, &parts, &mut tee);
                    (Ok(tee.finish()), written)
                }
                None => (sha256_of_reader(&mut counted), Ok(())),
            };
            if counted.cancelled {
                return Err(VerifyError::Cancelled);
            }
            written?;
            let sha = sha.map_err(|e| IoFailure::new("read", &path, e))?;
            contents.hashes.insert(name, sha);
        }
    }
    Ok(contents)
}

/// The files read into memory: the manifest, its signature and signer, the index and
/// the log extract.
fn is_small(name: &str) -> bool {
    matches!(
        name,
        MANIFEST | MANIFEST_SIG | ALLOWED_SIGNERS | INDEX_JSON | CUSTODY_LOG
    )
}

/// Every regular file under `root` (links and special files are skipped), as
/// `/`-separated names relative to it, sorted.
pub fn files_in(root: &Path) -> Result<Vec<String>, IoFailure> {
    let mut names = Vec::new();
    walk(root, root, &mut names)?;
    Ok(names)
}

fn walk(root: &Path, dir: &Path, names: &mut Vec<String>) -> Result<(), IoFailure> {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .map_err(|e| IoFailure::new("list", dir, e))?
        .collect::<Result<_, _>>()
        .map_err(|e| IoFailure::new("list", dir, e))?;
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        let path = entry.path();
        let kind = entry
            .file_type()
            .map_err(|e| IoFailure::new("list", &path, e))?;
        if kind.is_dir() {
            walk(root, &path, names)?;
        } else if kind.is_file() {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let name: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            names.push(name.join("/"));
        }
    }
    Ok(())
}

#[derive(Default)]
struct Contents {
    /// name → SHA-256 of every regular file.
    hashes: BTreeMap<String, String>,
    /// The bytes of the manifest, index and log extract.
    small: BTreeMap<String, Vec<u8>>,
}

fn build_report(
    path: &Path,
    kind: PackageKind,
    mut contents: Contents,
) -> Result<PackageReport, VerifyError> {
    let manifest = contents
        .small
        .remove(MANIFEST)
        .ok_or_else(|| OpenError::not_a_package(path, "it has no MANIFEST.sha256"))?;
    let manifest = String::from_utf8(manifest)
        .map_err(|_| OpenError::not_a_package(path, "MANIFEST.sha256 is not text"))?;
    let lines: Vec<ManifestLine> = parse_manifest(&manifest).map_err(|problem| match problem {
        ManifestProblem::UnsafeName { name, .. } => OpenError::UnsafeName {
            path: path.to_owned(),
            name,
        },
        ManifestProblem::Malformed(reason) => OpenError::not_a_package(path, &reason),
    })?;
    let signature = check_signature(
        manifest.as_bytes(),
        contents.small.get(MANIFEST_SIG).map(Vec::as_slice),
        contents.small.get(ALLOWED_SIGNERS).map(Vec::as_slice),
    );
    let files = lines
        .iter()
        .map(|line| FileCheck {
            name: line.name.clone(),
            expected_sha256: line.sha256.clone(),
            status: match contents.hashes.get(&line.name) {
                None => FileStatus::Missing,
                Some(sha) if *sha == line.sha256 => FileStatus::Ok,
                Some(sha) => FileStatus::Changed {
                    actual_sha256: sha.clone(),
                },
            },
        })
        .collect();
    // O(n log n): a set of the listed names, not a scan of the manifest per file.
    let listed: BTreeMap<&str, &str> = lines
        .iter()
        .map(|l| (l.name.as_str(), l.sha256.as_str()))
        .collect();
    let unlisted = contents
        .hashes
        .keys()
        .filter(|name| {
            !matches!(name.as_str(), MANIFEST | MANIFEST_SIG) && !listed.contains_key(name.as_str())
        })
        .cloned()
        .collect();
    let index: Vec<IndexEntry> = contents
        .small
        .get(INDEX_JSON)
        .and_then(|b| serde_json::from_slice(b).ok())
        .unwrap_or_default();
    let transcripts = pair_transcripts(&index, |name| listed.get(name).copied());
    let log_head = contents
        .small
        .get(CUSTODY_LOG)
        .and_then(|b| serde_json::from_slice::<CustodyHead>(b).ok())
        .and_then(|c| c.log_head);
    Ok(PackageReport {
        kind,
        files,
        unlisted,
        index,
        transcripts,
        log_head,
        signature,
        other_keys_seen: Vec::new(),
    })
}

fn decrypt(
    path: &Path,
    key: &PackageKey,
    kind: PackageKind,
) -> Result<age::stream::StreamReader<BufReader<fs::File>>, OpenError> {
    let file = fs::File::open(path).map_err(|e| IoFailure::new("open", path, e))?;
    let decryptor = age::Decryptor::new_buffered(BufReader::with_capacity(CHUNK, file))
        .map_err(|_| OpenError::not_a_package(path, "it is not an age file"))?;
    let damaged = |e: age::DecryptError| OpenError::Damaged {
        reason: e.to_string(),
    };
    match (kind, key) {
        (PackageKind::Passphrase, PackageKey::Passphrase(passphrase)) => {
            let mut identity = age::scrypt::Identity::new(passphrase.clone());
            // Checked against the header before scrypt runs.
            identity.set_max_work_factor(waarborg_contract::MAX_SCRYPT_WORK_FACTOR);
            decryptor
                .decrypt(std::iter::once(&identity as &dyn age::Identity))
                .map_err(|e| match e {
                    age::DecryptError::ExcessiveWork { required, .. } => {
                        OpenError::WorkFactorTooHigh {
                            log_n: required,
                            max: waarborg_contract::MAX_SCRYPT_WORK_FACTOR,
                        }
                    }
                    age::DecryptError::DecryptionFailed
                    | age::DecryptError::KeyDecryptionFailed
                    | age::DecryptError::NoMatchingKeys => OpenError::WrongPassphrase,
                    other => damaged(other),
                })
        }
        (PackageKind::Passphrase, _) => Err(OpenError::NeedsPassphrase),
        (_, PackageKey::Identities(text)) => {
            use age::secrecy::ExposeSecret;
            let invalid = |reason: String| OpenError::InvalidIdentity { reason };
            let identities = age::IdentityFile::from_buffer(text.expose_secret().as_bytes())
                .map_err(|e| invalid(e.to_string()))?
                .into_identities()
                .map_err(|e| invalid(e.to_string()))?;
            if identities.is_empty() {
                return Err(invalid("it holds no AGE-SECRET-KEY-1… line".to_owned()));
            }
            decryptor
                .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
                .map_err(|e| match e {
                    age::DecryptError::NoMatchingKeys | age::DecryptError::KeyDecryptionFailed => {
                        OpenError::NoMatchingKey
                    }
                    other => damaged(other),
                })
        }
        _ => Err(OpenError::NeedsIdentity),
    }
}

/// Reads the tar stream once: hashes every file, keeps the small ones, and (with
/// `unpack_to`) writes each file there. Links, devices and names outside one top
/// folder are refused.
fn scan_archive(
    path: &Path,
    reader: impl Read,
    progress: &mut dyn FnMut(u64) -> bool,
    unpack_to: Option<&Path>,
) -> Result<Contents, VerifyError> {
    let damaged = |e: io::Error| VerifyError::Damaged {
        reason: e.to_string(),
    };
    let mut archive = tar::Archive::new(reader);
    let mut contents = Contents::default();
    let mut root: Option<std::ffi::OsString> = None;
    let mut done = 0;
    for entry in archive.entries().map_err(damaged)? {
        let mut entry = entry.map_err(damaged)?;
        let entry_path = entry.path().map_err(damaged)?.into_owned();
        let mut components = entry_path.components();
        let top = match components.next() {
            Some(Component::Normal(top)) => {
                let name = top.to_string_lossy();
                if !is_safe_part(&name) {
                    return Err(unsafe_name(path, &entry_path));
                }
                top.to_owned()
            }
            _ => {
                return Err(
                    OpenError::not_a_package(path, "a name in it is outside its folder").into(),
                );
            }
        };
        if root.get_or_insert_with(|| top.clone()) != &top {
            return Err(OpenError::not_a_package(path, "it has more than one top folder").into());
        }
        let mut parts = Vec::new();
        for component in components {
            match component {
                Component::Normal(part) => {
                    let part = part.to_string_lossy().into_owned();
                    if !is_safe_part(&part) {
                        return Err(unsafe_name(path, &entry_path));
                    }
                    parts.push(part);
                }
                _ => {
                    return Err(OpenError::not_a_package(
                        path,
                        "a name in it is outside its folder",
                    )
                    .into());
                }
            }
        }
        match entry.header().entry_type() {
            tar::EntryType::Directory => continue,
            tar::EntryType::Regular | tar::EntryType::Continuous => {}
            _ => {
                return Err(
                    OpenError::not_a_package(path, "it holds links or special files").into(),
                );
            }
        }
        if parts.is_empty() {
            return Err(
                OpenError::not_a_package(path, "it has a file where its folder should be").into(),
            );
        }
        let name = parts.join("/");
        if contents.hashes.contains_key(&name) {
            return Err(OpenError::not_a_package(path, "it holds a file twice").into());
        }
        let small = is_small(&name);
        let sha = if small {
            let bytes = read_small(&mut entry, path)?;
            if let Some(dir) = unpack_to {
                write_unpacked(dir, &parts, &mut &bytes[..])?;
            }
            let sha = sha256_bytes(&bytes);
            contents.small.insert(name.clone(), bytes);
            sha
        } else {
            let mut counted = Counted {
                inner: &mut entry,
                done: &mut done,
                progress,
                cancelled: false,
            };
            let mut tee = Tee::new(&mut counted);
            let result = match unpack_to {
                Some(dir) => write_unpacked(dir, &parts, &mut tee).map_err(VerifyError::from),
                None => io::copy(&mut tee, &mut io::sink())
                    .map(|_| ())
                    .map_err(damaged),
            };
            let sha = tee.finish();
            if counted.cancelled {
                return Err(VerifyError::Cancelled);
            }
            result?;
            sha
        };
        contents.hashes.insert(name, sha);
    }
    Ok(contents)
}

fn unsafe_name(path: &Path, entry: &Path) -> VerifyError {
    OpenError::UnsafeName {
        path: path.to_owned(),
        name: entry.to_string_lossy().into_owned(),
    }
    .into()
}

fn write_unpacked(dir: &Path, parts: &[String], content: &mut dyn Read) -> Result<(), IoFailure> {
    let mut target = dir.to_owned();
    for part in parts {
        target.push(part);
    }
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent).map_err(|e| IoFailure::new("create folder", parent, e))?;
    }
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&target)
        .map_err(|e| IoFailure::new("create", &target, e))?;
    io::copy(content, &mut file).map_err(|e| IoFailure::new("write", &target, e))?;
    Ok(())
}

fn read_small(reader: &mut dyn Read, path: &Path) -> Result<Vec<u8>, VerifyError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_SMALL_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| IoFailure::new("read", path, e))?;
    if bytes.len() as u64 > MAX_SMALL_FILE {
        return Err(
            OpenError::not_a_package(path, "its manifest or index is far too large").into(),
        );
    }
    Ok(bytes)
}

fn sha256_bytes(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(bytes))
}

/// Counts bytes read for progress; stops when progress says so.
struct Counted<'r> {
    inner: &'r mut dyn Read,
    done: &'r mut u64,
    progress: &'r mut dyn FnMut(u64) -> bool,
    cancelled: bool,
}

impl Read for Counted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let before = *self.done;
        let n = self.inner.read(buf)?;
        *self.done += n as u64;
        if before >> 20 != *self.done >> 20 && !(self.progress)(*self.done) {
            self.cancelled = true;
            return Err(io::Error::other("cancelled"));
        }
        Ok(n)
    }
}

/// Hashes what is read through it.
struct Tee<'r> {
    inner: &'r mut dyn Read,
    hasher: sha2::Sha256,
}

impl<'r> Tee<'r> {
    fn new(inner: &'r mut dyn Read) -> Self {
        use sha2::Digest;
        Self {
            inner,
            hasher: sha2::Sha256::new(),
        }
    }

    fn finish(self) -> String {
        use sha2::Digest;
        hex(&self.hasher.finalize())
    }
}

impl Read for Tee<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        use sha2::Digest;
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_of_100_000_files_is_checked_without_a_scan_per_file() {
        // The old unlisted-files check compared every file with every manifest line
        // (10^10 comparisons here); with a set of names this is O(n log n).
        const N: usize = 100_000;
        let hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        let mut contents = Contents::default();
        let mut manifest = String::with_capacity(N * 80);
        for i in 0..N {
            let name = format!("d{}/{i:06}_bestand.txt", i % 100);
            manifest.push_str(&format!("{hash}  {name}\n"));
            contents.hashes.insert(name, hash.to_owned());
        }
        contents
            .hashes
            .insert("extra.txt".to_owned(), hash.to_owned());
        contents.hashes.insert(MANIFEST.to_owned(), hash.to_owned());
        contents
            .small
            .insert(MANIFEST.to_owned(), manifest.into_bytes());
        let report = build_report(Path::new("/p"), PackageKind::Folder, contents).unwrap();
        assert_eq!(report.files.len(), N);
        assert!(report.files.iter().all(|f| f.status == FileStatus::Ok));
        assert_eq!(report.unlisted, ["extra.txt"]);
        assert_eq!(report.signature, SignatureStatus::Unsigned);
    }
}
