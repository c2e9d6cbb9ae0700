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
            // The generated command map only names the type of the event channel.
            let allowed = relative == std::path::Path::new("lib/backend.ts")
                || relative == std::path::Path::new("lib/bindings/CommandMap.ts")
                || relative.starts_with("tests");
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

/// One `#[tauri::command]` function of the shell: its name, the arguments the window
/// passes (the ones Tauri injects — state, handle, window, channel — left out) and its
/// result, without whitespace and without the `Result<…, ApiError>` wrapper.
fn shell_commands() -> Vec<(String, Vec<String>, String)> {
    let dir = waarborg_tests::workspace_root().join("src-tauri/src/commands");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("commands/") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
        for chunk in text.split("#[tauri::command").skip(1) {
            let start = chunk.find("pub fn ").expect("pub fn after the attribute") + 7;
            let rest = &chunk[start..];
            let open = rest.find('(').expect("(");
            let name = rest[..open].to_owned();
            // The parameter list ends at the parenthesis that closes the first one.
            let mut depth = 0;
            let mut close = open;
            for (i, c) in rest.char_indices().skip(open) {
                match c {
                    '(' | '<' => depth += 1,
                    ')' | '>' => {
                        depth -= 1;
                        if depth == 0 && c == ')' {
                            close = i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let compact = |s: &str| s.split_whitespace().collect::<String>();
            let params = compact(&rest[open + 1..close]);
            let mut args = Vec::new();
            let (mut depth, mut current) = (0, String::new());
            for c in params.chars().chain(std::iter::once(',')) {
                match c {
                    '<' => depth += 1,
                    '>' => depth -= 1,
                    ',' if depth == 0 => {
                        let injected = ["State<", "AppHandle", "WebviewWindow", "Channel<"];
                        let ty = current.split_once(':').map_or("", |(_, ty)| ty);
                        if !current.is_empty() && !injected.iter().any(|i| ty.starts_with(i)) {
                            args.push(current.clone());
                        }
                        current.clear();
                        continue;
                    }
                    _ => {}
                }
                current.push(c);
            }
            let after = &rest[close + 1..rest[close..].find('{').expect("body") + close];
            let result = compact(after.trim().trim_start_matches("->"));
            let result = result
                .strip_prefix("Result<")
                .and_then(|r| r.strip_suffix(",ApiError>"))
                .map_or(result.clone(), str::to_owned);
            found.push((
                name,
                args,
                if result.is_empty() {
                    "()".to_owned()
                } else {
                    result
                },
            ));
        }
    }
    found
}

#[test]
fn the_shell_commands_have_the_signatures_of_the_command_map() {
    let compact = |s: &str| s.split_whitespace().collect::<String>();
    let shell = shell_commands();
    let table = waarborg_app::ipc::commands();
    for command in &table {
        let (_, args, result) = shell
            .iter()
            .find(|(name, _, _)| name == command.name)
            .unwrap_or_else(|| panic!("{} is not a shell command", command.name));
        let expected: Vec<String> = command
            .args
            .iter()
            .map(|a| format!("{}:{}", a.name, compact(a.rust)))
            .collect();
        assert_eq!(args, &expected, "arguments of {}", command.name);
        assert_eq!(
            result,
            &compact(command.result_rust),
            "result of {}",
            command.name
        );
    }
    // Every shell command is in the map (vault_subscribe by hand: it takes a channel).
    assert_eq!(shell.len(), table.len() + 1);
}
