//! Test-only helpers for tests that need something outside the code under test: a stock
//! tool (poppler, qpdf, the `age` CLI, `script(1)`, `sha256sum`, `tar`), a keyring
//! session, or a privilege (root, to mount a small tmpfs).
//!
//! Locally such a test may skip: the helper prints why and returns `false`, and the test
//! returns early. In CI — the environment variable `CI` set to anything non-empty — a
//! skip would be a silent pass, so the helper panics instead and the test fails, naming
//! what is missing.
//!
//! ```no_run
//! if !waarborg_testkit::require_tools(&["pdftotext", "qpdf"]) {
//!     return; // locally, without poppler or qpdf; never in CI
//! }
//! ```
//!
//! Dev-only: crates take it under `[dev-dependencies]`, never as a normal dependency.

#![forbid(unsafe_code)]
// Failing a test, and saying on stderr why one is skipped, is what this crate is for.
#![allow(clippy::panic, clippy::print_stderr)]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The environment variable CI systems set; non-empty means "do not skip".
pub const CI_VAR: &str = "CI";

/// What happens when a requirement is missing: skip (locally) or fail (in CI).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// Print why and let the test return early.
    Skip,
    /// Panic: the test fails.
    Fail,
}

impl Policy {
    /// The policy of this process: [`Policy::Fail`] when `CI` is set and non-empty.
    pub fn from_env() -> Self {
        Self::from_ci_var(std::env::var_os(CI_VAR).as_deref())
    }

    /// The policy for a given value of `CI` (`None`: unset).
    pub fn from_ci_var(value: Option<&OsStr>) -> Self {
        match value {
            Some(value) if !value.is_empty() => Self::Fail,
            _ => Self::Skip,
        }
    }

    /// `true` when `condition` holds. Otherwise: [`Policy::Skip`] prints `why` and
    /// returns `false`; [`Policy::Fail`] panics with `why`.
    #[track_caller]
    pub fn require(self, condition: bool, why: &str) -> bool {
        if condition {
            return true;
        }
        match self {
            Self::Skip => {
                eprintln!("skipped: {why} (with {CI_VAR} set this test fails instead)");
                false
            }
            Self::Fail => panic!("{CI_VAR} is set, so this test may not skip: {why}"),
        }
    }
}

/// Whether `condition` holds; if not, skips (locally: prints `why`, returns `false`) or
/// fails (in CI: panics with `why`). See [`Policy`].
#[track_caller]
pub fn require(condition: bool, why: &str) -> bool {
    Policy::from_env().require(condition, why)
}

/// Whether `tool` is on `PATH`; if not, skips locally and fails in CI.
#[track_caller]
pub fn require_tool(tool: &str) -> bool {
    require_tools(&[tool])
}

/// Whether every one of `tools` is on `PATH`; if not, skips locally and fails in CI,
/// naming every missing tool at once.
#[track_caller]
pub fn require_tools(tools: &[&str]) -> bool {
    let missing: Vec<&str> = tools
        .iter()
        .copied()
        .filter(|tool| find_on_path(tool).is_none())
        .collect();
    require(
        missing.is_empty(),
        &format!("not on PATH: {}", missing.join(", ")),
    )
}

/// Where `tool` would be run from: the first executable file of that name in `PATH`
/// (a name with a `/` is taken as a path).
pub fn find_on_path(tool: &str) -> Option<PathBuf> {
    if tool.contains(std::path::MAIN_SEPARATOR) || tool.contains('/') {
        let path = PathBuf::from(tool);
        return is_executable(&path).then_some(path);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| {
            [
                dir.join(tool),
                dir.join(format!("{tool}{}", std::env::consts::EXE_SUFFIX)),
            ]
        })
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        path.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}

/// A small tmpfs mounted for a full-disk test; unmounted when dropped (also when the
/// test fails).
#[derive(Debug)]
pub struct Tmpfs {
    dir: PathBuf,
}

impl Tmpfs {
    /// Where it is mounted.
    pub fn path(&self) -> &Path {
        &self.dir
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.dir).status();
    }
}

/// Mounts a tmpfs of `size` (as `mount -o size=`, e.g. `"3m"`) on the existing folder
/// `dir`. Needs root: without it, skips locally (`None`) and fails in CI.
#[track_caller]
pub fn mount_tmpfs(dir: &Path, size: &str) -> Option<Tmpfs> {
    let result = Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(dir)
        .stdin(Stdio::null())
        .output();
    let why = match &result {
        Ok(output) if output.status.success() => {
            return Some(Tmpfs {
                dir: dir.to_owned(),
            });
        }
        Ok(output) => String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        Err(e) => e.to_string(),
    };
    require(
        false,
        &format!(
            "cannot mount a small tmpfs on {} (needs root): {why}",
            dir.display()
        ),
    );
    None
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn ci_set_to_anything_non_empty_means_fail() {
        assert_eq!(Policy::from_ci_var(None), Policy::Skip);
        assert_eq!(Policy::from_ci_var(Some(OsStr::new(""))), Policy::Skip);
        assert_eq!(Policy::from_ci_var(Some(OsStr::new("1"))), Policy::Fail);
        assert_eq!(Policy::from_ci_var(Some(OsStr::new("true"))), Policy::Fail);
    }

    #[test]
    fn a_met_requirement_passes_under_either_policy() {
        assert!(Policy::Skip.require(true, "unused"));
        assert!(Policy::Fail.require(true, "unused"));
    }

    #[test]
    fn locally_a_missing_requirement_skips() {
        assert!(!Policy::Skip.require(false, "not on PATH: age"));
    }

    #[test]
    #[should_panic(expected = "CI is set, so this test may not skip: not on PATH: age")]
    fn in_ci_a_missing_requirement_fails() {
        Policy::Fail.require(false, "not on PATH: age");
    }

    #[test]
    #[cfg(unix)]
    fn tools_are_found_on_path_and_made_up_ones_are_not() {
        let sh = find_on_path("sh").unwrap();
        assert!(sh.is_absolute(), "{}", sh.display());
        assert_eq!(find_on_path(&sh.display().to_string()), Some(sh));
        assert_eq!(find_on_path("waarborg-no-such-tool"), None);
    }
}
