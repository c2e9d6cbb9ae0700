//! `waarborg --help` and argument errors follow the locale (LANG / LC_ALL), from clap's
//! own headings to the error sentence, as a parent runs the binary.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::waarborg;

#[test]
fn help_is_dutch_throughout_with_a_dutch_locale() {
    let out = waarborg(&["--help"], "nl_NL.UTF-8");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for dutch in [
        "Gebruik: waarborg [OPTIES] [OPDRACHT]",
        "Opdrachten:",
        "Opties:",
        "Hulp tonen",
        "Versie tonen",
    ] {
        assert!(text.contains(dutch), "{dutch:?} missing:\n{text}");
    }
    for english in ["Usage", "Commands:", "Options:", "Print help", "[OPTIONS]"] {
        assert!(!text.contains(english), "{english:?} left:\n{text}");
    }
    let out = waarborg(&["import", "--help"], "nl_NL.UTF-8");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Argumenten:") && text.contains("[standaard: other]"),
        "{text}"
    );
}

#[test]
fn help_is_english_with_an_english_locale() {
    let out = waarborg(&["--help"], "en_US.UTF-8");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for english in [
        "Usage: waarborg [OPTIONS] [COMMAND]",
        "Commands:",
        "Options:",
        "Print help",
    ] {
        assert!(text.contains(english), "{english:?} missing:\n{text}");
    }
}

#[test]
fn a_bad_argument_is_refused_in_dutch_with_exit_code_2() {
    let out = waarborg(&["import", "--no-such-flag"], "nl_NL.UTF-8");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("fout: onbekend argument '--no-such-flag'"),
        "{err}"
    );
    assert!(err.contains("Gebruik: waarborg import"), "{err}");
    assert!(err.contains("Meer uitleg: probeer '--help'."), "{err}");
    for english in ["error:", "unexpected", "Usage", "For more information"] {
        assert!(!err.contains(english), "{english:?} left:\n{err}");
    }
}

#[test]
fn a_bad_argument_is_refused_in_english_with_an_english_locale() {
    let out = waarborg(&["import", "--no-such-flag"], "en_US.UTF-8");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("error: unexpected argument '--no-such-flag' found"),
        "{err}"
    );
    assert!(err.contains("Usage: waarborg import"), "{err}");
}

#[test]
fn lc_messages_alone_chooses_the_language() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_waarborg"))
        .arg("--bogus")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env("LC_MESSAGES", "nl_NL.UTF-8")
        .env("LANG", "en_US.UTF-8")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("fout: onbekend argument '--bogus'"),
        "{err}"
    );
}
