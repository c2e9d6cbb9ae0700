//! Is a new passphrase hard enough to guess? The one check the window and the command
//! line share, for a new vault, a changed passphrase, a re-key and a recovery.
//!
//! The vault's key file is scrypt-protected, but anyone with a copy of the vault folder
//! (a USB stick, a backup, the other parent's laptop) can try passphrases offline for as
//! long as they like. zxcvbn estimates the guesses an attacker with dictionaries,
//! keyboard patterns, dates, repeats and l33t substitutions needs; a passphrase must
//! reach [`MIN_SCORE`] ("safely unguessable: moderate protection from an offline
//! slow-hash attack") and [`MIN_LENGTH`] characters. "password123" is refused; a few
//! random words ("paarse olifant fietst langs de gracht") pass.

use age::secrecy::{ExposeSecret, SecretString};
use waarborg_contract::ErrorCode;

/// The lowest zxcvbn score (0–4) a new passphrase may have.
pub const MIN_SCORE: u8 = 3;
/// The fewest characters a new passphrase may have, whatever its score.
pub const MIN_LENGTH: usize = 10;
/// zxcvbn's work grows with the length; characters past this many only add strength,
/// so they are not looked at (as zxcvbn.js does).
const CHECKED_CHARS: usize = 100;

/// Words an attacker tries first against this app that zxcvbn's English lists lack:
/// the app's name and common Dutch passwords.
const APP_WORDS: &[&str] = &[
    "waarborg",
    "wachtwoord",
    "geheim",
    "welkom",
    "kluis",
    "wachtzin",
    "kinderen",
    "liefde",
    "voetbal",
    "nederland",
    "amsterdam",
    "rotterdam",
    "zomer",
    "winter",
    "mama",
    "papa",
];

/// How guessable a passphrase is: zxcvbn's score and its estimate in guesses (log10).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Strength {
    /// 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    /// log10 of the estimated guesses.
    pub guesses_log10: f64,
    /// Enough for a new passphrase ([`MIN_SCORE`] and [`MIN_LENGTH`]).
    pub acceptable: bool,
}

/// A new passphrase was refused: too short or too easy to guess. Nothing was changed.
/// The message never holds the passphrase.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PassphraseError {
    #[error(
        "the new passphrase is too easy to guess (strength {score} of 4, at least {min_score} \
         and {min_length} characters needed); use four or five random words"
    )]
    TooWeak {
        score: u8,
        min_score: u8,
        min_length: usize,
    },
}

impl PassphraseError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::TooWeak { .. } => ErrorCode::PassphraseTooWeak,
        }
    }
}

waarborg_contract::coded_errors!(PassphraseError);

/// How guessable `passphrase` is (for a strength meter; [`check_new_passphrase`] decides).
pub fn passphrase_strength(passphrase: &str) -> Strength {
    let checked: String = passphrase.chars().take(CHECKED_CHARS).collect();
    let length = passphrase.chars().count();
    if checked.is_empty() {
        return Strength {
            score: 0,
            guesses_log10: 0.0,
            acceptable: false,
        };
    }
    let entropy = zxcvbn::zxcvbn(&checked, APP_WORDS);
    let score = u8::from(entropy.score());
    Strength {
        score,
        guesses_log10: entropy.guesses_log10(),
        acceptable: score >= MIN_SCORE && length >= MIN_LENGTH,
    }
}

/// Refuses a new passphrase that is too short or too easy to guess. Call it before a
/// vault is created, a passphrase changed, a vault re-keyed or recovered with a new
/// passphrase; opening with an existing passphrase never checks it.
pub fn check_new_passphrase(passphrase: &SecretString) -> Result<(), PassphraseError> {
    let strength = passphrase_strength(passphrase.expose_secret());
    if strength.acceptable {
        Ok(())
    } else {
        Err(PassphraseError::TooWeak {
            score: strength.score,
            min_score: MIN_SCORE,
            min_length: MIN_LENGTH,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Result<(), PassphraseError> {
        check_new_passphrase(&SecretString::from(text.to_owned()))
    }

    #[test]
    fn refuses_common_and_short_passphrases() {
        for weak in [
            "",
            "password123",
            "Password123!",
            "wachtwoord123",
            "Waarborg2026",
            "qwertyuiop",
            "1234567890",
            "aaaaaaaaaaaa",
            "zomer2026!",
        ] {
            let refused = check(weak);
            assert!(
                matches!(refused, Err(PassphraseError::TooWeak { .. })),
                "{weak:?} was accepted"
            );
            assert_eq!(
                refused.map_err(|e| e.error_code()),
                Err(ErrorCode::PassphraseTooWeak)
            );
        }
    }

    #[test]
    fn accepts_a_few_random_words() {
        for strong in [
            "paarse olifant fietst langs de gracht",
            "correct horse battery staple",
            "correct horse battery",
            "scale benchmark passphrase",
            "tulp regenjas vijftig kompas",
            "groene reiger slaapt onder de brug",
            "new phrase for the lawyer visit",
            "a brand new passphrase for the vault",
            "a brand new passphrase",
            "a new passphrase",
        ] {
            assert_eq!(check(strong), Ok(()), "{strong:?} was refused");
        }
    }

    #[test]
    fn the_message_names_no_passphrase() {
        let Err(error) = check("password123") else {
            panic!("password123 was accepted");
        };
        assert!(!error.to_string().contains("password123"));
        assert_eq!(error.code(), "passphrase-too-weak");
    }

    #[test]
    fn a_very_long_passphrase_is_checked_quickly_and_accepted() {
        let long = "lange zin met veel woorden ".repeat(200);
        assert!(passphrase_strength(&long).acceptable);
    }
}
