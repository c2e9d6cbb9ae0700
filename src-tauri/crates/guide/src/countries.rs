//! The country table (`hague_states.csv`, with `territories.csv`): which route applies
//! to a destination, and searching countries by their Dutch or English name.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;
use waarborg_contract::Language;

use crate::error::ContentError;
use crate::fact::{Text, Verification};

/// The legal route for getting a child back from a destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum RouteClass {
    /// EU Member State where Brussels II-ter applies (all but Denmark), on top of the
    /// Hague Convention.
    EuBrussels,
    /// Hague 1980 partner in force with the home state.
    HagueInForce,
    /// Hague 1980 party that acceded; whether the home state accepted the accession is
    /// not known here, so the Central Authority must confirm.
    HagueAcceptanceUnknown,
    /// Not a Hague 1980 party: diplomatic route and a local lawyer.
    NonHague,
    /// No destination known, or one the table cannot classify.
    Unknown,
}

impl RouteClass {
    pub const ALL: &'static [Self] = &[
        Self::EuBrussels,
        Self::HagueInForce,
        Self::HagueAcceptanceUnknown,
        Self::NonHague,
        Self::Unknown,
    ];

    /// Whether the Hague Convention (and so its time limits, such as the one-year mark
    /// of art. 12) can apply. Only a state outside the Convention rules it out; for an
    /// unknown destination or an unconfirmed acceptance the marks are shown, as the
    /// Convention may well apply.
    pub const fn convention_may_apply(self) -> bool {
        !matches!(self, Self::NonHague)
    }
}

/// Why a destination falls in [`RouteClass::Unknown`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum UnknownReason {
    /// The parent does not know (or has not said) where the child is.
    NoDestination,
    /// The code is not an ISO 3166-1 alpha-2 code in the table.
    NotInTable,
    /// A part of the home kingdom (Aruba, Curaçao, Sint Maarten, Caribbean Netherlands)
    /// where the Convention's territorial application was not verified.
    KingdomPart,
    /// A territory of another state (e.g. Bermuda, Guam, Greenland): the Convention may
    /// have been extended to it; the Central Authority knows.
    Territory,
    /// The home state itself: not an abduction abroad.
    HomeState,
}

/// `yes` / `no` / `unknown`, as in the table's `in_force_with_NL` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum InForce {
    Yes,
    No,
    Unknown,
}

/// One row of the country table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case.
    pub iso2: String,
    pub name: Text,
    pub hague_1980: bool,
    pub in_force_with_home_state: InForce,
    pub eu_brussels2ter: bool,
    /// `to-confirm` when the table marks this row's treaty type or date as typed from
    /// memory (`eif_source = MEM`) or as uncertain (`R?`).
    pub table_status: Verification,
    /// For a territory (`territories.csv`): the ISO code of the state it belongs to,
    /// when it has one.
    pub part_of: Option<String>,
}

/// How `territories.csv` routes a territory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum TerritoryRoute {
    /// Part of an EU Member State and of the EU (TFEU art. 355(1), (4)): the EU route.
    Eu,
    /// Any other territory: the Convention may have been extended to it.
    Unknown,
}

/// One row of `territories.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Territory {
    pub(crate) iso2: String,
    pub(crate) sovereign: Option<String>,
    pub(crate) route: TerritoryRoute,
}

/// A search hit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CountryMatch {
    pub iso2: String,
    /// The name in the language asked for.
    pub name: String,
    pub class: RouteClass,
}

/// All rows of the table, plus what the pack says about its home state.
#[derive(Debug, Clone)]
pub(crate) struct CountryTable {
    countries: Vec<Country>,
    home_state: String,
    territories: Vec<Territory>,
    /// Other names parents type (ISO2 → names), used only for search.
    aliases: BTreeMap<String, Vec<String>>,
}

impl CountryTable {
    /// Parses the table, its extended twin (which adds where each row's type and date
    /// came from) and the territories. The two tables must list the same rows with the
    /// same values.
    pub(crate) fn parse(
        table: &str,
        extended: &str,
        territories: &str,
        home_state: &str,
        aliases: &BTreeMap<String, Vec<String>>,
    ) -> Result<Self, ContentError> {
        let rows = parse_csv(table, "hague_states.csv")?;
        let extended_rows = parse_csv(extended, "hague_states_extended.csv")?;
        let header = [
            "iso2",
            "country_en",
            "country_nl",
            "hague_1980",
            "in_force_with_NL",
            "eu_brussels2ter",
        ];
        check_header(&rows, &header, "hague_states.csv")?;
        check_header(&extended_rows, &header, "hague_states_extended.csv")?;
        if rows.len() != extended_rows.len() {
            return Err(table_error(0, "the two country tables differ in length"));
        }
        let mut countries = Vec::with_capacity(rows.len());
        for (index, (row, extended_row)) in rows.iter().zip(&extended_rows).enumerate().skip(1) {
            let line = index + 1;
            if row.len() != 6 || extended_row.len() < 9 || row[..] != extended_row[..6] {
                return Err(table_error(line, "row differs between the two tables"));
            }
            countries.push(parse_country(
                row,
                &extended_row[6],
                &extended_row[8],
                line,
            )?);
        }
        let territories = parse_territories(territories)?;
        for territory in &territories {
            if let Some(country) = countries.iter_mut().find(|c| c.iso2 == territory.iso2) {
                country.part_of = territory.sovereign.clone();
            }
        }
        let table = Self {
            countries,
            home_state: home_state.to_owned(),
            territories,
            aliases: aliases.clone(),
        };
        table.check_consistency()?;
        Ok(table)
    }

    fn check_consistency(&self) -> Result<(), ContentError> {
        for (index, country) in self.countries.iter().enumerate() {
            let line = index + 2;
            if self.countries[..index]
                .iter()
                .any(|earlier| earlier.iso2 == country.iso2)
            {
                return Err(table_error(line, "duplicate country code"));
            }
            if country.eu_brussels2ter && !country.hague_1980 {
                return Err(table_error(
                    line,
                    "Brussels II-ter state that is not a Hague party",
                ));
            }
            if !country.hague_1980 && country.in_force_with_home_state != InForce::No {
                return Err(table_error(
                    line,
                    "in force with a state that is not a party",
                ));
            }
        }
        let named = self.territories.iter().map(|t| &t.iso2);
        let sovereigns = self.territories.iter().filter_map(|t| t.sovereign.as_ref());
        let named = named.chain(sovereigns).chain(self.aliases.keys());
        for code in named.chain([&self.home_state]) {
            if self.country(code).is_none() {
                return Err(ContentError::UnknownCountry(code.clone()));
            }
        }
        for territory in &self.territories {
            let problem = |text: &str| ContentError::CountryTable {
                line: 0,
                problem: format!("territories.csv, {}: {text}", territory.iso2),
            };
            // The table's no/no on a territory means "not modelled"; a territory with
            // its own treaty row (like HK) must not be listed, or the row would be
            // silently overridden.
            if self.country(&territory.iso2).is_some_and(|c| c.hague_1980) {
                return Err(problem("a treaty row cannot also be a territory"));
            }
            let sovereign_in_eu = territory
                .sovereign
                .as_deref()
                .and_then(|code| self.country(code))
                .is_some_and(|c| c.eu_brussels2ter);
            if territory.route == TerritoryRoute::Eu && !sovereign_in_eu {
                return Err(problem("an EU part must belong to a Brussels II-ter state"));
            }
        }
        Ok(())
    }

    fn territory(&self, iso2: &str) -> Option<&Territory> {
        self.territories.iter().find(|t| t.iso2 == iso2)
    }

    /// The codes of the territories `territories.csv` routes as `route`.
    pub(crate) fn is_territory(&self, iso2: &str, route: TerritoryRoute) -> bool {
        self.territory(iso2).is_some_and(|t| t.route == route)
    }

    pub(crate) fn all(&self) -> &[Country] {
        &self.countries
    }

    /// The row for an ISO 3166-1 alpha-2 code, in any letter case.
    pub(crate) fn country(&self, iso2: &str) -> Option<&Country> {
        let iso2 = iso2.trim();
        self.countries
            .iter()
            .find(|country| country.iso2.eq_ignore_ascii_case(iso2))
    }

    /// The route class for a row, and why it is unknown when it is.
    pub(crate) fn classify(&self, country: &Country) -> (RouteClass, Option<UnknownReason>) {
        if country.iso2 == self.home_state {
            return (RouteClass::Unknown, Some(UnknownReason::HomeState));
        }
        if let Some(territory) = self.territory(&country.iso2) {
            return match territory.route {
                // Part of an EU state and of the EU: Brussels II-ter and the
                // Convention apply as for that state.
                TerritoryRoute::Eu => (RouteClass::EuBrussels, None),
                TerritoryRoute::Unknown
                    if territory.sovereign.as_deref() == Some(self.home_state.as_str()) =>
                {
                    (RouteClass::Unknown, Some(UnknownReason::KingdomPart))
                }
                TerritoryRoute::Unknown => (RouteClass::Unknown, Some(UnknownReason::Territory)),
            };
        }
        let class = if country.eu_brussels2ter {
            RouteClass::EuBrussels
        } else if !country.hague_1980 {
            RouteClass::NonHague
        } else {
            match country.in_force_with_home_state {
                InForce::Yes => RouteClass::HagueInForce,
                InForce::Unknown => RouteClass::HagueAcceptanceUnknown,
                // A party that is not in force with the home state has no Hague route.
                InForce::No => RouteClass::NonHague,
            }
        };
        (class, None)
    }

    /// Countries whose Dutch or English name (or alias) matches `query` (case and
    /// diacritics ignored): exact names first, then names starting with the query, then
    /// names with a word starting with it, then names containing it; alphabetical
    /// within each group.
    pub(crate) fn search(&self, query: &str, language: Language) -> Vec<CountryMatch> {
        let query = fold(query.trim());
        if query.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(u8, String, &Country)> = self
            .countries
            .iter()
            .filter_map(|country| {
                let aliases = self.aliases.get(&country.iso2).into_iter().flatten();
                let rank = [&country.name.nl, &country.name.en, &country.iso2]
                    .into_iter()
                    .chain(aliases)
                    .filter_map(|name| match_rank(&fold(name), &query))
                    .min()?;
                Some((rank, fold(country.name.get(language)), country))
            })
            .collect();
        hits.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        hits.into_iter()
            .map(|(_, _, country)| CountryMatch {
                iso2: country.iso2.clone(),
                name: country.name.get(language).to_owned(),
                class: self.classify(country).0,
            })
            .collect()
    }
}

impl CountryTable {
    /// The one country a parent means by `query`: an ISO code in the table, a name or
    /// alias equal to it (case and diacritics ignored), or the only country whose name
    /// matches it at all. Otherwise the closest countries (at most five), best first:
    /// the search hits when there are several, else the names spelled most alike.
    pub(crate) fn resolve(&self, query: &str) -> Result<&Country, Vec<&Country>> {
        let query = query.trim();
        if query.len() == 2
            && let Some(country) = self.country(query)
        {
            return Ok(country);
        }
        let folded = fold(query);
        let names = |country: &'_ Country| -> Vec<String> {
            let aliases = self.aliases.get(&country.iso2).into_iter().flatten();
            [&country.name.nl, &country.name.en]
                .into_iter()
                .chain(aliases)
                .map(|name| fold(name))
                .collect()
        };
        if let Some(exact) = self
            .countries
            .iter()
            .find(|country| names(country).contains(&folded))
        {
            return Ok(exact);
        }
        let hits: Vec<&Country> = self
            .search(query, Language::En)
            .iter()
            .filter_map(|hit| self.country(&hit.iso2))
            .collect();
        match hits.as_slice() {
            [only] => Ok(only),
            [] => {
                let mut by_distance: Vec<(usize, &Country)> = self
                    .countries
                    .iter()
                    .map(|country| {
                        let distance = names(country)
                            .iter()
                            .map(|name| edit_distance(name, &folded))
                            .min()
                            .unwrap_or(usize::MAX);
                        (distance, country)
                    })
                    .collect();
                by_distance.sort_by_key(|(distance, country)| (*distance, country.iso2.clone()));
                Err(by_distance.into_iter().take(5).map(|(_, c)| c).collect())
            }
            several => Err(several.iter().take(5).copied().collect()),
        }
    }
}

/// Levenshtein distance over characters, for "did you mean" suggestions.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            let insert = current[j] + 1;
            let delete = previous[j + 1] + 1;
            current.push(substitute.min(insert).min(delete));
        }
        previous = current;
    }
    previous[b.len()]
}

/// 0 = the name is the query, 1 = it starts with it, 2 = a word in it does, 3 = it
/// contains it.
fn match_rank(name: &str, query: &str) -> Option<u8> {
    if name == query {
        Some(0)
    } else if name.starts_with(query) {
        Some(1)
    } else if name
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word.starts_with(query))
    {
        Some(2)
    } else if name.contains(query) {
        Some(3)
    } else {
        None
    }
}

/// Lower case without diacritics, so "cote", "Côte" and "CÔTE" compare equal. Covers
/// the Latin letters that occur in the country names; other letters stay as they are.
pub(crate) fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
            'ł' | 'ľ' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ŕ' | 'ř' => 'r',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'ť' | 'ţ' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            '’' | '‘' | '`' => '\'',
            other => other,
        })
        .collect()
}

fn parse_country(
    row: &[String],
    hcch_type: &str,
    eif_source: &str,
    line: usize,
) -> Result<Country, ContentError> {
    let yes_no = |value: &str| match value {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(table_error(line, "expected yes or no")),
    };
    let iso2 = &row[0];
    if iso2.len() != 2 || !iso2.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(table_error(line, "country code is not two capital letters"));
    }
    let in_force = match row[4].as_str() {
        "yes" => InForce::Yes,
        "no" => InForce::No,
        "unknown" => InForce::Unknown,
        _ => return Err(table_error(line, "expected yes, no or unknown")),
    };
    let name = Text {
        nl: row[2].clone(),
        en: row[1].clone(),
    };
    if !name.missing_languages().is_empty() {
        return Err(table_error(line, "a country name is empty"));
    }
    let doubtful = eif_source == "MEM" || hcch_type.ends_with('?');
    Ok(Country {
        iso2: iso2.clone(),
        name,
        hague_1980: yes_no(&row[3])?,
        in_force_with_home_state: in_force,
        eu_brussels2ter: yes_no(&row[5])?,
        table_status: if doubtful {
            Verification::ToConfirm
        } else {
            Verification::Sourced
        },
        part_of: None,
    })
}

/// Reads `territories.csv`: `iso2,sovereign_iso2,eu_part,route`.
fn parse_territories(text: &str) -> Result<Vec<Territory>, ContentError> {
    let rows = parse_csv(text, "territories.csv")?;
    check_header(
        &rows,
        &["iso2", "sovereign_iso2", "eu_part", "route"],
        "territories.csv",
    )?;
    let mut out: Vec<Territory> = Vec::new();
    for (index, row) in rows.iter().enumerate().skip(1) {
        let line = index + 1;
        let problem = |text: &str| ContentError::CountryTable {
            line,
            problem: format!("territories.csv: {text}"),
        };
        let [iso2, sovereign, eu_part, route] = row.as_slice() else {
            return Err(problem("expected four fields"));
        };
        let route = match route.as_str() {
            "eu" => TerritoryRoute::Eu,
            "unknown" => TerritoryRoute::Unknown,
            _ => return Err(problem("route must be eu or unknown")),
        };
        // The two columns say the same thing; a row where they disagree is a typo.
        let eu_part = match eu_part.as_str() {
            "yes" => true,
            "no" => false,
            _ => return Err(problem("eu_part must be yes or no")),
        };
        if eu_part != (route == TerritoryRoute::Eu) {
            return Err(problem("eu_part and route disagree"));
        }
        if out.iter().any(|t| &t.iso2 == iso2) {
            return Err(problem("duplicate territory"));
        }
        out.push(Territory {
            iso2: iso2.clone(),
            sovereign: (!sovereign.is_empty()).then(|| sovereign.clone()),
            route,
        });
    }
    Ok(out)
}

fn check_header(rows: &[Vec<String>], expected: &[&str], file: &str) -> Result<(), ContentError> {
    let matches = rows.first().is_some_and(|header| {
        header.len() >= expected.len() && header.iter().zip(expected).all(|(a, b)| a == b)
    });
    if matches {
        Ok(())
    } else {
        Err(ContentError::CountryTable {
            line: 1,
            problem: format!("{file} does not start with the expected header"),
        })
    }
}

fn table_error(line: usize, problem: &str) -> ContentError {
    ContentError::CountryTable {
        line,
        problem: problem.to_owned(),
    }
}

/// A small RFC 4180 reader: commas, double-quoted fields with `""` escapes, no
/// newlines inside fields (the tables have none).
fn parse_csv(text: &str, file: &str) -> Result<Vec<Vec<String>>, ContentError> {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .enumerate()
        .map(|(index, line)| {
            parse_csv_line(line).ok_or_else(|| ContentError::CountryTable {
                line: index + 1,
                problem: format!("{file}: unbalanced quotes"),
            })
        })
        .collect()
}

fn parse_csv_line(line: &str) -> Option<Vec<String>> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = line.trim_end_matches('\r').chars().peekable();
    while let Some(c) = chars.next() {
        match (c, in_quotes) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => in_quotes = !in_quotes,
            (',', false) => fields.push(std::mem::take(&mut field)),
            (other, _) => field.push(other),
        }
    }
    if in_quotes {
        return None;
    }
    fields.push(field);
    Some(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_lines_with_quoted_commas_split_correctly() {
        let fields = parse_csv_line(r#"BO,Bolivia,"Bolivia, Multinationale Staat",yes"#).unwrap();
        assert_eq!(
            fields,
            ["BO", "Bolivia", "Bolivia, Multinationale Staat", "yes"]
        );
        let escaped = parse_csv_line(r#"a,"say ""hi""",b"#).unwrap();
        assert_eq!(escaped, ["a", r#"say "hi""#, "b"]);
        assert!(parse_csv_line(r#"a,"open"#).is_none());
    }

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("ÅLANDSEILANDEN"), "alandseilanden");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Oekraïne"), "oekraine");
    }

    #[test]
    fn edit_distance_counts_single_changes() {
        assert_eq!(edit_distance("duitsland", "duitsland"), 0);
        assert_eq!(edit_distance("duitslant", "duitsland"), 1);
        assert_eq!(edit_distance("marroko", "marokko"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn exact_beats_prefix_beats_word_prefix_beats_substring() {
        assert_eq!(match_rank("amerika", "amerika"), Some(0));
        assert_eq!(match_rank("duitsland", "duits"), Some(1));
        assert_eq!(match_rank("verenigde staten", "sta"), Some(2));
        assert_eq!(match_rank("nederland", "erla"), Some(3));
        assert_eq!(match_rank("nederland", "xyz"), None);
    }
}
