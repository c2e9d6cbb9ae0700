//! Route selection per destination class, and country search in both languages.
// Helpers outside #[test] fns fail loudly on purpose: these are tests.
#![allow(clippy::unwrap_used, clippy::panic)]

use waarborg_contract::Language;
use waarborg_guide::{ContentPack, InForce, RouteClass, Sourced, UnknownReason, Verification};

fn pack() -> ContentPack {
    ContentPack::netherlands().unwrap()
}

fn class_of(pack: &ContentPack, iso2: &str) -> RouteClass {
    pack.route_for(Some(iso2)).class
}

#[test]
fn eu_member_states_take_the_brussels_route() {
    let pack = pack();
    for iso2 in ["DE", "PL", "BE", "FR", "ES", "BG", "MT"] {
        assert_eq!(class_of(&pack, iso2), RouteClass::EuBrussels, "{iso2}");
    }
    // The EU route rests on EU membership, not on the row's treaty dates.
    assert_eq!(
        pack.route_for(Some("PL")).classification_status,
        Verification::Sourced
    );
}

#[test]
fn denmark_is_a_hague_partner_but_not_brussels_two_ter() {
    assert_eq!(class_of(&pack(), "DK"), RouteClass::HagueInForce);
}

#[test]
fn hague_partners_in_force_with_the_netherlands() {
    let pack = pack();
    for iso2 in ["MA", "US", "AU", "CA", "CH", "GB", "JP", "TR", "NO"] {
        assert_eq!(class_of(&pack, iso2), RouteClass::HagueInForce, "{iso2}");
    }
}

#[test]
fn in_force_rows_typed_from_memory_are_flagged() {
    let pack = pack();
    // US, GB and TR are marked eif_source=MEM in the extended table.
    for iso2 in ["US", "GB", "TR", "VE"] {
        let route = pack.route_for(Some(iso2));
        assert_eq!(
            route.classification_status,
            Verification::ToConfirm,
            "{iso2}"
        );
    }
    for iso2 in ["MA", "AU", "CA"] {
        let route = pack.route_for(Some(iso2));
        assert_eq!(route.classification_status, Verification::Sourced, "{iso2}");
    }
}

#[test]
fn acceding_states_without_known_acceptance_say_so() {
    let pack = pack();
    for iso2 in ["BR", "ZA", "RU", "UA", "NZ", "HK"] {
        let route = pack.route_for(Some(iso2));
        assert_eq!(route.class, RouteClass::HagueAcceptanceUnknown, "{iso2}");
        assert_eq!(
            route.classification_status,
            Verification::ToConfirm,
            "{iso2}"
        );
        assert_eq!(
            route.country.as_ref().unwrap().in_force_with_home_state,
            InForce::Unknown
        );
        assert!(
            route
                .steps
                .iter()
                .any(|s| s.id() == "abroad-return-request-confirm")
        );
        assert!(
            !route
                .steps
                .iter()
                .any(|s| s.id() == "abroad-return-request")
        );
    }
    let text = pack
        .route_for(Some("BR"))
        .info
        .explanation()
        .text(Language::En)
        .text
        .to_owned();
    assert!(text.contains("ask the Central Authority"), "{text}");
}

#[test]
fn states_outside_the_convention_take_the_diplomatic_route() {
    let pack = pack();
    for iso2 in ["CN", "IN", "EG", "AE", "SA", "SR"] {
        let route = pack.route_for(Some(iso2));
        assert_eq!(route.class, RouteClass::NonHague, "{iso2}");
        let ids: Vec<&str> = route.steps.iter().map(|s| s.id()).collect();
        assert!(ids.contains(&"abroad-non-hague"), "{iso2}: {ids:?}");
        assert!(!ids.contains(&"abroad-return-request"), "{iso2}");
        assert!(ids.contains(&"abroad-embassy"), "{iso2}");
    }
}

#[test]
fn the_caribbean_parts_of_the_kingdom_are_unknown() {
    let pack = pack();
    for iso2 in ["AW", "CW", "SX", "BQ"] {
        let route = pack.route_for(Some(iso2));
        assert_eq!(route.class, RouteClass::Unknown, "{iso2}");
        assert_eq!(
            route.unknown_reason,
            Some(UnknownReason::KingdomPart),
            "{iso2}"
        );
    }
}

#[test]
fn no_destination_an_unknown_code_and_the_home_state_are_unknown() {
    let pack = pack();
    let none = pack.route_for(None);
    assert_eq!(none.class, RouteClass::Unknown);
    assert_eq!(none.unknown_reason, Some(UnknownReason::NoDestination));
    assert!(none.country.is_none());
    assert!(
        none.steps
            .iter()
            .any(|s| s.id() == "abroad-unknown-destination")
    );

    let bogus = pack.route_for(Some("XX"));
    assert_eq!(bogus.unknown_reason, Some(UnknownReason::NotInTable));
    assert_eq!(
        pack.route_for(Some("NL")).unknown_reason,
        Some(UnknownReason::HomeState)
    );
}

#[test]
fn country_codes_are_read_in_any_case() {
    let pack = pack();
    assert_eq!(class_of(&pack, "de"), RouteClass::EuBrussels);
    assert_eq!(class_of(&pack, " ma "), RouteClass::HagueInForce);
}

#[test]
fn every_route_starts_with_the_police_and_has_an_explanation() {
    let pack = pack();
    for iso2 in [
        None,
        Some("DE"),
        Some("US"),
        Some("BR"),
        Some("CN"),
        Some("AW"),
    ] {
        let route = pack.route_for(iso2);
        assert_eq!(route.steps[0].id(), "abroad-police-report", "{iso2:?}");
        assert_eq!(route.info.class(), route.class);
        assert!(!route.info.explanation().sources().is_empty());
        assert_eq!(route.country_table.status(), Verification::ToConfirm);
    }
}

#[test]
fn the_convention_time_limits_are_ruled_out_only_outside_the_convention() {
    let pack = pack();
    for (iso2, applies) in [
        (Some("DE"), true),
        (Some("US"), true),
        (Some("BR"), true),
        (Some("AW"), true),
        (None, true),
        (Some("CN"), false),
        (Some("EG"), false),
    ] {
        assert_eq!(
            pack.route_for(iso2).convention_may_apply,
            applies,
            "{iso2:?}"
        );
    }
}

#[test]
fn durations_are_per_route() {
    let pack = pack();
    let eu: Vec<String> = pack
        .route_for(Some("DE"))
        .durations
        .iter()
        .map(|d| d.id().to_owned())
        .collect();
    assert!(eu.contains(&"eu-decision-six-weeks".to_owned()));
    let us: Vec<String> = pack
        .route_for(Some("US"))
        .durations
        .iter()
        .map(|d| d.id().to_owned())
        .collect();
    assert!(!us.contains(&"eu-decision-six-weeks".to_owned()));
    assert!(us.contains(&"hague-decision-six-weeks".to_owned()));
    assert!(pack.route_for(Some("CN")).durations.is_empty());
}

#[test]
fn the_country_table_matches_its_readme_counts() {
    let pack = pack();
    let countries = pack.countries();
    assert_eq!(countries.len(), 249);
    let parties: Vec<_> = countries.iter().filter(|c| c.hague_1980).collect();
    assert_eq!(parties.len(), 105);
    let in_force = parties
        .iter()
        .filter(|c| c.in_force_with_home_state == InForce::Yes)
        .count();
    let unknown = parties
        .iter()
        .filter(|c| c.in_force_with_home_state == InForce::Unknown)
        .count();
    assert_eq!((in_force, unknown), (43, 62));
    assert_eq!(countries.iter().filter(|c| c.eu_brussels2ter).count(), 26);
}

// ---- Search --------------------------------------------------------------------------

fn first(pack: &ContentPack, query: &str, language: Language) -> (String, String) {
    let hits = pack.search_countries(query, language);
    let hit = hits
        .first()
        .unwrap_or_else(|| panic!("no hit for {query:?}"));
    (hit.iso2.clone(), hit.name.clone())
}

#[test]
fn search_by_dutch_name_prefix() {
    let pack = pack();
    assert_eq!(
        first(&pack, "duits", Language::Nl),
        ("DE".into(), "Duitsland".into())
    );
    assert_eq!(
        first(&pack, "MAROK", Language::Nl),
        ("MA".into(), "Marokko".into())
    );
    assert_eq!(
        first(&pack, "polen", Language::En),
        ("PL".into(), "Poland".into())
    );
}

#[test]
fn search_by_english_name_prefix() {
    let pack = pack();
    assert_eq!(
        first(&pack, "germ", Language::En),
        ("DE".into(), "Germany".into())
    );
    assert_eq!(
        first(&pack, "morocco", Language::Nl),
        ("MA".into(), "Marokko".into())
    );
}

#[test]
fn search_ignores_diacritics_and_case() {
    let pack = pack();
    assert_eq!(first(&pack, "cote", Language::En).0, "CI");
    assert_eq!(first(&pack, "CÔTE", Language::En).0, "CI");
    assert_eq!(first(&pack, "turk", Language::En).0, "TR");
    assert_eq!(first(&pack, "oekraine", Language::Nl).0, "UA");
    assert_eq!(first(&pack, "Curacao", Language::Nl).0, "CW");
}

#[test]
fn search_finds_words_and_substrings_after_prefixes() {
    let pack = pack();
    let hits = pack.search_countries("staten", Language::Nl);
    let codes: Vec<&str> = hits.iter().map(|h| h.iso2.as_str()).collect();
    assert!(codes.contains(&"US"), "{codes:?}");
    let hits = pack.search_countries("land", Language::Nl);
    // "Land…" names would come first; then words starting with "land"; then "Duitsland".
    assert!(hits.iter().any(|h| h.iso2 == "DE"));
}

#[test]
fn search_knows_the_names_parents_type() {
    let pack = pack();
    assert_eq!(
        first(&pack, "turkey", Language::En),
        ("TR".into(), "Türkiye".into())
    );
    assert_eq!(
        first(&pack, "engeland", Language::Nl),
        ("GB".into(), "Verenigd Koninkrijk".into())
    );
    assert_eq!(first(&pack, "usa", Language::Nl).0, "US");
    assert_eq!(first(&pack, "amerika", Language::Nl).0, "US");
}

#[test]
fn search_results_carry_the_route_class() {
    let pack = pack();
    let hits = pack.search_countries("china", Language::En);
    assert_eq!(hits[0].iso2, "CN");
    assert_eq!(hits[0].class, RouteClass::NonHague);
}

#[test]
fn an_empty_query_finds_nothing() {
    assert!(pack().search_countries("   ", Language::Nl).is_empty());
    assert!(pack().search_countries("zzzz", Language::En).is_empty());
}
