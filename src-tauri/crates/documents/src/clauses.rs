//! The parenting-plan clause library: anti-abduction agreements as data.
//!
//! Each clause is one TOML file under `content/clauses/<jurisdiction>/` (format in the
//! README there): Dutch and English text with named `{parameters}`, a short "why" for
//! parents, parameter definitions and the source in the research. Loading checks the
//! files; [`ClauseLibrary::fill`] checks a parent's choices and substitutes them.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waarborg_contract::Language;

use crate::consent::{display_date, parse_date};
use crate::error::ClauseLibraryError;
use crate::validation::{FieldError, ValidationCode};

/// A text in both languages (the contract's type).
pub use waarborg_contract::Text;

/// Whether a clause's legal basis was seen in a source, or still needs confirming.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "ClauseStatus")]
pub enum Status {
    Sourced,
    /// Shown with its `doubt`; parents should ask a lawyer.
    ToConfirm,
}

/// The kind of value a parameter takes. Values are entered as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ParamKind {
    /// A whole number within `min`..=`max`.
    Integer,
    /// Euros, e.g. `250` or `250,50`.
    Amount,
    /// Free text.
    Text,
    /// `YYYY-MM-DD`.
    Date,
    /// `a` or `b`: one of the two parents, printed as their name.
    Party,
    /// One of `options` (by `value`).
    Choice,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ChoiceOption {
    pub value: String,
    pub nl: String,
    pub en: String,
}

/// One parameter of a clause.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ParamDef {
    pub name: String,
    pub kind: ParamKind,
    pub required: bool,
    #[serde(default)]
    pub default: Option<String>,
    #[serde(default)]
    #[ts(type = "number | null")]
    pub min: Option<i64>,
    #[serde(default)]
    #[ts(type = "number | null")]
    pub max: Option<i64>,
    #[serde(default)]
    pub options: Vec<ChoiceOption>,
    pub label: Text,
}

/// One clause of the library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Clause {
    pub id: String,
    pub order: u32,
    /// Section of `legal-research.md` and what it cites.
    pub source: String,
    /// `YYYY-MM`.
    pub checked: String,
    pub status: Status,
    /// Required when `status` is `to-confirm`: what is not verified.
    #[serde(default)]
    pub doubt: Option<Text>,
    pub title: Text,
    pub text: Text,
    /// For parents, in the app; never printed in the plan.
    pub why: Text,
    #[serde(default)]
    pub params: Vec<ParamDef>,
}

/// Placeholders every clause may use, filled from the plan itself.
pub const PLAN_PLACEHOLDERS: &[&str] = &["party_a", "party_b", "children"];

macro_rules! clause_file {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../content/clauses/nl/", $name)),
        )
    };
}

/// The embedded Dutch library: file name and text, in order.
pub const NETHERLANDS: &[(&str, &str)] = &[
    clause_file!("01-consent-per-trip.toml"),
    clause_file!("02-notice-itinerary.toml"),
    clause_file!("03-max-holiday-length.toml"),
    clause_file!("04-countries.toml"),
    clause_file!("05-passports.toml"),
    clause_file!("06-no-relocation.toml"),
    clause_file!("07-return-and-information.toml"),
    clause_file!("08-refusal-route.toml"),
    clause_file!("09-mediation-first.toml"),
    clause_file!("10-habitual-residence.toml"),
    clause_file!("11-penalty.toml"),
    clause_file!("12-legalisation.toml"),
    clause_file!("13-jurisdiction.toml"),
];

/// The clauses a plan can choose from, checked and in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseLibrary {
    clauses: Vec<Clause>,
}

/// A parenting plan as the parent fills it in. Dates are ISO text, as in the consent form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ParentingPlan {
    pub party_a: Party,
    pub party_b: Party,
    pub children: Vec<PlanChild>,
    /// The chosen clauses, in the order the parent wants them.
    pub clauses: Vec<ClauseChoice>,
    /// Where and when the parents sign (may be left empty to fill in by hand).
    pub sign_place: String,
    pub sign_date: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Party {
    pub full_name: String,
    pub birth_date: String,
    pub address: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct PlanChild {
    pub full_name: String,
    pub birth_date: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ClauseChoice {
    pub id: String,
    /// Parameter values as typed; a missing one takes the clause's default.
    pub params: BTreeMap<String, String>,
}

/// A plan with every clause's text filled in, ready to preview or print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FilledPlan {
    pub articles: Vec<Article>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Article {
    pub clause_id: String,
    pub title: Text,
    pub text: Text,
}

impl ClauseLibrary {
    /// The Dutch library shipped with the app.
    pub fn netherlands() -> Result<Self, ClauseLibraryError> {
        Self::from_files(NETHERLANDS)
    }

    /// Parses and checks clause files (name, TOML text).
    pub fn from_files(files: &[(&str, &str)]) -> Result<Self, ClauseLibraryError> {
        let mut clauses = Vec::with_capacity(files.len());
        let mut ids = BTreeSet::new();
        for (file, text) in files {
            let invalid = |problem: String| ClauseLibraryError::Invalid {
                file: (*file).to_owned(),
                problem,
            };
            let clause: Clause = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
            check_clause(&clause).map_err(invalid)?;
            if !ids.insert(clause.id.clone()) {
                return Err(invalid(format!("duplicate id {:?}", clause.id)));
            }
            clauses.push(clause);
        }
        clauses.sort_by_key(|c| c.order);
        Ok(Self { clauses })
    }

    pub fn clauses(&self) -> &[Clause] {
        &self.clauses
    }

    pub fn get(&self, id: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.id == id)
    }

    /// Checks the plan and fills in every chosen clause. All problems are reported,
    /// with field paths such as `clauses[2].params.max_days`.
    pub fn fill(&self, plan: &ParentingPlan) -> Result<FilledPlan, Vec<FieldError>> {
        let mut errors = Vec::new();
        for (key, party) in [("party_a", &plan.party_a), ("party_b", &plan.party_b)] {
            if party.full_name.trim().is_empty() {
                errors.push(FieldError::new(
                    format!("{key}.full_name"),
                    ValidationCode::Required,
                ));
            }
            if parse_date(&party.birth_date).is_err() {
                errors.push(FieldError::new(
                    format!("{key}.birth_date"),
                    ValidationCode::InvalidDate,
                ));
            }
        }
        if plan.children.is_empty() {
            errors.push(FieldError::new("children", ValidationCode::Required));
        }
        for (i, child) in plan.children.iter().enumerate() {
            if child.full_name.trim().is_empty() {
                errors.push(FieldError::new(
                    format!("children[{i}].full_name"),
                    ValidationCode::Required,
                ));
            }
            if parse_date(&child.birth_date).is_err() {
                errors.push(FieldError::new(
                    format!("children[{i}].birth_date"),
                    ValidationCode::InvalidDate,
                ));
            }
        }
        if parse_date(&plan.sign_date).is_err() {
            errors.push(FieldError::new("sign_date", ValidationCode::InvalidDate));
        }
        if plan.clauses.is_empty() {
            errors.push(FieldError::new("clauses", ValidationCode::NoClauses));
        }

        let mut seen = BTreeSet::new();
        let mut articles = Vec::new();
        for (i, choice) in plan.clauses.iter().enumerate() {
            let at = format!("clauses[{i}]");
            let Some(clause) = self.get(&choice.id) else {
                errors.push(FieldError::new(
                    format!("{at}.id"),
                    ValidationCode::UnknownClause,
                ));
                continue;
            };
            if !seen.insert(clause.id.as_str()) {
                errors.push(FieldError::new(
                    format!("{at}.id"),
                    ValidationCode::DuplicateClause,
                ));
                continue;
            }
            match fill_clause(clause, choice, plan, &at) {
                Ok(article) => articles.push(article),
                Err(mut clause_errors) => errors.append(&mut clause_errors),
            }
        }
        if let Ok(value) = serde_json::to_value(plan) {
            for field in crate::layout::unprintable_fields(&value) {
                errors.push(FieldError::new(
                    field,
                    ValidationCode::UnsupportedCharacters,
                ));
            }
        }
        if errors.is_empty() {
            Ok(FilledPlan { articles })
        } else {
            Err(errors)
        }
    }
}

/// A parameter value, checked and ready to print in each language.
struct Value {
    nl: String,
    en: String,
    /// For amounts: cents, so that a cap can be compared with a daily amount.
    cents: Option<u64>,
}

fn fill_clause(
    clause: &Clause,
    choice: &ClauseChoice,
    plan: &ParentingPlan,
    at: &str,
) -> Result<Article, Vec<FieldError>> {
    let mut errors = Vec::new();
    for name in choice.params.keys() {
        if !clause.params.iter().any(|p| &p.name == name) {
            errors.push(FieldError::new(
                format!("{at}.params.{name}"),
                ValidationCode::UnknownParameter,
            ));
        }
    }
    let mut values: BTreeMap<&str, Value> = BTreeMap::new();
    for def in &clause.params {
        let field = format!("{at}.params.{}", def.name);
        let raw = choice
            .params
            .get(&def.name)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .or(def.default.as_deref());
        let Some(raw) = raw else {
            if def.required {
                errors.push(FieldError::new(field, ValidationCode::Required));
            } else {
                values.insert(
                    &def.name,
                    Value {
                        nl: String::new(),
                        en: String::new(),
                        cents: None,
                    },
                );
            }
            continue;
        };
        match parse_value(def, raw, plan) {
            Ok(value) => {
                values.insert(&def.name, value);
            }
            Err(code) => errors.push(FieldError::new(field, code)),
        }
    }
    // A cap below the daily amount is a typo, not a choice.
    if let (
        Some(Value {
            cents: Some(per_day),
            ..
        }),
        Some(Value {
            cents: Some(cap), ..
        }),
    ) = (values.get("amount_per_day"), values.get("cap"))
        && cap < per_day
    {
        errors.push(FieldError::new(
            format!("{at}.params.cap"),
            ValidationCode::OutOfRange,
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let children_nl = join_names(&plan.children, "en");
    let children_en = join_names(&plan.children, "and");
    let substitute = |template: &str, language: Language| -> String {
        let mut out = String::with_capacity(template.len() + 64);
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            let Some(end) = after.find('}') else {
                out.push_str(&rest[start..]);
                rest = "";
                break;
            };
            let name = &after[..end];
            let text = match name {
                "party_a" => plan.party_a.full_name.trim().to_owned(),
                "party_b" => plan.party_b.full_name.trim().to_owned(),
                "children" => match language {
                    Language::Nl => children_nl.clone(),
                    Language::En => children_en.clone(),
                },
                _ => values
                    .get(name)
                    .map(|v| match language {
                        Language::Nl => v.nl.clone(),
                        Language::En => v.en.clone(),
                    })
                    .unwrap_or_default(),
            };
            out.push_str(&text);
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        out
    };
    Ok(Article {
        clause_id: clause.id.clone(),
        title: clause.title.clone(),
        text: Text {
            nl: substitute(&clause.text.nl, Language::Nl),
            en: substitute(&clause.text.en, Language::En),
        },
    })
}

fn join_names(children: &[PlanChild], and: &str) -> String {
    let names: Vec<&str> = children.iter().map(|c| c.full_name.trim()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

fn parse_value(def: &ParamDef, raw: &str, plan: &ParentingPlan) -> Result<Value, ValidationCode> {
    let same = |text: String| Value {
        nl: text.clone(),
        en: text,
        cents: None,
    };
    match def.kind {
        ParamKind::Text => Ok(same(raw.to_owned())),
        ParamKind::Integer => {
            let n: i64 = raw.parse().map_err(|_| ValidationCode::InvalidNumber)?;
            if def.min.is_some_and(|min| n < min) || def.max.is_some_and(|max| n > max) {
                return Err(ValidationCode::OutOfRange);
            }
            Ok(same(n.to_string()))
        }
        ParamKind::Amount => {
            let cents = parse_amount(raw).ok_or(ValidationCode::InvalidAmount)?;
            Ok(Value {
                nl: format_euros(cents, '.', ','),
                en: format_euros(cents, ',', '.'),
                cents: Some(cents),
            })
        }
        ParamKind::Date => match parse_date(raw) {
            Ok(Some(_)) => Ok(same(display_date(raw))),
            _ => Err(ValidationCode::InvalidDate),
        },
        ParamKind::Party => match raw {
            "a" => Ok(same(plan.party_a.full_name.trim().to_owned())),
            "b" => Ok(same(plan.party_b.full_name.trim().to_owned())),
            _ => Err(ValidationCode::InvalidChoice),
        },
        ParamKind::Choice => def
            .options
            .iter()
            .find(|o| o.value == raw)
            .map(|o| Value {
                nl: o.nl.clone(),
                en: o.en.clone(),
                cents: None,
            })
            .ok_or(ValidationCode::InvalidChoice),
    }
}

/// `250`, `2500`, `250,50`, `250.5` → cents. No thousands separators (ambiguous
/// between Dutch and English), no negative amounts.
fn parse_amount(raw: &str) -> Option<u64> {
    let raw = raw.trim().trim_start_matches('€').trim();
    let (whole, fraction) = match raw.find([',', '.']) {
        Some(i) => (&raw[..i], &raw[i + 1..]),
        None => (raw, ""),
    };
    if whole.is_empty()
        || whole.len() > 9
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || fraction.len() > 2
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: u64 = whole.parse().ok()?;
    let fraction: u64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<u64>().ok()? * 10,
        _ => fraction.parse().ok()?,
    };
    Some(whole * 100 + fraction)
}

/// `€ 2.500,50` (Dutch) or `€ 2,500.50` (English), with a no-break space after the
/// sign; whole euros without decimals.
fn format_euros(cents: u64, thousands: char, decimal: char) -> String {
    let whole = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(thousands);
        }
        grouped.push(c);
    }
    if cents.is_multiple_of(100) {
        format!("€\u{a0}{grouped}")
    } else {
        format!("€\u{a0}{grouped}{decimal}{:02}", cents % 100)
    }
}

fn placeholders(template: &str) -> BTreeSet<&str> {
    let mut found = BTreeSet::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        found.insert(&after[..end]);
        rest = &after[end + 1..];
    }
    found
}

fn check_clause(clause: &Clause) -> Result<(), String> {
    let kebab = !clause.id.is_empty()
        && clause
            .id
            .split('-')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()));
    if !kebab {
        return Err(format!("id {:?} is not kebab-case", clause.id));
    }
    for (what, text) in [
        ("title", &clause.title),
        ("text", &clause.text),
        ("why", &clause.why),
    ] {
        if text.nl.trim().is_empty() || text.en.trim().is_empty() {
            return Err(format!("{what} lacks a language"));
        }
    }
    if clause.source.trim().is_empty() {
        return Err("no source".to_owned());
    }
    if NaiveDate::parse_from_str(&format!("{}-01", clause.checked), "%Y-%m-%d").is_err() {
        return Err(format!("checked {:?} is not YYYY-MM", clause.checked));
    }
    if clause.status == Status::ToConfirm
        && clause
            .doubt
            .as_ref()
            .is_none_or(|d| d.nl.trim().is_empty() || d.en.trim().is_empty())
    {
        return Err("to-confirm without a doubt in both languages".to_owned());
    }
    let names: BTreeSet<&str> = clause.params.iter().map(|p| p.name.as_str()).collect();
    if names.len() != clause.params.len() {
        return Err("duplicate parameter name".to_owned());
    }
    for language in Language::ALL {
        let used = placeholders(clause.text.get(*language));
        for name in &used {
            if !names.contains(name) && !PLAN_PLACEHOLDERS.contains(name) {
                return Err(format!("{language:?} text uses undefined {{{name}}}"));
            }
        }
        for name in &names {
            if !used.contains(name) {
                return Err(format!("{language:?} text does not use {{{name}}}"));
            }
        }
    }
    let empty_plan = ParentingPlan::default();
    for def in &clause.params {
        if PLAN_PLACEHOLDERS.contains(&def.name.as_str()) {
            return Err(format!("parameter {} shadows a plan placeholder", def.name));
        }
        if def.label.nl.trim().is_empty() || def.label.en.trim().is_empty() {
            return Err(format!("parameter {} lacks a label", def.name));
        }
        if (def.kind == ParamKind::Choice) == def.options.is_empty() {
            return Err(format!(
                "parameter {}: options belong to choices only",
                def.name
            ));
        }
        if let Some(default) = &def.default
            && parse_value(def, default, &empty_plan).is_err()
        {
            return Err(format!(
                "parameter {}: invalid default {default:?}",
                def.name
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_parse_and_format_per_language() {
        assert_eq!(parse_amount("2500"), Some(250_000));
        assert_eq!(parse_amount("€ 250,5"), Some(25_050));
        assert_eq!(parse_amount("250.50"), Some(25_050));
        assert_eq!(parse_amount("2.500,00"), None);
        assert_eq!(parse_amount("-5"), None);
        assert_eq!(parse_amount(""), None);
        assert_eq!(format_euros(5_000_000, '.', ','), "€\u{a0}50.000");
        assert_eq!(format_euros(250_050, ',', '.'), "€\u{a0}2,500.50");
        assert_eq!(format_euros(99, '.', ','), "€\u{a0}0,99");
    }

    #[test]
    fn names_join_naturally() {
        let kids = |names: &[&str]| -> Vec<PlanChild> {
            names
                .iter()
                .map(|n| PlanChild {
                    full_name: (*n).to_owned(),
                    birth_date: String::new(),
                })
                .collect()
        };
        assert_eq!(join_names(&kids(&["A"]), "en"), "A");
        assert_eq!(join_names(&kids(&["A", "B", "C"]), "and"), "A, B and C");
    }

    #[test]
    fn the_library_rejects_undefined_and_unused_placeholders() {
        let base = r#"
id = "x"
order = 1
source = "s"
checked = "2026-11"
status = "sourced"
title = { nl = "t", en = "t" }
why = { nl = "w", en = "w" }
"#;
        let undefined = format!("{base}text = {{ nl = \"{{nope}}\", en = \"e\" }}\n");
        assert!(ClauseLibrary::from_files(&[("x.toml", &undefined)]).is_err());
        let unused = format!(
            "{base}text = {{ nl = \"{{days}}\", en = \"no days\" }}\n[[params]]\nname = \"days\"\nkind = \"integer\"\nrequired = true\nlabel = {{ nl = \"d\", en = \"d\" }}\n"
        );
        let err = ClauseLibrary::from_files(&[("x.toml", &unused)]).unwrap_err();
        assert_eq!(err.code(), "documents-clause-library");
        assert!(err.to_string().contains("does not use"), "{err}");
        let unsourced = format!("{base}text = {{ nl = \"n\", en = \"e\" }}\n")
            .replace("source = \"s\"", "source = \" \"");
        assert!(ClauseLibrary::from_files(&[("x.toml", &unsourced)]).is_err());
    }
}
