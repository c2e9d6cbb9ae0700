//! When a photo, screenshot or recording was made, and where that date came from: the
//! camera's EXIF, the name the phone gave the file (`Screenshot_20260703-140509`,
//! `IMG-20260703-WA0001`, `PXL_20260703_140509123`, `IMG_20260703_140509`,
//! `VID-20260703-WA0002`, `Screenshot 2026-07-03 at 14.05.09`), or only the file's
//! modification time. Recorded at import in [`crate::FileFacts::taken`] and shown with
//! its source, so a date is never presented as more certain than it is.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::items::ExifFacts;

/// Where a file's date came from, most trustworthy first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// The camera's EXIF `DateTimeOriginal` (or `DateTime`).
    Exif,
    /// The name the phone or app gave the file.
    FileName,
    /// Only the file's modification time (changed by copying, syncing, editing).
    ModifiedTime,
}

/// When the file was made, as its source says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TakenAt {
    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with the time, as written by the source:
    /// EXIF and file names carry no time zone (phones use the local time, Pixel's `PXL_`
    /// names UTC); a modification time is UTC and ends in `Z`.
    pub at: String,
    pub source: DateSource,
}

impl TakenAt {
    /// The day, for an item's event date.
    pub fn day(&self) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(self.at.get(..10)?, "%Y-%m-%d").ok()
    }
}

/// The best date there is: EXIF, else the file name, else the modification time.
pub(crate) fn taken_at(
    exif: Option<&ExifFacts>,
    file_name: &str,
    modified: Option<DateTime<Utc>>,
) -> Option<TakenAt> {
    exif.and_then(|e| e.captured_at.as_deref())
        .and_then(from_exif)
        .map(|at| TakenAt {
            at: at.format("%Y-%m-%dT%H:%M:%S").to_string(),
            source: DateSource::Exif,
        })
        .or_else(|| {
            from_file_name(file_name).map(|(day, time)| TakenAt {
                at: match time {
                    Some(time) => NaiveDateTime::new(day, time)
                        .format("%Y-%m-%dT%H:%M:%S")
                        .to_string(),
                    None => day.format("%Y-%m-%d").to_string(),
                },
                source: DateSource::FileName,
            })
        })
        .or_else(|| {
            modified.map(|m| TakenAt {
                at: m.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                source: DateSource::ModifiedTime,
            })
        })
}

/// EXIF writes `2026:07:03 14:05:09`; `kamadak-exif` shows it as `2026-07-03 14:05:09`.
fn from_exif(text: &str) -> Option<NaiveDateTime> {
    ["%Y-%m-%d %H:%M:%S", "%Y:%m:%d %H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text.trim(), f).ok())
}

/// The date (and time, when there is one) in a phone's file name.
pub fn from_file_name(name: &str) -> Option<(NaiveDate, Option<NaiveTime>)> {
    let runs = digit_runs(name);
    let gap = |a: &Run, b: &Run| &name[a.end..b.start];
    let single = |g: &str, allowed: &str| g.len() == 1 && allowed.contains(g);
    for (i, run) in runs.iter().enumerate() {
        // 20260703, then 140509 or 140509123 after one separator.
        if run.text.len() == 8 {
            let Some(day) = date(&run.text[..4], &run.text[4..6], &run.text[6..]) else {
                continue;
            };
            let time = runs.get(i + 1).and_then(|next| {
                (single(gap(run, next), "-_ T.") && matches!(next.text.len(), 6 | 9))
                    .then(|| time(&next.text[..2], &next.text[2..4], &next.text[4..6]))
                    .flatten()
            });
            return Some((day, time));
        }
        // 2026-07-03, then 14-05-09, 14.05.09 or 140509 (also after " at " or " om ").
        if run.text.len() == 4
            && let (Some(month), Some(dd)) = (runs.get(i + 1), runs.get(i + 2))
            && month.text.len() == 2
            && dd.text.len() == 2
            && single(gap(run, month), "-_.")
            && gap(run, month) == gap(month, dd)
            && let Some(day) = date(run.text, month.text, dd.text)
        {
            let joined =
                |g: &str| single(g, "-_ T.") || [" at ", " om ", " um ", " à "].contains(&g);
            let time = runs.get(i + 3).and_then(|h| {
                if !joined(gap(dd, h)) {
                    return None;
                }
                if h.text.len() == 6 {
                    return time(&h.text[..2], &h.text[2..4], &h.text[4..]);
                }
                let (m, s) = (runs.get(i + 4)?, runs.get(i + 5)?);
                (h.text.len() == 2
                    && m.text.len() == 2
                    && s.text.len() == 2
                    && single(gap(h, m), ".-:_")
                    && gap(h, m) == gap(m, s))
                .then(|| time(h.text, m.text, s.text))
                .flatten()
            });
            return Some((day, time));
        }
    }
    None
}

struct Run<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn digit_runs(name: &str) -> Vec<Run<'_>> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in name
        .char_indices()
        .chain(std::iter::once((name.len(), ' ')))
    {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push(Run {
                    start: s,
                    end: i,
                    text: &name[s..i],
                });
                start = None;
            }
            _ => {}
        }
    }
    runs
}

fn date(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    let year: i32 = y.parse().ok()?;
    if !(1990..=2100).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
}

fn time(h: &str, m: &str, s: &str) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, s.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(name: &str) -> Option<String> {
        from_file_name(name).map(|(d, t)| match t {
            Some(t) => format!("{d}T{t}"),
            None => d.to_string(),
        })
    }

    #[test]
    fn phone_file_names_give_their_date() {
        for (name, want) in [
            ("Screenshot_20260703-140509.png", "2026-07-03T14:05:09"),
            (
                "Screenshot_20260703-140509_WhatsApp.jpg",
                "2026-07-03T14:05:09",
            ),
            ("IMG-20260703-WA0001.jpg", "2026-07-03"),
            ("VID-20260703-WA0002.mp4", "2026-07-03"),
            ("PTT-20260703-WA0003.opus", "2026-07-03"),
            ("PXL_20260703_140509123.jpg", "2026-07-03T14:05:09"),
            ("PXL_20260703_140509123.MP.jpg", "2026-07-03T14:05:09"),
            ("IMG_20260703_140509.jpg", "2026-07-03T14:05:09"),
            ("VID_20260703_140509.mp4", "2026-07-03T14:05:09"),
            ("20260703_140509.jpg", "2026-07-03T14:05:09"),
            (
                "Screenshot_2026-07-03-14-05-09-123_com.whatsapp.jpg",
                "2026-07-03T14:05:09",
            ),
            (
                "Screenshot 2026-07-03 at 14.05.09.png",
                "2026-07-03T14:05:09",
            ),
            (
                "Schermafbeelding 2026-07-03 om 14.05.09.png",
                "2026-07-03T14:05:09",
            ),
            ("signal-2026-07-03-140509.jpg", "2026-07-03T14:05:09"),
        ] {
            assert_eq!(parsed(name).as_deref(), Some(want), "{name}");
        }
    }

    #[test]
    fn other_numbers_are_not_taken_for_dates() {
        for name in [
            "IMG_0001.JPG",
            "factuur 12345678.pdf",
            "scan 20261340.pdf",
            "DSC01234.jpg",
            "notes.txt",
            "2026-13-03.txt",
        ] {
            assert_eq!(parsed(name), None, "{name}");
        }
        // A bad time leaves the date.
        assert_eq!(
            parsed("IMG_20260703_256161.jpg").as_deref(),
            Some("2026-07-03")
        );
    }

    #[test]
    fn exif_comes_first_then_the_name_then_the_modification_time() {
        let exif = ExifFacts {
            captured_at: Some("2026-07-01 09:00:00".to_owned()),
            ..ExifFacts::default()
        };
        let modified = "2026-11-20T10:00:00Z".parse::<DateTime<Utc>>().ok();
        let name = "IMG_20260703_140509.jpg";
        let at = |e, n, m| taken_at(e, n, m).map(|t| (t.at, t.source));
        assert_eq!(
            at(Some(&exif), name, modified),
            Some(("2026-07-01T09:00:00".to_owned(), DateSource::Exif))
        );
        assert_eq!(
            at(None, name, modified),
            Some(("2026-07-03T14:05:09".to_owned(), DateSource::FileName))
        );
        assert_eq!(
            at(None, "foto.jpg", modified),
            Some(("2026-11-20T10:00:00Z".to_owned(), DateSource::ModifiedTime))
        );
        assert_eq!(at(None, "foto.jpg", None), None);
    }
}
