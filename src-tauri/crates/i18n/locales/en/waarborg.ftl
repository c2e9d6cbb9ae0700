# Waarborg — English messages.
# Every key here also exists in ../nl/waarborg.ftl; a test fails when it does not.
# Tone: calm, short sentences.

## General

app-name = Waarborg
app-tagline = Your evidence safe, your papers ready, your next steps clear.
skip-to-content = Skip to content
nav-home = Home
nav-back-home = Back to home
nav-main-label = Main menu
loading = One moment…

## Home screen

home-title = Where would you like to start?
home-urgent = Is your child in danger or being taken right now? Call 112 at once.
home-urgent-action = Open the emergency plan

## Areas

area-vault-title = Vault
area-vault-summary = Keep evidence safe: documents, photos, screenshots and your journal.
area-documents-title = Documents
area-documents-summary = Make a travel-consent form and clauses for a parenting plan.
area-emergency-title = Emergency
area-emergency-summary = What to do now if your child is being or has been taken, step by step.
area-prevention-title = Prevention
area-prevention-summary = Measures that make abduction harder, before it happens.
area-settings-title = Settings
area-settings-summary = Language and information about this app.
area-not-ready = This part is still being built. There is nothing here yet that you could lose.

## Settings

settings-language = Language
settings-language-hint = The language of the app. Forms can always be made in both languages.
settings-language-system = Follow the system ({ $language })
settings-language-saved = The language has been saved.
settings-about = About Waarborg
settings-version = Version { $version }
settings-offline = Waarborg never connects to the internet. Everything stays on this computer unless you export it yourself.
settings-vault = Vault
settings-auto-lock = Lock the vault after
settings-auto-lock-hint = When the vault is not used for this long, it locks itself.
settings-auto-lock-minutes = { $minutes ->
    [one] 1 minute without use
   *[other] { $minutes } minutes without use
}
settings-auto-lock-seconds = { $seconds } seconds without use
settings-auto-lock-saved = Saved.
settings-shortcuts = Shortcuts: Ctrl+L locks the vault; pressing Esc twice hides everything at once.
settings-vault-folder = Vault folder: { $dir }
settings-trip-grace = Trip watch: ask after the return date
settings-trip-grace-hint = How long after a planned trip's return date Waarborg asks whether your child is back (delays happen).
settings-trip-grace-days = { $days ->
    [0] the next day
    [one] 1 day later
   *[other] { $days } days later
}
settings-backup-reminder = Reminder to make a backup
settings-backup-reminder-hint = The home screen says so when the vault's last backup is older than this.
settings-backup-reminder-days = { $days ->
    [0] never
   *[other] after { $days } days
}
settings-appearance = Appearance
settings-theme = Colours
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-text-size = Text size
settings-text-size-hint = Makes the text on every screen larger.
settings-text-size-value = { $percent } %
settings-forget-device = Forget this device
settings-forgotten = This device no longer remembers the vault key. Unlock with your passphrase from now on.

language-nl = Nederlands
language-en = English

## Errors (one per error code)

error-title = That did not work
error-settings-io = The settings could not be saved or read. Check that the disk has free space and try again.
error-settings-corrupt = The settings file is damaged. Nothing was deleted; Waarborg is using the default settings. Saving a setting replaces the file.
error-no-config-dir = Waarborg cannot find a folder to keep its settings in. Check that your home folder exists.
error-guide-unavailable = The emergency plan could not be loaded. This is a bug in Waarborg. In an emergency, call 112.
error-invalid-date = That date does not exist. Enter the date as day, month and year.
error-removal-after-today = That date is in the future. Enter the day your child was taken or was not brought back.
error-passphrase-too-weak = That passphrase is too easy to guess: anyone with a copy of the vault could try common passwords, names and dates until it opens. Use four or five random words that belong together only for you, such as “purple elephant cycles along the canal”: at least 10 characters. Nothing was changed.
error-internal = Something went wrong inside Waarborg. Nothing was lost. Try again, or restart the app.
error-unknown = Something unexpected went wrong. Nothing was lost. Try again.

## Emergency plan

guide-intro = Choose what is happening now. You get the steps in order, with whom to call.
guide-loading = Loading the emergency plan…
guide-choose-label = What is happening?
guide-other-situation = Choose another situation
guide-call-now = Call now
guide-say-this = Say this:
guide-steps-title = Steps
guide-next-calls = Then
guide-step-done = Done
guide-progress = { $done } of { $total } steps done
guide-progress-not-saved = Your ticks are not saved yet. Once the vault is ready, Waarborg will record every step with its time and reference number.
guide-why = Why
guide-copy-number = Copy { $number }
guide-copied = { $number } has been copied.
guide-copy-failed = Copying did not work. The number is { $number }.
guide-hours = Available
guide-have-ready = Have ready
guide-to-confirm = To confirm
guide-sources = Sources
guide-sources-compiled = Compiled from sources consulted in { $date }
guide-limits-title = Time limits for this destination
guide-one-year-if-convention = Only if the Convention applies to the country where your child is. Choose the country in the steps to see which limits apply there.
guide-destination-note = About this destination
guide-country-table = About the country table
guide-report-destination = Destination: { $name } ({ $code })
guide-report-destination-unknown = Destination: unknown
guide-report-route = Route: { $route } ({ $code })
guide-report-limits = Time limits that apply to this destination:
guide-report-facts = What Waarborg says about it, with sources:
guide-report-unknown-country = No country found for "{ $query }".
guide-report-closest = Did you mean: { $names }?
guide-checked-pack = The information in this emergency plan was compiled from sources (archived copies) consulted between { $oldest } and { $newest }; it was not checked live. If you doubt a number, look it up on the organisation's website.
guide-ready-vault-police-sheet = Information sheet for the police
guide-ready-vault-export = Your evidence, exported for a lawyer
guide-ready-vault-profiles = Details and photos of your child and the other parent
guide-ready-vault-documents = Birth certificate, custody records, court orders, parenting plan
guide-ready-vault-journal = Your journal with dates and events
guide-ready-paperwork-consent-form = Travel-consent form
guide-ready-paperwork-parenting-plan = Parenting-plan agreements
guide-ready-guide-log = Your list of calls and reference numbers

guide-destination-title = Where is your child now?
guide-destination-search = Search for a country
guide-destination-hint = Type the country's name, in English or Dutch.
guide-destination-unknown = I do not know
guide-destination-change = Choose another country
guide-destination-no-match = No country found. Try another spelling, or choose "I do not know".
guide-destination-chosen = Destination: { $country }
guide-destination-none = Destination: unknown
guide-route-to-confirm = Whether this holds for this country is not certain. Ask the Central Authority.
guide-durations = How long it may take (an indication, not a promise)

guide-deadlines-title = Time limits
guide-removal-date = Date your child was taken or was not brought back
guide-deadlines-show = Show the time limits
guide-one-year-mark = One year (article 12 of the Convention)
guide-deadline-date = { $date }
guide-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
guide-deadline-passed = passed
guide-show-on-home = Show the countdown on the home screen
guide-show-on-home-hint = Only this date is kept, with no names. You can remove it here again.
home-countdown-title = Time limits since { $date }
home-countdown-open = Go to the steps
guide-convention-not-applicable = This country is not part of the Hague Child Abduction Convention. The Convention's one-year limit does not apply there, so it is not counted here.
upcoming-title = Coming up
upcoming-empty = Nothing in the next six months.
upcoming-locked = Unlock the vault to see expiring passports and ID cards, trips and the last backup here.
upcoming-when = { $days ->
    [0] today
    [one] tomorrow
   *[other] in { $days } days
}
upcoming-ago = { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}
upcoming-document-expires = { $name }: { $document } expires
upcoming-document-expired = { $name }: { $document } has expired
upcoming-trip-departs = Departure: { $trip }
upcoming-trip-returns = Return: { $trip }
upcoming-one-year-mark = One year since the child was taken or not returned (art. 12 Hague Convention)
upcoming-backup-due = Back up the vault
upcoming-last-backup = Last backup: { $days ->
    [0] today
    [one] 1 day ago
   *[other] { $days } days ago
}
upcoming-no-backup = The vault has not been backed up yet.
upcoming-backup-overdue = Time for a backup: make one under Settings › Backup.
upcoming-save-ics = Save as calendar file (.ics)…
upcoming-full-titles = Put names and trips in the titles
upcoming-full-titles-hint = A calendar on a phone is sometimes seen by others. Without this box the events are only called "Document expires", "Departure", "Deadline" and so on.
upcoming-saved = Calendar file saved: { $path }
upcoming-ics-document = Document expires
upcoming-ics-trip-departs = Departure
upcoming-ics-trip-returns = Return
upcoming-ics-deadline = Deadline
upcoming-ics-backup = Make a backup

## Prevention

prevention-intro = What you can do now to make an abduction harder.
prevention-steps-title = What you can do
prevention-rules-title = Rules for passports, ID cards and the court
prevention-risk-title = Warning signs

## Command line

cli-about = Waarborg: encrypted evidence vault, travel forms and emergency plan for international child abduction.
cli-after-help = Without a subcommand Waarborg opens the window.
    Passphrase: from WAARBORG_PASSPHRASE, else the first line of stdin when it is not a terminal, else prompted. New passphrase (passwd, rekey): WAARBORG_NEW_PASSPHRASE or the next line of stdin. Vault folder: --vault DIR, else WAARBORG_VAULT, else the OS data folder.
    Exit codes: 0 done; 1 verify found problems; 2 bad arguments; 3 the vault refused or failed (the message says why, with a stable code in brackets).
# clap's own words (src-tauri/crates/cli/src/clap_text.rs)
cli-clap-usage = Usage:
cli-clap-commands = Commands
cli-clap-options = Options
cli-clap-arguments = Arguments
cli-clap-command-value = COMMAND
cli-clap-options-value = [OPTIONS]
cli-clap-help-flag = Print help
cli-clap-version-flag = Print version
cli-clap-default = [default: { $value }]
cli-clap-error = error:
cli-clap-error-unknown-argument = unexpected argument '{ $arg }' found
cli-clap-error-unknown-command = unrecognized subcommand '{ $command }'
cli-clap-error-missing-argument = the following required arguments were not provided: { $arg }
cli-clap-error-missing-command = a subcommand is required
cli-clap-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-clap-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-clap-error-number-of-values = wrong number of values for '{ $arg }'
cli-clap-error-other = the arguments could not be read
cli-clap-error-valid-values = possible values: { $values }
cli-clap-error-did-you-mean = did you mean { $suggestion }?
cli-clap-error-more = For more information, try '--help'.
cli-passphrase-prompt = Passphrase:{" "}
cli-passphrase-new = New passphrase:{" "}
cli-passphrase-repeat = Repeat the passphrase:{" "}
cli-passphrase-missing = No passphrase was given. Set WAARBORG_PASSPHRASE, or pass it on stdin.
cli-passphrase-empty = An empty passphrase is not possible. Choose a phrase of a few words.
cli-passphrase-mismatch = The two passphrases differ. Nothing was changed; try again.
cli-no-vault-dir = No vault folder is known. Give --vault DIR or set WAARBORG_VAULT.
cli-bad-value = { $name } { $value } is not a valid value. See waarborg --help.
cli-created = Vault created in { $dir }.
cli-imported = { $file } kept as { $id } (SHA-256 { $sha256 }).
cli-verify-progress-items = Checking items: { $done } of { $total } ({ $percent }%)
cli-verify-progress-log = Checking the custody log: { $percent }%
cli-text-index-progress = Making the content searchable: { $done } of { $total } items
cli-verify-intact = All is well. Checked: items { $items }, records { $records }, log entries { $entries }.
cli-verify-problems = { $problems ->
    [one] 1 problem found
   *[other] { $problems } problems found
}. Checked: items { $items }, records { $records }, log entries { $entries }. Everything else is untouched.
cli-log-head = Custody log head (entry:hash, what --anchor takes): { $head }
cli-rollback-behind = Warning: this vault's custody log ends before entry { $remembered }, the newest this computer saw in it; the log now ends at { $current }. The vault was replaced by an older copy, or entries at its end were removed: what was recorded after that point is missing here. If you restored an older backup on purpose, run `waarborg verify --accept-log`; otherwise change nothing and show this to your lawyer.
cli-rollback-rewritten = Warning: this vault's custody log does not contain entry { $remembered }, which this computer saw in it: that entry number now has another hash (the log now ends at { $current }). The log was rewritten from that point or before it. If you restored an older backup on purpose, run `waarborg verify --accept-log`; otherwise change nothing and show this to your lawyer.
cli-accepted-log = This computer now remembers the custody log as it is: { $head }.
cli-passwd-done = The passphrase has been changed. The vault's key and content were not changed: an old copy of the key file still opens the vault with the old passphrase. To revoke that, use waarborg rekey.
cli-rekey-done = New key made: { $files } vault files are now encrypted to { $recipient }, with the new passphrase. The old key file and the old passphrase no longer open this vault; copies of the vault made before today still open with them.
cli-rekey-damaged-file = { $file } opened with neither key (it was already damaged) and was left as it is; waarborg verify names it.
cli-notice-key-file-repaired = The key file { $file } did not open and has been rewritten from its second copy (recorded in the custody log).
cli-notice-key-copy-created = A second copy of the key file has been written: { $file } (recorded in the custody log).
cli-notice-rekey-completed = A re-key that was interrupted has been completed. From now on the vault opens only with the passphrase given for the re-key.
cli-journal-added = Journal entry kept as { $id }.
cli-help-vault = The vault folder [env: WAARBORG_VAULT; default: the OS data folder]
cli-help-init = Create a new vault (the passphrase is asked twice on a terminal)
cli-help-init-recovery = age public keys (age1…) that can recover the vault without the passphrase
cli-help-init-work-factor = scrypt work factor (log2 N) for the passphrase; the default takes about 1 s
cli-help-import = Import files as evidence: content and SHA-256 kept exactly as they are
cli-help-import-category = official-documents, identification, travel, digital-communications or other
cli-help-import-title = Title (default: the file name)
cli-help-import-description = Description
cli-help-import-source = How and where the file was obtained, in your words
cli-help-import-source-kind = own-device, received, official, download, scan or other
cli-help-import-event-date = Date the evidence is about (YYYY-MM-DD)
cli-help-list = List the items (tab-separated, or JSON with --json)
cli-help-list-search = Only items whose title, description, file name or content (the text inside text files, chat exports and PDFs) contain TEXT; the matching line is shown
cli-help-guide = What the emergency guide tells a parent, for checking by a lawyer or a script
cli-help-guide-route = The route, the time limits that apply and the facts with their sources for a destination (a Dutch or English name, an ISO code, or "unknown")
cli-help-verify = Check every item, record and the custody log; exit 1 when anything is wrong
cli-help-verify-anchor = Also check that the log contains this entry (SEQ:HASH, as printed on a Waarborg PDF or read from its QR code); exit 1 when it does not
cli-help-verify-accept-log = After the check, this computer remembers the log as it is now (only after restoring an older backup on purpose)
cli-help-verify-json = The result as JSON
cli-help-verify-full = Decrypt every file again, ignoring the verified-digest cache (slower; the default check already reads and hashes every byte)
cli-help-passwd = Change the passphrase (content is not re-encrypted)
cli-help-recovery-keys = Set the recovery keys: the age public keys (age1…) that can open the vault without the passphrase; replaces the list (--none removes every one)
cli-help-recovery-keys-keys = age public keys (age1…), e.g. the lawyer's
cli-help-recovery-keys-none = Remove every recovery key
cli-recovery-keys-done = { $count ->
    [0] The vault has no recovery key now: only the passphrase opens it.
    [one] The vault now has 1 recovery key. Whoever holds its secret key can open the vault without the passphrase.
   *[other] The vault now has { $count } recovery keys. Whoever holds one of their secret keys can open the vault without the passphrase.
}
cli-help-rekey = New passphrase and new key: every vault file is re-encrypted to a new key, so an old copy of the key file no longer opens the vault (copies of the vault made before stay readable with the old key); resumes an interrupted re-key
cli-help-rekey-work-factor = scrypt work factor (log2 N) for the new passphrase
cli-help-journal = The dated journal
cli-help-journal-add = Add an entry: facts, dates, exact quotes
cli-help-journal-add-what = What happened
cli-help-journal-add-date = When it happened (YYYY-MM-DD)
cli-help-journal-add-time = Time of day (HH:MM)
cli-help-journal-add-place = Where it happened
cli-help-journal-add-who = Someone who was present (repeat for more)
cli-help-journal-add-items = An item this entry is about (repeat for more)
cli-help-log = Show the custody log and its head hash
cli-help-transcript = The transcript of a chat export in the vault as a PDF: the whole chat, or only the marked messages with --context messages around each
cli-help-transcript-id = The chat export's item id (see waarborg list)
cli-help-transcript-out = The PDF to write
cli-help-transcript-marked = Only the messages marked in the window
cli-help-transcript-context = With --marked: this many messages before and after each marked one
cli-help-transcript-keep = Also keep the PDF in the vault, as an item of its own
cli-help-transcript-date-order = When every day in the chat is 12 or less: how its dates are written (day-month-year or month-day-year); remembered for this chat
cli-transcript-written = Transcript written: { $file }
cli-recover-done = The vault has a new passphrase: from now on it opens with it. The recovery key still opens the vault too; keep it where it was.
cli-kit-done = Emergency kit written: { $file }. Print it and keep it somewhere safe.
cli-help-upcoming = What is coming up: passport/ID expiries within six months, trips, the one-year mark and the last backup; optionally as an .ics calendar file
cli-help-upcoming-ics = Also write the dates to this calendar file (.ics), replacing it
cli-help-upcoming-full-titles = Put names and trips in the calendar titles (neutral titles otherwise)
cli-kit-done-key = Emergency kit written: { $file }. It holds a new secret recovery key: print it, keep the paper with your lawyer or in a safe, and delete the file.
cli-help-kit = Write the emergency kit: one page to print with the vault id, where it is, how to open and recover it and its recovery keys (public)
cli-help-kit-out = The new PDF file; it must not exist
cli-help-kit-new-recovery-key = Also make a new recovery key for the kit: its secret is printed on the page (text and QR code) and nowhere else, its public key added to the vault
cli-help-recover = Forgot the passphrase: open the vault with a recovery key (an age identity file, e.g. the lawyer's, or the key from the emergency kit) and set a new passphrase
cli-help-recover-identity = The recovery key: a file holding AGE-SECRET-KEY-1… (age-keygen's file is fine)
cli-help-recover-identity-image = The recovery key from a photo or scan of the emergency kit (JPEG or PNG): its QR code is read
cli-help-recover-work-factor = scrypt work factor (log2 N) for the new passphrase
cli-exported = { $count ->
    [one] 1 item exported to { $dir }. Check it with: waarborg verify-package { $dir }
   *[other] { $count } items exported to { $dir }. Check them with: waarborg verify-package { $dir }
}
cli-export-no-transcript = { $file } went into the package without its transcript: { $reason }
cli-help-export = Export items to a new folder or one encrypted file: numbered originals, MANIFEST.sha256 (check with sha256sum -c), the evidence index PDF, index.json/csv, the custody-log entries, a README
cli-help-export-out = The new folder, or with --recipient / --encrypt-passphrase the new file (e.g. package.tar.age); it must not exist
cli-help-export-all = Every item not in the trash, by event date
cli-help-export-ids = These items, in this order
cli-help-export-recipients = Encrypt to this age public key (repeat for more recipients)
cli-help-export-encrypt-passphrase = Encrypt with a passphrase [WAARBORG_EXPORT_PASSPHRASE, else stdin, else asked twice]
cli-help-export-summary = A few words on the case, for the evidence index's cover page
cli-help-export-include = Records that go along: journal, people, travel, timeline (comma-separated)
cli-help-verify-package = Check a package (folder or encrypted file) without any vault; exit 0 only when every file matches MANIFEST.sha256, 1 when one does not (it is named)
cli-help-verify-package-path = The folder or the .tar.age file
cli-help-verify-package-identity = An age identity file, for a package encrypted to age keys (a passphrase package asks: WAARBORG_PACKAGE_PASSPHRASE, else stdin, else a prompt)
cli-help-verify-package-json = The result as JSON
cli-help-backup = Write an encrypted backup of the whole vault to a new file (encrypted with the vault's passphrase) and check it by reading it back
cli-help-backup-out = The new file, e.g. /media/usb/waarborg-backup.tar.age; it must not exist
cli-help-restore = Restore a backup into a new folder (then use it with --vault DIR); the backup's passphrase is the vault's
cli-help-restore-from = The backup file
cli-help-restore-to = The new vault folder; it must not exist
cli-backup-done = Backup written and checked: { $count } files in { $file }. Keep it somewhere other than this computer.
cli-restore-done = Vault restored into { $dir } and checked ({ $items } items). Use it with --vault { $dir }.
cli-restore-problems = The restored vault has problems: see 'waarborg verify' for the details.
cli-package-missing = MISSING
cli-package-changed = CHANGED (the SHA-256 does not match)
cli-package-unlisted = NOT IN THE MANIFEST (added later)
cli-package-signed = Signed by vault { $vault } with key { $fingerprint }. Compare this fingerprint with the one on the cover of evidence-index.pdf and the one the parent shows in Waarborg's Settings, in person if you can.
cli-package-other-key = WARNING: signed with key { $fingerprint } for vault { $vault }, but packages from that vault seen on this computer were signed with { $seen }. A vault keeps its key: this package was not made by that vault.
cli-package-unsigned = NOT SIGNED: nothing shows which vault made this package (it was made before packages were signed, or by someone else).
cli-package-signature-mismatch = SIGNATURE DOES NOT MATCH ({ $reason }): MANIFEST.sha256 was changed after it was signed, or the package was not made by the vault it names.
cli-package-not-signed-by-vault = The files match the manifest, but the package is not shown to be signed by the vault that made it (see above).
cli-package-intact = { $count ->
    [one] The file matches MANIFEST.sha256.
   *[other] All { $count } files match MANIFEST.sha256.
}
cli-package-failed = { $count ->
    [one] 1 file does not match: { $files }
   *[other] { $count } files do not match: { $files }
}
cli-form-consent-bilingual = The travel-consent form is always in Dutch and English (border guards abroad read the English). Leave out --lang, or give --lang both.
cli-form-unreadable = { $file } cannot be read: { $error }
cli-form-bad-json = { $file } is not valid form JSON (line { $line }, column { $column }): { $error }. See docs/FORMS.md.
cli-form-written = Saved: { $file }
cli-form-problems = { $count ->
    [one] The form has 1 problem; nothing was written:
   *[other] The form has { $count } problems; nothing was written:
}
cli-help-form = Make a form as a PDF from a JSON file (see docs/FORMS.md)
cli-help-form-consent = The travel-consent form (always Dutch and English: border guards abroad read it)
cli-help-form-consent-lang = Only "both": the consent form is always bilingual
cli-help-form-consent-today = The date the form is checked against (YYYY-MM-DD; default: today)
cli-help-form-clauses = The parenting-plan agreements
cli-help-form-clauses-lang = nl, en or both

## Documents (screen)

documents-intro = Papers to print and sign. What you fill in stays until you close Waarborg; it is not stored anywhere.
consent-title = Travel-consent form
consent-lead = One form per child. The form is bilingual (Dutch and English), so border officers abroad can read it.
consent-custody-label = Who has parental authority over the child?
consent-custody-joint = Both parents together
consent-custody-sole = One parent alone
consent-custody-institution = An institution (guardianship)
consent-custody-court-replaced-consent = A court has given replacement consent
consent-add-holder = Add another holder of parental authority
consent-remove = Remove
consent-add-destination = Add another country
consent-add-stay = Add another address
consent-travels-alone = The child travels alone, without a companion
consent-list-hint = More than one? Separate them with commas.
consent-legalisation = Add a box for legalisation of the signature (municipality or notary)
consent-confirm-past = The departure date is in the past, and that is right
consent-make = Check and make the PDF
consent-problems = { $count ->
    [one] 1 thing still to correct:
   *[other] { $count } things still to correct:
}
consent-saved = The form has been saved as { $file }.
consent-saved-where = Folder: { $dir }
consent-open = Open to print
consent-optional = optional
documents-tabs-label = Which document?
plan-title = Agreements for the parenting plan
plan-lead = Choose the agreements you want to make about travel abroad, complete them and make a PDF to sign together. This is not legal advice: have the text checked by a lawyer or mediator where needed.
plan-include = Include
plan-why = Why
plan-add-child = Add another child
plan-language = Language of the document
plan-language-nl = Dutch
plan-language-en = English
plan-language-both = Dutch and English
plan-preview = Show a preview
plan-preview-title = This is how it will read
plan-make = Check and make the PDF
plan-saved = The agreements have been saved as { $file }.
plan-party-a-option = Parent A ({ $name })
plan-party-b-option = Parent B ({ $name })

## Vault: error messages (codes of waarborg-vault)

error-vault-locked = The vault is locked. Unlock it to continue; nothing was changed.
error-dialog-failed = The file chooser could not be opened. Try again, or drag the files onto the window.
error-vault-already-a-vault = That folder is not empty. Choose an empty or new folder for a new vault; nothing was changed.
error-vault-cancelled = The import was stopped. Files already imported stay; the file being imported was not added.
error-vault-damaged-item = A stored item is damaged. The other items are untouched; check the vault for details.
error-vault-damaged-record = A record is damaged. The rest of the vault is untouched; check the vault for details.
error-vault-damaged-vault = A key file of the vault is damaged. Nothing was overwritten. Use a recovery key or a backup.
error-vault-duplicate = This file is already in the vault (same content). It was not added a second time.
error-vault-disk-full = The disk is full. Nothing was half-saved; free up space and try again.
error-vault-invalid-input = Something entered is not valid. Nothing was changed; check what you entered.
error-vault-bad-anchor = That is not a custody-log anchor. Enter it as printed on a Waarborg PDF or read from its QR code: the entry number, a colon and the 64-character hash, e.g. 41:3f1c…
error-vault-invalid-recovery-key = That is not a valid age key. A public key starts with age1, a secret one with AGE-SECRET-KEY-1.
error-vault-io = The vault could not be read or written. Nothing was lost; check that the folder (or USB stick) is reachable.
error-vault-keychain-unavailable = This device's keychain cannot be reached. Unlock with your passphrase.
error-vault-newer-format-version = This vault was made by a newer version of Waarborg. Update Waarborg; nothing was changed.
error-vault-no-recovery-key = This vault has no recovery key. Unlock with the passphrase.
error-vault-not-a-vault = That folder is not a Waarborg vault. Choose the folder you created the vault in.
error-vault-not-found = That item or record does not exist (any more) in this vault.
error-vault-not-in-trash = That is not in the trash (it was put back or deleted for good already).
error-vault-not-remembered = This vault is not remembered on this device. Unlock with your passphrase.
error-vault-permission-denied = Waarborg may not read or write here. Check the folder's permissions or choose another.
error-vault-source-not-a-file = That is not a regular file (a folder, for example). Choose a file.
error-vault-source-not-found = That file does not exist (any more). Check the name and the folder.
error-vault-source-special-file = That is a pipe, socket or device, not a file with fixed content. It was not imported; save what it holds as an ordinary file and import that.
error-vault-source-unreadable = That file cannot be read (for example a link that points to itself). It was not imported; the vault is fine. Choose the file itself.
error-vault-lock-file-not-a-file = The file vault.lock in the vault folder is a link, folder or pipe, not an ordinary file. Waarborg did not touch it or what it points to. Delete only vault.lock and open the vault again.
error-vault-vault-locked-by-other-process = The vault is already open in another Waarborg window or command. Close that first.
error-vault-rekey-recovery-keys-unknown = This vault has a recovery key file, but it does not record which recovery keys it was made for (it was made by an older Waarborg). Set them again with `waarborg recovery-keys age1…` (every recovery public key the vault should keep), then make the new key. Nothing was changed.
error-vault-work-factor-too-high = This passphrase setting is too heavy for this device. Nothing was changed.
error-vault-wrong-passphrase = That passphrase is not right. Nothing was changed or locked; do try again.

## Packages: error messages (codes of waarborg-package: export, backup, the package viewer)
error-package-cancelled = Making the package was stopped. Nothing of it was kept.
error-package-damaged = This package is damaged and cannot be read completely. Ask the sender for a new copy.
error-package-damaged-item = An item from the vault did not match its fingerprint (SHA-256) while it was written. Nothing was kept; check the vault.
error-package-disk-full = The disk or USB stick is full. Nothing was half-saved; free up space or choose another place.
error-package-exists = A file or folder with that name exists already. Choose a new name; nothing was overwritten.
error-package-invalid-identity = This key file cannot be read. Choose the file with the AGE-SECRET-KEY-1… line that belongs to this package.
error-package-invalid-recipient = This is not a valid age public key. A key starts with age1; copy it again from the recipient.
error-package-io = The package could not be read or written. Check that the folder or USB stick is reachable; nothing was half-saved.
error-package-needs-identity = This package is encrypted to age keys. Choose the key file (AGE-SECRET-KEY-1…) to open it.
error-package-needs-passphrase = This package is encrypted with a passphrase. Enter the passphrase to open it.
error-package-no-matching-key = This key does not open this package. Choose the key file of one of the package's recipients.
error-package-no-recipients = Give at least one recipient's age public key (age1…), or encrypt with a passphrase.
error-package-not-a-package = This is not a Waarborg package: there is no MANIFEST.sha256, or the file is not an age file. Choose the folder or the .tar.age file you were given.
error-package-not-found = That package or file does not exist (any more). Check the name and the folder.
error-package-permission-denied = Waarborg may not read or write there. Choose another folder or check its permissions.
error-package-write-check-failed = After writing, the package read back differently from what was written: the disk or USB stick may be failing. Nothing was kept; try another place.
error-package-wrong-passphrase = That passphrase does not open this file. Nothing was changed; do try again.
error-package-unsafe-name = This package holds a file name that is not safe on every computer (a drive letter or colon, a backslash, a control character, a device name such as CON or NUL, or a trailing dot or space). It was not opened and nothing of it was written; ask the sender for a package made by Waarborg.
error-package-work-factor-too-high = This package's passphrase protection asks for far more computing work than Waarborg allows, which could make this computer stop responding. It was refused before any work was done; ask the sender for a new package.
error-vault-signing-key-damaged = The vault's signing key (keys/signing.age) cannot be read, so the package could not be signed. Nothing was exported. Put back keys/ from a backup of this vault.
error-vault-viewer-active-type = This file is of a kind that can run programs or fetch things from the internet when it is opened (for example a web page, an SVG image, a script, a program, a shortcut, or an office document that can hold macros). Waarborg does not open it in another program. To keep the file itself, save a copy (the button "Save a copy…") and let someone you trust look at it on another computer.

## Vault screens (create, unlock, import, browse, item). Keys start with vault-.
vault-loading = Opening the vault…
vault-sections = Parts of the vault
vault-tab-items = Evidence
vault-tab-journal = Journal
vault-tab-people = People
vault-tab-travel = Travel
vault-tab-health = Check
vault-lock = Lock
vault-lock-shortcut = Lock the vault (Ctrl+L)
vault-quick-exit = Hide now
vault-quick-exit-hint = Locks the vault, clears what you were filling in and shows an empty notes page (or press Esc twice). "Continue" brings you back to the lock.
# The quick exit's neutral cover (says nothing of the case) and the date fields.
cover-title = Notes
cover-note-label = Note
cover-note-placeholder = Type here…
cover-continue = Continue
vault-quick-exit-hint-hide = Locks the vault, clears what you were filling in and hides the window (or press Esc twice). Start Waarborg again to come back to the lock.
# Settings: what the quick exit ("Hide now", Esc twice) does with the window.
settings-quick-exit = Hide now
settings-quick-exit-hint = What "Hide now" (or Esc twice) does with the window. Either way the vault locks and what you were filling in is cleared.
settings-quick-exit-cover = Show an empty notes page
settings-quick-exit-cover-hint = The window stays open and shows only an empty notes page; "Continue" brings you to the lock. Works on every computer.
settings-quick-exit-hide = Hide the window
settings-quick-exit-hide-hint = The window leaves the screen and the taskbar. Start Waarborg again (from the menu) to come back: you will see the lock.
date-placeholder = dd-mm-yyyy
date-format-hint = day-month-year, for example 25-11-2026
date-unreadable = This date cannot be read. Type day-month-year, for example 25-11-2026. What you typed is still there.
date-impossible = This date does not exist; check the day and the month (day-month-year, for example 25-11-2026). What you typed is still there.
vault-locked-idle = The vault locked itself because it was not used for a while. Nothing was lost.
vault-locked-system = The vault locked itself because the computer was locked or went to sleep. Nothing was lost.
vault-choose-folder = Choose folder…
vault-passphrase = Passphrase
vault-passphrase-repeat = Passphrase again
vault-create-title = Make your vault
vault-create-intro = Your evidence is kept encrypted in one folder on this computer or on a USB stick. Only someone with the passphrase (or a recovery key) can read it.
vault-create-dir = Folder for the vault
vault-create-dir-hint = Suggested: { $dir }. A new or empty folder; a USB stick works too.
vault-create-dir-missing = Choose a folder for the vault.
vault-create-passphrase-hint = At least { $min } characters. Several unrelated words are strong and easy to remember.
vault-create-too-short = This passphrase is too short.
vault-create-mismatch = The two passphrases are not the same.
vault-create-bad-recovery = This is not an age public key: { $keys }. A public key starts with age1.
vault-create-understand-first = Tick the box to confirm you have read this.
vault-strength-too-short = Too short
vault-strength-weak = Weak: easy to guess
vault-strength-fair = Reasonable
vault-strength-strong = Strong
vault-create-warning-title = Without the passphrase nothing can be recovered
vault-create-warning = Waarborg has no account and no reset. If you forget the passphrase and have no recovery key, nobody can open the vault, not even us. Write the passphrase down and keep it somewhere safe, away from this computer.
vault-create-understood = I understand and have written down my passphrase
vault-recovery-keys = Recovery key
vault-recovery-keys-hint = An age public key (age1…), for example your lawyer's. Whoever holds the matching secret key can open the vault without your passphrase. One per line.
vault-remember = Remember on this device
vault-remember-hint = The key is kept in this computer's keychain, so you can open the vault without typing the passphrase. Only do this on a computer nobody else uses.
vault-create-submit = Make the vault
vault-create-busy = Making the vault…
error-vault-wrong-recovery-key = This recovery key does not open this vault. Nothing was changed: check that you chose the key made for this vault (the emergency kit names its public key).
error-vault-unknown-recovery-key = This vault does not keep that recovery key. Nothing was changed.
error-vault-key-image-unreadable = This file cannot be read as a picture. Choose a photo or scan saved as JPEG or PNG (a phone's HEIC photo: share or export it as JPEG first). Nothing was changed.
error-vault-key-image-no-qr-code = No QR code was found in this picture. Take the photo again in good light, straight above the page, with the whole QR code sharp and large in the picture, or scan the page. Nothing was changed.
error-vault-key-image-not-a-key = The QR code in this picture is not a recovery key. Use the QR code under "Secret recovery key" on the emergency kit. Nothing was changed.
kit-title = Emergency kit for your Waarborg vault
kit-running-header = Waarborg emergency kit · vault { $id }
kit-intro = Made on { $date }. Print this page and keep it somewhere safe, away from the computer and the USB stick. It tells you (or someone you trust) how to open the vault, also when the passphrase is forgotten.
kit-vault = Your vault
kit-vault-id = Vault id
kit-vault-dir = Where the vault is (folder)
kit-unlock = Opening the vault
kit-unlock-how = Start Waarborg, go to Vault and type your passphrase. On another computer: install Waarborg, choose "Open an existing vault" and pick the vault folder (for example on the USB stick or from a backup).
kit-passphrase-box = Your passphrase (write it here only if this page stays in a safe place)
kit-recover = Forgot the passphrase?
kit-recover-app = 1. In Waarborg: on the unlock screen choose "I forgot my passphrase", give the recovery key (the key file, the key typed or pasted from this page, or a photo or scan of this page) and choose a new passphrase.
kit-recover-cli = 2. On the command line: waarborg recover --identity key.txt (key.txt holds the secret recovery key), or --identity-image photo.jpg (a photo or scan of this page).
kit-recover-age = 3. Without Waarborg, with the age tool: age -d -i key.txt -o identity.txt keys/recovery.age in the vault folder gives the vault key (see docs/VAULT_FORMAT.md). Delete identity.txt afterwards.
kit-public-keys = Recovery keys of this vault (public, not secret)
kit-public-keys-hint = Whoever holds the secret key of one of these can open the vault without the passphrase:
vault-create-too-weak = This passphrase is too easy to guess. Use four or five random words, such as “purple elephant cycles along the canal”.
kit-no-recovery-keys = This vault has no recovery key: only the passphrase opens it. Add one in Settings → Recovery keys.
kit-this-key = the key on this page
kit-secret = Secret recovery key
kit-secret-warning = Whoever has this page can open your vault and read all your evidence, without the passphrase.
kit-secret-where = Keep it with your lawyer, or in a safe or a bank deposit box. Never keep it with the computer, the USB stick or a backup of the vault.
kit-secret-never = Keep no photo or scan of it and do not e-mail it (a photo taken to recover with: delete it afterwards). If it is lost or seen by someone else, remove this key in Waarborg (Settings → Recovery keys) and make a new kit.
kit-secret-text = The same key as text (type it in exactly, or scan the QR code):
kit-no-secret = This page holds no secret key: it cannot open the vault by itself. The secret recovery keys are with the people who made them.
kit-footer = Waarborg emergency kit. Nothing on this page is sent anywhere; Waarborg has no account and no reset.
vault-forgot = I forgot my passphrase
recover-title = Forgot your passphrase?
recover-intro = With a recovery key you open the vault without the passphrase and choose a new one. The recovery key is the secret key (AGE-SECRET-KEY-1…) on your emergency kit, or a key file, for example the one your lawyer keeps. Your evidence is not changed.
recover-key = The recovery key
recover-key-paste = Type or paste the recovery key (AGE-SECRET-KEY-1…)
recover-or = or
recover-key-file = Choose the key file…
recover-key-file-chosen = Key file: { $file }
recover-key-image = Choose a photo or scan of the kit…
recover-image-dialog-title = Choose a photo or scan of the emergency kit
recover-key-dialog-title = Choose the recovery key file
recover-key-image-chosen = Photo or scan: { $file }
recover-key-image-hint = The QR code on the emergency kit is read from the picture (JPEG or PNG). A photo taken for this opens the vault: delete it afterwards.
recover-key-missing = Give the recovery key: type or paste it, choose the key file, or choose a photo or scan of the emergency kit.
recover-new = New passphrase
recover-repeat = The new passphrase again
recover-submit = Set the new passphrase and open the vault
recover-busy = Opening…
recover-back = Back to the passphrase
passphrase-change-title = Change the passphrase
passphrase-change-intro = The vault keeps its key and your evidence stays as it is; only the passphrase that opens it changes. (A copy of the old key file still opens with the old passphrase: to revoke that, use "New passphrase and new key" below.)
passphrase-change-submit = Change the passphrase
passphrase-change-done = The passphrase has been changed. From now on the vault opens with the new one.
recovery-keys-title = Recovery keys
recovery-keys-intro = A recovery key opens the vault without the passphrase, for when it is forgotten. Only the public part (age1…) is kept here; whoever holds the secret part can open the vault. Every change is written in the custody log.
recovery-keys-none = This vault has no recovery key: if the passphrase is forgotten, nobody can open it. Add your lawyer's public key, or make an emergency kit with a new recovery key below.
recovery-keys-unknown = This vault was made by an older Waarborg: it has a recovery key, but not the list of which. Add the public keys it should keep; they replace the unknown ones.
recovery-key-remove = Remove
recovery-key-add-label = Add a recovery key (public key, age1…)
recovery-key-add = Add
recovery-key-added = The recovery key was added.
recovery-key-removed = The recovery key was removed: it no longer opens the vault.
kit-ui-title = Emergency kit
kit-ui-intro = One page to print, like a password manager's: the vault id, where the vault is, how to open it and how to get back in when the passphrase is forgotten. Keep it away from the computer.
kit-ui-new-key = Put a new recovery key on the kit
kit-ui-new-key-hint = The secret key is printed on the page (as text and as a QR code) and is kept nowhere else: whoever has the page can open the vault. Keep it with your lawyer or in a safe, and delete the PDF after printing.
kit-ui-save = Save the emergency kit…
kit-save-dialog-title = Save the emergency kit
kit-ui-saved = Emergency kit saved: { $file }. Print it and keep it somewhere safe.
kit-ui-saved-key = Emergency kit saved: { $file }. It holds a new secret recovery key: print it, keep the paper with your lawyer or in a safe, and delete the file.
kit-offer-title = Your vault is ready. Print an emergency kit now?
kit-offer-later = Later (Settings → Emergency kit)
kit-offer-close = Done
vault-existing-title = Already have a vault?
vault-existing-intro = Open the folder you made it in, for example on a USB stick.
vault-existing-dir = Vault folder
vault-existing-open = Open this vault
vault-unlock-title = Unlock the vault
vault-unlock-where = Vault: { $dir }
vault-unlock-submit = Unlock
vault-unlock-busy = Unlocking…
vault-unlock-device = Unlock with this device
vault-import-files = Add files…
vault-import-folder = Add a folder…
vault-import-drop-hint = Or drag files onto this window.
vault-import-file-of = File { $index } of { $files }: { $name }
vault-import-this-file = This file
vault-import-total = All files: { $done } of { $total }
vault-import-cancel = Stop
vault-import-done = { $count ->
    [one] 1 file added.
   *[other] { $count } files added.
}
vault-import-was-cancelled = You stopped the import; the file in progress was not added.
vault-describe-title = What are these files?
vault-describe-intro = A short description helps a lawyer or judge. We filled in what we could; correct it where needed. You can also do this later.
vault-describe-save = Save descriptions
vault-describe-later = Later
vault-items-title = Evidence
vault-trash-title = Trash
vault-search = Search
vault-filter-all = All
vault-filter-from = From
vault-filter-to = Up to
vault-filter-clear = Clear filters
vault-sort = Sort by
vault-sort-imported-newest = Added last
vault-sort-event-date = Date of event
vault-sort-title = Title
vault-sort-size = Size
vault-layout = View
vault-layout-list = List
vault-layout-grid = Grid
vault-items-count = { $shown } of { $total }
vault-text-index-progress = Making the content searchable: { $done } of { $total } items. Search finds words inside the others once this is done.
vault-items-empty = The vault is still empty. Add files with the buttons above or drag them onto this window.
vault-items-none-match = Nothing matches these filters.
vault-trash-empty = The trash is empty.
vault-trash-show = Trash ({ $count })
vault-trash-leave = Back to the evidence
vault-back-to-items = All evidence
vault-field-title = Title
vault-field-category = Category
vault-field-event-date = Date of the event
vault-field-description = Description
vault-field-tags = Tags
vault-field-people = People
vault-field-source = Source
vault-field-provenance = How and where you got it
vault-commas-hint = Separate several with commas.
vault-category-official-documents = Official documents
vault-category-identification = Identification
vault-category-travel = Travel
vault-category-digital-communications = Messages and e-mail
vault-category-other = Other
vault-source-own-device = Taken on my own device
vault-source-received = Sent to me
vault-source-official = From an authority, court or lawyer
vault-source-download = Downloaded or exported
vault-source-scan = Scanned paper
vault-source-other = Other
vault-fact-original-name = Original file name
vault-fact-size = Size
vault-fact-media-type = File type
vault-fact-modified = Last changed (original)
vault-fact-imported = Added to the vault
vault-fact-exif = Camera data
vault-fact-taken = Made on
vault-date-source-exif = from the camera's data (EXIF)
vault-date-source-file-name = from the name the phone gave the file
vault-date-source-modified-time = only from when the file last changed, which copying can change
vault-copy = Copy
vault-copied = Copied
vault-edit = Edit
vault-save = Save
vault-cancel = Cancel
vault-history = Earlier descriptions ({ $count })
vault-item-log = Custody log of this item
vault-item-in-trash = In the trash since { $date }. Restore it to use it again.
vault-trash = Move to trash
vault-restore = Restore
vault-purge = Delete for good
vault-purge-warning = This removes the file from the vault for good. The custody log keeps that it existed.
vault-purge-confirm = Yes, delete for good
vault-preview-none = This file type cannot be shown here. You can open it in another program.
vault-preview-text-cut = Only the beginning is shown.
vault-preview-pdf-failed = The PDF could not be shown here. You can open it in another program.
vault-preview-loading = Loading…
vault-preview-pdf-page = Page { $page } of { $pages }: { $title }
vault-preview-more-pages = Show more pages ({ $count } more)
vault-open-external = Open in another program…
vault-save-copy = Save a copy…
vault-save-copy-offer = Use "Save a copy…" to get the file itself, for someone you trust to look at on another computer.
vault-save-copy-done = Saved: { $path }. This copy is not encrypted: keep it safe, or delete it when it has been handed over.
vault-open-external-warning = This puts a readable copy in a temporary folder on this computer, until you lock the vault. Continue?
vault-open-external-confirm = Yes, open it
vault-export-these = { $count ->
    [one] Export this item for a lawyer or the police…
   *[other] Export these { $count } items for a lawyer or the police…
}
vault-open-external-not-offered = A file of this kind (such as a web page, script, program, shortcut or office document with macros) can start something or fetch things from the internet when it is opened, so Waarborg does not open it in another program. Use "Save a copy…" to get the file itself, for someone you trust to look at on another computer.
vault-export-done = { $count ->
    [one] 1 file exported to { $dir }.
   *[other] { $count } files exported to { $dir }.
}
vault-export-transcripts = { $count ->
    [one] Beside the chat export: its transcript (PDF of the whole chat, your marks marked).
   *[other] Beside each of the { $count } chat exports: its transcript (PDF of the whole chat, your marks marked).
}
vault-export-no-transcript = { $file } went into the package without its transcript.
vault-export-check = Anyone can check that nothing changed: the folder's README.txt explains how (sha256sum -c MANIFEST.sha256 on Linux, shasum on macOS, Get-FileHash on Windows), or open the package in Waarborg.
vault-export-check-encrypted = The file is encrypted with age. The README file next to it explains how to open it, with Waarborg or with the standard age tool. Never send a passphrase in the same message as the file.
vault-export-open-viewer = Open and check this package
vault-export-how = How do you want to hand it over?
vault-export-how-folder = As a folder
vault-export-how-folder-hint = For example on a USB stick you hand over yourself. Anyone who has the folder can read everything.
vault-export-how-passphrase = As one encrypted file, with a passphrase
vault-export-how-passphrase-hint = Give the passphrase in person or by phone, never in the same e-mail.
vault-export-how-recipients = As one encrypted file, for age keys
vault-export-how-recipients-hint = Only someone holding the secret key of one of these public keys (e.g. your lawyer) can open it.
vault-export-passphrase = Passphrase for the package
vault-export-passphrase-short = Choose at least { $min } characters; a sentence of a few words is strongest.
vault-export-recipients = The recipients' age public keys
vault-export-recipients-hint = One per line; a key starts with age1.
vault-export-recipient-invalid = This is not an age public key: { $key }. Copy it again from the recipient.
vault-export-recipients-missing = Enter at least one age public key.
vault-export-summary = A short description of the case (may stay empty)
vault-export-summary-hint = Goes on the evidence index's cover page, e.g. who the child is and when they were taken.
vault-export-include = Also put in the package
vault-export-include-hint = Beside the files: the records that tell the story, each as a PDF to print (Dutch and English) and as data. Records in the trash never go along.
vault-export-include-journal = The journal (with earlier versions of edited entries and the evidence each entry refers to)
vault-export-include-people = The people (profiles with photo and documents)
vault-export-include-travel = The travel records
vault-export-include-timeline = The case timeline (the steps you logged)
vault-export-where = Where should the package go?
vault-export-choose-folder = Choose a folder…
vault-export-folder-missing = Choose a folder (e.g. the USB stick). The package goes inside it, under a new name.
vault-export-go = { $count ->
    [one] Export 1 item
   *[other] Export { $count } items
}
vault-export-progress = { $done } of { $total } written
vault-export-cancel = Stop
package-link = Open an evidence package
package-link-hint = For a lawyer or officer who received a package: check it and look at it, no vault needed.
package-title = Open an evidence package
package-intro = Check that nothing changed since the export, and look at every file. You need no vault, and nothing is changed.
package-path = The folder or the encrypted file (.tar.age)
package-choose-folder = Choose a folder…
package-choose-file = Choose an encrypted file…
package-passphrase = The package's passphrase
package-identity = Your age key file
package-identity-hint = The file with the AGE-SECRET-KEY-1… line that belongs to your public key.
package-choose-identity = Choose the key file…
package-open = Open and check
package-checking = Checking… { $done } read
package-intact = { $count ->
    [one] The file matches the manifest: nothing changed since the export.
   *[other] All { $count } files match the manifest: nothing changed since the export.
}
package-failed = { $count ->
    [one] 1 file does not match. It was changed, removed or added after the export:
   *[other] { $count } files do not match. They were changed, removed or added after the export:
}
package-log-head = Custody-log head hash at the export:
package-originals = { $count ->
    [one] 1 piece of evidence
   *[other] { $count } pieces of evidence
}
package-other-files = The package's other files
package-close = Close the package
package-status-ok = Matches
package-status-changed = Changed
package-status-missing = Missing
package-status-unlisted = Not in the manifest
package-signed = Signed by the vault it names ({ $vault }).
package-signed-compare = This is the fingerprint of the key that signed it. Compare it with the one on the cover of the evidence index and with the one the parent shows you in Waarborg's Settings, in person if you can: then you know this package was made by the parent's vault and not changed since. It does not show who was using the vault.
package-other-key = Warning: this package names vault { $vault }, but it is signed with another key than the packages from that vault this computer opened before. A vault keeps its key: this package was not made by that vault.
package-other-key-now = This package's key:
package-other-key-before = Seen before:
package-unsigned = Not signed: nothing shows which vault made this package. It was made before packages were signed, or by someone else. Ask the parent for a new package.
package-signature-mismatch = The signature does not match: MANIFEST.sha256 was changed after it was signed, or the package was not made by the vault it names. Do not rely on this package; ask the parent for a new one.
settings-signing-key = Package signing key
settings-signing-key-hint = Every package you export is signed with this key. Your lawyer sees the same fingerprint in the package and on the printed evidence index: compare it together, in person or by phone, so they know a package really comes from your vault.
package-viewer-missing = This file is missing from the package.
package-viewer-changed = This file was changed after the export, so it is not shown. Ask the sender for a new copy.
package-choose-a-file = Choose a file on the left to look at it.
package-has-transcript = with its transcript
package-transcript-of = Transcript of { $file } (made from SHA-256 { $sha256 }, { $messages }, { $marked } marked)
package-transcript-of-uncounted = Transcript of { $file } (made from SHA-256 { $sha256 }, { $marked } marked)
package-transcript-messages = { $count ->
    [one] 1 message
   *[other] { $count } messages
}
package-transcript-mismatch = Not this chat's transcript: { $transcript } says it was made from { $made_from } with SHA-256 { $made_from_sha256 }, but { $file } in this package has SHA-256 { $original_sha256 }. Do not rely on it as a transcript of this chat; the original is the evidence.
package-transcript-mismatch-none = not listed
package-no-transcript = Without a transcript: { $reason }
backup-title = Backup
backup-intro = An encrypted copy of the whole vault, with the same passphrase, to a place outside this computer (a USB stick, a second disk). After writing it is read back completely.
backup-where = Folder for the backup
backup-passphrase = The vault's passphrase
backup-start = Make a backup
backup-progress = Working… { $done } written
backup-done = Backup made and checked: { $count } files ({ $size }) in { $file }.
rekey-title = New passphrase and new key
rekey-intro = This makes a new key for your vault, locked with a new passphrase, and encrypts every file in the vault again with it.
rekey-revokes = Afterwards the old key file with the old passphrase opens nothing of the vault as it is now, nor anything you add later. Use this when someone may have a copy of the key file and knows (or may guess) your old passphrase.
rekey-keeps = Copies made before — backups, copied folders — stay readable with the old key and the old passphrase. Make a new backup afterwards and destroy the old ones if you can. Recovery keys keep working.
rekey-time = For a big vault this takes a while. It can be interrupted safely: the vault then opens with the old or the new passphrase and finishes the work at the next unlock.
rekey-current = Current passphrase
rekey-current-missing = Enter your current passphrase.
rekey-new = New passphrase
rekey-repeat = New passphrase again
rekey-start = Make the new key
rekey-busy = Making the new key…
rekey-progress = { $done } of { $total } vault files encrypted again
rekey-done = Done: the vault now has a new key and opens only with the new passphrase. Make a new backup.
restore-title = Restore a backup
restore-intro = Restore a Waarborg backup into a new folder. That becomes your vault, opened with the backup's passphrase.
restore-file = The backup file (.tar.age)
restore-choose-file = Choose the file…
restore-dir = New folder for the vault (must not exist, or be empty)
restore-passphrase = The passphrase of the vault in the backup
restore-start = Restore
restore-busy = Restoring and checking…

vault-keep-document = Keep a copy in the vault
vault-kept-document = A copy is in the vault (official documents), and the custody log says it was made here.
vault-record-trip = Record this trip in the vault
vault-trip-recorded = The trip is in the vault (Travel). The emergency plan can watch its return date.
vault-keep-needs-unlock = Unlock the vault to keep a copy of this document there.
vault-what-consent = travel-consent form
vault-what-plan = parenting plan
vault-made-with-waarborg = Made with Waarborg: { $what }
vault-fill-title = Fill in from the vault
vault-fill-hint = Only empty fields are filled; what you typed stays. Check everything before printing.
vault-fill-child = Child
vault-fill-companion = Travels with
vault-fill-trip = Planned trip
vault-fill-apply = Fill in
vault-fill-done = { $count ->
    [one] 1 field filled in.
   *[other] { $count } fields filled in.
}

## Case timeline (emergency plan, vault unlocked). Keys start with timeline-.
timeline-title = Timeline of the steps you took
timeline-intro = { $count ->
    [one] 1 step is logged.
   *[other] { $count } steps are logged.
} Make a PDF of them, in time order, for the police, your lawyer or the Central Authority.
timeline-make = Make the timeline (PDF)
timeline-saved = Saved: { $file }
vault-what-timeline = case timeline
chat-title = Chat transcript
chat-times-as-exported = Times as exported: in the time zone of the phone or computer that made the export (the export does not say which). Message numbers count every message of the export.
chat-search = Search in this chat
chat-sender = Sender
chat-sender-all = Everyone
chat-from = From
chat-to = To
chat-count = { $shown } of { $total } messages shown · { $marked } marked
chat-mark = Mark message { $number }
chat-system = System message
chat-attachment = Attachment: { $name }
chat-omitted = Attachment left out by the export
chat-more = { $count } more messages: narrow the search to see them.
chat-date-order-question = In this chat every day is 12 or less, so a date such as { $example } can be read two ways. How does your phone write dates?
chat-day-first = Day first (25-11-2026)
chat-month-first = Month first (11/25/2026)
chat-pdf-marked-only = Only the marked messages
chat-pdf-context = Messages of context around each
chat-pdf-make = Make transcript PDF
chat-pdf-saved = Transcript saved as { $file }
vault-what-transcript = chat transcript

## Police information sheet (emergency plan). Keys start with police-.
police-title = Information sheet for the police
police-intro = One sheet in Dutch and English with your child, the other parent, the trips and the documents you hold, from your vault. What the vault does not know is marked "not filled in", so the officer sees what is still unknown.
police-locked = The sheet is made from the profiles in your vault. Unlock it first.
police-name = Your name
police-phone = Your phone number
police-email = Your e-mail address
police-make = Make the police sheet (PDF)
vault-what-police-sheet = police information sheet

## Warning signs to the journal (prevention, vault unlocked). Keys start with risk-.
risk-noticed = I noticed this: note it in my journal
risk-date = When did you notice it?
risk-note = What exactly happened (facts, exact words)
risk-save = Keep in the journal
risk-kept = Kept in your journal (vault).
risk-journal-prefix = Warning sign noticed: { $sign }.

## Trip watch (home screen, vault unlocked). Keys start with trip-.
trip-overdue = { $trip }: your child was due back on { $date }. Is your child back?
trip-back = Yes, my child is back
trip-not-back = No, not back: open the emergency plan
trip-coming-back = { $trip }: due back on { $date }.
trip-notify-title = Waarborg
trip-notify-body = { $count ->
    [one] A return date has passed. Open Waarborg to answer.
   *[other] { $count } return dates have passed. Open Waarborg to answer.
}

## Step log (emergency guide + vault). Keys start with steplog-.
steplog-locked = Unlock the vault to keep a log of this step: when, with whom, the reference number.
steplog-unlock = Open the vault
steplog-when = When
steplog-spoke-to = Spoke to
steplog-reference = Reference number
steplog-outcome = Outcome
steplog-notes = Notes
steplog-save = Save in the log
steplog-add = Log the details of this step
steplog-edit = Change the log of this step
steplog-time = Time
steplog-saved-in-vault = Your ticks and notes are saved in the vault's step log, with the time.

## ---- Documents (waarborg-documents): begin ------------------------------------------
## PDF labels, validation messages and errors of the travel-consent form, the travel
## checklist and the parenting plan. Keys start with doc- (or error-documents-).

doc-consent-title = Consent letter for a minor travelling abroad
doc-consent-running-header = Consent for a minor travelling abroad – { $child }
doc-consent-intro = With this form every parent, guardian or institution with parental authority over the child consents to the trip described below. One form per child.
doc-date-format = Dates: day-month-year.
doc-consent-section-holders = Holder(s) of parental authority giving consent
doc-consent-section-child = Information on the travelling minor
doc-consent-section-companion = Accompanying person
doc-consent-section-trip = The trip
doc-consent-section-stays = Address(es) where the child will stay abroad
doc-consent-section-contact = Contact information of the parent during the trip
doc-consent-section-statement = Statement
doc-consent-section-signatures = Signatures
doc-consent-section-legalisation = Legalisation of the signature (optional)
doc-consent-section-attachments = Attachments
doc-consent-holder = Holder { $n }
doc-field-full-name = Full name
doc-field-capacity = Capacity
doc-capacity-mother = Mother
doc-capacity-father = Father
doc-capacity-parent = Parent
doc-capacity-guardian = Guardian
doc-capacity-institution = Institution
doc-field-representative = Signed on behalf of the institution by
doc-field-birth-date = Date of birth
doc-field-birth-place = Place of birth
doc-field-nationality = Nationality(ies)
doc-field-id-document = Identity document (type and number)
doc-field-address = Address
doc-field-phone = Telephone
doc-field-email = E-mail
doc-field-surname = Surname
doc-field-given-names = Given names
doc-field-document-kind = Travel document
doc-document-passport = Passport
doc-document-id-card = Identity card
doc-field-document-number = Document number
doc-field-issue-date = Date of issue
doc-field-expiry-date = Date of expiry
doc-field-issuing-authority = Issuing authority
doc-field-relationship = Relationship to the child
doc-field-document-issuer = Travel document issued by (state)
doc-companion-alone = The child travels alone, without an accompanying person. This block is struck through.
doc-field-destination-country = Country of destination
doc-field-destination-places = Place(s)
doc-field-transit = Transit through
doc-field-departure-date = Date of departure
doc-field-return-date = Date of return
doc-field-back-in-nl = Date back in the Netherlands
doc-field-outbound = Flight/transport number, outbound
doc-field-return-transport = Flight/transport number, return
doc-field-purpose = Purpose of the trip
doc-field-host = Host family, hotel, campsite or apartment
doc-field-name = Name
doc-field-sign-place = Place
doc-field-sign-date = Date
doc-field-signature = Signature
doc-field-signature-stamp = Signature and stamp of the institution
doc-consent-statement-consent = The undersigned, holding parental authority over { $child }, consent(s) to the child travelling to { $destinations } from { $departure } up to and including { $return }, as described in this form.
doc-consent-statement-limit = This consent is valid only for this trip and these dates. The child must be back in the Netherlands on { $back } at the latest.
doc-consent-statement-residence = No consent is given to the child moving abroad or to any change of the child's habitual residence.
doc-consent-statement-court = A court has given replacement consent; the decision is attached.
doc-legalisation-caption = For legalisation by a municipality or notary: name, date, stamp and signature
doc-legalisation-note = Legalisation is not required in the Netherlands. Some countries ask for legalised documents or an apostille: check with the embassy or consulate of the country of destination.
doc-attachments-mandatory = Mandatory (according to the Royal Netherlands Marechaussee)
doc-attachments-advised = Advised (according to the Royal Netherlands Marechaussee)
doc-attachments-also = Also useful (according to Centrum IKO and municipalities)
doc-att-passports = Valid passport or identity card of the child and of the accompanying person
doc-att-consent = This consent letter, signed by every holder of parental authority, or the decision in which a court gives replacement consent
doc-att-brp-child = International extract from the Dutch population register (BRP) of the child with parent and custody data (preferably no older than 3 months), or an international birth certificate
doc-att-brp-parent = Recent BRP extract of the non-travelling parent with parental authority, showing civil status
doc-att-gezagsregister = Recent extract from the custody register (gezagsregister), if parental authority was obtained through a court
doc-att-id-copies = Copy of the passport or identity document of each signatory, so the signature can be verified
doc-att-court = Court decision on custody or contact, and the parenting plan, if there are any
doc-att-return-ticket = The child's return ticket
doc-att-embassy = Some countries have extra requirements: check with the embassy or consulate of the country of destination.
doc-att-id-card = Note for a child aged 12 to 17: the child can get a Dutch ID card without parental consent and travel with it within Europe and to some other countries. This consent is only for the trip above. (Source: https://www.arnhem.nl/Inwoners/legitimatie/Identiteitskaart_voor_kinderen, compiled from sources consulted in December 2026.)
doc-att-source = Bron / Source: https://www.marechaussee.nl/onderwerpen/reizen-met-kinderen/vraag-en-antwoord/welke-documenten-heb-ik-nodig-op-reis (samengesteld uit bronnen geraadpleegd in november 2026 / compiled from sources consulted in November 2026)
doc-checklist-title = Travel checklist
doc-checklist-intro = Take this list when packing. Keep the papers at hand at the border check.
doc-checklist-summary = The trip at a glance
doc-checklist-documents = Papers
doc-checklist-practical = Practical
doc-check-consent-signed = Consent letter, signed by every holder of parental authority (original)
doc-check-passports = Passports or identity cards of the child and the accompanying person, valid until after the return
doc-check-id-copies = Copies of the identity documents of the signatories
doc-check-brp = Extracts from the population register and, where relevant, the custody register
doc-check-court = Court decision and parenting plan, if there are any
doc-check-return-ticket = The child's return ticket
doc-check-addresses = Addresses and phone numbers abroad (also on paper)
doc-check-contact = Phone number of the parent who stays at home
doc-check-medication = The child's medicines and a list of them, if needed
doc-check-embassy = Requirements of the country of destination checked with its embassy or consulate
doc-check-copies-home = Copy of all papers left with the parent who stays at home
doc-check-id-card = Which travel document goes along (passport or ID card)? A child aged 12 to 17 can get an ID card without parental consent.
doc-footer-page = Page { $page } of { $pages }
doc-footer-note = Made with Waarborg. Not legal advice. Content compiled from sources consulted in { $checked }.
doc-validation-required = Please fill this in.
doc-validation-invalid-date = This is not a valid date.
doc-validation-invalid-email = This is not a valid e-mail address.
doc-validation-date-in-future = This date is in the future.
doc-validation-return-before-departure = This date is before the departure date.
doc-validation-departure-in-past = The departure date is in the past. Please confirm that this is right.
doc-validation-child-not-minor = The child is 18 or older on the departure date. This form is for minors only.
doc-validation-holder-missing = A holder of parental authority is missing. With joint authority both parents sign.
doc-validation-institution-missing = Add the institution with parental authority as a holder.
doc-validation-issued-before-birth = The date of issue is before the date of birth.
doc-validation-document-expires = The travel document expires before the trip ends.
doc-validation-unknown-clause = This agreement does not exist (any more).
doc-validation-duplicate-clause = This agreement is already included.
doc-validation-unknown-parameter = This agreement has no such detail.
doc-validation-invalid-number = Please enter a whole number.
doc-validation-out-of-range = This number is too small or too large.
doc-validation-invalid-amount = Please enter an amount, for example 250 or 250.50.
doc-validation-invalid-choice = Please choose one of the options.
doc-validation-no-clauses = Choose at least one agreement.
doc-validation-unsupported-characters = These characters cannot be printed correctly. Use the spelling in Latin letters, as in the passport.
error-documents-invalid-input = The form is not complete yet. Nothing was lost; correct the marked fields.
error-documents-font = The font for the PDF could not be loaded. Nothing was lost. Reinstall Waarborg.
error-documents-write = The PDF could not be saved. Nothing was lost. Free up disk space, or check that your Documents folder can be written to.
error-documents-open-failed = The PDF could not be opened. It is saved; open it from your Documents folder (Waarborg) to print it.
error-documents-clause-library = The library of agreements could not be loaded. Nothing was lost. Reinstall Waarborg.
doc-plan-title = Parenting plan – agreements on travel abroad
doc-plan-intro = These agreements belong to the parenting plan of the undersigned for their children. They apply in addition to the agreements in that plan.
doc-plan-parties = Parties
doc-plan-party-a = Parent A
doc-plan-party-b = Parent B
doc-plan-children = Children
doc-plan-agreements = Agreements
doc-plan-article = Article { $n }.
doc-plan-signatures = Signatures
## Evidence index, case timeline and police sheet: always printed Dutch / English
## together, whatever the app's language (keys doc-index-, doc-timeline-, doc-police-).
doc-not-filled-in = not filled in
doc-right-to-left = right-to-left script, may print incorrectly
doc-document-residence-permit = Residence permit
doc-document-other = Other document
doc-index-title = Evidence index
doc-index-intro = This index belongs to an evidence package exported with Waarborg from a parent's encrypted evidence vault. It lists every numbered file in the package with its title, category, dates, provenance, size and SHA-256 hash. Titles, descriptions and provenance were entered by the parent and have not been verified.
doc-index-files =
    { $count ->
        [one] item
       *[other] items
    }
doc-index-case = Case
error-calendar-write = The calendar file could not be saved. Nothing was lost. Choose another folder or free up disk space.
doc-index-exported = Exported at
doc-index-count = Number of items
doc-index-log-head = Custody log head (entry:hash)
doc-index-signing-key = Package signing key
doc-log-anchor = Custody log
doc-index-no-log = no entries in the custody log
doc-index-no-items = This package contains no files.
doc-index-verify = How to verify
doc-index-verify-intro = Every file in the package must have the same SHA-256 hash as this index lists for it and as MANIFEST.sha256 gives. Open a terminal in the package folder and type:
doc-index-verify-outcome = On Linux and macOS every file must say "OK". On Windows, Get-FileHash shows one file's hash in capitals; compare it character by character with this index (capitals or not makes no difference). A file that does not match was changed after the export. The custody log head hash is also in custody-log.json in the package; whoever checks the parent's vault can verify that the log contains this hash.
doc-index-items = Items
doc-index-item = No.
doc-index-entry-title = Title
doc-index-category = Category
doc-index-event-date = Event date
doc-index-imported = Imported
doc-index-provenance = Provenance
doc-index-transcript = Transcript in this package
doc-index-original = Original name
doc-index-size = Size
doc-index-description = Description
doc-index-unknown-date = unknown
doc-index-no-description = no description
doc-index-continued = continued
doc-index-preview-unreadable = Preview unreadable
doc-index-custody = Custody
doc-index-custody-imported = Imported
doc-index-custody-not-logged = not in the custody log
doc-index-custody-views = Viewed
doc-index-custody-last = last
doc-index-custody-edits = Description edited
doc-index-custody-exports = Exported before
doc-index-custody-none = never
doc-records-exported = Exported at
doc-records-footer-note = From a parent's Waarborg vault, exported { $exported }; written by the parent, not verified.
doc-records-entries = Entries
doc-records-number = No.
doc-records-date = Date
doc-records-time = Time
doc-records-place = Place
doc-records-present = Who was present
doc-records-what = What happened
doc-records-evidence = Linked evidence
doc-records-no-evidence = none
doc-records-not-in-package = not in this package
doc-records-written = Written
doc-records-changed = Last changed
doc-records-earlier-version = Earlier version
doc-records-replaced-at = replaced at
doc-records-date-unknown = date unknown
doc-records-notes = Notes
doc-records-departure = Departure
doc-records-return = Return
doc-records-destination = Destination
doc-records-with-whom = With whom
doc-records-flight = Flight
doc-records-booking = Booking reference
doc-records-address = Address
doc-records-plate = Licence plate
doc-records-returned = back, confirmed by the parent
doc-journal-title = Journal
doc-journal-intro = The parent's journal as kept in Waarborg: every entry with when and where it happened, who was present and the evidence it refers to, by its number in this package. An entry the parent edited is printed as it reads now, followed by every earlier version and when it was replaced. Times of writing are UTC; the time of an event is the parent's local time, as entered.
doc-journal-empty = The journal has no entries.
doc-profiles-title = People
doc-profiles-intro = The children, the other parent and others who matter, as the parent recorded them in Waarborg; not verified. Photos are from the vault.
doc-profiles-empty = No people have been recorded.
doc-travel-title = Travel records
doc-travel-intro = Flights, bookings, licence plates, addresses abroad and planned trips, as the parent recorded them in Waarborg; not verified.
doc-travel-empty = No travel records.
doc-index-footer-note = Evidence index of a Waarborg export, { $exported }; verify the files with MANIFEST.sha256.
doc-timeline-title = Timeline of steps taken
doc-timeline-intro = The steps the parent took and recorded in Waarborg, in order of time. Times are the parent's local time, as entered.
doc-timeline-case = Case
doc-timeline-removal = Date of removal or non-return
doc-timeline-destination = Destination country
doc-timeline-generated = Generated on
doc-timeline-steps = Steps
doc-timeline-no-steps = No steps have been logged yet.
doc-timeline-done = Done
doc-timeline-not-done = Not done yet
doc-timeline-spoke-to = Spoke to
doc-timeline-reference = Reference number
doc-timeline-outcome = Outcome
doc-timeline-notes = Notes
doc-timeline-log = Link to the custody log
doc-timeline-log-head = Custody log head (entry:hash)
doc-timeline-log-note = This is the head hash of the custody log in the parent's Waarborg vault when this timeline was made; whoever verifies the log can check that it contains this hash and that what was recorded up to that moment has not been changed since.
doc-transcript-title = Chat export transcript
doc-transcript-intro = A transcript made by Waarborg from a chat export kept unchanged in the parent's vault. The export itself is the evidence: its SHA-256 below identifies it, and the same export always gives this same transcript (its SHA-256 is printed too). Message numbers count every message of the export, so they stay the same whichever messages are printed.
doc-transcript-file = Export file
doc-transcript-sha256 = SHA-256 of the export
doc-transcript-source = Exported by
doc-transcript-messages = Messages
doc-transcript-selection = Printed
doc-transcript-all = The whole chat
doc-transcript-marked-only = { $marked } marked messages with { $context } messages of context ({ $printed } printed)
doc-transcript-times = Times
doc-transcript-times-note = As exported: the time zone of the phone or computer that made the export, which the export does not state
doc-transcript-date-order = Dates read as
doc-transcript-order-dmy = day-month-year
doc-transcript-order-mdy = month-day-year
doc-transcript-order-ymd = year-month-day
doc-transcript-order-chosen = chosen by the parent: the export could be read either way
doc-transcript-digest = SHA-256 of the transcript
doc-transcript-generated = Made on
doc-transcript-system = (system message)
doc-transcript-marked = marked
doc-transcript-attachment = Attachment
doc-transcript-omitted = Attachment left out by the export
doc-transcript-skipped = … { $count } messages not printed …
doc-transcript-none-marked = No messages are marked.
doc-police-title = Information sheet for the police
doc-police-intro = Filled in by the reporting parent, not verified. “— not filled in” means: unknown or not given.
doc-police-removal-date = Date taken / missing
doc-police-prepared-on = Prepared on
doc-police-reporter-phone = Reporting parent's phone
doc-police-child = Child
doc-police-child-n = Child { $n }
doc-police-other-parent = Other parent
doc-police-trips = Trips
doc-police-trip = Trip
doc-police-departure = Departure
doc-police-return = Return
doc-police-destination = Destination
doc-police-flight = Flight
doc-police-address = Address
doc-police-court-orders = Court orders and custody documents held by the parent
doc-police-court-order-title = Title
doc-police-reporter-contact = Reporting parent's contact
doc-police-name = Name
doc-police-phone = Phone
doc-police-email = E-mail
doc-police-full-name = Full name
doc-police-other-names = Other names
doc-police-birth-date = Date of birth
doc-police-years = years
doc-police-birth-place = Place of birth
doc-police-nationalities = Nationality(ies)
doc-police-documents = Travel documents
doc-police-valid-until = Valid until
doc-police-expired = EXPIRED
doc-police-document = Document
doc-police-number = Number
doc-police-issuing-country = Issuing country
doc-police-description = Description
doc-police-vehicles = Vehicles
doc-police-addresses = Addresses
doc-police-family-abroad = Family abroad
doc-police-photo-unreadable = Photo unreadable (not a JPEG)
doc-police-no-photo = No photo
doc-police-footer-note = Prepared by the parent with Waarborg on { $date }; not verified by the police.
## ---- Documents (waarborg-documents): end --------------------------------------------

## Vault records: journal, people, travel, health (keys journal-, person-, travel-, health-)
## Keys shared by the record screens start with journal-common-.
journal-common-optional = optional
journal-common-edit = Edit
journal-common-delete = Delete
journal-common-delete-yes = Yes, delete
journal-common-delete-no = No, keep it
journal-common-save-changes = Save changes
journal-common-cancel-edit = Stop editing
journal-common-problems = Not saved yet. Nothing was lost; please correct the marked field.
journal-common-remove-row = Remove
journal-common-row-label = { $label } { $n }
journal-common-no-items = There are no files in the vault to link yet.
journal-common-no-photos = There are no photos in the vault yet. Import a photo first.
journal-common-linked-missing = { $count ->
    [one] One linked file is no longer listed (for example, it is in the trash). The link is kept.
   *[other] { $count } linked files are no longer listed (for example, they are in the trash). The links are kept.
}
journal-common-item-unavailable = (not available)
journal-common-trash-show = Trash ({ $count })
journal-common-trash-hide = Hide the trash
journal-common-trash-lead = Deleted records stay here until you delete them for good. The log records every step.
journal-common-trash-empty = The trash is empty.
journal-common-trashed-on = In the trash since { $when }
journal-common-restore = Put back
journal-common-purge = Delete for good
journal-common-purge-question = Delete this for good? It cannot be brought back. The log keeps that it existed and the fingerprint of every version.
journal-common-purge-yes = Yes, delete for good
journal-history-title = { $count ->
    [one] Earlier version (1)
   *[other] Earlier versions ({ $count })
}
journal-history-replaced = Replaced on { $when }
journal-title = Journal
journal-lead = Write down what happened, as soon as you can after it happened. Everything stays encrypted in the vault.
journal-guidance-title = How to write it down for a court
journal-guidance-facts = Describe facts only: what you saw, heard or read.
journal-guidance-dates = Note the date and, if you know it, the time.
journal-guidance-quotes = Write down exactly what was said, in quotation marks.
journal-guidance-who = Say who was there.
journal-guidance-opinions = Leave out opinions, suspicions and guesses.
journal-new-title = New event
journal-edit-title = Edit event
journal-occurred-on = Date of the event
journal-no-date-hint = You can save without a date, but a court gives more weight to a date. Add it later if you do not know it now.
journal-time = Time
journal-what = What happened?
journal-what-hint = Facts in your own words. Exact words in quotation marks.
journal-where = Where
journal-who-present = Who was there
journal-add-person = Add a person
journal-linked-items = Linked files
journal-save = Save event
journal-save-changes = Save changes
journal-saved = The event is saved in the vault.
journal-validation-what-required = Describe what happened.
journal-timeline-title = Timeline
journal-search = Search the journal
journal-empty = There are no events in the journal yet.
journal-no-matches = No events found with these words.
journal-undated = No date
journal-delete-question = Move this event to the trash? You can put it back from the trash below. The log records it.
person-title = People
person-lead = Details of your child(ren), the other parent and others who matter. The police and the Central Authority often ask for these first.
person-group-child = Children
person-group-other-parent = The other parent
person-group-other = Others
person-group-empty = Nobody added yet.
person-add-child = Add a child
person-add-other-parent = Add the other parent
person-add-other = Add someone else
person-role = Who is this?
person-role-child = Child
person-role-other-parent = The other parent
person-role-other = Someone else
person-new-title = New person
person-edit-title = Edit person
person-unnamed = (no name)
person-born = Born on { $date }
person-section-basics = Name and birth
person-given-names = Given names
person-family-name = Family name
person-other-names = Other names
person-other-names-hint = For example a maiden name, a nickname or the name in another script.
person-add-other-name = Add a name
person-birth-date = Date of birth
person-birth-place = Place of birth
person-nationalities = Nationalities
person-add-nationality = Add a nationality
person-section-documents = Identity documents
person-document-kind = Kind of document
person-document-kind-passport = Passport
person-document-kind-identity-card = Identity card
person-document-kind-residence-permit = Residence permit
person-document-kind-other = Other document
person-document-number = Document number
person-document-country = Issuing country
person-document-expires = Valid until
person-document-expired = Document { $number } expired on { $date }.
person-document-expiring = Document { $number } expires on { $date }, within six months.
person-add-document = Add a document
person-remove-document = Remove this document
person-section-appearance = Appearance and photos
person-description = Description
person-description-hint = Height, build, hair, eyes, distinguishing marks.
person-photos = Photos from the vault
person-section-addresses = Addresses and phone
person-address-label = Label
person-address-label-hint = For example: home, work, parents.
person-address-street = Street and number
person-address-postal-code = Postcode
person-address-city = Town or city
person-address-country = Country
person-address-abroad = This address is abroad
person-add-address = Add an address
person-remove-address = Remove this address
person-phones = Phone numbers
person-add-phone = Add a phone number
person-section-vehicles = Vehicles
person-vehicle-description = Vehicle
person-vehicle-description-hint = Make, model and colour.
person-vehicle-plate = Licence plate
person-vehicle-country = Country of the plate
person-add-vehicle = Add a vehicle
person-remove-vehicle = Remove this vehicle
person-section-family-abroad = Family abroad
person-family-abroad-hint = Who might the child stay with?
person-relative-name = Name
person-relative-relation = Relation
person-relative-country = Country
person-relative-address = Address
person-relative-phone = Phone
person-add-relative = Add a relative
person-remove-relative = Remove this relative
person-section-notes = Notes
person-notes = Notes
person-save = Save person
person-saved = The details are saved in the vault.
person-validation-name-required = Please fill in at least a given name or a family name.
person-delete-question = Move this person to the trash? You can put them back from the trash below. The log records it.
travel-title = Travel
travel-lead = Flights, bookings, licence plates, addresses abroad and planned trips. Planned trips still to come are at the top.
travel-empty = There are no travel records yet.
travel-kind = Kind
travel-kind-flight = Flight
travel-kind-booking = Booking
travel-kind-licence-plate = Licence plate
travel-kind-address-abroad = Address abroad
travel-kind-planned-trip = Planned trip
travel-kind-other = Other
travel-upcoming = Still to come
travel-new-title = New travel record
travel-edit-title = Edit travel record
travel-title-field = Title
travel-title-hint = A short name, for example: summer holiday Morocco.
travel-flight-number = Flight number
travel-carrier = Airline or company
travel-booking-reference = Booking reference
travel-licence-plate = Licence plate
travel-departure-date = Departure date
travel-return-date = Return date
travel-destination-country = Destination country
travel-destination-place = Destination town or place
travel-address = Address
travel-people = People from the vault
travel-no-people = Add people under People first to choose them here.
travel-with-whom = With whom
travel-with-whom-others = Other travellers
travel-add-companion = Add a traveller
travel-linked-items = Linked files
travel-notes = Notes
travel-save = Save travel record
travel-saved = The travel record is saved in the vault.
travel-validation-return-before-departure = The return date is before the departure date. Nothing was lost; please check the dates.
travel-dates-range = { $from } to { $back }
travel-dates-from = Departs { $from }
travel-dates-back = Returns { $back }
travel-delete-question = Move this travel record to the trash? You can put it back from the trash below. The log records it.
health-title = Vault check
health-lead = Check that nothing in the vault has changed, and see the log of everything done with it.
health-verify-title = Check everything
health-verify-lead = Waarborg opens every file again and compares it with the fingerprint taken when it was imported. On a large vault this takes a while.
health-verify = Check the vault
health-verifying = Checking…
health-verifying-hint = This can take a while. You can wait; nothing is changed.
health-verify-progress-items = Checked { $done } of { $total } items
health-verify-progress-log = Reading the custody log: { $percent }%
health-all-well = { $items } items, { $records } records and { $entries } log entries checked. Nothing has changed.
health-checked = { $items } items, { $records } records and { $entries } log entries checked.
health-problems = { $count ->
    [one] One problem was found.
   *[other] { $count } problems were found.
}
health-problems-advice = Do not delete anything. Make a copy of the whole vault folder and ask for help. A backup may still hold a good copy of the file.
health-problem-item = Item: { $title }
health-problem-file = In the vault folder: { $file }
health-problem-content-missing = The file is missing.
health-problem-content-undecryptable = The file cannot be decrypted.
health-problem-hash-mismatch = The file has changed since it was imported.
health-problem-metadata-undecryptable = The details of the file cannot be decrypted.
health-problem-metadata-missing = The details of the file are missing.
health-problem-thumbnail-undecryptable = The preview image cannot be decrypted. The file itself may still be fine.
health-problem-record-undecryptable = A journal, person or travel record cannot be decrypted.
health-problem-log-damaged = The log is damaged or has been altered.
health-problem-anchor-not-in-log = The log does not contain an entry that was seen in it before (by this computer, or on the printout or package you entered): the vault was put back to an older copy, or its log was rewritten. Change nothing and show this to your lawyer.
health-anchor-label = Also check against a printout or package (optional)
health-anchor-hint = Enter the custody-log line printed at the bottom of a Waarborg PDF, or scan its QR code: the number, a colon and the 64-character hash. The check then also shows whether the log still contains it.
rollback-title = This vault is older than the one this computer last saw
rollback-behind = The custody log of this vault ends before the newest entry this computer saw in it. The vault was replaced by an older copy, or entries at its end were removed: what was recorded after that point is missing here.
rollback-rewritten = The custody log of this vault does not contain an entry this computer saw in it: that entry number now has another hash. The log was rewritten from that point or before it.
rollback-remembered = Newest entry this computer saw
rollback-current = Newest entry in this vault now
rollback-advice = If you did not restore an older copy yourself, change nothing: keep this computer and the vault as they are, note the date and time, and show this to your lawyer. The check under "Check" reports it too.
rollback-accept = I restored an older copy on purpose
rollback-accept-confirm = This computer will then remember this vault's log as it is now, and this warning goes away. Only do this if you restored an older backup yourself.
rollback-accept-yes = Yes, I restored it myself
rollback-accept-no = No, keep the warning
health-problem-stray-file = Something is in the vault folder that Waarborg did not put there (a folder, link, pipe or unknown file). It was left alone and skipped; the rest of the vault is not affected.
health-problem-item-not-in-log = The log does not record that this file was added. The file itself may still be fine.
health-problem-log-names-missing-item = The log records a file that is not in the vault and was not deleted for good.
health-problem-item-change-not-in-log = A change to this file (its details, or moving it to or from the trash) is not recorded in the log.
health-problem-thumbnail-mismatch = The preview image does not belong to this file: it was replaced, for example by another file's preview. It is not shown or printed. The file itself may still be fine.
health-problem-record-missing = A journal, person or travel record is missing: the log records it, but it was removed outside Waarborg.
health-problem-record-changed = A journal, person or travel record was changed without the change being recorded in the log.
health-problem-record-not-in-log = The log does not record that this journal, person or travel record was added.
health-problem-record-older-version = An older copy of a journal, person or travel record was put back in place of the newer one.
health-problem-key-file-damaged = A key file (the vault key under your passphrase, or its second copy) is damaged, missing or was replaced. Your vault still opens with the other copy; the next time you unlock with your passphrase, Waarborg rewrites it.
health-problem-signing-key-damaged = The key that signs your handover packages (keys/signing.age) is missing or damaged. Exports stop until it is back: put back the file from a backup of the vault. It is never replaced by a new one, so every package of this vault keeps one signature key.
health-problem-chat-notes-undecryptable = The marks on a chat export (the messages marked, how its dates are read) cannot be decrypted. The chat itself may still be fine.
health-problem-chat-notes-without-item = Marks on a chat export were found for a file that is not in the vault.
health-head-title = Fingerprint of the log
health-head-explain = The newest entry of the log: its number, a colon and its fingerprint. Write it down or print it (every PDF Waarborg makes from the vault prints it, with a QR code): later, the check above shows whether the log still contains it, which proves that nothing recorded before it was changed.
health-copy-head = Copy the code
health-copied = Copied.
health-copy-failed = Copying did not work. Please write the code down.
health-no-head = The log is still empty.
health-log-title = Log
health-log-lead = { $count ->
    [one] One entry. Every action on the vault is recorded here and cannot be changed unnoticed.
   *[other] { $count } entries. Every action on the vault is recorded here and cannot be changed unnoticed.
}
health-log-seq = No.
health-log-time = Time
health-log-kind = Action
health-log-subject = About
health-log-more = Show more ({ $count } left)
health-log-kind-create = Vault created
health-log-kind-import = Imported
health-log-kind-view = Viewed
health-log-kind-export = Exported
health-log-kind-edit = Edited
health-log-kind-delete = Moved to trash
health-log-kind-restore = Restored
health-log-kind-purge = Deleted for good
health-log-kind-verify = Checked
health-log-kind-record-create = Record added
health-log-kind-record-edit = Record edited
health-log-kind-record-delete = Record moved to trash
health-log-kind-record-restore = Record put back
health-log-kind-record-purge = Record deleted for good
health-log-kind-guide-step = Step ticked off
health-log-kind-document-generated = Document made
health-log-kind-log-head-rebuilt = Log head rebuilt
health-log-kind-log-sealed = Log entries sealed
health-log-kind-passphrase-changed = Passphrase changed
health-log-kind-recovery-keys-changed = Recovery keys changed
health-log-kind-backup = Backup made
health-log-kind-key-file-repaired = Key file repaired
health-log-kind-key-copy-created = Key file copy made
health-log-kind-signing-key-created = Signing key made
health-log-kind-thumbnails-bound = Thumbnails bound
health-log-kind-rekey = Vault key replaced
health-log-kind-chat-marks = Messages marked in a chat
health-log-kind-chat-date-order = Date order of a chat chosen
# A kind this version does not know (written by a newer version).
health-log-kind-other = Other action ({ $kind })
log-note-record-journal = journal entry
log-note-record-person = person
log-note-record-travel = trip
log-note-step = step { $step }
log-note-step-done = step { $step }, done
log-note-verify = { $items ->
    [one] 1 item
   *[other] { $items } items
}, { $problems ->
    [0] no problems
    [one] 1 problem
   *[other] { $problems } problems
}
log-note-how-folder = folder
log-note-how-passphrase = encrypted file (passphrase)
log-note-how-keys = encrypted file (age keys)
log-note-export = { $how } { $name }
log-note-export-records = { $how } { $name }; records: { $records }
log-note-export-failed = { $how } { $name } failed ({ $error }); nothing was kept
log-note-included-journal = journal { $count }
log-note-included-people = people { $count }
log-note-included-travel = travel { $count }
log-note-included-timeline = timeline { $count }
log-note-backup = backup { $name }
log-note-recovery-keys = { $count ->
    [one] 1 recovery key
   *[other] { $count } recovery keys
}
log-note-signing-key = package signing key { $fingerprint }
log-note-signing-key-written = { $file } written: package signing key { $fingerprint }
log-note-key-file-repaired = { $file } rewritten: { $reason }
log-note-key-copy-created = { $file } written (second copy of the key file)
log-note-thumbnails-bound = { $count } thumbnails of items imported before binding
log-note-head-missing = the log head file was missing and was rebuilt from the chain; entries at the end may have been removed
log-note-head-damaged = the log head file was damaged ({ $reason }) and was rebuilt from the chain; entries at the end may have been removed
log-note-sealed = entries { $first } to { $last } ({ $count }) moved from single files into sealed segments at unlock; their bytes, hashes and chain are unchanged
log-note-rekey = re-key { $id }: vault key { $old } replaced by { $new }; files encrypted to the old key elsewhere stay readable with it

## Presentation mode

error-vault-presenting = The presentation is still running. Leave the presentation with your passphrase to continue.
error-vault-present-nothing = First choose one or more items to present.
error-chat-not-a-chat = This file is not a chat export that Waarborg can read. It was kept as a file; nothing is lost.
error-chat-unknown-date-format = A message in this chat has a date in a form Waarborg does not know. The file was kept as it is; no transcript was made.
error-chat-date-order-needed = In this chat every day is 12 or less, so a date such as 03/04 can be read two ways. Choose whether the day or the month comes first.
error-chat-too-large = This chat is too large to make a transcript of (more than 64 MB of text). The file was kept as it is.
error-chat-damaged-zip = This zip file cannot be read to the end (it may be incomplete). The file was kept as it is; export the chat again for a transcript.
error-chat-no-chat-in-zip = This zip file holds no chat text. The file was kept as it is.
error-chat-invalid-telegram = This JSON file is not a Telegram export of one chat. The file was kept as it is.
error-chat-io = The chat export could not be read. The file was kept as it is.
error-chat-media-missing = The chat export names this file, but it is not in the export folder. The chat and its other files were kept; import this file on its own if you have it.
error-chat-media-folder-missing = The chat export names photos or files, but their folder (photos, files, video_files) is not next to result.json. The chat was kept as it is; import the whole export folder to keep the photos and files too.
error-chat-unsafe-media-path = The chat export names a media file outside its own folder; it was not imported. The chat was kept as it is.
vault-select-item = Choose { $title }
vault-select-all-shown = Choose all shown
vault-select-clear = Clear choice
vault-selected-count = { $count ->
    [0] Nothing chosen
    [one] One item chosen
   *[other] { $count } items chosen
}
vault-present = { $count ->
    [0] Present
   *[other] Present ({ $count })
}
vault-present-hint = Shows only the chosen items, full screen. Leaving asks for your passphrase.
present-label = Presentation
present-loading = Loading…
present-no-date = Date unknown
present-position = { $n } / { $total }
present-previous = ← Previous
present-next = Next →
present-zoom = Zoom
present-zoom-in = Larger
present-zoom-out = Smaller
present-zoom-fit = Fit
present-keys = Arrows: previous and next · + and −: larger and smaller · 0: fit · Esc: leave
present-text-failed = The text could not be loaded.
present-cannot-show = This kind of file cannot be shown here.
present-fact-name = File name
present-fact-type = Kind of file
present-fact-size = Size
present-fact-sha256 = SHA-256
present-leave = Leave
present-leave-title = Leave the presentation
present-leave-explain = Enter the vault's passphrase. You will then see your vault again as you left it.
present-leave-passphrase = Passphrase
present-leave-confirm = Leave
present-leave-checking = Checking…
present-leave-cancel = Keep presenting
