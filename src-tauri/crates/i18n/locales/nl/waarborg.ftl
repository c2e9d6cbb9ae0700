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
error-guide-unavailable = Het noodplan kon niet worden geladen. Dit is een fout in Waarborg. Bel bij spoed 112.
error-invalid-date = Die datum bestaat niet. Vul de datum in als dag, maand en jaar.
error-removal-after-today = Die datum ligt in de toekomst. Vul de dag in waarop uw kind is meegenomen of niet is teruggebracht.
error-internal = Er ging iets mis in Waarborg zelf. Er is niets verloren gegaan. Probeer het opnieuw of start de app opnieuw.
error-unknown = Er ging iets onverwachts mis. Er is niets verloren gegaan. Probeer het opnieuw.

## Noodplan

guide-intro = Kies wat er nu aan de hand is. U krijgt de stappen op volgorde, met wie u belt.
guide-loading = Het noodplan wordt geladen…
guide-choose-label = Wat is er aan de hand?
guide-other-situation = Andere situatie kiezen
guide-call-now = Bel nu
guide-say-this = Zeg dit:
guide-steps-title = Stappen
guide-next-calls = Daarna
guide-step-done = Gedaan
guide-progress = { $done } van { $total } stappen gedaan
guide-progress-not-saved = Uw vinkjes worden nog niet bewaard. Als de kluis klaar is, legt Waarborg elke stap vast met tijd en referentienummer.
guide-why = Waarom
guide-copy-number = Kopieer { $number }
guide-copied = { $number } is gekopieerd.
guide-copy-failed = Kopiëren lukte niet. Het nummer is { $number }.
guide-hours = Bereikbaar
guide-have-ready = Houd bij de hand
guide-to-confirm = Nog te bevestigen
guide-sources = Bronnen
guide-checked = Gecontroleerd: { $date }
guide-checked-pack = De informatie in dit noodplan is gecontroleerd tussen { $oldest } en { $newest }. Twijfelt u aan een nummer, controleer het dan op de website van de organisatie.
guide-ready-vault-police-sheet = Informatieblad voor de politie
guide-ready-vault-export = Uw bewijs, geëxporteerd voor een advocaat
guide-ready-vault-profiles = Gegevens en foto's van uw kind en de andere ouder
guide-ready-vault-documents = Geboorteakte, gezagsgegevens, rechterlijke uitspraken, ouderschapsplan
guide-ready-vault-journal = Uw dagboek met data en gebeurtenissen
guide-ready-paperwork-consent-form = Toestemmingsformulier voor de reis
guide-ready-paperwork-parenting-plan = Afspraken in het ouderschapsplan
guide-ready-guide-log = Uw lijst van gesprekken en referentienummers

guide-destination-title = Waar is uw kind nu?
guide-destination-search = Zoek een land
guide-destination-hint = Typ de naam van het land, in het Nederlands of Engels.
guide-destination-unknown = Ik weet het niet
guide-destination-change = Ander land kiezen
guide-destination-no-match = Geen land gevonden. Probeer een andere spelling, of kies "Ik weet het niet".
guide-destination-chosen = Bestemming: { $country }
guide-destination-none = Bestemming: onbekend
guide-route-to-confirm = Of dit voor dit land zo geldt, is niet zeker. Vraag het na bij de Centrale autoriteit.
guide-durations = Hoe lang het kan duren (een indicatie, geen belofte)

guide-deadlines-title = Termijnen
guide-removal-date = Datum waarop uw kind is meegenomen of niet is teruggebracht
guide-deadlines-show = Toon de termijnen
guide-six-week-target = Streefdatum: zes weken
guide-one-year-mark = Eén jaar (artikel 12 van het verdrag)
guide-deadline-date = { $date }
guide-days-left = { $days ->
    [one] nog 1 dag
   *[other] nog { $days } dagen
}
guide-deadline-passed = verstreken
guide-show-on-home = Toon de aftelling op het beginscherm
guide-show-on-home-hint = Alleen deze datum wordt bewaard, zonder namen. U kunt hem hier weer weghalen.
home-countdown-title = Termijnen sinds { $date }
home-countdown-open = Naar het stappenplan
guide-convention-not-applicable = Dit land doet niet mee aan het Haags Kinderontvoeringsverdrag. De termijn van één jaar uit dat verdrag geldt daar niet.

## Voorkomen

prevention-intro = Wat u nu kunt doen om een ontvoering moeilijker te maken.
prevention-steps-title = Wat u kunt doen
prevention-risk-title = Waarschuwingssignalen

## Opdrachtregel

cli-about = Waarborg: versleutelde bewijskluis, reisformulieren en noodplan bij internationale kinderontvoering.
