//! Writes the example consent form and parenting plans (nl, en, both) into a folder,
//! for looking at them: `cargo run -p waarborg-documents --example render -- OUT_DIR`
#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use waarborg_documents::{
    ClauseLibrary, ConsentForm, ConsentOptions, ParentingPlan, PlanLanguage, consent_form_pdf,
    parenting_plan_pdf, write_pdf_atomically,
};

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".to_owned()));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    let form: ConsentForm =
        serde_json::from_str(include_str!("data/consent.json")).expect("consent JSON");
    let pdf = consent_form_pdf(&form, ConsentOptions::new(today)).expect("consent form");
    write_pdf_atomically(&out.join("consent.pdf"), &pdf).expect("write");
    let library = ClauseLibrary::netherlands().expect("clause library");
    let plan: ParentingPlan =
        serde_json::from_str(include_str!("data/plan.json")).expect("plan JSON");
    for (name, language) in [
        ("plan-nl.pdf", PlanLanguage::Nl),
        ("plan-en.pdf", PlanLanguage::En),
        ("plan-both.pdf", PlanLanguage::Both),
    ] {
        let pdf = parenting_plan_pdf(&library, &plan, language).expect("plan");
        write_pdf_atomically(&out.join(name), &pdf).expect("write");
    }
    println!("written to {}", out.display());
}
