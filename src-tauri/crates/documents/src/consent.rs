//! The travel-consent form ("Toestemming reizen met minderjarige naar het buitenland"):
//! what a parent fills in, and the checks before it is printed.
//!
//! The field set follows the research (`legal-research.md` §1.2 and §1.6): the KMar
//! form's blocks, with Canada's additions (issue date and issuing authority of the
//! child's passport, the companion's relationship). Dates travel as ISO text
//! (`YYYY-MM-DD`, empty when not filled in) so that a half-filled form round-trips
//! through the UI unchanged and a bad date becomes a field error, not a parse failure.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::validation::{FieldError, Severity, ValidationCode};

/// One travel-consent form: one child, one trip.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ConsentForm {
    /// Who holds parental authority (gezag) over the child.
    pub custody: Custody,
    /// Every person or institution with gezag that gives consent; one block each.
    pub holders: Vec<Holder>,
    pub child: Child,
    pub companion: Companion,
    pub trip: Trip,
    /// Every address abroad where the child will stay.
    pub stays: Vec<Stay>,
    /// How the consenting parent can be reached during the trip.
    pub contact_during_trip: ContactDuringTrip,
    /// Print a box for a municipality or notary to legalise the signatures.
    pub legalisation_box: bool,
    /// The parent confirmed that a departure date in the past is intended (e.g. the
    /// form is made for a trip that has already started).
    pub confirm_past_departure: bool,
}

/// Who has gezag, which decides how many holders must sign.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Custody {
    /// Both parents have gezag: both sign.
    #[default]
    Joint,
    /// One parent (or guardian) has gezag alone.
    Sole,
    /// An institution (e.g. a certified youth-care institution) has gezag or guardianship.
    Institution,
    /// A court gave replacement consent (vervangende toestemming); the decision is attached.
    CourtReplacedConsent,
}

/// The capacity in which a holder consents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Capacity {
    #[default]
    Mother,
    Father,
    Parent,
    Guardian,
    Institution,
}

/// One consenting gezag holder (a person, or an institution and its signatory).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Holder {
    pub capacity: Capacity,
    /// Full name of the person, or the institution's name.
    pub full_name: String,
    /// For an institution: who signs on its behalf.
    pub representative: String,
    pub birth_date: String,
    pub nationality: String,
    /// Type and number of the holder's identity document, e.g. "Paspoort NX12AB345".
    pub id_document: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    /// Place where this holder signs (may be left empty to fill in by hand).
    pub sign_place: String,
    /// Date this holder signs, ISO (may be left empty to fill in by hand).
    pub sign_date: String,
}

/// The travelling child.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Child {
    pub surname: String,
    pub given_names: String,
    pub birth_date: String,
    pub birth_place: String,
    pub nationalities: Vec<String>,
    pub document: TravelDocument,
}

/// A passport or identity card.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct TravelDocument {
    pub kind: DocumentKind,
    pub number: String,
    pub issue_date: String,
    pub expiry_date: String,
    pub issuing_authority: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum DocumentKind {
    #[default]
    Passport,
    IdCard,
}

/// The adult the child travels with, or that the child travels alone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Companion {
    /// The child travels without an accompanying adult (the companion block is
    /// struck through on the form).
    pub travels_alone: bool,
    pub full_name: String,
    pub birth_date: String,
    /// Relationship to the child, e.g. "vader / father".
    pub relationship: String,
    pub document_number: String,
    pub document_issuer: String,
    pub phone: String,
}

/// The trip the consent is limited to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Trip {
    pub destinations: Vec<Destination>,
    pub transit_countries: Vec<String>,
    pub departure_date: String,
    pub return_date: String,
    /// The date the child is back in the Netherlands (often the return date).
    pub back_in_nl_date: String,
    /// Flight, train or other transport number, outbound.
    pub outbound_transport: String,
    /// Flight, train or other transport number, return.
    pub return_transport: String,
    /// E.g. "vakantie / holiday".
    pub purpose: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Destination {
    pub country: String,
    /// Towns or places in that country.
    pub places: String,
}

/// An address abroad.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Stay {
    /// Host family, hotel, campsite or apartment.
    pub host: String,
    pub address: String,
    pub phone: String,
    pub email: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct ContactDuringTrip {
    pub name: String,
    pub phone: String,
    pub email: String,
}

/// What the trip watch needs to know about a consented trip: when the child must be
/// back, and where they went. Made from a valid form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TripRecord {
    pub child_name: String,
    /// ISO dates.
    pub departure_date: String,
    pub return_date: String,
    /// The date the child must be back in the Netherlands: `back_in_nl_date`, or the
    /// return date when that is empty.
    pub back_in_nl_date: String,
    /// Destination countries as typed, in order.
    pub destinations: Vec<String>,
}

impl ConsentForm {
    /// The trip to record after printing, or `None` when the form does not validate.
    pub fn trip_record(&self, today: NaiveDate) -> Option<TripRecord> {
        validate(self, today).ok()?;
        let trip = &self.trip;
        let back = if trip.back_in_nl_date.trim().is_empty() {
            &trip.return_date
        } else {
            &trip.back_in_nl_date
        };
        Some(TripRecord {
            child_name: format!(
                "{} {}",
                self.child.given_names.trim(),
                self.child.surname.trim()
            ),
            departure_date: trip.departure_date.trim().to_owned(),
            return_date: trip.return_date.trim().to_owned(),
            back_in_nl_date: back.trim().to_owned(),
            destinations: trip
                .destinations
                .iter()
                .map(|d| d.country.trim().to_owned())
                .collect(),
        })
    }
}

/// A date field, parsed: `Ok(None)` when empty.
pub(crate) fn parse_date(text: &str) -> Result<Option<NaiveDate>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| ())
}

/// Formats an ISO date for print as `dd-mm-yyyy`; text that is not a date is printed
/// as it was typed (validation has already flagged it).
pub(crate) fn display_date(text: &str) -> String {
    match parse_date(text) {
        Ok(Some(date)) => date.format("%d-%m-%Y").to_string(),
        _ => text.trim().to_owned(),
    }
}

/// Checks a consent form before it is printed.
///
/// `today` is the parent's local date. Every problem is reported, each with the path
/// of its field; the form itself is never changed. A departure in the past is
/// reported with [`Severity::NeedsConfirmation`] unless `confirm_past_departure` is set.
pub fn validate(form: &ConsentForm, today: NaiveDate) -> Result<(), Vec<FieldError>> {
    let mut v = Checker::default();

    // Holders.
    let needed = match form.custody {
        Custody::Joint => 2,
        Custody::Sole | Custody::Institution | Custody::CourtReplacedConsent => 1,
    };
    if form.holders.len() < needed {
        v.error(
            format!("holders[{}]", form.holders.len()),
            ValidationCode::HolderMissing,
        );
    }
    if form.custody == Custody::Institution
        && !form
            .holders
            .iter()
            .any(|h| h.capacity == Capacity::Institution)
    {
        v.error("holders", ValidationCode::InstitutionMissing);
    }
    for (i, holder) in form.holders.iter().enumerate() {
        let at = |f: &str| format!("holders[{i}].{f}");
        v.required(at("full_name"), &holder.full_name);
        if holder.capacity == Capacity::Institution {
            v.required(at("representative"), &holder.representative);
        } else {
            v.past_date(at("birth_date"), &holder.birth_date, today, false);
        }
        v.required(at("address"), &holder.address);
        v.required(at("phone"), &holder.phone);
        v.email(at("email"), &holder.email);
        v.date(at("sign_date"), &holder.sign_date);
    }

    // Child.
    let child = &form.child;
    v.required("child.surname", &child.surname);
    v.required("child.given_names", &child.given_names);
    let birth = v.past_date("child.birth_date", &child.birth_date, today, true);
    v.required("child.birth_place", &child.birth_place);
    if child.nationalities.iter().all(|n| n.trim().is_empty()) {
        v.error("child.nationalities", ValidationCode::Required);
    }
    v.required("child.document.number", &child.document.number);
    let issued = v.past_date(
        "child.document.issue_date",
        &child.document.issue_date,
        today,
        true,
    );
    v.required(
        "child.document.issuing_authority",
        &child.document.issuing_authority,
    );
    let expiry = v.date("child.document.expiry_date", &child.document.expiry_date);
    if let (Some(birth), Some(issued)) = (birth, issued)
        && issued < birth
    {
        v.error(
            "child.document.issue_date",
            ValidationCode::IssuedBeforeBirth,
        );
    }

    // Companion.
    let companion = &form.companion;
    if !companion.travels_alone {
        v.required("companion.full_name", &companion.full_name);
        v.required("companion.relationship", &companion.relationship);
        v.required("companion.document_number", &companion.document_number);
        v.past_date("companion.birth_date", &companion.birth_date, today, false);
    }

    // Trip.
    let trip = &form.trip;
    if trip.destinations.is_empty() {
        v.error("trip.destinations", ValidationCode::Required);
    }
    for (i, destination) in trip.destinations.iter().enumerate() {
        v.required(
            format!("trip.destinations[{i}].country"),
            &destination.country,
        );
    }
    let departure = v.required_date("trip.departure_date", &trip.departure_date);
    let ret = v.required_date("trip.return_date", &trip.return_date);
    let back = v.date("trip.back_in_nl_date", &trip.back_in_nl_date);
    if let Some(departure) = departure {
        if departure < today && !form.confirm_past_departure {
            v.push(FieldError {
                field: "trip.departure_date".to_owned(),
                code: ValidationCode::DepartureInPast,
                severity: Severity::NeedsConfirmation,
            });
        }
        if let Some(ret) = ret
            && ret < departure
        {
            v.error("trip.return_date", ValidationCode::ReturnBeforeDeparture);
        }
        if let Some(back) = back
            && back < departure
        {
            v.error(
                "trip.back_in_nl_date",
                ValidationCode::ReturnBeforeDeparture,
            );
        }
        if let Some(birth) = birth
            && age_on(birth, departure) >= 18
        {
            v.error("child.birth_date", ValidationCode::ChildNotMinor);
        }
        if let Some(expiry) = expiry
            && expiry < ret.unwrap_or(departure)
        {
            v.error(
                "child.document.expiry_date",
                ValidationCode::DocumentExpires,
            );
        }
    }

    // Addresses abroad and contact.
    if form.stays.is_empty() {
        v.error("stays", ValidationCode::Required);
    }
    for (i, stay) in form.stays.iter().enumerate() {
        v.required(format!("stays[{i}].address"), &stay.address);
        v.email(format!("stays[{i}].email"), &stay.email);
    }
    v.required("contact_during_trip.name", &form.contact_during_trip.name);
    v.required("contact_during_trip.phone", &form.contact_during_trip.phone);
    v.email("contact_during_trip.email", &form.contact_during_trip.email);

    if let Ok(value) = serde_json::to_value(form) {
        for field in crate::layout::unprintable_fields(&value) {
            v.error(field, ValidationCode::UnsupportedCharacters);
        }
    }

    v.finish()
}

/// Whole years between `birth` and `on`.
pub(crate) fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years
}

#[derive(Default)]
struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    fn push(&mut self, error: FieldError) {
        self.errors.push(error);
    }

    fn error(&mut self, field: impl Into<String>, code: ValidationCode) {
        self.push(FieldError::new(field, code));
    }

    fn required(&mut self, field: impl Into<String>, value: &str) {
        if value.trim().is_empty() {
            self.error(field, ValidationCode::Required);
        }
    }

    /// An optional date: flagged only when filled in and not a date.
    fn date(&mut self, field: impl Into<String>, value: &str) -> Option<NaiveDate> {
        match parse_date(value) {
            Ok(date) => date,
            Err(()) => {
                self.error(field, ValidationCode::InvalidDate);
                None
            }
        }
    }

    fn required_date(&mut self, field: impl Into<String>, value: &str) -> Option<NaiveDate> {
        let field = field.into();
        match parse_date(value) {
            Ok(Some(date)) => Some(date),
            Ok(None) => {
                self.error(field, ValidationCode::Required);
                None
            }
            Err(()) => {
                self.error(field, ValidationCode::InvalidDate);
                None
            }
        }
    }

    /// A date that cannot lie after `today` (birth, issue).
    fn past_date(
        &mut self,
        field: impl Into<String>,
        value: &str,
        today: NaiveDate,
        required: bool,
    ) -> Option<NaiveDate> {
        let field = field.into();
        let date = if required {
            self.required_date(field.clone(), value)
        } else {
            self.date(field.clone(), value)
        };
        if let Some(date) = date
            && date > today
        {
            self.error(field, ValidationCode::DateInFuture);
            return None;
        }
        date
    }

    fn email(&mut self, field: impl Into<String>, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let valid = value.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.contains(char::is_whitespace)
        });
        if !valid {
            self.error(field, ValidationCode::InvalidEmail);
        }
    }

    fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> ConsentForm {
        serde_json::from_str(include_str!("../examples/data/consent.json")).unwrap()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn codes(form: &ConsentForm) -> Vec<(String, &'static str)> {
        match validate(form, today()) {
            Ok(()) => Vec::new(),
            Err(errors) => errors
                .into_iter()
                .map(|e| (e.field, e.code.as_str()))
                .collect(),
        }
    }

    fn has(form: &ConsentForm, field: &str, code: &str) -> bool {
        codes(form).iter().any(|(f, c)| f == field && *c == code)
    }

    #[test]
    fn the_example_form_is_valid() {
        assert_eq!(codes(&example()), Vec::new());
    }

    #[test]
    fn an_empty_form_reports_every_required_field_without_panicking() {
        let found = codes(&ConsentForm::default());
        for (field, code) in [
            ("holders[0]", "holder-missing"),
            ("child.surname", "required"),
            ("child.given_names", "required"),
            ("child.birth_date", "required"),
            ("child.nationalities", "required"),
            ("child.document.number", "required"),
            ("companion.full_name", "required"),
            ("trip.destinations", "required"),
            ("trip.departure_date", "required"),
            ("trip.return_date", "required"),
            ("stays", "required"),
            ("contact_during_trip.phone", "required"),
        ] {
            assert!(
                found.iter().any(|(f, c)| f == field && *c == code),
                "{field} {code} missing in {found:?}"
            );
        }
    }

    #[test]
    fn return_before_departure_is_an_error() {
        let mut form = example();
        form.trip.return_date = "2026-12-18".into();
        assert!(has(&form, "trip.return_date", "return-before-departure"));
        form.trip.back_in_nl_date = "2026-12-01".into();
        assert!(has(
            &form,
            "trip.back_in_nl_date",
            "return-before-departure"
        ));
    }

    #[test]
    fn departure_in_past_needs_confirmation_not_a_fix() {
        let mut form = example();
        form.trip.departure_date = "2026-11-24".into();
        let errors = validate(&form, today()).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].code, ValidationCode::DepartureInPast);
        assert_eq!(errors[0].severity, Severity::NeedsConfirmation);
        form.confirm_past_departure = true;
        assert_eq!(validate(&form, today()), Ok(()));
    }

    #[test]
    fn departure_today_is_not_in_the_past() {
        let mut form = example();
        form.trip.departure_date = "2026-11-25".into();
        assert_eq!(validate(&form, today()), Ok(()));
    }

    #[test]
    fn child_must_be_a_minor_on_the_departure_date() {
        let mut form = example();
        // 18th birthday the day after departure: still a minor.
        form.child.birth_date = "2008-12-20".into();
        assert_eq!(validate(&form, today()), Ok(()));
        // 18th birthday on the departure date: not a minor.
        form.child.birth_date = "2008-12-19".into();
        assert!(has(&form, "child.birth_date", "child-not-minor"));
    }

    #[test]
    fn joint_custody_needs_two_holders_sole_needs_one() {
        let mut form = example();
        form.holders.truncate(1);
        assert!(has(&form, "holders[1]", "holder-missing"));
        form.custody = Custody::Sole;
        assert_eq!(validate(&form, today()), Ok(()));
        form.holders.clear();
        assert!(has(&form, "holders[0]", "holder-missing"));
    }

    #[test]
    fn institution_custody_needs_an_institution_with_a_signatory() {
        let mut form = example();
        form.custody = Custody::Institution;
        assert!(has(&form, "holders", "institution-missing"));
        form.holders = vec![Holder {
            capacity: Capacity::Institution,
            full_name: "Jeugdbescherming Regio".into(),
            address: "Postbus 1, 1000 AA Amsterdam".into(),
            phone: "+31 20 000 0000".into(),
            ..Holder::default()
        }];
        assert!(has(&form, "holders[0].representative", "required"));
        form.holders[0].representative = "J. de Vries, gezinsvoogd".into();
        assert_eq!(validate(&form, today()), Ok(()));
    }

    #[test]
    fn bad_dates_and_emails_are_flagged_per_field() {
        let mut form = example();
        form.child.birth_date = "30-06-2016".into();
        form.holders[1].email = "not-an-address".into();
        form.stays[0].email = "a@b".into();
        form.holders[0].sign_date = "gisteren".into();
        assert!(has(&form, "child.birth_date", "invalid-date"));
        assert!(has(&form, "holders[1].email", "invalid-email"));
        assert!(has(&form, "stays[0].email", "invalid-email"));
        assert!(has(&form, "holders[0].sign_date", "invalid-date"));
    }

    #[test]
    fn travelling_alone_needs_no_companion() {
        let mut form = example();
        form.companion = Companion {
            travels_alone: true,
            ..Companion::default()
        };
        assert_eq!(validate(&form, today()), Ok(()));
    }

    #[test]
    fn document_dates_are_checked_against_birth_and_trip() {
        let mut form = example();
        form.child.document.issue_date = "2015-01-01".into();
        assert!(has(
            &form,
            "child.document.issue_date",
            "issued-before-birth"
        ));
        let mut form = example();
        form.child.document.expiry_date = "2026-12-31".into();
        assert!(has(&form, "child.document.expiry_date", "document-expires"));
        let mut form = example();
        form.child.birth_date = "2027-01-01".into();
        assert!(has(&form, "child.birth_date", "date-in-future"));
    }

    #[test]
    fn a_valid_form_gives_the_trip_to_watch() {
        let mut form = example();
        let record = form.trip_record(today()).unwrap();
        assert_eq!(record.child_name, "Zeynep Maja Wróbel");
        assert_eq!(record.back_in_nl_date, "2027-01-03");
        assert_eq!(record.destinations, ["Turkije / Türkiye"]);
        form.trip.back_in_nl_date.clear();
        assert_eq!(
            form.trip_record(today()).unwrap().back_in_nl_date,
            "2027-01-03"
        );
        form.child.surname.clear();
        assert_eq!(form.trip_record(today()), None);
    }

    #[test]
    fn text_the_pdf_cannot_print_is_flagged_per_field() {
        let mut form = example();
        form.stays[0].address = "شارع 12".into();
        form.companion.full_name = "王小明".into();
        form.trip.purpose = "vakantie\u{7}".into();
        assert!(has(&form, "stays[0].address", "unsupported-characters"));
        assert!(has(&form, "companion.full_name", "unsupported-characters"));
        assert!(has(&form, "trip.purpose", "unsupported-characters"));
        // Latin Extended, Greek, Cyrillic and line breaks are fine.
        let mut form = example();
        form.companion.full_name = "Αλέξανδρος Иванов Łęcki Øre Ğ".into();
        form.stays[0].address = "Line one\nLine two".into();
        assert_eq!(validate(&form, today()), Ok(()));
    }

    #[test]
    fn age_counts_whole_years() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(age_on(d(2008, 2, 29), d(2026, 2, 28)), 17);
        assert_eq!(age_on(d(2008, 2, 29), d(2026, 3, 1)), 18);
        assert_eq!(display_date("2026-12-19"), "19-12-2026");
        assert_eq!(display_date(" 19 dec "), "19 dec");
    }

    #[test]
    fn a_partial_form_round_trips_through_json_unchanged() {
        let json = r#"{"child":{"surname":"Müller","birth_date":"2016-13-45"}}"#;
        let form: ConsentForm = serde_json::from_str(json).unwrap();
        assert_eq!(form.child.birth_date, "2016-13-45");
        let back: ConsentForm =
            serde_json::from_str(&serde_json::to_string(&form).unwrap()).unwrap();
        assert_eq!(back, form);
    }
}
