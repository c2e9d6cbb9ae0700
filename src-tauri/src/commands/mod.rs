//! IPC commands, by feature. Each converts its arguments, calls one function of
//! `waarborg_app` and lets `?` map the error (`HasErrorCode` → `{code, message}`).
//! The names are listed in `waarborg_contract::COMMANDS`, the signatures in
//! `waarborg_app::ipc` (both checked by `tests/contract_wiring.rs`).

pub mod chat;
pub mod documents;
pub mod guide;
pub mod handover;
pub mod presentation;
pub mod records;
pub mod recovery;
pub mod settings;
pub mod upcoming;
pub mod vault;
