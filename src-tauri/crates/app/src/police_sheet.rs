//! The police information sheet from the vault: the children and the other parent from
//! their profiles (with a photo), the trips, the official documents held, and the
//! reporting parent as typed at the time. What the vault does not hold is printed as
//! "not filled in", never guessed.

use waarborg_contract::{ApiError, Reporter, SavedDocument};
use waarborg_documents::{
    PoliceSheet, SheetDocument, SheetDocumentKind, SheetPerson, SheetTrip, document_kind_label,
};
use waarborg_vault::{
    Category, DocumentKind, ItemQuery, ItemSort, PersonProfile, PersonRole, Record, RecordKind,
    Vault,
};

use crate::app::{App, parse_date, saved_document};
use crate::timeline::removal_date;

impl App {
    /// Builds the police sheet from the open vault and saves it in the documents folder.
    pub fn police_sheet(&self, today: &str, reporter: Reporter) -> Result<SavedDocument, ApiError> {
        let today = parse_date(today)?;
        let settings = self.current_settings()?;
        let mut sheet = self.session().with(|open| Ok(police_sheet(&open.vault)))?;
        sheet.reporting_parent_name = reporter.name.trim().to_owned();
        sheet.reporting_parent_phone = reporter.phone.trim().to_owned();
        sheet.reporting_parent_email = reporter.email.trim().to_owned();
        sheet.removal_date = removal_date(&settings);
        sheet.generated_on = today;
        let path = waarborg_documents::save_police_sheet(
            &sheet,
            self.documents_dir()?,
            settings.language,
        )?;
        Ok(saved_document(&path))
    }
}

/// What the vault knows for the police sheet: the children, the first other parent,
/// the trips, and the official documents by event date.
pub(crate) fn police_sheet(vault: &Vault) -> PoliceSheet {
    let mut sheet = PoliceSheet {
        log_anchor: vault.log_anchor(),
        ..PoliceSheet::default()
    };
    for stored in vault.records(Some(RecordKind::Person)) {
        if let Record::Person(p) = &stored.record {
            match p.role {
                PersonRole::Child => sheet.children.push(sheet_person(vault, p)),
                PersonRole::OtherParent if sheet.other_parent.is_none() => {
                    sheet.other_parent = Some(sheet_person(vault, p));
                }
                _ => {}
            }
        }
    }
    for stored in vault.records(Some(RecordKind::Travel)) {
        if let Record::Travel(t) = &stored.record {
            sheet.trips.push(SheetTrip {
                title: t.title.clone(),
                departure: t.departure_date,
                return_date: t.return_date,
                destination: join_filled(&[&t.destination_place, &t.destination_country], ", "),
                flight: join_filled(&[&t.carrier, &t.flight_number], " "),
                address: t.address.clone(),
            });
        }
    }
    sheet.court_orders = vault
        .query_items(&ItemQuery {
            category: Some(Category::OfficialDocuments),
            sort: ItemSort::EventDate,
            ..ItemQuery::default()
        })
        .into_iter()
        .map(|i| {
            if i.title.is_empty() {
                i.original_name
            } else {
                i.title
            }
        })
        .collect();
    sheet
}

/// The sheet's kind for a vault document kind; its bilingual label ("Paspoort /
/// Passport") comes from the documents crate, as the sheet's other labels do.
fn sheet_kind(kind: DocumentKind) -> SheetDocumentKind {
    match kind {
        DocumentKind::Passport => SheetDocumentKind::Passport,
        DocumentKind::IdentityCard => SheetDocumentKind::IdentityCard,
        DocumentKind::ResidencePermit => SheetDocumentKind::ResidencePermit,
        DocumentKind::Other => SheetDocumentKind::Other,
    }
}

/// A profile as the police sheet prints it; the photo is the first linked photo's
/// thumbnail (a JPEG).
pub(crate) fn sheet_person(vault: &Vault, p: &PersonProfile) -> SheetPerson {
    SheetPerson {
        full_name: full_name(p),
        other_names: p.other_names.clone(),
        birth_date: p.birth_date,
        birth_place: p.birth_place.clone(),
        nationalities: p.nationalities.clone(),
        documents: p
            .documents
            .iter()
            .map(|d| SheetDocument {
                kind: document_kind_label(sheet_kind(d.kind)),
                number: d.number.clone(),
                issuing_country: d.issuing_country.clone(),
                expires_on: d.expires_on,
            })
            .collect(),
        description: p.description.clone(),
        addresses: filled(p.addresses.iter().map(|a| {
            join_filled(
                &[&a.label, &a.street, &a.postal_code, &a.city, &a.country],
                ", ",
            )
        })),
        phones: p.phones.clone(),
        vehicles: filled(
            p.vehicles
                .iter()
                .map(|v| join_filled(&[&v.description, &v.licence_plate, &v.country], ", ")),
        ),
        family_abroad: filled(p.family_abroad.iter().map(|r| {
            join_filled(
                &[&r.name, &r.relation, &r.country, &r.address, &r.phone],
                ", ",
            )
        })),
        photo_jpeg: p
            .photo_items
            .iter()
            .find_map(|id| vault.thumbnail(*id).ok().flatten()),
    }
}

/// "Given names Family name", without stray spaces when one is empty.
pub(crate) fn full_name(p: &PersonProfile) -> String {
    format!("{} {}", p.given_names, p.family_name)
        .trim()
        .to_owned()
}

fn filled(lines: impl Iterator<Item = String>) -> Vec<String> {
    lines.filter(|line| !line.is_empty()).collect()
}

/// The parts that are filled in, joined: empty fields leave no stray separators.
pub(crate) fn join_filled(parts: &[&str], separator: &str) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::testing::created_vault;
    use waarborg_vault::{Address, IdentityDocument, TravelKind, TravelRecord};

    #[test]
    fn only_filled_parts_are_joined() {
        assert_eq!(
            join_filled(&["", " Casablanca ", "", "Morocco"], ", "),
            "Casablanca, Morocco"
        );
        assert_eq!(join_filled(&["", "  "], " "), "");
    }

    #[test]
    fn the_sheet_takes_children_the_first_other_parent_trips_and_official_documents() {
        let tmp = tempfile::tempdir().unwrap();
        let mut vault = created_vault(tmp.path());
        let person = |role, given: &str, family: &str| {
            Record::Person(PersonProfile {
                role,
                given_names: given.to_owned(),
                family_name: family.to_owned(),
                ..PersonProfile::default()
            })
        };
        let mut child = PersonProfile {
            role: PersonRole::Child,
            given_names: "Sara".to_owned(),
            family_name: "Jansen".to_owned(),
            ..PersonProfile::default()
        };
        child.documents.push(IdentityDocument {
            kind: DocumentKind::Passport,
            number: "NX1234567".to_owned(),
            ..IdentityDocument::default()
        });
        child.addresses.push(Address {
            city: "Utrecht".to_owned(),
            country: " ".to_owned(),
            ..Address::default()
        });
        vault.create_record(Record::Person(child)).unwrap();
        vault
            .create_record(person(PersonRole::OtherParent, "Karim", "B."))
            .unwrap();
        vault
            .create_record(person(PersonRole::OtherParent, "Second", ""))
            .unwrap();
        vault
            .create_record(Record::Travel(TravelRecord {
                travel_kind: TravelKind::PlannedTrip,
                title: "Zomer".to_owned(),
                destination_place: "Casablanca".to_owned(),
                destination_country: "MA".to_owned(),
                carrier: "KLM".to_owned(),
                ..TravelRecord::default()
            }))
            .unwrap();
        let order = tmp.path().join("beschikking.pdf");
        std::fs::write(&order, b"%PDF-1.4 court order").unwrap();
        let mut description = waarborg_vault::suggest_description(&order);
        description.category = Category::OfficialDocuments;
        description.title = "Beschikking".to_owned();
        vault.import_file(&order, description).unwrap();

        let sheet = police_sheet(&vault);
        assert_eq!(sheet.children.len(), 1);
        let child = &sheet.children[0];
        assert_eq!(child.full_name, "Sara Jansen");
        assert_eq!(child.documents[0].kind, "Paspoort / Passport");
        assert_eq!(child.documents[0].number, "NX1234567");
        assert_eq!(child.addresses, ["Utrecht"]);
        assert_eq!(sheet.other_parent.as_ref().unwrap().full_name, "Karim B.");
        assert_eq!(sheet.trips.len(), 1);
        assert_eq!(sheet.trips[0].destination, "Casablanca, MA");
        assert_eq!(sheet.trips[0].flight, "KLM");
        assert_eq!(sheet.court_orders, ["Beschikking"]);
    }
}
