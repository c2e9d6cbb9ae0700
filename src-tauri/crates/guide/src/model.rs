//! The items of a content pack, as read from its TOML files and as the UI receives them.
//!
//! Fields of sourced items are crate-private: outside the crate their text is read
//! through getters that return [`Stated`], which carries the to-confirm status.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waarborg_contract::Language;

use crate::countries::{Country, RouteClass, UnknownReason};
use crate::fact::{CheckedDate, Fact, Sourced, Stated, Text, Verification, impl_sourced};

/// The three situations the guide walks a parent through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ScenarioId {
    /// The child is being taken right now.
    TakingNow,
    /// Abduction is threatened.
    Threatened,
    /// The child has been taken abroad or not returned.
    TakenAbroad,
}

impl ScenarioId {
    pub const ALL: &'static [Self] = &[Self::TakingNow, Self::Threatened, Self::TakenAbroad];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::TakingNow => "taking-now",
            Self::Threatened => "threatened",
            Self::TakenAbroad => "taken-abroad",
        }
    }
}

/// Stable keys for "what to have ready": the UI maps each to a screen or export.
pub const READY_KEYS: &[&str] = &[
    // The one-page information sheet for the police.
    "vault.police-sheet",
    // An evidence export for a lawyer or the Central Authority.
    "vault.export",
    // The child's and the other parent's profiles (photos, passport data, addresses).
    "vault.profiles",
    // Official documents: birth certificate, gezag extract, court orders, parenting plan.
    "vault.documents",
    // The parent's dated journal of incidents and warning signs.
    "vault.journal",
    // The travel-consent form for one trip.
    "paperwork.consent-form",
    // The parenting-plan clauses.
    "paperwork.parenting-plan",
    // The guide's own log of calls and reference numbers.
    "guide.log",
];

/// One way to reach a contact: a phone number or an e-mail address. The number or
/// address itself is the fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ContactPoint {
    /// As written for people, e.g. `088-800 9000`.
    pub(crate) display: String,
    /// `tel:` with digits and an optional leading `+`, or `mailto:`; usable as a link.
    pub(crate) link: String,
    /// What this number is for, when a contact has more than one.
    #[serde(default)]
    pub(crate) label: Option<Text>,
    pub(crate) sources: Vec<String>,
    #[ts(type = "string")]
    pub(crate) checked: CheckedDate,
    #[serde(default)]
    pub(crate) status: Verification,
    #[serde(default)]
    pub(crate) doubt: Option<Text>,
}

impl_sourced!(ContactPoint);

impl ContactPoint {
    /// The number or address as written for people, with its status.
    pub fn display(&self, language: Language) -> Stated<'_> {
        Stated {
            text: &self.display,
            status: self.status,
            doubt: self.doubt.as_ref().map(|doubt| doubt.get(language)),
        }
    }

    /// `tel:…` or `mailto:…`.
    pub fn link(&self) -> &str {
        &self.link
    }

    pub fn is_phone(&self) -> bool {
        self.link.starts_with(TEL)
    }

    pub fn label(&self, language: Language) -> Option<&str> {
        self.label.as_ref().map(|label| label.get(language))
    }

    /// Whether the link is a well-formed `tel:` or `mailto:` link.
    pub(crate) fn link_is_valid(&self) -> bool {
        if let Some(number) = self.link.strip_prefix(TEL) {
            let digits = number.strip_prefix('+').unwrap_or(number);
            !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
        } else if let Some(address) = self.link.strip_prefix(MAILTO) {
            address.contains('@') && !address.contains(char::is_whitespace)
        } else {
            false
        }
    }
}

const TEL: &str = "tel:";
const MAILTO: &str = "mailto:";

/// Someone to call or write to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub(crate) id: String,
    pub(crate) name: Text,
    /// Phone numbers and e-mail addresses, most useful first. May be empty when none
    /// was found (the role then says how to reach them).
    #[serde(default)]
    pub(crate) reach: Vec<ContactPoint>,
    /// What they do for the parent.
    pub(crate) role: Fact,
    #[serde(default)]
    pub(crate) hours: Option<Fact>,
}

impl Contact {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn name(&self, language: Language) -> &str {
        self.name.get(language)
    }

    pub fn reach(&self) -> &[ContactPoint] {
        &self.reach
    }

    pub fn role(&self) -> &Fact {
        &self.role
    }

    pub fn hours(&self) -> Option<&Fact> {
        self.hours.as_ref()
    }
}

/// One step of a scenario, or one prevention step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub(crate) id: String,
    /// Set in `steps.toml`; absent for prevention steps.
    #[serde(default, skip_serializing)]
    #[ts(skip)]
    pub(crate) scenario: Option<ScenarioId>,
    /// The route classes this step is for; empty means every route.
    #[serde(default)]
    pub(crate) routes: Vec<RouteClass>,
    pub(crate) title: Text,
    /// What to do, in at most two sentences.
    pub(crate) what: Text,
    /// Why, in at most two sentences.
    pub(crate) why: Text,
    /// Contact ids to call, in order.
    #[serde(default)]
    pub(crate) contacts: Vec<String>,
    /// Keys from [`READY_KEYS`].
    #[serde(default)]
    pub(crate) have_ready: Vec<String>,
    pub(crate) sources: Vec<String>,
    #[ts(type = "string")]
    pub(crate) checked: CheckedDate,
    #[serde(default)]
    pub(crate) status: Verification,
    #[serde(default)]
    pub(crate) doubt: Option<Text>,
}

impl_sourced!(Step);

impl Step {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn title(&self, language: Language) -> &str {
        self.title.get(language)
    }

    pub fn what(&self, language: Language) -> Stated<'_> {
        Stated::new(&self.what, self.provenance(), language)
    }

    pub fn why(&self, language: Language) -> Stated<'_> {
        Stated::new(&self.why, self.provenance(), language)
    }

    pub fn contacts(&self) -> &[String] {
        &self.contacts
    }

    pub fn have_ready(&self) -> &[String] {
        &self.have_ready
    }

    pub fn routes(&self) -> &[RouteClass] {
        &self.routes
    }

    /// Whether this step belongs on the given route.
    pub fn applies_to(&self, class: RouteClass) -> bool {
        self.routes.is_empty() || self.routes.contains(&class)
    }
}

/// A scenario with its ordered steps (for every route; see [`Step::applies_to`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Scenario {
    pub(crate) id: ScenarioId,
    pub(crate) title: Text,
    /// One calm sentence saying when this scenario applies.
    pub(crate) summary: Text,
    pub(crate) steps: Vec<Step>,
}

impl Scenario {
    pub fn id(&self) -> ScenarioId {
        self.id
    }

    pub fn title(&self, language: Language) -> &str {
        self.title.get(language)
    }

    pub fn summary(&self, language: Language) -> &str {
        self.summary.get(language)
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The steps that belong on one route, in order.
    pub fn steps_for(&self, class: RouteClass) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(move |step| step.applies_to(class))
    }
}

/// An indicative duration: shown as an indication, never as a promise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct IndicativeDuration {
    pub(crate) id: String,
    /// The route classes it concerns; empty means every route.
    #[serde(default)]
    pub(crate) routes: Vec<RouteClass>,
    pub(crate) text: Text,
    pub(crate) sources: Vec<String>,
    #[ts(type = "string")]
    pub(crate) checked: CheckedDate,
    #[serde(default)]
    pub(crate) status: Verification,
    #[serde(default)]
    pub(crate) doubt: Option<Text>,
}

impl_sourced!(IndicativeDuration);

impl IndicativeDuration {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn text(&self, language: Language) -> Stated<'_> {
        Stated::new(&self.text, self.provenance(), language)
    }

    pub fn applies_to(&self, class: RouteClass) -> bool {
        self.routes.is_empty() || self.routes.contains(&class)
    }
}

/// A time limit with its explanation and sources. `destinations` lists the route
/// classes it applies to; empty means it is a home-state rule that holds whatever the
/// destination (it is not shown with a route).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Limit {
    pub(crate) id: String,
    #[serde(default)]
    pub(crate) destinations: Vec<RouteClass>,
    pub(crate) text: Text,
    pub(crate) sources: Vec<String>,
    #[ts(type = "string")]
    pub(crate) checked: CheckedDate,
    #[serde(default)]
    pub(crate) status: Verification,
    #[serde(default)]
    pub(crate) doubt: Option<Text>,
}

impl_sourced!(Limit);

impl Limit {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn text(&self, language: Language) -> Stated<'_> {
        Stated::new(&self.text, self.provenance(), language)
    }

    pub fn destinations(&self) -> &[RouteClass] {
        &self.destinations
    }

    /// Whether this limit is shown for a destination of this class.
    pub fn applies_to(&self, class: RouteClass) -> bool {
        self.destinations.contains(&class)
    }
}

/// What the pack says about one route class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RouteInfo {
    pub(crate) class: RouteClass,
    pub(crate) title: Text,
    pub(crate) explanation: Fact,
}

impl RouteInfo {
    pub fn class(&self) -> RouteClass {
        self.class
    }

    pub fn title(&self, language: Language) -> &str {
        self.title.get(language)
    }

    pub fn explanation(&self) -> &Fact {
        &self.explanation
    }
}

/// The guide for one destination: its class, what that means, the "taken abroad"
/// steps for it, and indicative durations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Route {
    pub class: RouteClass,
    /// Set when the class is [`RouteClass::Unknown`].
    pub unknown_reason: Option<UnknownReason>,
    /// The destination, when it is in the table.
    pub country: Option<Country>,
    /// `to-confirm` when the country row behind this class rests on memory, or when the
    /// class itself says acceptance is unknown.
    pub classification_status: Verification,
    pub info: RouteInfo,
    /// What the country table is and where it comes from.
    pub country_table: Fact,
    /// What is particular about this destination: an EU territory, another state's
    /// territory, or Hong Kong and Macao (China's extension).
    pub note: Option<Fact>,
    pub steps: Vec<Step>,
    pub durations: Vec<IndicativeDuration>,
    /// The time limits that apply to this destination, each with its explanation. For
    /// a state outside the Convention this says that the Convention's limits do not
    /// apply, and there is no one-year mark.
    pub limits: Vec<Limit>,
    /// `false` for a state outside the Hague Convention: its time limits (the one-year
    /// mark) are not law there. See [`RouteClass::convention_may_apply`].
    pub convention_may_apply: bool,
}

/// Warning signs, with the statement that they do not predict anything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RiskChecklist {
    pub(crate) disclaimer: Fact,
    pub(crate) indicators: Vec<Fact>,
}

impl RiskChecklist {
    /// "Not predictive": show this above the list, always.
    pub fn disclaimer(&self) -> &Fact {
        &self.disclaimer
    }

    pub fn indicators(&self) -> &[Fact] {
        &self.indicators
    }
}

/// The oldest and newest `checked` dates in a pack, for "checked on …".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct CheckedRange {
    #[ts(type = "string")]
    pub oldest: CheckedDate,
    #[ts(type = "string")]
    pub newest: CheckedDate,
}
