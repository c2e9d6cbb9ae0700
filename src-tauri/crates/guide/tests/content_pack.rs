//! The Dutch content pack: loads, is complete in both languages, sources every fact,
//! never hands out an unconfirmed fact as plain, and refuses broken data.
// Helpers outside #[test] fns fail loudly on purpose: these are tests.
#![allow(clippy::unwrap_used, clippy::panic)]

use std::collections::HashSet;

use waarborg_contract::Language;
use waarborg_guide::{
    ContentError, ContentPack, NETHERLANDS_FILES, ONE_YEAR_MARK, PackFiles, READY_KEYS, RouteClass,
    ScenarioId, Sourced, Verification, is_full_source,
};

fn pack() -> ContentPack {
    ContentPack::netherlands().unwrap()
}

/// Loads the pack with one file's text replaced.
fn load_with(edit: impl FnOnce(&mut PackFiles<'static>)) -> Result<ContentPack, ContentError> {
    let mut files = NETHERLANDS_FILES;
    edit(&mut files);
    ContentPack::from_files(&files)
}

fn replaced(text: &str, from: &str, to: &str) -> &'static str {
    assert!(text.contains(from), "test fixture: {from:?} not found");
    Box::leak(text.replacen(from, to, 1).into_boxed_str())
}

#[test]
fn the_dutch_pack_loads() {
    let pack = pack();
    assert_eq!(pack.jurisdiction(), "nl");
    assert_eq!(pack.name(Language::En), "the Netherlands");
    assert!(pack.contacts().len() >= 10);
    for id in ScenarioId::ALL {
        assert!(!pack.scenario(*id).steps().is_empty(), "{id:?}");
    }
}

#[test]
fn every_fact_has_a_source_and_a_checked_date() {
    let pack = pack();
    let provenances = pack.provenances();
    assert!(provenances.len() > 60, "only {} facts", provenances.len());
    for (item, provenance) in &provenances {
        assert!(!provenance.sources.is_empty(), "{item}");
        assert!(
            provenance.sources.iter().all(|s| !s.trim().is_empty()),
            "{item}"
        );
        // The research was compiled in November 2026 and corrected in December 2026;
        // no fact can have been consulted later.
        assert!(
            provenance.checked.to_string().as_str() <= "2026-12",
            "{item}"
        );
    }
}

/// Every source is a full https:// address or a statute with its article and the date
/// of the text read, so a parent or a lawyer can find it again; a bare domain fails.
#[test]
fn every_source_is_a_full_address_or_a_dated_statute() {
    let mut count = 0;
    for (item, provenance) in pack().provenances() {
        for source in provenance.sources {
            assert!(is_full_source(source), "{item}: {source:?}");
            count += 1;
        }
    }
    assert!(count > 100, "only {count} citations");
}

/// A fact whose only source is a domain does not load.
#[test]
fn a_fact_with_only_a_domain_as_source_is_refused() {
    let err = load_with(|files| {
        files.steps = replaced(
            files.steps,
            r#"sources = ["https://www.rvig.nl/register-paspoortsignaleringen""#,
            r#"sources = ["rvig.nl""#,
        );
    })
    .unwrap_err();
    assert_eq!(err.code(), "guide-content-incomplete-source", "{err}");
    let err = load_with(|files| {
        files.deadlines = replaced(
            files.deadlines,
            r#""Art. 25 lid 5 Paspoortwet (text of 2014)""#,
            r#""Art. 25 lid 5 Ppw""#,
        );
    })
    .unwrap_err();
    assert_eq!(err.code(), "guide-content-incomplete-source", "{err}");
}

#[test]
fn to_confirm_facts_carry_their_doubt_in_both_languages() {
    let pack = pack();
    let to_confirm: Vec<_> = pack
        .provenances()
        .into_iter()
        .filter(|(_, p)| p.status == Verification::ToConfirm)
        .collect();
    assert!(!to_confirm.is_empty());
    for (item, provenance) in to_confirm {
        let doubt = provenance
            .doubt
            .unwrap_or_else(|| panic!("{item}: no doubt"));
        for language in Language::ALL {
            assert!(!doubt.get(*language).trim().is_empty(), "{item}");
        }
    }
}

#[test]
fn unconfirmed_facts_are_handed_out_flagged() {
    let pack = pack();
    let iko = pack.contact("centrum-iko").unwrap();
    for language in Language::ALL {
        let hotline = iko.reach()[1].display(*language);
        assert!(hotline.is_to_confirm());
        assert!(hotline.doubt.is_some_and(|d| !d.is_empty()));
        let role = iko.role().text(*language);
        assert_eq!(role.status, Verification::Sourced);
        assert_eq!(role.doubt, None);
    }
    let loket = pack.contact("juridisch-loket").unwrap();
    let number = loket.reach()[0].display(Language::En);
    assert!(number.is_to_confirm());
    assert!(number.doubt.is_some_and(|d| d.contains("0800")));

    let sis = pack
        .scenario(ScenarioId::Threatened)
        .steps()
        .iter()
        .find(|step| step.id() == "threat-sis-alert")
        .unwrap();
    assert!(sis.what(Language::Nl).is_to_confirm());
    assert!(sis.why(Language::En).is_to_confirm());
}

#[test]
fn serialized_facts_always_carry_their_status() {
    let pack = pack();
    let iko = serde_json::to_value(pack.contact("centrum-iko").unwrap()).unwrap();
    assert_eq!(iko["reach"][1]["status"], "to-confirm");
    assert_eq!(iko["role"]["status"], "sourced");
    assert_eq!(iko["reach"][0]["status"], "sourced");
    assert_eq!(iko["reach"][0]["checked"], "2026-11");
}

#[test]
fn every_referenced_contact_exists_and_every_ready_key_is_known() {
    let pack = pack();
    let steps = pack.all_steps();
    for step in steps {
        for contact in step.contacts() {
            assert!(pack.contact(contact).is_some(), "{}: {contact}", step.id());
        }
        for key in step.have_ready() {
            assert!(READY_KEYS.contains(&key.as_str()), "{}: {key}", step.id());
        }
    }
}

#[test]
fn step_ids_are_unique() {
    let pack = pack();
    let mut seen = HashSet::new();
    let steps = pack.all_steps();
    for step in steps {
        assert!(seen.insert(step.id().to_owned()), "duplicate {}", step.id());
    }
}

#[test]
fn both_languages_are_filled_everywhere() {
    let pack = pack();
    let json = serde_json::to_value((
        pack.contacts(),
        pack.scenarios(),
        pack.prevention(),
        pack.deadline_rules(),
        pack.durations(),
        pack.risk_indicators(),
    ))
    .unwrap();
    let mut texts = 0;
    check_texts(&json, &mut texts);
    assert!(texts > 150, "only {texts} texts seen");
}

/// Every object with an `nl` key is a text and must have a non-empty `en`, and back.
fn check_texts(value: &serde_json::Value, count: &mut usize) {
    match value {
        serde_json::Value::Object(map) => {
            if map.contains_key("nl") || map.contains_key("en") {
                for language in ["nl", "en"] {
                    let text = map
                        .get(language)
                        .and_then(|t| t.as_str())
                        .unwrap_or_default();
                    assert!(!text.trim().is_empty(), "missing {language} in {value}");
                }
                *count += 1;
            }
            map.values().for_each(|v| check_texts(v, count));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| check_texts(v, count)),
        _ => {}
    }
}

#[test]
fn steps_say_what_and_why_in_at_most_two_sentences() {
    let pack = pack();
    let steps = pack.all_steps();
    for step in steps {
        for language in Language::ALL {
            for text in [step.what(*language).text, step.why(*language).text] {
                let sentences = count_sentences(text);
                assert!(sentences <= 2, "{} ({language:?}): {text}", step.id());
            }
        }
    }
}

/// Sentence ends: `.`, `?` or `!` (after any closing quote) followed by the end of the
/// text or by a space and a capital. "art. 1:253a" is not an end.
fn count_sentences(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| matches!(chars[i], '.' | '?' | '!'))
        .filter(|&i| {
            let mut next = i + 1;
            while chars
                .get(next)
                .is_some_and(|c| matches!(c, '"' | '\u{201d}' | ')'))
            {
                next += 1;
            }
            match (chars.get(next), chars.get(next + 1)) {
                (None, _) => true,
                (Some(space), Some(letter)) => space.is_whitespace() && letter.is_uppercase(),
                _ => false,
            }
        })
        .count()
}

#[test]
fn sentence_counting_ignores_abbreviations() {
    assert_eq!(count_sentences("Zie art. 1:253a BW. Bel nu."), 2);
    assert_eq!(count_sentences("Zeg: \"Help.\" Geef de naam."), 2);
    assert_eq!(count_sentences("Een. Twee. Drie."), 3);
}

/// The digits people read are the digits the link dials (+31 for a leading 0).
#[test]
fn phone_links_dial_the_number_shown() {
    let digits = |text: &str| {
        text.chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    };
    for contact in pack().contacts() {
        for point in contact.reach().iter().filter(|point| point.is_phone()) {
            let shown = digits(point.display(Language::Nl).text);
            let link = point.link().trim_start_matches("tel:");
            let dialled = match link.strip_prefix("+31") {
                Some(national) if !shown.starts_with("31") => format!("0{national}"),
                _ => digits(link),
            };
            assert_eq!(shown, dialled, "{}: {}", contact.id(), point.link());
        }
    }
}

#[test]
fn a_malformed_phone_link_is_refused() {
    let err = load_with(|files| {
        files.contacts = replaced(files.contacts, r#"link = "tel:112""#, r#"link = "112""#);
    })
    .unwrap_err();
    assert_eq!(err.code(), "guide-content-invalid-link", "{err}");
}

#[test]
fn the_first_call_when_a_child_is_being_taken_is_112() {
    let pack = pack();
    let first = &pack.scenario(ScenarioId::TakingNow).steps()[0];
    assert_eq!(first.contacts(), ["police-emergency"]);
    let police = pack.contact("police-emergency").unwrap();
    assert_eq!(police.reach()[0].link(), "tel:112");
    assert!(first.what(Language::Nl).text.contains("112"));
    assert!(
        first
            .have_ready()
            .contains(&"vault.police-sheet".to_owned())
    );
}

#[test]
fn the_research_wins_over_the_seed_guide() {
    let pack = pack();
    let central = pack.contact("central-authority").unwrap();
    assert_eq!(
        central.reach()[0].display(Language::Nl).text,
        "(070) 370 62 52"
    );
    assert_eq!(central.reach()[0].link(), "tel:+31703706252");
    let everything = serde_json::to_string(&(
        pack.contacts(),
        pack.scenarios(),
        pack.prevention(),
        pack.deadline_rules(),
        pack.durations(),
        pack.risk_indicators(),
    ))
    .unwrap();
    for wrong in [
        "Achterblijvers",
        "Spoed Alert",
        "070 315 2163",
        "5.000",
        "5,000",
        "09.00-17.00",
    ] {
        assert!(
            !everything.contains(wrong),
            "seed error {wrong:?} in the pack"
        );
    }
    // The passport register needs a suspected offence: it is a step after the
    // abduction, not under "threatened".
    assert!(
        !pack
            .scenario(ScenarioId::Threatened)
            .steps()
            .iter()
            .any(|step| step.id().contains("passport-register"))
    );
    let register = pack
        .scenario(ScenarioId::TakenAbroad)
        .steps()
        .iter()
        .find(|step| step.id() == "abroad-passport-register")
        .unwrap();
    assert!(register.what(Language::En).text.contains("cannot request"));
    assert!(register.why(Language::En).text.contains("suspected"));
    // Juridisch Loket: the advice is free, the 0900 number is not.
    let loket = pack
        .contact("juridisch-loket")
        .unwrap()
        .role()
        .text(Language::En)
        .text;
    assert!(
        loket.contains("per minute") && !loket.starts_with("Free"),
        "{loket}"
    );
}

#[test]
fn risk_checklist_says_it_is_not_predictive() {
    let pack = pack();
    let risk = pack.risk_indicators();
    assert!(
        risk.disclaimer()
            .text(Language::Nl)
            .text
            .contains("voorspellen niets")
    );
    assert!(
        risk.disclaimer()
            .text(Language::En)
            .text
            .contains("predict nothing")
    );
    assert!(risk.indicators().len() >= 8);
}

#[test]
fn prevention_covers_the_essentials() {
    let pack = pack();
    let ids: Vec<&str> = pack.prevention().iter().map(|step| step.id()).collect();
    for id in [
        "prevent-keep-passports",
        "prevent-refuse-passport-consent",
        "prevent-trip-consent",
        "prevent-parenting-plan",
        "prevent-court",
        "prevent-centrum-iko",
        "prevent-second-nationality",
        "prevent-id-card-12-17",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
}

/// Refusing passport consent does not stop a 12–17-year-old's ID card: prevention, the
/// "threatened" steps and the warning signs say so.
#[test]
fn the_id_card_gap_is_explained() {
    let pack = pack();
    let step = pack
        .prevention()
        .iter()
        .find(|step| step.id() == "prevent-id-card-12-17")
        .unwrap();
    let what = step.what(Language::En).text;
    assert!(
        what.contains("12 to 17") && what.contains("without parental consent"),
        "{what}"
    );
    assert!(what.contains("court"), "{what}");
    assert!(step.why(Language::Nl).text.contains("jonger is dan 12"));
    assert!(
        pack.risk_indicators()
            .indicators()
            .iter()
            .any(|f| f.id() == "risk-id-card-12-17")
    );
    let keep = pack
        .scenario(ScenarioId::Threatened)
        .steps()
        .iter()
        .find(|step| step.id() == "threat-keep-passport")
        .unwrap();
    assert!(keep.why(Language::En).text.contains("ID card"));
    let consent = pack.deadline_rule("passport-consent-validity").unwrap();
    assert!(
        consent
            .text(Language::En)
            .text
            .contains("differs per municipality")
    );
}

#[test]
fn the_computed_deadlines_have_their_explanation() {
    let pack = pack();
    let rule = pack.deadline_rule(ONE_YEAR_MARK).unwrap();
    assert!(!rule.sources().is_empty());
    let year = rule.text(Language::En).text;
    assert!(year.contains("settled"));
    // Art. 12 counts to the start of proceedings in the child's country, not to the
    // application in the Netherlands.
    assert!(
        year.contains("proceedings are started in the country where the child is"),
        "{year}"
    );
    assert!(year.contains("does not stop this clock"), "{year}");
    let nl = rule.text(Language::Nl).text;
    assert!(
        nl.contains("procedures begonnen in het land waar het kind is"),
        "{nl}"
    );
    assert!(!nl.contains("verzoek binnen een jaar ingediend"), "{nl}");
    assert!(pack.deadline_rule("six-week-target").is_none());
    // The one-year mark is a Convention limit: not for a state outside it.
    assert!(rule.applies_to(RouteClass::HagueInForce));
    assert!(!rule.applies_to(RouteClass::NonHague));
}

#[test]
fn checked_on_spans_the_oldest_and_newest_check() {
    let range = pack().checked_on();
    assert_eq!(range.oldest.to_string(), "2023-05-22");
    assert_eq!(range.newest.to_string(), "2026-12");
}

// ---- Broken data is refused ----------------------------------------------------------

#[test]
fn a_missing_english_text_is_refused() {
    let err = load_with(|files| {
        files.contacts = replaced(
            files.contacts,
            r#"name = { nl = "Politie – spoed (112)", en = "Police – emergency (112)" }"#,
            r#"name = { nl = "Politie – spoed (112)" }"#,
        );
    })
    .unwrap_err();
    assert_eq!(err.code(), "guide-content-parse", "{err}");
}

#[test]
fn an_empty_dutch_text_is_refused() {
    let err = load_with(|files| {
        files.scenarios = replaced(
            files.scenarios,
            r#"title = { nl = "Er dreigt een ontvoering""#,
            r#"title = { nl = " ""#,
        );
    })
    .unwrap_err();
    assert_eq!(
        err,
        ContentError::MissingTranslation {
            item: "scenario threatened title".into(),
            language: "nl"
        }
    );
}

#[test]
fn a_fact_without_sources_is_refused() {
    let err = load_with(|files| {
        files.deadlines = replaced(
            files.deadlines,
            r#"sources = ["Art. 1:253a lid 6 BW (text of 2015)"]"#,
            "sources = []",
        );
    })
    .unwrap_err();
    assert_eq!(err.code(), "guide-content-missing-source", "{err}");
}

#[test]
fn a_fact_without_a_checked_date_is_refused() {
    let err = load_with(|files| {
        files.durations = replaced(
            files.durations,
            "sources = [\"https://www.pisters.nl/crossborder-mediation\"]\nchecked = \"2026-11\"",
            "sources = [\"https://www.pisters.nl/crossborder-mediation\"]",
        );
    })
    .unwrap_err();
    assert_eq!(err.code(), "guide-content-parse", "{err}");
}

#[test]
fn an_invented_day_that_does_not_exist_is_refused() {
    let err = load_with(|files| {
        files.steps = replaced(
            files.steps,
            r#"checked = "2023-05-22""#,
            r#"checked = "2023-02-30""#,
        );
    })
    .unwrap_err();
    assert_eq!(err.code(), "guide-content-parse", "{err}");
}

#[test]
fn a_to_confirm_fact_without_a_doubt_is_refused() {
    let err = load_with(|files| {
        files.contacts = replaced(
            files.contacts,
            r#"doubt = { nl = "Deze tijden komen uit een bron van 2019.", en = "These hours come from a 2019 source." }"#,
            "",
        );
    })
    .unwrap_err();
    assert_eq!(err.code(), "guide-content-missing-doubt", "{err}");
}

#[test]
fn a_step_calling_an_unknown_contact_is_refused() {
    let err = load_with(|files| {
        files.steps = replaced(
            files.steps,
            r#"contacts = ["kindertelefoon"]"#,
            r#"contacts = ["stichting-achterblijvers"]"#,
        );
    })
    .unwrap_err();
    assert_eq!(err.code(), "guide-content-unknown-contact", "{err}");
}

#[test]
fn an_unknown_have_ready_key_is_refused() {
    let err = load_with(|files| {
        files.steps = replaced(files.steps, r#""guide.log""#, r#""vault.everything""#);
    })
    .unwrap_err();
    assert_eq!(err.code(), "guide-content-unknown-ready-key", "{err}");
}

#[test]
fn a_duplicate_step_id_is_refused() {
    let err = load_with(|files| {
        files.steps = replaced(
            files.steps,
            r#"id = "abroad-embassy""#,
            r#"id = "abroad-centrum-iko""#,
        );
    })
    .unwrap_err();
    assert_eq!(err, ContentError::DuplicateId("abroad-centrum-iko".into()));
}

#[test]
fn an_unknown_field_is_refused() {
    let err = load_with(|files| {
        files.durations = replaced(
            files.durations,
            "checked = ",
            "chekced = \"2026-11\"\nchecked = ",
        );
    })
    .unwrap_err();
    assert_eq!(err.code(), "guide-content-parse", "{err}");
}

#[test]
fn a_country_table_that_disagrees_with_its_extended_twin_is_refused() {
    let err = load_with(|files| {
        files.countries = replaced(
            files.countries,
            "US,United States,Verenigde Staten,yes,yes,no",
            "US,United States,Verenigde Staten,yes,unknown,no",
        );
    })
    .unwrap_err();
    assert_eq!(err.code(), "guide-content-country-table", "{err}");
}

/// The types the UI shows export to TypeScript (the integrator wires the export into
/// `ui/`; here they go to a temporary directory).
#[test]
fn the_pack_types_export_to_typescript() {
    use ts_rs::TS;
    use waarborg_guide::{
        CheckedRange, Contact, CountryMatch, Deadlines, Fact, RiskChecklist, Route, Scenario,
    };
    let dir = tempfile::tempdir().unwrap();
    let cfg = ts_rs::Config::new().with_out_dir(dir.path());
    Route::export_all(&cfg).unwrap();
    Scenario::export_all(&cfg).unwrap();
    Contact::export_all(&cfg).unwrap();
    CountryMatch::export_all(&cfg).unwrap();
    Deadlines::export_all(&cfg).unwrap();
    RiskChecklist::export_all(&cfg).unwrap();
    CheckedRange::export_all(&cfg).unwrap();
    let fact = std::fs::read_to_string(dir.path().join("Fact.ts")).unwrap();
    assert!(fact.contains("status: Verification"), "{fact}");
    assert!(fact.contains("checked: string"), "{fact}");
    let route = std::fs::read_to_string(dir.path().join("Route.ts")).unwrap();
    assert!(
        route.contains("classification_status: Verification"),
        "{route}"
    );
    let verification = std::fs::read_to_string(dir.path().join("Verification.ts")).unwrap();
    assert!(verification.contains(r#""to-confirm""#), "{verification}");
    assert!(Fact::decl(&cfg).contains("sources: Array<string>"));
}

/// What the research marks [MEM], [UNVERIFIED], old or inferred stays "to confirm".
/// This list changes only when a fact is confirmed against a current source.
#[test]
fn the_facts_the_research_doubts_stay_to_confirm() {
    let pack = pack();
    let to_confirm: Vec<String> = pack
        .provenances()
        .into_iter()
        .filter(|(_, provenance)| provenance.status == Verification::ToConfirm)
        .map(|(item, _)| item)
        .collect();
    assert_eq!(
        to_confirm,
        [
            "contact centrum-iko 116 000",
            "contact kindertelefoon hours",
            "contact juridisch-loket 0900-8020",
            "contact juridisch-loket hours",
            "step now-ask-border-alert",
            "step threat-sis-alert",
            "step abroad-keep-registration",
            "country table",
            "note note-other-territory",
            "limit removal-date-unsure",
            "fact risk-practical-flags",
        ]
    );
}

/// Every getter hands out the status of the item it reads from.
#[test]
fn getters_carry_the_status_of_their_fact() {
    let pack = pack();
    for language in Language::ALL {
        for contact in pack.contacts() {
            for point in contact.reach() {
                assert_eq!(point.display(*language).status, point.status());
            }
            for fact in [Some(contact.role()), contact.hours()]
                .into_iter()
                .flatten()
            {
                assert_eq!(fact.text(*language).status, fact.status());
            }
        }
        let steps = pack.all_steps();
        for step in steps {
            assert_eq!(step.what(*language).status, step.status());
            assert_eq!(step.why(*language).status, step.status());
            assert_eq!(
                step.what(*language).doubt.is_some(),
                step.status() == Verification::ToConfirm
            );
        }
    }
}
