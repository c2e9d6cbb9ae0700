//! Loading and checking a content pack, and the questions the UI asks it.
//!
//! A pack is one folder of data per jurisdiction (`content/<id>/`, described in
//! `docs/CONTENT_PACK.md`), embedded into the binary and parsed at startup. Loading
//! checks everything a parent relies on: both languages everywhere, a source and a
//! date on every fact, a reason on every to-confirm fact, contacts that exist, unique
//! ids. A pack that fails these checks does not load.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waarborg_contract::Language;

use crate::countries::{
    Country, CountryMatch, CountryTable, RouteClass, TerritoryRoute, UnknownReason,
};
use crate::deadlines::ONE_YEAR_MARK;
use crate::error::ContentError;
use crate::fact::{Fact, Provenance, Sourced, Text, Verification};
use crate::model::{
    CheckedRange, Contact, IndicativeDuration, Limit, READY_KEYS, RiskChecklist, Route, RouteInfo,
    Scenario, ScenarioId, Step,
};
use crate::sources::is_full_source;

/// The raw text of a pack's files, as embedded.
#[derive(Debug, Clone, Copy)]
pub struct PackFiles<'a> {
    pub pack: &'a str,
    pub contacts: &'a str,
    pub scenarios: &'a str,
    pub steps: &'a str,
    pub routes: &'a str,
    pub deadlines: &'a str,
    pub durations: &'a str,
    pub risk_indicators: &'a str,
    pub prevention: &'a str,
    pub countries: &'a str,
    pub countries_extended: &'a str,
    pub territories: &'a str,
}

/// Embeds the files of `content/<folder>/`. Adding a jurisdiction is adding a folder
/// and one constructor that calls this.
macro_rules! embedded_pack {
    ($folder:literal) => {
        PackFiles {
            pack: include_str!(concat!("../content/", $folder, "/pack.toml")),
            contacts: include_str!(concat!("../content/", $folder, "/contacts.toml")),
            scenarios: include_str!(concat!("../content/", $folder, "/scenarios.toml")),
            steps: include_str!(concat!("../content/", $folder, "/steps.toml")),
            routes: include_str!(concat!("../content/", $folder, "/routes.toml")),
            deadlines: include_str!(concat!("../content/", $folder, "/deadlines.toml")),
            durations: include_str!(concat!("../content/", $folder, "/durations.toml")),
            risk_indicators: include_str!(concat!("../content/", $folder, "/risk_indicators.toml")),
            prevention: include_str!(concat!("../content/", $folder, "/prevention.toml")),
            countries: include_str!(concat!("../content/", $folder, "/hague_states.csv")),
            countries_extended: include_str!(concat!(
                "../content/",
                $folder,
                "/hague_states_extended.csv"
            )),
            territories: include_str!(concat!("../content/", $folder, "/territories.csv")),
        }
    };
}

/// The embedded Dutch pack's files, for tests and tools that check the raw data.
pub const NETHERLANDS_FILES: PackFiles<'static> = embedded_pack!("nl");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackMeta {
    jurisdiction: String,
    name: Text,
    /// ISO2 code of the home state in the country table. Parts of the home kingdom
    /// are rows of `territories.csv` whose sovereign is the home state.
    home_state: String,
    /// Other names parents type for a country (ISO2 → names), for search only.
    #[serde(default)]
    country_aliases: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactsFile {
    contacts: Vec<Contact>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenariosFile {
    scenarios: Vec<ScenarioEntry>,
}

/// A scenario as written in `scenarios.toml`; its steps come from `steps.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioEntry {
    id: ScenarioId,
    title: Text,
    summary: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StepsFile {
    steps: Vec<Step>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoutesFile {
    country_table: Fact,
    routes: Vec<RouteInfo>,
    #[serde(default)]
    destination_notes: Vec<DestinationNote>,
}

/// A fact shown with the route for some destinations: the territories
/// `territories.csv` routes one way, or a list of ISO codes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct DestinationNote {
    #[serde(default)]
    territories: Option<TerritoryRoute>,
    #[serde(default)]
    countries: Vec<String>,
    note: Fact,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlinesFile {
    limits: Vec<Limit>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DurationsFile {
    durations: Vec<IndicativeDuration>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PreventionFile {
    prevention: Vec<Step>,
}

/// What the guide screens need up front, in one piece: every scenario with its steps,
/// the contacts the steps name, prevention, warning signs and the deadline rules.
/// The destination route, country search and deadlines are asked for separately.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct GuideOverview {
    pub jurisdiction: String,
    pub name: Text,
    pub checked_on: CheckedRange,
    pub scenarios: Vec<Scenario>,
    pub contacts: Vec<Contact>,
    pub prevention: Vec<Step>,
    pub risk_indicators: RiskChecklist,
    /// Every time limit; a route lists the ones for its destination.
    pub deadline_rules: Vec<Limit>,
}

/// A loaded, checked content pack for one jurisdiction.
#[derive(Debug, Clone)]
pub struct ContentPack {
    jurisdiction: String,
    name: Text,
    contacts: Vec<Contact>,
    scenarios: Vec<Scenario>,
    routes: Vec<RouteInfo>,
    country_table_fact: Fact,
    destination_notes: Vec<DestinationNote>,
    deadline_rules: Vec<Limit>,
    durations: Vec<IndicativeDuration>,
    risk: RiskChecklist,
    prevention: Vec<Step>,
    countries: CountryTable,
}

impl ContentPack {
    /// The Dutch pack, embedded in the binary.
    pub fn netherlands() -> Result<Self, ContentError> {
        Self::from_files(&NETHERLANDS_FILES)
    }

    /// Parses and checks a pack from the text of its files.
    pub fn from_files(files: &PackFiles<'_>) -> Result<Self, ContentError> {
        let meta: PackMeta = parse(files.pack, "pack.toml")?;
        let contacts: ContactsFile = parse(files.contacts, "contacts.toml")?;
        let scenarios: ScenariosFile = parse(files.scenarios, "scenarios.toml")?;
        let steps: StepsFile = parse(files.steps, "steps.toml")?;
        let routes: RoutesFile = parse(files.routes, "routes.toml")?;
        let deadlines: DeadlinesFile = parse(files.deadlines, "deadlines.toml")?;
        let durations: DurationsFile = parse(files.durations, "durations.toml")?;
        let risk: RiskChecklist = parse(files.risk_indicators, "risk_indicators.toml")?;
        let prevention: PreventionFile = parse(files.prevention, "prevention.toml")?;
        let countries = CountryTable::parse(
            files.countries,
            files.countries_extended,
            files.territories,
            &meta.home_state,
            &meta.country_aliases,
        )?;

        let scenarios = attach_steps(scenarios.scenarios, steps.steps)?;
        let pack = Self {
            jurisdiction: meta.jurisdiction,
            name: meta.name,
            contacts: contacts.contacts,
            scenarios,
            routes: routes.routes,
            country_table_fact: routes.country_table,
            destination_notes: routes.destination_notes,
            deadline_rules: deadlines.limits,
            durations: durations.durations,
            risk,
            prevention: prevention.prevention,
            countries,
        };
        pack.validate()?;
        Ok(pack)
    }

    pub fn jurisdiction(&self) -> &str {
        &self.jurisdiction
    }

    pub fn name(&self, language: Language) -> &str {
        self.name.get(language)
    }

    pub fn contacts(&self) -> &[Contact] {
        &self.contacts
    }

    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|contact| contact.id == id)
    }

    pub fn scenarios(&self) -> &[Scenario] {
        &self.scenarios
    }

    /// A scenario with all its steps, in order. Every pack has all three (checked at
    /// load).
    pub fn scenario(&self, id: ScenarioId) -> &Scenario {
        // The fallback is never used: loading fails when a scenario is missing.
        self.scenarios
            .iter()
            .find(|scenario| scenario.id == id)
            .unwrap_or(&self.scenarios[0])
    }

    /// The route for a destination given as an ISO 3166-1 alpha-2 code (any case), or
    /// `None` when the parent does not know where the child is.
    pub fn route_for(&self, country: Option<&str>) -> Route {
        let row = country.and_then(|code| self.countries.country(code));
        let (class, unknown_reason) = match (country, row) {
            (None, _) => (RouteClass::Unknown, Some(UnknownReason::NoDestination)),
            (Some(_), None) => (RouteClass::Unknown, Some(UnknownReason::NotInTable)),
            (Some(_), Some(row)) => self.countries.classify(row),
        };
        let row_status = row.map_or(Verification::Sourced, |row| row.table_status);
        // EU membership decides the EU route, whatever the treaty dates in the row.
        let classification_status = match class {
            RouteClass::EuBrussels => Verification::Sourced,
            RouteClass::HagueAcceptanceUnknown => Verification::ToConfirm,
            _ => row_status,
        };
        Route {
            class,
            unknown_reason,
            country: row.cloned(),
            classification_status,
            info: self.route_info(class).clone(),
            country_table: self.country_table_fact.clone(),
            note: row.and_then(|row| self.note_for(&row.iso2)).cloned(),
            steps: self
                .scenario(ScenarioId::TakenAbroad)
                .steps_for(class)
                .cloned()
                .collect(),
            durations: self
                .durations
                .iter()
                .filter(|duration| duration.applies_to(class))
                .cloned()
                .collect(),
            limits: self.limits_for(class).cloned().collect(),
            convention_may_apply: class.convention_may_apply(),
        }
    }

    /// The time limits shown for a destination of this class, in file order.
    pub fn limits_for(&self, class: RouteClass) -> impl Iterator<Item = &Limit> {
        self.deadline_rules
            .iter()
            .filter(move |limit| limit.applies_to(class))
    }

    /// The note for a destination, if one applies (the first that matches).
    fn note_for(&self, iso2: &str) -> Option<&Fact> {
        self.destination_notes
            .iter()
            .find(|entry| {
                entry.countries.iter().any(|code| code == iso2)
                    || entry
                        .territories
                        .is_some_and(|route| self.countries.is_territory(iso2, route))
            })
            .map(|entry| &entry.note)
    }

    /// Countries whose Dutch or English name contains the query (case and diacritics
    /// ignored), best matches first, named in `language`.
    pub fn search_countries(&self, query: &str, language: Language) -> Vec<CountryMatch> {
        self.countries.search(query, language)
    }

    /// The one country a query means (ISO code, Dutch or English name or alias), or
    /// the closest countries when it means none or several.
    pub fn find_country(&self, query: &str) -> Result<&Country, Vec<&Country>> {
        self.countries.resolve(query)
    }

    pub fn countries(&self) -> &[Country] {
        self.countries.all()
    }

    /// The explanation and sources of a computed deadline (see `deadlines`), or of any
    /// other time limit in the pack.
    pub fn deadline_rule(&self, id: &str) -> Option<&Limit> {
        self.deadline_rules.iter().find(|rule| rule.id == id)
    }

    pub fn deadline_rules(&self) -> &[Limit] {
        &self.deadline_rules
    }

    pub fn durations(&self) -> &[IndicativeDuration] {
        &self.durations
    }

    pub fn risk_indicators(&self) -> &RiskChecklist {
        &self.risk
    }

    pub fn prevention(&self) -> &[Step] {
        &self.prevention
    }

    /// Everything the guide screens show before the parent chooses a destination.
    pub fn overview(&self) -> GuideOverview {
        GuideOverview {
            jurisdiction: self.jurisdiction.clone(),
            name: self.name.clone(),
            checked_on: self.checked_on(),
            scenarios: self.scenarios.clone(),
            contacts: self.contacts.clone(),
            prevention: self.prevention.clone(),
            risk_indicators: self.risk.clone(),
            deadline_rules: self.deadline_rules.clone(),
        }
    }

    /// The oldest and newest date on which the pack's facts were checked.
    pub fn checked_on(&self) -> CheckedRange {
        let first = self.country_table_fact.checked;
        let (oldest, newest) = self
            .provenances()
            .into_iter()
            .map(|(_, provenance)| provenance.checked)
            .fold((first, first), |(oldest, newest), date| {
                (oldest.min(date), newest.max(date))
            });
        CheckedRange { oldest, newest }
    }

    /// Every sourced item with a name saying where it is, for checks and counts.
    pub fn provenances(&self) -> Vec<(String, Provenance<'_>)> {
        let mut out: Vec<(String, Provenance<'_>)> = Vec::new();
        for contact in &self.contacts {
            for point in &contact.reach {
                let item = format!("contact {} {}", contact.id, point.display);
                out.push((item, point.provenance()));
            }
            out.push((
                format!("contact {} role", contact.id),
                contact.role.provenance(),
            ));
            if let Some(hours) = &contact.hours {
                out.push((format!("contact {} hours", contact.id), hours.provenance()));
            }
        }
        for step in self.all_steps() {
            out.push((format!("step {}", step.id), step.provenance()));
        }
        for route in &self.routes {
            let explanation = &route.explanation;
            out.push((
                format!("route {}", explanation.id),
                explanation.provenance(),
            ));
        }
        let table = &self.country_table_fact;
        out.push(("country table".to_owned(), table.provenance()));
        for entry in &self.destination_notes {
            let note = &entry.note;
            out.push((format!("note {}", note.id), note.provenance()));
        }
        for limit in &self.deadline_rules {
            out.push((format!("limit {}", limit.id), limit.provenance()));
        }
        for fact in self.all_facts() {
            out.push((format!("fact {}", fact.id), fact.provenance()));
        }
        for duration in &self.durations {
            out.push((format!("duration {}", duration.id), duration.provenance()));
        }
        out
    }

    /// Every step of every scenario, then the prevention steps.
    pub fn all_steps(&self) -> impl Iterator<Item = &Step> {
        self.scenarios
            .iter()
            .flat_map(|scenario| &scenario.steps)
            .chain(&self.prevention)
    }

    /// Plain facts outside contacts, routes and limits.
    fn all_facts(&self) -> impl Iterator<Item = &Fact> {
        [&self.risk.disclaimer]
            .into_iter()
            .chain(&self.risk.indicators)
    }

    /// Every text with a name saying where it is, for the translation check.
    fn texts(&self) -> Vec<(String, &Text)> {
        let mut out: Vec<(String, &Text)> = vec![("pack name".to_owned(), &self.name)];
        for contact in &self.contacts {
            out.push((format!("contact {} name", contact.id), &contact.name));
            for point in &contact.reach {
                let item = format!("contact {} {}", contact.id, point.display);
                out.extend(point.label.iter().map(|t| (format!("{item} label"), t)));
                out.extend(point.doubt.iter().map(|t| (format!("{item} doubt"), t)));
            }
            for fact in [Some(&contact.role), contact.hours.as_ref()]
                .into_iter()
                .flatten()
            {
                out.extend(fact_texts(fact));
            }
        }
        for scenario in &self.scenarios {
            let id = scenario.id.as_str();
            out.push((format!("scenario {id} title"), &scenario.title));
            out.push((format!("scenario {id} summary"), &scenario.summary));
        }
        for step in self.all_steps() {
            for (field, text) in [
                ("title", &step.title),
                ("what", &step.what),
                ("why", &step.why),
            ] {
                out.push((format!("step {} {field}", step.id), text));
            }
            out.extend(
                step.doubt
                    .iter()
                    .map(|t| (format!("step {} doubt", step.id), t)),
            );
        }
        for route in &self.routes {
            out.push((
                format!("route {} title", route.explanation.id),
                &route.title,
            ));
            out.extend(fact_texts(&route.explanation));
        }
        out.extend(fact_texts(&self.country_table_fact));
        for entry in &self.destination_notes {
            out.extend(fact_texts(&entry.note));
        }
        for limit in &self.deadline_rules {
            out.push((format!("limit {}", limit.id), &limit.text));
            out.extend(
                limit
                    .doubt
                    .iter()
                    .map(|t| (format!("limit {} doubt", limit.id), t)),
            );
        }
        for fact in self.all_facts() {
            out.extend(fact_texts(fact));
        }
        for duration in &self.durations {
            out.push((format!("duration {}", duration.id), &duration.text));
            out.extend(
                duration
                    .doubt
                    .iter()
                    .map(|t| (format!("duration {}", duration.id), t)),
            );
        }
        out
    }

    fn validate(&self) -> Result<(), ContentError> {
        for (item, text) in self.texts() {
            if let Some(language) = text.missing_languages().first() {
                return Err(ContentError::MissingTranslation {
                    item,
                    language: language.tag(),
                });
            }
        }
        for (item, provenance) in self.provenances() {
            if provenance.sources.is_empty()
                || provenance
                    .sources
                    .iter()
                    .any(|source| source.trim().is_empty())
            {
                return Err(ContentError::MissingSource { item });
            }
            if let Some(source) = provenance.sources.iter().find(|s| !is_full_source(s)) {
                return Err(ContentError::IncompleteSource {
                    item,
                    cited: source.clone(),
                });
            }
            if provenance.status == Verification::ToConfirm && provenance.doubt.is_none() {
                return Err(ContentError::MissingDoubt { item });
            }
        }
        self.validate_ids()?;
        self.validate_references()?;
        for class in RouteClass::ALL {
            if !self.routes.iter().any(|route| route.class == *class) {
                return Err(ContentError::MissingEntry(format!("route {class:?}")));
            }
        }
        if self.deadline_rule(ONE_YEAR_MARK).is_none() {
            return Err(ContentError::MissingEntry(ONE_YEAR_MARK.to_owned()));
        }
        for entry in &self.destination_notes {
            if let Some(code) = entry
                .countries
                .iter()
                .find(|c| self.countries.country(c).is_none())
            {
                return Err(ContentError::UnknownCountry(code.clone()));
            }
        }
        Ok(())
    }

    /// Ids are unique across the whole pack, so a log entry can name any item.
    fn validate_ids(&self) -> Result<(), ContentError> {
        let ids = self
            .contacts
            .iter()
            .map(|contact| contact.id.as_str())
            .chain(self.all_steps().map(|step| step.id.as_str()))
            .chain(
                self.routes
                    .iter()
                    .map(|route| route.explanation.id.as_str()),
            )
            .chain([self.country_table_fact.id.as_str()])
            .chain(self.destination_notes.iter().map(|e| e.note.id.as_str()))
            .chain(self.deadline_rules.iter().map(|limit| limit.id.as_str()))
            .chain(self.all_facts().map(|fact| fact.id.as_str()))
            .chain(self.durations.iter().map(|duration| duration.id.as_str()))
            .chain(self.contacts.iter().flat_map(|contact| {
                [Some(&contact.role), contact.hours.as_ref()]
                    .into_iter()
                    .flatten()
                    .map(|fact| fact.id.as_str())
            }));
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                return Err(ContentError::DuplicateId(id.to_owned()));
            }
        }
        let mut classes = HashSet::new();
        for route in &self.routes {
            if !classes.insert(route.class) {
                return Err(ContentError::DuplicateId(format!(
                    "route {:?}",
                    route.class
                )));
            }
        }
        Ok(())
    }

    fn validate_references(&self) -> Result<(), ContentError> {
        for contact in &self.contacts {
            if let Some(point) = contact.reach.iter().find(|point| !point.link_is_valid()) {
                return Err(ContentError::InvalidLink {
                    item: format!("contact {}", contact.id),
                    link: point.link.clone(),
                });
            }
        }
        for step in self.all_steps() {
            let item = || format!("step {}", step.id);
            if let Some(contact) = step.contacts.iter().find(|id| self.contact(id).is_none()) {
                return Err(ContentError::UnknownContact {
                    item: item(),
                    contact: contact.clone(),
                });
            }
            if let Some(key) = step
                .have_ready
                .iter()
                .find(|key| !READY_KEYS.contains(&key.as_str()))
            {
                return Err(ContentError::UnknownReadyKey {
                    item: item(),
                    key: key.clone(),
                });
            }
        }
        if let Some(step) = self.prevention.iter().find(|step| step.scenario.is_some()) {
            return Err(ContentError::Parse {
                file: "prevention.toml",
                message: format!("prevention step {} must not name a scenario", step.id),
            });
        }
        Ok(())
    }

    fn route_info(&self, class: RouteClass) -> &RouteInfo {
        // Every class has an entry (checked at load), so the fallback is never used.
        self.routes
            .iter()
            .find(|route| route.class == class)
            .unwrap_or(&self.routes[0])
    }
}

fn fact_texts(fact: &Fact) -> Vec<(String, &Text)> {
    let mut out = vec![(format!("fact {}", fact.id), &fact.text)];
    out.extend(
        fact.doubt
            .iter()
            .map(|t| (format!("fact {} doubt", fact.id), t)),
    );
    out
}

fn parse<T: for<'de> Deserialize<'de>>(text: &str, file: &'static str) -> Result<T, ContentError> {
    toml::from_str(text).map_err(|err| ContentError::Parse {
        file,
        message: err.to_string(),
    })
}

/// Puts each step under its scenario, in file order. Every scenario must exist once
/// and have at least one step; every step must name a scenario.
fn attach_steps(
    entries: Vec<ScenarioEntry>,
    steps: Vec<Step>,
) -> Result<Vec<Scenario>, ContentError> {
    let mut scenarios: Vec<Scenario> = entries
        .into_iter()
        .map(|entry| Scenario {
            id: entry.id,
            title: entry.title,
            summary: entry.summary,
            steps: Vec::new(),
        })
        .collect();
    for id in ScenarioId::ALL {
        let count = scenarios.iter().filter(|s| s.id == *id).count();
        match count {
            0 => {
                return Err(ContentError::MissingEntry(format!(
                    "scenario {}",
                    id.as_str()
                )));
            }
            1 => {}
            _ => return Err(ContentError::DuplicateId(id.as_str().to_owned())),
        }
    }
    for step in steps {
        let Some(id) = step.scenario else {
            return Err(ContentError::Parse {
                file: "steps.toml",
                message: format!("step {} names no scenario", step.id),
            });
        };
        if let Some(scenario) = scenarios.iter_mut().find(|s| s.id == id) {
            scenario.steps.push(step);
        }
    }
    if let Some(empty) = scenarios.iter().find(|s| s.steps.is_empty()) {
        return Err(ContentError::EmptyScenario(empty.id.as_str().to_owned()));
    }
    Ok(scenarios)
}
