//! Waarborg's emergency guide: what to do, in order, when a child is being taken, is
//! threatened to be taken, or has been taken abroad.
//!
//! The content (contacts, steps, deadlines, durations, risk indicators, prevention,
//! country table) is data: one folder per jurisdiction under `content/`, embedded at
//! build time and checked when loaded. Every fact carries its sources and the date it
//! was checked; facts the research could not confirm are carried as `to-confirm` and
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
//! assert_eq!(deadlines(removal, today)?.six_week_target.days_left, 20);
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

pub use countries::{Country, CountryMatch, InForce, RouteClass, UnknownReason};
pub use deadlines::{Deadlines, Milestone, ONE_YEAR_MARK, SIX_WEEK_TARGET, deadlines};
pub use error::{ContentError, DeadlineError};
pub use fact::{CheckedDate, Fact, Provenance, Sourced, Stated, Text, Verification};
pub use model::{
    CheckedRange, Contact, ContactPoint, IndicativeDuration, READY_KEYS, RiskChecklist, Route,
    RouteInfo, Scenario, ScenarioId, Step,
};
pub use pack::{ContentPack, GuideOverview, NETHERLANDS_FILES, PackFiles};
