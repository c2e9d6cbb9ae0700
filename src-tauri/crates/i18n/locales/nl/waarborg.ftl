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
settings-vault = Kluis
settings-auto-lock = Kluis vergrendelen na
settings-auto-lock-hint = Wordt de kluis zo lang niet gebruikt, dan vergrendelt hij vanzelf.
settings-auto-lock-minutes = { $minutes ->
    [one] 1 minuut niet gebruikt
   *[other] { $minutes } minuten niet gebruikt
}
settings-auto-lock-seconds = { $seconds } seconden niet gebruikt
settings-auto-lock-saved = Opgeslagen.
settings-shortcuts = Sneltoetsen: Ctrl+L vergrendelt de kluis; twee keer Esc verbergt alles in één keer.
settings-vault-folder = Map van de kluis: { $dir }
settings-trip-grace = Reizen in de gaten houden: vragen na de terugkeerdatum
settings-trip-grace-hint = Hoe lang na de terugkeerdatum van een geplande reis Waarborg vraagt of uw kind terug is (vertraging komt voor).
settings-trip-grace-days = { $days ->
    [0] de dag erna
    [one] 1 dag later
   *[other] { $days } dagen later
}
settings-backup-reminder = Herinnering om een back-up te maken
settings-backup-reminder-hint = Het beginscherm meldt het als de laatste back-up van de kluis langer geleden is.
settings-backup-reminder-days = { $days ->
    [0] nooit
   *[other] na { $days } dagen
}
settings-appearance = Weergave
settings-theme = Kleuren
settings-theme-system = Zoals het systeem
settings-theme-light = Licht
settings-theme-dark = Donker
settings-text-size = Tekstgrootte
settings-text-size-hint = Maakt de tekst op elk scherm groter.
settings-text-size-value = { $percent } %
settings-forget-device = Dit apparaat vergeten
settings-forgotten = Dit apparaat onthoudt de sleutel van de kluis niet meer. Ontgrendel voortaan met uw wachtwoordzin.

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
error-passphrase-too-weak = Die wachtwoordzin is te makkelijk te raden: wie een kopie van de kluis heeft, kan veelgebruikte wachtwoorden, namen en data proberen tot hij opengaat. Kies vier of vijf willekeurige woorden die alleen voor u bij elkaar horen, zoals ‘paarse olifant fietst langs de gracht’: minstens 10 tekens. Er is niets veranderd.
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
guide-sources-compiled = Samengesteld uit bronnen geraadpleegd in { $date }
guide-limits-title = Termijnen voor deze bestemming
guide-one-year-if-convention = Alleen als het verdrag geldt voor het land waar uw kind is. Kies in het stappenplan het land om te zien welke termijnen daar gelden.
guide-destination-note = Over deze bestemming
guide-country-table = Over de landentabel
guide-report-destination = Bestemming: { $name } ({ $code })
guide-report-destination-unknown = Bestemming: onbekend
guide-report-route = Route: { $route } ({ $code })
guide-report-limits = Termijnen die voor deze bestemming gelden:
guide-report-facts = Wat Waarborg hierover zegt, met bronnen:
guide-report-unknown-country = Geen land gevonden voor "{ $query }".
guide-report-closest = Bedoelt u: { $names }?
guide-checked-pack = De informatie in dit noodplan is samengesteld uit bronnen (gearchiveerde kopieën) geraadpleegd tussen { $oldest } en { $newest }; ze is niet live nagekeken. Twijfelt u aan een nummer, kijk het dan na op de website van de organisatie.
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
guide-convention-not-applicable = Dit land doet niet mee aan het Haags Kinderontvoeringsverdrag. De termijn van één jaar uit dat verdrag geldt daar niet, dus die wordt hier niet berekend.
upcoming-title = Wat eraan komt
upcoming-empty = Niets in de komende zes maanden.
upcoming-locked = Ontgrendel de kluis om verlopende paspoorten en ID-kaarten, reizen en de laatste back-up hier te zien.
upcoming-when = { $days ->
    [0] vandaag
    [one] morgen
   *[other] over { $days } dagen
}
upcoming-ago = { $days ->
    [one] 1 dag geleden
   *[other] { $days } dagen geleden
}
upcoming-document-expires = { $document } van { $name } verloopt
upcoming-document-expired = { $document } van { $name } is verlopen
upcoming-trip-departs = Vertrek: { $trip }
upcoming-trip-returns = Terugkomst: { $trip }
upcoming-one-year-mark = Eén jaar na de datum van meenemen of niet terugbrengen (art. 12 HKOV)
upcoming-backup-due = Back-up van de kluis maken
upcoming-last-backup = Laatste back-up: { $days ->
    [0] vandaag
    [one] 1 dag geleden
   *[other] { $days } dagen geleden
}
upcoming-no-backup = Er is nog geen back-up van de kluis gemaakt.
upcoming-backup-overdue = Tijd voor een back-up: maak er een onder Instellingen › Back-up.
upcoming-save-ics = Opslaan als agendabestand (.ics)…
upcoming-full-titles = Namen en reizen in de titels zetten
upcoming-full-titles-hint = Een agenda op een telefoon wordt soms door anderen gezien. Zonder dit vinkje heten de afspraken alleen "Document verloopt", "Vertrek", "Termijn loopt af" en zo.
upcoming-saved = Agendabestand opgeslagen: { $path }
upcoming-ics-document = Document verloopt
upcoming-ics-trip-departs = Vertrek
upcoming-ics-trip-returns = Terugkomst
upcoming-ics-deadline = Termijn loopt af
upcoming-ics-backup = Back-up maken

## Voorkomen

prevention-intro = Wat u nu kunt doen om een ontvoering moeilijker te maken.
prevention-steps-title = Wat u kunt doen
prevention-rules-title = Regels voor paspoort, ID-kaart en rechter
prevention-risk-title = Waarschuwingssignalen

## Opdrachtregel

cli-about = Waarborg: versleutelde bewijskluis, reisformulieren en noodplan bij internationale kinderontvoering.
cli-after-help = Zonder opdracht opent Waarborg het venster.
    Wachtwoordzin: uit WAARBORG_PASSPHRASE, anders de eerste regel van stdin als dat geen terminal is, anders wordt erom gevraagd. Nieuwe wachtwoordzin (passwd, rekey): WAARBORG_NEW_PASSPHRASE of de volgende regel van stdin. Kluismap: --vault MAP, anders WAARBORG_VAULT, anders de gegevensmap van het systeem.
    Afsluitcodes: 0 klaar; 1 verify vond problemen; 2 onjuiste argumenten; 3 de kluis weigerde of faalde (de melding zegt waarom, met een vaste code tussen haken).
# clap's own words (src-tauri/crates/cli/src/clap_text.rs)
cli-clap-usage = Gebruik:
cli-clap-commands = Opdrachten
cli-clap-options = Opties
cli-clap-arguments = Argumenten
cli-clap-command-value = OPDRACHT
cli-clap-options-value = [OPTIES]
cli-clap-help-flag = Hulp tonen
cli-clap-version-flag = Versie tonen
cli-clap-default = [standaard: { $value }]
cli-clap-error = fout:
cli-clap-error-unknown-argument = onbekend argument '{ $arg }'
cli-clap-error-unknown-command = onbekende opdracht '{ $command }'
cli-clap-error-missing-argument = deze verplichte argumenten ontbreken: { $arg }
cli-clap-error-missing-command = geef een opdracht
cli-clap-error-invalid-value = ongeldige waarde '{ $value }' voor '{ $arg }'
cli-clap-error-conflict = het argument '{ $arg }' kan niet samen met '{ $other }'
cli-clap-error-number-of-values = verkeerd aantal waarden voor '{ $arg }'
cli-clap-error-other = de argumenten zijn niet te lezen
cli-clap-error-valid-values = mogelijke waarden: { $values }
cli-clap-error-did-you-mean = Bedoelt u { $suggestion }?
cli-clap-error-more = Meer uitleg: probeer '--help'.
cli-passphrase-prompt = Wachtwoordzin:{" "}
cli-passphrase-new = Nieuwe wachtwoordzin:{" "}
cli-passphrase-repeat = Herhaal de wachtwoordzin:{" "}
cli-passphrase-missing = Er is geen wachtwoordzin gegeven. Zet WAARBORG_PASSPHRASE, of geef hem op stdin.
cli-passphrase-empty = Een lege wachtwoordzin kan niet. Kies een zin van een paar woorden.
cli-passphrase-mismatch = De twee wachtwoordzinnen zijn niet gelijk. Er is niets veranderd; probeer het opnieuw.
cli-no-vault-dir = Er is geen kluismap bekend. Geef --vault MAP of zet WAARBORG_VAULT.
cli-bad-value = { $name } { $value } is geen geldige waarde. Zie waarborg --help.
cli-created = Kluis gemaakt in { $dir }.
cli-imported = { $file } bewaard als { $id } (SHA-256 { $sha256 }).
cli-verify-progress-items = Stukken controleren: { $done } van { $total } ({ $percent }%)
cli-verify-progress-log = Bewaarlogboek controleren: { $percent }%
cli-text-index-progress = Inhoud doorzoekbaar maken: { $done } van { $total } stukken
cli-verify-intact = Alles klopt. Gecontroleerd: stukken { $items }, notities { $records }, logregels { $entries }.
cli-verify-problems = { $problems ->
    [one] 1 probleem gevonden
   *[other] { $problems } problemen gevonden
}. Gecontroleerd: stukken { $items }, notities { $records }, logregels { $entries }. De rest is onaangetast.
cli-log-head = Laatste regel van het bewaarlogboek (nummer:hash, wat --anchor aanneemt): { $head }
cli-rollback-behind = Let op: het bewaarlogboek van deze kluis houdt op vóór regel { $remembered }, de nieuwste die deze computer erin zag; het logboek eindigt nu bij { $current }. De kluis is vervangen door een oudere kopie, of er zijn regels aan het eind verwijderd: wat daarna is vastgelegd, ontbreekt hier. Hebt u bewust een oudere back-up teruggezet, voer dan `waarborg verify --accept-log` uit; verander anders niets en laat dit aan uw advocaat zien.
cli-rollback-rewritten = Let op: het bewaarlogboek van deze kluis bevat regel { $remembered } niet, die deze computer erin zag: dat regelnummer heeft nu een andere hash (het logboek eindigt nu bij { $current }). Het logboek is vanaf dat punt of eerder herschreven. Hebt u bewust een oudere back-up teruggezet, voer dan `waarborg verify --accept-log` uit; verander anders niets en laat dit aan uw advocaat zien.
cli-accepted-log = Deze computer onthoudt het bewaarlogboek nu zoals het is: { $head }.
cli-passwd-done = De wachtwoordzin is gewijzigd. De sleutel en de inhoud van de kluis zijn niet veranderd: een oude kopie van het sleutelbestand opent de kluis nog met de oude wachtwoordzin. Gebruik waarborg rekey om dat in te trekken.
cli-rekey-done = Nieuwe sleutel gemaakt: { $files } kluisbestanden zijn nu versleuteld voor { $recipient }, met de nieuwe wachtwoordzin. Het oude sleutelbestand en de oude wachtwoordzin openen deze kluis niet meer; kopieën van de kluis van vóór vandaag openen er nog wel mee.
cli-rekey-damaged-file = { $file } opende met geen van beide sleutels (het was al beschadigd) en is gelaten zoals het was; waarborg verify noemt het.
cli-notice-key-file-repaired = Het sleutelbestand { $file } opende niet en is opnieuw geschreven uit de tweede kopie (vastgelegd in het bewaarlogboek).
cli-notice-key-copy-created = Er is een tweede kopie van het sleutelbestand geschreven: { $file } (vastgelegd in het bewaarlogboek).
cli-notice-rekey-completed = Een onderbroken sleutelwissel is afgemaakt. Vanaf nu opent de kluis alleen met de wachtwoordzin die voor de sleutelwissel is opgegeven.
cli-journal-added = Dagboeknotitie bewaard als { $id }.
cli-help-vault = De kluismap [env: WAARBORG_VAULT; standaard: de gegevensmap van het systeem]
cli-help-init = Een nieuwe kluis maken (op een terminal wordt de wachtwoordzin twee keer gevraagd)
cli-help-init-recovery = Openbare age-sleutels (age1…) waarmee de kluis zonder wachtwoordzin te herstellen is
cli-help-init-work-factor = scrypt-werkfactor (log2 N) voor de wachtwoordzin; de standaard duurt ongeveer 1 s
cli-help-import = Bestanden als bewijs bewaren: inhoud en SHA-256 precies zoals ze zijn
cli-help-import-category = official-documents, identification, travel, digital-communications of other
cli-help-import-title = Titel (standaard: de bestandsnaam)
cli-help-import-description = Beschrijving
cli-help-import-source = Hoe en waar u het bestand kreeg, in uw eigen woorden
cli-help-import-source-kind = own-device, received, official, download, scan of other
cli-help-import-event-date = Datum waar het bewijs over gaat (JJJJ-MM-DD)
cli-help-list = De stukken tonen (gescheiden door tabs, of JSON met --json)
cli-help-list-search = Alleen stukken waarvan de titel, beschrijving, bestandsnaam of inhoud (de tekst in tekstbestanden, chatexports en pdf's) TEKST bevat; de regel waarin het staat wordt getoond
cli-help-guide = Wat het noodplan een ouder vertelt, om na te laten kijken door een advocaat of een script
cli-help-guide-route = De route, de termijnen die gelden en de feiten met hun bronnen voor een bestemming (een Nederlandse of Engelse naam, een ISO-code, of "unknown")
cli-help-verify = Elk stuk, elke notitie en het bewaarlogboek controleren; afsluitcode 1 als er iets mis is
cli-help-verify-anchor = Controleer ook dat het logboek deze regel bevat (NUMMER:HASH, zoals op een Waarborg-pdf gedrukt of uit de QR-code gelezen); code 1 als dat niet zo is
cli-help-verify-accept-log = Na de controle onthoudt deze computer het logboek zoals het nu is (alleen na het bewust terugzetten van een oudere back-up)
cli-help-verify-json = Het resultaat als JSON
cli-help-verify-full = Elk bestand opnieuw ontsleutelen, zonder de cache van gecontroleerde hashes (trager; de gewone controle leest en hasht al elke byte)
cli-help-passwd = De wachtwoordzin wijzigen (de inhoud wordt niet opnieuw versleuteld)
cli-help-recovery-keys = Stel de herstelsleutels in: de openbare age-sleutels (age1…) die de kluis zonder wachtwoordzin kunnen openen; vervangt de lijst (--none verwijdert ze allemaal)
cli-help-recovery-keys-keys = Openbare age-sleutels (age1…), bijvoorbeeld die van de advocaat
cli-help-recovery-keys-none = Verwijder alle herstelsleutels
cli-recovery-keys-done = { $count ->
    [0] De kluis heeft nu geen herstelsleutel: alleen de wachtwoordzin opent hem.
    [one] De kluis heeft nu 1 herstelsleutel. Wie de geheime sleutel ervan heeft, kan de kluis zonder wachtwoordzin openen.
   *[other] De kluis heeft nu { $count } herstelsleutels. Wie een van de geheime sleutels heeft, kan de kluis zonder wachtwoordzin openen.
}
cli-help-rekey = Nieuwe wachtwoordzin en nieuwe sleutel: elk kluisbestand wordt opnieuw versleuteld voor een nieuwe sleutel, zodat een oude kopie van het sleutelbestand de kluis niet meer opent (kopieën van de kluis van eerder blijven leesbaar met de oude sleutel); maakt een onderbroken sleutelwissel af
cli-help-rekey-work-factor = scrypt-werkfactor (log2 N) voor de nieuwe wachtwoordzin
cli-help-journal = Het dagboek met datums
cli-help-journal-add = Een notitie toevoegen: feiten, datums, letterlijke citaten
cli-help-journal-add-what = Wat er gebeurde
cli-help-journal-add-date = Wanneer het gebeurde (JJJJ-MM-DD)
cli-help-journal-add-time = Tijdstip (UU:MM)
cli-help-journal-add-place = Waar het gebeurde
cli-help-journal-add-who = Iemand die erbij was (herhaal voor meer)
cli-help-journal-add-items = Een stuk waar deze notitie over gaat (herhaal voor meer)
cli-help-log = Het bewaarlogboek en de laatste hash tonen
cli-help-transcript = Het transcript van een chatexport in de kluis als pdf: de hele chat, of alleen de gemarkeerde berichten met --context berichten eromheen
cli-help-transcript-id = Het id van de chatexport (zie waarborg list)
cli-help-transcript-out = De pdf die geschreven wordt
cli-help-transcript-marked = Alleen de berichten die in het venster gemarkeerd zijn
cli-help-transcript-context = Met --marked: zoveel berichten voor en na elk gemarkeerd bericht
cli-help-transcript-keep = Bewaar de pdf ook in de kluis, als eigen stuk
cli-help-transcript-date-order = Als elke dag in de chat 12 of lager is: hoe de datums geschreven zijn (day-month-year of month-day-year); onthouden voor deze chat
cli-transcript-written = Transcript geschreven: { $file }
cli-recover-done = De kluis heeft een nieuwe wachtwoordzin: vanaf nu opent hij daarmee. De herstelsleutel opent de kluis ook nog; bewaar hem waar hij was.
cli-kit-done = Noodkaart geschreven: { $file }. Print hem en bewaar hem op een veilige plek.
cli-help-upcoming = Wat eraan komt: verlopende paspoorten en ID-kaarten binnen zes maanden, reizen, de eenjaarstermijn en de laatste back-up; desgewenst als agendabestand (.ics)
cli-help-upcoming-ics = Schrijf de datums ook naar dit agendabestand (.ics); een bestaand bestand wordt vervangen
cli-help-upcoming-full-titles = Namen en reizen in de titels van de agenda zetten (anders neutrale titels)
cli-kit-done-key = Noodkaart geschreven: { $file }. Er staat een nieuwe geheime herstelsleutel op: print hem, bewaar het papier bij uw advocaat of in een kluis, en verwijder het bestand.
cli-help-kit = De noodkaart schrijven: één pagina om te printen met het kluis-id, waar de kluis staat, hoe u hem opent en herstelt, en de herstelsleutels (openbaar)
cli-help-kit-out = Het nieuwe pdf-bestand; het mag nog niet bestaan
cli-help-kit-new-recovery-key = Maak ook een nieuwe herstelsleutel voor de noodkaart: het geheim staat alleen op de pagina (tekst en QR-code), de openbare sleutel wordt aan de kluis toegevoegd
cli-help-recover = Wachtwoordzin vergeten: open de kluis met een herstelsleutel (een age-sleutelbestand, bijvoorbeeld van uw advocaat, of de sleutel van de noodkaart) en kies een nieuwe wachtwoordzin
cli-help-recover-identity = De herstelsleutel: een bestand met AGE-SECRET-KEY-1… (het bestand van age-keygen kan ook)
cli-help-recover-identity-image = De herstelsleutel uit een foto of scan van de noodkaart (JPEG of PNG): de QR-code wordt gelezen
cli-help-recover-work-factor = scrypt-werkfactor (log2 N) voor de nieuwe wachtwoordzin
cli-exported = { $count ->
    [one] 1 bestand geëxporteerd naar { $dir }. Controleer het met: waarborg verify-package { $dir }
   *[other] { $count } bestanden geëxporteerd naar { $dir }. Controleer ze met: waarborg verify-package { $dir }
}
cli-export-no-transcript = { $file } staat zonder transcript in het pakket: { $reason }
cli-help-export = Bestanden exporteren naar een nieuwe map of één versleuteld bestand: genummerde originelen, MANIFEST.sha256 (controle met sha256sum -c), het bewijsoverzicht (PDF), index.json/csv, het bewaarlogboek, een LEESMIJ
cli-help-export-out = De nieuwe map, of met --recipient / --encrypt-passphrase het nieuwe bestand (bijv. pakket.tar.age); mag nog niet bestaan
cli-help-export-all = Alle bestanden die niet in de prullenbak staan, op datum van de gebeurtenis
cli-help-export-ids = Deze bestanden, in deze volgorde
cli-help-export-recipients = Versleutelen voor deze openbare age-sleutel (herhaal voor meer ontvangers)
cli-help-export-encrypt-passphrase = Versleutelen met een wachtwoordzin [WAARBORG_EXPORT_PASSPHRASE, anders stdin, anders twee keer gevraagd]
cli-help-export-summary = Een paar woorden over de zaak, voor het voorblad van het bewijsoverzicht
cli-help-export-include = Gegevens die meegaan: journal (dagboek), people (personen), travel (reizen), timeline (tijdlijn), gescheiden door komma's
cli-help-verify-package = Een pakket (map of versleuteld bestand) controleren zonder kluis; afsluitcode 0 alleen als elk bestand klopt met MANIFEST.sha256, 1 als er een niet klopt (met naam)
cli-help-verify-package-path = De map of het .tar.age-bestand
cli-help-verify-package-identity = Een age-sleutelbestand, voor een pakket dat voor age-sleutels is versleuteld (een pakket met wachtwoordzin vraagt erom: WAARBORG_PACKAGE_PASSPHRASE, anders stdin, anders een vraag)
cli-help-verify-package-json = Het resultaat als JSON
cli-help-backup = Een versleutelde reservekopie van de hele kluis naar een nieuw bestand schrijven (versleuteld met de wachtwoordzin van de kluis) en controleren door hem terug te lezen
cli-help-backup-out = Het nieuwe bestand, bijv. /media/usb/waarborg-reservekopie.tar.age; mag nog niet bestaan
cli-help-restore = Een reservekopie terugzetten in een nieuwe map (gebruik die daarna met --vault MAP); de wachtwoordzin is die van de kluis
cli-help-restore-from = Het bestand met de reservekopie
cli-help-restore-to = De nieuwe kluismap; mag nog niet bestaan
cli-backup-done = Reservekopie geschreven en gecontroleerd: { $count } bestanden in { $file }. Bewaar hem op een andere plek dan de computer.
cli-restore-done = Kluis teruggezet in { $dir } en gecontroleerd ({ $items } stukken). Gebruik hem met --vault { $dir }.
cli-restore-problems = De teruggezette kluis heeft problemen: zie 'waarborg verify' voor de details.
cli-package-missing = ONTBREEKT
cli-package-changed = VERANDERD (de SHA-256 klopt niet)
cli-package-unlisted = NIET IN HET MANIFEST (later toegevoegd)
cli-package-signed = Ondertekend door kluis { $vault } met sleutel { $fingerprint }. Vergelijk deze vingerafdruk met die op de voorkant van evidence-index.pdf en met die de ouder laat zien in Waarborg (Instellingen), bij voorkeur in persoon.
cli-package-other-key = WAARSCHUWING: ondertekend met sleutel { $fingerprint } voor kluis { $vault }, maar pakketten uit die kluis die deze computer eerder zag, waren ondertekend met { $seen }. Een kluis houdt zijn sleutel: dit pakket is niet door die kluis gemaakt.
cli-package-unsigned = NIET ONDERTEKEND: niets laat zien welke kluis dit pakket maakte (het is gemaakt voordat pakketten werden ondertekend, of door iemand anders).
cli-package-signature-mismatch = HANDTEKENING KLOPT NIET ({ $reason }): MANIFEST.sha256 is na het ondertekenen veranderd, of het pakket is niet gemaakt door de kluis die het noemt.
cli-package-not-signed-by-vault = De bestanden kloppen met het manifest, maar het is niet aangetoond dat het pakket is ondertekend door de kluis die het maakte (zie boven).
cli-package-intact = { $count ->
    [one] Het bestand klopt met MANIFEST.sha256.
   *[other] Alle { $count } bestanden kloppen met MANIFEST.sha256.
}
cli-package-failed = { $count ->
    [one] 1 bestand klopt niet: { $files }
   *[other] { $count } bestanden kloppen niet: { $files }
}
cli-form-consent-bilingual = Het toestemmingsformulier is altijd in het Nederlands en Engels (grenscontroles in het buitenland lezen het Engels). Laat --lang weg, of geef --lang both.
cli-form-unreadable = { $file } kan niet worden gelezen: { $error }
cli-form-bad-json = { $file } is geen geldige formulier-JSON (regel { $line }, kolom { $column }): { $error }. Zie docs/FORMS.md.
cli-form-written = Opgeslagen: { $file }
cli-form-problems = { $count ->
    [one] Het formulier heeft 1 probleem; er is niets geschreven:
   *[other] Het formulier heeft { $count } problemen; er is niets geschreven:
}
cli-help-form = Een formulier als PDF maken uit een JSON-bestand (zie docs/FORMS.md)
cli-help-form-consent = Het toestemmingsformulier voor een reis (altijd Nederlands en Engels: grenscontroles in het buitenland lezen het)
cli-help-form-consent-lang = Alleen "both": het toestemmingsformulier is altijd tweetalig
cli-help-form-consent-today = De datum waarmee het formulier wordt gecontroleerd (JJJJ-MM-DD; standaard: vandaag)
cli-help-form-clauses = De afspraken voor het ouderschapsplan
cli-help-form-clauses-lang = nl, en of both

## Documenten (scherm)

documents-intro = Papieren om te printen en te ondertekenen. Wat u invult blijft staan tot u Waarborg sluit; het wordt nergens bewaard.
consent-title = Toestemmingsformulier voor een reis
consent-lead = Eén formulier per kind. Het formulier is tweetalig (Nederlands en Engels), zodat grenscontroles in het buitenland het kunnen lezen.
consent-custody-label = Wie heeft het gezag over het kind?
consent-custody-joint = Beide ouders samen
consent-custody-sole = Eén ouder alleen
consent-custody-institution = Een instelling (voogdij)
consent-custody-court-replaced-consent = De rechter heeft vervangende toestemming gegeven
consent-add-holder = Nog een gezagsdrager toevoegen
consent-remove = Verwijderen
consent-add-destination = Nog een land toevoegen
consent-add-stay = Nog een adres toevoegen
consent-travels-alone = Het kind reist alleen, zonder begeleider
consent-list-hint = Meerdere? Scheid ze met komma's.
consent-legalisation = Een vak toevoegen voor legalisatie van de handtekening (gemeente of notaris)
consent-confirm-past = De vertrekdatum ligt in het verleden, en dat klopt
consent-make = Controleren en PDF maken
consent-problems = { $count ->
    [one] Nog 1 punt om aan te passen:
   *[other] Nog { $count } punten om aan te passen:
}
consent-saved = Het formulier is opgeslagen als { $file }.
consent-saved-where = Map: { $dir }
consent-open = Openen om te printen
consent-optional = optioneel
documents-tabs-label = Welk document?
plan-title = Afspraken voor het ouderschapsplan
plan-lead = Kies de afspraken die u wilt maken over reizen naar het buitenland, vul ze aan en maak er een PDF van om samen te tekenen. Dit is geen juridisch advies: laat de tekst zo nodig nakijken door een advocaat of mediator.
plan-include = Opnemen
plan-why = Waarom
plan-add-child = Nog een kind toevoegen
plan-language = Taal van het document
plan-language-nl = Nederlands
plan-language-en = Engels
plan-language-both = Nederlands en Engels
plan-preview = Voorbeeld bekijken
plan-preview-title = Zo komt het in het document
plan-make = Controleren en PDF maken
plan-saved = De afspraken zijn opgeslagen als { $file }.
plan-party-a-option = Ouder A ({ $name })
plan-party-b-option = Ouder B ({ $name })

## Kluis: foutmeldingen (codes van waarborg-vault)

error-vault-locked = De kluis is vergrendeld. Ontgrendel hem om verder te gaan; er is niets veranderd.
error-dialog-failed = Het venster om bestanden te kiezen kon niet openen. Probeer het opnieuw, of sleep de bestanden naar het venster.
error-vault-already-a-vault = Die map is niet leeg. Kies een lege of nieuwe map voor een nieuwe kluis; er is niets veranderd.
error-vault-cancelled = Het importeren is gestopt. Wat al was geïmporteerd blijft; het bestand dat bezig was is niet toegevoegd.
error-vault-damaged-item = Een bewaard stuk is beschadigd. De andere stukken zijn onaangetast; controleer de kluis voor details.
error-vault-damaged-record = Een notitie is beschadigd. De rest van de kluis is onaangetast; controleer de kluis voor details.
error-vault-damaged-vault = Een sleutelbestand van de kluis is beschadigd. Er is niets overschreven. Gebruik een herstelsleutel of een reservekopie.
error-vault-duplicate = Dit bestand staat al in de kluis (dezelfde inhoud). Het is niet nog eens toegevoegd.
error-vault-disk-full = De schijf is vol. Er is niets half opgeslagen; maak ruimte vrij en probeer het opnieuw.
error-vault-invalid-input = Een gegeven is niet geldig. Er is niets veranderd; controleer wat u invulde.
error-vault-bad-anchor = Dat is geen ankerpunt van het bewaarlogboek. Vul het in zoals het op een Waarborg-pdf staat of uit de QR-code komt: het regelnummer, een dubbele punt en de hash van 64 tekens, bijvoorbeeld 41:3f1c…
error-vault-invalid-recovery-key = Dat is geen geldige age-sleutel. Een openbare sleutel begint met age1, een geheime met AGE-SECRET-KEY-1.
error-vault-io = De kluis kon niet worden gelezen of geschreven. Er is niets verloren; controleer of de map (of USB-stick) bereikbaar is.
error-vault-keychain-unavailable = De sleutelbos van dit apparaat is niet bereikbaar. Ontgrendel met uw wachtwoordzin.
error-vault-newer-format-version = Deze kluis is gemaakt met een nieuwere versie van Waarborg. Werk Waarborg bij; er is niets veranderd.
error-vault-no-recovery-key = Deze kluis heeft geen herstelsleutel. Ontgrendel met de wachtwoordzin.
error-vault-not-a-vault = Die map is geen Waarborg-kluis. Kies de map waarin u de kluis maakte.
error-vault-not-found = Dat stuk of die notitie bestaat niet (meer) in deze kluis.
error-vault-not-in-trash = Dat staat niet in de prullenbak (het is al teruggezet of definitief verwijderd).
error-vault-not-remembered = Deze kluis wordt op dit apparaat niet onthouden. Ontgrendel met uw wachtwoordzin.
error-vault-permission-denied = Waarborg mag hier niet lezen of schrijven. Controleer de rechten van de map of kies een andere.
error-vault-source-not-a-file = Dat is geen gewoon bestand (maar bijvoorbeeld een map). Kies een bestand.
error-vault-source-not-found = Dat bestand bestaat niet (meer). Controleer de naam en de map.
error-vault-source-special-file = Dat is een pipe, socket of apparaat, geen bestand met vaste inhoud. Het is niet geïmporteerd; sla de inhoud op als gewoon bestand en importeer dat.
error-vault-source-unreadable = Dat bestand kan niet gelezen worden (bijvoorbeeld een snelkoppeling die naar zichzelf wijst). Het is niet geïmporteerd; de kluis is in orde. Kies het bestand zelf.
error-vault-lock-file-not-a-file = Het bestand vault.lock in de kluismap is een snelkoppeling, map of pipe, geen gewoon bestand. Waarborg heeft het niet aangeraakt, en ook niet waar het naar wijst. Verwijder alleen vault.lock en open de kluis opnieuw.
error-vault-vault-locked-by-other-process = De kluis is al geopend door een ander Waarborg-venster of -opdracht. Sluit dat eerst.
error-vault-rekey-recovery-keys-unknown = Deze kluis heeft een herstelsleutelbestand, maar weet niet voor welke herstelsleutels het gemaakt is (het is gemaakt door een oudere Waarborg). Stel ze opnieuw in met `waarborg recovery-keys age1…` (elke openbare herstelsleutel die de kluis moet houden) en maak daarna de nieuwe sleutel. Er is niets veranderd.
error-vault-work-factor-too-high = Deze instelling voor de wachtwoordzin is te zwaar voor dit apparaat. Er is niets veranderd.
error-vault-wrong-passphrase = Die wachtwoordzin klopt niet. Er is niets veranderd of vergrendeld; probeer het gerust opnieuw.

## Packages: error messages (codes of waarborg-package: export, backup, the package viewer)
error-package-cancelled = Het maken van het pakket is gestopt. Er is niets van bewaard.
error-package-damaged = Dit pakket is beschadigd en kan niet helemaal worden gelezen. Vraag de afzender om een nieuw exemplaar.
error-package-damaged-item = Een stuk uit de kluis kwam tijdens het schrijven niet overeen met zijn vingerafdruk (SHA-256). Er is niets bewaard; controleer de kluis.
error-package-disk-full = De schijf of USB-stick is vol. Er is niets half bewaard; maak ruimte vrij of kies een andere plek.
error-package-exists = Daar staat al een bestand of map met die naam. Kies een nieuwe naam; er is niets overschreven.
error-package-invalid-identity = Dit sleutelbestand kan niet worden gelezen. Kies het bestand met de regel AGE-SECRET-KEY-1… die bij dit pakket hoort.
error-package-invalid-recipient = Dit is geen geldige openbare age-sleutel. Een sleutel begint met age1; kopieer hem opnieuw van de ontvanger.
error-package-io = Het pakket kon niet worden gelezen of geschreven. Controleer of de map of USB-stick bereikbaar is; er is niets half bewaard.
error-package-needs-identity = Dit pakket is versleuteld voor age-sleutels. Kies het sleutelbestand (AGE-SECRET-KEY-1…) om het te openen.
error-package-needs-passphrase = Dit pakket is versleuteld met een wachtwoordzin. Vul de wachtwoordzin in om het te openen.
error-package-no-matching-key = Deze sleutel opent dit pakket niet. Kies het sleutelbestand dat bij een van de ontvangers van dit pakket hoort.
error-package-no-recipients = Geef minstens één openbare age-sleutel (age1…) van een ontvanger, of versleutel met een wachtwoordzin.
error-package-not-a-package = Dit is geen Waarborg-pakket: er is geen MANIFEST.sha256, of het bestand is geen age-bestand. Kies de map of het .tar.age-bestand dat u kreeg.
error-package-not-found = Dat pakket of bestand bestaat niet (meer). Controleer de naam en de map.
error-package-permission-denied = Waarborg mag daar niet lezen of schrijven. Kies een andere map of controleer de rechten.
error-package-write-check-failed = Na het schrijven las het pakket anders terug dan wat geschreven was: de schijf of USB-stick is mogelijk defect. Er is niets bewaard; probeer een andere plek.
error-package-wrong-passphrase = Die wachtwoordzin opent dit bestand niet. Er is niets veranderd; probeer het gerust opnieuw.
error-package-unsafe-name = Dit pakket bevat een bestandsnaam die niet op elke computer veilig is (een stationsletter of dubbele punt, een backslash, een stuurteken, een apparaatnaam zoals CON of NUL, of een punt of spatie aan het eind). Het is niet geopend en er is niets van weggeschreven; vraag de afzender om een pakket dat met Waarborg is gemaakt.
error-package-work-factor-too-high = De beveiliging met wachtwoordzin van dit pakket vraagt veel meer rekenwerk dan Waarborg toestaat; daardoor zou deze computer kunnen vastlopen. Het is geweigerd voordat er iets werd berekend; vraag de afzender om een nieuw pakket.
error-vault-signing-key-damaged = De ondertekeningssleutel van de kluis (keys/signing.age) kan niet worden gelezen, dus het pakket kon niet worden ondertekend. Er is niets geëxporteerd. Zet keys/ terug uit een back-up van deze kluis.
error-vault-viewer-active-type = Dit bestand is van een soort die programma's kan starten of iets van internet kan ophalen als het wordt geopend (bijvoorbeeld een webpagina, een SVG-afbeelding, een script, een programma, een snelkoppeling, of een Office-document dat macro's kan bevatten). Waarborg opent het niet in een ander programma. Wilt u het bestand zelf, sla dan een kopie op (de knop "Kopie opslaan…") en laat iemand die u vertrouwt ernaar kijken op een andere computer.

## Vault screens (create, unlock, import, browse, item). Keys start with vault-.
vault-loading = De kluis wordt geopend…
vault-sections = Onderdelen van de kluis
vault-tab-items = Bewijs
vault-tab-journal = Logboek
vault-tab-people = Personen
vault-tab-travel = Reizen
vault-tab-health = Controle
vault-lock = Vergrendelen
vault-lock-shortcut = De kluis vergrendelen (Ctrl+L)
vault-quick-exit = Nu verbergen
vault-quick-exit-hint = Vergrendelt de kluis, wist wat u aan het invullen was en toont een leeg notitieblad (of druk twee keer op Esc). Met "Verder" komt u terug bij het slot.
# The quick exit's neutral cover (says nothing of the case) and the date fields.
cover-title = Notities
cover-note-label = Notitie
cover-note-placeholder = Typ hier…
cover-continue = Verder
vault-quick-exit-hint-hide = Vergrendelt de kluis, wist wat u aan het invullen was en verbergt het venster (of druk twee keer op Esc). Start Waarborg opnieuw om terug te komen bij het slot.
# Settings: what the quick exit ("Nu verbergen", Esc twice) does with the window.
settings-quick-exit = Nu verbergen
settings-quick-exit-hint = Wat "Nu verbergen" (of twee keer Esc) met het venster doet. Altijd wordt de kluis vergrendeld en gewist wat u aan het invullen was.
settings-quick-exit-cover = Een leeg notitieblad tonen
settings-quick-exit-cover-hint = Het venster blijft open en toont alleen een leeg notitieblad; met "Verder" komt u bij het slot. Werkt op elke computer.
settings-quick-exit-hide = Het venster verbergen
settings-quick-exit-hide-hint = Het venster verdwijnt van het scherm en uit de taakbalk. Start Waarborg opnieuw (uit het menu) om terug te komen: u ziet dan het slot.
date-placeholder = dd-mm-jjjj
date-format-hint = dag-maand-jaar, bijvoorbeeld 25-11-2026
date-unreadable = Deze datum is niet te lezen. Typ dag-maand-jaar, bijvoorbeeld 25-11-2026. Wat u typte staat er nog.
date-impossible = Deze datum bestaat niet; kijk de dag en de maand na (dag-maand-jaar, bijvoorbeeld 25-11-2026). Wat u typte staat er nog.
vault-locked-idle = De kluis is vanzelf vergrendeld omdat hij een tijd niet is gebruikt. Er is niets verloren.
vault-locked-system = De kluis is vanzelf vergrendeld omdat de computer werd vergrendeld of in slaap ging. Er is niets verloren.
vault-choose-folder = Map kiezen…
vault-passphrase = Wachtwoordzin
vault-passphrase-repeat = Wachtwoordzin nogmaals
vault-create-title = Uw kluis maken
vault-create-intro = Uw bewijs wordt versleuteld bewaard in één map op deze computer of op een USB-stick. Alleen wie de wachtwoordzin (of een herstelsleutel) heeft, kan het lezen.
vault-create-dir = Map voor de kluis
vault-create-dir-hint = Voorstel: { $dir }. Een nieuwe of lege map; een USB-stick kan ook.
vault-create-dir-missing = Kies een map voor de kluis.
vault-create-passphrase-hint = Minstens { $min } tekens. Een paar woorden die niets met elkaar te maken hebben zijn sterk en goed te onthouden.
vault-create-too-short = Deze wachtwoordzin is te kort.
vault-create-mismatch = De twee wachtwoordzinnen zijn niet gelijk.
vault-create-bad-recovery = Dit is geen openbare age-sleutel: { $keys }. Een openbare sleutel begint met age1.
vault-create-understand-first = Vink het vakje aan om te bevestigen dat u dit hebt gelezen.
vault-strength-too-short = Te kort
vault-strength-weak = Zwak: makkelijk te raden
vault-strength-fair = Redelijk
vault-strength-strong = Sterk
vault-create-warning-title = Zonder de wachtwoordzin is niets terug te halen
vault-create-warning = Waarborg heeft geen account en geen herstelknop. Vergeet u de wachtwoordzin en hebt u geen herstelsleutel, dan kan niemand de kluis openen, ook wij niet. Schrijf de wachtwoordzin op en bewaar hem op een veilige plek, niet bij deze computer.
vault-create-understood = Ik begrijp dit en heb mijn wachtwoordzin opgeschreven
vault-recovery-keys = Herstelsleutel
vault-recovery-keys-hint = Een openbare age-sleutel (age1…), bijvoorbeeld van uw advocaat. Wie de bijbehorende geheime sleutel heeft, kan de kluis openen zonder uw wachtwoordzin. Eén per regel.
vault-remember = Onthouden op dit apparaat
vault-remember-hint = De sleutel wordt bewaard in de sleutelhanger van deze computer, zodat u de kluis kunt openen zonder de wachtwoordzin te typen. Doe dit alleen op een computer die niemand anders gebruikt.
vault-create-submit = Kluis maken
vault-create-busy = De kluis wordt gemaakt…
error-vault-wrong-recovery-key = Deze herstelsleutel opent deze kluis niet. Er is niets veranderd: kijk of u de sleutel koos die voor deze kluis is gemaakt (de noodkaart noemt de openbare sleutel).
error-vault-unknown-recovery-key = Deze kluis bewaart die herstelsleutel niet. Er is niets veranderd.
error-vault-key-image-unreadable = Dit bestand is niet te lezen als afbeelding. Kies een foto of scan als JPEG of PNG (een HEIC-foto van een telefoon: deel of bewaar die eerst als JPEG). Er is niets veranderd.
error-vault-key-image-no-qr-code = Er is geen QR-code gevonden in deze afbeelding. Maak de foto opnieuw bij goed licht, recht boven het papier, met de hele QR-code scherp en groot in beeld, of scan de pagina. Er is niets veranderd.
error-vault-key-image-not-a-key = De QR-code in deze afbeelding is geen herstelsleutel. Gebruik de QR-code bij "Geheime herstelsleutel" op de noodkaart. Er is niets veranderd.
kit-title = Noodkaart voor uw Waarborg-kluis
kit-running-header = Waarborg-noodkaart · kluis { $id }
kit-intro = Gemaakt op { $date }. Print deze pagina en bewaar hem op een veilige plek, niet bij de computer of de USB-stick. Hier staat hoe u (of iemand die u vertrouwt) de kluis opent, ook als de wachtwoordzin vergeten is.
kit-vault = Uw kluis
kit-vault-id = Kluis-id
kit-vault-dir = Waar de kluis staat (map)
kit-unlock = De kluis openen
kit-unlock-how = Start Waarborg, ga naar Kluis en typ uw wachtwoordzin. Op een andere computer: installeer Waarborg, kies "Bestaande kluis openen" en kies de map van de kluis (bijvoorbeeld op de USB-stick of uit een back-up).
kit-passphrase-box = Uw wachtwoordzin (schrijf hem hier alleen op als deze pagina op een veilige plek blijft)
kit-recover = Wachtwoordzin vergeten?
kit-recover-app = 1. In Waarborg: kies op het ontgrendelscherm "Wachtwoordzin vergeten", geef de herstelsleutel (het sleutelbestand, de sleutel getypt of geplakt van deze pagina, of een foto of scan van deze pagina) en kies een nieuwe wachtwoordzin.
kit-recover-cli = 2. Op de opdrachtregel: waarborg recover --identity sleutel.txt (in sleutel.txt staat de geheime herstelsleutel), of --identity-image foto.jpg (een foto of scan van deze pagina).
kit-recover-age = 3. Zonder Waarborg, met het programma age: age -d -i sleutel.txt -o identity.txt keys/recovery.age in de map van de kluis geeft de sleutel van de kluis (zie docs/VAULT_FORMAT.md). Verwijder identity.txt daarna.
kit-public-keys = Herstelsleutels van deze kluis (openbaar, niet geheim)
kit-public-keys-hint = Wie de geheime sleutel van een van deze heeft, kan de kluis openen zonder wachtwoordzin:
vault-create-too-weak = Deze wachtwoordzin is te makkelijk te raden. Kies vier of vijf willekeurige woorden, zoals ‘paarse olifant fietst langs de gracht’.
kit-no-recovery-keys = Deze kluis heeft geen herstelsleutel: alleen de wachtwoordzin opent hem. Voeg er een toe bij Instellingen → Herstelsleutels.
kit-this-key = de sleutel op deze pagina
kit-secret = Geheime herstelsleutel
kit-secret-warning = Wie deze pagina heeft, kan uw kluis openen en al uw bewijs lezen, zonder wachtwoordzin.
kit-secret-where = Bewaar hem bij uw advocaat, of in een kluis of bankkluis. Nooit bij de computer, de USB-stick of een back-up van de kluis.
kit-secret-never = Bewaar er geen foto of scan van en mail hem niet (een foto gemaakt om mee te herstellen: verwijder die daarna). Kwijt of door een ander gezien? Verwijder deze sleutel in Waarborg (Instellingen → Herstelsleutels) en maak een nieuwe noodkaart.
kit-secret-text = Dezelfde sleutel als tekst (typ hem precies over, of scan de QR-code):
kit-no-secret = Op deze pagina staat geen geheime sleutel: hij opent de kluis niet op zichzelf. De geheime herstelsleutels zijn bij de mensen die ze hebben gemaakt.
kit-footer = Waarborg-noodkaart. Niets op deze pagina wordt ergens heen gestuurd; Waarborg heeft geen account en geen reset.
vault-forgot = Wachtwoordzin vergeten
recover-title = Wachtwoordzin vergeten?
recover-intro = Met een herstelsleutel opent u de kluis zonder wachtwoordzin en kiest u een nieuwe. De herstelsleutel is de geheime sleutel (AGE-SECRET-KEY-1…) op uw noodkaart, of een sleutelbestand, bijvoorbeeld dat van uw advocaat. Uw bewijs verandert niet.
recover-key = De herstelsleutel
recover-key-paste = Typ of plak de herstelsleutel (AGE-SECRET-KEY-1…)
recover-or = of
recover-key-file = Kies het sleutelbestand…
recover-key-file-chosen = Sleutelbestand: { $file }
recover-key-image = Kies een foto of scan van de noodkaart…
recover-image-dialog-title = Kies een foto of scan van de noodkaart
recover-key-dialog-title = Kies het sleutelbestand met de herstelsleutel
recover-key-image-chosen = Foto of scan: { $file }
recover-key-image-hint = De QR-code op de noodkaart wordt uit de afbeelding gelezen (JPEG of PNG). Een foto die u hiervoor maakt, opent de kluis: verwijder hem daarna.
recover-key-missing = Geef de herstelsleutel: typ of plak hem, kies het sleutelbestand, of kies een foto of scan van de noodkaart.
recover-new = Nieuwe wachtwoordzin
recover-repeat = De nieuwe wachtwoordzin nog eens
recover-submit = Nieuwe wachtwoordzin instellen en de kluis openen
recover-busy = Bezig met openen…
recover-back = Terug naar de wachtwoordzin
passphrase-change-title = Wachtwoordzin wijzigen
passphrase-change-intro = De kluis houdt zijn sleutel en uw bewijs blijft zoals het is; alleen de wachtwoordzin waarmee hij opengaat verandert. (Een kopie van het oude sleutelbestand opent nog met de oude wachtwoordzin: gebruik daarvoor "Nieuwe wachtwoordzin en nieuwe sleutel" hieronder.)
passphrase-change-submit = Wachtwoordzin wijzigen
passphrase-change-done = De wachtwoordzin is gewijzigd. Vanaf nu opent de kluis met de nieuwe.
recovery-keys-title = Herstelsleutels
recovery-keys-intro = Een herstelsleutel opent de kluis zonder wachtwoordzin, voor als u die vergeten bent. Hier staat alleen het openbare deel (age1…); wie het geheime deel heeft, kan de kluis openen. Elke wijziging komt in het bewaarlogboek.
recovery-keys-none = Deze kluis heeft geen herstelsleutel: als de wachtwoordzin vergeten is, kan niemand hem openen. Voeg de openbare sleutel van uw advocaat toe, of maak hieronder een noodkaart met een nieuwe herstelsleutel.
recovery-keys-unknown = Deze kluis is gemaakt door een oudere Waarborg: hij heeft een herstelsleutel, maar niet de lijst welke. Voeg de openbare sleutels toe die hij moet houden; die vervangen de onbekende.
recovery-key-remove = Verwijderen
recovery-key-add-label = Herstelsleutel toevoegen (openbare sleutel, age1…)
recovery-key-add = Toevoegen
recovery-key-added = De herstelsleutel is toegevoegd.
recovery-key-removed = De herstelsleutel is verwijderd: hij opent de kluis niet meer.
kit-ui-title = Noodkaart
kit-ui-intro = Eén pagina om te printen, zoals bij een wachtwoordmanager: het kluis-id, waar de kluis staat, hoe u hem opent en hoe u er weer in komt als de wachtwoordzin vergeten is. Bewaar hem niet bij de computer.
kit-ui-new-key = Zet een nieuwe herstelsleutel op de noodkaart
kit-ui-new-key-hint = De geheime sleutel staat op de pagina (als tekst en als QR-code) en wordt nergens anders bewaard: wie de pagina heeft, kan de kluis openen. Bewaar hem bij uw advocaat of in een kluis, en verwijder de pdf na het printen.
kit-ui-save = Noodkaart opslaan…
kit-save-dialog-title = Noodkaart opslaan
kit-ui-saved = Noodkaart opgeslagen: { $file }. Print hem en bewaar hem op een veilige plek.
kit-ui-saved-key = Noodkaart opgeslagen: { $file }. Er staat een nieuwe geheime herstelsleutel op: print hem, bewaar het papier bij uw advocaat of in een kluis, en verwijder het bestand.
kit-offer-title = Uw kluis is klaar. Nu een noodkaart printen?
kit-offer-later = Later (Instellingen → Noodkaart)
kit-offer-close = Klaar
vault-existing-title = Hebt u al een kluis?
vault-existing-intro = Open de map waarin u hem hebt gemaakt, bijvoorbeeld op een USB-stick.
vault-existing-dir = Map van de kluis
vault-existing-open = Deze kluis openen
vault-unlock-title = De kluis ontgrendelen
vault-unlock-where = Kluis: { $dir }
vault-unlock-submit = Ontgrendelen
vault-unlock-busy = Bezig met ontgrendelen…
vault-unlock-device = Ontgrendelen met dit apparaat
vault-import-files = Bestanden toevoegen…
vault-import-folder = Een map toevoegen…
vault-import-drop-hint = Of sleep bestanden naar dit venster.
vault-import-file-of = Bestand { $index } van { $files }: { $name }
vault-import-this-file = Dit bestand
vault-import-total = Alle bestanden: { $done } van { $total }
vault-import-cancel = Stoppen
vault-import-done = { $count ->
    [one] 1 bestand toegevoegd.
   *[other] { $count } bestanden toegevoegd.
}
vault-import-was-cancelled = U hebt het importeren gestopt; het bestand dat bezig was is niet toegevoegd.
vault-describe-title = Wat zijn deze bestanden?
vault-describe-intro = Een korte beschrijving helpt een advocaat of rechter. Wat we konden, is al ingevuld; verbeter het waar nodig. Dit kan ook later.
vault-describe-save = Beschrijvingen opslaan
vault-describe-later = Later
vault-items-title = Bewijs
vault-trash-title = Prullenbak
vault-search = Zoeken
vault-filter-all = Alle
vault-filter-from = Vanaf
vault-filter-to = Tot en met
vault-filter-clear = Filters wissen
vault-sort = Sorteren op
vault-sort-imported-newest = Laatst toegevoegd
vault-sort-event-date = Datum van de gebeurtenis
vault-sort-title = Titel
vault-sort-size = Grootte
vault-layout = Weergave
vault-layout-list = Lijst
vault-layout-grid = Raster
vault-items-count = { $shown } van { $total }
vault-text-index-progress = Inhoud doorzoekbaar maken: { $done } van { $total } stukken. Zoeken vindt woorden in de andere stukken zodra dit klaar is.
vault-items-empty = De kluis is nog leeg. Voeg bestanden toe met de knoppen hierboven of sleep ze naar dit venster.
vault-items-none-match = Niets past bij deze filters.
vault-trash-empty = De prullenbak is leeg.
vault-trash-show = Prullenbak ({ $count })
vault-trash-leave = Terug naar het bewijs
vault-back-to-items = Al het bewijs
vault-field-title = Titel
vault-field-category = Soort
vault-field-event-date = Datum van de gebeurtenis
vault-field-description = Beschrijving
vault-field-tags = Labels
vault-field-people = Personen
vault-field-source = Bron
vault-field-provenance = Hoe en waar u het kreeg
vault-commas-hint = Meerdere scheidt u met komma's.
vault-category-official-documents = Officiële documenten
vault-category-identification = Identificatie
vault-category-travel = Reizen
vault-category-digital-communications = Berichten en e-mail
vault-category-other = Overig
vault-source-own-device = Gemaakt met mijn eigen apparaat
vault-source-received = Aan mij gestuurd
vault-source-official = Van een instantie, rechtbank of advocaat
vault-source-download = Gedownload of geëxporteerd
vault-source-scan = Gescand papier
vault-source-other = Anders
vault-fact-original-name = Oorspronkelijke bestandsnaam
vault-fact-size = Grootte
vault-fact-media-type = Soort bestand
vault-fact-modified = Laatst gewijzigd (origineel)
vault-fact-imported = Toegevoegd aan de kluis
vault-fact-exif = Cameragegevens
vault-fact-taken = Gemaakt op
vault-date-source-exif = volgens de cameragegevens (EXIF)
vault-date-source-file-name = volgens de naam die de telefoon het bestand gaf
vault-date-source-modified-time = alleen volgens de laatste wijziging van het bestand, die kopiëren kan veranderen
vault-copy = Kopiëren
vault-copied = Gekopieerd
vault-edit = Bewerken
vault-save = Opslaan
vault-cancel = Annuleren
vault-history = Eerdere beschrijvingen ({ $count })
vault-item-log = Bewaarlogboek van dit bestand
vault-item-in-trash = In de prullenbak sinds { $date }. Zet het terug om het weer te gebruiken.
vault-trash = Naar de prullenbak
vault-restore = Terugzetten
vault-purge = Definitief verwijderen
vault-purge-warning = Dit haalt het bestand definitief uit de kluis. Het bewaarlogboek houdt vast dat het er was.
vault-purge-confirm = Ja, definitief verwijderen
vault-preview-none = Dit soort bestand kan hier niet worden getoond. U kunt het openen in een ander programma.
vault-preview-text-cut = Alleen het begin wordt getoond.
vault-preview-pdf-failed = De PDF kan hier niet worden getoond. U kunt hem openen in een ander programma.
vault-preview-loading = Bezig met laden…
vault-preview-pdf-page = Pagina { $page } van { $pages }: { $title }
vault-preview-more-pages = Meer pagina's tonen (nog { $count })
vault-open-external = Openen in een ander programma…
vault-save-copy = Kopie opslaan…
vault-save-copy-offer = Kies "Kopie opslaan…" om het bestand zelf te krijgen, zodat iemand die u vertrouwt ernaar kan kijken op een andere computer.
vault-save-copy-done = Opgeslagen: { $path }. Deze kopie is niet versleuteld: bewaar haar goed, of verwijder haar als ze is overgedragen.
vault-open-external-warning = Dit zet een leesbare kopie in een tijdelijke map op deze computer, tot u de kluis vergrendelt. Doorgaan?
vault-open-external-confirm = Ja, openen
vault-export-these = { $count ->
    [one] Dit bestand exporteren voor een advocaat of de politie…
   *[other] Deze { $count } bestanden exporteren voor een advocaat of de politie…
}
vault-open-external-not-offered = Dit soort bestand (zoals een webpagina, script, programma, snelkoppeling of Office-document met macro's) kan iets starten of van internet ophalen als het wordt geopend. Daarom opent Waarborg het niet in een ander programma. Kies "Kopie opslaan…" om het bestand zelf te krijgen, zodat iemand die u vertrouwt ernaar kan kijken op een andere computer.
vault-export-done = { $count ->
    [one] 1 bestand geëxporteerd naar { $dir }.
   *[other] { $count } bestanden geëxporteerd naar { $dir }.
}
vault-export-transcripts = { $count ->
    [one] Naast de chatexport: het transcript (pdf van de hele chat, met uw markeringen).
   *[other] Naast elk van de { $count } chatexports: het transcript (pdf van de hele chat, met uw markeringen).
}
vault-export-no-transcript = { $file } staat zonder transcript in het pakket.
vault-export-check = Iedereen kan nagaan dat er niets is veranderd: de README.txt in de map legt uit hoe (sha256sum -c MANIFEST.sha256 op Linux, shasum op macOS, Get-FileHash op Windows), of open het pakket in Waarborg.
vault-export-check-encrypted = Het bestand is versleuteld met age. Het LEESMIJ-bestand ernaast legt uit hoe het opent, met Waarborg of met het standaardprogramma age. Geef een wachtwoordzin nooit in hetzelfde bericht als het bestand.
vault-export-open-viewer = Dit pakket openen en controleren
vault-export-how = Hoe wilt u het meegeven?
vault-export-how-folder = Als map
vault-export-how-folder-hint = Bijvoorbeeld op een USB-stick die u zelf overhandigt. Iedereen die de map heeft, kan alles lezen.
vault-export-how-passphrase = Als één versleuteld bestand, met een wachtwoordzin
vault-export-how-passphrase-hint = Geef de wachtwoordzin persoonlijk of telefonisch, nooit in dezelfde e-mail.
vault-export-how-recipients = Als één versleuteld bestand, voor age-sleutels
vault-export-how-recipients-hint = Alleen wie de geheime sleutel bij een van deze openbare sleutels heeft (bijv. uw advocaat), kan het openen.
vault-export-passphrase = Wachtwoordzin voor het pakket
vault-export-passphrase-short = Kies minstens { $min } tekens; een zin van een paar woorden is het sterkst.
vault-export-recipients = Openbare age-sleutels van de ontvangers
vault-export-recipients-hint = Eén per regel; een sleutel begint met age1.
vault-export-recipient-invalid = Dit is geen openbare age-sleutel: { $key }. Kopieer hem opnieuw van de ontvanger.
vault-export-recipients-missing = Vul minstens één openbare age-sleutel in.
vault-export-summary = Korte omschrijving van de zaak (mag leeg blijven)
vault-export-summary-hint = Komt op het voorblad van het bewijsoverzicht, bijv. wie het kind is en wanneer het werd meegenomen.
vault-export-include = Ook in het pakket
vault-export-include-hint = Naast de bestanden: de gegevens die het verhaal vertellen, elk als PDF om te printen (Nederlands en Engels) en als data. Wat in de prullenbak staat, gaat nooit mee.
vault-export-include-journal = Het dagboek (met eerdere versies van gewijzigde aantekeningen en het bewijs waar elke aantekening naar verwijst)
vault-export-include-people = De personen (profielen met foto en documenten)
vault-export-include-travel = De reisgegevens
vault-export-include-timeline = De tijdlijn van de zaak (de stappen die u vastlegde)
vault-export-where = Waar moet het pakket komen?
vault-export-choose-folder = Kies een map…
vault-export-folder-missing = Kies een map (bijv. de USB-stick). Het pakket komt daarin, onder een nieuwe naam.
vault-export-go = { $count ->
    [one] 1 bestand exporteren
   *[other] { $count } bestanden exporteren
}
vault-export-progress = { $done } van { $total } geschreven
vault-export-cancel = Stoppen
package-link = Een bewijspakket openen
package-link-hint = Voor een advocaat of agent die een pakket kreeg: controleren en bekijken, zonder kluis.
package-title = Een bewijspakket openen
package-intro = Controleer of er niets is veranderd sinds het exporteren, en bekijk elk bestand. U hebt geen kluis nodig en er wordt niets aangepast.
package-path = De map of het versleutelde bestand (.tar.age)
package-choose-folder = Kies een map…
package-choose-file = Kies een versleuteld bestand…
package-passphrase = Wachtwoordzin van het pakket
package-identity = Uw age-sleutelbestand
package-identity-hint = Het bestand met de regel AGE-SECRET-KEY-1… dat bij uw openbare sleutel hoort.
package-choose-identity = Kies het sleutelbestand…
package-open = Openen en controleren
package-checking = Bezig met controleren… { $done } gelezen
package-intact = { $count ->
    [one] Het bestand klopt met het manifest: niets is veranderd sinds het exporteren.
   *[other] Alle { $count } bestanden kloppen met het manifest: niets is veranderd sinds het exporteren.
}
package-failed = { $count ->
    [one] 1 bestand klopt niet. Het is na het exporteren veranderd, verwijderd of toegevoegd:
   *[other] { $count } bestanden kloppen niet. Ze zijn na het exporteren veranderd, verwijderd of toegevoegd:
}
package-log-head = Laatste hash van het bewaarlogboek bij het exporteren:
package-originals = { $count ->
    [one] 1 bewijsstuk
   *[other] { $count } bewijsstukken
}
package-other-files = Overige bestanden van het pakket
package-close = Pakket sluiten
package-status-ok = Klopt
package-status-changed = Veranderd
package-status-missing = Ontbreekt
package-status-unlisted = Niet in het manifest
package-signed = Ondertekend door de kluis die het noemt ({ $vault }).
package-signed-compare = Dit is de vingerafdruk van de sleutel die het ondertekende. Vergelijk die met die op de voorkant van het bewijsoverzicht en met die de ouder u laat zien in Waarborg (Instellingen), bij voorkeur in persoon: dan weet u dat dit pakket uit de kluis van de ouder komt en sindsdien niet is veranderd. Het laat niet zien wie de kluis gebruikte.
package-other-key = Waarschuwing: dit pakket noemt kluis { $vault }, maar is ondertekend met een andere sleutel dan de pakketten uit die kluis die deze computer eerder opende. Een kluis houdt zijn sleutel: dit pakket is niet door die kluis gemaakt.
package-other-key-now = Sleutel van dit pakket:
package-other-key-before = Eerder gezien:
package-unsigned = Niet ondertekend: niets laat zien welke kluis dit pakket maakte. Het is gemaakt voordat pakketten werden ondertekend, of door iemand anders. Vraag de ouder om een nieuw pakket.
package-signature-mismatch = De handtekening klopt niet: MANIFEST.sha256 is na het ondertekenen veranderd, of het pakket is niet gemaakt door de kluis die het noemt. Vertrouw niet op dit pakket; vraag de ouder om een nieuw.
settings-signing-key = Sleutel waarmee pakketten worden ondertekend
settings-signing-key-hint = Elk pakket dat u exporteert, wordt met deze sleutel ondertekend. Uw advocaat ziet dezelfde vingerafdruk in het pakket en op het geprinte bewijsoverzicht: vergelijk die samen, in persoon of telefonisch, zodat uw advocaat weet dat een pakket echt uit uw kluis komt.
package-viewer-missing = Dit bestand ontbreekt in het pakket.
package-viewer-changed = Dit bestand is na het exporteren veranderd en wordt daarom niet getoond. Vraag de afzender om een nieuw exemplaar.
package-choose-a-file = Kies links een bestand om het te bekijken.
package-has-transcript = met transcript
package-transcript-of = Transcript van { $file } (gemaakt van SHA-256 { $sha256 }, { $messages }, { $marked } gemarkeerd)
package-transcript-of-uncounted = Transcript van { $file } (gemaakt van SHA-256 { $sha256 }, { $marked } gemarkeerd)
package-transcript-messages = { $count ->
    [one] 1 bericht
   *[other] { $count } berichten
}
package-transcript-mismatch = Niet het transcript van deze chat: { $transcript } zegt gemaakt te zijn van { $made_from } met SHA-256 { $made_from_sha256 }, maar { $file } in dit pakket heeft SHA-256 { $original_sha256 }. Vertrouw er niet op als transcript van deze chat; het origineel is het bewijs.
package-transcript-mismatch-none = niet vermeld
package-no-transcript = Zonder transcript: { $reason }
backup-title = Reservekopie
backup-intro = Een versleutelde kopie van de hele kluis, met dezelfde wachtwoordzin, naar een plek buiten deze computer (een USB-stick, een tweede schijf). Na het schrijven wordt hij helemaal teruggelezen.
backup-where = Map voor de reservekopie
backup-passphrase = De wachtwoordzin van de kluis
backup-start = Reservekopie maken
backup-progress = Bezig… { $done } geschreven
backup-done = Reservekopie gemaakt en gecontroleerd: { $count } bestanden ({ $size }) in { $file }.
rekey-title = Nieuwe wachtwoordzin en nieuwe sleutel
rekey-intro = Dit maakt een nieuwe sleutel voor je kluis, beveiligd met een nieuwe wachtwoordzin, en versleutelt elk bestand in de kluis daarmee opnieuw.
rekey-revokes = Daarna opent het oude sleutelbestand met de oude wachtwoordzin niets meer van de kluis zoals die nu is, en ook niets wat je later toevoegt. Gebruik dit als iemand een kopie van het sleutelbestand kan hebben en je oude wachtwoordzin kent (of kan raden).
rekey-keeps = Kopieën die eerder gemaakt zijn — reservekopieën, gekopieerde mappen — blijven leesbaar met de oude sleutel en de oude wachtwoordzin. Maak daarna een nieuwe reservekopie en vernietig de oude als dat kan. Herstelsleutels blijven werken.
rekey-time = Bij een grote kluis duurt dit even. Onderbreken kan veilig: de kluis opent dan met de oude of de nieuwe wachtwoordzin en maakt het werk af bij de volgende keer openen.
rekey-current = Huidige wachtwoordzin
rekey-current-missing = Vul je huidige wachtwoordzin in.
rekey-new = Nieuwe wachtwoordzin
rekey-repeat = Nieuwe wachtwoordzin nog eens
rekey-start = Nieuwe sleutel maken
rekey-busy = Nieuwe sleutel maken…
rekey-progress = { $done } van { $total } kluisbestanden opnieuw versleuteld
rekey-done = Klaar: de kluis heeft een nieuwe sleutel en opent alleen nog met de nieuwe wachtwoordzin. Maak een nieuwe reservekopie.
restore-title = Een reservekopie terugzetten
restore-intro = Zet een reservekopie van Waarborg terug in een nieuwe map. Daarna is dat uw kluis, geopend met de wachtwoordzin van de reservekopie.
restore-file = Het bestand met de reservekopie (.tar.age)
restore-choose-file = Kies het bestand…
restore-dir = Nieuwe map voor de kluis (mag nog niet bestaan, of leeg zijn)
restore-passphrase = De wachtwoordzin van de kluis in de reservekopie
restore-start = Terugzetten
restore-busy = Bezig met terugzetten en controleren…

vault-keep-document = Een kopie in de kluis bewaren
vault-kept-document = Er staat een kopie in de kluis (officiële documenten), en het bewaarlogboek vermeldt dat hij hier is gemaakt.
vault-record-trip = Deze reis in de kluis vastleggen
vault-trip-recorded = De reis staat in de kluis (Reizen). Het noodplan kan de terugkeerdatum in de gaten houden.
vault-keep-needs-unlock = Ontgrendel de kluis om hier een kopie van dit document te bewaren.
vault-what-consent = toestemmingsformulier voor reizen
vault-what-plan = ouderschapsplan
vault-made-with-waarborg = Gemaakt met Waarborg: { $what }
vault-fill-title = Invullen vanuit de kluis
vault-fill-hint = Alleen lege velden worden ingevuld; wat u zelf typte blijft staan. Controleer alles voor u afdrukt.
vault-fill-child = Kind
vault-fill-companion = Reist met
vault-fill-trip = Geplande reis
vault-fill-apply = Invullen
vault-fill-done = { $count ->
    [one] 1 veld ingevuld.
   *[other] { $count } velden ingevuld.
}

## Case timeline (emergency plan, vault unlocked). Keys start with timeline-.
timeline-title = Tijdlijn van de stappen die u nam
timeline-intro = { $count ->
    [one] 1 stap is vastgelegd.
   *[other] { $count } stappen zijn vastgelegd.
} Maak er een PDF van, op volgorde van tijd, voor de politie, uw advocaat of de Centrale autoriteit.
timeline-make = Tijdlijn maken (PDF)
timeline-saved = Opgeslagen: { $file }
vault-what-timeline = tijdlijn van de zaak
chat-title = Transcript van de chat
chat-times-as-exported = Tijden zoals geëxporteerd: in de tijdzone van de telefoon of computer die de export maakte (de export vermeldt die niet). De berichtnummers tellen elk bericht van de export.
chat-search = Zoeken in deze chat
chat-sender = Afzender
chat-sender-all = Iedereen
chat-from = Van
chat-to = Tot en met
chat-count = { $shown } van { $total } berichten getoond · { $marked } gemarkeerd
chat-mark = Bericht { $number } markeren
chat-system = Systeembericht
chat-attachment = Bijlage: { $name }
chat-omitted = Bijlage weggelaten door de export
chat-more = Nog { $count } berichten: verfijn de zoekopdracht om ze te zien.
chat-date-order-question = In deze chat is elke dag 12 of lager, dus een datum als { $example } kan op twee manieren gelezen worden. Hoe schrijft uw telefoon datums?
chat-day-first = Dag eerst (25-11-2026)
chat-month-first = Maand eerst (11/25/2026)
chat-pdf-marked-only = Alleen de gemarkeerde berichten
chat-pdf-context = Berichten context rondom elk
chat-pdf-make = Transcript-pdf maken
chat-pdf-saved = Transcript opgeslagen als { $file }
vault-what-transcript = chattranscript

## Police information sheet (emergency plan). Keys start with police-.
police-title = Informatieblad voor de politie
police-intro = Eén blad in het Nederlands en Engels met uw kind, de andere ouder, de reizen en de documenten die u hebt, uit uw kluis. Wat de kluis niet weet staat er als "niet ingevuld", zodat de agent ziet wat nog onbekend is.
police-locked = Het blad wordt gemaakt uit de profielen in uw kluis. Ontgrendel die eerst.
police-name = Uw naam
police-phone = Uw telefoonnummer
police-email = Uw e-mailadres
police-make = Politieblad maken (PDF)
vault-what-police-sheet = informatieblad voor de politie

## Warning signs to the journal (prevention, vault unlocked). Keys start with risk-.
risk-noticed = Dit heb ik gezien: noteer het in mijn logboek
risk-date = Wanneer zag u het?
risk-note = Wat gebeurde er precies (feiten, letterlijke woorden)
risk-save = Bewaren in het logboek
risk-kept = Bewaard in uw logboek (kluis).
risk-journal-prefix = Waarschuwingssignaal gezien: { $sign }.

## Trip watch (home screen, vault unlocked). Keys start with trip-.
trip-overdue = { $trip }: uw kind moest op { $date } terug zijn. Is uw kind terug?
trip-back = Ja, mijn kind is terug
trip-not-back = Nee, niet terug: open het noodplan
trip-coming-back = { $trip }: terug op { $date }.
trip-notify-title = Waarborg
trip-notify-body = { $count ->
    [one] Een terugkeerdatum is voorbij. Open Waarborg om te antwoorden.
   *[other] { $count } terugkeerdata zijn voorbij. Open Waarborg om te antwoorden.
}

## Step log (emergency guide + vault). Keys start with steplog-.
steplog-locked = Ontgrendel de kluis om deze stap vast te leggen: wanneer, met wie, het kenmerk.
steplog-unlock = Naar de kluis
steplog-when = Wanneer
steplog-spoke-to = Gesproken met
steplog-reference = Kenmerk of registratienummer
steplog-outcome = Uitkomst
steplog-notes = Aantekeningen
steplog-save = Opslaan in het logboek
steplog-add = De details van deze stap vastleggen
steplog-edit = Het logboek van deze stap aanpassen
steplog-time = Tijd
steplog-saved-in-vault = Uw vinkjes en aantekeningen worden met de tijd bewaard in het stappenlogboek van de kluis.

## ---- Documents (waarborg-documents): begin ------------------------------------------
## PDF labels, validation messages and errors of the travel-consent form, the travel
## checklist and the parenting plan. Keys start with doc- (or error-documents-).

doc-consent-title = Toestemming reizen met minderjarige naar het buitenland
doc-consent-running-header = Toestemming reizen met minderjarige – { $child }
doc-consent-intro = Elke ouder, voogd of instelling met gezag over het kind geeft met dit formulier toestemming voor de reis die hieronder staat. Eén formulier per kind.
doc-date-format = Datums: dag-maand-jaar.
doc-consent-section-holders = Gezagdrager(s) die toestemming geven
doc-consent-section-child = Gegevens van het kind
doc-consent-section-companion = Begeleider
doc-consent-section-trip = De reis
doc-consent-section-stays = Verblijfsadres(sen) in het buitenland
doc-consent-section-contact = Bereikbaarheid van de ouder tijdens de reis
doc-consent-section-statement = Verklaring
doc-consent-section-signatures = Ondertekening
doc-consent-section-legalisation = Legalisatie van de handtekening (niet verplicht)
doc-consent-section-attachments = Bijlagen
doc-consent-holder = Gezagdrager { $n }
doc-field-full-name = Volledige naam
doc-field-capacity = Hoedanigheid
doc-capacity-mother = Moeder
doc-capacity-father = Vader
doc-capacity-parent = Ouder
doc-capacity-guardian = Voogd
doc-capacity-institution = Instelling
doc-field-representative = Ondertekend namens de instelling door
doc-field-birth-date = Geboortedatum
doc-field-birth-place = Geboorteplaats
doc-field-nationality = Nationaliteit(en)
doc-field-id-document = Identiteitsbewijs (soort en nummer)
doc-field-address = Adres
doc-field-phone = Telefoon
doc-field-email = E-mail
doc-field-surname = Achternaam
doc-field-given-names = Voornamen
doc-field-document-kind = Reisdocument
doc-document-passport = Paspoort
doc-document-id-card = Identiteitskaart
doc-field-document-number = Documentnummer
doc-field-issue-date = Datum van afgifte
doc-field-expiry-date = Geldig tot
doc-field-issuing-authority = Afgegeven door
doc-field-relationship = Relatie tot het kind
doc-field-document-issuer = Reisdocument afgegeven door (land)
doc-companion-alone = Het kind reist alleen, zonder begeleider. Dit blok is doorgehaald.
doc-field-destination-country = Land van bestemming
doc-field-destination-places = Plaats(en)
doc-field-transit = Doorreis via
doc-field-departure-date = Vertrekdatum
doc-field-return-date = Datum terugreis
doc-field-back-in-nl = Datum terug in Nederland
doc-field-outbound = Vlucht-/vervoersnummer heenreis
doc-field-return-transport = Vlucht-/vervoersnummer terugreis
doc-field-purpose = Doel van de reis
doc-field-host = Gastgezin, hotel, camping of appartement
doc-field-name = Naam
doc-field-sign-place = Plaats
doc-field-sign-date = Datum
doc-field-signature = Handtekening
doc-field-signature-stamp = Handtekening en stempel van de instelling
doc-consent-statement-consent = Ondergetekende(n), met gezag over { $child }, geeft/geven toestemming voor de reis van het kind naar { $destinations }, van { $departure } tot en met { $return }, zoals op dit formulier beschreven.
doc-consent-statement-limit = Deze toestemming geldt alleen voor deze reis en deze data. Het kind moet uiterlijk op { $back } terug zijn in Nederland.
doc-consent-statement-residence = Er is geen toestemming gegeven voor een verhuizing van het kind naar het buitenland of voor een wijziging van de gewone verblijfplaats van het kind.
doc-consent-statement-court = De rechter heeft vervangende toestemming gegeven; de beslissing is bijgevoegd.
doc-legalisation-caption = Voor legalisatie door gemeente of notaris: naam, datum, stempel en handtekening
doc-legalisation-note = In Nederland is legalisatie niet verplicht. Sommige landen vragen gelegaliseerde documenten of een apostille: vraag het na bij de ambassade of het consulaat van het land van bestemming.
doc-attachments-mandatory = Verplicht (volgens de Koninklijke Marechaussee)
doc-attachments-advised = Aanbevolen (volgens de Koninklijke Marechaussee)
doc-attachments-also = Ook handig (volgens Centrum IKO en gemeenten)
doc-att-passports = Geldig paspoort of identiteitskaart van het kind en van de begeleider
doc-att-consent = Deze toestemmingsverklaring, ondertekend door elke gezagdrager, of de beslissing waarin de rechter vervangende toestemming geeft
doc-att-brp-child = Internationaal uittreksel BRP van het kind met gegevens over ouders en gezag (liefst niet ouder dan 3 maanden), of een internationale geboorteakte
doc-att-brp-parent = Recent uittreksel BRP van de niet-meereizende ouder met gezag, met de burgerlijke staat
doc-att-gezagsregister = Recent uittreksel uit het gezagsregister, als het gezag via de rechter is verkregen
doc-att-id-copies = Kopie van het paspoort of identiteitsbewijs van elke ondertekenaar, zodat de handtekening te controleren is
doc-att-court = Rechterlijke uitspraak over gezag of omgang, en het ouderschapsplan, als die er zijn
doc-att-return-ticket = Retourticket van het kind
doc-att-embassy = Sommige landen stellen extra eisen: vraag het na bij de ambassade of het consulaat van het land van bestemming.
doc-att-id-card = Let op bij een kind van 12 tot 17 jaar: het kan zonder toestemming van de ouders een Nederlandse identiteitskaart krijgen en daarmee binnen Europa en naar sommige andere landen reizen. Deze toestemming geldt alleen voor de reis hierboven. (Bron: https://www.arnhem.nl/Inwoners/legitimatie/Identiteitskaart_voor_kinderen, samengesteld uit bronnen geraadpleegd in december 2026.)
doc-att-source = Bron / Source: https://www.marechaussee.nl/onderwerpen/reizen-met-kinderen/vraag-en-antwoord/welke-documenten-heb-ik-nodig-op-reis (samengesteld uit bronnen geraadpleegd in november 2026 / compiled from sources consulted in November 2026)
doc-checklist-title = Reislijst
doc-checklist-intro = Neem deze lijst mee bij het inpakken. Houd de papieren bij de hand bij de grenscontrole.
doc-checklist-summary = De reis in het kort
doc-checklist-documents = Papieren
doc-checklist-practical = Praktisch
doc-check-consent-signed = Toestemmingsformulier, ondertekend door elke gezagdrager (origineel)
doc-check-passports = Paspoorten of identiteitskaarten van het kind en de begeleider, geldig tot na de terugreis
doc-check-id-copies = Kopieën van de identiteitsbewijzen van de ondertekenaars
doc-check-brp = Uittreksels BRP en, als dat van toepassing is, uit het gezagsregister
doc-check-court = Rechterlijke uitspraak en ouderschapsplan, als die er zijn
doc-check-return-ticket = Retourticket van het kind
doc-check-addresses = Adressen en telefoonnummers in het buitenland (ook op papier)
doc-check-contact = Telefoonnummer van de ouder die thuisblijft
doc-check-medication = Medicijnen en medicijnoverzicht van het kind, als dat nodig is
doc-check-embassy = Eisen van het land van bestemming nagevraagd bij ambassade of consulaat
doc-check-copies-home = Kopie van alle papieren thuisgelaten bij de ouder die thuisblijft
doc-check-id-card = Welk reisdocument gaat mee (paspoort of ID-kaart)? Een kind van 12 tot 17 jaar kan zonder toestemming van de ouders een ID-kaart krijgen.
doc-footer-page = Pagina { $page } van { $pages }
doc-footer-note = Gemaakt met Waarborg. Geen juridisch advies. Inhoud samengesteld uit bronnen geraadpleegd in { $checked }.
doc-validation-required = Vul dit in.
doc-validation-invalid-date = Dit is geen geldige datum.
doc-validation-invalid-email = Dit is geen geldig e-mailadres.
doc-validation-date-in-future = Deze datum ligt in de toekomst.
doc-validation-return-before-departure = Deze datum ligt vóór de vertrekdatum.
doc-validation-departure-in-past = De vertrekdatum ligt in het verleden. Bevestig dat dit klopt.
doc-validation-child-not-minor = Het kind is op de vertrekdatum 18 jaar of ouder. Dit formulier is alleen voor minderjarigen.
doc-validation-holder-missing = Er ontbreekt een gezagdrager. Bij gezamenlijk gezag tekenen beide ouders.
doc-validation-institution-missing = Voeg de instelling met gezag toe als gezagdrager.
doc-validation-issued-before-birth = De datum van afgifte ligt vóór de geboortedatum.
doc-validation-document-expires = Het reisdocument verloopt vóór het einde van de reis.
doc-validation-unknown-clause = Deze afspraak bestaat niet (meer).
doc-validation-duplicate-clause = Deze afspraak staat er al in.
doc-validation-unknown-parameter = Deze afspraak heeft dit gegeven niet.
doc-validation-invalid-number = Vul een heel getal in.
doc-validation-out-of-range = Dit getal is te klein of te groot.
doc-validation-invalid-amount = Vul een bedrag in, bijvoorbeeld 250 of 250,50.
doc-validation-invalid-choice = Kies een van de mogelijkheden.
doc-validation-no-clauses = Kies ten minste één afspraak.
doc-validation-unsupported-characters = Deze tekens kunnen niet goed worden afgedrukt. Gebruik de schrijfwijze in Latijnse letters, zoals in het paspoort.
error-documents-invalid-input = Het formulier is nog niet compleet. Er is niets verloren; verbeter de gemarkeerde velden.
error-documents-font = Het lettertype voor de PDF kon niet worden geladen. Er is niets verloren. Installeer Waarborg opnieuw.
error-documents-write = De PDF kon niet worden opgeslagen. Er is niets verloren. Maak ruimte vrij op de schijf, of controleer of u in uw map Documenten mag schrijven.
error-documents-open-failed = De PDF kon niet worden geopend. Hij is wel opgeslagen; open hem vanuit uw map Documenten (Waarborg) om te printen.
error-documents-clause-library = De bibliotheek met afspraken kon niet worden geladen. Er is niets verloren. Installeer Waarborg opnieuw.
doc-plan-title = Ouderschapsplan – afspraken over reizen naar het buitenland
doc-plan-intro = Deze afspraken horen bij het ouderschapsplan van de ondergetekenden over hun kinderen. Zij gelden naast de afspraken die daarin staan.
doc-plan-parties = Partijen
doc-plan-party-a = Ouder A
doc-plan-party-b = Ouder B
doc-plan-children = Kinderen
doc-plan-agreements = Afspraken
doc-plan-article = Artikel { $n }.
doc-plan-signatures = Ondertekening
## Evidence index, case timeline and police sheet: always printed Dutch / English
## together, whatever the app's language (keys doc-index-, doc-timeline-, doc-police-).
doc-not-filled-in = — niet ingevuld
doc-right-to-left = schrift van rechts naar links, mogelijk onjuist weergegeven
doc-document-residence-permit = Verblijfsvergunning
doc-document-other = Ander document
doc-index-title = Bewijsoverzicht
doc-index-intro = Dit overzicht hoort bij een bewijspakket dat met Waarborg is geëxporteerd uit de versleutelde bewijskluis van een ouder. Het noemt elk genummerd bestand in het pakket met zijn titel, soort, data, herkomst, grootte en SHA-256-hash. Titels, beschrijvingen en herkomst zijn door de ouder ingevoerd en niet gecontroleerd.
doc-index-files =
    { $count ->
        [one] bestand
       *[other] bestanden
    }
doc-index-case = Zaak
error-calendar-write = Het agendabestand kon niet worden opgeslagen. Er is niets verloren. Kies een andere map of maak ruimte vrij op de schijf.
doc-index-exported = Geëxporteerd op
doc-index-count = Aantal bestanden
doc-index-log-head = Laatste regel bewaarlogboek (nummer:hash)
doc-index-signing-key = Ondertekeningssleutel pakket
doc-log-anchor = Bewaarlogboek
doc-index-no-log = — geen vermeldingen in het bewaarlogboek
doc-index-no-items = Dit pakket bevat geen bestanden.
doc-index-verify = Controleren
doc-index-verify-intro = Elk bestand in het pakket moet dezelfde SHA-256-hash hebben als in dit overzicht bij dat bestand staat en als in MANIFEST.sha256. Open een terminal in de map van het pakket en typ:
doc-index-verify-outcome = Op Linux en macOS moet elk bestand „OK” geven. Op Windows toont Get-FileHash de hash van één bestand in hoofdletters; vergelijk die teken voor teken met dit overzicht (hoofd- of kleine letters maken geen verschil). Een bestand dat niet klopt, is na het exporteren veranderd. De laatste hash van het bewaarlogboek staat ook in custody-log.json in het pakket; wie de kluis van de ouder controleert, kan nagaan dat het logboek deze hash bevat.
doc-index-items = Bestanden
doc-index-item = Nr.
doc-index-entry-title = Titel
doc-index-category = Soort
doc-index-event-date = Datum gebeurtenis
doc-index-imported = Opgenomen in kluis
doc-index-provenance = Herkomst
doc-index-transcript = Transcript in dit pakket
doc-index-original = Oorspronkelijke naam
doc-index-size = Grootte
doc-index-description = Beschrijving
doc-index-unknown-date = — onbekend
doc-index-no-description = — geen beschrijving
doc-index-continued = vervolg
doc-index-preview-unreadable = Voorbeeld onleesbaar
doc-index-custody = Bewaring
doc-index-custody-imported = Opgenomen
doc-index-custody-not-logged = niet in het bewaarlogboek
doc-index-custody-views = Bekeken
doc-index-custody-last = laatst
doc-index-custody-edits = Beschrijving gewijzigd
doc-index-custody-exports = Eerder geëxporteerd
doc-index-custody-none = nooit
doc-records-exported = Geëxporteerd op
doc-records-footer-note = Uit de Waarborg-kluis van een ouder, geëxporteerd { $exported }; geschreven door de ouder, niet gecontroleerd.
doc-records-entries = Aantekeningen
doc-records-number = Nr.
doc-records-date = Datum
doc-records-time = Tijd
doc-records-place = Plaats
doc-records-present = Wie waren erbij
doc-records-what = Wat er gebeurde
doc-records-evidence = Gekoppeld bewijs
doc-records-no-evidence = geen
doc-records-not-in-package = niet in dit pakket
doc-records-written = Geschreven
doc-records-changed = Laatst gewijzigd
doc-records-earlier-version = Eerdere versie
doc-records-replaced-at = vervangen op
doc-records-date-unknown = datum onbekend
doc-records-notes = Notities
doc-records-departure = Vertrek
doc-records-return = Terugkeer
doc-records-destination = Bestemming
doc-records-with-whom = Met wie
doc-records-flight = Vlucht
doc-records-booking = Boekingsnummer
doc-records-address = Adres
doc-records-plate = Kenteken
doc-records-returned = terug, bevestigd door de ouder
doc-journal-title = Dagboek
doc-journal-intro = Het dagboek van de ouder zoals bijgehouden in Waarborg: elke aantekening met wanneer en waar het gebeurde, wie erbij waren en het bewijs waar ze naar verwijst, met het nummer in dit pakket. Een aantekening die de ouder heeft gewijzigd, staat hier zoals ze nu luidt, gevolgd door elke eerdere versie en wanneer die werd vervangen. Schrijftijden zijn UTC; de tijd van een gebeurtenis is de plaatselijke tijd van de ouder, zoals ingevuld.
doc-journal-empty = Het dagboek heeft geen aantekeningen.
doc-profiles-title = Personen
doc-profiles-intro = De kinderen, de andere ouder en anderen die ertoe doen, zoals de ouder ze in Waarborg vastlegde; niet gecontroleerd. Foto's komen uit de kluis.
doc-profiles-empty = Er zijn geen personen vastgelegd.
doc-travel-title = Reisgegevens
doc-travel-intro = Vluchten, boekingen, kentekens, adressen in het buitenland en geplande reizen, zoals de ouder ze in Waarborg vastlegde; niet gecontroleerd.
doc-travel-empty = Geen reisgegevens.
doc-index-footer-note = Bewijsoverzicht van een export uit Waarborg, { $exported }; controleer de bestanden met MANIFEST.sha256.
doc-timeline-title = Tijdlijn van de genomen stappen
doc-timeline-intro = De stappen die de ouder heeft gezet en in Waarborg heeft vastgelegd, op volgorde van tijd. Tijden zijn de plaatselijke tijd van de ouder, zoals ingevoerd.
doc-timeline-case = Zaak
doc-timeline-removal = Datum meenemen of niet terugbrengen
doc-timeline-destination = Land van bestemming
doc-timeline-generated = Gemaakt op
doc-timeline-steps = Stappen
doc-timeline-no-steps = Er zijn nog geen stappen vastgelegd.
doc-timeline-done = Gedaan
doc-timeline-not-done = Nog niet gedaan
doc-timeline-spoke-to = Gesproken met
doc-timeline-reference = Referentienummer
doc-timeline-outcome = Uitkomst
doc-timeline-notes = Notities
doc-timeline-log = Koppeling met het bewaarlogboek
doc-timeline-log-head = Laatste regel van het bewaarlogboek (nummer:hash)
doc-timeline-log-note = Dit is de laatste hash van het bewaarlogboek in de Waarborg-kluis van de ouder toen deze tijdlijn werd gemaakt; wie het logboek controleert, kan nagaan dat deze hash erin staat en dat de vastgelegde gegevens tot dat moment sindsdien niet zijn gewijzigd.
doc-transcript-title = Transcript van een chatexport
doc-transcript-intro = Een transcript, door Waarborg gemaakt van een chatexport die ongewijzigd in de kluis van de ouder is bewaard. De export zelf is het bewijs: de SHA-256 hieronder identificeert hem, en dezelfde export geeft altijd ditzelfde transcript (de SHA-256 daarvan staat er ook). De berichtnummers tellen elk bericht van de export, dus ze blijven gelijk welke berichten ook worden afgedrukt.
doc-transcript-file = Exportbestand
doc-transcript-sha256 = SHA-256 van de export
doc-transcript-source = Geëxporteerd door
doc-transcript-messages = Berichten
doc-transcript-selection = Afgedrukt
doc-transcript-all = De hele chat
doc-transcript-marked-only = { $marked } gemarkeerde berichten met { $context } berichten context ({ $printed } afgedrukt)
doc-transcript-times = Tijden
doc-transcript-times-note = Zoals geëxporteerd: de tijdzone van de telefoon of computer die de export maakte, die de export niet vermeldt
doc-transcript-date-order = Datums gelezen als
doc-transcript-order-dmy = dag-maand-jaar
doc-transcript-order-mdy = maand-dag-jaar
doc-transcript-order-ymd = jaar-maand-dag
doc-transcript-order-chosen = gekozen door de ouder: de export kon op beide manieren gelezen worden
doc-transcript-digest = SHA-256 van het transcript
doc-transcript-generated = Gemaakt op
doc-transcript-system = (systeembericht)
doc-transcript-marked = gemarkeerd
doc-transcript-attachment = Bijlage
doc-transcript-omitted = Bijlage weggelaten door de export
doc-transcript-skipped = … { $count } berichten niet afgedrukt …
doc-transcript-none-marked = Er zijn geen berichten gemarkeerd.
doc-police-title = Informatieblad voor de politie
doc-police-intro = Ingevuld door de ouder die de melding doet, niet gecontroleerd. „— niet ingevuld” betekent: onbekend of niet opgegeven.
doc-police-removal-date = Datum meegenomen / vermist
doc-police-prepared-on = Opgemaakt op
doc-police-reporter-phone = Telefoon melder
doc-police-child = Kind
doc-police-child-n = Kind { $n }
doc-police-other-parent = Andere ouder
doc-police-trips = Reizen
doc-police-trip = Reis
doc-police-departure = Vertrek
doc-police-return = Terug
doc-police-destination = Bestemming
doc-police-flight = Vlucht
doc-police-address = Adres
doc-police-court-orders = Rechterlijke beslissingen en gezagsdocumenten in bezit van de ouder
doc-police-court-order-title = Titel
doc-police-reporter-contact = Contact melder
doc-police-name = Naam
doc-police-phone = Telefoon
doc-police-email = E-mail
doc-police-full-name = Volledige naam
doc-police-other-names = Andere namen
doc-police-birth-date = Geboortedatum
doc-police-years = jaar
doc-police-birth-place = Geboorteplaats
doc-police-nationalities = Nationaliteit(en)
doc-police-documents = Reisdocumenten
doc-police-valid-until = Geldig tot
doc-police-expired = VERLOPEN
doc-police-document = Document
doc-police-number = Nummer
doc-police-issuing-country = Land van afgifte
doc-police-description = Signalement
doc-police-vehicles = Voertuigen
doc-police-addresses = Adressen
doc-police-family-abroad = Familie in het buitenland
doc-police-photo-unreadable = Foto onleesbaar (geen JPEG)
doc-police-no-photo = Geen foto
doc-police-footer-note = Opgesteld door de ouder met Waarborg op { $date }; niet gecontroleerd door de politie.
## ---- Documents (waarborg-documents): end --------------------------------------------

## Vault records: journal, people, travel, health (keys journal-, person-, travel-, health-)
## Keys shared by the record screens start with journal-common-.
journal-common-optional = optioneel
journal-common-edit = Wijzigen
journal-common-delete = Verwijderen
journal-common-delete-yes = Ja, verwijderen
journal-common-delete-no = Nee, bewaren
journal-common-save-changes = Wijzigingen opslaan
journal-common-cancel-edit = Stoppen met wijzigen
journal-common-problems = Nog niet opgeslagen. Er is niets verloren; verbeter het gemarkeerde veld.
journal-common-remove-row = Weghalen
journal-common-row-label = { $label } { $n }
journal-common-no-items = Er staan nog geen bestanden in de kluis om te koppelen.
journal-common-no-photos = Er staan nog geen foto's in de kluis. Importeer eerst een foto.
journal-common-linked-missing = { $count ->
    [one] Eén gekoppeld bestand staat niet meer in de lijst (bijvoorbeeld in de prullenbak). De koppeling blijft bewaard.
   *[other] { $count } gekoppelde bestanden staan niet meer in de lijst (bijvoorbeeld in de prullenbak). De koppelingen blijven bewaard.
}
journal-common-item-unavailable = (niet beschikbaar)
journal-common-trash-show = Prullenbak ({ $count })
journal-common-trash-hide = Prullenbak verbergen
journal-common-trash-lead = Verwijderde gegevens blijven hier tot u ze definitief verwijdert. Het logboek houdt elke stap bij.
journal-common-trash-empty = De prullenbak is leeg.
journal-common-trashed-on = In de prullenbak sinds { $when }
journal-common-restore = Terugzetten
journal-common-purge = Definitief verwijderen
journal-common-purge-question = Dit definitief verwijderen? Het is niet terug te halen. Het logboek bewaart dat het bestond en de vingerafdruk van elke versie.
journal-common-purge-yes = Ja, definitief verwijderen
journal-history-title = { $count ->
    [one] Eerdere versie (1)
   *[other] Eerdere versies ({ $count })
}
journal-history-replaced = Vervangen op { $when }
journal-title = Dagboek
journal-lead = Schrijf op wat er is gebeurd, zo snel mogelijk nadat het gebeurde. Alles blijft versleuteld in de kluis.
journal-guidance-title = Zo schrijft u het op voor een rechter
journal-guidance-facts = Beschrijf alleen feiten: wat u zag, hoorde of las.
journal-guidance-dates = Noteer de datum en, als u die weet, de tijd.
journal-guidance-quotes = Schrijf letterlijk op wat er werd gezegd, tussen aanhalingstekens.
journal-guidance-who = Noem wie erbij waren.
journal-guidance-opinions = Laat meningen, vermoedens en gissingen weg.
journal-new-title = Nieuwe gebeurtenis
journal-edit-title = Gebeurtenis wijzigen
journal-occurred-on = Datum van de gebeurtenis
journal-no-date-hint = Zonder datum kunt u opslaan, maar een rechter hecht meer waarde aan een datum. Vul hem later aan als u hem nu niet weet.
journal-time = Tijd
journal-what = Wat is er gebeurd?
journal-what-hint = Feiten in uw eigen woorden. Letterlijke uitspraken tussen aanhalingstekens.
journal-where = Waar
journal-who-present = Wie waren erbij
journal-add-person = Persoon toevoegen
journal-linked-items = Gekoppelde bestanden
journal-save = Gebeurtenis opslaan
journal-save-changes = Wijzigingen opslaan
journal-saved = De gebeurtenis is opgeslagen in de kluis.
journal-validation-what-required = Beschrijf wat er is gebeurd.
journal-timeline-title = Tijdlijn
journal-search = Zoeken in het dagboek
journal-empty = Er staan nog geen gebeurtenissen in het dagboek.
journal-no-matches = Geen gebeurtenissen gevonden met deze woorden.
journal-undated = Geen datum
journal-delete-question = Deze gebeurtenis naar de prullenbak verplaatsen? U kunt hem terugzetten vanuit de prullenbak hieronder. Het logboek houdt het bij.
person-title = Personen
person-lead = Gegevens van uw kind(eren), de andere ouder en anderen die ertoe doen. Politie en de Centrale autoriteit vragen hier vaak als eerste naar.
person-group-child = Kinderen
person-group-other-parent = De andere ouder
person-group-other = Anderen
person-group-empty = Nog niemand toegevoegd.
person-add-child = Kind toevoegen
person-add-other-parent = Andere ouder toevoegen
person-add-other = Iemand anders toevoegen
person-role = Wie is dit?
person-role-child = Kind
person-role-other-parent = De andere ouder
person-role-other = Iemand anders
person-new-title = Nieuwe persoon
person-edit-title = Persoon wijzigen
person-unnamed = (zonder naam)
person-born = Geboren op { $date }
person-section-basics = Naam en geboorte
person-given-names = Voornamen
person-family-name = Achternaam
person-other-names = Andere namen
person-other-names-hint = Bijvoorbeeld een meisjesnaam, een roepnaam of de naam in een ander schrift.
person-add-other-name = Naam toevoegen
person-birth-date = Geboortedatum
person-birth-place = Geboorteplaats
person-nationalities = Nationaliteiten
person-add-nationality = Nationaliteit toevoegen
person-section-documents = Identiteitsbewijzen
person-document-kind = Soort document
person-document-kind-passport = Paspoort
person-document-kind-identity-card = Identiteitskaart
person-document-kind-residence-permit = Verblijfsvergunning
person-document-kind-other = Ander document
person-document-number = Documentnummer
person-document-country = Land van afgifte
person-document-expires = Geldig tot
person-document-expired = Document { $number } is verlopen op { $date }.
person-document-expiring = Document { $number } verloopt op { $date }, binnen zes maanden.
person-add-document = Document toevoegen
person-remove-document = Dit document weghalen
person-section-appearance = Uiterlijk en foto's
person-description = Beschrijving
person-description-hint = Lengte, postuur, haar, ogen, bijzondere kenmerken.
person-photos = Foto's uit de kluis
person-section-addresses = Adressen en telefoon
person-address-label = Omschrijving
person-address-label-hint = Bijvoorbeeld: woonadres, werk, ouders.
person-address-street = Straat en huisnummer
person-address-postal-code = Postcode
person-address-city = Plaats
person-address-country = Land
person-address-abroad = Dit adres is in het buitenland
person-add-address = Adres toevoegen
person-remove-address = Dit adres weghalen
person-phones = Telefoonnummers
person-add-phone = Telefoonnummer toevoegen
person-section-vehicles = Voertuigen
person-vehicle-description = Voertuig
person-vehicle-description-hint = Merk, model en kleur.
person-vehicle-plate = Kenteken
person-vehicle-country = Land van het kenteken
person-add-vehicle = Voertuig toevoegen
person-remove-vehicle = Dit voertuig weghalen
person-section-family-abroad = Familie in het buitenland
person-family-abroad-hint = Bij wie zou het kind kunnen verblijven?
person-relative-name = Naam
person-relative-relation = Relatie
person-relative-country = Land
person-relative-address = Adres
person-relative-phone = Telefoon
person-add-relative = Familielid toevoegen
person-remove-relative = Dit familielid weghalen
person-section-notes = Aantekeningen
person-notes = Aantekeningen
person-save = Persoon opslaan
person-saved = De gegevens zijn opgeslagen in de kluis.
person-validation-name-required = Vul ten minste een voornaam of achternaam in.
person-delete-question = Deze persoon naar de prullenbak verplaatsen? U kunt de gegevens terugzetten vanuit de prullenbak hieronder. Het logboek houdt het bij.
travel-title = Reizen
travel-lead = Vluchten, boekingen, kentekens, adressen in het buitenland en geplande reizen. Geplande reizen die nog komen staan bovenaan.
travel-empty = Er zijn nog geen reisgegevens.
travel-kind = Soort
travel-kind-flight = Vlucht
travel-kind-booking = Boeking
travel-kind-licence-plate = Kenteken
travel-kind-address-abroad = Adres in het buitenland
travel-kind-planned-trip = Geplande reis
travel-kind-other = Anders
travel-upcoming = Komt nog
travel-new-title = Nieuwe reisgegevens
travel-edit-title = Reisgegevens wijzigen
travel-title-field = Titel
travel-title-hint = Een korte naam, bijvoorbeeld: zomervakantie Marokko.
travel-flight-number = Vluchtnummer
travel-carrier = Maatschappij
travel-booking-reference = Boekingsnummer
travel-licence-plate = Kenteken
travel-departure-date = Vertrekdatum
travel-return-date = Terugkeerdatum
travel-destination-country = Land van bestemming
travel-destination-place = Plaats van bestemming
travel-address = Adres
travel-people = Personen uit de kluis
travel-no-people = Voeg eerst personen toe onder Personen om ze hier te kiezen.
travel-with-whom = Met wie
travel-with-whom-others = Andere reisgenoten
travel-add-companion = Reisgenoot toevoegen
travel-linked-items = Gekoppelde bestanden
travel-notes = Aantekeningen
travel-save = Reisgegevens opslaan
travel-saved = De reisgegevens zijn opgeslagen in de kluis.
travel-validation-return-before-departure = De terugkeerdatum ligt vóór de vertrekdatum. Er is niets verloren; controleer de datums.
travel-dates-range = { $from } tot { $back }
travel-dates-from = Vertrek { $from }
travel-dates-back = Terug { $back }
travel-delete-question = Deze reisgegevens naar de prullenbak verplaatsen? U kunt ze terugzetten vanuit de prullenbak hieronder. Het logboek houdt het bij.
health-title = Controle van de kluis
health-lead = Controleer of er niets in de kluis is veranderd, en bekijk het logboek van alles wat ermee is gedaan.
health-verify-title = Alles controleren
health-verify-lead = Waarborg opent elk bestand opnieuw en vergelijkt het met de vingerafdruk die bij het importeren is vastgelegd. Bij een grote kluis duurt dat even.
health-verify = Controleer de kluis
health-verifying = Bezig met controleren…
health-verifying-hint = Dit kan even duren. U kunt wachten; er verandert niets.
health-verify-progress-items = { $done } van { $total } stukken gecontroleerd
health-verify-progress-log = Bewaarlogboek lezen: { $percent }%
health-all-well = { $items } bestanden, { $records } gegevens en { $entries } logregels gecontroleerd. Er is niets veranderd.
health-checked = { $items } bestanden, { $records } gegevens en { $entries } logregels gecontroleerd.
health-problems = { $count ->
    [one] Er is één probleem gevonden.
   *[other] Er zijn { $count } problemen gevonden.
}
health-problems-advice = Verwijder niets. Maak een kopie van de hele kluismap en vraag hulp. Een reservekopie kan het bestand nog goed bevatten.
health-problem-item = Bestand: { $title }
health-problem-file = In de kluismap: { $file }
health-problem-content-missing = Het bestand ontbreekt.
health-problem-content-undecryptable = Het bestand kan niet worden ontsleuteld.
health-problem-hash-mismatch = Het bestand is veranderd sinds het werd geïmporteerd.
health-problem-metadata-undecryptable = De gegevens bij het bestand kunnen niet worden ontsleuteld.
health-problem-metadata-missing = De gegevens bij het bestand ontbreken.
health-problem-thumbnail-undecryptable = Het voorbeeldplaatje kan niet worden ontsleuteld. Het bestand zelf kan nog goed zijn.
health-problem-record-undecryptable = Een dagboek-, persoons- of reisgegeven kan niet worden ontsleuteld.
health-problem-log-damaged = Het logboek is beschadigd of aangepast.
health-problem-anchor-not-in-log = Het logboek bevat een regel niet die er eerder in stond (gezien door deze computer, of op de afdruk of in het pakket dat u invulde): de kluis is teruggezet naar een oudere kopie, of het logboek is herschreven. Verander niets en laat dit aan uw advocaat zien.
health-anchor-label = Ook controleren tegen een afdruk of pakket (niet verplicht)
health-anchor-hint = Vul de regel van het bewaarlogboek in die onderaan een Waarborg-pdf staat, of scan de QR-code: het nummer, een dubbele punt en de hash van 64 tekens. De controle laat dan ook zien of het logboek die regel nog bevat.
rollback-title = Deze kluis is ouder dan de kluis die deze computer het laatst zag
rollback-behind = Het bewaarlogboek van deze kluis houdt op vóór de nieuwste regel die deze computer erin zag. De kluis is vervangen door een oudere kopie, of er zijn regels aan het eind verwijderd: wat daarna is vastgelegd, ontbreekt hier.
rollback-rewritten = Het bewaarlogboek van deze kluis bevat een regel niet die deze computer erin zag: dat regelnummer heeft nu een andere hash. Het logboek is vanaf dat punt of eerder herschreven.
rollback-remembered = Nieuwste regel die deze computer zag
rollback-current = Nieuwste regel in deze kluis nu
rollback-advice = Hebt u niet zelf een oudere kopie teruggezet, verander dan niets: laat deze computer en de kluis zoals ze zijn, noteer datum en tijd en laat dit aan uw advocaat zien. De controle onder "Controle" meldt het ook.
rollback-accept = Ik heb zelf een oudere kopie teruggezet
rollback-accept-confirm = Deze computer onthoudt het logboek van deze kluis dan zoals het nu is, en deze waarschuwing verdwijnt. Doe dit alleen als u zelf een oudere back-up hebt teruggezet.
rollback-accept-yes = Ja, ik heb het zelf teruggezet
rollback-accept-no = Nee, laat de waarschuwing staan
health-problem-stray-file = Er staat iets in de kluismap dat Waarborg er niet heeft neergezet (een map, snelkoppeling, pipe of onbekend bestand). Het is met rust gelaten en overgeslagen; de rest van de kluis heeft er geen last van.
health-problem-item-not-in-log = Het logboek vermeldt niet dat dit bestand is toegevoegd. Het bestand zelf kan nog goed zijn.
health-problem-log-names-missing-item = Het logboek noemt een bestand dat niet in de kluis staat en niet definitief is verwijderd.
health-problem-item-change-not-in-log = Een wijziging aan dit bestand (de gegevens, of naar of uit de prullenbak) staat niet in het logboek.
health-problem-thumbnail-mismatch = De voorbeeldafbeelding hoort niet bij dit bestand: ze is vervangen, bijvoorbeeld door die van een ander bestand. Ze wordt niet getoond of afgedrukt. Het bestand zelf kan nog in orde zijn.
health-problem-record-missing = Een dagboek-, persoons- of reisgegeven ontbreekt: het logboek noemt het, maar het is buiten Waarborg verwijderd.
health-problem-record-changed = Een dagboek-, persoons- of reisgegeven is gewijzigd zonder dat het logboek die wijziging bevat.
health-problem-record-not-in-log = Het logboek vermeldt niet dat dit dagboek-, persoons- of reisgegeven is toegevoegd.
health-problem-record-older-version = Een oudere kopie van een dagboek-, persoons- of reisgegeven is teruggezet in plaats van de nieuwere.
health-problem-key-file-damaged = Een sleutelbestand (de kluissleutel onder uw wachtwoordzin, of de tweede kopie daarvan) is beschadigd, ontbreekt of is vervangen. Uw kluis opent nog met de andere kopie; de volgende keer dat u ontgrendelt met uw wachtwoordzin, schrijft Waarborg het opnieuw.
health-problem-signing-key-damaged = De sleutel die uw overdrachtspakketten ondertekent (keys/signing.age) ontbreekt of is beschadigd. Exporteren lukt pas weer als hij terug is: zet het bestand terug uit een back-up van de kluis. Hij wordt nooit door een nieuwe vervangen, zodat elk pakket van deze kluis één ondertekeningssleutel houdt.
health-problem-chat-notes-undecryptable = De markeringen bij een chatexport (de gemarkeerde berichten, hoe de datums gelezen worden) kunnen niet worden ontsleuteld. De chat zelf kan nog goed zijn.
health-problem-chat-notes-without-item = Er zijn markeringen van een chatexport gevonden voor een bestand dat niet in de kluis staat.
health-head-title = Vingerafdruk van het logboek
health-head-explain = De nieuwste regel van het logboek: het nummer, een dubbele punt en de vingerafdruk. Schrijf hem op of print hem (elke pdf die Waarborg uit de kluis maakt, drukt hem af, met een QR-code): later laat de controle hierboven zien of het logboek hem nog bevat, en dat bewijst dat niets van daarvoor is veranderd.
health-copy-head = Code kopiëren
health-copied = Gekopieerd.
health-copy-failed = Kopiëren lukte niet. Schrijf de code over.
health-no-head = Het logboek is nog leeg.
health-log-title = Logboek
health-log-lead = { $count ->
    [one] Eén regel. Elke handeling met de kluis wordt hier vastgelegd en kan niet ongemerkt worden veranderd.
   *[other] { $count } regels. Elke handeling met de kluis wordt hier vastgelegd en kan niet ongemerkt worden veranderd.
}
health-log-seq = Nr.
health-log-time = Tijd
health-log-kind = Handeling
health-log-subject = Over
health-log-more = Meer tonen ({ $count } over)
health-log-kind-create = Kluis gemaakt
health-log-kind-import = Geïmporteerd
health-log-kind-view = Bekeken
health-log-kind-export = Geëxporteerd
health-log-kind-edit = Gewijzigd
health-log-kind-delete = Naar prullenbak
health-log-kind-restore = Teruggezet
health-log-kind-purge = Definitief verwijderd
health-log-kind-verify = Gecontroleerd
health-log-kind-record-create = Gegeven toegevoegd
health-log-kind-record-edit = Gegeven gewijzigd
health-log-kind-record-delete = Gegeven naar prullenbak
health-log-kind-record-restore = Gegeven teruggezet
health-log-kind-record-purge = Gegeven definitief verwijderd
health-log-kind-guide-step = Stap afgevinkt
health-log-kind-document-generated = Document gemaakt
health-log-kind-log-head-rebuilt = Logboekkop hersteld
health-log-kind-log-sealed = Logboekregels verzegeld
health-log-kind-passphrase-changed = Wachtwoordzin gewijzigd
health-log-kind-recovery-keys-changed = Herstelsleutels gewijzigd
health-log-kind-backup = Reservekopie gemaakt
health-log-kind-key-file-repaired = Sleutelbestand hersteld
health-log-kind-key-copy-created = Kopie van sleutelbestand gemaakt
health-log-kind-signing-key-created = Ondertekeningssleutel gemaakt
health-log-kind-thumbnails-bound = Miniaturen gekoppeld
health-log-kind-rekey = Kluissleutel vervangen
health-log-kind-chat-marks = Berichten gemarkeerd in een chat
health-log-kind-chat-date-order = Datumvolgorde van een chat gekozen
# A kind this version does not know (written by a newer version).
health-log-kind-other = Andere handeling ({ $kind })
log-note-record-journal = dagboekregel
log-note-record-person = persoon
log-note-record-travel = reis
log-note-step = stap { $step }
log-note-step-done = stap { $step }, afgerond
log-note-verify = { $items ->
    [one] 1 stuk
   *[other] { $items } stukken
}, { $problems ->
    [0] geen problemen
    [one] 1 probleem
   *[other] { $problems } problemen
}
log-note-how-folder = map
log-note-how-passphrase = versleuteld bestand (wachtwoordzin)
log-note-how-keys = versleuteld bestand (age-sleutels)
log-note-export = { $how } { $name }
log-note-export-records = { $how } { $name }; gegevens: { $records }
log-note-export-failed = { $how } { $name } mislukt ({ $error }); er is niets bewaard
log-note-included-journal = dagboek { $count }
log-note-included-people = personen { $count }
log-note-included-travel = reizen { $count }
log-note-included-timeline = tijdlijn { $count }
log-note-backup = reservekopie { $name }
log-note-recovery-keys = { $count ->
    [one] 1 herstelsleutel
   *[other] { $count } herstelsleutels
}
log-note-signing-key = ondertekeningssleutel voor pakketten { $fingerprint }
log-note-signing-key-written = { $file } geschreven: ondertekeningssleutel voor pakketten { $fingerprint }
log-note-key-file-repaired = { $file } opnieuw geschreven: { $reason }
log-note-key-copy-created = { $file } geschreven (tweede kopie van het sleutelbestand)
log-note-thumbnails-bound = { $count } miniaturen van eerder geïmporteerde stukken gekoppeld
log-note-head-missing = het kopbestand van het logboek ontbrak en is opnieuw opgebouwd uit de keten; aan het eind kunnen regels zijn verwijderd
log-note-head-damaged = het kopbestand van het logboek was beschadigd ({ $reason }) en is opnieuw opgebouwd uit de keten; aan het eind kunnen regels zijn verwijderd
log-note-sealed = regels { $first } tot { $last } ({ $count }) bij het ontgrendelen van losse bestanden naar verzegelde segmenten verplaatst; hun bytes, hashes en keten zijn ongewijzigd
log-note-rekey = herversleuteling { $id }: kluissleutel { $old } vervangen door { $new }; bestanden elders die met de oude sleutel versleuteld zijn, blijven daarmee leesbaar

## Presentation mode

error-vault-presenting = De presentatie loopt nog. Verlaat de presentatie met uw wachtwoordzin om verder te gaan.
error-vault-present-nothing = Kies eerst een of meer stukken om te presenteren.
error-chat-not-a-chat = Dit bestand is geen chatexport die Waarborg kan lezen. Het is als bestand bewaard; er gaat niets verloren.
error-chat-unknown-date-format = Een bericht in deze chat heeft een datum in een vorm die Waarborg niet kent. Het bestand is ongewijzigd bewaard; er is geen transcript gemaakt.
error-chat-date-order-needed = In deze chat is elke dag 12 of lager, dus een datum als 03/04 kan op twee manieren gelezen worden. Kies of de dag of de maand eerst staat.
error-chat-too-large = Deze chat is te groot voor een transcript (meer dan 64 MB tekst). Het bestand is ongewijzigd bewaard.
error-chat-damaged-zip = Dit zipbestand kan niet tot het einde gelezen worden (misschien is het onvolledig). Het bestand is ongewijzigd bewaard; exporteer de chat opnieuw voor een transcript.
error-chat-no-chat-in-zip = Dit zipbestand bevat geen chattekst. Het bestand is ongewijzigd bewaard.
error-chat-invalid-telegram = Dit JSON-bestand is geen Telegram-export van één chat. Het bestand is ongewijzigd bewaard.
error-chat-io = De chatexport kon niet gelezen worden. Het bestand is ongewijzigd bewaard.
error-chat-media-missing = De chatexport noemt dit bestand, maar het staat niet in de exportmap. De chat en de andere bestanden zijn bewaard; importeer dit bestand los als u het hebt.
error-chat-media-folder-missing = De chatexport noemt foto's of bestanden, maar hun map (photos, files, video_files) staat niet naast result.json. De chat is ongewijzigd bewaard; importeer de hele exportmap om ook de foto's en bestanden te bewaren.
error-chat-unsafe-media-path = De chatexport noemt een mediabestand buiten de eigen map; het is niet geïmporteerd. De chat is ongewijzigd bewaard.
vault-select-item = { $title } kiezen
vault-select-all-shown = Alle getoonde kiezen
vault-select-clear = Keuze wissen
vault-selected-count = { $count ->
    [0] Niets gekozen
    [one] Eén stuk gekozen
   *[other] { $count } stukken gekozen
}
vault-present = { $count ->
    [0] Presenteren
   *[other] Presenteren ({ $count })
}
vault-present-hint = Toont alleen de gekozen stukken, op het hele scherm. Verlaten vraagt om uw wachtwoordzin.
present-label = Presentatie
present-loading = Laden…
present-no-date = Datum onbekend
present-position = { $n } / { $total }
present-previous = ← Vorige
present-next = Volgende →
present-zoom = Vergroten
present-zoom-in = Groter
present-zoom-out = Kleiner
present-zoom-fit = Passend
present-keys = Pijltjes: vorige en volgende · + en −: groter en kleiner · 0: passend · Esc: afsluiten
present-text-failed = De tekst kon niet worden geladen.
present-cannot-show = Dit soort bestand kan hier niet worden getoond.
present-fact-name = Bestandsnaam
present-fact-type = Soort bestand
present-fact-size = Grootte
present-fact-sha256 = SHA-256
present-leave = Afsluiten
present-leave-title = Presentatie afsluiten
present-leave-explain = Voer de wachtwoordzin van de kluis in. Daarna ziet u uw kluis weer zoals u hem verliet.
present-leave-passphrase = Wachtwoordzin
present-leave-confirm = Afsluiten
present-leave-checking = Controleren…
present-leave-cancel = Verder presenteren
