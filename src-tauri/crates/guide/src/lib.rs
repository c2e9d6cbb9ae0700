//! Waarborg's emergency guide: what to do, in order, when a child is being taken, is
//! threatened to be taken, or has been taken abroad.
//!
//! The content (contacts, steps, deadlines, durations, risk indicators, prevention,
//! country table) is data: one folder per jurisdiction under `content/`, embedded at
//! build time and checked when loaded. Every fact carries its sources (full addresses
//! or dated statutes) and the month they were consulted; facts the research could not confirm are carried as `to-confirm` and
//! handed out only with that status attached (see [`Stated`]).
//!
//! ```
//! use waarborg_contract::Language;
//! use waarborg_guide::{ContentPack, RouteClass, ScenarioId, deadlines};
//!
//! let pack = ContentPack::netherlands()?;
//! let first = &pack.scenario(ScenarioId::TakingNow).steps()[0];
//! assert!(first.contacts().contains(&"police-emergency".to_owned()));
//! assert_eq!(pack.route_for(Some("de")).class, RouteClass::EuBrussels);
//! assert_eq!(pack.search_countries("duits", Language::Nl)[0].iso2, "DE");
//! let removal = "2026-11-01".parse().unwrap();
//! let today = "2026-11-23".parse().unwrap();
//! assert_eq!(deadlines(removal, today)?.one_year_mark.days_left, 343);
//! // Outside the Convention there is no one-year mark to show.
//! assert!(!pack.route_for(Some("cn")).limits.iter().any(|l| l.id() == "one-year-mark"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! No network, no Tauri: the shell wires these calls to IPC.
#![forbid(unsafe_code)]

mod countries;
mod deadlines;
mod error;
mod fact;
mod model;
mod pack;
mod report;
mod sources;

pub use countries::{Country, CountryMatch, InForce, RouteClass, UnknownReason};
pub use deadlines::{Deadlines, Milestone, ONE_YEAR_MARK, deadlines};
pub use error::{ContentError, DeadlineError};
pub use fact::{CheckedDate, Fact, Provenance, Sourced, Stated, Text, Verification};
pub use model::{
    CheckedRange, Contact, ContactPoint, IndicativeDuration, Limit, READY_KEYS, RiskChecklist,
    Route, RouteInfo, Scenario, ScenarioId, Step,
};
pub use pack::{ContentPack, GuideOverview, NETHERLANDS_FILES, PackFiles};
pub use report::{
    ReportFact, ReportRoute, RouteReport, UnknownCountry, month_year, render_route_report,
    render_unknown_country, route_report,
};
pub use sources::is_full_source;
