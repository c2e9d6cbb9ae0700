//! The IPC contract's signatures: every command the window may call, with its argument
//! object and its result, written once here and exported to TypeScript as
//! `ui/src/lib/bindings/CommandMap.ts` (`cargo test -p waarborg-app export_bindings`;
//! CI fails when the committed file differs). `tests/contract_wiring.rs` checks that the
//! shell's `#[tauri::command]` functions have exactly these arguments and results, so
//! the window, this table and the shell cannot drift apart.
//!
//! It lives here, not in `waarborg-contract`, because it names the core crates' types
//! (which depend on the contract); like the rest of this crate it has no Tauri in it.

use std::collections::BTreeMap;

use crate::chat::ChatView;
use ts_rs::{Config, Dependency, TS, TypeVisitor};
use waarborg_chat::DateOrder;
use waarborg_contract::{
    AppInfo, BackupSummary, ExportRequest, ExportSummary, ImportSummary, KitSummary, Language,
    LanguagePreference, LockReason, NewVault, PackageOpenKey, Passphrase, PresentedItem, QuickExit,
    RecoveryKeyInput, RecoveryKeyList, Reporter, SavedDocument, Settings, Theme, VaultStatus,
};
use waarborg_documents::{
    Clause, ConsentForm, FieldError, FilledPlan, ParentingPlan, PlanLanguage,
};
use waarborg_guide::{CountryMatch, Deadlines, GuideOverview, Route};
use waarborg_package::PackageReport;
use waarborg_vault::{
    Item, ItemDescription, ItemDetail, ItemFacets, ItemQuery, ItemSummary, LogPage, Record,
    RecordKind, StoredRecord, Upcoming, VerifyReport,
};

/// One argument of a command: its Rust name and type (as written in the shell) and its
/// TypeScript type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IpcArg {
    pub name: &'static str,
    pub rust: &'static str,
    pub ts: String,
}

/// One command: its name, arguments and result (`()` for none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IpcCommand {
    pub name: &'static str,
    pub args: Vec<IpcArg>,
    pub result_rust: &'static str,
    pub result_ts: String,
}

/// The generated map plus the binding files it imports, by TypeScript name.
struct Table {
    commands: Vec<IpcCommand>,
    imports: BTreeMap<String, String>,
}

impl Table {
    /// The TypeScript name of `T`; remembers the binding files it and its type
    /// parameters (`Vec<ItemSummary>` → `ItemSummary`) are exported to.
    fn ts<T: TS + 'static + ?Sized>(&mut self, cfg: &Config) -> String {
        Collect {
            cfg,
            imports: &mut self.imports,
        }
        .visit::<T>();
        T::name(cfg)
    }
}

/// Visits a type and its type parameters, recording every exported binding.
struct Collect<'a> {
    cfg: &'a Config,
    imports: &'a mut BTreeMap<String, String>,
}

impl TypeVisitor for Collect<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        for dep in Dependency::from_ty::<T>(self.cfg)
            .into_iter()
            .chain(T::dependencies(self.cfg))
        {
            let file = dep.output_path.with_extension("");
            self.imports
                .insert(dep.ts_name, file.to_string_lossy().into_owned());
        }
        T::visit_generics(self);
    }
}

macro_rules! ipc_commands {
    ($( $name:ident ( $( $arg:ident : $ty:ty ),* ) -> $ret:ty ; )*) => {
        fn table(cfg: &Config) -> Table {
            let mut table = Table { commands: Vec::new(), imports: BTreeMap::new() };
            $(
                let args = vec![$(IpcArg {
                    name: stringify!($arg),
                    rust: stringify!($ty),
                    ts: table.ts::<$ty>(cfg),
                }),*];
                let result_ts = table.ts::<$ret>(cfg);
                table.commands.push(IpcCommand {
                    name: stringify!($name),
                    args,
                    result_rust: stringify!($ret),
                    result_ts,
                });
            )*
            table
        }
    };
}

// In the order of `waarborg_contract::COMMANDS`. `vault_subscribe` takes a Tauri
// channel, which has no Rust type outside the shell: it is added by hand below.
ipc_commands! {
    app_info() -> AppInfo;
    get_settings() -> Settings;
    set_language(preference: LanguagePreference) -> Settings;
    guide_overview() -> GuideOverview;
    guide_route(country: Option<String>) -> Route;
    guide_search_countries(query: String, language: Language) -> Vec<CountryMatch>;
    guide_deadlines(removal_date: String, today: String) -> Deadlines;
    set_removal_date(removal_date: Option<String>, today: String) -> Settings;
    consent_check(form: ConsentForm, today: String) -> Vec<FieldError>;
    consent_save(form: ConsentForm, today: String) -> SavedDocument;
    open_document(path: String) -> ();
    plan_clauses() -> Vec<Clause>;
    plan_check(plan: ParentingPlan) -> Vec<FieldError>;
    plan_preview(plan: ParentingPlan) -> FilledPlan;
    plan_save(plan: ParentingPlan, language: PlanLanguage) -> SavedDocument;
    vault_status() -> VaultStatus;
    vault_choose_folder() -> Option<String>;
    vault_create(vault: NewVault) -> VaultStatus;
    vault_use_folder(dir: String) -> VaultStatus;
    vault_unlock(passphrase: Passphrase, remember_on_device: bool) -> VaultStatus;
    vault_unlock_with_device() -> VaultStatus;
    vault_forget_device() -> VaultStatus;
    vault_rekey(current: Passphrase, new: Passphrase) -> VaultStatus;
    vault_choose_key_file(photo: bool) -> Option<String>;
    vault_recover(key: RecoveryKeyInput, new: Passphrase) -> VaultStatus;
    vault_change_passphrase(current: Passphrase, new: Passphrase) -> VaultStatus;
    vault_recovery_keys() -> RecoveryKeyList;
    vault_add_recovery_key(key: String) -> RecoveryKeyList;
    vault_remove_recovery_key(key: String) -> RecoveryKeyList;
    vault_emergency_kit(new_recovery_key: bool) -> Option<KitSummary>;
    vault_lock(reason: LockReason) -> VaultStatus;
    vault_touch() -> ();
    vault_pick_files(folders: bool) -> Vec<String>;
    vault_import(paths: Vec<String>) -> ImportSummary;
    vault_cancel_import() -> ();
    vault_items(query: ItemQuery) -> Vec<ItemSummary>;
    vault_facets() -> ItemFacets;
    vault_item(id: String, view: bool) -> ItemDetail;
    vault_edit_item(id: String, description: ItemDescription) -> Item;
    vault_trash_item(id: String) -> ();
    vault_restore_item(id: String) -> ();
    vault_purge_item(id: String) -> ();
    vault_open_external(id: String) -> ();
    vault_save_copy(id: String) -> Option<String>;
    vault_records(kind: RecordKind) -> Vec<StoredRecord>;
    vault_save_record(id: Option<String>, record: Record) -> StoredRecord;
    vault_delete_record(id: String) -> ();
    vault_trashed_records() -> Vec<StoredRecord>;
    vault_restore_record(id: String) -> ();
    vault_purge_record(id: String) -> ();
    vault_search_journal(text: String) -> Vec<StoredRecord>;
    vault_verify(anchor: Option<String>) -> VerifyReport;
    vault_accept_log() -> VaultStatus;
    vault_log(before: Option<u32>, limit: u32) -> LogPage;
    set_auto_lock(seconds: u32) -> Settings;
    vault_keep_document(path: String, what: String) -> Item;
    vault_case_timeline(today: String) -> SavedDocument;
    vault_police_sheet(today: String, reporter: Reporter) -> SavedDocument;
    vault_chat(id: String) -> ChatView;
    vault_chat_marks(id: String, marked: Vec<u32>) -> Vec<u32>;
    vault_chat_date_order(id: String, order: DateOrder) -> ChatView;
    vault_chat_transcript(id: String, today: String, marked_only: bool, context: u32) -> SavedDocument;
    set_trip_grace(days: u32) -> Settings;
    set_appearance(theme: Theme, text_size: u16) -> Settings;
    vault_export(request: ExportRequest) -> ExportSummary;
    vault_export_cancel() -> ();
    package_choose_file() -> Option<String>;
    package_open(path: String, key: PackageOpenKey) -> PackageReport;
    package_close() -> ();
    vault_backup(out: String, passphrase: Passphrase) -> BackupSummary;
    vault_restore(file: String, passphrase: Passphrase, dir: String) -> VaultStatus;
    vault_present_start(ids: Vec<String>) -> Vec<PresentedItem>;
    vault_present_items() -> Vec<PresentedItem>;
    vault_present_view(id: String) -> ();
    vault_present_end(passphrase: Passphrase) -> VaultStatus;
    upcoming(today: String) -> Upcoming;
    upcoming_save_ics(today: String, full_titles: bool) -> Option<String>;
    set_backup_reminder(days: u32) -> Settings;
    set_quick_exit(choice: QuickExit) -> Settings;
}

/// The command that takes the window's event channel (a Tauri type).
pub const SUBSCRIBE: &str = "vault_subscribe";

/// Every command but [`SUBSCRIBE`], with its signature.
pub fn commands() -> Vec<IpcCommand> {
    table(&Config::default()).commands
}

/// `removal_date` → `removalDate`: Tauri maps the window's camelCase keys to Rust's
/// snake_case argument names.
fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The TypeScript file: `CommandMap`, each command name → `{ args, result }`.
pub fn command_map_ts() -> String {
    let cfg = Config::default();
    let mut table = table(&cfg);
    table.ts::<waarborg_contract::VaultEvent>(&cfg);
    let mut map = String::from("export type CommandMap = {\n");
    for command in &table.commands {
        let args: Vec<String> = command
            .args
            .iter()
            .map(|arg| format!("{}: {}", camel(arg.name), arg.ts))
            .collect();
        map.push_str(&format!(
            "  {}: {{ args: {}; result: {} }};\n",
            command.name,
            if args.is_empty() {
                "{}".to_owned()
            } else {
                format!("{{ {} }}", args.join("; "))
            },
            command.result_ts
        ));
    }
    map.push_str(&format!(
        "  {SUBSCRIBE}: {{ args: {{ onEvent: Channel<VaultEvent> }}; result: null }};\n"
    ));
    map.push_str("};\n");
    // Import the bindings the map names itself (the dependencies are found recursively,
    // but only the names used here are imported).
    let used: std::collections::BTreeSet<&str> =
        map.split(|c: char| !c.is_ascii_alphanumeric()).collect();
    let mut out = String::from(
        "// Generated from src-tauri/crates/app/src/ipc.rs by `cargo test -p waarborg-app \
         export_bindings`. Do not edit.\n",
    );
    out.push_str("import type { Channel } from '@tauri-apps/api/core';\n");
    for (name, file) in &table.imports {
        if used.contains(name.as_str()) {
            out.push_str(&format!("import type {{ {name} }} from './{file}';\n"));
        }
    }
    out.push_str("\n/** Every IPC command: the argument object it takes and what it returns. */\n");
    out.push_str(&map);
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn export_bindings() {
        let dir = std::env::var("TS_RS_EXPORT_DIR").unwrap_or_else(|_| "bindings".to_owned());
        // TS_RS_EXPORT_DIR is relative to the workspace root (.cargo/config.toml).
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
        let dir = root.join(dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("CommandMap.ts"), command_map_ts()).unwrap();
    }

    #[test]
    fn the_table_lists_every_contract_command_once_in_order() {
        let mut names: Vec<&str> = commands().iter().map(|c| c.name).collect();
        let position = waarborg_contract::COMMANDS
            .iter()
            .position(|c| c.name() == SUBSCRIBE)
            .unwrap();
        names.insert(position, SUBSCRIBE);
        let contract: Vec<&str> = waarborg_contract::COMMANDS
            .iter()
            .map(|c| c.name())
            .collect();
        assert_eq!(names, contract);
    }

    #[test]
    fn arguments_are_camel_case_and_types_are_the_bindings() {
        let ts = command_map_ts();
        assert!(ts.contains("  set_removal_date: { args: { removalDate: string | null; today: string }; result: Settings };"), "{ts}");
        assert!(ts.contains("  vault_unlock: { args: { passphrase: Passphrase; rememberOnDevice: boolean }; result: VaultStatus };"), "{ts}");
        assert!(ts.contains("import type { VaultStatus } from './VaultStatus';"));
        assert!(
            ts.contains("  vault_touch: { args: {}; result: null };"),
            "{ts}"
        );
    }
}
