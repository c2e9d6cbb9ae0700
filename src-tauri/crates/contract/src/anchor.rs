//! A point in a vault's custody log, written `SEQ:HASH`: what every PDF from the vault
//! prints (as text and as a QR code), what `waarborg verify --anchor` takes and what
//! each computer remembers per vault to notice a vault put back to an older state.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Custody-log entry `seq` and the SHA-256 (64 lowercase hex) of its exact bytes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LogAnchor {
    #[ts(type = "number")]
    pub seq: u64,
    pub hash: String,
}

/// Why a text is not a log anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorParseError {
    /// No `:` between the number and the hash.
    MissingColon,
    /// The part before `:` is not a whole number.
    BadSequence,
    /// The part after `:` is not 64 hexadecimal characters.
    BadHash,
}

impl std::fmt::Display for AnchorParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::MissingColon => "expected SEQ:HASH, e.g. 41:3f1c… (no ':' found)",
            Self::BadSequence => "the part before ':' must be the entry number",
            Self::BadHash => "the part after ':' must be the 64-character SHA-256",
        })
    }
}

impl std::error::Error for AnchorParseError {}

impl std::str::FromStr for LogAnchor {
    type Err = AnchorParseError;

    /// Reads `SEQ:HASH`; surrounding white space is ignored and the hash may be in
    /// capitals (a QR reader or a retyped printout may give either).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (seq, hash) = text
            .trim()
            .split_once(':')
            .ok_or(AnchorParseError::MissingColon)?;
        let seq = seq
            .trim()
            .parse::<u64>()
            .map_err(|_| AnchorParseError::BadSequence)?;
        let hash = hash.trim();
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(AnchorParseError::BadHash);
        }
        Ok(Self {
            seq,
            hash: hash.to_ascii_lowercase(),
        })
    }
}

impl std::fmt::Display for LogAnchor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.seq, self.hash)
    }
}

/// What this computer remembered of a vault's log and what the log holds now, when the
/// log does not contain the remembered entry: the vault was replaced by an older copy,
/// or its log was rewritten.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RollbackWarning {
    /// The newest entry this computer saw in this vault.
    pub remembered: LogAnchor,
    /// The vault's newest entry now (`None`: an empty log).
    pub current: Option<LogAnchor>,
    /// `true`: the log ends before the remembered entry (put back to an older state);
    /// `false`: the log has that entry number with another hash (rewritten).
    pub behind: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH: &str = "3f1c0a9b8e7d6c5b4a39281706f5e4d3c2b1a0918273645546372819a0b1c2d3";

    #[test]
    fn an_anchor_reads_back_what_it_prints() {
        let anchor: LogAnchor = format!("41:{HASH}").parse().unwrap();
        assert_eq!(anchor.seq, 41);
        assert_eq!(anchor.to_string(), format!("41:{HASH}"));
        let shouted: LogAnchor = format!(" 41 : {} \n", HASH.to_uppercase()).parse().unwrap();
        assert_eq!(shouted, anchor);
    }

    #[test]
    fn a_malformed_anchor_says_which_part_is_wrong() {
        assert_eq!(
            "41".parse::<LogAnchor>(),
            Err(AnchorParseError::MissingColon)
        );
        assert_eq!(
            format!("x:{HASH}").parse::<LogAnchor>(),
            Err(AnchorParseError::BadSequence)
        );
        assert_eq!(
            format!("-1:{HASH}").parse::<LogAnchor>(),
            Err(AnchorParseError::BadSequence)
        );
        assert_eq!(
            "41:abc".parse::<LogAnchor>(),
            Err(AnchorParseError::BadHash)
        );
        let not_hex = format!("41:{}g", &HASH[..63]);
        assert_eq!(not_hex.parse::<LogAnchor>(), Err(AnchorParseError::BadHash));
    }
}
