//! Writes the real Dutch content pack, as the UI receives it, to
//! `ui/src/tests/fixtures/`: the overview and the routes for a few destinations, so the
//! UI's tests render real content (the name contains `export_bindings`: CI regenerates
//! them with the bindings and fails when the committed copies are stale).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use waarborg_guide::ContentPack;

fn write_fixture(name: &str, value: &impl serde::Serialize) {
    let json = serde_json::to_string_pretty(value).unwrap() + "\n";
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/tests/fixtures");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    // Only write when different, so a read-only checkout with a current copy passes.
    if std::fs::read_to_string(&path).ok().as_deref() != Some(json.as_str()) {
        std::fs::write(&path, json).unwrap();
    }
}

#[test]
fn export_bindings_ui_fixture_of_the_overview() {
    write_fixture(
        "guide-overview.json",
        &ContentPack::netherlands().unwrap().overview(),
    );
}

/// One route per kind of destination: EU (Germany), treaty to confirm (Turkey), outside
/// the Convention (China), another state's territory (Bermuda), EU territory (Réunion).
#[test]
fn export_bindings_ui_fixture_of_routes() {
    let pack = ContentPack::netherlands().unwrap();
    let routes: serde_json::Map<String, serde_json::Value> = ["DE", "TR", "CN", "BM", "RE"]
        .into_iter()
        .map(|code| {
            let route = serde_json::to_value(pack.route_for(Some(code))).unwrap();
            (code.to_owned(), route)
        })
        .collect();
    write_fixture("guide-routes.json", &routes);
}
