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
error-internal = Something went wrong inside Waarborg. Nothing was lost. Try again, or restart the app.
error-unknown = Something unexpected went wrong. Nothing was lost. Try again.

## Command line

cli-about = Waarborg: encrypted evidence vault, travel forms and emergency plan for international child abduction.
