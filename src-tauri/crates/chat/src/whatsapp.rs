//! WhatsApp's text export, Android and iOS, Dutch and English locales:
//!
//! ```text
//! 25-11-2026 14:05 - Anna: text              Android, nl
//! 25/11/2026, 14:05 - Anna: text             Android, en-GB
//! 11/25/26, 2:05 PM - Anna: text             Android, en-US (12-hour)
//! [25-11-2026 14:05:09] Anna: text           iOS, nl
//! [25/11/2026, 14:05:09] Anna: text          iOS, en-GB
//! [11/25/26, 2:05:09 PM] Anna: text          iOS, en-US
//! ```
//!
//! A line that is not a header continues the message before it. iOS puts U+200E
//! (left-to-right mark) before attachment and system texts; it is dropped.

use chrono::NaiveDate;

use crate::{
    AttachmentRef, ChatError, ChatSource, DateOrder, ExportFile, ParseOptions, Transcript,
};

/// A message header as read from one line, before the date order is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header<'a> {
    /// The three date numbers as written, with the digit count of the first.
    pub parts: [u32; 3],
    pub first_digits: usize,
    pub hour: u32,
    pub minute: u32,
    pub second: Option<u32>,
    pub ios: bool,
    /// After the header: `Name: text` or a system text.
    pub rest: &'a str,
}

fn strip_marks(s: &str) -> &str {
    s.trim_start_matches(['\u{200e}', '\u{200f}', '\u{feff}', '\u{202a}', '\u{202c}'])
}

struct Cursor<'a> {
    s: &'a str,
}

impl<'a> Cursor<'a> {
    fn number(&mut self, max_digits: usize) -> Option<(u32, usize)> {
        let digits = self.s.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > max_digits {
            return None;
        }
        let value = self.s[..digits].parse().ok()?;
        self.s = &self.s[digits..];
        Some((value, digits))
    }
    fn eat(&mut self, c: char) -> bool {
        match self.s.strip_prefix(c) {
            Some(rest) => {
                self.s = rest;
                true
            }
            None => false,
        }
    }
    fn eat_any(&mut self, set: &[char]) -> Option<char> {
        let c = self.s.chars().next()?;
        if set.contains(&c) {
            self.s = &self.s[c.len_utf8()..];
            Some(c)
        } else {
            None
        }
    }
    fn spaces(&mut self) -> usize {
        let before = self.s.len();
        self.s = self
            .s
            .trim_start_matches([' ', '\u{a0}', '\u{202f}', '\u{2009}']);
        before - self.s.len()
    }
}

/// Reads a header line; `None` when the line is not one (a continuation line).
pub(crate) fn parse_header(line: &str) -> Option<Header<'_>> {
    let mut c = Cursor {
        s: strip_marks(line),
    };
    let ios = c.eat('[');
    let (a, first_digits) = c.number(4)?;
    let sep = c.eat_any(&['/', '-', '.'])?;
    let (b, _) = c.number(2)?;
    if !c.eat(sep) {
        return None;
    }
    let (y, third_digits) = c.number(4)?;
    if third_digits != 2 && third_digits != 4 || first_digits == 3 {
        return None;
    }
    c.eat(',');
    if c.spaces() == 0 {
        return None;
    }
    let (mut hour, _) = c.number(2)?;
    if !c.eat(':') {
        return None;
    }
    let (minute, md) = c.number(2)?;
    let second = if c.eat(':') {
        Some(c.number(2)?.0)
    } else {
        None
    };
    if md != 2 {
        return None;
    }
    let before_ampm = c.s;
    c.spaces();
    let lower = c.s.to_ascii_lowercase();
    let ampm = ["a.m.", "p.m.", "am", "pm"]
        .into_iter()
        .find(|m| lower.starts_with(m));
    match ampm {
        Some(m) => {
            if !(1..=12).contains(&hour) {
                return None;
            }
            let pm = m.starts_with('p');
            hour = match (hour, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            };
            c.s = &c.s[m.len()..];
        }
        None => c.s = before_ampm,
    }
    if ios {
        if !c.eat(']') {
            return None;
        }
        c.spaces();
    } else {
        c.spaces();
        if !c.eat('-') {
            return None;
        }
        if c.spaces() == 0 {
            return None;
        }
    }
    if hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) {
        return None;
    }
    Some(Header {
        parts: [a, b, y],
        first_digits,
        hour,
        minute,
        second,
        ios,
        rest: c.s,
    })
}

/// The date order the chat's own dates decide, if they do.
fn decide_order(headers: &[(usize, Header<'_>)]) -> Result<Option<DateOrder>, ChatError> {
    if headers.iter().all(|(_, h)| h.first_digits == 4) {
        return Ok(Some(DateOrder::YearMonthDay));
    }
    let first_over = headers.iter().find(|(_, h)| h.parts[0] > 12);
    let second_over = headers.iter().find(|(_, h)| h.parts[1] > 12);
    match (first_over, second_over) {
        (Some(_), None) => Ok(Some(DateOrder::DayMonthYear)),
        (None, Some(_)) => Ok(Some(DateOrder::MonthDayYear)),
        (None, None) => Ok(None),
        // Both orders occur: the dates contradict each other.
        (Some((a, _)), Some((b, _))) => Err(ChatError::UnknownDateFormat { line: *a.max(b) }),
    }
}

fn date_of(h: &Header<'_>, order: DateOrder) -> Option<NaiveDate> {
    let [a, b, c] = h.parts;
    let (y, m, d) = if h.first_digits == 4 {
        (a, b, c)
    } else {
        let year = if c < 100 { 2000 + c } else { c };
        match order {
            DateOrder::DayMonthYear | DateOrder::YearMonthDay => (year, b, a),
            DateOrder::MonthDayYear => (year, a, b),
        }
    };
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// iOS: `<attached: 00000012-PHOTO-2026-11-25-14-05-09.jpg>` / `<bijgevoegd: …>`.
/// Android: `IMG-20261125-WA0001.jpg (file attached)` / `(bestand bijgevoegd)`.
/// Both: `<Media omitted>`, `<Media weggelaten>`, `image omitted`, `afbeelding weggelaten`.
fn split_attachment(text: &str) -> (String, Vec<AttachmentRef>) {
    let mut kept = Vec::new();
    let mut attachments = Vec::new();
    for line in text.split('\n') {
        let l = strip_marks(line).trim();
        let lower = l.to_lowercase();
        if let Some(name) = ["<attached: ", "<bijgevoegd: ", "<bijlage: "]
            .iter()
            .find_map(|p| l.strip_prefix(p))
            .and_then(|r| r.strip_suffix('>'))
        {
            attachments.push(AttachmentRef {
                name: Some(name.trim().to_owned()),
                sha256: None,
            });
            continue;
        }
        if let Some(name) = [" (file attached)", " (bestand bijgevoegd)"]
            .iter()
            .find_map(|s| l.strip_suffix(s))
        {
            attachments.push(AttachmentRef {
                name: Some(name.trim().to_owned()),
                sha256: None,
            });
            continue;
        }
        let omitted = [
            "<media omitted>",
            "<media weggelaten>",
            "<media niet bijgevoegd>",
        ]
        .contains(&lower.as_str())
            || ["omitted", "weggelaten"].iter().any(|s| {
                lower.strip_suffix(s).is_some_and(|k| {
                    [
                        "image ",
                        "video ",
                        "audio ",
                        "sticker ",
                        "gif ",
                        "document ",
                        "afbeelding ",
                        "contactkaart ",
                        "contact card ",
                    ]
                    .contains(&k)
                })
            });
        if omitted {
            attachments.push(AttachmentRef {
                name: None,
                sha256: None,
            });
            continue;
        }
        kept.push(strip_marks(line));
    }
    (kept.join("\n"), attachments)
}

/// Parses a WhatsApp text export. `files` are the zip's other entries, matched to the
/// messages that name them.
pub(crate) fn parse(
    text: &str,
    chat_name: Option<String>,
    options: ParseOptions,
    mut files: Vec<ExportFile>,
) -> Result<Transcript, ChatError> {
    // Pass 1: headers and the lines that continue them.
    let mut headers: Vec<(usize, Header<'_>)> = Vec::new();
    let mut bodies: Vec<Vec<&str>> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(h) = parse_header(line) {
            bodies.push(vec![h.rest]);
            headers.push((i + 1, h));
        } else if let Some(body) = bodies.last_mut() {
            body.push(line);
        } else if !line.trim().is_empty() {
            // Text before the first message: not a WhatsApp export.
            return Err(ChatError::NotAChat);
        }
    }
    if headers.is_empty() {
        return Err(ChatError::NotAChat);
    }
    let ios = headers.iter().filter(|(_, h)| h.ios).count() * 2 > headers.len();
    let (order, chosen) = match decide_order(&headers)? {
        Some(order) => (order, false),
        None => match options.date_order {
            Some(order) => (order, true),
            None => {
                let (_, h) = &headers[0];
                let [a, b, c] = h.parts;
                let sep = if ios { "/" } else { "-" };
                return Err(ChatError::DateOrderNeeded {
                    example: format!("{a:02}{sep}{b:02}{sep}{c:02}"),
                });
            }
        },
    };

    let mut messages = Vec::with_capacity(headers.len());
    for (number, ((line, h), body)) in headers.iter().zip(bodies).enumerate() {
        let date = date_of(h, order).ok_or(ChatError::UnknownDateFormat { line: *line })?;
        let time = match h.second {
            Some(s) => format!(
                "{} {:02}:{:02}:{s:02}",
                date.format("%Y-%m-%d"),
                h.hour,
                h.minute
            ),
            None => format!("{} {:02}:{:02}", date.format("%Y-%m-%d"), h.hour, h.minute),
        };
        let mut full = body.join("\n");
        // Trailing empty lines belong to no one.
        full.truncate(full.trim_end().len());
        let (sender, rest) = split_sender(&full);
        let (text, mut attachments) = split_attachment(rest);
        let number = u32::try_from(number + 1).map_err(|_| ChatError::TooLarge {
            limit: crate::MAX_CHAT_TEXT,
        })?;
        for a in &mut attachments {
            if let Some(name) = &a.name
                && let Some(f) = files
                    .iter_mut()
                    .find(|f| file_matches(&f.name, name) && f.message.is_none())
            {
                a.sha256 = Some(f.sha256.clone());
                f.message = Some(number);
            }
        }
        messages.push(crate::Message {
            number,
            time,
            sender: sender.map(str::to_owned),
            text,
            attachments,
        });
    }
    let source = if ios {
        ChatSource::WhatsappIos
    } else {
        ChatSource::WhatsappAndroid
    };
    Ok(Transcript::finish(
        source, chat_name, order, chosen, messages, files,
    ))
}

/// The zip entry `media/IMG-1.jpg` matches the message's `IMG-1.jpg`.
fn file_matches(entry: &str, named: &str) -> bool {
    entry == named || entry.rsplit('/').next() == Some(named)
}

/// `Name: text` → (Some(Name), text); a system line → (None, text). A sender name has
/// no line break and is at most 100 characters.
fn split_sender(full: &str) -> (Option<&str>, &str) {
    let first_line = full.split('\n').next().unwrap_or("");
    if let Some(pos) = first_line.find(": ") {
        let name = &first_line[..pos];
        if !name.is_empty() && name.chars().count() <= 100 {
            return (Some(strip_marks(name).trim()), &full[pos + 2..]);
        }
    }
    if let Some(name) = first_line.strip_suffix(':')
        && !name.is_empty()
        && name.chars().count() <= 100
        && full.len() > first_line.len()
    {
        return (Some(name.trim()), &full[first_line.len() + 1..]);
    }
    (None, full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_of_each_locale() {
        let h = parse_header("25-11-2026 14:05 - Anna: hoi").unwrap();
        assert_eq!(
            (h.parts, h.hour, h.minute, h.ios, h.rest),
            ([25, 11, 2026], 14, 5, false, "Anna: hoi")
        );
        let h = parse_header("\u{200e}[25/11/2026, 14:05:09] Anna: hi").unwrap();
        assert_eq!((h.second, h.ios, h.rest), (Some(9), true, "Anna: hi"));
        let h = parse_header("11/25/26, 2:05\u{202f}PM - Anna: hi").unwrap();
        assert_eq!((h.hour, h.minute), (14, 5));
        let h = parse_header("11/25/26, 12:05 am - Anna: hi").unwrap();
        assert_eq!(h.hour, 0);
        assert!(parse_header("Hoi, hoe gaat het?").is_none());
        assert!(parse_header("25-11-2026 wat een dag").is_none());
        assert!(parse_header("13:05 - x").is_none());
    }
}
