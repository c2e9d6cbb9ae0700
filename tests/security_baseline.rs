//! The security baseline of the app shell, checked from the files Tauri builds from:
//! a strict CSP, capabilities that grant only Waarborg's own commands (and hiding the
//! window, for the quick exit), no network
//! plugins, and no HTTP client anywhere in the dependency graph.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::process::Command;

use waarborg_tests::{read, read_json, workspace_root};

fn csp_directives() -> serde_json::Map<String, serde_json::Value> {
    let conf = read_json("src-tauri/tauri.conf.json");
    conf["app"]["security"]["csp"]
        .as_object()
        .expect("csp is an object of directives")
        .clone()
}

#[test]
fn csp_defaults_to_self_and_allows_no_eval_inline_or_remote_origin() {
    let csp = csp_directives();
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(csp["object-src"], "'none'");
    assert_eq!(csp["base-uri"], "'none'");
    assert_eq!(csp["frame-ancestors"], "'none'");
    // No frames at all (PDF previews are drawn by pdf.js); workers only from the app.
    assert_eq!(csp["frame-src"], "'none'");
    assert_eq!(csp["worker-src"], "'self'");
    for (directive, value) in &csp {
        let value = value.as_str().expect("directive values are strings");
        for forbidden in [
            "unsafe-eval",
            "unsafe-inline",
            "unsafe-hashes",
            "*",
            "https:",
            "wss:",
        ] {
            assert!(
                !value
                    .split_whitespace()
                    .any(|source| source.contains(forbidden)),
                "{directive} allows {forbidden}: {value}"
            );
        }
        for source in value.split_whitespace() {
            // The only URLs allowed are Tauri's own IPC endpoint and the vault's
            // preview scheme, as they are spelled on Windows/Android.
            if source.starts_with("http") {
                assert!(
                    ["http://ipc.localhost", "http://vault.localhost"].contains(&source),
                    "{directive} allows {source}"
                );
            }
        }
    }
}

#[test]
fn csp_modification_and_remote_content_are_not_enabled() {
    let conf = read_json("src-tauri/tauri.conf.json");
    let security = &conf["app"]["security"];
    assert_ne!(security["dangerousDisableAssetCspModification"], true);
    assert!(security.get("dangerousRemoteDomainIpcAccess").is_none());
    assert!(
        conf["build"].get("devUrl").is_none(),
        "no dev server URL in the shipped config"
    );
    assert_eq!(conf["app"]["withGlobalTauri"], false);
    for window in conf["app"]["windows"].as_array().expect("windows") {
        assert!(
            window
                .get("url")
                .is_none_or(|u| !u.as_str().unwrap_or("").contains("://"))
        );
    }
}

/// The only permissions from Tauri's core plugins: the quick exit may hide the window.
/// Showing it again is not the window's to do; the shell does it on a second start.
const CORE_PERMISSIONS: &[&str] = &["core:window:allow-hide"];

#[test]
fn the_only_capability_grants_exactly_the_app_commands_and_hiding_the_window() {
    let conf = read_json("src-tauri/tauri.conf.json");
    assert_eq!(
        conf["app"]["security"]["capabilities"],
        serde_json::json!(["main"])
    );

    let capability = read_json("src-tauri/capabilities/main.json");
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    assert!(
        capability.get("remote").is_none(),
        "no remote URLs may use IPC"
    );
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .map(|p| p.as_str().expect("plain permission identifiers").to_owned())
        .collect();
    let expected: BTreeSet<String> = waarborg_contract::COMMANDS
        .iter()
        .map(|c| format!("allow-{}", c.name().replace('_', "-")))
        .chain(CORE_PERMISSIONS.iter().map(|p| (*p).to_owned()))
        .collect();
    assert_eq!(granted, expected);

    let files: Vec<_> = std::fs::read_dir(workspace_root().join("src-tauri/capabilities"))
        .expect("capabilities dir")
        .map(|e| e.expect("dir entry").file_name())
        .collect();
    assert_eq!(files, vec![std::ffi::OsString::from("main.json")]);
}

/// Crates that make network requests or serve them. None may be in the graph.
const NETWORK_CRATES: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "ureq",
    "isahc",
    "curl",
    "curl-sys",
    "attohttpc",
    "surf",
    "awc",
    "h2",
    "h3",
    "quinn",
    "minreq",
    "tungstenite",
    "tokio-tungstenite",
    "native-tls",
    "rustls",
    "openssl",
    "tiny_http",
    "tauri-plugin-http",
    "tauri-plugin-updater",
    "tauri-plugin-websocket",
    "tauri-plugin-upload",
];

/// The platforms Waarborg ships for. (Tauri pulls `reqwest` on Android and iOS only;
/// Waarborg is not built for those.)
const DESKTOP_TARGETS: &[&str] = &[
    "x86_64-unknown-linux-gnu",
    "aarch64-unknown-linux-gnu",
    "x86_64-apple-darwin",
    "aarch64-apple-darwin",
    "x86_64-pc-windows-msvc",
    "aarch64-pc-windows-msvc",
];

#[test]
fn no_http_client_or_network_plugin_in_the_dependency_graph() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut args = vec!["metadata", "--format-version", "1", "--locked", "--offline"];
    for target in DESKTOP_TARGETS {
        args.extend(["--filter-platform", target]);
    }
    let output = Command::new(cargo)
        .args(&args)
        .current_dir(workspace_root())
        .output()
        .expect("run cargo metadata");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata JSON");
    // Every package of the resolved graph, for every desktop platform and every
    // dependency kind (normal, build, dev).
    let names: BTreeSet<&str> = metadata["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    // The graph really covers all desktop platforms: each one's webview is there.
    for webview in ["tauri", "webkit2gtk", "webview2-com", "objc2-web-kit"] {
        assert!(
            names.contains(webview),
            "{webview} missing: the graph was not read"
        );
    }
    let found: Vec<_> = NETWORK_CRATES
        .iter()
        .filter(|c| names.contains(*c))
        .collect();
    assert!(
        found.is_empty(),
        "network crates in the dependency graph: {found:?}"
    );
}

#[test]
fn no_network_plugin_in_the_ui_dependencies() {
    let package = read_json("ui/package.json");
    for section in ["dependencies", "devDependencies"] {
        for name in package[section].as_object().expect(section).keys() {
            assert!(
                !name.starts_with("@tauri-apps/plugin-"),
                "ui/package.json pulls in a Tauri plugin: {name}"
            );
        }
    }
    // The UI loads nothing remote: no http(s) URL in the page or the stylesheet.
    for file in ["ui/index.html", "ui/src/app.css"] {
        let text = read(file);
        assert!(
            !text.contains("http://") && !text.contains("https://"),
            "{file}"
        );
    }
}

#[test]
fn core_crates_forbid_unsafe_code_and_do_not_depend_on_tauri() {
    let crates = std::fs::read_dir(workspace_root().join("src-tauri/crates")).expect("crates");
    let mut seen = 0;
    for entry in crates {
        let dir = entry.expect("entry").path();
        let name = dir
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let manifest = read(&format!("src-tauri/crates/{name}/Cargo.toml"));
        assert!(!manifest.contains("tauri"), "{name} depends on tauri");
        let lib = read(&format!("src-tauri/crates/{name}/src/lib.rs"));
        assert!(
            lib.contains("#![forbid(unsafe_code)]"),
            "{name} lacks forbid(unsafe_code)"
        );
        seen += 1;
    }
    assert!(seen >= 3, "found only {seen} core crates");
}
