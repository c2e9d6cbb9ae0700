//! "Open in another program": which decrypted copies may be handed to the system, and
//! under which extension. The OS picks the program by the extension, so it comes from
//! the media type Waarborg detected from the content at import, never from the name the
//! file arrived with: a received `photo.jpg.lnk`, `brief.html` or `factuur.docm` cannot
//! choose a program that runs it. Types that run code or fetch content when opened —
//! web pages, SVG, scripts, programs, shortcuts, macro-enabled or legacy office files,
//! Java archives — are refused with `vault-viewer-active-type`; the parent can export
//! the item instead (a copy they choose where to keep).

use std::path::Path;

use waarborg_contract::{ApiError, ErrorCode};

/// Passive media types and the extension their copy gets.
const PASSIVE: &[(&str, &str)] = &[
    ("image/jpeg", "jpg"),
    ("image/png", "png"),
    ("image/gif", "gif"),
    ("image/webp", "webp"),
    ("image/bmp", "bmp"),
    ("image/tiff", "tif"),
    ("image/heic", "heic"),
    ("image/heif", "heif"),
    ("image/avif", "avif"),
    ("application/pdf", "pdf"),
    ("text/plain", "txt"),
    ("text/csv", "csv"),
    ("message/rfc822", "eml"),
    ("audio/mpeg", "mp3"),
    ("audio/mp4", "m4a"),
    ("audio/x-m4a", "m4a"),
    ("audio/ogg", "ogg"),
    ("audio/opus", "opus"),
    ("audio/wav", "wav"),
    ("audio/x-wav", "wav"),
    ("audio/aac", "aac"),
    ("audio/flac", "flac"),
    ("audio/x-flac", "flac"),
    ("audio/amr", "amr"),
    ("video/mp4", "mp4"),
    ("video/quicktime", "mov"),
    ("video/webm", "webm"),
    ("video/x-matroska", "mkv"),
    ("video/x-msvideo", "avi"),
    ("video/3gpp", "3gp"),
    ("application/zip", "zip"),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
    ),
    ("application/vnd.oasis.opendocument.text", "odt"),
    ("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ("application/vnd.oasis.opendocument.presentation", "odp"),
    ("application/rtf", "rtf"),
    ("text/rtf", "rtf"),
];

/// Media types that run code or fetch content when a program opens them.
const ACTIVE_TYPES: &[&str] = &[
    "text/html",
    "application/xhtml+xml",
    "image/svg+xml",
    "text/javascript",
    "application/javascript",
    "application/x-javascript",
    "application/ecmascript",
    "text/x-python",
    "text/x-shellscript",
    "application/x-sh",
    "application/x-csh",
    "application/x-bat",
    "application/x-msdos-program",
    "application/x-msdownload",
    "application/x-dosexec",
    "application/x-executable",
    "application/x-elf",
    "application/x-mach-binary",
    "application/x-sharedlib",
    "application/vnd.microsoft.portable-executable",
    "application/x-ms-shortcut",
    "application/x-desktop",
    "application/java-archive",
    "application/x-java-archive",
    "application/vnd.ms-word.document.macroenabled.12",
    "application/vnd.ms-excel.sheet.macroenabled.12",
    "application/vnd.ms-powerpoint.presentation.macroenabled.12",
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
    "application/x-ole-storage",
    "application/x-msi",
    "application/hta",
    "application/x-apple-diskimage",
    "application/vnd.debian.binary-package",
    "application/x-rpm",
];

/// Extensions of files that run code, fetch content or point elsewhere when opened:
/// refused even when the content looked like something else.
const ACTIVE_EXTENSIONS: &[&str] = &[
    "html",
    "htm",
    "xhtml",
    "shtml",
    "mht",
    "mhtml",
    "svg",
    "svgz",
    "xml",
    "xsl",
    "hta",
    "js",
    "mjs",
    "jse",
    "vbs",
    "vbe",
    "wsf",
    "wsh",
    "ps1",
    "psm1",
    "psd1",
    "bat",
    "cmd",
    "com",
    "exe",
    "msi",
    "msp",
    "scr",
    "pif",
    "cpl",
    "dll",
    "sys",
    "reg",
    "inf",
    "lnk",
    "url",
    "webloc",
    "desktop",
    "website",
    "scf",
    "library-ms",
    "searchconnector-ms",
    "sh",
    "bash",
    "zsh",
    "csh",
    "ksh",
    "fish",
    "command",
    "tool",
    "py",
    "pyw",
    "pl",
    "rb",
    "php",
    "jar",
    "jnlp",
    "class",
    "app",
    "pkg",
    "dmg",
    "deb",
    "rpm",
    "appimage",
    "run",
    "apk",
    "docm",
    "dotm",
    "xlsm",
    "xltm",
    "xlam",
    "pptm",
    "potm",
    "ppsm",
    "sldm",
    "ppam",
    "doc",
    "dot",
    "xls",
    "xlt",
    "ppt",
    "pps",
    "pot",
    "one",
    "iso",
    "img",
    "vhd",
    "vhdx",
    "chm",
    "application",
    "appref-ms",
    "gadget",
    "msc",
    "settingcontent-ms",
];

/// The extension (without the dot) of the viewer copy of an item, from its detected
/// media type; `vault-viewer-active-type` for a type, or an original extension, that
/// runs code or fetches content. A type with no known extension gets `bin`, which no
/// system runs.
pub fn viewer_extension(media_type: &str, original_name: &str) -> Result<&'static str, ApiError> {
    let media_type = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let original = Path::new(original_name)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let active_type = ACTIVE_TYPES.contains(&media_type.as_str()) || media_type.ends_with("+xml");
    if active_type || ACTIVE_EXTENSIONS.contains(&original.as_str()) {
        return Err(ApiError::new(
            ErrorCode::VaultViewerActiveType,
            format!(
                "{media_type} (.{original}) can run code or fetch content when opened; \
                 not opened in another program"
            ),
        ));
    }
    Ok(PASSIVE
        .iter()
        .find(|(t, _)| *t == media_type)
        .map_or("bin", |(_, e)| e))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_extension_comes_from_the_detected_type_not_the_name() {
        assert_eq!(viewer_extension("image/jpeg", "IMG_1.JPG").unwrap(), "jpg");
        // A PDF that arrived as "photo.jpeg" opens as a PDF.
        assert_eq!(
            viewer_extension("application/pdf", "photo.jpeg").unwrap(),
            "pdf"
        );
        assert_eq!(
            viewer_extension("text/plain; charset=utf-8", "chat").unwrap(),
            "txt"
        );
        // Unknown content opens as nothing that runs.
        assert_eq!(
            viewer_extension("application/octet-stream", "data.xyz").unwrap(),
            "bin"
        );
        // A macro document detected as a plain .docx by its content still ends in .docm:
        // refused by its name.
        assert!(
            viewer_extension(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "factuur.docm"
            )
            .is_err()
        );
    }

    #[test]
    fn active_types_and_names_are_refused_with_their_code() {
        for (media_type, name) in [
            ("text/html", "brief.html"),
            ("text/html", "brief.txt"),
            ("image/svg+xml", "logo.svg"),
            ("application/xhtml+xml", "a"),
            ("text/javascript", "a.js"),
            ("application/octet-stream", "run.ps1"),
            ("application/octet-stream", "install.BAT"),
            ("text/plain", "script.sh"),
            ("application/x-msdownload", "setup.exe"),
            ("application/vnd.microsoft.portable-executable", "photo.jpg"),
            ("application/octet-stream", "foto.jpg.lnk"),
            ("text/plain", "open.desktop"),
            ("text/plain", "link.url"),
            ("application/zip", "tool.jar"),
            ("application/java-archive", "a.zip"),
            ("application/octet-stream", "sheet.xlsm"),
            ("application/octet-stream", "deck.PPTM"),
            ("application/msword", "oud.doc"),
        ] {
            let err = viewer_extension(media_type, name).unwrap_err();
            assert_eq!(
                err.code,
                ErrorCode::VaultViewerActiveType,
                "{media_type} {name}"
            );
        }
    }
}
