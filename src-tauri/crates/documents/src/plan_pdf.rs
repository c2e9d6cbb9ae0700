//! The parenting-plan agreements as a PDF: parties, children, numbered articles and
//! signature blocks, in Dutch, English, or both (each article in Dutch, then English).

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waarborg_contract::Language;
use waarborg_i18n::{FluentValue, Messages};

use crate::CONTENT_CHECKED;
use crate::clauses::{ClauseLibrary, ParentingPlan};
use crate::consent::display_date;
use crate::error::RenderError;
use crate::layout::{BODY, CONTENT_WIDTH, Canvas, Cell, MARGIN_X, Style};

/// The language(s) of a printed plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum PlanLanguage {
    Nl,
    En,
    /// Dutch and English: every article in Dutch, followed by its English text.
    #[default]
    Both,
}

impl PlanLanguage {
    fn languages(self) -> &'static [Language] {
        match self {
            Self::Nl => &[Language::Nl],
            Self::En => &[Language::En],
            Self::Both => &[Language::Nl, Language::En],
        }
    }
}

/// Checks and fills the plan with `library`, then renders it.
pub fn parenting_plan_pdf(
    library: &ClauseLibrary,
    plan: &ParentingPlan,
    language: PlanLanguage,
) -> Result<Vec<u8>, RenderError> {
    let filled = library.fill(plan).map_err(RenderError::Invalid)?;
    let labels = Labels::new(language);
    let title = labels.joined("doc-plan-title", &[]);
    let names = format!(
        "{} – {}",
        plan.party_a.full_name.trim(),
        plan.party_b.full_name.trim()
    );
    let mut canvas = Canvas::new(&title, &format!("{title}  |  {names}"))?;
    for (i, messages) in labels.messages.iter().enumerate() {
        let style = if i == 0 {
            Style::bold(15.0)
        } else {
            Style::bold(12.0).gray(0.3)
        };
        canvas.title(&messages.get("doc-plan-title"), style);
    }
    canvas.gap(4.0);
    for (i, messages) in labels.messages.iter().enumerate() {
        canvas.paragraph(&messages.get("doc-plan-intro"), labels.style(i, BODY), 0.0);
    }

    // Parties.
    canvas.section(&labels.joined("doc-plan-parties", &[]), 60.0);
    for (key, party) in [
        ("doc-plan-party-a", &plan.party_a),
        ("doc-plan-party-b", &plan.party_b),
    ] {
        canvas.gap(3.0);
        canvas.ensure(50.0);
        canvas.paragraph(&labels.joined(key, &[]), Style::bold(8.5), 0.0);
        canvas.row(&[
            Cell::new(
                labels.joined("doc-field-full-name", &[]),
                &party.full_name,
                0.6,
            ),
            Cell::new(
                labels.joined("doc-field-birth-date", &[]),
                display_date(&party.birth_date),
                0.4,
            ),
        ]);
        canvas.row(&[Cell::new(
            labels.joined("doc-field-address", &[]),
            &party.address,
            1.0,
        )]);
    }

    // Children.
    canvas.section(&labels.joined("doc-plan-children", &[]), 40.0);
    canvas.gap(3.0);
    for child in &plan.children {
        canvas.row(&[
            Cell::new(
                labels.joined("doc-field-full-name", &[]),
                &child.full_name,
                0.6,
            ),
            Cell::new(
                labels.joined("doc-field-birth-date", &[]),
                display_date(&child.birth_date),
                0.4,
            ),
        ]);
    }

    // Articles.
    canvas.section(&labels.joined("doc-plan-agreements", &[]), 60.0);
    for (number, article) in filled.articles.iter().enumerate() {
        let n = [("n", FluentValue::from(number + 1))];
        canvas.gap(6.0);
        canvas.ensure(70.0);
        for (i, (messages, &language)) in labels
            .messages
            .iter()
            .zip(labels.language.languages())
            .enumerate()
        {
            let heading = format!(
                "{} {}",
                messages.format("doc-plan-article", &n),
                article.title.get(language)
            );
            if i > 0 {
                canvas.gap(3.0);
            }
            canvas.paragraph(&heading, labels.style(i, Style::bold(10.0)), 0.0);
            canvas.gap(1.5);
            canvas.paragraph(
                article.text.get(language),
                labels.style(i, Style::regular(9.5)),
                0.0,
            );
        }
    }

    // Signatures.
    canvas.section(&labels.joined("doc-plan-signatures", &[]), 130.0);
    canvas.gap(3.0);
    canvas.row(&[
        Cell::new(
            labels.joined("doc-field-sign-place", &[]),
            &plan.sign_place,
            0.5,
        ),
        Cell::new(
            labels.joined("doc-field-sign-date", &[]),
            display_date(&plan.sign_date),
            0.5,
        ),
    ]);
    canvas.gap(6.0);
    canvas.ensure(72.0);
    let half = (CONTENT_WIDTH - 12.0) / 2.0;
    let top = canvas.y();
    let signature = labels.joined("doc-field-signature", &[]);
    for (column, (key, party)) in [
        ("doc-plan-party-a", &plan.party_a),
        ("doc-plan-party-b", &plan.party_b),
    ]
    .into_iter()
    .enumerate()
    {
        let x = MARGIN_X + column as f32 * (half + 12.0);
        let caption = format!(
            "{signature}\n{}: {}",
            labels.joined(key, &[]),
            party.full_name.trim()
        );
        canvas.signature_box(x, half, top, 70.0, &caption);
    }
    canvas.set_y(top - 70.0);

    let checked = [("checked", FluentValue::from(CONTENT_CHECKED))];
    let note = labels
        .messages
        .iter()
        .map(|m| m.format("doc-footer-note", &checked))
        .collect::<Vec<_>>()
        .join(" ");
    Ok(canvas.finish(&note, |page, pages| {
        let args = [
            ("page", FluentValue::from(page)),
            ("pages", FluentValue::from(pages)),
        ];
        labels.joined("doc-footer-page", &args)
    }))
}

/// The messages of the plan's language(s), in print order.
struct Labels {
    language: PlanLanguage,
    messages: Vec<Messages>,
}

impl Labels {
    fn new(language: PlanLanguage) -> Self {
        Self {
            language,
            messages: language
                .languages()
                .iter()
                .map(|&l| Messages::new(l))
                .collect(),
        }
    }

    /// The message in each language, joined with " / ".
    fn joined(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut parts: Vec<String> = Vec::new();
        for messages in &self.messages {
            let text = messages.format(id, args);
            if !parts.contains(&text) {
                parts.push(text);
            }
        }
        parts.join(" / ")
    }

    /// The second language is printed in gray so the two are easy to tell apart.
    fn style(&self, index: usize, style: Style) -> Style {
        if index == 0 { style } else { style.gray(0.3) }
    }
}
