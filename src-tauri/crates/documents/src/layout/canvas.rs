//! The document and its pages: the running header, the drawing primitives (text, boxes,
//! lines) and, at the end, the footers and the serialized PDF.

use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem,
};

use super::fonts::{Fonts, fonts};
use super::{
    BOTTOM, CELL_PAD, CONTENT_WIDTH, LABEL, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH, Style, TOP,
};
use crate::error::RenderError;

/// A document being laid out, page by page.
pub(crate) struct Canvas {
    pub(super) fonts: &'static Fonts,
    pub(super) doc: PdfDocument,
    pub(super) regular_id: FontId,
    pub(super) bold_id: FontId,
    pub(super) pages: Vec<Vec<Op>>,
    /// Baseline budget: the y (from the bottom, in pt) where the next item starts.
    pub(super) y: f32,
    pub(super) running_header: String,
    /// A section heading waiting to be placed together with what follows it, and the
    /// gap asked for after it.
    pub(super) pending_heading: Option<(String, f32)>,
    /// The custody-log head (`SEQ:HASH`) printed on every page, as text and QR code.
    log_anchor: Option<String>,
    qr: Option<qrcode::QrCode>,
}

/// The QR code's side on the page (about 16 mm: a phone reads it from a printout).
const QR_SIDE: f32 = 44.0;
/// From the page's bottom edge to the QR code: above the 4–5 mm most printers cannot
/// print, and below the content (which ends at `BOTTOM`).
const QR_BOTTOM: f32 = 13.0;

impl Canvas {
    pub fn new(title: &str, running_header: &str) -> Result<Self, RenderError> {
        let fonts = fonts()?;
        let mut doc = PdfDocument::new(title);
        let regular_id = doc.add_font(&fonts.regular);
        let bold_id = doc.add_font(&fonts.bold);
        let now = printpdf::DateTime::now_utc();
        let info = &mut doc.metadata.info;
        info.author = "Waarborg".to_owned();
        info.creator = "Waarborg".to_owned();
        info.producer = "Waarborg (printpdf)".to_owned();
        info.creation_date = now;
        info.modification_date = now;
        info.metadata_date = now;
        let mut canvas = Self {
            fonts,
            doc,
            regular_id,
            bold_id,
            pages: Vec::new(),
            y: TOP,
            running_header: running_header.to_owned(),
            pending_heading: None,
            log_anchor: None,
            qr: None,
        };
        canvas.new_page();
        Ok(canvas)
    }

    /// Starts a new page with the running header.
    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
        let header = self.running_header.clone();
        let style = Style::regular(7.0).gray(0.4);
        let lines = self.wrap(&header, style, CONTENT_WIDTH);
        let mut y = PAGE_HEIGHT - 28.0;
        for line in lines.iter().take(2) {
            self.text(MARGIN_X, y, line, style);
            y -= style.line_height();
        }
        self.hline(MARGIN_X, PAGE_WIDTH - MARGIN_X, y + 2.0, 0.5, 0.6);
    }

    /// Room left on this page above the bottom margin.
    pub fn room(&self) -> f32 {
        self.y - BOTTOM
    }

    /// Moves to a new page unless `height` still fits on this one.
    /// A pending section heading is placed first, on the same page as `height`.
    pub fn ensure(&mut self, height: f32) {
        self.flush_heading(height);
        if height > self.room() && self.y < TOP {
            self.new_page();
        }
    }

    pub fn gap(&mut self, height: f32) {
        match &mut self.pending_heading {
            Some((_, after)) => *after += height,
            None => self.y -= height,
        }
    }

    /// The number of pages so far.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    pub(super) fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Draws one line of text with its baseline at `y`.
    pub fn text(&mut self, x: f32, y: f32, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        let font = if style.bold {
            self.bold_id.clone()
        } else {
            self.regular_id.clone()
        };
        let ops = self.ops();
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFillColor {
            col: gray(style.gray),
        });
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font),
            size: Pt(style.size),
        });
        ops.push(Op::SetTextCursor {
            pos: Point { x: Pt(x), y: Pt(y) },
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_owned())],
        });
        ops.push(Op::EndTextSection);
    }

    pub fn rect(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        stroke: Option<f32>,
        fill: Option<f32>,
    ) {
        let mode = match (stroke, fill) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (None, Some(_)) => PaintMode::Fill,
            _ => PaintMode::Stroke,
        };
        let ops = self.ops();
        ops.push(Op::SaveGraphicsState);
        if let Some(fill) = fill {
            ops.push(Op::SetFillColor { col: gray(fill) });
        }
        ops.push(Op::SetOutlineColor {
            col: gray(stroke.unwrap_or(0.0)),
        });
        ops.push(Op::SetOutlineThickness { pt: Pt(0.6) });
        ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(y),
                width: Pt(width),
                height: Pt(height),
                mode: Some(mode),
                winding_order: None,
            },
        });
        ops.push(Op::RestoreGraphicsState);
    }

    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), thickness: f32, shade: f32) {
        let ops = self.ops();
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::SetOutlineColor { col: gray(shade) });
        ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
        ops.push(Op::DrawLine {
            line: Line {
                points: vec![point(from), point(to)],
                is_closed: false,
            },
        });
        ops.push(Op::RestoreGraphicsState);
    }

    pub fn hline(&mut self, x1: f32, x2: f32, y: f32, thickness: f32, shade: f32) {
        self.line((x1, y), (x2, y), thickness, shade);
    }

    /// A box of `height` with a caption, for a signature or a stamp.
    pub fn signature_box(&mut self, x: f32, width: f32, top: f32, height: f32, caption: &str) {
        self.rect(x, top - height, width, height, Some(0.45), None);
        let lines = self.wrap(caption, LABEL, width - 2.0 * CELL_PAD);
        let mut y = top - CELL_PAD;
        for line in &lines {
            y -= LABEL.line_height();
            self.text(
                x + CELL_PAD,
                y + LABEL.line_height() - LABEL.size,
                line,
                LABEL,
            );
        }
    }

    /// The current position; places a pending heading first.
    pub fn y(&mut self) -> f32 {
        self.flush_heading(0.0);
        self.y
    }

    pub fn set_y(&mut self, y: f32) {
        self.y = y;
    }

    /// Prints the custody-log head on every page's footer: `label` and the anchor as
    /// text, and the anchor alone (`SEQ:HASH`, what `waarborg verify --anchor` takes)
    /// as a QR code at the bottom right.
    pub fn mark_log_anchor(&mut self, label: &str, anchor: &str) {
        self.log_anchor = Some(format!("{label}: {anchor}"));
        self.qr = qrcode::QrCode::with_error_correction_level(anchor, qrcode::EcLevel::L).ok();
    }

    /// A QR code of `text`, `side` points square, its lower left corner at `(x, y)`, in
    /// the page's content (not the footer). Returns false (nothing drawn) when `text` is
    /// too long for a QR code.
    pub fn qr_code(&mut self, text: &str, x: f32, y: f32, side: f32) -> bool {
        let Ok(code) = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M) else {
            return false;
        };
        let footer_code = self.qr.replace(code);
        self.draw_qr_sized(x, y, side);
        self.qr = footer_code;
        true
    }

    /// Adds the footers and serializes the document (fonts subset and embedded).
    /// `footer(page, pages)` gives the page-number text; `note` is printed on every page.
    pub fn finish(mut self, note: &str, footer: impl Fn(usize, usize) -> String) -> Vec<u8> {
        let note_style = Style::regular(6.5).gray(0.4);
        let pages = std::mem::take(&mut self.pages);
        let count = pages.len();
        let mut finished = Vec::with_capacity(count);
        // With a log anchor the QR code takes the right end of the footer, and the
        // footer starts higher to leave a line for the anchor above the printer's margin.
        let (right, rule_y) = match &self.qr {
            Some(_) => (PAGE_WIDTH - MARGIN_X - QR_SIDE - 8.0, 51.0),
            None => (PAGE_WIDTH - MARGIN_X, 44.0),
        };
        for (index, mut ops) in pages.into_iter().enumerate() {
            // Draw the footer onto a scratch page, then append it to this page.
            self.pages = vec![Vec::new()];
            let number = footer(index + 1, count);
            let number_width = self.text_width(&number, note_style);
            let note_lines = self.wrap(note, note_style, right - MARGIN_X - number_width - 12.0);
            self.hline(MARGIN_X, right, rule_y, 0.5, 0.6);
            let top_line = rule_y - 9.0;
            let mut y = top_line;
            for line in note_lines.iter().take(3) {
                self.text(MARGIN_X, y, line, note_style);
                y -= note_style.line_height();
            }
            if let Some(anchor) = self.log_anchor.clone() {
                self.text(MARGIN_X, y, &anchor, note_style.gray(0.2));
            }
            self.text(right - number_width, top_line, &number, note_style);
            self.draw_qr(PAGE_WIDTH - MARGIN_X - QR_SIDE, QR_BOTTOM);
            ops.append(&mut self.pages[0]);
            finished.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
        }
        let mut bytes = self
            .doc
            .with_pages(finished)
            .save(&PdfSaveOptions::default(), &mut Vec::new());
        blank_empty_pdfx_version(&mut bytes);
        bytes
    }
}

impl Canvas {
    /// The log anchor's QR code, `QR_SIDE` square with its lower left corner at `(x, y)`:
    /// one filled rectangle per run of dark modules in a row. The white page around it
    /// is the quiet zone.
    fn draw_qr(&mut self, x: f32, y: f32) {
        self.draw_qr_sized(x, y, QR_SIDE);
    }

    /// The QR code in `self.qr`, `side` points square.
    fn draw_qr_sized(&mut self, x: f32, y: f32, side: f32) {
        let Some(code) = &self.qr else { return };
        let width = code.width();
        let module = side / width as f32;
        let colors = code.to_colors();
        let mut rects = Vec::new();
        for (row, line) in colors.chunks(width).enumerate() {
            let mut column = 0;
            while column < width {
                if line[column] != qrcode::Color::Dark {
                    column += 1;
                    continue;
                }
                let start = column;
                while column < width && line[column] == qrcode::Color::Dark {
                    column += 1;
                }
                rects.push(Rect {
                    x: Pt(x + start as f32 * module),
                    // Rows run top to bottom; PDF y runs bottom to top. The small
                    // overlap closes hairline seams between rows when rendered.
                    y: Pt(y + side - (row + 1) as f32 * module - 0.05),
                    width: Pt((column - start) as f32 * module),
                    height: Pt(module + 0.1),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                });
            }
        }
        let ops = self.ops();
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::SetFillColor { col: gray(0.0) });
        ops.extend(
            rects
                .into_iter()
                .map(|rectangle| Op::DrawRectangle { rectangle }),
        );
        ops.push(Op::RestoreGraphicsState);
    }
}

/// printpdf always writes a `/GTS_PDFXVersion` key into the document information,
/// empty when no standard was chosen; readers such as `pdfinfo` then report the file as
/// PDF/X, which it is not. Overwriting the empty key with spaces of the same length
/// keeps every byte offset (and so the cross-reference table) valid.
fn blank_empty_pdfx_version(bytes: &mut [u8]) {
    const KEY: &[u8] = b"/GTS_PDFXVersion()";
    if let Some(at) = bytes.windows(KEY.len()).position(|w| w == KEY) {
        bytes[at..at + KEY.len()].fill(b' ');
    }
}

fn gray(level: f32) -> Color {
    Color::Rgb(Rgb {
        r: level,
        g: level,
        b: level,
        icc_profile: None,
    })
}

fn point((x, y): (f32, f32)) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_empty_pdfx_version_key_is_blanked_in_place() {
        let mut bytes = b"<</Trapped/False/GTS_PDFXVersion()/Title(x)>>".to_vec();
        let len = bytes.len();
        blank_empty_pdfx_version(&mut bytes);
        assert_eq!(bytes.len(), len);
        assert!(!bytes.windows(4).any(|w| w == b"GTS_"));
    }
}
