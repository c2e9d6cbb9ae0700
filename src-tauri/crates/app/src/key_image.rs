//! The recovery key read from a photo or scan of the printed emergency kit: the kit's QR
//! code holds the secret key (`AGE-SECRET-KEY-1…`), and `rqrr` finds and reads it.
//!
//! The picture is as secret as the key. Its pixels are decoded into buffers of ours that
//! are wiped when dropped (the decoded bytes, the greyscale copy the QR search works on,
//! the QR code's payload), the key comes back only as a [`SecretString`], and neither the
//! key nor anything read from the picture is logged or put in an error. What the image
//! decoders hold internally while decoding (a JPEG's blocks) is freed, not wiped: see
//! docs/THREAT_MODEL.md.
//!
//! Only a payload that is an age secret key is accepted; any other QR code (a web link,
//! the log-head code of a Waarborg PDF) is refused as not a recovery key. Whether the key
//! is this vault's is for [`waarborg_vault::Vault::recover`] to say.

use std::fmt;
use std::path::{Path, PathBuf};

use image::{ColorType, ImageBuffer, ImageDecoder, ImageReader, Limits, Luma};
use waarborg_contract::ErrorCode;
use waarborg_vault::SecretString;
use zeroize::{Zeroize, Zeroizing};

/// The start of an age secret key, as the kit prints and encodes it.
const KEY_PREFIX: &str = "AGE-SECRET-KEY-1";
/// A picture wider or taller than this is not decoded (a 100-megapixel camera is below it).
const MAX_SIDE: u32 = 16_000;
/// The most the decoder may allocate (a 48-megapixel RGB photo needs 144 MiB).
const MAX_ALLOC: u64 = 512 * 1024 * 1024;
/// Large photos are also searched at half size, then quarter size…, down to this side:
/// a blurred phone photo often reads better smaller.
const MIN_SEARCH_SIDE: u32 = 600;
/// Room for the largest QR payload, so the payload buffer never grows and leaves a copy
/// of the key behind.
const PAYLOAD_CAPACITY: usize = rqrr::MAX_PAYLOAD_SIZE;

/// Reading the recovery key from a picture failed. Each names the file, never its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyImageError {
    /// Not there, not a file, or not a picture the app can decode (PNG or JPEG).
    Unreadable { path: PathBuf },
    /// A picture, but no QR code could be found or read in it.
    NoQrCode { path: PathBuf },
    /// A QR code was read, but it holds something other than an age secret key.
    NotARecoveryKey { path: PathBuf },
}

impl KeyImageError {
    fn error_code(&self) -> ErrorCode {
        match self {
            Self::Unreadable { .. } => ErrorCode::VaultKeyImageUnreadable,
            Self::NoQrCode { .. } => ErrorCode::VaultKeyImageNoQrCode,
            Self::NotARecoveryKey { .. } => ErrorCode::VaultKeyImageNotAKey,
        }
    }
}

waarborg_contract::coded_errors!(KeyImageError);

impl fmt::Display for KeyImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable { path } => write!(
                f,
                "{} cannot be read as a picture (PNG or JPEG)",
                path.display()
            ),
            Self::NoQrCode { path } => write!(f, "no QR code was found in {}", path.display()),
            Self::NotARecoveryKey { path } => write!(
                f,
                "the QR code in {} is not a recovery key (AGE-SECRET-KEY-1…)",
                path.display()
            ),
        }
    }
}

impl std::error::Error for KeyImageError {}

/// The recovery key in the QR code of the picture at `path` (a photo or scan of the
/// emergency kit), as a secret that is zeroized when dropped.
pub fn recovery_key_from_image(path: &Path) -> Result<SecretString, KeyImageError> {
    let grey = decode_grey(path)?;
    let mut found_a_code = false;
    let mut level = grey;
    loop {
        match search(&level) {
            Found::Key(key) => return Ok(key),
            Found::OtherCode => found_a_code = true,
            Found::Nothing => {}
        }
        if (level.width().min(level.height()) / 2) < MIN_SEARCH_SIDE {
            break;
        }
        level = half(&level);
    }
    Err(if found_a_code {
        KeyImageError::NotARecoveryKey {
            path: path.to_owned(),
        }
    } else {
        KeyImageError::NoQrCode {
            path: path.to_owned(),
        }
    })
}

enum Found {
    Key(SecretString),
    OtherCode,
    Nothing,
}

/// Every QR code rqrr finds in `grey`; the first that holds an age secret key wins.
fn search(grey: &Grey) -> Found {
    // rqrr thresholds the picture in place: it works on a (wiped) copy.
    let mut prepared = rqrr::PreparedImage::prepare(grey.clone());
    let mut other = false;
    for grid in prepared.detect_grids() {
        let mut payload = Zeroizing::new(Vec::with_capacity(PAYLOAD_CAPACITY));
        if grid.decode_to(&mut *payload).is_err() {
            continue;
        }
        match recovery_key(&payload) {
            Some(key) => return Found::Key(key),
            None => other = true,
        }
    }
    if other {
        Found::OtherCode
    } else {
        Found::Nothing
    }
}

/// The payload as a secret when it is one age secret key (surrounding blanks allowed).
fn recovery_key(payload: &[u8]) -> Option<SecretString> {
    let text = std::str::from_utf8(payload).ok()?.trim();
    let body = text.strip_prefix(KEY_PREFIX)?;
    // The bech32 data part, in the upper case age writes: nothing else on the code.
    if body.is_empty()
        || !body
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        return None;
    }
    // Sized exactly, so turning it into the secret's box does not reallocate.
    let mut key = String::with_capacity(text.len());
    key.push_str(text);
    Some(SecretString::from(key))
}

/// Pixel bytes that are wiped when dropped: the container of [`Grey`], so rqrr's copies
/// (it thresholds a clone of the picture in place) are wiped too.
#[derive(Clone, Default)]
struct Wiped(Vec<u8>);

impl Drop for Wiped {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for Wiped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Wiped({} bytes)", self.0.len())
    }
}

impl std::ops::Deref for Wiped {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl std::ops::DerefMut for Wiped {
    fn deref_mut(&mut self) -> &mut [u8] {
        &mut self.0
    }
}

/// A greyscale picture whose pixels are wiped when it is dropped.
type Grey = ImageBuffer<Luma<u8>, Wiped>;

/// Half the size, each pixel the mean of four.
fn half(grey: &Grey) -> Grey {
    let (width, height) = (grey.width() / 2, grey.height() / 2);
    let mut pixels = Vec::with_capacity(width as usize * height as usize);
    for y in 0..height {
        for x in 0..width {
            let at = |dx: u32, dy: u32| u16::from(grey.get_pixel(2 * x + dx, 2 * y + dy).0[0]);
            let sum = at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1);
            pixels.push(u8::try_from(sum / 4).unwrap_or(u8::MAX));
        }
    }
    grey_image(width, height, pixels)
}

/// `pixels` (width × height, row by row) as a picture; a blank one if they do not fit
/// (they always do here: every caller sizes them so).
fn grey_image(width: u32, height: u32, pixels: Vec<u8>) -> Grey {
    ImageBuffer::from_raw(width, height, Wiped(pixels)).unwrap_or_default()
}

/// The picture at `path` decoded (PNG or JPEG, found by content) to greyscale.
fn decode_grey(path: &Path) -> Result<Grey, KeyImageError> {
    let unreadable = || KeyImageError::Unreadable {
        path: path.to_owned(),
    };
    if !std::fs::metadata(path).map_err(|_| unreadable())?.is_file() {
        return Err(unreadable());
    }
    let mut reader = ImageReader::open(path)
        .map_err(|_| unreadable())?
        .with_guessed_format()
        .map_err(|_| unreadable())?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let decoder = reader.into_decoder().map_err(|_| unreadable())?;
    let (width, height) = decoder.dimensions();
    let color = decoder.color_type();
    let size = usize::try_from(decoder.total_bytes()).map_err(|_| unreadable())?;
    if u64::try_from(size).unwrap_or(u64::MAX) > MAX_ALLOC {
        return Err(unreadable());
    }
    let mut raw = Zeroizing::new(vec![0_u8; size]);
    decoder.read_image(&mut raw).map_err(|_| unreadable())?;
    let count = usize::try_from(u64::from(width) * u64::from(height)).map_err(|_| unreadable())?;
    let pixels = to_grey(&raw, color, count).ok_or_else(unreadable)?;
    ImageBuffer::from_raw(width, height, Wiped(pixels)).ok_or_else(unreadable)
}

/// Luma (0–255) of each pixel of `raw` in `color`; `None` for a layout not expected from
/// PNG or JPEG (floating point).
fn to_grey(raw: &[u8], color: ColorType, count: usize) -> Option<Vec<u8>> {
    let channels = usize::from(color.channel_count());
    let bytes = usize::from(color.bytes_per_pixel()) / channels.max(1);
    if !matches!(bytes, 1 | 2)
        || matches!(color, ColorType::Rgb32F | ColorType::Rgba32F)
        || raw.len() < count * channels * bytes
    {
        return None;
    }
    // A 16-bit sample in native byte order: its high byte is enough here.
    let sample = |at: usize| -> u32 {
        if bytes == 1 {
            u32::from(raw[at])
        } else {
            u32::from(u16::from_ne_bytes([raw[at], raw[at + 1]]) >> 8)
        }
    };
    let mut grey = Vec::with_capacity(count);
    for i in 0..count {
        let at = i * channels * bytes;
        let luma = if channels >= 3 {
            // ITU-R 601 weights, as image's own conversion.
            (299 * sample(at) + 587 * sample(at + bytes) + 114 * sample(at + 2 * bytes)) / 1000
        } else {
            sample(at)
        };
        // Transparent (alpha 0) reads as white paper, not as black ink.
        let luma = if channels == 2 || channels == 4 {
            let alpha = sample(at + (channels - 1) * bytes);
            (luma * alpha + 255 * (255 - alpha)) / 255
        } else {
            luma
        };
        grey.push(u8::try_from(luma.min(255)).unwrap_or(u8::MAX));
    }
    Some(grey)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::App;
    use crate::testing::unlocked_app;
    use waarborg_contract::{
        ApiError, LockReason, Passphrase, RecoveryKeyInput, VaultState, VaultStatus,
    };
    use waarborg_vault::ExposeSecret;

    const KEY: &str = "AGE-SECRET-KEY-1QGMTXKHFEQXNV5WPK5TE0JZ8DLSMJ3U3GK6JQA2DNMUHWMFKRZSSEVFZWC";

    #[test]
    fn only_one_age_secret_key_is_a_recovery_key() {
        assert_eq!(
            recovery_key(format!(" {KEY}\n").as_bytes())
                .unwrap()
                .expose_secret(),
            KEY
        );
        for other in [
            "https://example.invalid/",
            "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq",
            "AGE-SECRET-KEY-1",
            &format!("{KEY} {KEY}"),
            &KEY.to_lowercase(),
        ] {
            assert!(recovery_key(other.as_bytes()).is_none(), "{other}");
        }
        assert!(recovery_key(&[0xff, 0xfe]).is_none());
    }

    #[test]
    fn a_missing_or_non_picture_file_is_named_and_unreadable() {
        let tmp = tempfile::tempdir().unwrap();
        let missing = tmp.path().join("foto.jpg");
        let err = recovery_key_from_image(&missing).unwrap_err();
        assert_eq!(err, KeyImageError::Unreadable { path: missing });
        assert!(err.to_string().contains("foto.jpg"));
        let text = tmp.path().join("sleutel.png");
        std::fs::write(&text, KEY).unwrap();
        let err = recovery_key_from_image(&text).unwrap_err();
        assert_eq!(err.code(), "key-image-unreadable");
        assert!(!err.to_string().contains("QGMTX"));
        assert_eq!(
            recovery_key_from_image(tmp.path()).unwrap_err().code(),
            "key-image-unreadable"
        );
    }

    /// `pdf` rendered by pdftoppm at `dpi` to `png` (one page).
    fn render(pdf: &Path, dpi: u32, png: &Path) {
        let stem = png.with_extension("");
        let status = std::process::Command::new("pdftoppm")
            .args(["-r", &dpi.to_string(), "-png", "-singlefile"])
            .arg(pdf)
            .arg(&stem)
            .status()
            .unwrap();
        assert!(status.success());
        assert!(png.is_file());
    }

    fn convert(from: &Path, args: &[&str], to: &Path) {
        let status = std::process::Command::new("convert")
            .arg(from)
            .args(args)
            .arg(to)
            .status()
            .unwrap();
        assert!(status.success(), "convert {args:?}");
    }

    fn recover_from(app: &App, photo: &Path) -> Result<VaultStatus, ApiError> {
        app.recover(
            RecoveryKeyInput::Image {
                path: photo.display().to_string(),
            },
            Passphrase::from(NEW.to_owned()),
        )
    }

    const NEW: &str = "paarse olifant fietst langs de gracht";

    /// The real kit, as the app writes it with a new recovery key, rendered like a scan
    /// and like a crooked, smaller phone photo (JPEG): each gives the kit's key, and the
    /// photo recovers the vault. Another vault's kit is refused as not this vault's key.
    #[test]
    fn the_printed_kit_scanned_or_photographed_recovers_the_vault() {
        if !waarborg_testkit::require_tools(&["pdftoppm", "pdftotext", "convert"]) {
            return;
        }
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(&tmp.path().join("mine"));
        let kit = tmp.path().join("kit.pdf");
        let summary = app.emergency_kit(kit.to_str().unwrap(), true).unwrap();
        let public = summary.new_key.unwrap();

        let scan = tmp.path().join("scan.png");
        render(&kit, 150, &scan);
        let key = recovery_key_from_image(&scan).unwrap();
        // The same key as the one printed as text under the code.
        let text = std::process::Command::new("pdftotext")
            .arg(&kit)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8(text.stdout).unwrap();
        assert!(text.contains(&public));
        assert!(
            text.split_whitespace()
                .any(|word| word == key.expose_secret()),
            "the code holds the printed key"
        );

        // Turned 7°, shrunk to 70%, a grey cast and JPEG: a photo taken by hand.
        let photo = tmp.path().join("foto.jpg");
        convert(
            &scan,
            &[
                "-background",
                "#d8d4cc",
                "-rotate",
                "7",
                "-resize",
                "70%",
                "-level",
                "8%,100%",
                "-quality",
                "80",
            ],
            &photo,
        );
        // Upside down and larger, as a flatbed scanner may give it.
        let upside = tmp.path().join("scan-upside-down.png");
        convert(&scan, &["-rotate", "180", "-resize", "130%"], &upside);
        for picture in [&photo, &upside] {
            let again = recovery_key_from_image(picture).unwrap();
            assert_eq!(again.expose_secret(), key.expose_secret(), "{picture:?}");
        }

        // Another vault's kit: a real key, but not this vault's.
        let other = unlocked_app(&tmp.path().join("other"));
        let other_kit = tmp.path().join("other-kit.pdf");
        other
            .emergency_kit(other_kit.to_str().unwrap(), true)
            .unwrap();
        let other_scan = tmp.path().join("other-scan.png");
        render(&other_kit, 150, &other_scan);

        app.lock(LockReason::Asked).unwrap();
        let err = recover_from(&app, &other_scan).unwrap_err();
        assert_eq!(err.code, ErrorCode::VaultWrongRecoveryKey);
        assert_eq!(app.vault_status(None).unwrap().state, VaultState::Locked);

        let status = recover_from(&app, &photo).unwrap();
        assert_eq!(status.state, VaultState::Unlocked);
        app.lock(LockReason::Asked).unwrap();
        app.unlock(Passphrase::from(NEW.to_owned()), false).unwrap();
    }

    /// A picture without a QR code (the kit printed without a secret key), and one whose
    /// QR code is something else: each says so, names the file, and changes nothing.
    #[test]
    fn a_photo_without_the_key_code_says_what_is_wrong() {
        if !waarborg_testkit::require_tools(&["pdftoppm", "convert"]) {
            return;
        }
        let tmp = tempfile::tempdir().unwrap();
        let app = unlocked_app(tmp.path());
        let plain = tmp.path().join("kit-without-key.pdf");
        app.emergency_kit(plain.to_str().unwrap(), false).unwrap();
        let no_code = tmp.path().join("kit-without-key.png");
        render(&plain, 150, &no_code);
        let blurred = tmp.path().join("blurred.jpg");
        convert(&no_code, &["-blur", "0x3"], &blurred);

        // A kit whose code holds a web address instead of a key.
        let keys = vec![];
        let other = waarborg_documents::emergency_kit_pdf(&waarborg_documents::EmergencyKit {
            language: waarborg_contract::Language::En,
            vault_id: "3f1c9d2e-8b7a-4c5d-9e6f-0a1b2c3d4e5f",
            vault_dir: "/tmp",
            made_on: chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
            recovery_keys: &keys,
            new_key: Some(("age1", "https://example.invalid/not-a-key")),
        })
        .unwrap();
        let other_pdf = tmp.path().join("link.pdf");
        std::fs::write(&other_pdf, other).unwrap();
        let link = tmp.path().join("link.png");
        render(&other_pdf, 150, &link);

        app.lock(LockReason::Asked).unwrap();
        let before =
            std::fs::read(tmp.path().join("vault").join("keys").join("identity.age")).unwrap();
        for (picture, code) in [
            (&no_code, ErrorCode::VaultKeyImageNoQrCode),
            (&blurred, ErrorCode::VaultKeyImageNoQrCode),
            (&link, ErrorCode::VaultKeyImageNotAKey),
        ] {
            let err = recover_from(&app, picture).unwrap_err();
            assert_eq!(err.code, code, "{picture:?}: {}", err.message);
            let name = picture.file_name().unwrap().to_str().unwrap();
            assert!(err.message.contains(name), "{}", err.message);
        }
        assert_eq!(
            std::fs::read(tmp.path().join("vault").join("keys").join("identity.age")).unwrap(),
            before
        );
        assert_eq!(app.vault_status(None).unwrap().state, VaultState::Locked);
        // Said in the parent's language.
        let m = waarborg_i18n::Messages::new(waarborg_contract::Language::Nl);
        assert!(
            m.get("error-vault-key-image-no-qr-code")
                .contains("goed licht")
        );
    }

    #[test]
    fn grey_keeps_rgb_alpha_and_sixteen_bit_pictures_in_tone() {
        // Black, white, and a transparent pixel (paper).
        let rgba = [0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0];
        assert_eq!(to_grey(&rgba, ColorType::Rgba8, 3).unwrap(), [0, 255, 255]);
        let l16: Vec<u8> = [0_u16, u16::MAX]
            .iter()
            .flat_map(|v| v.to_ne_bytes())
            .collect();
        assert_eq!(to_grey(&l16, ColorType::L16, 2).unwrap(), [0, 255]);
        assert!(to_grey(&[0; 4], ColorType::Rgb8, 2).is_none(), "too short");
    }
}
