//! A small flow-layout engine on top of printpdf's drawing operations.
//!
//! printpdf draws glyphs where it is told and does not wrap, so this module measures
//! text with the embedded font's advance widths, wraps it to the width of its box,
//! and moves to a new page when the next line would cross the bottom margin. Boxes
//! that are taller than the room left on a page continue on the next one. Every page
//! gets a running header and a footer with "page n of m".

use std::sync::OnceLock;

use printpdf::{
    Color, CurTransMat, DictItem, ExternalStream, ExternalXObject, FontId, Line, LinePoint, Mm, Op,
    PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect,
    Rgb, TextItem, XObjectTransform,
};

use crate::error::RenderError;

const REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// A4 in points.
pub(crate) const PAGE_WIDTH: f32 = 595.28;
pub(crate) const PAGE_HEIGHT: f32 = 841.89;
pub(crate) const MARGIN_X: f32 = 42.5;
const TOP: f32 = PAGE_HEIGHT - 48.0;
const BOTTOM: f32 = 58.0;
pub(crate) const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
const CELL_PAD: f32 = 3.5;

struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
}

/// The fonts are parsed once per process; parsing is the slowest part of a render.
fn fonts() -> Result<&'static Fonts, RenderError> {
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

/// How a run of text looks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    pub bold: bool,
    pub size: f32,
    /// 0.0 is black, 1.0 white.
    pub gray: f32,
}

impl Style {
    pub const fn regular(size: f32) -> Self {
        Self {
            bold: false,
            size,
            gray: 0.0,
        }
    }
    pub const fn bold(size: f32) -> Self {
        Self {
            bold: true,
            size,
            gray: 0.0,
        }
    }
    pub const fn gray(self, gray: f32) -> Self {
        Self { gray, ..self }
    }
    pub fn line_height(self) -> f32 {
        self.size * 1.28
    }
}

/// One box of a field row: a small label above a wrapped value.
#[derive(Debug, Clone)]
pub(crate) struct Cell {
    pub label: String,
    pub value: String,
    /// Share of the row's width; the shares of a row add up to 1 (or less, to leave
    /// room at the right, e.g. for a photo).
    pub share: f32,
    /// How the value is printed ([`VALUE`] unless changed).
    pub value_style: Style,
}

impl Cell {
    pub fn new(label: impl Into<String>, value: impl Into<String>, share: f32) -> Self {
        Self {
            label: label.into(),
            value: value.into(),
            share,
            value_style: VALUE,
        }
    }

    pub fn styled(self, value_style: Style) -> Self {
        Self {
            value_style,
            ..self
        }
    }
}

pub(crate) const LABEL: Style = Style::regular(6.8).gray(0.35);
pub(crate) const VALUE: Style = Style::regular(9.5);
pub(crate) const BODY: Style = Style::regular(9.0);

/// A document being laid out, page by page.
pub(crate) struct Canvas {
    fonts: &'static Fonts,
    doc: PdfDocument,
    regular_id: FontId,
    bold_id: FontId,
    pages: Vec<Vec<Op>>,
    /// Baseline budget: the y (from the bottom, in pt) where the next item starts.
    y: f32,
    running_header: String,
    /// A section heading waiting to be placed together with what follows it, and the
    /// gap asked for after it.
    pending_heading: Option<(String, f32)>,
}

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

    /// Draws the pending section heading, moving to a new page first unless the
    /// heading and `next` points of content fit here: a heading never ends a page.
    fn flush_heading(&mut self, next: f32) {
        let Some((text, after)) = self.pending_heading.take() else {
            return;
        };
        let style = Style::bold(10.0);
        let lines = self.wrap(&text, style, CONTENT_WIDTH - 8.0);
        let height = lines.len() as f32 * style.line_height() + 6.0;
        self.y -= 6.0;
        if height + after + next > self.room() && self.y < TOP - 6.0 {
            self.new_page();
        }
        self.rect(
            MARGIN_X,
            self.y - height,
            CONTENT_WIDTH,
            height,
            None,
            Some(0.88),
        );
        let mut y = self.y - 3.0 - style.size;
        for line in &lines {
            self.text(MARGIN_X + 4.0, y, line, style);
            y -= style.line_height();
        }
        self.y -= height + after;
    }

    // ---- measuring and wrapping ---------------------------------------------------

    fn font(&self, bold: bool) -> &ParsedFont {
        if bold {
            &self.fonts.bold
        } else {
            &self.fonts.regular
        }
    }

    pub fn text_width(&self, text: &str, style: Style) -> f32 {
        let font = self.font(style.bold);
        let units_per_em = f32::from(font.font_metrics.units_per_em.max(1));
        let units: u32 = text
            .chars()
            .map(|c| {
                let glyph = font.lookup_glyph_index(u32::from(c)).unwrap_or(0);
                u32::from(font.get_horizontal_advance(glyph))
            })
            .sum();
        units as f32 / units_per_em * style.size
    }

    /// Wraps `text` into lines no wider than `width`. Explicit newlines are kept;
    /// a word longer than a whole line is broken between characters.
    pub fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            // Only ordinary spaces break a line: a no-break space (as in "€\u{a0}500") holds.
            for word in paragraph.split([' ', '\t', '\r']).filter(|w| !w.is_empty()) {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.text_width(&candidate, style) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if self.text_width(word, style) <= width {
                    line = word.to_owned();
                } else {
                    for c in word.chars() {
                        let mut longer = line.clone();
                        longer.push(c);
                        if self.text_width(&longer, style) > width && !line.is_empty() {
                            lines.push(std::mem::replace(&mut line, c.to_string()));
                        } else {
                            line = longer;
                        }
                    }
                }
            }
            lines.push(line);
        }
        lines
    }

    // ---- drawing primitives -------------------------------------------------------

    fn ops(&mut self) -> &mut Vec<Op> {
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

    // ---- flow elements --------------------------------------------------------------

    /// The document title, in as many lines as it needs.
    pub fn title(&mut self, text: &str, style: Style) {
        for line in self.wrap(text, style, CONTENT_WIDTH) {
            self.ensure(style.line_height());
            self.y -= style.size;
            self.text(MARGIN_X, self.y, &line, style);
            self.y -= style.line_height() - style.size;
        }
    }

    /// A section heading: a shaded bar, placed when the next content is, on the same
    /// page as at least `keep_with` points of it.
    pub fn section(&mut self, text: &str, keep_with: f32) {
        self.flush_heading(0.0);
        self.pending_heading = Some((text.to_owned(), 0.0));
        // Reserve room for the start of the content without drawing anything yet.
        self.flush_heading_if_short(keep_with);
    }

    /// Moves the pending heading to a new page now if `keep_with` would not fit below it.
    fn flush_heading_if_short(&mut self, keep_with: f32) {
        if let Some((text, _)) = &self.pending_heading {
            let style = Style::bold(10.0);
            let lines = self.wrap(text, style, CONTENT_WIDTH - 8.0).len();
            let height = lines as f32 * style.line_height() + 12.0;
            if height + keep_with > self.room() && self.y < TOP {
                self.new_page();
            }
        }
    }

    /// Wrapped running text over the full width (or indented), breaking across pages
    /// between lines.
    pub fn paragraph(&mut self, text: &str, style: Style, indent: f32) {
        let width = CONTENT_WIDTH - indent;
        for line in self.wrap(text, style, width) {
            self.ensure(style.line_height());
            self.y -= style.line_height();
            self.text(
                MARGIN_X + indent,
                self.y + style.line_height() - style.size,
                &line,
                style,
            );
        }
    }

    /// A row of labelled boxes. A row that does not fit moves to the next page; a row
    /// taller than a whole page is split between lines and continues there.
    pub fn row(&mut self, cells: &[Cell]) {
        let mut x = MARGIN_X;
        let mut columns = Vec::new();
        for cell in cells {
            let width = CONTENT_WIDTH * cell.share;
            let inner = width - 2.0 * CELL_PAD;
            let lines: Vec<(String, Style)> = self
                .wrap(&cell.label, LABEL, inner)
                .into_iter()
                .map(|l| (l, LABEL))
                .collect();
            columns.push((
                x,
                width,
                lines,
                cell.value.as_str(),
                inner,
                cell.value_style,
            ));
            x += width;
        }
        // Values start on the same line in every box of the row.
        let label_lines = columns.iter().map(|c| c.2.len()).max().unwrap_or(0);
        let columns: Vec<(f32, f32, Lines)> = columns
            .into_iter()
            .map(|(x, width, mut lines, value, inner, style)| {
                lines.resize(label_lines, (String::new(), LABEL));
                let value_lines = self.wrap(value, style, inner);
                lines.extend(value_lines.into_iter().map(|l| (l, style)));
                (x, width, lines)
            })
            .collect();
        let height_of = |lines: &[(String, Style)]| -> f32 {
            lines.iter().map(|(_, s)| s.line_height()).sum::<f32>() + 2.0 * CELL_PAD
        };
        // Empty values still get room to write by hand.
        let min_height = LABEL.line_height() + VALUE.line_height() * 1.4 + 2.0 * CELL_PAD;
        let total = columns
            .iter()
            .map(|(_, _, lines)| height_of(lines))
            .fold(min_height, f32::max);
        let first_chunk = if total <= TOP - BOTTOM {
            total
        } else {
            LABEL.line_height() + VALUE.line_height() + 2.0 * CELL_PAD
        };
        self.flush_heading(first_chunk);
        if total > self.room() && total <= TOP - BOTTOM {
            self.new_page();
        }
        let mut next: Vec<usize> = vec![0; columns.len()];
        loop {
            let room = self.room();
            if room < LABEL.line_height() + VALUE.line_height() + 2.0 * CELL_PAD {
                self.new_page();
                continue;
            }
            // Lines of each column that fit in the room left.
            let mut takes = Vec::new();
            let mut segment = 0.0_f32;
            for ((_, _, lines), &start) in columns.iter().zip(&next) {
                let mut used = 2.0 * CELL_PAD;
                let mut end = start;
                while end < lines.len() && used + lines[end].1.line_height() <= room {
                    used += lines[end].1.line_height();
                    end += 1;
                }
                segment = segment.max(used);
                takes.push(end);
            }
            let finished = columns
                .iter()
                .zip(&takes)
                .all(|((_, _, lines), &end)| end >= lines.len());
            if finished {
                segment = segment.max(min_height.min(room));
            }
            let top = self.y;
            for (((x, width, lines), &start), &end) in columns.iter().zip(&next).zip(&takes) {
                self.rect(*x, top - segment, *width, segment, Some(0.45), None);
                let mut y = top - CELL_PAD;
                for (line, style) in &lines[start..end] {
                    y -= style.line_height();
                    self.text(
                        x + CELL_PAD,
                        y + style.line_height() - style.size,
                        line,
                        *style,
                    );
                }
            }
            self.y -= segment;
            if finished {
                break;
            }
            next = takes;
            self.new_page();
        }
    }

    /// A square tick box followed by wrapped texts (e.g. Dutch, then English in gray).
    pub fn checkbox(&mut self, checked: bool, texts: &[(&str, Style)], indent: f32) {
        let size = 8.0;
        let text_x = MARGIN_X + indent + size + 6.0;
        let mut lines = Vec::new();
        for (text, style) in texts {
            for line in self.wrap(text, *style, PAGE_WIDTH - MARGIN_X - text_x) {
                lines.push((line, *style));
            }
        }
        let height = lines.iter().map(|(_, s)| s.line_height()).sum::<f32>() + 3.0;
        self.ensure(height);
        let top = self.y - 2.0;
        let box_y = top - size - 1.0;
        self.rect(MARGIN_X + indent, box_y, size, size, Some(0.0), None);
        if checked {
            let (x0, y0) = (MARGIN_X + indent + 1.5, box_y + 1.5);
            let d = size - 3.0;
            self.line((x0, y0), (x0 + d, y0 + d), 1.0, 0.0);
            self.line((x0, y0 + d), (x0 + d, y0), 1.0, 0.0);
        }
        let mut y = top;
        for (line, style) in &lines {
            y -= style.line_height();
            self.text(text_x, y + style.line_height() - style.size, line, *style);
        }
        self.y -= height;
    }

    /// Draws a JPEG, fitted (aspect kept) and centred in the box whose lower-left
    /// corner is (`x`, `y`). The compressed bytes are embedded as they are (the PDF
    /// reader decodes them), so nothing is re-encoded. Returns `false`, drawing
    /// nothing, when the bytes are not a JPEG whose size and colours can be read.
    pub fn jpeg(&mut self, bytes: &[u8], x: f32, y: f32, width: f32, height: f32) -> bool {
        let Some(info) = jpeg_info(bytes) else {
            return false;
        };
        let color_space = match info.components {
            1 => "DeviceGray",
            3 => "DeviceRGB",
            4 => "DeviceCMYK",
            _ => return false,
        };
        let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
        let mut dict = std::collections::BTreeMap::new();
        dict.insert("Type".to_owned(), name("XObject"));
        dict.insert("Subtype".to_owned(), name("Image"));
        dict.insert("Width".to_owned(), DictItem::Int(i64::from(info.width)));
        dict.insert("Height".to_owned(), DictItem::Int(i64::from(info.height)));
        dict.insert("ColorSpace".to_owned(), name(color_space));
        dict.insert("BitsPerComponent".to_owned(), DictItem::Int(8));
        dict.insert("Filter".to_owned(), name("DCTDecode"));
        if info.components == 4 && info.adobe {
            // Adobe writes CMYK JPEGs inverted.
            let decode = [1, 0, 1, 0, 1, 0, 1, 0].map(DictItem::Int).to_vec();
            dict.insert("Decode".to_owned(), DictItem::Array(decode));
        }
        let id = self.doc.add_xobject(&ExternalXObject {
            stream: ExternalStream {
                dict,
                content: bytes.to_vec(),
                compress: false,
            },
            width: None,
            height: None,
            dpi: None,
        });
        let scale = (width / f32::from(info.width)).min(height / f32::from(info.height));
        let (w, h) = (
            f32::from(info.width) * scale,
            f32::from(info.height) * scale,
        );
        let (left, bottom) = (x + (width - w) / 2.0, y + (height - h) / 2.0);
        let ops = self.ops();
        ops.push(Op::SaveGraphicsState);
        ops.push(Op::SetTransformationMatrix {
            matrix: CurTransMat::Raw([w, 0.0, 0.0, h, left, bottom]),
        });
        ops.push(Op::UseXobject {
            id,
            transform: XObjectTransform {
                no_auto_scale: true,
                ..Default::default()
            },
        });
        ops.push(Op::RestoreGraphicsState);
        true
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

    /// Adds the footers and serializes the document (fonts subset and embedded).
    /// `footer(page, pages)` gives the page-number text; `note` is printed on every page.
    pub fn finish(mut self, note: &str, footer: impl Fn(usize, usize) -> String) -> Vec<u8> {
        let note_style = Style::regular(6.5).gray(0.4);
        let pages = std::mem::take(&mut self.pages);
        let count = pages.len();
        let mut finished = Vec::with_capacity(count);
        for (index, mut ops) in pages.into_iter().enumerate() {
            // Draw the footer onto a scratch page, then append it to this page.
            self.pages = vec![Vec::new()];
            let number = footer(index + 1, count);
            let number_width = self.text_width(&number, note_style);
            let note_lines = self.wrap(note, note_style, CONTENT_WIDTH - number_width - 12.0);
            self.hline(MARGIN_X, PAGE_WIDTH - MARGIN_X, 44.0, 0.5, 0.6);
            let mut y = 35.0;
            for line in note_lines.iter().take(3) {
                self.text(MARGIN_X, y, line, note_style);
                y -= note_style.line_height();
            }
            self.text(
                PAGE_WIDTH - MARGIN_X - number_width,
                35.0,
                &number,
                note_style,
            );
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

/// What a PDF needs to know about a JPEG to embed it unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct JpegInfo {
    width: u16,
    height: u16,
    components: u8,
    /// An Adobe APP14 segment (its CMYK is stored inverted).
    adobe: bool,
}

/// Reads the frame header of a JPEG (baseline or progressive): the segments are
/// walked up to the first start-of-frame marker.
fn jpeg_info(bytes: &[u8]) -> Option<JpegInfo> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut at = 2;
    let mut adobe = false;
    loop {
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        while *bytes.get(at)? == 0xFF {
            at += 1; // fill bytes
        }
        let marker = *bytes.get(at)?;
        at += 1;
        if matches!(marker, 0x01 | 0xD0..=0xD7) {
            continue; // no length
        }
        let length = usize::from(u16::from_be_bytes([*bytes.get(at)?, *bytes.get(at + 1)?]));
        if length < 2 {
            return None;
        }
        let segment = bytes.get(at + 2..at + length)?;
        match marker {
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                let info = JpegInfo {
                    height: u16::from_be_bytes([*segment.get(1)?, *segment.get(2)?]),
                    width: u16::from_be_bytes([*segment.get(3)?, *segment.get(4)?]),
                    components: *segment.get(5)?,
                    adobe,
                };
                let precision = *segment.first()?;
                return (precision == 8 && info.width > 0 && info.height > 0).then_some(info);
            }
            0xEE if segment.starts_with(b"Adobe") => adobe = true,
            0xD9 | 0xDA => return None, // end of image or scan before any frame
            _ => {}
        }
        at += length;
    }
}

/// Wrapped lines, each with its style.
type Lines = Vec<(String, Style)>;

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
    fn wrapped_lines_never_exceed_the_width_and_keep_every_character() {
        let canvas = Canvas::new("t", "h").unwrap();
        let alphabet: Vec<char> = "aW mÇğıŁłΑλέΖжЩ-/,.  0123456789€\u{a0}".chars().collect();
        // A small deterministic generator: no dependency, same cases every run.
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for case in 0..300 {
            let len = (case * 7) % 400;
            let text: String = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            let width = 30.0 + (case % 17) as f32 * 25.0;
            let lines = canvas.wrap(&text, VALUE, width);
            for line in &lines {
                assert!(
                    canvas.text_width(line, VALUE) <= width + 0.01,
                    "{line:?} wider than {width}"
                );
            }
            let strip = |s: &str| s.chars().filter(|c| *c != ' ').collect::<String>();
            assert_eq!(strip(&lines.concat()), strip(&text), "case {case}");
        }
    }

    #[test]
    fn text_is_measured_with_the_font() {
        let canvas = Canvas::new("t", "h").unwrap();
        let narrow = canvas.text_width("iiii", VALUE);
        let wide = canvas.text_width("WWWW", VALUE);
        assert!(wide > 2.0 * narrow, "{narrow} {wide}");
        assert!(
            canvas.text_width("Ł", Style::bold(10.0)) > canvas.text_width("Ł", Style::regular(9.0))
        );
    }

    #[test]
    fn jpeg_frame_headers_are_read_and_anything_else_refused() {
        // SOI, an APP0 segment, then a baseline frame header: 8 bit, 3x2 px, 3 components.
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46];
        jpeg.extend([0xFF, 0xC0, 0x00, 0x11, 8, 0x00, 0x02, 0x00, 0x03, 3]);
        jpeg.extend([0; 9]);
        let info = jpeg_info(&jpeg).unwrap();
        assert_eq!((info.width, info.height, info.components), (3, 2, 3));
        assert!(jpeg_info(b"\x89PNG\r\n").is_none());
        assert!(jpeg_info(&jpeg[..12]).is_none());
        assert!(jpeg_info(&[0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02]).is_none());
        assert!(jpeg_info(&[]).is_none());
    }

    #[test]
    fn undrawable_characters_become_question_marks() {
        assert_eq!(drawable("İpek Şahin"), "İpek Şahin");
        assert_eq!(drawable("a\u{7}b\tc"), "a?b c");
        assert_eq!(drawable("王"), "?");
    }

    #[test]
    fn the_empty_pdfx_version_key_is_blanked_in_place() {
        let mut bytes = b"<</Trapped/False/GTS_PDFXVersion()/Title(x)>>".to_vec();
        let len = bytes.len();
        blank_empty_pdfx_version(&mut bytes);
        assert_eq!(bytes.len(), len);
        assert!(!bytes.windows(4).any(|w| w == b"GTS_"));
    }
}
