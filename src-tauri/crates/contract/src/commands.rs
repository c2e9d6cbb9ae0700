//! The names of the IPC commands the shell exposes.
//!
//! `build.rs` declares exactly these to Tauri (so each needs an explicit `allow-…`
//! permission), and the exported `Command` union lets the UI call only these names.

use serde::Serialize;
use ts_rs::TS;

/// One IPC command the UI may invoke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "Command")]
pub enum Command {
    /// `() -> AppInfo`
    AppInfo,
    /// `() -> Settings`
    GetSettings,
    /// `(preference: LanguagePreference) -> Settings`
    SetLanguage,
    /// `() -> GuideOverview`
    GuideOverview,
    /// `(country: string | null) -> Route`
    GuideRoute,
    /// `(query: string, language: Language) -> CountryMatch[]`
    GuideSearchCountries,
    /// `(removalDate: "YYYY-MM-DD", today: "YYYY-MM-DD") -> Deadlines`
    GuideDeadlines,
    /// `(removalDate: "YYYY-MM-DD" | null, today: "YYYY-MM-DD") -> Settings`
    SetRemovalDate,
    /// `(form: ConsentForm, today: "YYYY-MM-DD") -> FieldError[]` (empty: ready to print)
    ConsentCheck,
    /// `(form: ConsentForm, today: "YYYY-MM-DD") -> SavedDocument`
    ConsentSave,
    /// `(path: string) -> null`: opens a document Waarborg saved in the system viewer.
    OpenDocument,
    /// `() -> Clause[]`: the parenting-plan clause library, in order
    PlanClauses,
    /// `(plan: ParentingPlan) -> FieldError[]` (empty: ready)
    PlanCheck,
    /// `(plan: ParentingPlan) -> FilledPlan`: the articles as they will be printed
    PlanPreview,
    /// `(plan: ParentingPlan, language: PlanLanguage) -> SavedDocument`
    PlanSave,
}

impl Command {
    /// The name Tauri registers the command under (the Rust function name).
    pub const fn name(self) -> &'static str {
        match self {
            Self::AppInfo => "app_info",
            Self::GetSettings => "get_settings",
            Self::SetLanguage => "set_language",
            Self::GuideOverview => "guide_overview",
            Self::GuideRoute => "guide_route",
            Self::GuideSearchCountries => "guide_search_countries",
            Self::GuideDeadlines => "guide_deadlines",
            Self::SetRemovalDate => "set_removal_date",
            Self::ConsentCheck => "consent_check",
            Self::ConsentSave => "consent_save",
            Self::OpenDocument => "open_document",
            Self::PlanClauses => "plan_clauses",
            Self::PlanCheck => "plan_check",
            Self::PlanPreview => "plan_preview",
            Self::PlanSave => "plan_save",
        }
    }
}

/// Every command, in a stable order.
pub const COMMANDS: &[Command] = &[
    Command::AppInfo,
    Command::GetSettings,
    Command::SetLanguage,
    Command::GuideOverview,
    Command::GuideRoute,
    Command::GuideSearchCountries,
    Command::GuideDeadlines,
    Command::SetRemovalDate,
    Command::ConsentCheck,
    Command::ConsentSave,
    Command::OpenDocument,
    Command::PlanClauses,
    Command::PlanCheck,
    Command::PlanPreview,
    Command::PlanSave,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_matches_serialized_form() {
        for command in COMMANDS {
            let json = serde_json::to_string(command).unwrap();
            assert_eq!(json, format!("\"{}\"", command.name()));
        }
    }
}
