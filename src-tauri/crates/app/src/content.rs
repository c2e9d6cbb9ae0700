//! What the window's `vault:` scheme may serve, decided here so the policy is tested
//! without a window: decrypted bytes never touch the disk.
//!
//! - `/content/<id>` — an item's original bytes, with HTTP range requests (video and
//!   audio seek; large files are served in slices);
//! - `/thumb/<id>` — its JPEG thumbnail;
//! - `/package/<file>` — a verified file of the package open in the package viewer.
//!
//! Vault content only while the vault is unlocked; while a presentation runs, only for
//! the presented items (others get 403), and no package files. Only media types the
//! webview displays passively are passed on: anything else (HTML, SVG, scripts) is
//! served as an opaque download type under a `sandbox` CSP, so evidence cannot run in
//! the app.

use std::io::{Read, Seek, SeekFrom};

use uuid::Uuid;

use crate::app::App;

/// The largest slice served for one request: a range asking for more gets this much
/// (206 says which part), so memory per request stays bounded.
pub const MAX_SLICE: u64 = 8 * 1024 * 1024;

/// Media types served as themselves; everything else is `application/octet-stream`.
const PASSIVE_TYPES: &[&str] = &[
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
    "image/bmp",
    "application/pdf",
    "text/plain",
    "audio/mpeg",
    "audio/ogg",
    "audio/x-wav",
    "audio/wav",
    "audio/mp4",
    "audio/x-flac",
    "video/mp4",
    "video/webm",
    "video/ogg",
    "video/quicktime",
];

/// The CSP of every answer but a PDF shown as a document: nothing runs, nothing loads.
pub const SANDBOX_CSP: &str = "sandbox; default-src 'none'";

/// An HTTP status the scheme answers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok = 200,
    PartialContent = 206,
    Forbidden = 403,
    NotFound = 404,
    RangeNotSatisfiable = 416,
    InternalError = 500,
}

/// One answer of the scheme, for the shell to turn into an HTTP response. The shell adds
/// the headers every answer carries (no-store, nosniff).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    pub status: Status,
    /// `None` for an empty answer with only a status.
    pub media_type: Option<String>,
    /// `Content-Range`, for 206 and 416.
    pub content_range: Option<String>,
    /// False only for PDFs: WebKit shows those with its own PDF.js viewer, which a
    /// sandbox would break (PDF scripts never run in it).
    pub sandbox: bool,
    pub ranges: bool,
    pub body: Vec<u8>,
}

impl Served {
    fn status(status: Status) -> Self {
        Self {
            status,
            media_type: None,
            content_range: None,
            sandbox: true,
            ranges: false,
            body: Vec::new(),
        }
    }
}

impl App {
    /// The answer for `path` (the URI's path) with an optional `Range` header.
    pub fn serve(&self, path: &str, range: Option<&str>) -> Served {
        if let Some(name) = path.strip_prefix("/package/") {
            return self.package_file(name, range);
        }
        let mut parts = path.trim_start_matches('/').split('/');
        let (Some(kind), Some(id), None) = (parts.next(), parts.next(), parts.next()) else {
            return Served::status(Status::NotFound);
        };
        let Ok(id) = Uuid::parse_str(id) else {
            return Served::status(Status::NotFound);
        };
        match kind {
            "thumb" => self.thumbnail(id),
            "content" => self.content(id, range),
            _ => Served::status(Status::NotFound),
        }
    }

    fn thumbnail(&self, id: Uuid) -> Served {
        match self
            .session()
            .with_item(id, |open| Ok(open.vault.thumbnail(id).ok().flatten()))
        {
            Ok(Some(jpeg)) => Served {
                media_type: Some("image/jpeg".to_owned()),
                body: jpeg,
                ..Served::status(Status::Ok)
            },
            Ok(None) => Served::status(Status::NotFound),
            Err(_) => Served::status(Status::Forbidden),
        }
    }

    fn content(&self, id: Uuid, range: Option<&str>) -> Served {
        // The reader carries its own file key: the vault lock is held only to make it.
        let reader = match self
            .session()
            .with_item(id, |open| Ok(open.vault.content_reader(id)))
        {
            Ok(Ok(reader)) => reader,
            Ok(Err(_)) => return Served::status(Status::NotFound),
            Err(_) => return Served::status(Status::Forbidden),
        };
        let size = reader.size;
        let media_type = reader.media_type.clone();
        ranged(reader, size, &media_type, range)
    }

    /// A file of the open package, by its percent-encoded name, with ranges like content.
    fn package_file(&self, name: &str, range: Option<&str>) -> Served {
        // A presentation shows its items and nothing else, a package's files included.
        if self.session().is_presenting() {
            return Served::status(Status::Forbidden);
        }
        let Ok(name) = percent_encoding::percent_decode_str(name).decode_utf8() else {
            return Served::status(Status::NotFound);
        };
        let Some(path) = self.packages().verified_file(&name) else {
            return Served::status(Status::NotFound);
        };
        let Ok(file) = std::fs::File::open(&path) else {
            return Served::status(Status::NotFound);
        };
        let size = file.metadata().map_or(0, |m| m.len());
        let media_type = mime_guess::from_path(&*name)
            .first_raw()
            .unwrap_or("application/octet-stream");
        ranged(file, size, media_type, range)
    }
}

/// Bytes of content of `size` bytes as the `Range` header asks (a slice at most): only
/// passive media types as themselves, a sandbox for all but PDFs.
fn ranged(reader: impl Read + Seek, size: u64, media_type: &str, range: Option<&str>) -> Served {
    let media_type = if PASSIVE_TYPES.contains(&media_type) {
        media_type
    } else {
        "application/octet-stream"
    };
    let Some((status, start, end)) = plan_range(range, size) else {
        return Served {
            content_range: Some(format!("bytes */{size}")),
            ..Served::status(Status::RangeNotSatisfiable)
        };
    };
    let body = if size == 0 {
        Ok(Vec::new())
    } else {
        read_slice(reader, start, end)
    };
    let Ok(body) = body else {
        return Served::status(Status::InternalError);
    };
    Served {
        status,
        media_type: Some(media_type.to_owned()),
        content_range: (status == Status::PartialContent)
            .then(|| format!("bytes {start}-{end}/{size}")),
        sandbox: media_type != "application/pdf",
        ranges: true,
        body,
    }
}

/// What to answer for a `Range` header (or none) on content of `size` bytes: the status
/// and the inclusive byte range, at most [`MAX_SLICE`] long; `None` when the range cannot
/// be satisfied (416).
fn plan_range(range: Option<&str>, size: u64) -> Option<(Status, u64, u64)> {
    let (status, start, end) = match range {
        Some(text) => {
            let ranges = http_range_header::parse_range_header(text)
                .ok()?
                .validate(size)
                .ok()?;
            let first = ranges.into_iter().next()?;
            (Status::PartialContent, *first.start(), *first.end())
        }
        None if size <= MAX_SLICE => (Status::Ok, 0, size.saturating_sub(1)),
        // No range on a large file: send the first slice as a partial answer; media
        // elements and PDF viewers then ask for the rest.
        None => (Status::PartialContent, 0, MAX_SLICE - 1),
    };
    Some((status, start, end.min(start.saturating_add(MAX_SLICE - 1))))
}

/// Bytes `start..=end` of the decrypted content (age seeks to the right chunk, so a
/// slice near the end of a 1 GiB video does not decrypt what comes before it).
fn read_slice(mut reader: impl Read + Seek, start: u64, end: u64) -> std::io::Result<Vec<u8>> {
    reader.seek(SeekFrom::Start(start))?;
    let len = end - start + 1;
    let mut body = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    reader.take(len).read_to_end(&mut body)?;
    Ok(body)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::testing::{import_texts, unlocked_app};

    const MIB: u64 = 1024 * 1024;

    #[test]
    fn small_files_without_a_range_come_whole() {
        assert_eq!(plan_range(None, 10), Some((Status::Ok, 0, 9)));
        assert_eq!(plan_range(None, 0), Some((Status::Ok, 0, 0)));
    }

    #[test]
    fn large_files_come_in_bounded_slices() {
        let gib = 1024 * MIB;
        let partial = Status::PartialContent;
        assert_eq!(plan_range(None, gib), Some((partial, 0, MAX_SLICE - 1)));
        assert_eq!(
            plan_range(Some("bytes=0-"), gib),
            Some((partial, 0, MAX_SLICE - 1))
        );
        // A seek near the end of a video.
        assert_eq!(
            plan_range(Some("bytes=1000000000-"), gib),
            Some((partial, 1_000_000_000, 1_000_000_000 + MAX_SLICE - 1))
        );
        assert_eq!(
            plan_range(Some("bytes=-100"), gib),
            Some((partial, gib - 100, gib - 1))
        );
        assert_eq!(plan_range(Some("bytes=5-9"), 100), Some((partial, 5, 9)));
    }

    #[test]
    fn impossible_ranges_are_refused() {
        assert_eq!(plan_range(Some("bytes=200-300"), 100), None);
        assert_eq!(plan_range(Some("pages=1-2"), 100), None);
    }

    #[test]
    fn a_slice_is_read_from_the_middle() {
        let data: Vec<u8> = (0..=255).collect();
        let slice = read_slice(std::io::Cursor::new(&data), 10, 19).unwrap();
        assert_eq!(slice, data[10..20]);
    }

    #[test]
    fn active_content_is_served_opaque_and_sandboxed() {
        let html = b"<script>alert(1)</script>".to_vec();
        let served = ranged(std::io::Cursor::new(&html), 25, "text/html", None);
        assert_eq!(
            served.media_type.as_deref(),
            Some("application/octet-stream")
        );
        assert!(served.sandbox);
        let pdf = ranged(std::io::Cursor::new(b"%PDF"), 4, "application/pdf", None);
        assert!(!pdf.sandbox, "WebKit's PDF viewer needs scripts of its own");
    }

    #[test]
    fn while_presenting_only_presented_items_are_served() {
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        let ids = import_texts(app.session(), tmp.path(), &["a.txt", "b.txt", "c.txt"]);
        app.session()
            .start_presenting(&ids[..2], Box::new(|| {}))
            .unwrap();
        let status = |kind: &str, id: &Uuid| app.serve(&format!("/{kind}/{id}"), None).status;
        assert_eq!(status("content", &ids[0]), Status::Ok);
        assert_eq!(status("content", &ids[1]), Status::Ok);
        assert_eq!(status("content", &ids[2]), Status::Forbidden);
        assert_eq!(status("thumb", &ids[2]), Status::Forbidden);
        assert!(app.session().end_presenting());
        assert_eq!(status("content", &ids[2]), Status::Ok);
        assert_eq!(
            app.serve(&format!("/content/{}", ids[2]), None).body,
            b"c.txt"
        );
    }

    #[test]
    fn package_files_are_served_only_when_verified_and_never_while_presenting() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("pakket");
        let mut writer =
            waarborg_package::PackageWriter::create(&out, waarborg_package::Protection::Folder, 0)
                .unwrap();
        writer.add_bytes("0001_a b.txt", b"een").unwrap();
        writer.add_bytes("0002_b.txt", b"twee").unwrap();
        writer.finish().unwrap();
        std::fs::write(out.join("0002_b.txt"), b"veranderd").unwrap();
        let app = unlocked_app(&tmp.path().join("app"));
        app.packages().open(
            waarborg_package::open_package(&out, &waarborg_package::PackageKey::None, &mut |_| {
                true
            })
            .unwrap(),
        );
        let ids = import_texts(app.session(), tmp.path(), &["x.txt"]);
        app.session()
            .start_presenting(&ids, Box::new(|| {}))
            .unwrap();
        let fetch = |name: &str| app.serve(&format!("/package/{name}"), None).status;
        assert_eq!(fetch("0001_a%20b.txt"), Status::Forbidden);
        assert!(app.session().end_presenting());
        assert_eq!(fetch("0001_a%20b.txt"), Status::Ok);
        // Changed after the export, outside the manifest, or outside the package: never.
        for name in [
            "0002_b.txt",
            "MANIFEST.sha256",
            "..%2F..%2Fetc%2Fpasswd",
            "nope",
        ] {
            assert_eq!(fetch(name), Status::NotFound, "{name}");
        }
    }
}
