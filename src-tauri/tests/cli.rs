//! The command-line face of the `waarborg` binary, run as a user would run it.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::waarborg;

#[test]
fn help_describes_the_app_in_the_system_language() {
    let english = waarborg(&["--help"], "en_US.UTF-8");
    assert!(english.status.success());
    let text = String::from_utf8(english.stdout).unwrap();
    assert!(text.contains("Usage: waarborg"), "{text}");
    assert!(text.contains("encrypted evidence vault"), "{text}");

    let dutch = waarborg(&["--help"], "nl_NL.UTF-8");
    assert!(dutch.status.success());
    let text = String::from_utf8(dutch.stdout).unwrap();
    assert!(text.contains("versleutelde bewijskluis"), "{text}");
}

#[test]
fn subcommand_help_is_in_the_system_language_too() {
    let dutch = waarborg(&["journal", "add", "--help"], "nl_NL.UTF-8");
    assert!(dutch.status.success());
    let text = String::from_utf8(dutch.stdout).unwrap();
    assert!(text.contains("Een notitie toevoegen"), "{text}");
    assert!(text.contains("Wat er gebeurde"), "{text}");
    assert!(
        text.contains("De kluismap"),
        "the global --vault option: {text}"
    );

    let english = waarborg(&["import", "--help"], "en_US.UTF-8");
    let text = String::from_utf8(english.stdout).unwrap();
    assert!(
        text.contains("How and where the file was obtained"),
        "{text}"
    );
}

#[test]
fn version_prints_the_package_version() {
    let out = waarborg(&["--version"], "en_US.UTF-8");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        format!("waarborg {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn an_unknown_argument_is_refused_with_usage_and_exit_code_2() {
    let out = waarborg(&["--no-such-flag"], "en_US.UTF-8");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--no-such-flag") && err.contains("Usage"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}
