//! The `vault:` URI scheme: the window's previews read decrypted bytes from here, so no
//! plaintext copy is ever written to disk. What may be served is decided by
//! `waarborg_app::content`; this turns its answer into HTTP.

use std::borrow::Cow;

use tauri::http::{Request, Response, StatusCode, header};
use tauri::{Manager, Runtime, UriSchemeContext, UriSchemeResponder};
use waarborg_app::App;
use waarborg_app::content::{SANDBOX_CSP, Served};

pub const SCHEME: &str = "vault";

/// Registered with `register_asynchronous_uri_scheme_protocol`: decrypting runs on its
/// own thread, so the window never waits on it.
pub fn handle<R: Runtime>(
    ctx: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
    responder: UriSchemeResponder,
) {
    let handle = ctx.app_handle().clone();
    std::thread::spawn(move || {
        let range = request
            .headers()
            .get(header::RANGE)
            .and_then(|r| r.to_str().ok());
        let served = handle.state::<App>().serve(request.uri().path(), range);
        responder.respond(response(served));
    });
}

/// Every answer is never stored, never sniffed, and sandboxed unless it is a PDF.
fn response(served: Served) -> Response<Cow<'static, [u8]>> {
    let status =
        StatusCode::from_u16(served.status as u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut builder = Response::builder()
        .status(status)
        .header(header::CACHE_CONTROL, "no-store")
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        // The page learns a file's size from the first slice when it does not know it
        // (a package's record PDFs are not in its index).
        .header(header::ACCESS_CONTROL_EXPOSE_HEADERS, "Content-Range");
    if served.sandbox {
        builder = builder.header(header::CONTENT_SECURITY_POLICY, SANDBOX_CSP);
    }
    if served.ranges {
        builder = builder.header(header::ACCEPT_RANGES, "bytes");
    }
    if let Some(media_type) = &served.media_type {
        builder = builder.header(header::CONTENT_TYPE, media_type);
    }
    if let Some(range) = &served.content_range {
        builder = builder.header(header::CONTENT_RANGE, range);
    }
    builder
        .body(Cow::Owned(served.body))
        .unwrap_or_else(|_| Response::new(Cow::Borrowed(&[][..])))
}
