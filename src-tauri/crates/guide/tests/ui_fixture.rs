//! Writes the real Dutch content pack, as the UI receives it, to
//! `ui/src/tests/fixtures/guide-overview.json`, so the UI's tests render real content
//! (the name contains `export_bindings`: CI regenerates it with the bindings and fails
//! when the committed copy is stale).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use waarborg_guide::ContentPack;

#[test]
fn export_bindings_ui_fixture_of_the_overview() {
    let overview = ContentPack::netherlands().unwrap().overview();
    let json = serde_json::to_string_pretty(&overview).unwrap() + "\n";
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/tests/fixtures");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("guide-overview.json");
    // Only write when different, so a read-only checkout with a current copy passes.
    if std::fs::read_to_string(&path).ok().as_deref() != Some(json.as_str()) {
        std::fs::write(&path, json).unwrap();
    }
}
