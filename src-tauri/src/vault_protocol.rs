//! The `vault:` URI scheme: the window's previews read decrypted bytes from here, so
//! no plaintext copy is ever written to disk.
//!
//! - `vault://localhost/content/<id>` — the original bytes, with HTTP range requests
//!   (video and audio seek; large files are served in slices);
//! - `vault://localhost/thumb/<id>` — the JPEG thumbnail;
//! - `vault://localhost/package/<file>` — a verified file of the package open in the
//!   package viewer (no vault needed; files that failed the check are never served).
//!
//! Vault content only while the vault is unlocked; while a presentation runs, only for
//! the presented items (others get 403). Responses are never cached, never sniffed, and only
//! media types the webview displays passively are passed on: anything else (HTML, SVG,
//! scripts) is served as an opaque download type under a `sandbox` CSP, so evidence
//! cannot run in the app.

use std::borrow::Cow;
use std::io::{Read, Seek, SeekFrom};

use tauri::http::{Request, Response, StatusCode, header};
use tauri::{Manager, Runtime, UriSchemeContext, UriSchemeResponder};
use uuid::Uuid;

use crate::handover::PackageSession;
use crate::vault_session::VaultSession;

pub const SCHEME: &str = "vault";

/// The largest slice served for one request: a range asking for more gets this much
/// (206 says which part), so memory per request stays bounded.
const MAX_SLICE: u64 = 8 * 1024 * 1024;

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

/// Registered with `register_asynchronous_uri_scheme_protocol`: decrypting runs on its
/// own thread, so the window never waits on it.
pub fn handle<R: Runtime>(
    ctx: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
    responder: UriSchemeResponder,
) {
    let app = ctx.app_handle().clone();
    std::thread::spawn(move || {
        let session = app.state::<VaultSession>();
        if let Some(name) = request.uri().path().strip_prefix("/package/") {
            let packages = app.state::<PackageSession>();
            responder.respond(package_file(&session, &packages, name, &request));
            return;
        }
        responder.respond(respond(&session, &request));
    });
}

fn respond(session: &VaultSession, request: &Request<Vec<u8>>) -> Response<Cow<'static, [u8]>> {
    let mut parts = request.uri().path().trim_start_matches('/').split('/');
    let (Some(kind), Some(id), None) = (parts.next(), parts.next(), parts.next()) else {
        return plain(StatusCode::NOT_FOUND);
    };
    let Ok(id) = Uuid::parse_str(id) else {
        return plain(StatusCode::NOT_FOUND);
    };
    match kind {
        "thumb" => thumbnail(session, id),
        "content" => content(session, id, request.headers().get(header::RANGE)),
        _ => plain(StatusCode::NOT_FOUND),
    }
}

fn thumbnail(session: &VaultSession, id: Uuid) -> Response<Cow<'static, [u8]>> {
    match session.with_item(id, |open| Ok(open.vault.thumbnail(id).ok().flatten())) {
        Ok(Some(jpeg)) => base(StatusCode::OK)
            .header(header::CONTENT_TYPE, "image/jpeg")
            .body(Cow::Owned(jpeg))
            .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR)),
        Ok(None) => plain(StatusCode::NOT_FOUND),
        Err(_) => plain(StatusCode::FORBIDDEN),
    }
}

fn content(
    session: &VaultSession,
    id: Uuid,
    range: Option<&header::HeaderValue>,
) -> Response<Cow<'static, [u8]>> {
    // The reader carries its own file key: the vault lock is held only to make it.
    let reader = match session.with_item(id, |open| Ok(open.vault.content_reader(id))) {
        Ok(Ok(reader)) => reader,
        Ok(Err(_)) => return plain(StatusCode::NOT_FOUND),
        Err(_) => return plain(StatusCode::FORBIDDEN),
    };
    let size = reader.size;
    let media_type = reader.media_type.clone();
    ranged(reader, size, &media_type, range)
}

/// Bytes of content of `size` bytes as the `Range` header asks (a slice at most): only
/// passive media types as themselves, a sandbox for all but PDFs.
fn ranged(
    reader: impl Read + Seek,
    size: u64,
    media_type: &str,
    range: Option<&header::HeaderValue>,
) -> Response<Cow<'static, [u8]>> {
    let media_type = if PASSIVE_TYPES.contains(&media_type) {
        media_type
    } else {
        "application/octet-stream"
    };
    let Some((status, start, end)) = plan_range(range.and_then(|r| r.to_str().ok()), size) else {
        return base(StatusCode::RANGE_NOT_SATISFIABLE)
            .header(header::CONTENT_RANGE, format!("bytes */{size}"))
            .body(Cow::Borrowed(&[][..]))
            .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR));
    };
    let body = if size == 0 {
        Ok(Vec::new())
    } else {
        read_slice(reader, start, end)
    };
    let Ok(body) = body else {
        return plain(StatusCode::INTERNAL_SERVER_ERROR);
    };
    let mut response = base(status).header(header::ACCEPT_RANGES, "bytes");
    // Anything shown as a document gets a sandbox, except PDFs: WebKit shows those with
    // its own PDF.js viewer, which the sandbox would break (PDF scripts never run in it).
    if media_type != "application/pdf" {
        response = response.header(
            header::CONTENT_SECURITY_POLICY,
            "sandbox; default-src 'none'",
        );
    }
    let mut response = response.header(header::CONTENT_TYPE, media_type);
    if status == StatusCode::PARTIAL_CONTENT {
        response = response.header(header::CONTENT_RANGE, format!("bytes {start}-{end}/{size}"));
    }
    response
        .body(Cow::Owned(body))
        .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR))
}

/// A file of the open package, by its percent-encoded name, with ranges like content.
fn package_file(
    session: &VaultSession,
    packages: &PackageSession,
    name: &str,
    request: &Request<Vec<u8>>,
) -> Response<Cow<'static, [u8]>> {
    // A presentation shows its items and nothing else, a package's files included.
    if session.is_presenting() {
        return plain(StatusCode::FORBIDDEN);
    }
    let Ok(name) = percent_encoding::percent_decode_str(name).decode_utf8() else {
        return plain(StatusCode::NOT_FOUND);
    };
    let Some(path) = packages.verified_file(&name) else {
        return plain(StatusCode::NOT_FOUND);
    };
    let Ok(file) = std::fs::File::open(&path) else {
        return plain(StatusCode::NOT_FOUND);
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let media_type = mime_guess::from_path(&*name)
        .first_raw()
        .unwrap_or("application/octet-stream");
    ranged(file, size, media_type, request.headers().get(header::RANGE))
}

/// What to answer for a `Range` header (or none) on content of `size` bytes: the status
/// and the inclusive byte range, at most [`MAX_SLICE`] long; `None` when the range cannot
/// be satisfied (416).
fn plan_range(range: Option<&str>, size: u64) -> Option<(StatusCode, u64, u64)> {
    let (status, start, end) = match range {
        Some(text) => {
            let ranges = http_range_header::parse_range_header(text)
                .ok()?
                .validate(size)
                .ok()?;
            let first = ranges.into_iter().next()?;
            (StatusCode::PARTIAL_CONTENT, *first.start(), *first.end())
        }
        None if size <= MAX_SLICE => (StatusCode::OK, 0, size.saturating_sub(1)),
        // No range on a large file: send the first slice as a partial answer; media
        // elements and PDF viewers then ask for the rest.
        None => (StatusCode::PARTIAL_CONTENT, 0, MAX_SLICE - 1),
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

/// Headers every answer carries: never stored, never sniffed, never scripted.
fn base(status: StatusCode) -> tauri::http::response::Builder {
    Response::builder()
        .status(status)
        .header(header::CACHE_CONTROL, "no-store")
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .header(
            header::CONTENT_SECURITY_POLICY,
            "sandbox; default-src 'none'",
        )
        .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")
}

/// An empty answer with only a status (still readable by the page, so it sees the
/// status rather than a network error).
fn plain(status: StatusCode) -> Response<Cow<'static, [u8]>> {
    base(status)
        .body(Cow::Borrowed(&[][..]))
        .unwrap_or_else(|_| Response::new(Cow::Borrowed(&[][..])))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const MIB: u64 = 1024 * 1024;

    #[test]
    fn small_files_without_a_range_come_whole() {
        assert_eq!(plan_range(None, 10), Some((StatusCode::OK, 0, 9)));
        assert_eq!(plan_range(None, 0), Some((StatusCode::OK, 0, 0)));
    }

    #[test]
    fn large_files_come_in_bounded_slices() {
        let gib = 1024 * MIB;
        assert_eq!(
            plan_range(None, gib),
            Some((StatusCode::PARTIAL_CONTENT, 0, MAX_SLICE - 1))
        );
        assert_eq!(
            plan_range(Some("bytes=0-"), gib),
            Some((StatusCode::PARTIAL_CONTENT, 0, MAX_SLICE - 1))
        );
        // A seek near the end of a video.
        assert_eq!(
            plan_range(Some("bytes=1000000000-"), gib),
            Some((
                StatusCode::PARTIAL_CONTENT,
                1_000_000_000,
                1_000_000_000 + MAX_SLICE - 1
            ))
        );
        assert_eq!(
            plan_range(Some("bytes=-100"), gib),
            Some((StatusCode::PARTIAL_CONTENT, gib - 100, gib - 1))
        );
        assert_eq!(
            plan_range(Some("bytes=5-9"), 100),
            Some((StatusCode::PARTIAL_CONTENT, 5, 9))
        );
    }

    #[test]
    fn impossible_ranges_are_refused() {
        assert_eq!(plan_range(Some("bytes=200-300"), 100), None);
        assert_eq!(plan_range(Some("pages=1-2"), 100), None);
    }

    fn get(session: &VaultSession, path: &str) -> StatusCode {
        let request = Request::builder()
            .uri(format!("vault://localhost{path}"))
            .body(Vec::new())
            .unwrap();
        respond(session, &request).status()
    }

    #[test]
    fn while_presenting_only_presented_items_are_served() {
        let tmp = tempfile::tempdir().unwrap();
        let (session, ids, _) = crate::vault_session::tests::presenting_session(tmp.path());
        assert_eq!(
            get(&session, &format!("/content/{}", ids[0])),
            StatusCode::OK
        );
        assert_eq!(
            get(&session, &format!("/content/{}", ids[1])),
            StatusCode::OK
        );
        assert_eq!(
            get(&session, &format!("/content/{}", ids[2])),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            get(&session, &format!("/thumb/{}", ids[2])),
            StatusCode::FORBIDDEN
        );
        assert!(session.end_presenting());
        assert_eq!(
            get(&session, &format!("/content/{}", ids[2])),
            StatusCode::OK
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
        let packages = PackageSession::default();
        packages.open(
            waarborg_package::open_package(&out, &waarborg_package::PackageKey::None, &mut |_| {
                true
            })
            .unwrap(),
        );
        let fetch = |session: &VaultSession, name: &str| {
            let request = Request::builder()
                .uri("vault://localhost/")
                .body(Vec::new())
                .unwrap();
            package_file(session, &packages, name, &request).status()
        };
        let (session, _, _) =
            crate::vault_session::tests::presenting_session(&tmp.path().join("vault"));
        assert_eq!(fetch(&session, "0001_a%20b.txt"), StatusCode::FORBIDDEN);
        assert!(session.end_presenting());
        assert_eq!(fetch(&session, "0001_a%20b.txt"), StatusCode::OK);
        // Changed after the export, outside the manifest, or outside the package: never.
        for name in [
            "0002_b.txt",
            "MANIFEST.sha256",
            "..%2F..%2Fetc%2Fpasswd",
            "nope",
        ] {
            assert_eq!(fetch(&session, name), StatusCode::NOT_FOUND, "{name}");
        }
    }

    #[test]
    fn a_slice_is_read_from_the_middle() {
        let data: Vec<u8> = (0..=255).collect();
        let slice = read_slice(std::io::Cursor::new(&data), 10, 19).unwrap();
        assert_eq!(slice, data[10..20]);
    }
}
