//! The command line's arguments (clap). Help texts are translated in `super::localize`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// `waarborg` opens the window; `waarborg <subcommand>` works on the command line.
#[derive(Debug, Parser)]
#[command(name = "waarborg", version, about)]
pub struct Cli {
    /// The vault folder [env: WAARBORG_VAULT; default: the OS data folder]
    #[arg(long, global = true, value_name = "DIR")]
    pub vault: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<TopCommand>,
}

/// Every subcommand: the vault's, and the printable forms.
#[derive(Debug, Subcommand)]
pub enum TopCommand {
    #[command(flatten)]
    Vault(VaultCommand),
    /// Make a form as a PDF from a JSON file (see docs/FORMS.md)
    Form {
        #[command(subcommand)]
        document: FormCommand,
    },
    /// What the emergency guide tells a parent, for checking by a lawyer or a script
    Guide {
        #[command(subcommand)]
        action: GuideCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum GuideCommand {
    /// The route, the time limits that apply and the facts with their sources for a
    /// destination (a Dutch or English name, an ISO code, or "unknown")
    Route {
        #[arg(value_name = "COUNTRY")]
        country: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum FormCommand {
    /// The travel-consent form (always Dutch and English: border guards abroad read it)
    Consent {
        #[arg(long, value_name = "FILE.json")]
        input: PathBuf,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Only "both": the consent form is always bilingual
        #[arg(long, value_name = "LANG", default_value = "both")]
        lang: String,
        /// The date the form is checked against (YYYY-MM-DD; default: today)
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
    },
    /// The parenting-plan agreements
    Clauses {
        #[arg(long, value_name = "FILE.json")]
        input: PathBuf,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// nl, en or both
        #[arg(long, value_name = "LANG", default_value = "both")]
        lang: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum VaultCommand {
    /// Create a new vault (the passphrase is asked twice on a terminal)
    Init {
        /// age public keys (age1…) that can recover the vault without the passphrase
        #[arg(long = "recovery", value_name = "AGE1_KEY")]
        recovery: Vec<String>,
        /// scrypt work factor (log2 N) for the passphrase; the default takes about 1 s
        #[arg(long, value_name = "N")]
        work_factor: Option<u8>,
    },
    /// Import files as evidence: content and SHA-256 kept exactly as they are
    Import {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// official-documents, identification, travel, digital-communications or other
        #[arg(long, value_name = "C", default_value = "other")]
        category: String,
        /// Title (default: the file name)
        #[arg(long, value_name = "T")]
        title: Option<String>,
        #[arg(long, value_name = "D", default_value = "")]
        description: String,
        /// How and where the file was obtained, in your words
        #[arg(long, value_name = "S", default_value = "")]
        source: String,
        /// own-device, received, official, download, scan or other
        #[arg(long, value_name = "K", default_value = "other")]
        source_kind: String,
        /// Date the evidence is about (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        event_date: Option<String>,
    },
    /// List the items (tab-separated, or JSON with --json)
    List {
        #[arg(long)]
        json: bool,
        /// Only items whose title, description, file name or content (the text inside
        /// text files, chat exports and PDFs) contain TEXT; the matching line is shown
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
    },
    /// The transcript of a chat export in the vault as a PDF (the whole chat, or only
    /// the marked messages with --context messages around each)
    Transcript {
        /// The chat export's item id
        #[arg(value_name = "ID")]
        id: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Only the messages marked in the window
        #[arg(long)]
        marked: bool,
        /// With --marked: this many messages before and after each marked one
        #[arg(long, value_name = "N", default_value_t = 0)]
        context: u32,
        /// Also keep the PDF in the vault, as an item of its own
        #[arg(long)]
        keep: bool,
        /// When every day in the chat is 12 or less: how its dates are written
        /// (day-month-year or month-day-year); remembered for this chat
        #[arg(long, value_name = "ORDER")]
        date_order: Option<String>,
    },
    /// Check every item, record and the custody log; exit 1 when anything is wrong
    Verify {
        #[arg(long)]
        json: bool,
        /// Also check that the log contains this entry (SEQ:HASH, as printed on a
        /// Waarborg PDF or read from its QR code)
        #[arg(long, value_name = "SEQ:HASH")]
        anchor: Option<String>,
        /// After the check, this computer remembers the log as it is (after restoring
        /// an older backup on purpose)
        #[arg(long)]
        accept_log: bool,
        /// Decrypt every file instead of only those the verified-digest cache
        /// (verify-cache.age) does not know (every file is read and hashed either way)
        #[arg(long)]
        full: bool,
    },
    /// Change the passphrase (content is not re-encrypted)
    Passwd {
        #[arg(long, value_name = "N")]
        work_factor: Option<u8>,
    },
    /// New passphrase and new key: every vault file is re-encrypted to a new key, so an
    /// old copy of the key file no longer opens the vault (copies of the vault made
    /// before stay readable with the old key); resumes an interrupted re-key
    Rekey {
        /// scrypt work factor (log2 N) for the new passphrase
        #[arg(long, value_name = "N")]
        work_factor: Option<u8>,
    },
    /// Set the recovery keys: the age public keys (age1…) that can open the vault
    /// without the passphrase; replaces the list (--none removes every one)
    RecoveryKeys {
        /// age public keys (age1…), e.g. the lawyer's
        #[arg(required_unless_present = "none")]
        keys: Vec<String>,
        /// Remove every recovery key
        #[arg(long, conflicts_with = "keys")]
        none: bool,
    },
    /// Forgot the passphrase: open the vault with a recovery key (an age identity file,
    /// e.g. the lawyer's, or the key from the emergency kit) and set a new passphrase
    Recover {
        /// The recovery key: a file holding AGE-SECRET-KEY-1… (age-keygen's file is fine)
        #[arg(
            long,
            value_name = "FILE",
            required_unless_present = "identity_image",
            conflicts_with = "identity_image"
        )]
        identity: Option<PathBuf>,
        /// The recovery key from a photo or scan of the emergency kit (JPEG or PNG): its
        /// QR code is read
        #[arg(long, value_name = "PHOTO")]
        identity_image: Option<PathBuf>,
        /// scrypt work factor (log2 N) for the new passphrase
        #[arg(long, value_name = "N")]
        work_factor: Option<u8>,
    },
    /// Write the emergency kit: one page to print with the vault id, where it is, how
    /// to open and recover it and its recovery keys (public)
    Kit {
        /// The new PDF file; it must not exist
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Also make a new recovery key for the kit: its secret is printed on the page
        /// (text and QR code) and nowhere else, its public key added to the vault
        #[arg(long)]
        new_recovery_key: bool,
    },
    /// The dated journal
    Journal {
        #[command(subcommand)]
        action: JournalAction,
    },
    /// Show the custody log and its head hash
    Log {
        #[arg(long)]
        json: bool,
    },
    /// What is coming up: passport/ID expiries within six months, trips, the one-year
    /// mark and the last backup; optionally as an .ics calendar file
    Upcoming {
        /// Also write the dates to this calendar file (.ics), replacing it
        #[arg(long, value_name = "FILE.ics")]
        ics: Option<PathBuf>,
        /// Put names and trips in the calendar titles (neutral titles otherwise)
        #[arg(long, requires = "ics")]
        full_titles: bool,
        #[arg(long)]
        json: bool,
    },
    /// Export items to a new folder or one encrypted file: numbered originals,
    /// MANIFEST.sha256 (check with sha256sum -c), the evidence index PDF, index.json/csv,
    /// the custody-log entries, a README
    Export {
        /// The new folder, or with --recipient / --encrypt-passphrase the new file
        /// (e.g. package.tar.age); it must not exist
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        /// Every item not in the trash, by event date
        #[arg(
            long,
            conflicts_with = "ids",
            required_unless_present_any = ["ids", "include"]
        )]
        all: bool,
        /// These items, in this order
        #[arg(long, value_name = "ID", num_args = 1..)]
        ids: Vec<String>,
        /// Encrypt to this age public key (repeat for more recipients)
        #[arg(
            long = "recipient",
            value_name = "AGE1_KEY",
            conflicts_with = "encrypt_passphrase"
        )]
        recipients: Vec<String>,
        /// Encrypt with a passphrase [env: WAARBORG_EXPORT_PASSPHRASE, else stdin, else asked twice]
        #[arg(long)]
        encrypt_passphrase: bool,
        /// A few words on the case, for the evidence index's cover page
        #[arg(long, value_name = "TEXT", default_value = "")]
        summary: String,
        /// Records that go along: journal, people, travel, timeline (comma-separated)
        #[arg(long, value_name = "WHAT", value_delimiter = ',')]
        include: Vec<waarborg_contract::ExportInclude>,
    },
    /// Write an encrypted backup of the whole vault to a new file (encrypted with the
    /// vault's passphrase) and check it by reading it back
    Backup {
        /// The new file, e.g. /media/usb/waarborg-backup.tar.age; it must not exist
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Restore a backup into a new folder (then use it with --vault DIR); the backup's
    /// passphrase is the vault's
    Restore {
        /// The backup file
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        /// The new vault folder; it must not exist
        #[arg(long, value_name = "DIR")]
        to: PathBuf,
    },
    /// Check a package (folder or encrypted file) without any vault; exit 0 only when
    /// every file matches MANIFEST.sha256, 1 when one does not (it is named)
    VerifyPackage {
        #[arg(value_name = "PATH")]
        path: PathBuf,
        /// An age identity file, for a package encrypted to age keys (a passphrase
        /// package asks: WAARBORG_PACKAGE_PASSPHRASE, else stdin, else a prompt)
        #[arg(long, value_name = "FILE")]
        identity: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum JournalAction {
    /// Add an entry: facts, dates, exact quotes
    Add {
        /// What happened
        #[arg(long, value_name = "TEXT")]
        what: String,
        /// When it happened (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Time of day (HH:MM)
        #[arg(long, value_name = "TIME")]
        time: Option<String>,
        #[arg(long = "where", value_name = "PLACE", default_value = "")]
        place: String,
        /// Someone who was present (repeat for more)
        #[arg(long = "who", value_name = "NAME")]
        who: Vec<String>,
        /// An item this entry is about (repeat for more)
        #[arg(long = "item", value_name = "ID")]
        items: Vec<String>,
    },
}
