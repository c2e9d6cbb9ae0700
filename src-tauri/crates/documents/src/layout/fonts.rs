//! The embedded fonts (DejaVu Sans, regular and bold), parsed once, and what they can
//! print: text the PDF cannot show as typed is found or replaced, never dropped.

use std::sync::OnceLock;

use printpdf::ParsedFont;

use crate::error::RenderError;

const REGULAR_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

pub(super) struct Fonts {
    pub(super) regular: ParsedFont,
    pub(super) bold: ParsedFont,
}

/// The fonts are parsed once per process; parsing is the slowest part of a render.
pub(super) fn fonts() -> Result<&'static Fonts, RenderError> {
    static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let regular = ParsedFont::from_bytes(REGULAR_TTF, 0, &mut Vec::new())?;
            let bold = ParsedFont::from_bytes(BOLD_TTF, 0, &mut Vec::new())?;
            Some(Fonts { regular, bold })
        })
        .as_ref()
        .ok_or(RenderError::Font("DejaVu Sans did not parse"))
}

/// Paths (as in [`crate::FieldError`]) of every string in `value` that holds a
/// character the PDF cannot print as typed: one the embedded fonts lack, a control
/// character, or a right-to-left script (printpdf neither shapes nor reorders those).
pub(crate) fn unprintable_fields(value: &serde_json::Value) -> Vec<String> {
    let Ok(fonts) = fonts() else {
        return Vec::new();
    };
    let printable = |c: char| {
        if matches!(c, '\n' | '\t' | '\r') {
            return true;
        }
        !is_right_to_left(c) && has_glyph(fonts, c)
    };
    let mut found = Vec::new();
    walk(value, String::new(), &mut |path, text| {
        if !text.chars().all(printable) {
            found.push(path);
        }
    });
    found
}

/// Whether `c` belongs to a right-to-left script (Hebrew, Arabic, Syriac, Thaana, …),
/// which printpdf neither shapes nor reorders.
pub(crate) fn is_right_to_left(c: char) -> bool {
    matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Whether both embedded fonts can draw `c` (control characters never).
fn has_glyph(fonts: &Fonts, c: char) -> bool {
    !c.is_control()
        && [&fonts.regular, &fonts.bold]
            .iter()
            .all(|f| f.lookup_glyph_index(u32::from(c)).is_some_and(|g| g != 0))
}

/// `text` with every character the fonts cannot draw (or a control character other
/// than a newline) replaced by `?`, so nothing silently disappears from the page.
pub(crate) fn drawable(text: &str) -> String {
    let Ok(fonts) = fonts() else {
        return text.to_owned();
    };
    text.chars()
        .map(|c| {
            if c == '\n' || has_glyph(fonts, c) {
                c
            } else if c.is_whitespace() {
                ' '
            } else {
                '?'
            }
        })
        .collect()
}

fn walk(value: &serde_json::Value, path: String, visit: &mut impl FnMut(String, &str)) {
    match value {
        serde_json::Value::String(text) => visit(path, text),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, format!("{path}[{i}]"), visit);
            }
        }
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                walk(item, path, visit);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undrawable_characters_become_question_marks() {
        assert_eq!(drawable("İpek Şahin"), "İpek Şahin");
        assert_eq!(drawable("a\u{7}b\tc"), "a?b c");
        assert_eq!(drawable("王"), "?");
    }
}
