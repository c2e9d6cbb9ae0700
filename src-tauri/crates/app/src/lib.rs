//! Waarborg's application layer, shared by the window and the command line, with no
//! Tauri in it: the open-vault session (one vault, idle clock, presentation gating, job
//! guard, events through [`EventSink`]), the long jobs (import, export, backup, restore),
//! the builders that turn vault records into the police sheet, the case timeline and the
//! evidence index, the trip-watch check, what the `vault:` scheme may serve, and the
//! default folders.
//!
//! The shell (`src-tauri/src`) turns each IPC command into one call here; the CLI calls
//! the same functions.
#![forbid(unsafe_code)]

pub mod anchors;
mod app;
pub mod chat;
pub mod content;
mod evidence_index;
mod handover;
mod import;
pub mod ipc;
mod jobs;
mod key_image;
mod package_records;
pub mod package_signers;
pub mod paths;
mod police_sheet;
mod presentation;
mod recovery;
mod session;
mod texts;
mod timeline;
mod trip_watch;
mod upcoming;
mod vault;
pub mod viewer;

#[cfg(test)]
mod testing;

pub use app::{
    App, Folders, absolute_path, invalid, parse_date, parse_id, parse_ids, saved_document,
};
pub use evidence_index::index_pdf_renderer;
pub use handover::{PackageSession, all_item_ids, identity_file, package_key, protection};
pub use import::files_to_import;
pub use jobs::{JobGuard, JobKind};
pub use key_image::{KeyImageError, recovery_key_from_image};
pub use package_records::{record_files_renderer, record_kind};
pub use recovery::{read_key_file, write_emergency_kit};
pub use session::{EventSink, OpenVault, VaultSession};
pub use trip_watch::TripWatch;
pub use upcoming::{full_title, neutral_title_id, save_upcoming_ics, upcoming_for, upcoming_ics};
