//! A small flow-layout engine on top of printpdf's drawing operations.
//!
//! printpdf draws glyphs where it is told and does not wrap, so this module measures
//! text with the embedded font's advance widths, wraps it to the width of its box,
//! and moves to a new page when the next line would cross the bottom margin. Boxes
//! that are taller than the room left on a page continue on the next one. Every page
//! gets a running header and a footer with "page n of m".
//!
//! - [`fonts`]: the embedded fonts, and what they can print;
//! - [`canvas`]: the document and its pages, drawing primitives, footers;
//! - [`flow`]: measuring and wrapping text, headings, paragraphs, rows of boxes;
//! - [`images`]: JPEGs embedded as they are.

mod canvas;
mod flow;
mod fonts;
mod images;

pub(crate) use canvas::Canvas;
pub(crate) use flow::Cell;
pub(crate) use fonts::{drawable, is_right_to_left, unprintable_fields};

/// A4 in points.
pub(crate) const PAGE_WIDTH: f32 = 595.28;
pub(crate) const PAGE_HEIGHT: f32 = 841.89;
pub(crate) const MARGIN_X: f32 = 42.5;
const TOP: f32 = PAGE_HEIGHT - 48.0;
const BOTTOM: f32 = 58.0;
pub(crate) const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
const CELL_PAD: f32 = 3.5;

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

pub(crate) const LABEL: Style = Style::regular(6.8).gray(0.35);
pub(crate) const VALUE: Style = Style::regular(9.5);
pub(crate) const BODY: Style = Style::regular(9.0);
