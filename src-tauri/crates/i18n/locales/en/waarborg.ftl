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
guide-checked = Checked: { $date }
guide-checked-pack = The information in this emergency plan was checked between { $oldest } and { $newest }. If you doubt a number, check it on the organisation's website.
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
guide-six-week-target = Target: six weeks
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
guide-convention-not-applicable = This country is not part of the Hague Child Abduction Convention. The Convention's one-year limit does not apply there.

## Prevention

prevention-intro = What you can do now to make an abduction harder.
prevention-steps-title = What you can do
prevention-risk-title = Warning signs

## Command line

cli-about = Waarborg: encrypted evidence vault, travel forms and emergency plan for international child abduction.
