//! The clause library and the parenting-plan PDF.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::collections::BTreeMap;

use support::*;
use waarborg_documents::{
    ClauseChoice, ClauseLibrary, ClauseStatus, ParamKind, ParentingPlan, PlanLanguage, RenderError,
    ValidationCode, parenting_plan_pdf,
};

/// A value for every parameter without a default, as a parent would type it.
fn sample_value(kind: ParamKind, min: Option<i64>, first_option: Option<&str>) -> String {
    match kind {
        ParamKind::Integer => min.unwrap_or(1).to_string(),
        ParamKind::Amount => "1250,50".to_owned(),
        ParamKind::Text => "Testland".to_owned(),
        ParamKind::Date => "2027-01-02".to_owned(),
        ParamKind::Party => "b".to_owned(),
        ParamKind::Choice => first_option.unwrap().to_owned(),
    }
}

/// A plan with every clause of the library, required parameters filled, defaults
/// left to the library.
fn plan_with_every_clause(library: &ClauseLibrary) -> ParentingPlan {
    let mut plan = example_plan();
    plan.clauses = library
        .clauses()
        .iter()
        .map(|clause| ClauseChoice {
            id: clause.id.clone(),
            params: clause
                .params
                .iter()
                .filter(|p| p.default.is_none())
                .map(|p| {
                    let value = if p.name == "cap" {
                        "50000".to_owned()
                    } else {
                        sample_value(p.kind, p.min, p.options.first().map(|o| o.value.as_str()))
                    };
                    (p.name.clone(), value)
                })
                .collect(),
        })
        .collect();
    plan
}

#[test]
fn the_shipped_library_loads_with_every_required_clause() {
    let library = ClauseLibrary::netherlands().unwrap();
    let ids: Vec<&str> = library.clauses().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "consent-per-trip",
            "notice-itinerary",
            "max-holiday-length",
            "countries",
            "passports",
            "no-relocation",
            "return-and-information",
            "refusal-route",
            "mediation-first",
            "habitual-residence",
            "penalty",
            "legalisation",
            "jurisdiction",
        ]
    );
    for clause in library.clauses() {
        assert!(
            clause.source.contains("legal-research.md §"),
            "{}",
            clause.id
        );
        assert!(!clause.why.nl.is_empty() && !clause.why.en.is_empty());
    }
    // The private penalty's enforceability was not researched: it says so.
    let penalty = library.get("penalty").unwrap();
    assert_eq!(penalty.status, ClauseStatus::ToConfirm);
    assert!(penalty.why.en.contains("dwangsom"));
    assert!(penalty.doubt.is_some());
    // It leads with asking the court for a dwangsom, and the printed text carries the
    // caveat (the `why` is never printed).
    assert!(
        penalty.text.nl.starts_with("De ouders vragen de rechter"),
        "{}",
        penalty.text.nl
    );
    assert!(
        penalty.text.en.contains("it is not certain"),
        "{}",
        penalty.text.en
    );
    assert!(
        !penalty.text.nl.contains("boete van"),
        "{}",
        penalty.text.nl
    );
    // Which court decides: habitual residence, Brussels II-ter, the Dutch court where
    // allowed; sourced, and marked for a lawyer's review.
    let jurisdiction = library.get("jurisdiction").unwrap();
    assert_eq!(jurisdiction.status, ClauseStatus::ToConfirm);
    assert!(
        jurisdiction
            .doubt
            .as_ref()
            .is_some_and(|d| d.en.contains("lawyer"))
    );
    assert!(jurisdiction.source.contains("https://eur-lex.europa.eu/"));
    assert!(jurisdiction.text.nl.contains("gewone verblijfplaats"));
    assert!(jurisdiction.text.nl.contains("Brussel II-ter"));
    assert!(
        jurisdiction
            .text
            .en
            .contains("the parents choose the Dutch court")
    );
}

/// A parent or lawyer must be able to find every source again: each clause cites full
/// https:// addresses (or a statute with its article and the date of the text), and no
/// bare domain such as "bosadvocaten.nl" outside an address.
#[test]
fn every_clause_source_is_a_full_address_or_a_dated_statute() {
    let library = ClauseLibrary::netherlands().unwrap();
    for clause in library.clauses() {
        let source = &clause.source;
        let has_address = source.contains("https://");
        let has_statute = source.contains("Art. ") && source.contains("(text of ");
        assert!(has_address || has_statute, "{}: {source}", clause.id);
        let outside_addresses: String = source
            .split_whitespace()
            .filter(|word| !word.contains("https://"))
            .collect::<Vec<_>>()
            .join(" ");
        for word in outside_addresses.split(|c: char| c.is_whitespace() || ";,()".contains(c)) {
            let word = word.trim_end_matches('.');
            let bare_domain = [".nl", ".org", ".com", ".de", ".eu", ".gov", ".net"]
                .iter()
                .any(|tld| word.ends_with(tld) && word.len() > tld.len());
            assert!(
                !bare_domain,
                "{}: bare domain {word:?} in {source}",
                clause.id
            );
        }
    }
}

#[test]
fn every_clause_fills_in_both_languages_without_leftover_placeholders() {
    let library = ClauseLibrary::netherlands().unwrap();
    let plan = plan_with_every_clause(&library);
    let filled = library.fill(&plan).unwrap();
    assert_eq!(filled.articles.len(), library.clauses().len());
    for article in &filled.articles {
        for text in [&article.text.nl, &article.text.en] {
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{}: {text}",
                article.clause_id
            );
        }
    }
    let text_of = |id: &str| {
        let a = filled.articles.iter().find(|a| a.clause_id == id).unwrap();
        (a.text.nl.clone(), a.text.en.clone())
    };
    let (nl, en) = text_of("notice-itinerary");
    assert!(nl.contains("ten minste 42 dagen") && en.contains("at least 42 days"));
    let (nl, en) = text_of("penalty");
    assert!(
        nl.contains("€\u{a0}1.250,50") && nl.contains("€\u{a0}50.000"),
        "{nl}"
    );
    assert!(
        en.contains("€\u{a0}1,250.50") && en.contains("€\u{a0}50,000"),
        "{en}"
    );
    let (nl, _) = text_of("passports");
    assert!(nl.contains("bewaard door Łukasz Wróbel"), "{nl}");
    let (nl, en) = text_of("habitual-residence");
    assert!(
        nl.contains("Zeynep Maja Wróbel en Jörg Müller-Wróbel"),
        "{nl}"
    );
    assert!(
        en.contains("Zeynep Maja Wróbel and Jörg Müller-Wróbel"),
        "{en}"
    );
}

#[test]
fn the_plan_pdf_has_parties_articles_and_signatures_in_each_language() {
    if !require_tools(&["pdftotext", "qpdf", "pdfinfo"]) {
        return;
    }
    let library = ClauseLibrary::netherlands().unwrap();
    let plan = plan_with_every_clause(&library);
    let dir = tempfile::tempdir().unwrap();
    let mut page_counts = BTreeMap::new();
    for (name, language) in [
        ("plan-nl.pdf", PlanLanguage::Nl),
        ("plan-en.pdf", PlanLanguage::En),
        ("plan-both.pdf", PlanLanguage::Both),
    ] {
        let path = write(
            dir.path(),
            name,
            &parenting_plan_pdf(&library, &plan, language).unwrap(),
        );
        qpdf_check(&path);
        page_counts.insert(name, pages(&path));
        let text = text(&path);
        assert!(
            !text.contains('{') && !text.contains('}'),
            "{name}: placeholder left"
        );
        for party in [
            "Çağla Yıldız",
            "Łukasz Wróbel",
            "Jörg Müller-Wróbel",
            "17-04-1988",
        ] {
            assert!(text.contains(party), "{name}: {party}");
        }
        let dutch = text.contains("Artikel 12. Legalisatie van handtekeningen")
            && text.contains("Ouder A")
            && text.contains("Handtekening");
        let english = text.contains("Article 12. Legalisation of signatures")
            && text.contains("Parent A")
            && text.contains("Signature");
        match language {
            PlanLanguage::Nl => assert!(dutch && !english, "{name}"),
            PlanLanguage::En => assert!(english && !dutch, "{name}"),
            PlanLanguage::Both => assert!(dutch && english, "{name}"),
        }
        // The "why" is for parents in the app, not for the signed plan.
        let library_why = &library.get("penalty").unwrap().why.nl;
        assert!(!text.contains(&collapse(library_why)), "{name}");
    }
    assert!(page_counts["plan-both.pdf"] > page_counts["plan-nl.pdf"]);
}

#[test]
fn missing_and_invalid_parameters_are_field_errors() {
    let library = ClauseLibrary::netherlands().unwrap();
    let mut plan = example_plan();
    plan.clauses = vec![
        ClauseChoice {
            id: "penalty".into(),
            params: [("amount_per_day".to_owned(), "veel".to_owned())].into(),
        },
        ClauseChoice {
            id: "max-holiday-length".into(),
            params: [("max_days".to_owned(), "365".to_owned())].into(),
        },
        ClauseChoice {
            id: "notice-itinerary".into(),
            params: [
                ("notice_days".to_owned(), "zes weken".to_owned()),
                ("colour".to_owned(), "blue".to_owned()),
            ]
            .into(),
        },
        ClauseChoice {
            id: "passports".into(),
            params: [("keeper".to_owned(), "grandma".to_owned())].into(),
        },
        ClauseChoice {
            id: "no-such-clause".into(),
            params: BTreeMap::new(),
        },
        ClauseChoice {
            id: "max-holiday-length".into(),
            params: BTreeMap::new(),
        },
    ];
    plan.party_b.full_name.clear();
    plan.party_a.address = "北京市".into();
    let errors = library.fill(&plan).unwrap_err();
    let found: Vec<(&str, ValidationCode)> =
        errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
    for expected in [
        (
            "clauses[0].params.amount_per_day",
            ValidationCode::InvalidAmount,
        ),
        ("clauses[0].params.cap", ValidationCode::Required),
        ("clauses[1].params.max_days", ValidationCode::OutOfRange),
        (
            "clauses[2].params.notice_days",
            ValidationCode::InvalidNumber,
        ),
        ("clauses[2].params.colour", ValidationCode::UnknownParameter),
        ("clauses[3].params.keeper", ValidationCode::InvalidChoice),
        ("clauses[4].id", ValidationCode::UnknownClause),
        ("clauses[5].id", ValidationCode::DuplicateClause),
        ("party_b.full_name", ValidationCode::Required),
        ("party_a.address", ValidationCode::UnsupportedCharacters),
    ] {
        assert!(found.contains(&expected), "{expected:?} not in {found:?}");
    }
    assert!(matches!(
        parenting_plan_pdf(&library, &plan, PlanLanguage::Both),
        Err(RenderError::Invalid(_))
    ));
}

#[test]
fn a_cap_below_the_daily_penalty_is_rejected_and_an_empty_plan_too() {
    let library = ClauseLibrary::netherlands().unwrap();
    let mut plan = example_plan();
    plan.clauses = vec![ClauseChoice {
        id: "penalty".into(),
        params: [
            ("amount_per_day".to_owned(), "500".to_owned()),
            ("cap".to_owned(), "100".to_owned()),
        ]
        .into(),
    }];
    let errors = library.fill(&plan).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "clauses[0].params.cap");
    assert_eq!(errors[0].code, ValidationCode::OutOfRange);

    let errors = library.fill(&ParentingPlan::default()).unwrap_err();
    let codes: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
    assert!(codes.contains(&("clauses", ValidationCode::NoClauses)));
    assert!(codes.contains(&("children", ValidationCode::Required)));
    assert!(codes.contains(&("party_a.full_name", ValidationCode::Required)));
}
