//! The emergency kit: one A4 page, like a password manager's, for the parent to print
//! and put away — which vault it is, where it lives, how to open it and how to get back
//! in without the passphrase (the recovery keys). Only when the parent asks for a new
//! recovery key for the kit does the page carry a secret: the key as text and as a QR
//! code, under a plain warning about where to keep it.
//!
//! In the parent's language (`kit-…` messages), not bilingual: it is for the parent and
//! the people they trust, and one language keeps it to one page.

use chrono::NaiveDate;
use waarborg_contract::Language;
use waarborg_i18n::{FluentValue, Messages};

use crate::error::RenderError;
use crate::layout::{BODY, CONTENT_WIDTH, Canvas, Cell, MARGIN_X, Style};

/// What the kit says. The secret key is borrowed, never kept: the caller holds it as a
/// secret and drops it after writing the page.
#[derive(Debug, Clone, Copy)]
pub struct EmergencyKit<'a> {
    pub language: Language,
    /// The vault's id (`vault.json`).
    pub vault_id: &'a str,
    /// The vault's folder, as the parent chose it.
    pub vault_dir: &'a str,
    pub made_on: NaiveDate,
    /// The recovery public keys (`age1…`) the vault keeps, the kit's own included.
    pub recovery_keys: &'a [String],
    /// The kit's own recovery key, when the parent asked for one: `(public, secret)`.
    pub new_key: Option<(&'a str, &'a str)>,
}

/// The QR code of the secret key: about 45 mm, read by a phone or a webcam from paper.
const QR_SIDE: f32 = 128.0;

/// Renders the kit (one page). The bytes hold the secret key when there is one: the
/// caller writes them only where the parent chose and keeps no other copy.
pub fn emergency_kit_pdf(kit: &EmergencyKit<'_>) -> Result<Vec<u8>, RenderError> {
    let m = Messages::new(kit.language);
    let id = [("id", FluentValue::from(kit.vault_id.to_owned()))];
    let mut canvas = Canvas::new(&m.get("kit-title"), &m.format("kit-running-header", &id))?;
    canvas.title(&m.get("kit-title"), Style::bold(17.0));
    canvas.gap(2.0);
    let made = [(
        "date",
        FluentValue::from(kit.made_on.format("%d-%m-%Y").to_string()),
    )];
    canvas.paragraph(&m.format("kit-intro", &made), BODY, 0.0);
    canvas.gap(6.0);

    canvas.section(&m.get("kit-vault"), 40.0);
    canvas.row(&[
        Cell::new(m.get("kit-vault-id"), kit.vault_id, 0.42),
        Cell::new(m.get("kit-vault-dir"), kit.vault_dir, 0.58),
    ]);
    canvas.gap(6.0);

    canvas.section(&m.get("kit-unlock"), 40.0);
    canvas.paragraph(&m.get("kit-unlock-how"), BODY, 0.0);
    canvas.gap(3.0);
    canvas.row(&[Cell::new(m.get("kit-passphrase-box"), "", 1.0)]);
    canvas.gap(6.0);

    canvas.section(&m.get("kit-recover"), 60.0);
    for step in ["kit-recover-app", "kit-recover-cli", "kit-recover-age"] {
        canvas.paragraph(&m.get(step), BODY, 8.0);
        canvas.gap(2.0);
    }
    canvas.gap(4.0);

    canvas.section(&m.get("kit-public-keys"), 30.0);
    if kit.recovery_keys.is_empty() {
        canvas.paragraph(&m.get("kit-no-recovery-keys"), BODY, 0.0);
    } else {
        canvas.paragraph(&m.get("kit-public-keys-hint"), Style::regular(8.5), 0.0);
        for key in kit.recovery_keys {
            let mine = kit.new_key.is_some_and(|(public, _)| public == key);
            let line = if mine {
                format!("{key}  ({})", m.get("kit-this-key"))
            } else {
                key.clone()
            };
            canvas.paragraph(&line, Style::regular(8.5), 8.0);
        }
    }
    canvas.gap(6.0);

    match kit.new_key {
        Some((_, secret)) => secret_block(&mut canvas, &m, secret),
        None => canvas.paragraph(&m.get("kit-no-secret"), Style::bold(9.0), 0.0),
    }

    let note = m.get("kit-footer");
    Ok(canvas.finish(&note, |_, _| String::new()))
}

/// The secret key: the warning, the key as text, and its QR code beside the warning.
fn secret_block(canvas: &mut Canvas, m: &Messages, secret: &str) {
    canvas.section(&m.get("kit-secret"), QR_SIDE + 40.0);
    canvas.ensure(QR_SIDE + 30.0);
    let top = canvas.y();
    // The QR code at the left, the warning to its right.
    canvas.qr_code(secret, MARGIN_X, top - QR_SIDE, QR_SIDE);
    let text_x = MARGIN_X + QR_SIDE + 14.0;
    let width = CONTENT_WIDTH - QR_SIDE - 14.0;
    let warning = Style::bold(9.5);
    let mut y = top - warning.size;
    for paragraph in ["kit-secret-warning", "kit-secret-where", "kit-secret-never"] {
        let style = if paragraph == "kit-secret-warning" {
            warning
        } else {
            Style::regular(9.0)
        };
        for line in canvas.wrap(&m.get(paragraph), style, width) {
            canvas.text(text_x, y, &line, style);
            y -= style.line_height();
        }
        y -= 4.0;
    }
    canvas.set_y(top - QR_SIDE - 10.0);
    canvas.paragraph(
        &m.get("kit-secret-text"),
        Style::regular(8.0).gray(0.3),
        0.0,
    );
    canvas.gap(2.0);
    canvas.paragraph(secret, Style::bold(8.6), 0.0);
}
