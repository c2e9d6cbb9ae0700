//! Route selection per destination class, and country search in both languages.
// Helpers outside #[test] fns fail loudly on purpose: these are tests.
#![allow(clippy::unwrap_used, clippy::panic)]

use waarborg_contract::Language;
use waarborg_guide::{
    ContentPack, InForce, ReportRoute, RouteClass, Sourced, UnknownReason, Verification,
    render_route_report, render_unknown_country, route_report,
};
use waarborg_i18n::Messages;

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
    for iso2 in ["BR", "ZA", "RU", "UA", "NZ", "HK", "MO"] {
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

/// territories.csv: the EU's outermost regions and Åland take the EU route; every other
/// territory is "unknown, ask the Central Authority", never "not a party".
#[test]
fn territories_route_by_the_territories_table() {
    let pack = pack();
    for iso2 in ["RE", "GP", "MQ", "GF", "YT", "MF", "AX"] {
        let route = pack.route_for(Some(iso2));
        assert_eq!(route.class, RouteClass::EuBrussels, "{iso2}");
        assert_eq!(route.classification_status, Verification::Sourced, "{iso2}");
        assert_eq!(
            route.note.as_ref().map(|n| n.id()),
            Some("note-eu-territory"),
            "{iso2}"
        );
        assert!(
            route
                .steps
                .iter()
                .any(|s| s.id() == "abroad-return-request"),
            "{iso2}"
        );
    }
    assert_eq!(
        pack.route_for(Some("AX"))
            .country
            .unwrap()
            .part_of
            .as_deref(),
        Some("FI")
    );
    for iso2 in [
        "BM", "IM", "JE", "KY", "GI", "PR", "GU", "GL", "FO", "NC", "PF", "BL", "SJ", "CK",
    ] {
        let route = pack.route_for(Some(iso2));
        assert_eq!(route.class, RouteClass::Unknown, "{iso2}");
        assert_eq!(
            route.unknown_reason,
            Some(UnknownReason::Territory),
            "{iso2}"
        );
        assert_ne!(route.class, RouteClass::NonHague, "{iso2}");
        assert_eq!(
            route.note.as_ref().map(|n| n.id()),
            Some("note-other-territory"),
            "{iso2}"
        );
        let ids: Vec<&str> = route.steps.iter().map(|s| s.id()).collect();
        assert!(ids.contains(&"abroad-unknown-destination"), "{iso2}");
        assert!(!ids.contains(&"abroad-non-hague"), "{iso2}");
        let text = route.info.explanation().text(Language::En).text.to_owned();
        assert!(text.contains("Ask the Central Authority"), "{text}");
    }
    // The search shows the same route as the window.
    let hits = pack.search_countries("reunion", Language::En);
    assert_eq!(
        (hits[0].iso2.as_str(), hits[0].class),
        ("RE", RouteClass::EuBrussels)
    );
    let hits = pack.search_countries("bermuda", Language::Nl);
    assert_eq!(
        (hits[0].iso2.as_str(), hits[0].class),
        ("BM", RouteClass::Unknown)
    );
}

#[test]
fn hong_kong_and_macao_are_worded_as_chinas_extension() {
    let pack = pack();
    for iso2 in ["HK", "MO"] {
        let route = pack.route_for(Some(iso2));
        let note = route.note.unwrap();
        assert_eq!(note.id(), "note-china-extension");
        let en = note.text(Language::En).text;
        assert!(
            en.contains("China's extension") && en.contains("China itself is not a party"),
            "{en}"
        );
    }
    assert!(pack.route_for(Some("CN")).note.is_none());
    assert!(pack.route_for(Some("DE")).note.is_none());
}

/// The limits list has only what applies to the destination: no one-year mark and no
/// court six weeks outside the Convention, the EU's six weeks only in the EU.
#[test]
fn each_destination_lists_only_its_own_limits() {
    let pack = pack();
    let ids = |iso2: Option<&str>| -> Vec<String> {
        pack.route_for(iso2)
            .limits
            .iter()
            .map(|l| l.id().to_owned())
            .collect()
    };
    let eu = ids(Some("DE"));
    assert!(eu.contains(&"one-year-mark".to_owned()));
    assert!(eu.contains(&"eu-court-six-weeks".to_owned()));
    let us = ids(Some("US"));
    assert!(us.contains(&"one-year-mark".to_owned()));
    assert!(us.contains(&"hague-court-six-weeks".to_owned()));
    assert!(!us.contains(&"eu-court-six-weeks".to_owned()));
    let china = ids(Some("CN"));
    assert_eq!(china, ["non-treaty-no-convention-limits"]);
    let unknown = ids(None);
    assert!(unknown.contains(&"one-year-mark".to_owned()));
    // Home-state rules are never shown as a destination's limits.
    for iso2 in [None, Some("DE"), Some("US"), Some("CN"), Some("BM")] {
        assert!(!ids(iso2).contains(&"passport-register-two-years".to_owned()));
        // Every limit shown has an explanation with sources.
        for limit in pack.route_for(iso2).limits {
            assert!(!limit.sources().is_empty());
            assert!(!limit.text(Language::Nl).text.is_empty());
        }
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
    assert!(eu.contains(&"iko-mediation-two-weeks".to_owned()));
    let us: Vec<String> = pack
        .route_for(Some("US"))
        .durations
        .iter()
        .map(|d| d.id().to_owned())
        .collect();
    assert!(pack.route_for(Some("CN")).durations.is_empty());
    assert!(us.contains(&"iko-mediation-two-weeks".to_owned()));
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

// ---- The route report (`waarborg guide route COUNTRY`) ---------------------------------

#[test]
fn the_report_names_the_route_by_code_or_name_in_either_language() {
    let pack = pack();
    for query in ["DE", "de", "Duitsland", "germany", "GERMANY"] {
        let report = route_report(&pack, query, Language::En).unwrap();
        assert_eq!(report.country.as_deref(), Some("DE"), "{query}");
        assert_eq!(report.route, ReportRoute::Eu, "{query}");
    }
    let cases = [
        ("Marokko", ReportRoute::Treaty),
        ("Turkey", ReportRoute::TreatyToConfirm),
        ("Brazil", ReportRoute::TreatyToConfirm),
        ("Hongkong", ReportRoute::TreatyToConfirm),
        ("China", ReportRoute::NonTreaty),
        ("Bermuda", ReportRoute::Unknown),
        ("Réunion", ReportRoute::Eu),
        ("Aruba", ReportRoute::Unknown),
    ];
    for (query, route) in cases {
        assert_eq!(
            route_report(&pack, query, Language::Nl).unwrap().route,
            route,
            "{query}"
        );
    }
    let unknown = route_report(&pack, "onbekend", Language::Nl).unwrap();
    assert_eq!(
        (unknown.country, unknown.route),
        (None, ReportRoute::Unknown)
    );
}

#[test]
fn the_report_json_has_country_route_limits_and_sourced_facts() {
    let pack = pack();
    let report = route_report(&pack, "Verenigde Staten", Language::En).unwrap();
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["country"], "US");
    assert_eq!(json["route"], "treaty-to-confirm");
    let limits = json["limits"].as_array().unwrap();
    assert!(limits.iter().any(|l| l["id"] == "one-year-mark"));
    let facts = json["facts"].as_array().unwrap();
    assert!(facts.len() > 5);
    for fact in limits.iter().chain(facts) {
        assert!(!fact["text"].as_str().unwrap().is_empty(), "{fact}");
        assert!(!fact["sources"].as_array().unwrap().is_empty(), "{fact}");
        assert!(
            fact["checked"].as_str().unwrap().starts_with("20"),
            "{fact}"
        );
        if fact["status"] == "to-confirm" {
            assert!(
                fact["doubt"].as_str().is_some_and(|d| !d.is_empty()),
                "{fact}"
            );
        }
    }
    // Outside the Convention: no one-year mark in the report either.
    let china = serde_json::to_value(route_report(&pack, "CN", Language::En).unwrap()).unwrap();
    assert_eq!(china["route"], "non-treaty");
    assert!(
        !china["limits"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["id"] == "one-year-mark")
    );
}

#[test]
fn an_unknown_country_gives_the_closest_names() {
    let pack = pack();
    let err = route_report(&pack, "Duitslant", Language::Nl).unwrap_err();
    assert_eq!(err.query, "Duitslant");
    assert_eq!(
        err.closest.first().map(String::as_str),
        Some("Duitsland"),
        "{err:?}"
    );
    // Several countries match: the parent must choose, the report lists them.
    let err = route_report(&pack, "guin", Language::En).unwrap_err();
    assert!(err.closest.len() > 1, "{err:?}");
    assert!(
        err.closest.iter().all(|name| name.contains("Guinea")),
        "{err:?}"
    );
    let text = render_unknown_country(&err, &Messages::new(Language::En));
    assert!(text.contains("No country found for \"guin\""), "{text}");
    assert!(text.contains("Did you mean:"), "{text}");
    assert!(route_report(&pack, "   ", Language::En).is_err());
}

#[test]
fn the_plain_text_report_shows_every_fact_with_its_sources_and_hedge() {
    let pack = pack();
    for language in Language::ALL {
        let messages = Messages::new(*language);
        let report = route_report(&pack, "BR", *language).unwrap();
        let text = render_route_report(&report, &messages);
        // No message id reaches the text: every message exists in both languages.
        assert!(!text.contains("guide-"), "{text}");
        for fact in report.limits.iter().chain(&report.facts) {
            assert!(text.contains(&fact.text), "{}", fact.id);
            for source in &fact.sources {
                assert!(text.contains(source.as_str()), "{source}");
            }
        }
        let hedges = report
            .limits
            .iter()
            .chain(&report.facts)
            .filter(|fact| fact.status == Verification::ToConfirm)
            .count();
        assert!(hedges > 0);
        let marker = messages.get("guide-to-confirm");
        assert!(text.matches(marker.as_str()).count() >= hedges, "{text}");
    }
    let en = render_route_report(
        &route_report(&pack, "DE", Language::En).unwrap(),
        &Messages::new(Language::En),
    );
    assert!(en.contains("Destination: Germany (DE)"), "{en}");
    assert!(
        en.contains("Compiled from sources consulted in November 2026"),
        "{en}"
    );
    assert!(!en.contains("Checked"), "{en}");
    let nl = render_route_report(
        &route_report(&pack, "DE", Language::Nl).unwrap(),
        &Messages::new(Language::Nl),
    );
    assert!(nl.contains("geraadpleegd in november 2026"), "{nl}");
    assert!(!nl.contains("Gecontroleerd"), "{nl}");
}
