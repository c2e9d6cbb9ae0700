//! `waarborg guide route COUNTRY [--json]`: what the app tells a parent about one
//! destination (its route, the time limits that apply there, and every fact with its
//! sources), as data a script or a lawyer's office can check, and as plain text.
//!
//! The shell only parses arguments and prints: [`route_report`] does the lookup,
//! [`render_route_report`] and [`render_unknown_country`] the text. An unknown country
//! should end the command with exit code 2 after printing the closest names.

use serde::Serialize;
use ts_rs::TS;
use waarborg_contract::Language;
use waarborg_i18n::{FluentValue, Messages};

use crate::countries::{Country, RouteClass, fold};
use crate::fact::{CheckedDate, Provenance, Sourced, Stated, Verification};
use crate::model::Route;
use crate::pack::ContentPack;

/// The route as the report names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ReportRoute {
    /// EU Member State (Brussels II-ter) or a part of one that belongs to the EU.
    Eu,
    /// Hague Convention in force with the home state, from a sourced table row.
    Treaty,
    /// A Convention route the Central Authority must confirm: an accession whose
    /// acceptance is not known here, or an in-force row typed from memory.
    TreatyToConfirm,
    /// Not a party to the Convention.
    NonTreaty,
    /// No destination, or one the table cannot classify (territories, the kingdom's
    /// Caribbean parts): ask the Central Authority.
    Unknown,
}

impl ReportRoute {
    fn of(route: &Route) -> Self {
        match route.class {
            RouteClass::EuBrussels => Self::Eu,
            RouteClass::HagueInForce if route.classification_status == Verification::Sourced => {
                Self::Treaty
            }
            RouteClass::HagueInForce | RouteClass::HagueAcceptanceUnknown => Self::TreatyToConfirm,
            RouteClass::NonHague => Self::NonTreaty,
            RouteClass::Unknown => Self::Unknown,
        }
    }
}

/// One fact as the report shows it: text, sources and the month the sources were
/// consulted, and its hedge when it is to be confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ReportFact {
    /// The pack id of the item (a step, limit, note, route explanation…).
    pub id: String,
    pub text: String,
    pub sources: Vec<String>,
    /// `YYYY-MM` or `YYYY-MM-DD`: when the sources were consulted (archived copies).
    pub checked: String,
    pub status: Verification,
    /// Why it is to be confirmed; `None` when sourced.
    pub doubt: Option<String>,
}

impl ReportFact {
    fn new(id: &str, stated: Stated<'_>, provenance: Provenance<'_>) -> Self {
        Self {
            id: id.to_owned(),
            text: stated.text.to_owned(),
            sources: provenance.sources.to_vec(),
            checked: provenance.checked.to_string(),
            status: stated.status,
            doubt: stated.doubt.map(str::to_owned),
        }
    }
}

/// What the app tells a parent about one destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RouteReport {
    /// ISO 3166-1 alpha-2 code; `None` when the destination is not known.
    pub country: Option<String>,
    /// The destination's name in the report's language.
    pub name: Option<String>,
    /// For a territory: the ISO code of the state it belongs to.
    pub part_of: Option<String>,
    pub route: ReportRoute,
    /// The route's title in the report's language.
    pub route_title: String,
    /// `to-confirm` when the classification itself is to be confirmed.
    pub classification_status: Verification,
    /// `false` only outside the Convention: no one-year mark there.
    pub convention_may_apply: bool,
    /// The time limits that apply to this destination.
    pub limits: Vec<ReportFact>,
    /// The route explanation, the destination note, the country-table caveat, the
    /// indicative durations and the "taken abroad" steps, in the order the window
    /// shows them.
    pub facts: Vec<ReportFact>,
}

/// No country matches the query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("no country matches {query:?}")]
pub struct UnknownCountry {
    pub query: String,
    /// The closest names in the report's language, best first (at most five).
    pub closest: Vec<String>,
}

/// Words that mean "I do not know where my child is": the unknown-destination route.
const NO_DESTINATION: &[&str] = &["unknown", "onbekend", "?"];

/// The report for a destination given as an ISO code, a Dutch or English name (or an
/// alias such as "Turkey" or "UK"), or "unknown"/"onbekend". Case and diacritics are
/// ignored. A name must match exactly or be the only country it could mean.
pub fn route_report(
    pack: &ContentPack,
    query: &str,
    language: Language,
) -> Result<RouteReport, UnknownCountry> {
    let trimmed = query.trim();
    if NO_DESTINATION.contains(&fold(trimmed).as_str()) {
        return Ok(report_for(&pack.route_for(None), language));
    }
    let country = pack
        .find_country(trimmed)
        .map_err(|closest| UnknownCountry {
            query: trimmed.to_owned(),
            closest: closest
                .into_iter()
                .map(|country| country.name.get(language).to_owned())
                .collect(),
        })?;
    Ok(report_for(&pack.route_for(Some(&country.iso2)), language))
}

fn report_for(route: &Route, language: Language) -> RouteReport {
    let country: Option<&Country> = route.country.as_ref();
    let explanation = route.info.explanation();
    let mut facts = vec![ReportFact::new(
        explanation.id(),
        explanation.text(language),
        explanation.provenance(),
    )];
    if let Some(note) = &route.note {
        facts.push(ReportFact::new(
            note.id(),
            note.text(language),
            note.provenance(),
        ));
    }
    let table = &route.country_table;
    facts.push(ReportFact::new(
        table.id(),
        table.text(language),
        table.provenance(),
    ));
    for duration in &route.durations {
        facts.push(ReportFact::new(
            duration.id(),
            duration.text(language),
            duration.provenance(),
        ));
    }
    for step in &route.steps {
        facts.push(ReportFact::new(
            step.id(),
            step.what(language),
            step.provenance(),
        ));
    }
    RouteReport {
        country: country.map(|c| c.iso2.clone()),
        name: country.map(|c| c.name.get(language).to_owned()),
        part_of: country.and_then(|c| c.part_of.clone()),
        route: ReportRoute::of(route),
        route_title: route.info.title(language).to_owned(),
        classification_status: route.classification_status,
        convention_may_apply: route.convention_may_apply,
        limits: route
            .limits
            .iter()
            .map(|limit| ReportFact::new(limit.id(), limit.text(language), limit.provenance()))
            .collect(),
        facts,
    }
}

/// The report as plain text, in the language of `messages`. Every fact is followed by
/// its sources and the month they were consulted; a to-confirm fact by its hedge.
pub fn render_route_report(report: &RouteReport, messages: &Messages) -> String {
    let mut out = String::new();
    let destination = match (&report.name, &report.country) {
        (Some(name), Some(code)) => messages.format(
            "guide-report-destination",
            &[
                ("name", FluentValue::from(name.as_str())),
                ("code", FluentValue::from(code.as_str())),
            ],
        ),
        _ => messages.get("guide-report-destination-unknown"),
    };
    out.push_str(&destination);
    out.push('\n');
    out.push_str(&messages.format(
        "guide-report-route",
        &[
            ("route", FluentValue::from(report.route_title.as_str())),
            ("code", FluentValue::from(route_code(report.route))),
        ],
    ));
    out.push('\n');
    if report.classification_status == Verification::ToConfirm {
        out.push_str(&messages.get("guide-route-to-confirm"));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&messages.get("guide-report-limits"));
    out.push('\n');
    for limit in &report.limits {
        render_fact(&mut out, limit, messages);
    }
    out.push('\n');
    out.push_str(&messages.get("guide-report-facts"));
    out.push('\n');
    for fact in &report.facts {
        render_fact(&mut out, fact, messages);
    }
    out
}

fn render_fact(out: &mut String, fact: &ReportFact, messages: &Messages) {
    out.push_str("- ");
    out.push_str(&fact.text);
    out.push('\n');
    if fact.status == Verification::ToConfirm {
        out.push_str("  ");
        out.push_str(&messages.get("guide-to-confirm"));
        if let Some(doubt) = &fact.doubt {
            out.push_str(": ");
            out.push_str(doubt);
        }
        out.push('\n');
    }
    let month = fact
        .checked
        .parse::<CheckedDate>()
        .map(|date| month_year(date, messages.language()))
        .unwrap_or_else(|_| fact.checked.clone());
    out.push_str("  ");
    out.push_str(&messages.format(
        "guide-sources-compiled",
        &[("date", FluentValue::from(month.as_str()))],
    ));
    out.push('\n');
    for source in &fact.sources {
        out.push_str("    ");
        out.push_str(source);
        out.push('\n');
    }
}

/// The message printed (on standard error) for an unknown country, with the closest
/// names when there are any.
pub fn render_unknown_country(error: &UnknownCountry, messages: &Messages) -> String {
    let mut out = messages.format(
        "guide-report-unknown-country",
        &[("query", FluentValue::from(error.query.as_str()))],
    );
    if !error.closest.is_empty() {
        out.push('\n');
        out.push_str(&messages.format(
            "guide-report-closest",
            &[("names", FluentValue::from(error.closest.join(", ")))],
        ));
    }
    out.push('\n');
    out
}

const fn route_code(route: ReportRoute) -> &'static str {
    match route {
        ReportRoute::Eu => "eu",
        ReportRoute::Treaty => "treaty",
        ReportRoute::TreatyToConfirm => "treaty-to-confirm",
        ReportRoute::NonTreaty => "non-treaty",
        ReportRoute::Unknown => "unknown",
    }
}

/// "november 2026" / "November 2026": the month the sources were consulted.
pub fn month_year(date: CheckedDate, language: Language) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = match language {
        Language::Nl => &NL,
        Language::En => &EN,
    };
    // A CheckedDate's month is 1..=12 (checked when parsed).
    let month = names
        .get(date.month().saturating_sub(1) as usize)
        .copied()
        .unwrap_or_default();
    format!("{month} {}", date.year())
}
