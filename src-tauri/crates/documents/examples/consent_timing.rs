//! Generates the example consent form (and the example parenting plan, nl+en) and
//! prints how long it takes. Figures go into docs/BENCHMARKS.md.
//!
//! `cargo run --release -p waarborg-documents --example consent_timing [OUT.pdf]`
#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use waarborg_documents::{ConsentForm, ConsentOptions, consent_form_pdf};

fn main() {
    let form: ConsentForm =
        serde_json::from_str(include_str!("data/consent.json")).expect("example JSON");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    let options = ConsentOptions::new(today);

    let start = Instant::now();
    let first = consent_form_pdf(&form, options).expect("render");
    let cold = start.elapsed();

    let runs = 50;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let bytes = consent_form_pdf(&form, options).expect("render");
        times.push(start.elapsed());
        assert!(!bytes.is_empty());
    }
    times.sort();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    println!("consent form: {} bytes", first.len());
    println!("first render (includes font parsing): {:.1} ms", ms(cold));
    println!(
        "{runs} renders: min {:.1} ms, median {:.1} ms, max {:.1} ms",
        ms(times[0]),
        ms(times[runs / 2]),
        ms(times[runs - 1])
    );

    let library = waarborg_documents::ClauseLibrary::netherlands().expect("clauses");
    let plan: waarborg_documents::ParentingPlan =
        serde_json::from_str(include_str!("data/plan.json")).expect("plan JSON");
    let mut plan_times = Vec::with_capacity(runs);
    let mut plan_size = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let bytes = waarborg_documents::parenting_plan_pdf(
            &library,
            &plan,
            waarborg_documents::PlanLanguage::Both,
        )
        .expect("plan");
        plan_times.push(start.elapsed());
        plan_size = bytes.len();
    }
    plan_times.sort();
    println!(
        "parenting plan (12 clauses, nl+en): {plan_size} bytes; {runs} renders: min {:.1} ms, median {:.1} ms, max {:.1} ms",
        ms(plan_times[0]),
        ms(plan_times[runs / 2]),
        ms(plan_times[runs - 1])
    );
    if let Some(out) = std::env::args().nth(1) {
        waarborg_documents::write_pdf_atomically(std::path::Path::new(&out), &first)
            .expect("write");
        println!("written to {out}");
    }
}
