# Waarborg — Nederlandse teksten.
# Elke sleutel hier staat ook in ../en/waarborg.ftl; een test faalt als dat niet zo is.
# Toon: rustig, korte zinnen, "u".

## Algemeen

app-name = Waarborg
app-tagline = Uw bewijs veilig, uw papieren klaar, uw stappen helder.
skip-to-content = Naar de inhoud
nav-home = Start
nav-back-home = Terug naar start
nav-main-label = Hoofdmenu
loading = Even geduld…

## Startscherm

home-title = Waar wilt u mee beginnen?
home-urgent = Is uw kind nu in gevaar of wordt het nu meegenomen? Bel direct 112.
home-urgent-action = Open het noodplan

## Onderdelen

area-vault-title = Kluis
area-vault-summary = Bewaar bewijs veilig: documenten, foto's, schermafbeeldingen en uw dagboek.
area-documents-title = Documenten
area-documents-summary = Maak een toestemmingsformulier voor een reis en afspraken voor het ouderschapsplan.
area-emergency-title = Noodplan
area-emergency-summary = Wat u nu doet als uw kind wordt of is meegenomen, stap voor stap.
area-prevention-title = Voorkomen
area-prevention-summary = Maatregelen die ontvoering moeilijker maken, voordat het gebeurt.
area-settings-title = Instellingen
area-settings-summary = Taal en informatie over deze app.
area-not-ready = Dit onderdeel wordt nog gebouwd. Er is hier nog niets dat u kunt verliezen.

## Instellingen

settings-language = Taal
settings-language-hint = De taal van de app. Formulieren kunt u altijd in beide talen maken.
settings-language-system = Volg het systeem ({ $language })
settings-language-saved = De taal is opgeslagen.
settings-about = Over Waarborg
settings-version = Versie { $version }
settings-offline = Waarborg maakt nooit verbinding met internet. Alles blijft op deze computer, tenzij u zelf iets exporteert.

language-nl = Nederlands
language-en = English

## Foutmeldingen (één per foutcode)

error-title = Dat lukte niet
error-settings-io = De instellingen konden niet worden opgeslagen of gelezen. Controleer of er ruimte op de schijf is en probeer het opnieuw.
error-settings-corrupt = Het instellingenbestand is beschadigd. Er is niets verwijderd; Waarborg gebruikt nu de standaardinstellingen. Slaat u een instelling op, dan wordt het bestand vervangen.
error-no-config-dir = Waarborg kan geen map vinden om instellingen te bewaren. Controleer of uw gebruikersmap bestaat.
error-internal = Er ging iets mis in Waarborg zelf. Er is niets verloren gegaan. Probeer het opnieuw of start de app opnieuw.
error-unknown = Er ging iets onverwachts mis. Er is niets verloren gegaan. Probeer het opnieuw.

## Opdrachtregel

cli-about = Waarborg: versleutelde bewijskluis, reisformulieren en noodplan bij internationale kinderontvoering.
