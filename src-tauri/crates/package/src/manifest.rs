//! `MANIFEST.sha256`: one line per file, `<64 hex>  <name>`, exactly what `sha256sum`
//! writes and what `sha256sum -c` / `shasum -a 256 -c` check.

use std::path::{Component, Path};

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

/// Parses a manifest, refusing anything that could point outside the package.
/// Errors name the 1-based line.
pub fn parse_manifest(text: &str) -> Result<Vec<ManifestLine>, String> {
    let mut lines = Vec::new();
    for (number, raw) in text.lines().enumerate() {
        let number = number + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let (hash, rest) = line
            .split_once(' ')
            .ok_or_else(|| format!("line {number} is not `<sha256>  <file>`"))?;
        // Text mode has a second space, binary mode a `*`.
        let name = rest
            .strip_prefix(' ')
            .or_else(|| rest.strip_prefix('*'))
            .ok_or_else(|| format!("line {number} is not `<sha256>  <file>`"))?;
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(format!("line {number} does not start with a SHA-256"));
        }
        if !is_safe_name(name) {
            return Err(format!("line {number} names a file outside the package"));
        }
        lines.push(ManifestLine {
            sha256: hash.to_ascii_lowercase(),
            name: name.to_owned(),
        });
    }
    Ok(lines)
}

/// A relative path of plain components: no `..`, no root, no drive, no backslash.
pub fn is_safe_name(name: &str) -> bool {
    !name.is_empty()
        && !name.contains('\\')
        && !name.contains('\0')
        && Path::new(name)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
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
        let binary = parse_manifest(&format!("{}  *x\r\n", H.to_uppercase()));
        assert_eq!(binary.map(|l| l[0].name.clone()), Ok("*x".into()));
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
            let err = parse_manifest(&text).unwrap_err();
            assert!(err.contains("line 2"), "{bad}: {err}");
        }
        assert!(parse_manifest("xyz  a\n").unwrap_err().contains("line 1"));
    }
}
