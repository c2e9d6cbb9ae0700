//! The consent form as a bilingual A4 PDF, followed by the travel checklist.
//!
//! Every label is printed Dutch / English: the Dutch for the parents and Dutch
//! officials, the English for foreign border guards. Labels come from the Fluent
//! files; the values are printed exactly as the parent typed them (dates as
//! dd-mm-yyyy).

use chrono::NaiveDate;
use waarborg_contract::Language;
use waarborg_i18n::{FluentValue, Messages};

use crate::CONTENT_CHECKED;
use crate::consent::{
    Capacity, ConsentForm, Custody, DocumentKind, Holder, display_date, validate,
};
use crate::error::RenderError;
use crate::layout::{BODY, CONTENT_WIDTH, Canvas, Cell, MARGIN_X, Style};

/// What to print besides the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConsentOptions {
    /// The parent's local date, for validation.
    pub today: NaiveDate,
    /// Append the travel checklist (reislijst) page.
    pub include_checklist: bool,
}

impl ConsentOptions {
    pub fn new(today: NaiveDate) -> Self {
        Self {
            today,
            include_checklist: true,
        }
    }
}

/// Validates `form` and renders it as a PDF. Invalid input produces no document: the
/// error carries every field problem (a confirmed past departure is no problem).
pub fn consent_form_pdf(
    form: &ConsentForm,
    options: ConsentOptions,
) -> Result<Vec<u8>, RenderError> {
    // A departure in the past is only reported while it is unconfirmed.
    validate(form, options.today).map_err(RenderError::Invalid)?;
    let labels = Bilingual::new();
    let child_name = format!(
        "{} {}",
        form.child.given_names.trim(),
        form.child.surname.trim()
    );
    let child_arg = [("child", FluentValue::from(child_name.clone()))];
    let title = labels.pair("doc-consent-title");
    let header = format!(
        "{}  |  {}",
        labels.nl.format("doc-consent-running-header", &child_arg),
        labels.en.format("doc-consent-running-header", &child_arg)
    );
    let mut canvas = Canvas::new(&title, &header)?;
    canvas.title(&labels.nl.get("doc-consent-title"), Style::bold(15.0));
    canvas.title(
        &labels.en.get("doc-consent-title"),
        Style::bold(12.0).gray(0.3),
    );
    canvas.gap(4.0);
    canvas.paragraph(&labels.nl.get("doc-consent-intro"), BODY, 0.0);
    canvas.paragraph(&labels.en.get("doc-consent-intro"), BODY.gray(0.3), 0.0);
    canvas.paragraph(&labels.pair("doc-date-format"), BODY.gray(0.3), 0.0);

    holders_section(&mut canvas, &labels, form);
    child_section(&mut canvas, &labels, form);
    companion_section(&mut canvas, &labels, form);
    trip_section(&mut canvas, &labels, form);
    stays_section(&mut canvas, &labels, form);
    contact_section(&mut canvas, &labels, form);
    statement_section(&mut canvas, &labels, form, &child_name);
    signature_section(&mut canvas, &labels, form);
    if form.legalisation_box {
        legalisation_section(&mut canvas, &labels);
    }
    attachments_section(&mut canvas, &labels);
    if options.include_checklist {
        checklist_page(&mut canvas, &labels, form, &child_name);
    }
    Ok(finish(canvas, &labels))
}

/// Dutch and English messages together, for "NL / EN" labels.
pub(crate) struct Bilingual {
    pub nl: Messages,
    pub en: Messages,
}

impl Bilingual {
    pub fn new() -> Self {
        Self {
            nl: Messages::new(Language::Nl),
            en: Messages::new(Language::En),
        }
    }

    /// "Dutch / English".
    pub fn pair(&self, id: &str) -> String {
        let nl = self.nl.get(id);
        let en = self.en.get(id);
        if nl == en { nl } else { format!("{nl} / {en}") }
    }

    fn cell(&self, id: &str, value: impl Into<String>, share: f32) -> Cell {
        Cell::new(self.pair(id), value, share)
    }
}

pub(crate) fn finish(canvas: Canvas, labels: &Bilingual) -> Vec<u8> {
    let checked = [("checked", FluentValue::from(CONTENT_CHECKED))];
    let note = format!(
        "{} {}",
        labels.nl.format("doc-footer-note", &checked),
        labels.en.format("doc-footer-note", &checked)
    );
    canvas.finish(&note, |page, pages| {
        let args = [
            ("page", FluentValue::from(page)),
            ("pages", FluentValue::from(pages)),
        ];
        format!(
            "{} / {}",
            labels.nl.format("doc-footer-page", &args),
            labels.en.format("doc-footer-page", &args)
        )
    })
}

/// "n. Dutch / English" for a numbered section heading.
fn numbered(labels: &Bilingual, id: &str) -> String {
    let number = SECTIONS.iter().position(|s| *s == id).map_or(0, |i| i + 1);
    format!("{number}. {}", labels.pair(id))
}

const SECTIONS: &[&str] = &[
    "doc-consent-section-holders",
    "doc-consent-section-child",
    "doc-consent-section-companion",
    "doc-consent-section-trip",
    "doc-consent-section-stays",
    "doc-consent-section-contact",
    "doc-consent-section-statement",
    "doc-consent-section-signatures",
    "doc-consent-section-legalisation",
    "doc-consent-section-attachments",
];

fn capacity_key(capacity: Capacity) -> &'static str {
    match capacity {
        Capacity::Mother => "doc-capacity-mother",
        Capacity::Father => "doc-capacity-father",
        Capacity::Parent => "doc-capacity-parent",
        Capacity::Guardian => "doc-capacity-guardian",
        Capacity::Institution => "doc-capacity-institution",
    }
}

/// Room for a section heading plus one row, so a heading never ends a page alone.
const KEEP: f32 = 40.0;

fn holders_section(canvas: &mut Canvas, labels: &Bilingual, form: &ConsentForm) {
    canvas.section(&numbered(labels, "doc-consent-section-holders"), KEEP);
    for (i, holder) in form.holders.iter().enumerate() {
        let n = [("n", FluentValue::from(i + 1))];
        let heading = format!(
            "{} / {}",
            labels.nl.format("doc-consent-holder", &n),
            labels.en.format("doc-consent-holder", &n)
        );
        canvas.gap(3.0);
        canvas.ensure(60.0);
        canvas.paragraph(&heading, Style::bold(8.5), 0.0);
        holder_rows(canvas, labels, holder);
    }
}

fn holder_rows(canvas: &mut Canvas, labels: &Bilingual, holder: &Holder) {
    canvas.row(&[
        labels.cell("doc-field-full-name", &holder.full_name, 0.6),
        labels.cell(
            "doc-field-capacity",
            labels.pair(capacity_key(holder.capacity)),
            0.4,
        ),
    ]);
    if holder.capacity == Capacity::Institution {
        canvas.row(&[labels.cell("doc-field-representative", &holder.representative, 1.0)]);
    } else {
        canvas.row(&[
            labels.cell(
                "doc-field-birth-date",
                display_date(&holder.birth_date),
                0.25,
            ),
            labels.cell("doc-field-nationality", &holder.nationality, 0.35),
            labels.cell("doc-field-id-document", &holder.id_document, 0.4),
        ]);
    }
    canvas.row(&[labels.cell("doc-field-address", &holder.address, 1.0)]);
    canvas.row(&[
        labels.cell("doc-field-phone", &holder.phone, 0.4),
        labels.cell("doc-field-email", &holder.email, 0.6),
    ]);
}

fn child_section(canvas: &mut Canvas, labels: &Bilingual, form: &ConsentForm) {
    let child = &form.child;
    canvas.section(&numbered(labels, "doc-consent-section-child"), KEEP);
    canvas.row(&[
        labels.cell("doc-field-surname", &child.surname, 0.45),
        labels.cell("doc-field-given-names", &child.given_names, 0.55),
    ]);
    let nationalities: Vec<&str> = child
        .nationalities
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect();
    canvas.row(&[
        labels.cell(
            "doc-field-birth-date",
            display_date(&child.birth_date),
            0.25,
        ),
        labels.cell("doc-field-birth-place", &child.birth_place, 0.35),
        labels.cell("doc-field-nationality", nationalities.join(", "), 0.4),
    ]);
    let kind = match child.document.kind {
        DocumentKind::Passport => "doc-document-passport",
        DocumentKind::IdCard => "doc-document-id-card",
    };
    canvas.row(&[
        labels.cell("doc-field-document-kind", labels.pair(kind), 0.3),
        labels.cell("doc-field-document-number", &child.document.number, 0.3),
        labels.cell(
            "doc-field-issue-date",
            display_date(&child.document.issue_date),
            0.2,
        ),
        labels.cell(
            "doc-field-expiry-date",
            display_date(&child.document.expiry_date),
            0.2,
        ),
    ]);
    canvas.row(&[labels.cell(
        "doc-field-issuing-authority",
        &child.document.issuing_authority,
        1.0,
    )]);
}

fn companion_section(canvas: &mut Canvas, labels: &Bilingual, form: &ConsentForm) {
    let companion = &form.companion;
    canvas.section(&numbered(labels, "doc-consent-section-companion"), KEEP);
    // The block is kept on one page so that it can be struck through in one line.
    canvas.ensure(if companion.travels_alone {
        140.0
    } else {
        100.0
    });
    if companion.travels_alone {
        canvas.gap(3.0);
        canvas.paragraph(&labels.nl.get("doc-companion-alone"), Style::bold(9.0), 0.0);
        canvas.paragraph(
            &labels.en.get("doc-companion-alone"),
            Style::bold(9.0).gray(0.3),
            0.0,
        );
        canvas.gap(3.0);
    }
    let top = canvas.y();
    let page = canvas.page_count();
    canvas.row(&[
        labels.cell("doc-field-full-name", &companion.full_name, 0.6),
        labels.cell(
            "doc-field-birth-date",
            display_date(&companion.birth_date),
            0.4,
        ),
    ]);
    canvas.row(&[
        labels.cell("doc-field-relationship", &companion.relationship, 0.3),
        labels.cell("doc-field-document-number", &companion.document_number, 0.3),
        labels.cell("doc-field-document-issuer", &companion.document_issuer, 0.4),
    ]);
    canvas.row(&[labels.cell("doc-field-phone", &companion.phone, 1.0)]);
    // Strike the block through, as the KMar instructions ask.
    let bottom = canvas.y();
    if companion.travels_alone && bottom < top && canvas.page_count() == page {
        canvas.line(
            (MARGIN_X, bottom),
            (MARGIN_X + CONTENT_WIDTH, top),
            1.2,
            0.0,
        );
    }
}

fn trip_section(canvas: &mut Canvas, labels: &Bilingual, form: &ConsentForm) {
    let trip = &form.trip;
    canvas.section(&numbered(labels, "doc-consent-section-trip"), KEEP);
    for destination in &trip.destinations {
        canvas.row(&[
            labels.cell("doc-field-destination-country", &destination.country, 0.4),
            labels.cell("doc-field-destination-places", &destination.places, 0.6),
        ]);
    }
    let transit: Vec<&str> = trip
        .transit_countries
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    canvas.row(&[
        labels.cell("doc-field-transit", transit.join(", "), 0.5),
        labels.cell("doc-field-purpose", &trip.purpose, 0.5),
    ]);
    canvas.row(&[
        labels.cell(
            "doc-field-departure-date",
            display_date(&trip.departure_date),
            1.0 / 3.0,
        ),
        labels.cell(
            "doc-field-return-date",
            display_date(&trip.return_date),
            1.0 / 3.0,
        ),
        labels.cell(
            "doc-field-back-in-nl",
            display_date(&trip.back_in_nl_date),
            1.0 / 3.0,
        ),
    ]);
    canvas.row(&[
        labels.cell("doc-field-outbound", &trip.outbound_transport, 0.5),
        labels.cell("doc-field-return-transport", &trip.return_transport, 0.5),
    ]);
}

fn stays_section(canvas: &mut Canvas, labels: &Bilingual, form: &ConsentForm) {
    canvas.section(&numbered(labels, "doc-consent-section-stays"), KEEP);
    for stay in &form.stays {
        canvas.gap(2.0);
        canvas.row(&[
            labels.cell("doc-field-host", &stay.host, 0.4),
            labels.cell("doc-field-address", &stay.address, 0.6),
        ]);
        canvas.row(&[
            labels.cell("doc-field-phone", &stay.phone, 0.4),
            labels.cell("doc-field-email", &stay.email, 0.6),
        ]);
    }
}

fn contact_section(canvas: &mut Canvas, labels: &Bilingual, form: &ConsentForm) {
    let contact = &form.contact_during_trip;
    canvas.section(&numbered(labels, "doc-consent-section-contact"), KEEP);
    canvas.row(&[
        labels.cell("doc-field-name", &contact.name, 0.35),
        labels.cell("doc-field-phone", &contact.phone, 0.3),
        labels.cell("doc-field-email", &contact.email, 0.35),
    ]);
}

fn destinations_text(form: &ConsentForm) -> String {
    form.trip
        .destinations
        .iter()
        .map(|d| {
            let places = d.places.trim();
            if places.is_empty() {
                d.country.trim().to_owned()
            } else {
                format!("{} ({places})", d.country.trim())
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn statement_section(canvas: &mut Canvas, labels: &Bilingual, form: &ConsentForm, child: &str) {
    let trip = &form.trip;
    let back = if trip.back_in_nl_date.trim().is_empty() {
        &trip.return_date
    } else {
        &trip.back_in_nl_date
    };
    let args = [
        ("child", FluentValue::from(child.to_owned())),
        ("destinations", FluentValue::from(destinations_text(form))),
        (
            "departure",
            FluentValue::from(display_date(&trip.departure_date)),
        ),
        ("return", FluentValue::from(display_date(&trip.return_date))),
        ("back", FluentValue::from(display_date(back))),
    ];
    canvas.section(&numbered(labels, "doc-consent-section-statement"), 80.0);
    let mut keys = vec![
        "doc-consent-statement-consent",
        "doc-consent-statement-limit",
        "doc-consent-statement-residence",
    ];
    if form.custody == Custody::CourtReplacedConsent {
        keys.push("doc-consent-statement-court");
    }
    canvas.gap(3.0);
    for (messages, style) in [
        (&labels.nl, Style::regular(9.5)),
        (&labels.en, Style::regular(9.5).gray(0.25)),
    ] {
        for key in &keys {
            canvas.paragraph(&messages.format(key, &args), style, 0.0);
            canvas.gap(2.0);
        }
        canvas.gap(3.0);
    }
}

fn signature_section(canvas: &mut Canvas, labels: &Bilingual, form: &ConsentForm) {
    canvas.section(&numbered(labels, "doc-consent-section-signatures"), 90.0);
    for (i, holder) in form.holders.iter().enumerate() {
        let name = if holder.capacity == Capacity::Institution {
            format!(
                "{} ({})",
                holder.full_name.trim(),
                holder.representative.trim()
            )
        } else {
            holder.full_name.trim().to_owned()
        };
        let n = [("n", FluentValue::from(i + 1))];
        let heading = format!(
            "{} / {}: {name}",
            labels.nl.format("doc-consent-holder", &n),
            labels.en.format("doc-consent-holder", &n)
        );
        canvas.gap(3.0);
        canvas.ensure(95.0);
        canvas.paragraph(&heading, Style::bold(8.5), 0.0);
        canvas.row(&[
            labels.cell("doc-field-sign-place", &holder.sign_place, 0.5),
            labels.cell("doc-field-sign-date", display_date(&holder.sign_date), 0.5),
        ]);
        let caption = if holder.capacity == Capacity::Institution {
            "doc-field-signature-stamp"
        } else {
            "doc-field-signature"
        };
        let top = canvas.y();
        canvas.signature_box(MARGIN_X, CONTENT_WIDTH, top, 48.0, &labels.pair(caption));
        canvas.set_y(top - 48.0);
    }
}

fn legalisation_section(canvas: &mut Canvas, labels: &Bilingual) {
    canvas.section(&numbered(labels, "doc-consent-section-legalisation"), 100.0);
    canvas.gap(2.0);
    canvas.paragraph(
        &labels.nl.get("doc-legalisation-note"),
        Style::regular(8.0),
        0.0,
    );
    canvas.paragraph(
        &labels.en.get("doc-legalisation-note"),
        Style::regular(8.0).gray(0.3),
        0.0,
    );
    canvas.gap(3.0);
    canvas.ensure(75.0);
    let top = canvas.y();
    canvas.signature_box(
        MARGIN_X,
        CONTENT_WIDTH,
        top,
        75.0,
        &labels.pair("doc-legalisation-caption"),
    );
    canvas.set_y(top - 75.0);
}

/// Attachments as the KMar lists them, mandatory and advised (research §1.3), then
/// what Centrum IKO (ID copies) and municipalities (court papers, return ticket) add.
const MANDATORY: &[&str] = &["doc-att-passports", "doc-att-consent"];
const ADVISED: &[&str] = &[
    "doc-att-brp-child",
    "doc-att-brp-parent",
    "doc-att-gezagsregister",
];
const ALSO_USEFUL: &[&str] = &[
    "doc-att-id-copies",
    "doc-att-court",
    "doc-att-return-ticket",
];

fn attachments_section(canvas: &mut Canvas, labels: &Bilingual) {
    canvas.section(&numbered(labels, "doc-consent-section-attachments"), 60.0);
    for (heading, items) in [
        ("doc-attachments-mandatory", MANDATORY),
        ("doc-attachments-advised", ADVISED),
        ("doc-attachments-also", ALSO_USEFUL),
    ] {
        canvas.gap(3.0);
        canvas.ensure(40.0);
        canvas.paragraph(&labels.pair(heading), Style::bold(8.5), 0.0);
        canvas.gap(1.0);
        for key in items {
            bilingual_checkbox(canvas, labels, key);
        }
    }
    canvas.gap(2.0);
    canvas.paragraph(&labels.nl.get("doc-att-embassy"), Style::regular(8.0), 0.0);
    canvas.paragraph(
        &labels.en.get("doc-att-embassy"),
        Style::regular(8.0).gray(0.3),
        0.0,
    );
    // A 12–17-year-old can get an ID card without parental consent (research §4.4):
    // the consent given here covers this trip only.
    canvas.gap(2.0);
    canvas.paragraph(&labels.nl.get("doc-att-id-card"), Style::regular(8.0), 0.0);
    canvas.paragraph(
        &labels.en.get("doc-att-id-card"),
        Style::regular(8.0).gray(0.3),
        0.0,
    );
    // Where the list above comes from, as for every fact Waarborg prints (one
    // bilingual line: the form must stay on its three pages).
    canvas.gap(1.0);
    canvas.paragraph(
        &labels.nl.get("doc-att-source"),
        Style::regular(6.5).gray(0.3),
        0.0,
    );
}

fn bilingual_checkbox(canvas: &mut Canvas, labels: &Bilingual, key: &str) {
    let nl = labels.nl.get(key);
    let en = labels.en.get(key);
    canvas.checkbox(
        false,
        &[
            (&nl, Style::regular(8.5)),
            (&en, Style::regular(8.5).gray(0.35)),
        ],
        4.0,
    );
    canvas.gap(1.5);
}

fn checklist_page(canvas: &mut Canvas, labels: &Bilingual, form: &ConsentForm, child: &str) {
    canvas.new_page();
    canvas.title(&labels.pair("doc-checklist-title"), Style::bold(15.0));
    canvas.gap(2.0);
    canvas.paragraph(&labels.nl.get("doc-checklist-intro"), BODY, 0.0);
    canvas.paragraph(&labels.en.get("doc-checklist-intro"), BODY.gray(0.3), 0.0);
    let trip = &form.trip;
    canvas.section(&labels.pair("doc-checklist-summary"), KEEP);
    canvas.row(&[
        labels.cell("doc-field-name", child, 0.5),
        labels.cell(
            "doc-field-destination-country",
            destinations_text(form),
            0.5,
        ),
    ]);
    canvas.row(&[
        labels.cell(
            "doc-field-departure-date",
            display_date(&trip.departure_date),
            0.25,
        ),
        labels.cell("doc-field-outbound", &trip.outbound_transport, 0.25),
        labels.cell(
            "doc-field-return-date",
            display_date(&trip.return_date),
            0.25,
        ),
        labels.cell("doc-field-return-transport", &trip.return_transport, 0.25),
    ]);
    canvas.row(&[
        labels.cell(
            "doc-field-back-in-nl",
            display_date(&trip.back_in_nl_date),
            0.35,
        ),
        labels.cell(
            "doc-check-contact",
            format!(
                "{} {}",
                form.contact_during_trip.name.trim(),
                form.contact_during_trip.phone.trim()
            ),
            0.65,
        ),
    ]);
    for (heading, items) in [
        (
            "doc-checklist-documents",
            &[
                "doc-check-consent-signed",
                "doc-check-passports",
                "doc-check-id-copies",
                "doc-check-brp",
                "doc-check-court",
                "doc-check-return-ticket",
                "doc-check-id-card",
            ][..],
        ),
        (
            "doc-checklist-practical",
            &[
                "doc-check-addresses",
                "doc-check-contact",
                "doc-check-medication",
                "doc-check-embassy",
                "doc-check-copies-home",
            ][..],
        ),
    ] {
        canvas.section(&labels.pair(heading), KEEP);
        canvas.gap(3.0);
        for key in items {
            bilingual_checkbox(canvas, labels, key);
        }
    }
}
