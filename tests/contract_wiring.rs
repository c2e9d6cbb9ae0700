//! The contract's command list is what the shell registers, what build.rs declares
//! and what the UI may call: these checks catch one side drifting from the others.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use waarborg_tests::read;

fn handler_names() -> Vec<String> {
    let shell = read("src-tauri/src/lib.rs");
    let start = shell
        .find("generate_handler![")
        .expect("generate_handler! in lib.rs");
    let rest = &shell[start + "generate_handler![".len()..];
    let end = rest.find(']').expect("closing bracket");
    rest[..end]
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.rsplit("::").next().unwrap_or(s).to_owned())
        .collect()
}

#[test]
fn the_shell_registers_exactly_the_contract_commands() {
    let contract: Vec<String> = waarborg_contract::COMMANDS
        .iter()
        .map(|c| c.name().to_owned())
        .collect();
    assert_eq!(handler_names(), contract);
}

#[test]
fn the_ui_calls_the_backend_only_through_one_module() {
    let root = waarborg_tests::workspace_root().join("ui/src");
    let mut offenders = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read ui/src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let relative = path.strip_prefix(&root).expect("under ui/src");
            let is_source = path.extension().is_some_and(|e| e == "ts" || e == "svelte");
            let allowed =
                relative == std::path::Path::new("lib/backend.ts") || relative.starts_with("tests");
            if is_source && !allowed {
                let text = std::fs::read_to_string(&path).expect("read source");
                if text.contains("@tauri-apps/api") {
                    offenders.push(relative.display().to_string());
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "@tauri-apps/api used outside lib/backend.ts: {offenders:?}"
    );
}

#[test]
fn generated_bindings_cover_every_command() {
    let union = read("ui/src/lib/bindings/Command.ts");
    for command in waarborg_contract::COMMANDS {
        assert!(
            union.contains(&format!("\"{}\"", command.name())),
            "{command:?}"
        );
    }
}
