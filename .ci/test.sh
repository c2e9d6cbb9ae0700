#!/usr/bin/env bash
# README command 2: install what is missing, then run every check and test:
# formatting, lints, the TypeScript contract, Rust tests, UI tests, and end-to-end
# tests that drive the real window. Prints a summary; exits non-zero on any failure.
#
# With CI set (CI runners set it), a Rust test that needs a stock tool (poppler, qpdf,
# age, script), a keyring session or root (a small tmpfs) fails when that is missing
# instead of skipping (src-tauri/crates/testkit).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

bash .ci/setup.sh || { echo "setup failed" >&2; exit 1; }

# Builds can be reused across clones on one machine; the default keeps them in the tree.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
export CARGO_TERM_COLOR=never
bin="$CARGO_TARGET_DIR/debug/waarborg"

results=()
failed=0
step() {
  local name=$1; shift
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  local start=$SECONDS
  if "$@"; then
    results+=("ok      $(printf '%4ds' $((SECONDS - start)))  $name")
  else
    results+=("FAILED  $(printf '%4ds' $((SECONDS - start)))  $name")
    failed=$((failed + 1))
  fi
}

contract_is_current() {
  # Regenerate the TypeScript side of the contract from scratch (so a removed type
  # shows up too) and fail when it differs from git.
  rm -rf ui/src/lib/bindings
  cargo test -q -p waarborg-contract -p waarborg-guide -p waarborg-documents -p waarborg-vault -p waarborg-package -p waarborg-app export_bindings >/dev/null || return 1
  local generated=(ui/src/lib/bindings ui/src/tests/fixtures)
  if [ -n "$(git status --porcelain -- "${generated[@]}")" ]; then
    echo "generated TypeScript/fixtures are stale: run 'cargo test -p waarborg-contract -p waarborg-guide -p waarborg-documents -p waarborg-vault -p waarborg-package -p waarborg-app export_bindings' and commit:" >&2
    git status --porcelain -- "${generated[@]}" >&2
    git diff -- "${generated[@]}" >&2
    return 1
  fi
}

e2e() {
  rm -rf tests/e2e/artifacts
  WAARBORG_BIN="$bin" timeout --kill-after=10 900 \
    xvfb-run -a -s "-screen 0 1280x900x24" npm --prefix tests/e2e test
}

step "rustfmt"                cargo fmt --all --check
step "contract bindings"      contract_is_current
step "ui: svelte-check + tsc" npm --prefix ui run check
step "ui: unit tests (vitest)" npm --prefix ui test
step "ui: build"              npm --prefix ui run build
step "clippy"                 cargo clippy --workspace --all-targets --locked -- -D warnings
step "rust: tests"            cargo test --workspace --locked
# The real-keychain test is #[ignore]d, so the plain run above lists it as ignored, never
# as passed; this step is where it runs, in a throwaway keyring session, and the step
# fails when gnome-keyring or dbus is missing. --workspace (not -p) keeps the features of
# the workspace build above, so nothing is compiled again; --test keychain still runs
# only the vault's keychain tests.
step "vault: real OS keychain" src-tauri/crates/vault/scripts/with-keyring.sh \
  env WAARBORG_KEYRING_TESTS=1 cargo test --workspace --locked --test keychain -- --include-ignored
step "app: build"             cargo build -p waarborg --locked
step "e2e: real window"       e2e

printf '\n\033[1mSummary\033[0m\n'
printf '  %s\n' "${results[@]}"
if [ "$failed" -gt 0 ]; then
  printf '%d of %d steps failed.\n' "$failed" "${#results[@]}"
  [ -d tests/e2e/artifacts ] && echo "Screenshots: tests/e2e/artifacts/"
  exit 1
fi
printf 'All %d steps passed.\n' "${#results[@]}"
