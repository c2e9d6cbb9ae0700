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

# Clippy runs inside the test build instead of beside it: with clippy-driver as the
# compiler of the workspace's own crates (dependencies still get plain rustc), one build
# both lints and compiles. `cargo clippy` used to check every dependency a second time
# in check mode (769 of 933 units not shared with the test build). Measured cold on
# waarborg-documents and its 191 packages: clippy 189 s + test build 462 s of CPU before,
# 556 s in one build now (about half of clippy's time was that second check). Every
# cargo command below runs with the same wrapper, so none recompiles.
clippy_driver=$(rustup which clippy-driver 2>/dev/null || command -v clippy-driver || true)
if [ -z "$clippy_driver" ]; then
  echo "clippy-driver not found: rustup component add clippy" >&2
  exit 1
fi
export RUSTC_WORKSPACE_WRAPPER="$clippy_driver"
# A fresh clone builds once: incremental caches would only be written, never read.
[ -n "${CI:-}" ] && export CARGO_INCREMENTAL=0

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

# The TypeScript side of the contract is written by the Rust tests themselves (ts-rs's
# export_bindings tests and waarborg-app's command map), so it is checked after them
# instead of compiling those crates' tests a second time (that step alone took ~8 of a
# cold run's 34 minutes).
bindings_marker=$(mktemp)
# `cargo clippy --workspace --all-targets -D warnings`, as one build with the tests: it
# compiles exactly what `cargo test --workspace` runs (libs, their unit tests, bins,
# integration tests, examples, benches; not `--all-targets`, which would build the
# examples a second time in test mode) and fails on any warning. Its JSON also tells the
# keychain step where that test binary is.
build_json="$CARGO_TARGET_DIR/ci-test-build.json"
clippy_and_build() {
  local rc=0
  mkdir -p "$CARGO_TARGET_DIR"
  cargo test --workspace --locked --no-run --message-format=json > "$build_json" || rc=1
  node .ci/cargo-diagnostics.mjs < "$build_json" || rc=1
  return "$rc"
}

# The vault's keychain tests, run from the binary the build step made. Through
# `cargo test --test keychain` Cargo would select fewer targets, resolve a few host
# dependencies with other debug settings and recompile age, the vault and its test.
keychain_tests() {
  local exe
  exe=$(node -e '
    const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n");
    for (const line of lines) {
      if (!line.startsWith("{")) continue;
      const m = JSON.parse(line);
      if (m.reason === "compiler-artifact" && m.target.name === "keychain" && m.executable) {
        console.log(m.executable);
      }
    }' "$build_json" | head -1)
  if [ -z "$exe" ]; then
    echo "no keychain test binary in $build_json (did the build step fail?)" >&2
    return 1
  fi
  (cd src-tauri/crates/vault && scripts/with-keyring.sh env WAARBORG_KEYRING_TESTS=1 "$exe" --include-ignored)
}

rust_tests() {
  touch "$bindings_marker"
  # --no-fail-fast: one failing test binary must not leave later crates' bindings unwritten.
  cargo test --workspace --locked --no-fail-fast
}

contract_is_current() {
  local generated=(ui/src/lib/bindings ui/src/tests/fixtures)
  local regenerate="cargo test --workspace export_bindings"
  # Every binding is rewritten by the tests; one that was not belongs to a type that no
  # longer exists (the fixtures are only written when they change, so not them).
  local stale
  stale=$(find ui/src/lib/bindings -type f ! -newer "$bindings_marker")
  if [ -n "$stale" ]; then
    echo "bindings no Rust type exports any more (delete them, or run '$regenerate'):" >&2
    echo "$stale" >&2
    return 1
  fi
  if [ -n "$(git status --porcelain -- "${generated[@]}")" ]; then
    echo "generated TypeScript/fixtures are stale: run '$regenerate' and commit:" >&2
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
# The UI steps use the committed bindings; "contract bindings" below fails when the Rust
# types say otherwise.
step "ui: svelte-check + tsc" npm --prefix ui run check
step "ui: unit tests (vitest)" npm --prefix ui test
step "ui: build"              npm --prefix ui run build
step "clippy + build"         clippy_and_build
step "rust: tests"            rust_tests
step "contract bindings"      contract_is_current
# The real-keychain test is #[ignore]d, so the plain run above lists it as ignored, never
# as passed; this step is where it runs, in a throwaway keyring session, and the step
# fails when gnome-keyring or dbus is missing.
step "vault: real OS keychain" keychain_tests
# Nothing left to compile: the test build above built this binary with the same features
# (checked with `cargo build --unit-graph`: all its units are among the test build's).
step "app: build"             cargo build -p waarborg --locked
step "e2e: real window"       e2e
# .deb and .rpm from the build above, linted, installed with apt, run, removed.
step "package: deb + rpm"     bash .ci/package.sh

printf '\n\033[1mSummary\033[0m\n'
printf '  %s\n' "${results[@]}"
if [ "$failed" -gt 0 ]; then
  printf '%d of %d steps failed.\n' "$failed" "${#results[@]}"
  [ -d tests/e2e/artifacts ] && echo "Screenshots: tests/e2e/artifacts/"
  exit 1
fi
printf 'All %d steps passed.\n' "${#results[@]}"
