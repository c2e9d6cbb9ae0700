//! `waarborg guide route`: what the window tells a parent about a destination, as a
//! lawyer's office or a script would check it.

// Test code: a failed expectation is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::waarborg;

fn json(country: &str) -> serde_json::Value {
    let out = waarborg(&["guide", "route", country, "--json"], "en_US.UTF-8");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_destination_by_dutch_name_or_code_gets_its_route_limits_and_sourced_facts() {
    for query in ["Marokko", "MA", "morocco"] {
        let report = json(query);
        assert_eq!(report["country"], "MA", "{query}");
        assert_eq!(report["route"], "treaty");
        let limits = report["limits"].as_array().unwrap();
        assert!(!limits.is_empty());
        let facts = report["facts"].as_array().unwrap();
        assert!(!facts.is_empty());
        for fact in limits.iter().chain(facts) {
            assert!(!fact["text"].as_str().unwrap().is_empty());
            assert!(!fact["sources"].as_array().unwrap().is_empty(), "{fact}");
            assert!(fact["checked"].is_string(), "{fact}");
        }
    }
}

#[test]
fn an_eu_territory_takes_the_eu_route_and_no_destination_the_unknown_one() {
    assert_eq!(json("Réunion")["route"], "eu");
    assert_eq!(json("unknown")["route"], "unknown");
}

#[test]
fn the_text_form_is_in_the_system_language() {
    let out = waarborg(&["guide", "route", "Marokko"], "nl_NL.UTF-8");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Marokko (MA)"), "{text}");
}

#[test]
fn an_unknown_country_is_exit_2_with_the_closest_names() {
    let out = waarborg(&["guide", "route", "Marrokko"], "nl_NL.UTF-8");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(text.contains("\"Marrokko\""), "{text}");
    assert!(text.contains("Marokko"), "{text}");
}
