//! The labels of the evidence index, the case timeline and the police sheet: Fluent
//! `doc-…` messages of `waarborg-i18n`, printed Dutch and English together whatever the
//! app's language (the documents are read by Dutch officials and shown abroad).

use std::sync::LazyLock;

use waarborg_contract::Language;
use waarborg_i18n::{FluentValue, Messages};

use crate::layout::{Canvas, Style};

/// Both languages' messages, parsed once: they are constant, like the embedded font.
static MESSAGES: LazyLock<[Messages; 2]> =
    LazyLock::new(|| [Messages::new(Language::Nl), Messages::new(Language::En)]);

/// A document label: the id of a `doc-…` message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label<'a>(pub &'a str);

impl Label<'_> {
    pub fn nl(self) -> String {
        self.in_language(0)
    }

    pub fn en(self) -> String {
        self.in_language(1)
    }

    fn in_language(self, index: usize) -> String {
        // A missing message would print its id; every test that renders catches it.
        debug_assert!(MESSAGES[index].has(self.0), "no message {}", self.0);
        MESSAGES[index].get(self.0)
    }

    /// "Dutch / English".
    pub fn joined(self) -> String {
        self.joined_by(" / ")
    }

    /// Dutch and English with `separator` between them.
    pub fn joined_by(self, separator: &str) -> String {
        format!("{}{separator}{}", self.nl(), self.en())
    }

    /// "Dutch / English", or the text once where both languages write it the same
    /// ("E-mail").
    pub fn pair(self) -> String {
        let (nl, en) = (self.nl(), self.en());
        if nl == en { nl } else { format!("{nl} / {en}") }
    }

    /// A paragraph in Dutch in `style`, then (`between` points lower) the English in
    /// gray.
    pub fn paragraphs(self, canvas: &mut Canvas, style: Style, between: f32) {
        canvas.paragraph(&self.nl(), style, 0.0);
        canvas.gap(between);
        canvas.paragraph(&self.en(), style.gray(0.3), 0.0);
    }

    /// Dutch and English with arguments, joined by `separator`.
    pub fn format(self, args: &[(&str, FluentValue<'_>)], separator: &str) -> String {
        debug_assert!(MESSAGES[0].has(self.0), "no message {}", self.0);
        format!(
            "{}{separator}{}",
            MESSAGES[0].format(self.0, args),
            MESSAGES[1].format(self.0, args)
        )
    }
}

/// "(Dutch / English)" after text in a right-to-left script, which prints unshaped.
pub(crate) fn right_to_left_warning() -> String {
    format!("({})", Label("doc-right-to-left").joined())
}

/// The kind of a person's identity document, as the police sheet names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SheetDocumentKind {
    Passport,
    IdentityCard,
    ResidencePermit,
    Other,
}

/// The bilingual name of a document kind for [`SheetDocument::kind`](crate::SheetDocument),
/// e.g. "Paspoort / Passport", from the `doc-document-…` messages.
pub fn document_kind_label(kind: SheetDocumentKind) -> String {
    let id = match kind {
        SheetDocumentKind::Passport => "doc-document-passport",
        SheetDocumentKind::IdentityCard => "doc-document-id-card",
        SheetDocumentKind::ResidencePermit => "doc-document-residence-permit",
        SheetDocumentKind::Other => "doc-document-other",
    };
    Label(id).joined()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_kinds_have_bilingual_names() {
        use SheetDocumentKind::*;
        let names = [Passport, IdentityCard, ResidencePermit, Other].map(document_kind_label);
        assert_eq!(
            names,
            [
                "Paspoort / Passport",
                "Identiteitskaart / Identity card",
                "Verblijfsvergunning / Residence permit",
                "Ander document / Other document",
            ]
        );
    }

    #[test]
    fn the_fixed_texts_are_the_messages() {
        assert_eq!(
            Label("doc-not-filled-in").joined(),
            crate::police_pdf::NOT_FILLED_IN
        );
        assert_eq!(
            right_to_left_warning(),
            "(schrift van rechts naar links, mogelijk onjuist weergegeven / \
             right-to-left script, may print incorrectly)"
        );
        let files = |n: u32| Label("doc-index-files").format(&[("count", n.into())], " / ");
        assert_eq!(files(1), "bestand / item");
        assert_eq!(files(0), "bestanden / items");
        assert_eq!(files(2), "bestanden / items");
        assert_eq!(Label("doc-police-email").pair(), "E-mail");
    }
}
