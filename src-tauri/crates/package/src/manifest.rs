//! `MANIFEST.sha256`: one line per file, `<64 hex>  <name>`, exactly what `sha256sum`
//! writes and what `sha256sum -c` / `shasum -a 256 -c` check.

/// The manifest's own file name.
pub const MANIFEST: &str = "MANIFEST.sha256";

/// One line of a manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestLine {
    pub sha256: String,
    /// Relative path inside the package, `/`-separated.
    pub name: String,
}

/// Formats lines as `sha256sum` does (text mode: two spaces).
pub fn format_manifest(lines: &[ManifestLine]) -> String {
    lines
        .iter()
        .map(|l| format!("{}  {}\n", l.sha256, l.name))
        .collect()
}

/// Why a manifest cannot be used. Both name the 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ManifestProblem {
    #[error("{0}")]
    Malformed(String),
    /// A name that leaves the package or is not a safe file name on every system.
    #[error(
        "line {line} names a file that is outside the package or not safe on every system: {name:?}"
    )]
    UnsafeName { line: usize, name: String },
}

/// Parses a manifest, refusing anything that could point outside the package or is not
/// a safe file name on Windows, macOS and Linux ([`is_safe_name`]).
pub fn parse_manifest(text: &str) -> Result<Vec<ManifestLine>, ManifestProblem> {
    let malformed = ManifestProblem::Malformed;
    let mut lines = Vec::new();
    for (number, raw) in text.lines().enumerate() {
        let number = number + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let (hash, rest) = line
            .split_once(' ')
            .ok_or_else(|| malformed(format!("line {number} is not `<sha256>  <file>`")))?;
        // Text mode has a second space, binary mode a `*`.
        let name = rest
            .strip_prefix(' ')
            .or_else(|| rest.strip_prefix('*'))
            .ok_or_else(|| malformed(format!("line {number} is not `<sha256>  <file>`")))?;
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(malformed(format!(
                "line {number} does not start with a SHA-256"
            )));
        }
        if !is_safe_name(name) {
            return Err(ManifestProblem::UnsafeName {
                line: number,
                name: name.to_owned(),
            });
        }
        lines.push(ManifestLine {
            sha256: hash.to_ascii_lowercase(),
            name: name.to_owned(),
        });
    }
    Ok(lines)
}

/// A relative path of plain components that is a safe file name on every system the
/// package may be opened on, whatever system made it: `/`-separated, every part passing
/// [`is_safe_part`].
pub fn is_safe_name(name: &str) -> bool {
    !name.is_empty() && name.split('/').all(is_safe_part)
}

/// One part of a path (a file or folder name) that means the same, and stays inside its
/// folder, on Windows, macOS and Linux: not empty, `.` or `..`; no `/`, `\`, `:` (a drive
/// or an NTFS stream on Windows), none of `<>"|?*`, no control characters; not a
/// Windows device name (`CON`, `PRN`, `AUX`, `NUL`, `COM1`–`COM9`, `LPT1`–`LPT9`, also
/// with an extension and in any case), and not ending in a dot or space (Windows drops
/// those, so `a.` would be `a`).
pub fn is_safe_part(part: &str) -> bool {
    if part.is_empty() || part == "." || part == ".." {
        return false;
    }
    if part.chars().any(|c| {
        c.is_control() || matches!(c, '/' | '\\' | ':' | '<' | '>' | '"' | '|' | '?' | '*')
    }) {
        return false;
    }
    if part.ends_with('.') || part.ends_with(' ') {
        return false;
    }
    !is_reserved_device_name(part)
}

/// `CON`, `con.txt`, `Lpt1.tar.gz`, `COM¹`: names Windows opens as a device.
fn is_reserved_device_name(part: &str) -> bool {
    let stem = part.split('.').next().unwrap_or(part).trim_end_matches(' ');
    let upper = stem.to_uppercase();
    match upper.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$" => true,
        _ => {
            let (prefix, digit) = upper.split_at(upper.len().min(3));
            matches!(prefix, "COM" | "LPT")
                && matches!(
                    digit,
                    "1" | "2"
                        | "3"
                        | "4"
                        | "5"
                        | "6"
                        | "7"
                        | "8"
                        | "9"
                        | "\u{b9}"
                        | "\u{b2}"
                        | "\u{b3}"
                )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    #[test]
    fn a_manifest_round_trips_and_accepts_binary_mode_lines() {
        let lines = vec![
            ManifestLine {
                sha256: H.into(),
                name: "0001_a.txt".into(),
            },
            ManifestLine {
                sha256: H.into(),
                name: "index.json".into(),
            },
        ];
        assert_eq!(parse_manifest(&format_manifest(&lines)), Ok(lines));
        let crlf = parse_manifest(&format!("{}  x\r\n", H.to_uppercase()));
        assert_eq!(crlf.map(|l| l[0].name.clone()), Ok("x".into()));
        // Text mode naming a file `*x`: not a name Windows can hold.
        let star = parse_manifest(&format!("{H}  *x\n"));
        assert!(matches!(
            star,
            Err(ManifestProblem::UnsafeName { line: 1, .. })
        ));
        let binary = parse_manifest(&format!("{H} *x\n"));
        assert_eq!(
            binary.map(|l| (l[0].name.clone(), l[0].sha256 == H)),
            Ok(("x".into(), true))
        );
    }

    #[test]
    fn names_outside_the_package_are_refused_with_their_line() {
        for bad in ["../x", "/etc/passwd", "a/../../x", "a\\b", ""] {
            let text = format!("{H}  ok\n{H}  {bad}\n");
            let err = parse_manifest(&text).unwrap_err().to_string();
            assert!(err.contains("line 2"), "{bad}: {err}");
        }
        assert!(
            parse_manifest("xyz  a\n")
                .unwrap_err()
                .to_string()
                .contains("line 1")
        );
    }

    #[test]
    fn names_unsafe_on_any_system_are_refused_in_every_part() {
        let bad = [
            "C:x",
            "C:/x",
            "a/C:x",
            "file.txt:stream",
            "a\\b",
            "tab\there",
            "new\nline",
            "bell\u{7}",
            "del\u{7f}",
            "c1\u{85}",
            "CON",
            "con",
            "Con.txt",
            "nul.tar.gz",
            "a/PRN",
            "AUX",
            "COM1",
            "com9.log",
            "LPT1",
            "lpt5.pdf",
            "COM\u{b9}",
            "CON .txt",
            "trailing.",
            "trailing ",
            "dir./x",
            "dir /x",
            "a//b",
            "a/",
            "/a",
            ".",
            "a/./b",
            "..",
            "a/../b",
            "q?.txt",
            "star*",
            "pipe|",
            "lt<",
            "gt>",
            "quote\"",
        ];
        for name in bad {
            assert!(!is_safe_name(name), "{name:?} passed");
            let text = format!("{H}  ok\n{H}  {name}\n");
            match parse_manifest(&text) {
                Err(ManifestProblem::UnsafeName { line: 2, .. }) => {}
                // A newline in a name splits the line: the rest is no manifest line.
                Err(ManifestProblem::Malformed(m)) if name.contains('\n') => {
                    assert!(m.contains("line 3"), "{m}")
                }
                other => panic!("{name:?}: {other:?}"),
            }
        }
        for good in [
            "0001_\u{c7}a\u{11f}la-Y\u{131}ld\u{131}z-\u{130}zmir.jpg",
            "CONSOLE.txt",
            "COM10",
            "COM0",
            "LPT",
            "com1x",
            "a/b/c.txt",
            ".hidden",
            "a b.txt",
            "NULL",
            "\u{65e5}\u{672c}.pdf",
        ] {
            assert!(is_safe_name(good), "{good:?} refused");
        }
    }
}
