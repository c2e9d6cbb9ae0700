//! JPEGs (photos, thumbnails) embedded as they are: only the frame header is read, so
//! nothing is decoded or re-encoded.

use printpdf::{CurTransMat, DictItem, ExternalStream, ExternalXObject, Op, XObjectTransform};

use super::Canvas;

impl Canvas {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
