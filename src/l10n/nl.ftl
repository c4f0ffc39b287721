## kring's berichten in het Nederlands; elk bericht heeft zijn Engelse
## tweeling in en.ftl.

## De tabbladen en het kader van de terminal-UI
tab-today = Vandaag
tab-companies = Bedrijven
tab-people = Personen
tab-followups = Opvolging
tab-circles = Kringen
tab-goals = Doelen
tab-short-today = Vand
tab-short-companies = Bedr
tab-short-people = Pers
tab-short-followups = Opv
tab-short-circles = Krng
tab-short-goals = Doel
tab-short-questions = Vrgn
tab-short-engagements = Samw
tab-short-health = Gezh
tab-short-staff = Mdw
help-title = Toetsen (↑/↓ scrollen, elke andere toets sluit)
help-more = … nog { $count }: ↓
confirm-title = Bevestigen

## Vandaag, in de terminal-UI en op de opdrachtregel
today-pane = Vandaag
today-mine = alleen mijn
today-mine-first = eerst mijn, dan die van iedereen
today-next-meeting = Volgende kringbijeenkomst:{" "}
today-no-companies = Nog geen bedrijven. Zo begin je:
today-begin-add = {"  "}2 en dan a: een bedrijf toevoegen (of kring company add NAAM)
today-begin-import = {"  "}kring import contacts BESTAND.csv: je Excel-lijst of een Outlook-.vcf (--dry-run kijkt eerst)
today-begin-demo = {"  "}kring --demo: rondkijken in een gevulde demodatabase
shown-of = { $shown } van { $total }
today-overdue = Te laat ({ $shown })
today-nothing-overdue = {"  "}niets te laat
today-due-soon = De komende 7 dagen ({ $shown })
today-nothing-due = {"  "}niets gepland
today-days-late = { $days } d te laat
today-losing-touch = Contact verwatert ({ $shown } van { $total } voorbij hun ritme)
today-all-within-cadence = {"  "}elke relatie zit binnen haar contactritme
today-no-contact-for = { $days } dagen geen contact, ritme { $cadence }
today-never-contacted = nooit contact gehad, ritme { $cadence }
today-single-point = {" "}· één aanspreekpunt
today-others-on-mine = Recent contact van andere teams met mijn bedrijven ({ $count })
today-days-ago = { $kind } { $ago } —{" "}
today-goals = Mijn doelen en die van mijn team ({ $count })
today-evaluations = Samenwerkingen om te evalueren ({ $count })
today-ended = afgelopen { $date }
today-rechecks = SBB-erkenningen om te hercontroleren ({ $count })
today-select-company-first = kies eerst een bedrijf, of zoek er een met /

## kring remind
remind-title = kring — { $date }
remind-title-for = kring — { $date }, voor { $staff }
remind-overdue = Te late opvolging
remind-due-this-week = Deze week
remind-due-within = De komende { $days } dagen
remind-losing-touch = Contact verwatert
remind-rechecks = SBB-hercontroles
remind-goals = Doelen die achterlopen
remind-late = { $days } d te laat
remind-last-contact = laatste contact { $date }
remind-never = nooit contact gehad
remind-cadence = { $name } — { $last }, elke { $cadence } dagen ({ $days } dagen over tijd)
remind-sent = herinnering verstuurd naar { $to }
err-remind-no-email = { $who } heeft geen e-mailadres om de herinnering naartoe te sturen: kring staff edit "{ $who }" --email ADRES
remind-more = … en nog { $count } (kring today)
remind-more-short = … en nog { $count }

## De hulp bij de toetsen
key-action = actie
key-add-a-company = een bedrijf toevoegen
key-add-a-contact-person = een contactpersoon toevoegen
key-add-a-person-says-how-at-their-company-p = een persoon toevoegen (zegt hoe: bij hun bedrijf, p)
key-apologised = afgemeld
key-apologised-afgemeld = afgemeld
key-attended = aanwezig
key-back = terug
key-cancel = annuleren
key-cancel-asks-first-when-something-was-typed = annuleren (vraagt eerst als er iets getypt is)
key-circles = Kringen
key-clear = wissen
key-clear-filter-back = filter wissen / terug
key-clear-the-filter = het filter wissen
key-close = sluiten
key-companies = Bedrijven
key-delete-the-selected-interaction-or-follow-up = het gekozen contactmoment of de gekozen opvolging verwijderen
key-done = gedaan
key-edit = wijzigen
key-edit-the-company-or-the-selected-entry = het bedrijf wijzigen, of de gekozen regel
key-edit-the-person = de persoon wijzigen
key-filter = filter
key-filter-by-name-city-or-tag = filteren op naam, plaats of label
key-filter-by-name-or-e-mail = filteren op naam of e-mail
key-follow-ups = Opvolging
key-goals = Doelen
key-help = hulp
key-invited = uitgenodigd
key-keep-the-filter-back-to-the-list = filter houden, terug naar de lijst
key-log = vastleggen
key-changes = wijzigingen
key-log-an-interaction = een contactmoment vastleggen
key-log-an-interaction-at-their-company = een contactmoment bij hun bedrijf vastleggen
key-mark-done = afvinken
key-mark-the-follow-up-done = de opvolging afvinken
key-mark-the-selected-follow-up-done = de gekozen opvolging afvinken
key-mine-all = mijn/alle
key-mine-everyone-s = mijn / van iedereen
key-minutes = notulen
key-move-down = omlaag
key-move-up = omhoog
key-new-action-item-a-follow-up = nieuw actiepunt (een opvolging)
key-next-field = volgend veld
key-next-hit = volgende treffer
key-next-pane = volgend paneel
key-next-tab = volgend tabblad
key-no = nee
key-no-go-back = nee, terug
key-open = openen
key-open-edit-the-selected-entry = de gekozen regel openen / wijzigen
key-open-the-circle = de kring openen
key-open-the-company = het bedrijf openen
key-open-the-meeting = de bijeenkomst openen
key-open-the-selected-company = het gekozen bedrijf openen
key-open-the-selected-hit = de gekozen treffer openen
key-page-down = pagina omlaag
key-page-up = pagina omhoog
key-pane = paneel
key-people = Personen
key-previous-field = vorig veld
key-previous-hit = vorige treffer
key-previous-pane = vorig paneel
key-previous-tab = vorig tabblad
key-quit = stoppen
key-reassign = overdragen
key-reassign-to-a-colleague = aan een collega overdragen
key-reload-from-the-database = opnieuw uit de database laden
key-save = opslaan
key-search = zoeken
key-search-everywhere = overal zoeken
key-snooze = uitstellen
key-snooze-one-week = een week uitstellen
key-snooze-the-selected-follow-up-a-week = de gekozen opvolging een week uitstellen
key-snooze-to-a-date = uitstellen tot een datum
key-sort = sorteren
key-sort-name-city-status-last-contact-contact-due-follow-ups-asked-health = sorteren: naam, plaats, status, laatste contact, contact te laat, opvolging, gevraagd, gezondheid
sort-contact-due = contact te laat
key-status = status
key-status-filter = statusfilter
key-this-help = deze hulp
key-timeline-history-of-changes = tijdlijn / geschiedenis van wijzigingen
key-to-the-bottom = naar onderen
key-to-the-top = naar boven
key-today = Vandaag
key-write-the-minutes = de notulen schrijven
key-yes = ja
key-yes-do-it = ja, doen

## De vocabulaires, zoals een mens ze leest
term-status-prospect = prospect
term-status-active = actief
term-status-dormant = slapend
term-status-ended = gestopt
term-kind-call = telefoongesprek
term-kind-email = e-mail
term-kind-visit = bezoek
term-kind-meeting = overleg
term-kind-event = evenement
term-kind-guest-lecture = gastles
term-kind-internship-placed = stage geplaatst
term-kind-assignment = opdracht
term-kind-other = overig
term-role-workplace-trainer = praktijkopleider
term-role-owner = eigenaar
term-role-hr = hr
term-role-expert = expert
term-role-other = overig
term-staff-role-connector = accountmanager
term-staff-role-internship-office = stagebureau
term-staff-role-teacher = docent
term-staff-role-manager = manager
term-staff-role-other = overig
term-form-internship = stage
term-form-guest-lecture = gastles
term-form-company-visit = bedrijfsbezoek
term-form-practice-assignment = praktijkopdracht
term-form-coaching = coaching
term-form-partnership = partnerschap
term-form-exam-curriculum = examen en curriculum
term-form-recruitment = werving
term-form-other = overig
term-engagement-status-proposed = voorgesteld
term-engagement-status-agreed = afgesproken
term-engagement-status-running = loopt
term-engagement-status-done = afgerond
term-engagement-status-cancelled = geannuleerd
term-metric-companies = bedrijven
term-metric-students = studenten
term-metric-placements = stageplaatsen
term-metric-lectures = gastlessen
term-metric-assignments = opdrachten
term-metric-new-companies = nieuwe bedrijven
term-metric-meetings = bijeenkomsten
term-metric-contacts = contactmomenten
term-question-kind-assignment = praktijkopdracht
term-question-kind-research = onderzoeksvraag
term-question-kind-guest-lecture = gastles
term-question-kind-internship = stage
term-question-kind-event = evenement
term-question-kind-other = overig
term-question-status-new = nieuw
term-question-status-matched = gekoppeld
term-question-status-running = loopt
term-question-status-delivered = opgeleverd
term-question-status-declined = afgewezen
term-question-status-withdrawn = ingetrokken

## Doelen
goal-over = { $count } { $what } — { $over } boven { $max }
goal-within = { $count } { $what } — binnen { $target }–{ $max }
goal-reached = { $count } { $what } — { $target } gehaald
goal-short = { $count } { $what } — nog { $short } tot { $target }

## Het onderwerp van de herinneringsmail
subject-overdue = { $count } te laat
subject-due-week = { $count } deze week
subject-due-days = { $count } binnen { $days } dagen
subject-losing = { $count } contact verwatert
subject-rechecks = { $count } SBB-hercontroles
subject-goals = { $count } doelen lopen achter

## Lijsten in de terminal-UI
sort-name = naam
sort-city = plaats
sort-status = status
sort-last-contact = laatste contact
sort-open-followups = open opvolging
sort-asked = hoe vaak gevraagd (90 dagen)
companies-title = Bedrijven ({ $count })
list-mine = {" "}· alleen mijn
sort-health = gezondheid, slechtste eerst
list-sorted-by = {" "}· gesorteerd op { $sort }
companies-filter-hint = {"   "}naam, plaats of label
list-to-filter = / om te filteren
col-name = NAAM
col-city = PLAATS
col-status = STATUS
col-owner = EIGENAAR
col-last-contact = LAATST
col-since = SINDS
col-open = OPEN
col-health = GEZONDHEID
companies-none = {"  "}geen bedrijven gevonden; esc wist het filter, a voegt er een toe
companies-near = {"  "}bedoel je een van deze? enter opent hem, ↑↓ kiest
people-add-at-company = personen voeg je toe bij hun bedrijf: open het en druk op p
col-company = BEDRIJF
col-role = ROL
col-email = E-MAIL
col-due = DATUM
col-late = LAAT
col-for = VOOR
col-action = ACTIE
followups-none = {"  "}geen open opvolgingen: leg een contactmoment vast (l) met een opvolgdatum
term-band-thriving = bloeiend
term-band-healthy = gezond
term-band-cooling = bekoelend
term-band-at-risk = in gevaar
term-band-dormant = slapend
goals-none = {"  "}nog geen doelen voor dit schooljaar: kring goal add --metric students --target 40 --max 60
goals-title = Doelen { $year } ({ $count })
goals-made-of = Waaruit het bestaat
goals-nothing-counts = {"  "}er telt nog niets mee
goals-made-of-title = Waaruit #{ $id } bestaat — { $count } bedrijven
col-member = LID
col-companies = BEDRIJVEN
col-overdue = TE LAAT
col-at-risk = IN GEVAAR
search-notes = Notities
search-nothing = {"  "}niets gevonden
search-title = {" "}Overal zoeken — enter opent, esc sluit{" "}
person-no-company = deze persoon werkt nu nergens
person-email = E-mail
person-phone = Telefoon
person-notes = Notities
person-since = sinds { $date }
person-former = {"  "}(voorheen)
person-do-not-contact = {" "}· niet benaderen
person-no-interactions = nog geen contactmomenten met deze persoon
person-interactions = Contactmomenten
since-never = nooit
since-today = vandaag
since-days = { $days } d
select-followup-first = kies eerst een opvolging
nothing-to-undo = niets om ongedaan te maken: u neemt de wijziging van net terug (afgerond, uitgesteld, verwijderd, vastgelegd, bewerkt, aanwezigheid…)
undo-conflict = er is niets ongedaan gemaakt: { $who } wijzigde { $field } sindsdien in '{ $value }'
someone-else = iemand anders
reloaded = opnieuw geladen
ask-discard = Wat je typte weggooien? (y = ja, n = nee)
ask-quit = Stoppen en kwijtraken wat je typte? (y = ja, n = nee)

## De bedrijfspagina
company-select-followup = kies eerst een opvolging (tab)
company-ask-delete-followup = De opvolging "{ $action }" van { $due } verwijderen? (y = ja, n = nee)
company-ask-delete-interaction = Het contactmoment ({ $kind }) van { $on } verwijderen? (y = ja, n = nee)
company-select-entry = kies eerst een contactmoment of een opvolging (tab)
company-more = {" "}(+{ $count } meer)
company-also-talking = Ook contact
company-kind-days-ago = { $kind } { $ago }
company-every-days = elke { $days } dagen
company-none = geen
company-archived = {" "}(gearchiveerd)
company-recognised = {" "}· SBB-erkend
field-status = Status
field-owner = Eigenaar
field-address = Adres
field-kvk-sector = KvK · sector
field-contact = Contact
field-collaborate = Samenwerking
field-tags = Labels
field-motivation = Motivatie
field-agreements = Afspraken
field-health = Gezondheid
company-contact = laatst { $last }, ritme { $cadence }{ $asked }
company-single-point = ; één aanspreekpunt
company-none-recorded = niets vastgelegd
company-per-month = Contact per maand
company-no-people = nog geen contactpersonen: p voegt er een toe
company-former = {" "}(voorheen)
company-do-not-contact = {" "}(niet benaderen)
company-open-followups = Open opvolging
company-no-changes = geen wijzigingen vastgelegd
company-history = Geschiedenis van wijzigingen ({ $count }) — H: tijdlijn
company-no-interactions = nog geen contactmomenten: l legt er een vast
company-timeline = Tijdlijn ({ $shown })
company-asked = ; { $times }× gevraagd door { $whom }

## Kringen en bijeenkomsten
whom-teams = { $count ->
    [one] 1 team
   *[other] { $count } teams
}
whom-colleagues = { $count ->
    [one] 1 collega
   *[other] { $count } collega's
}
whom-both = { $teams } en { $colleagues }
col-circle = KRING
col-members = LEDEN
col-next-meeting = VOLGENDE BIJEENKOMST
circles-none = nog geen kringen: druk a om er een te beginnen
circles-title = Bedrijvenkringen
circles-left = {" "}(vertrokken { $date })
circles-no-members = nog geen leden: druk a om een bedrijf toe te voegen
circles-members = Leden ({ $count })
circles-upcoming = gepland
circles-held = gehouden
circles-no-meetings = nog geen bijeenkomsten: druk n om er een te plannen
circles-meetings = Bijeenkomsten — enter opent
meeting-no-invitees = de ledenbedrijven hebben geen contactpersonen
meeting-title = { $at } — { $circle } ({ $came } aanwezig)
meeting-place = Plaats
meeting-agenda = Agenda
meeting-actions = Actiepunten
meeting-no-actions = nog geen: n voegt er een toe
meeting-done = {" "}(gedaan)
meeting-minutes = Notulen
meeting-no-minutes = nog niet: w schrijft ze
meeting-pane = Bijeenkomst

## Formulieren
form-today = vandaag
form-log = Contactmoment vastleggen — { $name }
form-log-recent = { $who } had { $ago } contact met { $name } ({ $kind }): '{ $note }'
form-edit-interaction = Contactmoment #{ $id } wijzigen — { $company }
form-edit = { $name } wijzigen
form-add-company = Een bedrijf toevoegen
form-add-person-at = Een contactpersoon toevoegen bij { $company }
form-add-person = Een contactpersoon toevoegen
form-choose-company = kies eerst een bedrijf: open het en druk op p
form-edit-followup = Opvolging #{ $id } wijzigen — { $company }
form-minutes = Notulen — { $circle } { $at }
form-no-members = deze kring heeft geen ledenbedrijven
form-action-item = Actiepunt — { $circle }
form-snooze = Uitstellen tot
form-reassign = Overdragen aan
form-not-days = '{ $text }' is geen aantal dagen

## Velden en hints van formulieren
ui-8-digits = 8 cijfers
ui-action = Actie
ui-agreements = Afspraken
ui-as-they-write-it = zoals zij het schrijven
ui-cadence = Contactritme
ui-city = Plaats
ui-colleague = Collega
ui-company = Bedrijf
ui-date = Datum
ui-days-empty-the-status-default = dagen; leeg: wat bij de status hoort
ui-due = Datum
ui-e-mail = E-mail
ui-empty-none-2w-friday-1-12 = leeg: geen; +2w, vrijdag, 1-12
ui-enter-new-line = enter: nieuwe regel
ui-enter-new-line-ctrl-s-saves = enter: nieuwe regel; ctrl-s slaat op
ui-follow-up-on = Opvolgen op
ui-kind = Soort
ui-kvk = KvK
ui-minutes = Notulen
ui-motivation = Motivatie
ui-name = Naam
ui-none = (geen)
ui-note = Notitie
ui-notes = Notities
ui-outcome = Uitkomst
ui-phone = Telefoon
ui-postcode = Postcode
ui-role = Rol
ui-sector = Sector
ui-space-ticks = spatie vinkt aan
ui-status = Status
ui-street = Straat
ui-title = Functie
ui-today-yesterday-20-11-3d-friday = vandaag, gisteren, 20-11, -3d, vrijdag
ui-website = Website
ui-what-s-in-it-for-them = wat het hun oplevert
ui-what-to-do-then = wat er dan moet gebeuren
ui-with = Met

## Wat de statusbalk zegt na een wijziging
said-done = gedaan: { $what } — u maakt ongedaan
said-reopened = heropend: { $what }
said-snoozed = uitgesteld tot { $date }
said-interaction-deleted = contactmoment #{ $id } verwijderd
said-followup-deleted = opvolging #{ $id } verwijderd
said-marked = gemarkeerd als { $status }
said-unattended = aanwezigheid niet vastgelegd
said-interaction-updated = contactmoment #{ $id } bijgewerkt
said-added = { $name } toegevoegd
said-saved = { $name } opgeslagen
said-followup-updated = opvolging #{ $id } bijgewerkt
said-minutes = notulen opgeslagen
said-action-item = actiepunt #{ $id } toegevoegd als opvolging
said-action-item-no-id = actiepunt toegevoegd als opvolging
said-reassigned = overgedragen aan { $name }
said-logged = { $kind } vastgelegd op { $date }
said-logged-followup = , opvolging op { $date }
said-in-the-past = {" "}— in het verleden, dus te laat

## Foutmeldingen: wat er misging en hoe het goed komt
err-date-unreadable = kan de datum '{ $given }' niet lezen: schrijf 2026-11-20, 20-11-2026, 20/11, vandaag, morgen, +2w, -1m of vrijdag
err-date-no-such = '{ $given }' staat niet op de kalender
err-period-unreadable = kan de periode '{ $given }' niet lezen: schrijf 7d, 2w, 1m of 1j
err-date-out-of-range = '{ $given }' valt buiten de jaren { $first }–{ $last } die kring bijhoudt
err-kvk = ongeldig KvK-nummer '{ $given }': het heeft 8 cijfers, bijv. 12345678 of 1234 5678
err-email = ongeldig e-mailadres '{ $given }': verwacht zoiets als naam@voorbeeld.nl
err-empty = { $what } mag niet leeg zijn
err-school-year = ongeldig schooljaar '{ $given }': schrijf het als 2025-2026 (twee opeenvolgende jaren van 1900 tot 2199)
err-out-of-range = { $what } { $value } valt buiten het bereik: het is een getal van { $min } tot { $max }
err-too-long = { $what } is { $length } tekens lang; er passen er hoogstens { $most }
err-control = { $what } bevat een regeleinde of een ander stuurteken
err-login = '{ $given }' is geen login: gebruik kleine letters, cijfers, _ . of - (zoals joost of j.mulder)
err-unknown-value = onbekende { $what } '{ $given }': kies uit { $allowed }
err-not-found = geen { $what } gevonden voor '{ $given }'{ $hint }
err-ambiguous = '{ $given }' past bij meerdere { $what }: { $candidates }; gebruik het nummer of meer van de naam
err-no-rows = de database heeft zo'n gegeven niet
err-busy = de database bleef bezet (een ander programma bleef erin schrijven); er is niets gewijzigd — probeer het opnieuw
err-read-only = het databasebestand is alleen-lezen; er is niets gewijzigd — controleer de rechten of open een kopie
err-moved = deze database is verhuisd naar { $url } (kring migrate-to); hier is niets gewijzigd — open die: kring --db { $url } (of zet database = "{ $url }" in het configuratiebestand)
ics-followup = kring-opvolging #{ $id }
ics-contact = contactpersoon: { $name }
ics-for = voor: { $name }
err-organizer-unknown = uitnodigingen noemen de afzender: kring weet hier niet wie u bent (kring staff list); er is niets geschreven
err-organizer-no-email = uitnodigingen noemen de afzender met e-mailadres, en { $name } heeft er geen: kring staff edit "{ $name }" --email ADRES; er is niets geschreven
file-contacts = kring-contacten
file-followups = kring-opvolging
file-meetings = kring-bijeenkomsten
file-handover = overdracht
err-admin-only = alleen een beheerder mag { $what }; vraag het een beheerder (`kring staff list` toont wie dat zijn) — er is niets gewijzigd
admin-mark-left = { $name } als vertrokken markeren (uw eigen bedrijven kunt u overdragen met --companies tag:NAAM)
admin-act-for = namens een collega handelen (--as)
admin-add-team = een team toevoegen
admin-staff-team = het team van een medewerker wijzigen
admin-handover = de bedrijven van een collega overdragen
admin-erase-person = een persoon wissen
admin-add-staff = een medewerker toevoegen
admin-staff-email = het e-mailadres van een medewerker wijzigen
admin-link-login = een medewerker aan een login koppelen
goal-the-school = de school
err-meeting-still-to-come = bijeenkomst #{ $id } is op { $date }: aanwezigheid kan vanaf die dag worden vastgelegd; er is niets gewijzigd
err-snooze-earlier = uitstellen schuift een opvolging op: #{ $id } staat op { $due }, later dan { $date }; om hem te vervroegen: kring followup edit { $id } --due DATUM
err-server-refused-table = de teamdatabase laat uw login { $table } niet wijzigen (alleen een beheerder mag dat, of niemand: `kring staff list` toont wie beheerder is); er is niets gewijzigd
err-server-refused-row = de teamdatabase weigerde een geschiedenisregel op naam van een andere medewerker (alleen een beheerder mag namens een collega handelen); er is niets gewijzigd
err-server-refused = de teamdatabase weigerde dit voor uw login ({ $detail }); er is niets gewijzigd
err-server-rule = { $rule }; er is niets gewijzigd
err-login-of-a-leaver = de login '{ $login }' hoort bij een medewerker die vertrokken is: die leest en schrijft niets meer in deze kring (ICT schakelt hem uit met ALTER ROLE … NOLOGIN)
err-delete-interaction-not-yours = alleen de collega die het vastlegde ({ $name }) of een beheerder mag dit contactmoment verwijderen; er is niets gewijzigd
err-delete-followup-not-yours = alleen de collega voor wie het is ({ $name }), wie het maakte, of een beheerder mag deze opvolging verwijderen; er is niets gewijzigd
err-merge-not-yours = alleen { $owner } (eigenaar van { $company }) of een beheerder mag het samenvoegen met een bedrijf van iemand anders; er is niets gewijzigd
err-undo-not-yours = alleen { $name } (die het importeerde) of een beheerder mag import #{ $id } ongedaan maken; er is niets gewijzigd
cli-moved-note = kring: let op: deze database is verhuisd naar { $url }; dit bestand is bewaard zoals het was op de dag van de verhuizing en neemt geen wijzigingen meer aan
err-full = de schijf is vol (of de maximale bestandsgrootte is bereikt); er is niets gewijzigd — maak ruimte vrij en probeer het opnieuw
err-disk-io = de schijf kon niet worden beschreven of gelezen — is hij vol? ({ $detail }); er is niets gewijzigd
err-not-a-database = het bestand is geen kring-database (of het is beschadigd)
err-damaged = het databasebestand is beschadigd; zet een reservekopie terug met `kring restore` (er is niets gewijzigd)
err-constraint = databasefout: { $detail }

## Wat een foutmelding noemt
what-company = bedrijf
what-person = persoon
what-staff-member = medewerker
what-due-on = vervaldatum
what-staff-id = collega
what-action = actie
what-circle = kring
what-companies = bedrijven
what-people = personen
what-collision-days = collision_days
what-target = doel
what-staff-members = medewerkers
what-circles = kringen
what-goal = doel
what-interaction = contactmoment
what-person-in-the-database-or-kring-s-copies = persoon (in de database of de kopieën van kring)
what-engagement = samenwerking
what-follow-up = opvolging
what-meeting-that-has-begun = begonnen bijeenkomst
what-meeting = bijeenkomst
what-open-follow-up = open opvolging
what-open-follow-ups = open opvolgingen
what-team = team
what-teams = teams
what-company-name = bedrijfsnaam
what-person-name = naam van de persoon
what-circle-name = naam van de kring
what-evaluation = evaluatie
what-follow-up-action = actie van de opvolging
what-staff-name = naam van de medewerker
what-team-name = teamnaam
what-cadence-in-days = ritme in dagen
what-students = studenten
what-the-note-what-was-said-or-done = de notitie (wat er gezegd of gedaan is)
what-status = status
what-kind = soort
what-role = rol
what-staff-role = medewerkersrol
what-form = vorm
what-engagement-status = status van de samenwerking
what-metric = maatstaf

## Aanwijzingen na een fout
hint-see = ; zie `{ $command }`
hint-see-or-add = ; zie `{ $list }` of voeg toe met `{ $add }`
hint-at-see = {" "}bij { $name }; zie `{ $command }`
hint-next-meeting = ; de volgende is #{ $id } op { $date }
hint-add-meeting = ; voeg er een toe met `kring meeting add { $circle } --on DATUM`

## kring today, en de eerste stappen in een lege database
cli-today-heading = Vandaag { $date } — { $who }
cli-today-no-companies = Nog geen bedrijven.
cli-today-overdue = Te late opvolgingen ({ $shown })
cli-today-late = d te laat
cli-first-steps = Verder: haal je lijst binnen met `kring import contacts BESTAND.csv` (Excel of een Outlook-.vcf; met --dry-run kijk je eerst), voeg een bedrijf toe met `kring company add NAAM`, of kijk rond in een ingerichte demo met `kring --demo`.

## Kolomkoppen van de tabellen op de opdrachtregel
cli-col-circle = KRING
cli-col-city = PLAATS
cli-col-companies = BEDRIJVEN
cli-col-company = BEDRIJF
cli-col-due = UITERLIJK
cli-col-email = E-MAIL
cli-col-form = VORM
cli-col-id = NR
cli-col-joined = LID SINDS
cli-col-kind = SOORT
cli-col-late = TE LAAT
cli-col-left = VERTROKKEN
cli-col-members = LEDEN
cli-col-name-note = NAAM / NOTITIE
cli-col-name = NAAM
cli-col-next-meeting = VOLGENDE
cli-col-place = LOCATIE
cli-col-role = ROL
cli-col-team = TEAM
cli-col-when = WANNEER
cli-col-action = ACTIE
cli-col-for = VOOR
cli-col-last-contact = LAATSTE CONTACT
cli-col-login = LOGIN
cli-col-open = OPEN
cli-col-overdue = TE LAAT
cli-col-owner = EIGENAAR
cli-col-past-cadence = OVER RITME
cli-col-programme = OPLEIDING
cli-col-state = STAAT
cli-col-status = STATUS
cli-col-students = STUDENTEN
cli-col-tags = LABELS
cli-col-year = JAAR

## Wat een opdracht zegt dat ze gedaan heeft
cli-logged = { $kind } met { $name } vastgelegd op { $date } (#{ $id })
cli-logged-followup = ; opvolging #{ $id } uiterlijk { $date }: { $action }
cli-reopened = heropend: #{ $id } { $action } ({ $company }), uiterlijk { $date }
cli-done = gedaan: #{ $id } { $action } ({ $company })
cli-snoozed = #{ $id } uitgesteld tot { $date }: { $action }
cli-followup-due = #{ $id } uiterlijk { $date }: { $action }
cli-reassigned = #{ $id } is nu voor { $who }: { $action }
cli-restored = { $name } teruggezet (#{ $id })
cli-archived = { $name } gearchiveerd (#{ $id })
cli-company-added = bedrijf #{ $id } { $name } toegevoegd
cli-company-updated = bedrijf #{ $id } { $name } bijgewerkt
cli-person-added = persoon #{ $id } { $name } bij { $company } toegevoegd
cli-person-updated = persoon #{ $id } { $name } bijgewerkt

## Waarom de gezondheid van een relatie is wat ze is
health-never-contacted = nooit contact gehad
health-no-contact-cadence = { $days } dagen geen contact, ritme { $cadence }
health-no-contact = { $days } dagen geen contact
health-no-contact-this-year = geen contact in de afgelopen 12 maanden
health-falling = het contact neemt af: { $last_year } in de afgelopen 12 maanden, { $year_before } het jaar daarvoor
health-no-collaboration = geen samenwerking afgesproken of lopend
health-one-way = eenrichtingsverkeer: geen stages, opdrachten, gastlessen of kringbezoeken in 12 maanden
health-little-value = weinig dat terugkomt: één stage, opdracht, gastles of kringbezoek in 12 maanden
health-no-staff = geen medewerker had contact in 2 jaar
health-one-staff = maar één medewerker kent dit bedrijf
health-no-contact-person = geen huidige contactpersoon
health-one-contact-person = maar één contactpersoon
health-overdue = { $count ->
    [one] { $count } te late opvolging
   *[other] { $count } te late opvolgingen
}
cli-col-score = SCORE
cli-col-band = NIVEAU
cli-col-why = WAAROM
cli-single-point = één aanspreekpunt

## --help (de Engelse tekst staat in de broncode; dit zijn de kopjes)
help-usage = Gebruik:
help-commands = Opdrachten
help-options = Opties
help-arguments = Argumenten
help-help = Toon de hulp

## --help: wat elke opdracht en optie doet
help = Een CRM in de terminal voor de relaties van een school met bedrijven
help--db = Het databasebestand (standaard: kring.sqlite in je gegevensmap)
help--as_staff = Werk als deze medewerker (standaard: de "ik" van de database)
help--json = Lijsten als JSON (een array van objecten; `today`: één object)
help--mouse = Vang de muis in de terminal-UI (scrollwiel)
help--demo = Open een verse demodatabase (kring-demo.sqlite in je gegevensmap, telkens opnieuw gemaakt)
help--lang = Spreek Nederlands (nl) of Engels (en); standaard: `language` in het configuratiebestand, anders de locale
help-init = Maak de database en de eerste medewerker ("ik")
help-init--me = Je naam (gevraagd als je hem weglaat en stdin een terminal is; anders de gebruikersnaam van het systeem)
help-init--email = Je e-mailadres
help-init--role = Jouw rol op school
help-demo = Vul een nieuwe database met realistische Nederlandse demogegevens
help-demo--scale = small: een prettige demo; large: 100k bedrijven voor benchmarks
help-company = Bedrijven: toevoegen, tonen, wijzigen, erkennen, archiveren
help-company-add = Voeg een bedrijf toe
help-company-add--kvk = KvK-nummer (8 cijfers, spaties mogen)
help-company-add--email = Het algemene e-mailadres van het bedrijf (info@…)
help-company-add--phone = Het algemene telefoonnummer van het bedrijf (de centrale)
help-company-add--source = Hoe de relatie begon (bedrijvendag, LinkedIn, …)
help-company-add--status = Waar de relatie staat
help-company-add--owner = De medewerker die eigenaar is van de relatie
help-company-add--cadence = Gewenst contactritme in dagen (0 = het standaardritme van de status)
help-company-add--motivation = Wat het hun oplevert
help-company-add--agreements = Afspraken, vergoeding
help-company-add--recognised = Erkend leerbedrijf (SBB): true of false
help-company-add--tags = Voeg een label toe (herhaalbaar)
help-company-list = Toon bedrijven (zonder de gearchiveerde, tenzij --archived)
help-company-list--recognised = Alleen erkende leerbedrijven
help-company-list--circle = Alleen huidige leden van deze bedrijvenkring
help-company-list--search = Naam, plaats of label bevat deze tekst
help-company-list--archived = Ook gearchiveerde bedrijven
help-company-show = Toon een bedrijf: velden, personen, open opvolgingen, tijdlijn
help-company-show--limit = Hoeveel contactmomenten van de tijdlijn te tonen
help-company-show--all = De hele tijdlijn, terug tot het eerste contact
help-company-edit = Wijzig de velden van een bedrijf (een lege waarde maakt een veld leeg)
help-company-edit--kvk = KvK-nummer (8 cijfers, spaties mogen)
help-company-edit--email = Het algemene e-mailadres van het bedrijf (info@…)
help-company-edit--phone = Het algemene telefoonnummer van het bedrijf (de centrale)
help-company-edit--source = Hoe de relatie begon (bedrijvendag, LinkedIn, …)
help-company-edit--status = Waar de relatie staat
help-company-edit--owner = De medewerker die eigenaar is van de relatie
help-company-edit--cadence = Gewenst contactritme in dagen (0 = het standaardritme van de status)
help-company-edit--motivation = Wat het hun oplevert
help-company-edit--agreements = Afspraken, vergoeding
help-company-edit--recognised = Erkend leerbedrijf (SBB): true of false
help-company-edit--tags = Voeg een label toe (herhaalbaar)
help-company-edit--untag = Haal een label weg (herhaalbaar)
help-company-recognise = Leg een SBB-erkenning (erkend leerbedrijf) voor een opleiding vast
help-company-recognise--crebo = Crebonummer van de opleiding: 5 cijfers
help-company-recognise--trainer = De praktijkopleider (een contactpersoon daar)
help-company-recognise--since = Erkend sinds
help-company-recognise--recheck = Wanneer de erkenning opnieuw te controleren
help-company-archive = Archiveer een bedrijf (er wordt niets verwijderd; --undo zet het terug)
help-person = Contactpersonen: toevoegen, tonen, wijzigen, verhuizen, exporteren, wissen
help-person-add = Voeg een contactpersoon bij een bedrijf toe
help-person-add--role = Hun rol bij het bedrijf (workplace_trainer: de praktijkopleider)
help-person-add--title = Functie zoals ze die zelf schrijven ("Stagebegeleider")
help-person-add--do_not_contact = Nooit opnemen in mailings of exports
help-person-list = Toon personen (met hun huidige bedrijf)
help-person-list--company = Alleen huidige contactpersonen bij dit bedrijf
help-person-list--search = Naam of e-mail bevat deze tekst
help-person-show = Toon een persoon met waar die werkte en de contactmomenten
help-person-edit = Wijzig de velden van een persoon (een lege waarde maakt een veld leeg)
help-person-edit--do_not_contact = true of false
help-person-edit--given_name = De voornaam ("Noëlle"); de volledige naam volgt, tenzij --name gegeven is
help-person-edit--infix = Het tussenvoegsel ("de", "van 't")
help-person-edit--family_name = De achternaam zonder tussenvoegsel ("Vries")
help-person-edit--honorific = Aanspreekvorm: Dhr., Mevr., ir. …
help-person-edit--salutation = Hoe een brief begint ("Geachte heer Van 't Hek"); leeg: opnieuw afgeleid
help-person-export = Alles wat over een persoon is opgeslagen, als JSON (een AVG-inzageverzoek)
help-person-erase = Wis een persoon voorgoed (AVG): gegevens, koppelingen, elke vermelding; vraagt eerst, tenzij --yes
help-person-erase--dry_run = Toon elke plek die zou veranderen (en wat blijft of ter beoordeling ligt), verander niets
help-person-erase--scrub_ambiguous = Wis ook de vermeldingen waarvan kring niet zeker weet dat het deze persoon is (--dry-run noemt ze)
help-person-erase--purge_backups = Wis hen ook uit de eigen reservekopieën en veiligheidskopieën van kring (kopieën met een ouder schema worden verwijderd)
help-person-erase--finish = Maak een wissing af die het -wal-bestand niet kon legen omdat een andere kring het open had
help-person-move = De persoon werkt nu ergens anders: sluit het oude dienstverband af, bewaar de geschiedenis
help-staff = Medewerkers van school: toevoegen, tonen, vertrek (overdracht)
help-staff-add = Voeg een collega toe
help-staff-add--role = Hun rol op school
help-staff-add--login = Het account waaronder die werkt (op een gedeelde server de gebruikersnaam): dan weet kring zonder --as wie het is
help-staff-add--team = Het team waarin die zit
help-staff-edit = Wijzig het team of het e-mailadres van een collega
help-staff-edit--no_team = In geen team
help-staff-edit--email = Het e-mailadres (waar `kring remind --send` heen mailt); leeg maakt het leeg
help-staff-link = Koppel een collega aan het account waaronder die werkt (of --none om te ontkoppelen)
help-staff-list = Toon medewerkers, actieve eerst
help-staff-leave = Een collega vertrekt: draag de bedrijven en open opvolgingen over aan een ander en schrijf een dossier
help-staff-leave--handover_to = De collega die het overneemt
help-staff-leave--companies = Alleen deze bedrijven: tag:NAAM (daarna nog eens voor de rest); standaard alle
help-staff-leave--dry_run = Toon wat over zou gaan; verander niets, schrijf geen dossier
help-staff-leave--dossier = Waar het dossier heen moet (standaard: handover-NAAM-DATUM.md of .html hier)
help-staff-leave--format = Vorm van het dossier
help-staff-dossier = Schrijf (opnieuw) het overdrachtsdossier van een medewerker, vertrokken of niet: de eigen bedrijven en de overgedragen
help-staff-dossier--output = Waar het heen moet (standaard: handover-NAAM-DATUM.md of .html hier)
help-log = Leg een contactmoment met een bedrijf vast (eventueel met een opvolging)
help-log--company = Het bedrijf (nummer of naam)
help-log--kind = Wat voor contact het was
help-log--with = Een contactpersoon die meedeed (herhaalbaar)
help-log--on = Wanneer het was (standaard vandaag): 2026-11-20, 20-11, gisteren, -3d, …
help-log--note = Wat er gezegd of gedaan is
help-log--outcome = De uitkomst, als die er is
help-log--follow_up = Voeg een opvolging toe op deze datum (+2w, vrijdag, 20-12, …)
help-log--action = Wat de opvolging is (standaard: "Follow up: " en de eerste regel van de notitie)
help-interaction = Verbeter of verwijder een vastgelegd contactmoment
help-interaction-edit = Verbeter een vastgelegd contactmoment
help-interaction-delete = Verwijder een per ongeluk vastgelegd contactmoment (vraagt eerst, tenzij --yes)
help-circle = Bedrijvenkringen: toevoegen, tonen, leden, aansluiten, verlaten
help-circle-add = Begin een kring
help-circle-list = Toon de kringen met hun leden en volgende bijeenkomst
help-circle-show = Toon een kring: leden en bijeenkomsten
help-circle-members = Toon de lidbedrijven van een kring (huidige eerst)
help-circle-join = Een bedrijf sluit zich aan bij een kring
help-circle-leave = Een bedrijf verlaat een kring (de geschiedenis blijft)
help-meeting = Kringbijeenkomsten: plannen, tonen, aanwezigheid, notulen, actiepunten
help-meeting-add = Plan een bijeenkomst van een kring
help-meeting-add--time = Begintijd, lokaal (Europe/Amsterdam)
help-meeting-add--at = Waar
help-meeting-list = Toon bijeenkomsten (van één kring)
help-meeting-show = Toon een bijeenkomst: aanwezigheid, notulen, actiepunten
help-meeting-show--meeting = De bijeenkomst: het nummer, of een kring (de laatste bijeenkomst die begonnen is)
help-meeting-attend = Leg een contactpersoon (van een lidbedrijf) of medewerker vast als uitgenodigd, aanwezig of afgemeld
help-meeting-attend--meeting = De bijeenkomst: het nummer, of een kring (de laatste bijeenkomst die begonnen is)
help-meeting-attend--who = Een contactpersoon bij een lidbedrijf, of een medewerker
help-meeting-minutes = Sla de notulen op uit een bestand (Markdown of tekst)
help-meeting-minutes--meeting = De bijeenkomst: het nummer, of een kring (de laatste bijeenkomst die begonnen is)
help-meeting-action = Een actiepunt voor een lidbedrijf: wordt een opvolging
help-meeting-action--meeting = De bijeenkomst: het nummer, of een kring (de laatste bijeenkomst die begonnen is)
help-meeting-action--for_staff = Wie het doet (standaard: jij)
help-engagement = Samenwerkingen: stages, gastlessen, opdrachten, partnerschappen…
help-engagement-add = Leg een samenwerking met een bedrijf vast
help-engagement-add--form = De vorm die het heeft
help-engagement-add--programme = Opleiding of vak
help-engagement-add--year = Schooljaar: 2025-2026
help-engagement-add--period = Periode binnen het jaar: "semester 2", "blok 3"
help-engagement-add--status = Hoe het ervoor staat
help-engagement-add--scope = Wat er is afgesproken
help-engagement-add--expectations = Verwachtingen over en weer
help-engagement-add--compensation = Vergoeding (reiskosten, parkeren, tijd)
help-engagement-list = Toon samenwerkingen, nieuwste eerst
help-engagement-list--year = Schooljaar, bijv. 2025-2026
help-engagement-show = Toon één samenwerking
help-engagement-edit = Wijzig een samenwerking (een lege waarde maakt een tekstveld leeg)
help-engagement-edit--programme = Opleiding of vak
help-engagement-edit--year = Schooljaar: 2025-2026
help-engagement-edit--period = Periode binnen het jaar: "semester 2", "blok 3"
help-engagement-edit--status = Hoe het ervoor staat
help-engagement-edit--scope = Wat er is afgesproken
help-engagement-edit--expectations = Verwachtingen over en weer
help-engagement-edit--compensation = Vergoeding (reiskosten, parkeren, tijd)
help-engagement-evaluate = Leg vast hoe het ging (en zet hem op afgerond)
help-engagement-evaluate--text = De evaluatie: wat het beide kanten bracht
help-import = Importeer bedrijven of contacten (CSV uit Excel, vCard), maak de laatste import ongedaan, of lees een volledige export in
help-import-companies = Bedrijven uit een CSV-bestand (kolommen over personen blijven buiten beschouwing)
help-import-companies--dry_run = Toon wat er gemaakt of herkend zou worden; verander niets
help-import-companies--skip_invalid = Importeer de goede regels en schrijf de afgewezen (regel, reden) naar BESTAND.rejected.csv
help-import-companies--map = Plaats een afwijkende kolom: "Naam bedrijf=company" (velden: company, kvk, street, postcode, city, sector, website, person, first_name, middle_name, infix, last_name, honorific, title, department, email, phone, notes, profile_url, company_email, company_phone)
help-import-companies--encoding = De codering van het bestand (standaard: UTF-8 als dat klopt, anders Windows-1252)
help-import-companies--tags = Label elk bedrijf dat de import maakt (herhaalbaar): --tag stagefestival
help-import-companies--owner = De eigenaar van de bedrijven die de import maakt (standaard: jij)
help-import-companies--source = Waar de bedrijven die de import maakt vandaan komen: --source "Stagefestival 2027" (standaard: import)
help-import-contacts = Bedrijven en hun contactpersonen: een CSV-bestand (één persoon per regel) of een vCard-bestand (.vcf)
help-import-contacts--dry_run = Toon wat er gemaakt of herkend zou worden; verander niets
help-import-contacts--skip_invalid = Importeer de goede regels en schrijf de afgewezen (regel, reden) naar BESTAND.rejected.csv
help-import-contacts--map = Plaats een afwijkende kolom: "Naam bedrijf=company" (velden: company, kvk, street, postcode, city, sector, website, person, first_name, middle_name, infix, last_name, honorific, title, department, email, phone, notes, profile_url, company_email, company_phone)
help-import-contacts--encoding = De codering van het bestand (standaard: UTF-8 als dat klopt, anders Windows-1252)
help-import-contacts--tags = Label elk bedrijf dat de import maakt (herhaalbaar): --tag stagefestival
help-import-contacts--owner = De eigenaar van de bedrijven die de import maakt (standaard: jij)
help-import-contacts--source = Waar de bedrijven die de import maakt vandaan komen: --source "Stagefestival 2027" (standaard: import)
help-import-undo = Draai de laatste import terug: haal weg wat hij maakte, maak de velden leeg die hij vulde
help-import-all = Lees een JSON-bestand van `kring export all` in een lege database
help-export = Exporteer voor andere programma's: contacten (CSV, vCard), bijeenkomsten en opvolgingen (iCalendar), alles (JSON)
help-export-meetings = Kringbijeenkomsten als iCalendar-bestand (Outlook, Thunderbird, khal)
help-export-meetings--circle = Alleen de bijeenkomsten van deze kring
help-export-meetings--with_attendees = Nodig de contactpersonen van de leden uit (ATTENDEE, met verzoek om antwoord)
help-export-meetings--output = Schrijf naar dit bestand in plaats van naar standaarduitvoer
help-export-followups = Open opvolgingen als afspraken van een hele dag op hun datum
help-export-followups--todo = Als taken (VTODO) met een einddatum, voor programma's met een takenlijst
help-export-followups--mine = Alleen de mijne
help-export-followups--for_staff = Alleen die van deze medewerker
help-export-contacts = Huidige contactpersonen met hun bedrijf, voor een mailing of een spreadsheet
help-export-contacts--format = csv, vcard, of excel (hetzelfde als csv --excel)
help-export-contacts--excel = Voor Excel met Nederlandse instellingen: ';' en een UTF-8-byte-order-mark
help-export-contacts--vcard_version = vCard-versie: 4 (standaard) of 3 voor programma's die alleen 3.0 lezen
help-export-contacts--recognised = Alleen erkende leerbedrijven
help-export-contacts--include_do_not_contact = Ook personen die niet benaderd willen worden (standaard weggelaten)
help-export-contacts--with_notes = Zet interne notities over personen in de vCards (standaard weggelaten)
help-export-all = De hele database als één JSON-document (`kring import all` leest het terug)
help-duplicates = Waarschijnlijke dubbele bedrijven en personen (zelfde website, e-mail, gelijkende namen in één plaats)
help-duplicates--companies = Alleen bedrijven
help-duplicates--people = Alleen personen
help-merge = Voeg twee bedrijven samen (of met --people twee personen): wat bij B hoort gaat naar A, de velden van A gaan voor
help-merge--keep = Wat blijft (nummer of naam)
help-merge--merge = Wat erin opgaat (een bedrijf wordt gearchiveerd, een persoon verwijderd)
help-merge--people = A en B zijn personen, geen bedrijven
help-merge--dry_run = Toon wat er zou gebeuren; verander niets
help-merge--yes = Voeg samen zonder te vragen (nodig als het niet in een terminal draait)
help-merge--kvk = Het KvK-nummer dat het blijvende bedrijf krijgt, als beide er een hebben
help-merge-undo = Zet beide van de laatste samenvoeging (of samenvoeging N) terug zoals ze waren
help-merge-undo--id = Het nummer van de samenvoeging (uit `kring merge` of `kring history`)
help-followup = Opvolgingen: toevoegen, tonen, afronden, uitstellen, overdragen, wijzigen, verwijderen
help-followup-add = Voeg een opvolging voor een bedrijf toe
help-followup-add--due = Datum: 2026-12-01, 1-12, vrijdag, +2w, …
help-followup-add--person = De contactpersoon om wie het gaat
help-followup-add--for_staff = De medewerker die het moet doen (standaard: jij)
help-followup-list = Toon open opvolgingen, vroegste eerst
help-followup-list--overdue = Alleen die over hun datum zijn
help-followup-list--mine = Alleen de mijne
help-followup-list--for_staff = Alleen die van deze medewerker
help-followup-list--company = Alleen voor dit bedrijf
help-followup-list--due_within = Alleen die binnen deze periode vallen: 7d, 2w, 1m
help-followup-list--all = Ook afgeronde opvolgingen
help-followup-done = Rond opvolgingen af: op nummer, of op bedrijf als dat er één open heeft
help-followup-reopen = Heropen opvolgingen die als gedaan gemarkeerd waren (per ongeluk, of te vroeg)
help-followup-snooze = Stel een opvolging uit (standaard: een week na de vervaldatum, of na vandaag als die voorbij is)
help-followup-snooze--id = Het nummer van de opvolging, of het bedrijf als dat er één open heeft
help-followup-snooze--until = De nieuwe datum: +1w, maandag, 15-12, … (standaard: een week na de vervaldatum, of na vandaag als die voorbij is)
help-followup-edit = Verbeter de datum of de actie van een opvolging
help-followup-delete = Verwijder een per ongeluk gemaakte opvolging (vraagt eerst, tenzij --yes)
help-followup-reassign = Geef een opvolging aan een collega
help-today = Te late opvolgingen, wat deze week moet, bedrijven die uit beeld raken
help-today--mine = Alleen mijn opvolgingen en bedrijven
help-today--limit = Hoogstens zoveel regels per onderdeel
help-remind = Een overzicht van wat jou vraagt (te laat, binnenkort, uit beeld, hercontroles, doelen), voor cron of mail
help-remind--mine = Alleen wat van mij is (standaard bij --format mail en --send)
help-remind--for_staff = Wat deze medewerker vraagt
help-remind--days = Hoeveel dagen vooruit "binnenkort" kijkt (1 tot 3650)
help-remind--send = Verstuur het als e-mail met het ingestelde commando (`sendmail = …` in het configuratiebestand; standaard `sendmail -t`)
help-remind--limit = Hoogstens zoveel regels per onderdeel
help-search = Zoek bedrijven, personen en notities van contactmomenten
help-search--text = Woorden om te zoeken in namen van bedrijven en personen en in notities
help-search--limit = Hoogstens zoveel resultaten per groep
help-health = Relaties naar gezondheid, slechtste eerst, met de redenen
help-health--band = Alleen dit niveau: thriving, healthy, cooling, at-risk, dormant
help-health--owner = Alleen bedrijven van deze medewerker
help-health--single = Alleen relaties die aan één medewerker of één contactpersoon hangen
help-health--limit = Hoogstens zoveel bedrijven (slechtste eerst)
help-report = Rapporten: het overzicht van een schooljaar
help-report-year = Per bedrijf: elke vorm van samenwerking, studenten en uren van een schooljaar
help-report-year--year = Het schooljaar: 2025-2026
help-history = Elke wijziging aan een bedrijf en wat eraan hangt (--all: het hele logboek; person NAAM)
help-history--company = Het bedrijf (nummer of naam)
help-history--all = Elke wijziging in de database, nieuwste eerst
help-history--since = Met --all: wijzigingen vanaf deze dag
help-history--by = Met --all: wijzigingen door deze medewerker
help-history-person = De wijzigingen aan de gegevens van één persoon
help-history-person--name = De persoon (nummer of naam)
help-timeline = De contactmomenten van een bedrijf, nieuwste eerst, terug tot het eerste
help-timeline--limit = Hoogstens zoveel (standaard: alle)
help-backup = Kopieer de database naar een bestand (veilig terwijl kring elders open is; op een server: de JSON-export)
help-backup--file = Waar het heen moet (standaard: kring.backup-DATUM-TIJD.sqlite naast de database; bij een PostgreSQL-database de JSON-export, kring.backup-DATUM-TIJD.json hier)
help-restore = Vervang de database door een reservekopie, na die te controleren
help-restore--file = Een reservekopie gemaakt met `kring backup`
help-restore--yes = Vraag niet eerst
help-goal = Jaardoelen: toevoegen, tonen, verwijderen
help-goal-add = Spreek een doel voor een schooljaar af: van de school, een team of een medewerker
help-goal-add--year = Het schooljaar, bijv. 2026-2027 (standaard: het huidige)
help-goal-add--metric = Wat het doel telt
help-goal-add--tag = Tel alleen bedrijven met dit label (bijv. multinational)
help-goal-add--max = De bovenkant van een bereik: --target 40 --max 60
help-goal-list = De doelen van een schooljaar
help-goal-list--year = Het schooljaar (standaard: het huidige)
help-goal-list--mine = Mijn doelen
help-goal-list--explain = Toon waaruit elke telling bestaat
help-goal-edit = Wijzig het doel, de bovenkant van het bereik (--max 0: geen bereik) of de notitie
help-goal-remove = Verwijder een per ongeluk afgesproken doel
help-goals = Hoe ver de doelen van dit jaar zijn (de jouwe met --mine, die van een team met --team)
help-goals--year = Het schooljaar (standaard: het huidige)
help-goals--mine = Mijn doelen
help-goals--explain = Toon waaruit elke telling bestaat
help-team = Teams van medewerkers: een opleiding, het stagebureau, de connectors
help-team-add = Voeg een team toe; zet collega's erin met `kring staff edit NAAM --team TEAM`
help-team-list = Toon teams met hun aantal leden
help-team-show = De leden van een team: hun bedrijven, te late opvolgingen, relaties over hun ritme
help-db = Een gedeelde PostgreSQL-database voor een team
help-db-setup = Richt een PostgreSQL-database voor een team in: met --print-sql de rollen, de database, het schema en de rechten, voor IT om na te kijken en uit te voeren met `psql -v ON_ERROR_STOP=1`
help-db-setup--print_sql = Toon de SQL (voorlopig de enige manier: kring voert zelf niets uit)
help-db-setup--database = De database die gemaakt wordt
help-migrate-to = Verhuis dit databasebestand naar een lege PostgreSQL-database (het bestand wordt alleen-lezen)
help-migrate-to--url = De PostgreSQL-database om naartoe te verhuizen (leeg, of nog zonder het schema van kring)
help-completions = Toon shell-aanvullingen (bash, zsh, fish, powershell, elvish)
help-man = Toon de man-pagina (roff)
help-config = De instellingen waarmee kring werkt (`config show`)
help-config-show = De geldende instellingen en waar elk vandaan komt (standaard, bestand, omgeving, vlag)
help-long =
    kring bewaart de relaties van een school met bedrijven: contactpersonen, elk contactmoment, opvolgingen, samenwerkingen en bedrijvenkringen, in één lokaal SQLite-bestand, of in de PostgreSQL-database van een team (--db postgresql://…; zie docs/team.md).

    Zonder opdracht opent het de terminal-UI; buiten een terminal toont het het overzicht van vandaag.

## kring company show en timeline
ago-today = vandaag
ago-yesterday = gisteren
ago-tomorrow = morgen
ago-days = { $days } dagen geleden
ago-in-days = over { $days } dagen
cli-show-timeline = Tijdlijn
cli-show-archived = gearchiveerd
cli-show-cadence-default = elke { $days } dagen (standaard voor { $status })
cli-show-never = nooit
cli-show-recognised = ja, SBB-erkend leerbedrijf
cli-show-bundle = {" "}— veel vragen: bundel ze via de eigenaar
cli-show-asked = { $times }× door { $whom } in { $days } dagen
cli-show-health = Gezondheid { $score } ({ $band }){ $single }; { $staff } medewerkers in contact, { $contacts } huidige contactpersonen
cli-show-people = Personen
cli-show-no-people = {"  "}(nog geen: kring person add NAAM --company ...)
cli-show-former-until = voormalig, tot { $date }
cli-show-former = voormalig
cli-show-do-not-contact = niet benaderen
cli-show-collaborations = Samenwerkingen
cli-show-no-collaborations = {"  "}(nog geen: kring engagement add BEDRIJF --form internship ...)
cli-show-students = { $count } studenten
cli-show-recheck = hercontrole { $date }
cli-show-trainer = praktijkopleider { $name }
cli-show-sbb = SBB-erkend: crebo { $crebo }
cli-show-overdue = TE LAAT { $days }d
cli-show-no-interactions = {"  "}(nog geen contactmomenten: kring log BEDRIJF --kind call --note ...)
cli-show-with = {" "}met { $names }
cli-show-kind-by = { $kind } door { $who }
cli-show-more = {"  "}… nog { $more }: kring timeline { $company } --limit { $total } (of kring company show { $company } --all)
cli-show-timeline-of = Tijdlijn van { $name } (#{ $id }): { $shown }
ui-owner = Eigenaar
ui-address = Adres
ui-source = Bron
ui-last-contact = Laatste contact
ui-recognised = Erkend
ui-tags = Labels
ui-asked = Gevraagd

## kring person show
cli-person-moved = { $name } werkt nu bij { $company }
cli-person-name = Naam
cli-person-honorific = Aanspreek
cli-person-salutation = Aanhef
cli-person-email = E-mail
cli-person-phone = Telefoon
cli-person-notes = Notities
cli-person-works = Werkt / werkte bij
cli-person-since = sinds { $date }
cli-person-until = tot { $date }
cli-person-interactions = Contactmomenten
cli-person-by = door { $who }

## Het overdrachtsdossier
dossier-title = Overdracht: { $leaver } → { $to }
dossier-subtitle = { $date } · { $count } bedrijven
dossier-status = Status
dossier-health = Gezondheid
dossier-last-contact = Laatste contact
dossier-motivation = Wat het hun oplevert
dossier-agreements = Afspraken
dossier-contacts = Contactpersonen
dossier-no-contacts = Geen huidige contactpersoon.
dossier-none = Geen.
dossier-overdue = { $days } dagen te laat
dossier-last-interactions = Laatste contactmomenten

## Het overzicht van een schooljaar (kring report year)
report-title = Samenwerking in schooljaar { $year }
report-company = Bedrijf
report-internships = Stages
report-students = Studenten
report-lectures = Gastlessen
report-assignments = Opdrachten
report-circle-visits = Kringbezoeken
report-total = Totaal
report-goals = Doelen
dossier-followups = Open opvolgingen

## kring import
import-read-as = gelezen als: { $layout }
import-unplaced = kolom '{ $column }' wordt niet geïmporteerd waar hij een waarde heeft: { $why }
import-empty-columns = { $count } leeg
import-columns-left-out = kolommen niet geïmporteerd: { $columns }
import-rejected = regel { $line }: afgewezen: { $why }
import-rejects-written = { $count } afgewezen regels geschreven naar { $path }
import-would-import = zou importeren:
import-imported = geïmporteerd:
import-owners-unknown = eigenaren in het bestand die hier geen medewerker zijn ({ $names }): hun bedrijven zijn van de eigenaar van de import (--owner kiest een ander)
import-summary = { $verb } { $rows ->
        [one] { $rows } regel
       *[other] { $rows } regels
    } ({ $summary }): { $companies_created ->
        [one] { $companies_created } bedrijf
       *[other] { $companies_created } bedrijven
    } gemaakt, { $companies_matched } herkend ({ $companies_updated } aangevuld); { $people_created ->
        [one] { $people_created } persoon
       *[other] { $people_created } personen
    } toegevoegd, { $people_matched } herkend ({ $people_updated } aangevuld)
import-was = dit was import #{ $id }; `kring import undo` draait hem terug
import-undone = import #{ $id } teruggedraaid ({ $source }, { $at }): { $companies } bedrijven en { $people } personen verwijderd, { $restored } gegevens hersteld
import-left-alone = gelaten zoals ze zijn ({ $count }), omdat terugdraaien later werk zou verliezen:
import-line = {"  "}regel { $line }: { $why }
import-invalid =
    { $invalid } van de { $rows } regels zijn ongeldig, dus er is niets geïmporteerd (verbeter ze, of importeer de rest met --skip-invalid):
    { $list }
import-all-rejected =
    alle { $rows } regels zijn afgewezen, dus er is niets geïmporteerd:
    { $list }

## kring circle en meeting
cli-circle-added = kring #{ $id } { $name } toegevoegd
cli-circle-members = Leden ({ $count })
cli-circle-left-on = vertrokken { $date }
cli-circle-meetings = Bijeenkomsten
cli-circle-upcoming = gepland
cli-circle-held = gehouden
cli-minutes-saved = notulen van bijeenkomst #{ $id } opgeslagen ({ $lines } regels)
cli-action-item = opvolging #{ $id } voor { $company } uiterlijk { $date }: { $action } ({ $who })
cli-meeting-title = Bijeenkomst #{ $id } van { $circle } — { $at }, { $place }
cli-meeting-attendance = Aanwezigheid
cli-meeting-actions = Actiepunten
cli-circle-joined = { $company } is op { $date } lid geworden van { $circle }
cli-circle-left = { $company } heeft { $circle } op { $date } verlaten
err-time = kan de tijd '{ $given }' niet lezen: schrijf 16:00
err-not-an-attendee = '{ $who }' is geen contactpersoon bij een lidbedrijf van { $circle } en ook geen medewerker

## kring followup en staff
cli-followup-what = { $action } ({ $company }, uiterlijk { $date })
cli-ask-delete-followup = Opvolging #{ $id } { $what } verwijderen?
cli-not-deleted = niet verwijderd (met --yes verwijder je zonder te vragen)
cli-followup-deleted = opvolging #{ $id } { $what } verwijderd
cli-followup-added = opvolging #{ $id } voor { $company } uiterlijk { $date }: { $action }
cli-done-state = gedaan
cli-staff-added = medewerker #{ $id } { $name } toegevoegd
cli-moved-to = verhuisd naar { $target }:
cli-col-table = tabel
cli-col-file = bestand
cli-col-server = server
cli-moved-linked = je bent gekoppeld aan de login '{ $login }'
cli-moved-unlinked = medewerkers nog zonder login (koppel elk met `kring --db URL staff link NAAM --login ROL`): { $names }
cli-would-erase-from = zou wissen uit { $path }
cli-staff-login = { $name } werkt als '{ $login }'
cli-staff-no-login = { $name } heeft nu geen login
cli-staff-no-email = { $name } heeft nu geen e-mailadres
cli-staff-email = het e-mailadres van { $name } is { $address }
cli-staff-team = { $name } zit in { $team }
cli-staff-no-team = { $name } zit in geen team
cli-dossier-of = dossier van { $name } ({ $count } bedrijven): { $path }
cli-staff-left = vertrokken { $date }
cli-staff-me = ik
cli-staff-active = actief
cli-handover-would-move = zou { $companies } bedrijven en { $followups } open opvolgingen van { $leaver } naar { $to } overdragen
cli-handover-moved = { $companies } bedrijven en { $followups } open opvolgingen van { $leaver } naar { $to } overgedragen
cli-handover-would-leave = { $name } zou als vertrokken gemarkeerd worden; de geschiedenis blijft
cli-handover-left = { $name } is als vertrokken gemarkeerd; de geschiedenis blijft
cli-handover-remaining = { $name } heeft nog { $companies } bedrijven en { $followups } open opvolgingen; draai het nog eens voor de rest
cli-handover-dossier = dossier: { $path }
login-disabled = De login '{ $login }' is uitgeschakeld ({ $sql }).
login-for-it = Voor ICT: schakel de login '{ $login }' uit (kring laat die al niets meer lezen of schrijven): { $sql }

## kring interaction, engagement, goal, team, search
cli-interaction-updated = contactmoment #{ $id } bijgewerkt: { $date } { $kind } met { $company }
cli-interaction-what = { $date } { $kind } met { $company }
cli-ask-delete-interaction = Contactmoment #{ $id } ({ $what }) verwijderen?
cli-interaction-deleted = contactmoment #{ $id } ({ $what }) verwijderd
cli-engagement-title = Samenwerking #{ $id }: { $form } met { $company }
cli-from = vanaf { $date }
cli-goal-added = doel #{ $id } voor { $year } toegevoegd
cli-goal-changed = doel #{ $id } gewijzigd
cli-goal-removed = doel #{ $id } verwijderd
cli-goals-title = Doelen { $year }
cli-goals-none = {"  "}(nog geen: kring goal add --metric students --target 40 --max 60 ...)
cli-team-added = team #{ $id } { $name } toegevoegd
cli-team-title = Team { $name }
cli-nothing-found = niets gevonden
ui-programme = Opleiding
ui-school-year = Schooljaar
ui-period = Periode
ui-dates = Data
ui-students = Studenten
ui-scope = Afspraak
ui-expectations = Verwachtingen
ui-compensation = Vergoeding
ui-evaluation = Evaluatie
ui-evaluated-on = Geëvalueerd op

## De kolommen van kring export contacts (kring import leest beide talen)
csv-name = Naam
csv-email = E-mailadres
csv-phone = Telefoon
csv-role = Rol
csv-title = Functie
csv-company = Bedrijfsnaam
csv-kvk = KvK-nummer
csv-address = Adres
csv-postcode = Postcode
csv-city = Plaats
csv-sector = Sector
csv-website = Website
csv-company-email = Algemeen e-mailadres
csv-company-phone = Algemeen telefoonnummer
csv-status = Status
csv-owner = Eigenaar
csv-given-name = Voornaam
csv-infix = Tussenvoegsel
csv-family-name = Achternaam
csv-salutation = Aanhef

## kring history en merge
cli-history-of = Geschiedenis van { $name } (#{ $id })
cli-history-all = Elke wijziging, nieuwste eerst
cli-history-what = noem een bedrijf (kring history BEDRIJF), een persoon (kring history person NAAM) of gebruik --all
cli-no-duplicates = geen waarschijnlijke dubbelen
cli-ask-merge = Samenvoegen?
cli-not-merged = niet samengevoegd; er is niets gewijzigd
cli-nothing = niets
cli-would-merge = zou samenvoegen:
cli-merged = samengevoegd:
cli-merge-report = { $verb } #{ $merged } { $merged_name } in #{ $kept } { $kept_name }: verplaatst { $moved }; aangevuld { $filled }
cli-merge-field = veld
cli-merge-stays = blijft (A)
cli-merge-other = ander (B)
cli-merge-was = dit was samenvoeging #{ $id }; `kring merge undo` zet beide terug
cli-merge-undone = samenvoeging #{ $id } teruggedraaid ({ $at }): #{ $restored } { $name } is terug, #{ $kept } zoals het was

## kring init
cli-ready = kring staat klaar voor { $name } (medewerker #{ $id }), database { $database }
cli-team-db-no-staff = deze teamdatabase heeft nog geen medewerkers: de eigenaar begint met `kring --db URL init --me NAAM`
cli-welcome = Welkom bij kring. Je naam [{ $name }]:{" "}

## Wat de opslag weigert, en waarom
err-snooze-past = kan niet uitstellen tot in het verleden ({ $date }): kies vandaag of later
err-already-done = opvolging #{ $id } was al gedaan op { $at }
err-followup-person = de persoon van de opvolging is geen contactpersoon bij het bedrijf
err-circle-exists = er is al een kring die { $name } heet (#{ $id })
err-already-member = dat bedrijf is al lid van deze kring
err-joined-that-day = dat bedrijf werd op die dag al lid van deze kring
err-not-member = dat bedrijf is geen lid van deze kring
err-crebo = ongeldig crebo '{ $given }': een crebonummer heeft 5 cijfers, bijv. 25180
err-trainer = de praktijkopleider moet een contactpersoon bij dat bedrijf zijn
err-goal-range = --max { $max } ligt onder --target { $target }: een bereik loopt van het doel omhoog
err-goal-whose = een doel is van een team of van een medewerker, niet van beide
err-kvk-taken = KvK-nummer { $kvk } hoort al bij { $name } (#{ $id })
err-no-tag = geen label '{ $tag }'; zie de labels in `kring company list`
err-handover-self = draag over aan iemand anders dan wie vertrekt
err-gone = { $what } #{ $id } is er niet meer (samengevoegd of gewist); er is niets opgeslagen
err-engagement-period = de samenwerking eindigt ({ $ends }) voordat ze begint ({ $starts })
err-engagement-cancelled = samenwerking #{ $id } is geannuleerd; er valt niets te evalueren
err-import-owner = eigenaar '{ $name }' is geen huidige medewerker (kring staff list); voeg die toe of laat de kolom weg
err-interaction-future = een contactmoment kan niet in de toekomst liggen ({ $date }); plan het met een opvolging
err-not-a-contact = { $name } is geen contactpersoon bij { $company }; voeg die toe met `kring person add "{ $name }" --company "{ $company }"`
err-already-works-there = deze persoon werkt daar al
err-name-parts = een naam heeft een voornaam of een achternaam nodig
err-already-set-up = deze database is al ingericht voor { $name }; voeg collega's toe met `kring staff add`
err-staff-left = { $name } is vertrokken op { $date } en kan geen nieuw werk krijgen; kies een actieve collega
err-no-import = er is geen import om terug te draaien
err-import-not-read = het bestand is niet gelezen: open de import opnieuw

## Wat er mis kan zijn met een bestand om te importeren
err-map-field = --map '{ $spec }': onbekend veld '{ $field }'; kies uit { $fields }
err-not-utf16 = het bestand zegt UTF-16 te zijn maar is dat niet rond byte { $byte }; sla het opnieuw op als "CSV UTF-8"
err-file-empty = het bestand is leeg
err-not-utf8 = het bestand is geen UTF-8 (byte { $byte }); probeer --encoding windows-1252
err-no-name-column = regel { $line }: geen kolom voor het bedrijf en geen voor de naam; noem er een Bedrijfsnaam, Bedrijf, Organisatie of Company, of Naam / Voornaam en Achternaam (of gebruik --map)
err-no-rows-under-header = het bestand heeft een kopregel maar geen regels eronder
err-extra-cells = regel { $line }: { $cells } cellen, maar de kopregel heeft { $columns } kolommen — een scheidingsteken in een waarde zonder aanhalingstekens?
err-at-cell = regel { $line }, kolom '{ $column }'
err-cell-too-long = { $at }: de cel is { $length } tekens lang; er passen er hoogstens { $most }
err-cell-control = { $at }: de cel bevat een stuurteken (een NUL-byte?)
err-cell-line-break = { $at }: een regeleinde in de cel — is een aanhalingsteken (") niet gesloten?
err-no-vcard = het bestand bevat geen vCard (BEGIN:VCARD … END:VCARD)

## Wat een export zegt dat hij schreef
cli-n-meetings = { $count } bijeenkomsten
cli-n-followups = { $count } opvolgingen
cli-n-contacts = { $count } contacten
cli-written = { $what } geschreven naar { $path }
cli-exporting-contacts = contacten exporteren
cli-the-ledger = het overzicht
cli-exporting = exporteren
cli-archive-written = { $rows } rijen in { $tables } tabellen geschreven naar { $path }
cli-backup-written = reservekopie geschreven naar { $path }
import-line-failed = regel { $line }: { $why }

## Vraagstukken van bedrijven
what-question = vraagstuk
what-period = periode
what-assignments = opdrachten
health-question-waiting = vraagstuk wacht al { $days } dagen
err-question-asked-later = een vraagstuk kan niet gesteld zijn op { $date }; die dag moet nog komen
err-question-engagement-elsewhere = samenwerking #{ $engagement } is niet met { $company }; een vraagstuk loopt via een samenwerking met het bedrijf dat het stelde
err-question-match-with-team = vraagstuk #{ $id } koppel je met `kring question match { $id } --team TEAM`
err-question-decline-reason = wie vraagstuk #{ $id } afwijst, geeft de reden die het bedrijf te horen krijgt: --note "…"
err-question-move = vraagstuk #{ $id } is { $status } en kan niet { $next } worden
err-question-person-elsewhere = { $person } werkt niet bij { $company }; voeg die persoon daar eerst toe (kring person add NAAM --company …)
cli-question-added = vraagstuk #{ $id } van { $company } vastgelegd
cli-questions-none = (geen vraagstukken: kring question add BEDRIJF "wat ze vragen")
cli-question-changed = vraagstuk #{ $id } gewijzigd
cli-question-matched = vraagstuk #{ $id } gekoppeld aan { $team }; samenwerking #{ $engagement } draagt het
cli-question-moved = vraagstuk #{ $id } is nu { $status }
cli-question-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
cli-question-title = Vraagstuk #{ $id }: { $title }
cli-question-steps = Stappen
cli-board-title = Vraagstukken tegenover capaciteit, { $year }
cli-board-none = {"  "}(nog niets gevraagd of opgegeven: kring question add …, kring team capacity TEAM --period … --assignments N --students N)
cli-board-no-team = (geen team)
cli-board-no-period = (geen periode)
cli-board-short = { $assignments } opdrachten, { $students } studenten tekort
cli-board-legend = {"  "}(capaciteit en gevraagd: opdrachten / studenten; afgewezen en ingetrokken vraagstukken tellen niet mee)
cli-board-waiting = Wachten het langst
cli-show-questions = Vraagstukken ({ $count } open)
cli-team-capacity = { $team } kan { $assignments } opdrachten en { $students } studenten aan in { $period } { $year }
ui-from = Van
ui-team = Team
ui-teacher = Docent
ui-wanted-by = Nodig op
ui-asked-on = Gevraagd op
ui-waiting = Wacht
ui-collaboration = Samenwerking
ui-reason = Reden
cli-col-asked = GEVRAAGD
cli-col-waiting = WACHT
cli-col-title = ONDERWERP
cli-col-period = PERIODE
cli-col-capacity = CAPACITEIT
cli-col-new = NIEUW
cli-col-matched = GEKOPPELD
cli-col-running = LOOPT
cli-col-delivered = OPGELEVERD
cli-col-short = TEKORT

## Help: vraagstukken
help-question = Vraagstukken van bedrijven (opdrachten, onderzoek, gastlessen): toevoegen, koppelen, status, overzicht
help-question-add = Een vraagstuk van een bedrijf vastleggen: een opdracht, onderzoek, een gastles…
help-question-add--title = Wat ze vragen, in één regel
help-question-add--from = De contactpersoon die het vroeg
help-question-add--kind = Waar ze om vragen
help-question-add--students = Hoeveel studenten het vraagt
help-question-add--wanted_by = Wanneer ze het nodig hebben
help-question-add--team = Het team (de opleiding) waarvoor het is
help-question-add--year = Het schooljaar waarvoor het is (bij toevoegen: dat van --wanted-by, anders van de dag van de vraag)
help-question-add--period = Periode in het jaar: "blok 3"
help-question-add--on = Wanneer ze het vroegen (standaard: vandaag)
help-question-list = Vraagstukken tonen: open vraagstukken naar wachttijd, dan de rest
help-question-list--open = Alleen nieuwe, gekoppelde en lopende
help-question-list--kind = Alleen vragen van deze soort
help-question-list--status = Alleen vragen die hier staan
help-question-list--year = Schooljaar, bijv. 2026-2027
help-question-show = Eén vraagstuk met elke stap die het zette
help-question-edit = De velden van een vraagstuk wijzigen (een lege waarde wist een tekstveld)
help-question-edit--from = De contactpersoon die het vroeg
help-question-edit--kind = Waar ze om vragen
help-question-edit--students = Hoeveel studenten het vraagt
help-question-edit--wanted_by = Wanneer ze het nodig hebben
help-question-edit--team = Het team (de opleiding) waarvoor het is
help-question-edit--year = Het schooljaar waarvoor het is (bij toevoegen: dat van --wanted-by, anders van de dag van de vraag)
help-question-edit--period = Periode in het jaar: "blok 3"
help-question-match = Een team neemt het vraagstuk op; er komt een samenwerking die het draagt (of --engagement N)
help-question-match--teacher = De docent die het begeleidt
help-question-match--period = Wanneer: "blok 3", "semester 2"
help-question-match--engagement = Een bestaande samenwerking met het bedrijf die het draagt
help-question-status = Een vraagstuk verder zetten: running, delivered, declined (met --note: de reden voor het bedrijf), withdrawn
help-question-status--status = Waar het nu staat (running, delivered, declined of withdrawn)
help-question-board = Vraag tegenover capaciteit per team en periode, en de vraagstukken die het langst wachten
help-question-board--year = Schooljaar (standaard: het huidige)
help-team-capacity = Wat een team in een periode aankan: opdrachten en studenten, afgezet tegen de vraagstukken in het overzicht
help-team-capacity--period = "blok 3", "semester 2"
help-team-capacity--year = Schooljaar (standaard: het huidige)
what-question-kind = soort vraagstuk
what-question-status = status van het vraagstuk
field-questions = Vraagstukken
company-question-waiting = wacht { $days } dagen
tab-questions = Vraagstukken
col-team = TEAM
col-period = PERIODE
col-capacity = CAPACITEIT
col-asked = GEVRAAGD
col-short = TEKORT
questions-board-title = Vraagstukken { $year }: vraag tegenover capaciteit
questions-none = {" "}nog geen vraagstukken: ze komen binnen met `kring question add BEDRIJF ONDERWERP`
questions-column-empty = {" "}geen
questions-ended-column = afgesloten
questions-match-needs-team = vraagstuk #{ $id } is nog voor geen team: kring question match { $id } --team TEAM
questions-ended = vraagstuk #{ $id } is { $status }: het gaat niet verder
questions-ask-advance = Vraagstuk #{ $id } "{ $title }" verder naar { $status }?
key-questions = Vraagstukken
key-next-column = volgende kolom
key-previous-column = vorige kolom
key-log-an-interaction-at-its-company = een contactmoment bij het bedrijf vastleggen
key-column = kolom
key-move-on = verder
key-move-the-question-on-matched-to-its-team-running-delivered-asks-first = het vraagstuk verder zetten: gekoppeld (aan zijn team), loopt, opgeleverd (vraagt eerst)
questions-days-short = { $days } d

## Experts, campagnes, vastleggen bij velen
what-topic = onderwerp
what-campaign-name = campagnenaam
what-rating = waardering
what-campaign = campagne
what-campaigns = campagnes
what-campaign-kind = soort campagne
what-reply = antwoord
term-campaign-kind-invitation = uitnodiging
term-campaign-kind-event = evenement
term-campaign-kind-mailing = mailing
term-reply-yes = ja
term-reply-no = nee
term-reply-maybe = misschien
what-attendance = aanwezigheid
term-attendance-invited = uitgenodigd
term-attendance-attended = aanwezig
term-attendance-apologised = afgemeld
term-capture-source-mail = e-mail
term-capture-source-calendar = agenda
term-capture-status-open = open
term-capture-status-accepted = geaccepteerd
term-capture-status-skipped = overgeslagen
term-match-person = persoon
term-match-domain = domein
ui-rating = Waardering
cli-col-campaign = CAMPAGNE
cli-col-date = DATUM
cli-col-invited = UITGENODIGD
cli-col-yes = JA
cli-col-no-reply = GEEN ANTWOORD
csv-reply = Antwoord
cli-person-topics-label = Onderwerpen
cli-person-topics = { $name } spreekt over: { $topics }
cli-did-you-mean = bedoel je { $options }?
cli-experts-none = niemand heeft een onderwerp met "{ $topic }"; geef iemand er een met kring person edit NAAM --topic "…"
cli-experts-title = { $count ->
    [one] Eén persoon over "{ $topic }"
   *[other] { $count } personen over "{ $topic }"
}
cli-experts-spoke = sprak voor het laatst voor ons op { $date } ({ $times }×)
cli-experts-rated = gewaardeerd met { $rating }/5
err-no-such-topic = { $name } heeft geen onderwerp "{ $topic }"
err-topic-empty = noem een onderwerp: kring experts "intellectueel eigendom"
cli-campaign-added = campagne #{ $id } { $name } toegevoegd; nodig bedrijven uit met kring campaign invite "{ $name }" --tag …
cli-campaign-invited = { $count ->
    [one] één bedrijf uitgenodigd
   *[other] { $count } bedrijven uitgenodigd
} voor { $name }
cli-campaign-would-invite = { $count ->
    [one] één bedrijf zou worden uitgenodigd
   *[other] { $count } bedrijven zouden worden uitgenodigd
} voor { $name } (er is niets veranderd)
cli-campaign-replied = { $company }: { $reply }
cli-campaign-attended = { $company } was er; contactmoment #{ $id } vastgelegd
cli-campaign-counts = {"  "}uitgenodigd { $invited } · ja { $yes } · nee { $no } · misschien { $maybe } · geen antwoord { $none } · aanwezig { $attended } · verwachte personen { $people }
cli-campaign-no-reply = Nog geen antwoord ({ $count })
err-campaign-exists = er is al een campagne { $name } (#{ $id })
err-campaign-not-invited = { $company } is niet uitgenodigd voor { $campaign }; nodig het eerst uit (kring campaign invite "{ $campaign }" --company …)
err-campaign-attended-already = { $company } staat al als aanwezig bij { $campaign }
err-campaign-still-to-come = { $campaign } is op { $date }, dat moet nog komen: leg vast wie er kwam op of na die dag (of zeg wanneer met --on DATUM); er is niets gewijzigd
err-campaign-which = zeg welke bedrijven: --tag, --status, --sector, --city, --circle, --owner, --team, --recognised of --company
err-log-no-companies = geen bedrijf past; er is niets vastgelegd
err-log-selector = --companies '{ $part }': gebruik tag:, status:, sector:, city:, circle:, owner:, team:, campaign: of company:, met komma's (tag:horeca,city:Hoorn)
cli-log-would = { $count } bedrijven zouden elk één { $kind } krijgen (er is niets vastgelegd):
cli-logged-many = { $count } × { $kind } vastgelegd op { $date }, één per bedrijf

## Help: experts, campagnes, vastleggen bij velen
help-person-edit--topics = Een onderwerp waarover iemand kan spreken of adviseren ("intellectueel eigendom"); herhaalbaar
help-person-edit--untopics = Een onderwerp weghalen; herhaalbaar
help-log--companies = Veel bedrijven tegelijk, één contactmoment elk, alles of niets: tag:horeca, status:active, city:Hoorn, sector:bouw, circle:NAAM, owner:NAAM, team:NAAM, campaign:NAAM (de genodigden); meerdere met komma's moeten allemaal gelden
help-log--dry_run = Met --companies: de bedrijven tonen, niets vastleggen
help-log--rating = Hoe het ging, 1 tot 5 (een gastles, een workshop)
help-engagement-evaluate--rating = Hoe het ging, 1 tot 5
help-campaign = Benaderen in bulk: bedrijven uitnodigen, de mailmerge exporteren, antwoorden bijhouden, vastleggen wie er kwam
help-campaign-add = Een campagne beginnen: een uitnodigingsronde, een evenement (een bedrijvendag, een festival), een mailing
help-campaign-add--on = Wanneer het plaatsvindt
help-campaign-add--at = Waar
help-campaign-add--kind = Wat het is (standaard: een uitnodiging)
help-campaign-list = Campagnes met hun aantallen, de nieuwste eerst
help-campaign-invite = Bedrijven en hun hoofdcontactpersoon uitnodigen, met de filters van `export contacts`
help-campaign-invite--team = Bedrijven van een lid van dit team
help-campaign-invite--recognised = Alleen erkende leerbedrijven
help-campaign-invite--companies = Dit bedrijf (herhaalbaar; zonder ander filter alleen deze)
help-campaign-invite--dry_run = Tonen hoeveel er uitgenodigd zouden worden; niemand uitnodigen
help-campaign-export = De genodigden als mailmergelijst (CSV; --excel voor Excel met Nederlandse instellingen)
help-campaign-export--no_reply = Alleen wie nog niet antwoordde (voor een herinneringsronde)
help-campaign-reply = Wat een uitgenodigd bedrijf antwoordde: yes, no of maybe (ja, nee, misschien)
help-campaign-reply--reply = Wat ze antwoordden
help-campaign-reply--people = Met hoeveel personen ze komen
help-campaign-attended = Ze kwamen: legt een contactmoment van soort evenement vast bij het bedrijf, met wie er kwam
help-campaign-attended--with = Een contactpersoon die er was (herhaalbaar)
help-campaign-attended--on = De dag dat ze kwamen (standaard: de datum van de campagne; nooit een dag die nog moet komen)
help-campaign-show = Uitgenodigd, ja, nee, misschien, geen antwoord en aanwezig, en wie nog niet antwoordde
help-experts = Mensen die over een onderwerp kunnen spreken of adviseren, de best gewaardeerde en recentste sprekers eerst
help-experts--topic = Een onderwerp of een deel ervan: "eigendom", "financiën"
cli-campaign-already = ; { $count } waren het al
hint-did-you-mean = ; bedoel je { $options }?
what-staff = medewerkers
search-written = Notities, notulen, vraagstukken en meer

# Marking companies to log one interaction at all of them
key-mark = markeren
key-log-an-interaction-at-every-marked-company = een contactmoment vastleggen (bij elk gemarkeerd bedrijf)
key-mark-unmark-the-company = het bedrijf markeren / niet meer markeren
key-mark-every-listed-company-none = elk getoond bedrijf markeren / geen
key-clear-filter-then-marks = filter wissen, daarna de markeringen
list-marked = {" "}· { $count } gemarkeerd (l legt bij elk vast)
said-marks-cleared = markeringen gewist
said-logged-many = { $kind } vastgelegd bij { $count } bedrijven
form-log-many = Eén contactmoment vastleggen bij { $count } bedrijven
search-near = Bedoel je

# Collaborations in the terminal UI
key-collaborations = Samenwerkingen
key-edit-form-year-period-students-status-done-ends-it-scope = bewerken: vorm, jaar, periode, studenten, status (afgerond beëindigt), afspraak
key-evaluate-what-it-brought-and-a-rating = evalueren: wat het opleverde, en een cijfer
key-evaluate = evalueren
key-this-school-year-every-year = dit schooljaar / elk jaar
key-year = jaar
key-add-a-collaboration-on-the-company-s-page-c = een samenwerking toevoegen (op de pagina van het bedrijf: c)
key-add-a-collaboration-internship-guest-lecture = een samenwerking toevoegen (stage, gastles…)
ui-form = Vorm
ui-starts = Begint
ui-ends = Eindigt
ui-what-it-brought-both-sides = wat het beide kanten opleverde
ui-1-to-5-none = 1 tot 5; - geen
ui-2026-2027 = 2026-2027
ui-semester-2-blok-3 = semester 2, blok 3
ui-empty-not-set = leeg: niet ingevuld
ui-what-was-agreed = wat is afgesproken
ui-travel-parking-time = reiskosten, parkeren, tijd
tab-engagements = Samenwerkingen
engagements-title = Samenwerkingen { $year } ({ $count })
engagements-every-year = elk jaar
engagements-none = {"  "}hier nog geen samenwerkingen — open een bedrijf (2, enter) en druk c om er een toe te voegen
engagements-add-how = een samenwerking voeg je toe op de pagina van het bedrijf: open het bedrijf en druk c
col-form = VORM
col-year = JAAR
col-students = STUDENTEN
col-evaluation = EVALUATIE
said-engagement-added = samenwerking #{ $id } toegevoegd ({ $form })
said-engagement-saved = samenwerking #{ $id } opgeslagen
said-engagement-evaluated = samenwerking #{ $id } geëvalueerd
form-add-engagement = Nieuwe samenwerking — { $name }
form-edit-engagement = Samenwerking #{ $id } — { $name }
form-evaluate = { $form } evalueren — { $name }
form-err-students = '{ $value }' is geen aantal studenten
list-first = , eerste { $count }
key-evaluate-the-selected-collaboration-that-ended = de gekozen afgelopen samenwerking evalueren
today-select-evaluation-first = kies eerst een samenwerking onder "te evalueren" (v evalueert haar)

# Health in the terminal UI
key-health = Gezondheid
key-log-an-interaction-at-the-company = een contactmoment bij het bedrijf vastleggen
key-band-filter-dormant-at-risk-cooling-healthy-thriving = filter op band: slapend, in gevaar, afkoelend, gezond, bloeiend
key-band = band
key-single-points-of-contact-only-all = alleen enige aanspreekpunten / alle
key-single-point = enig aanspreekpunt
tab-health = Gezondheid
health-title = Relaties naar gezondheid ({ $count }), slechtste eerst
health-none = {"  "}geen relaties gevonden — f, m en p veranderen het filter
health-single-point = enig aanspreekpunt
health-single-points-only = {" "}· enige aanspreekpunten
col-reasons = REDENEN
companies-none-yet = {"  "}nog geen bedrijven — druk a om er een toe te voegen, of importeer je spreadsheet: kring import contacts BESTAND

# Staff and handover in the terminal UI
key-staff = Medewerkers
key-leave-with-handover-shows-what-would-move-asks-moves-it-and-writes-the-dossier = vertrek met overdracht: toont wat er verhuist, vraagt, verhuist het en schrijft het dossier
key-handover = overdracht
ui-to = Naar
ui-dossier = Dossier
ui-where-the-dossier-is-written = waar het dossier komt
tab-staff = Medewerkers
staff-title = Medewerkers ({ $count } actief) — h draagt de bedrijven van een vertrekker over
staff-me = ik
staff-already-left = { $name } is al vertrokken; kring staff dossier schrijft het dossier opnieuw
col-left = VERTROKKEN
ask-handover = { $companies } bedrijven en { $followups } open opvolgingen van { $from } overdragen aan { $to }, { $from } als vertrokken markeren en het dossier schrijven naar { $path }?
said-handed-over = overgedragen aan { $name }; dossier geschreven naar { $path }
form-handover = { $name } vertrekt: overdragen aan
form-err-no-colleague = er is geen andere actieve collega om aan over te dragen (kring staff add NAAM)
form-err-dossier-path = zeg waar het dossier komt (een bestandsnaam)
said-undone = teruggedraaid — { $what }

## The terminal UI: circles, imports and exports
key-start-a-circle = een kring beginnen
key-new-circle = nieuwe kring
key-export-every-circle-s-meetings-as-a-calendar-file-ics = de bijeenkomsten van alle kringen als agendabestand (.ics)
key-plan-a-meeting = een bijeenkomst plannen
key-plan = plannen
key-a-company-joins-the-circle = een bedrijf treedt toe tot de kring
key-member = lid
key-the-selected-member-leaves-the-circle-asks-first = het gekozen lid verlaat de kring (vraagt eerst)
key-export-the-circle-s-meetings-as-a-calendar-file-ics = de bijeenkomsten van de kring als agendabestand (.ics)
key-members-meetings = leden / bijeenkomsten
key-import-a-spreadsheet-or-address-book-shows-what-would-come-in-first = een spreadsheet of adresboek importeren (laat eerst zien wat er binnenkomt)
key-import = importeren
key-undo-the-last-import-asks-first = de laatste import terugdraaien (vraagt eerst)
key-export-the-contact-persons-of-the-companies-listed-excel-csv-vcard = de contactpersonen van de getoonde bedrijven exporteren (Excel, CSV, vCard)
key-export = exporteren
key-export-the-follow-ups-listed-as-a-calendar-file-ics-for-outlook = de getoonde opvolgingen als agendabestand (.ics, voor Outlook)
circle-choose-member = ga eerst met tab naar de leden en kies het bedrijf dat vertrekt
circle-member-gone = { $name } heeft deze kring al verlaten
ask-leave-circle = { $company } verlaat { $circle } vandaag? De geschiedenis in de kring blijft.
form-add-circle = Een kring beginnen
form-plan-meeting = Bijeenkomst plannen — { $circle }
form-add-member = Een bedrijf treedt toe — { $circle }
form-err-which-company = welk bedrijf? De naam of #nummer
form-import = Een bestand importeren
form-import-contacts = bedrijven en contactpersonen
form-import-companies = alleen bedrijven
form-export-contacts = De contactpersonen van de getoonde bedrijven exporteren
form-export-followups = De opvolgingen als agenda exporteren (.ics)
form-export-meetings = De bijeenkomsten als agenda exporteren (.ics)
form-err-file = zeg welk bestand (een pad; ~/ is je thuismap)
said-meeting-planned = bijeenkomst gepland op { $at }
said-member-joined = { $company } is toegetreden tot de kring
said-member-left = { $company } heeft de kring verlaten
said-imported = { $rows ->
        [one] één regel
       *[other] { $rows } regels
    } geïmporteerd (import #{ $id }; u of U draait hem terug)
said-import-undone = import #{ $id } teruggedraaid
said-exported = geschreven naar { $path }
err-import-not-last = import #{ $id } is niet meer de laatste (#{ $last } kwam erna); er is niets teruggedraaid
ask-undo-import = Import #{ $id } van { $source } ({ $at }) terugdraaien? Wat hij maakte verdwijnt, wat hij invulde wordt weer leeg — behalve wat sindsdien is gewijzigd.
import-more-rejected = … en nog { $count } afgewezen regels
import-rejects-will-go = de afgewezen regels komen in { $path }
ask-import = De { $rows } goede regels importeren?
ui-description = Beschrijving
ui-time = Tijd
ui-place = Plaats
ui-agenda = Agenda
ui-for = Voor
ui-file = Bestand
ui-import = Importeren
ui-format = Formaat
ui-its-name-or-id = de naam of #nummer
ui-a-csv-from-excel-outlook-google-or-linkedin-or-a-vcf = een .csv uit Excel, Outlook, Google of LinkedIn, of een .vcf
ui-excel-and-accents-kept = ←/→; Excel: ';' en accenten blijven
ui-where-it-is-written = waar het bestand komt
key-undo-the-last-change-done-snooze-delete-log-edit-reassign-attendance-a-new-member-an-import-a-bulk-change-a-handover-within-the-hour = de laatste wijziging terugdraaien (gedaan, uitstel, verwijderen, vastleggen, bewerken, overdracht, aanwezigheid, een nieuw lid, een import, een bulkwijziging, een vertrek met overdracht binnen het uur)
key-edit-the-company-itself-owner-tags-status-address-e-mail-phone-motivation = het bedrijf zelf bewerken: eigenaar, tags, status, adres, e-mail, telefoon, motivatie
key-company = bedrijf
key-edit-the-selected-company-owner-tags-status-address-e-mail-phone-motivation = het gekozen bedrijf bewerken: eigenaar, tags, status, adres, e-mail, telefoon, motivatie
ui-topics = Onderwerpen
ui-who-keeps-the-relationship = wie de relatie onderhoudt
ui-comma-separated-horeca-stagefestival = met komma's: horeca, stagefestival
ui-the-general-address = het algemene adres
ui-the-general-number = het algemene nummer
ui-what-they-can-speak-or-advise-on-comma-separated = waarover ze kunnen spreken of adviseren, met komma's
today-rechecks-where = de erkenningen staan op de pagina van elk bedrijf (R legt er een vast); r hier markeert de gekozen als opnieuw gecontroleerd
help-company-rechecked = Leg vast dat een SBB-erkenning opnieuw is gecontroleerd, en wanneer de volgende controle is
help-company-rechecked--crebo = Crebonummer van de opleiding: 5 cijfers
help-company-rechecked--next = Wanneer de volgende controle is (standaard: over een jaar)
err-recheck-not-ahead = de volgende controle moet na vandaag zijn
err-no-recognition = het bedrijf heeft geen erkenning voor crebo { $crebo } (kring company recognise)
cli-rechecked = { $company }, crebo { $crebo }: opnieuw gecontroleerd; volgende controle { $next }
form-recognise = SBB-erkenning vastleggen — { $name }
form-rechecked = Opnieuw gecontroleerd — { $name }, crebo { $crebo }
said-recognised = erkenning voor crebo { $crebo } vastgelegd
said-rechecked = opnieuw gecontroleerd; volgende controle { $next }
today-select-recheck-first = kies eerst een erkenning onder "SBB-erkenningen om te controleren"
company-recognised-for = {" "}· SBB { $list }
company-recheck-on = {" "}(controle { $date })
key-record-an-sbb-recognition-erkend-leerbedrijf-for-a-programme = een SBB-erkenning (erkend leerbedrijf) voor een opleiding vastleggen
key-the-selected-sbb-recognition-was-checked-again-asks-the-next-date = de gekozen SBB-erkenning is opnieuw gecontroleerd (vraagt de volgende datum)
key-open-the-company-on-a-heading-the-whole-list = het bedrijf openen; op een kop: de hele lijst
ui-crebo = Crebo
ui-since = Sinds
ui-re-check = Controle
ui-next-check = Volgende controle
ui-5-digits = 5 cijfers
ui-empty-not-known = leeg: onbekend
ui-when-to-check-it-again-empty-not-set = wanneer opnieuw te controleren; leeg: niet gezet
ui-bedrijvenkring-techniek-zaanstreek = Bedrijvenkring Techniek Zaanstreek
ui-16-00 = 16:00
search-more = … nog { $count }: enter opent de hele lijst
likely-kvk = hetzelfde KvK-nummer
likely-email = hetzelfde e-mailadres
likely-name = dezelfde naam
likely-one = Waarschijnlijk dezelfde als { $name } #{ $id }: { $why }
cli-likely-needs-yes = voeg --yes toe om het toch toe te voegen (er is geen terminal om het te vragen), of gebruik het bestaande; er is niets gewijzigd
cli-ask-add-anyway = Toch toevoegen?
cli-not-added = niet toegevoegd; er is niets gewijzigd
help-company-add--yes = Voeg het ook toe als het lijkt op een bedrijf dat kring al heeft (nodig zonder terminal)
help-person-add--yes = Voeg de persoon ook toe als die lijkt op iemand die kring al heeft (nodig zonder terminal)
ask-add-anyway = Toch toevoegen? y voegt toe, o opent de bestaande, n gaat terug naar het formulier.
key-open-the-one-that-exists-when-adding-one-like-it = de bestaande openen (bij het toevoegen van een gelijke)
said-restored = { $what } #{ $id } is terug
said-unlogged = contactmoment #{ $id } teruggenomen
key-likely-duplicates-compare-two-side-by-side-and-merge = waarschijnlijke dubbelen: twee naast elkaar vergelijken en samenvoegen
key-compare-the-pair-side-by-side-then-merge-asks-first = het paar naast elkaar vergelijken, dan samenvoegen (vraagt eerst)
key-compare = vergelijken
key-keep-the-other-one-of-the-pair = de andere van het paar houden
key-swap = wisselen
duplicates-page = Waarschijnlijke dubbelen
duplicates-title = Waarschijnlijke dubbelen ({ $count })
duplicates-keeps = enter vergelijkt een paar en vraagt voor het samenvoegen; de { $which ->
        [1] eerste
       *[other] tweede
    } van elk paar blijft (s: de andere)
duplicates-none = geen waarschijnlijke dubbelen
merge-keeps = blijft: #{ $id }
merge-folds = gaat op in: #{ $id }
merge-fills = de blijvende neemt over: { $fields }
merge-conflict = { $field } verschilt: '{ $kept }' blijft, '{ $merged }' staat in de geschiedenis
merge-moves = gaat over: { $what }
ask-merge = { $gone } laten opgaan in { $kept }? (u draait het terug)
said-merged = #{ $gone } opgegaan in #{ $keep }
said-merge-undone = samenvoeging #{ $id } teruggedraaid: beide zijn terug
history-from = {" "}· vanaf de { $from }e
key-every-change-in-the-database-who-changed-what-newest-first = elke wijziging in de database (wie wat wijzigde), nieuwste eerst
key-open-the-company-the-change-is-about = het bedrijf openen waar de wijziging over gaat
log-page = Logboek
log-title = Elke wijziging, nieuwste eerst ({ $count })
log-no-company = deze wijziging gaat niet over één bedrijf
followups-first = , de eerste { $cap }
people-none-yet = {"  "}nog geen contactpersonen: open een bedrijf (2, enter) en druk p, of importeer je adresboek (I bij Bedrijven)
people-none = {"  "}niemand past bij het filter (esc wist het)
key-my-team-s-everyone-s = van mijn team / van iedereen
key-team = team
health-my-team = {" "}· van mijn team
key-put-the-selected-colleague-in-a-team-or-none = de gekozen collega in een team zetten (of in geen)
form-team = Team van { $name }
said-team = team: { $name }

## Capture: contacten uit mail en agenda, en de inbox
err-capture-is-calendar = { $file } is een iCalendar-bestand: gebruik `kring capture calendar`
err-capture-is-vcard = { $file } is een vCard-adresboek: gebruik `kring import contacts`
err-capture-is-workbook = { $file } is een werkmap of Office-bestand, geen mail: bewaar de mails als .eml (sleep ze uit Outlook of Thunderbird naar een map)
err-capture-read = kan { $file } niet lezen: { $reason }
capture-skip-huge = de kopregels zijn groter dan { $kib } KiB: geen bericht dat kring leest
capture-skip-no-headers = geen mailkopregels
capture-skip-no-date = geen Date-kopregel: kring kan niet zien op welke dag het was
capture-skip-future = gedateerd { $date }, na vandaag
capture-mbox-place = { $file }, bericht { $number } (regel { $line })
capture-message-place = bericht { $number }
capture-no-subject = (geen onderwerp)
capture-note-mail = { $count ->
    [one] E-mail: { $subject }
   *[other] { $count } e-mails: { $subject }
}
err-capture-decided = voorstel #{ $id } is al { $status } (`kring inbox undo { $id }` opent het weer)
err-capture-not-yours = voorstel #{ $id } komt uit de mail van { $name }: alleen die kan het accepteren of overslaan
err-inbox-which = welke voorstellen? Geef hun nummers (`kring inbox` toont ze) of --all
cli-capture-skipped = overgeslagen { $place }: { $reason }
cli-capture-summary = { $messages ->
    [one] 1 bericht
   *[other] { $messages } berichten
} gelezen ({ $source }): { $matched } met je bedrijven, { $unmatched } met niemand die kring kent; { $proposed ->
    [one] 1 nieuw voorstel
   *[other] { $proposed } nieuwe voorstellen
}, { $joined } bij eerdere gevoegd, { $already } al eerder gezien, { $skipped } overgeslagen.
cli-capture-before-since = { $count } van voor --since zijn weggelaten.
cli-capture-accepted = { $count ->
    [one] 1 meteen geaccepteerd (het paste bij een contactpersoon).
   *[other] { $count } meteen geaccepteerd (ze pasten bij een contactpersoon).
}
cli-capture-dry-run = Proefdraaien: er is niets geschreven.
cli-capture-see-inbox = Bekijk ze met `kring inbox`; accepteer met `kring inbox accept NR`.
cli-inbox-accepted = { $count ->
    [one] 1 contact vastgelegd.
   *[other] { $count } contacten vastgelegd.
}
cli-inbox-skipped = { $count ->
    [one] 1 voorstel overgeslagen.
   *[other] { $count } voorstellen overgeslagen.
}
cli-inbox-reopened = Voorstel #{ $id } staat weer open.
cli-inbox-empty = Niets in je inbox: `kring capture mail MAP` vindt de contacten in je mail.
what-proposal = voorstel
cli-col-people = PERSONEN
cli-col-match = MATCH
cli-col-note = NOTITIE
what-capture-source = bron
what-capture-status = stand van het voorstel
what-match = match
help-capture = Vind contacten die al gebeurd zijn: mail (een .eml-bestand of -map, mbox, Maildir) en agenda's (.ics)
help-capture-mail = Stel de contacten in een mailmap voor: een .eml-bestand, een map daarvan, een mbox-bestand, een Maildir of een IMAP-server
help-capture-mail--source = Het .eml- of .msg-bestand, de map, het mbox-bestand of de Maildir; of de mappen van een mailserver: imaps://GEBRUIKER@SERVER/INBOX,Sent
help-capture-mail--dry_run = Laat zien wat voorgesteld zou worden; schrijf niets
help-capture-mail--auto = Accepteer meteen wat bij een contactpersoon past (alleen op domein gevonden wacht in de inbox)
help-capture-mail--since = Laat weg wat vóór deze dag gebeurde
help-inbox = Contacten die `capture` vond, wachtend op accepteren of overslaan
help-inbox--all = De voorstellen van iedereen, niet alleen uit je eigen mail en agenda
help-inbox-accept = Leg voorstellen vast zoals ze zijn (--all: alles in je inbox)
help-inbox-skip = Sla voorstellen over: ze worden nooit meer voorgesteld
help-inbox-edit = Verander soort, notitie, datum of personen van een voorstel, en leg het vast
help-inbox-edit--with = Wie er meededen (in plaats van de voorgestelde; herhaal voor meer)
help-inbox-undo = Neem een besluit terug: het voorstel staat weer open (de interactie van een geaccepteerd voorstel wordt verwijderd)
tab-inbox = Inbox
tab-short-inbox = Inb
key-inbox = Inbox
key-log-the-selected-contact-as-proposed = leg het gekozen contact vast zoals voorgesteld
key-log-it = vastleggen
key-log-every-contact-shown = leg elk getoond contact vast
key-log-all = alles vastleggen
key-skip-never-proposed-again = overslaan: nooit meer voorgesteld
key-skip = overslaan
inbox-title = Inbox — { $count ->
    [one] 1 contact uit je mail en agenda om vast te leggen
   *[other] { $count } contacten uit je mail en agenda om vast te leggen
}
inbox-empty = Niets vast te leggen: `kring capture mail MAP` vindt de contacten in je mail.
inbox-nothing = De inbox is leeg.
inbox-by-domain = (op het domein van het bedrijf)
today-inbox = { $count ->
    [one] 1 contact uit je mail en agenda om vast te leggen — @ toont het
   *[other] { $count } contacten uit je mail en agenda om vast te leggen — @ toont ze
}
cli-today-inbox = { $count ->
    [one] 1 contact uit je mail en agenda om vast te leggen: kring inbox
   *[other] { $count } contacten uit je mail en agenda om vast te leggen: kring inbox
}
said-inbox-accepted = { $count ->
    [one] 1 contact vastgelegd.
   *[other] { $count } contacten vastgelegd.
}
said-inbox-skipped = { $count ->
    [one] 1 voorstel overgeslagen.
   *[other] { $count } voorstellen overgeslagen.
}
said-inbox-reopened = { $count ->
    [one] 1 voorstel staat weer open.
   *[other] { $count } voorstellen staan weer open.
}
col-date = DATUM
col-people = PERSONEN
col-note = NOTITIE
err-calendar-not-ics = { $file } is geen iCalendar-bestand (het begint niet met BEGIN:VCALENDAR)
calendar-place = { $file }, de afspraak op regel { $line }
calendar-skip-incomplete = een afspraak zonder UID of begin
calendar-skip-rule = een herhaalregel die kring niet leest ({ $part }): er wordt niets van voorgesteld
cli-capture-summary-calendar = { $events ->
    [one] 1 afspraak
   *[other] { $events } afspraken
} tot vandaag gelezen: { $matched } met je bedrijven, { $unmatched } met niemand die kring kent, { $declined } door jou afgeslagen; { $proposed ->
    [one] 1 nieuw voorstel
   *[other] { $proposed } nieuwe voorstellen
}, { $already } al eerder gezien, { $skipped } overgeslagen.
help-capture-calendar = Stel de afspraken van een agenda voor die al geweest zijn: een .ics-bestand of de link van een gepubliceerde agenda
help-capture-calendar--source = Het .ics-bestand, of de https://- (webcal://-)link van een gepubliceerde agenda
help-capture-calendar--dry_run = Laat zien wat voorgesteld zou worden; schrijf niets
help-capture-calendar--auto = Accepteer meteen wat bij een contactpersoon past (alleen op domein gevonden wacht in de inbox)
help-capture-calendar--since = Laat weg wat vóór deze dag gebeurde
err-fetch = kan de agenda niet ophalen van { $host }: { $reason }
err-fetch-http = een agenda van { $host } over gewoon http gaat onversleuteld over het netwerk: gebruik de https://- (of webcal://-)link
err-fetch-too-large = hij is groter dan { $mib } MiB
err-imap-url = "{ $url }" is geen mailbox die kring kan lezen: { $why } (bijvoorbeeld imaps://sanne@mail.school.nl/INBOX,Sent)
imap-why-tls = kring leest een mailserver alleen via TLS: gebruik imaps://
imap-why-user = noem de gebruiker vóór de server (gebruiker@server)
imap-why-password = een wachtwoord hoort nooit in het adres (KRING_IMAP_PASSWORD, ~/.netrc, password_command of token_command)
imap-why-port = de poort is een getal
err-imap = de mailserver { $server } faalde: { $what }; niets van deze ronde is bewaard
err-imap-login = { $server } weigerde het inloggen van { $user }: { $reason }; er is niets gelezen
err-imap-no-password = geen wachtwoord voor { $user } op { $server }: zet KRING_IMAP_PASSWORD, een regel in ~/.netrc voor de server, password_command of (Microsoft 365, Google) token_command in het configuratiebestand
imap-place = { $folder }, bericht UID { $uid }
cli-capture-folder-missing = map { $folder } is niet gelezen: { $reason }
cli-capture-folder-renumbered = map { $folder } is door de server hernummerd (UIDVALIDITY): opnieuw helemaal gelezen; niets wat eerder gezien is wordt opnieuw voorgesteld
err-workbook = kan de werkmap { $file } niet lezen: { $reason }
err-workbook-sheet = { $file } heeft geen blad "{ $sheet }" (wel: { $sheets })
err-workbook-empty = { $file } heeft geen bladen
err-workbook-bomb = { $file } zou uitpakken tot { $mib } MiB: zo groot is geen bedrijvenlijst, dus hij wordt niet geopend
err-import-sheet-not-workbook = --sheet is voor een werkmap (xlsx, xls, ods); { $file } is er geen
err-import-file-changed = { $file } is veranderd sinds het gelezen is: er is niets geïmporteerd; lees het opnieuw
err-import-is-calendar = { $file } is een iCalendar-bestand: gebruik `kring capture calendar`
err-import-is-mail = { $file } is een e-mail: gebruik `kring capture mail`
import-workbook-sheet = werkmap, blad "{ $sheet }"
help-import-contacts--sheet = Het blad van een werkmap (standaard: het eerste)
help-import-companies--sheet = Het blad van een werkmap (standaard: het eerste)
xlsx-contacts-sheet = Contactpersonen
err-xlsx-needs-file = een xlsx-werkmap is niet voor de terminal: schrijf hem naar een bestand met -o contactpersonen.xlsx
capture-skip-msg-unreadable = geen Outlook-bericht dat kring kan lezen ({ $reason })
form-capture = Contact met { $company } vastleggen
key-change-the-kind-date-or-note-then-log-it = verander soort, datum of notitie, en leg het vast
subject-inbox = { $count } contacten uit mail vast te leggen
remind-inbox = Contacten uit je mail en agenda om vast te leggen (kring inbox)

## Het netwerk (versie 22): organisaties, plaatsen, rust, mensen die vertrekken
term-organisation-kind-company = bedrijf
term-organisation-kind-association = vereniging
term-organisation-kind-government = overheid
term-organisation-kind-education = onderwijs
term-organisation-kind-foundation = stichting
term-affiliation-role = rol
term-affiliation-works = werkt er
whom-schools = { $count ->
    [one] 1 andere school
   *[other] { $count } andere scholen
}
cli-network-joined = { $company } is lid van { $organisation }
cli-network-left = { $company } is geen lid meer van { $organisation }
cli-network-role = { $staff } heeft een rol bij { $organisation }
cli-network-works = { $staff } werkt ook bij { $company }
cli-network-ended = de band met { $organisation } is beëindigd
cli-network-introduced = vastgelegd wie de deur opende naar { $company }
cli-network-member-of = lid van { $organisation }
cli-network-members = Leden ({ $count }); samenwerking en open plaatsen in { $year }:
cli-network-since = sinds { $day }
cli-network-until = tot { $day }
cli-network-doors = Deuren die het opende:
err-member-of-itself = een organisatie kan geen lid van zichzelf zijn
err-already-org-member = het is al lid (sinds { $since }); er is niets veranderd
err-not-a-member = het is geen huidig lid; er is niets veranderd
err-no-affiliation = geen huidige band van die soort; er is niets veranderd
err-introduced-itself = niemand introduceert zichzelf; er is niets veranderd
err-introduced-by-whom = zeg wie de deur opende: --by-person, --by-staff of --by-org
places-whole-year = heel het jaar
cli-places-set = { $company }: { $programme }, { $period }: { $offered } aangeboden, { $filled } bezet
cli-places-resting = rust tot { $until }
cli-resting-note = let op: het bedrijf vroeg om rust tot { $until }; geen nieuwe vragen voor die dag
cli-places-imported = { $count ->
    [one] 1 regel plaatsen gelezen
   *[other] { $count } regels plaatsen gelezen
}
err-places-nothing = geef --offered, --filled of --note; er is niets veranderd
err-places-columns = het bestand heeft een kolom opleiding nodig, een kolom bedrijf of kvk, en bezet of aangeboden; er is niets veranderd
err-places-count = regel { $line }, veld { $field }: "{ $value }" is geen aantal; er is niets veranderd
err-places-line = regel { $line }: { $reason }
err-places-no-company = geen bedrijf of kvk
err-places-no-programme = geen opleiding
cli-rest-set = { $company } heeft rust tot { $until }: geen nieuwe vragen voor die dag
cli-rest-ended = { $company } mag weer gevraagd worden
err-rest-past = de rust zou in het verleden eindigen; geef een dag vanaf vandaag
cli-asked-logged = vastgelegd; { $company } is de laatste { $days } dagen { $times }× gevraagd
cli-person-left = { $name } is op { $day } vertrokken bij { $company } (de geschiedenis blijft)
cli-person-left-successor = { $name } neemt het over
cli-person-left-trainer-passed = de praktijkopleider van erkenning { $crebos } is nu { $name }
cli-person-left-followup = actie #{ $id } voor { $staff }, uiterlijk { $due }: zoek de opvolger
cli-person-left-trainer-gone = erkenning { $crebos } heeft nu geen praktijkopleider: die staat op Vandaag tot er een nieuwe is
followup-find-successor = Zoek de opvolger van { $person } bij { $company }
err-successor-self = niemand volgt zichzelf op
err-no-current-job = er is geen huidige baan om te verlaten; er is niets veranderd
err-which-job = werkt bij { $companies }: zeg welke met --company; er is niets veranderd
cli-alumnus-set = { $name } is oud-student van { $programme } { $year }
cli-alumnus-cleared = { $name } staat niet meer als oud-student

## Hulp bij de commando's van het netwerk
help-company-add--kind = Wat voor organisatie: company (bedrijf), association (vereniging), government (overheid), education (onderwijs), foundation (stichting)
help-company-list--kind = Alleen organisaties van deze soort (association, government, education, foundation, company)
help-company-edit--kind = Wat voor organisatie: company (bedrijf), association (vereniging), government (overheid), education (onderwijs), foundation (stichting)
help-person-list--alumni = Alleen oud-studenten (van een opleiding met deze tekst, als die gegeven is)
help-person-left = De persoon is vertrokken bij het bedrijf: de baan eindigt (de geschiedenis blijft); een opvolger neemt het over, of de eigenaar krijgt de actie er een te zoeken
help-person-left--on = De laatste dag (standaard: vandaag)
help-person-left--successor = Wie het overneemt (iemand bij het bedrijf, of die er nu werkt)
help-person-left--company = Het bedrijf dat ze verlieten, als ze bij meer dan één werken
help-person-alumnus = Markeer iemand als oud-student van ons
help-person-alumnus--programme = De opleiding die ze volgden (leeg: geen oud-student)
help-person-alumnus--year = Het jaar waarin ze klaar waren
help-network = Het netwerk: organisaties, hun leden, rollen van medewerkers, wie de deur opende (zonder naam: elke organisatie)
help-network--organisation = Een organisatie: haar leden en wat we met ze doen (zonder: elke organisatie die geen bedrijf is)
help-network-join = Een bedrijf wordt lid van een organisatie (een vereniging)
help-network-join--since = Lid sinds
help-network-leave = Het lidmaatschap van een bedrijf bij een organisatie eindigt
help-network-leave--on = De laatste dag (standaard: vandaag)
help-network-role = Een medewerker heeft een rol in een organisatie ("bestuurslid")
help-network-role--title = De rol zoals zij hem schrijven
help-network-works = Een medewerker werkt ook bij een bedrijf (een hybride docent)
help-network-works--title = Hun functie daar
help-network-end = De rol van een medewerker in een organisatie, of het werk bij een bedrijf, eindigt
help-network-end--tie = Welke band eindigt: role (rol) of works (werkt er)
help-network-introduced = Leg vast wie de deur opende naar een bedrijf (of met --person naar een persoon)
help-network-introduced--company = Het geïntroduceerde bedrijf (of met --person het bedrijf van de persoon)
help-network-introduced--person = Een contactpersoon van dat bedrijf werd geïntroduceerd, niet het bedrijf
help-network-introduced--by_person = Geïntroduceerd door een contactpersoon
help-network-introduced--by_staff = Geïntroduceerd door een medewerker
help-network-introduced--by_org = Geïntroduceerd door een organisatie
help-places = Plaatsen die bedrijven aanbieden per opleiding en periode, en hoeveel er bezet zijn
help-places--programme = Alleen deze opleiding (een crebo of de naam van de school; een deel volstaat)
help-places--period = Alleen deze periode ("blok 3", "Q2")
help-places--year = Het schooljaar (standaard: dit)
help-places--company = Alleen de plaatsen van één bedrijf
help-places--open = Alleen waar nog plaatsen open zijn
help-places-set = Leg plaatsen vast die een bedrijf aanbiedt, of hoeveel er bezet zijn
help-places-set--programme = De opleiding: een crebo of de eigen naam van de school
help-places-set--period = De periode ("blok 3"; zonder: heel het jaar)
help-places-set--year = Het schooljaar (standaard: dit)
help-places-set--offered = Aangeboden plaatsen
help-places-set--filled = Bezette plaatsen (een aantal: geen namen van studenten)
help-places-import = Lees bezette (en aangeboden) aantallen uit de CSV van het studentsysteem: bedrijf (of kvk), opleiding, periode, bezet, aangeboden
help-places-import--year = Het schooljaar van de aantallen (standaard: dit)
help-rest = Een bedrijf vroeg om rust (geen nieuwe vragen tot een dag); zonder naam: wie rust
help-rest--company = Het bedrijf (zonder: elk bedrijf dat vandaag rust)
help-rest--until = Geen nieuwe vragen tot deze dag
help-rest--reason = Waarom, zoals het bedrijf het zei
help-rest--end = De rust eindigt vandaag: het bedrijf mag weer gevraagd worden
help-asked = Een andere school vroeg een bedrijf iets (zoals het bedrijf ons vertelde): telt mee in de vraagdruk
help-asked--by = De andere school, zoals het bedrijf die noemde
help-asked--on = Wanneer (standaard: vandaag)
help-asked--what = Wat ze vroegen
err-rest-until-or-end = zeg tot wanneer (--until DATUM) of dat de rust eindigt (--end); er is niets veranderd
cli-col-work = WERK
cli-col-room = RUIMTE
cli-col-member = LID
cli-col-staff = MEDEWERKERS
cli-col-until = TOT
cli-col-reason = REDEN
cli-col-offered = AANGEBODEN
cli-col-filled = BEZET
err-already-org-member-undated = het is al lid; er is niets veranderd
cli-network-heading = Netwerk:
cli-network-has-member = heeft { $company } als lid
cli-network-introduced-by = geïntroduceerd door { $by }
cli-network-places = plaatsen { $programme }, { $period }: { $offered } aangeboden, { $filled } bezet
cli-network-asked-by = gevraagd door { $school }
ui-resting = Rust
cli-campaign-resting-left-out = overgeslagen: { $company } vroeg om rust tot { $until } (--include-resting om ze toch uit te nodigen)
cli-campaign-resting-invited = let op: { $company } vroeg om rust tot { $until }
help-campaign-invite--include_resting = Nodig ook bedrijven uit die om rust vroegen (anders overgeslagen)
help-campaign-invite--kind = Alleen organisaties van deze soort (association, government, …)
help-campaign-invite--open_places = Alleen bedrijven met nog open plaatsen dit schooljaar voor deze opleiding
help-campaign-invite--period = Met --open-places: in deze periode
today-trainers-gone = Erkenningen waarvan de praktijkopleider vertrok ({ $count }): noem een nieuwe
today-left-on = vertrokken { $date }
today-trainers-gone-where = noem een nieuwe praktijkopleider op de bedrijfspagina, of: kring company recognise BEDRIJF --crebo N --trainer NAAM
err-places-no-kvk = geen bedrijf heeft KvK-nummer { $kvk }
what-affiliation = band
what-organisation-kind = soort organisatie
what-title = functie
what-programme = opleiding
what-school = school
what-alumnus-year = afstudeerjaar
what-places = plaatsen
network-places-open = { $programme } { $period }: { $open } van { $offered } open
field-network = Netwerk
company-resting = Rust tot { $until }, geen nieuwe vragen
form-rest = Rust voor { $name }
form-places = Plaatsen bij { $name }
form-left = { $name } vertrekt bij { $company }
err-not-a-count = "{ $value }" is geen aantal
said-rest = rust tot { $until }: geen nieuwe vragen voor die dag
said-rest-ended = de rust is voorbij: het bedrijf mag weer gevraagd worden
said-places = plaatsen bewaard voor { $programme }
said-left = vertrokken; de eigenaar heeft een actie om de opvolger te zoeken
said-left-successor = vertrokken; { $name } neemt het over
key-places-offered-for-a-programme-and-period-and-filled = aangeboden en bezette plaatsen per opleiding en periode
key-rest-the-company-asked-for-no-new-asks-until-a-day = rust: het bedrijf vroeg om geen nieuwe vragen tot een dag
key-they-left-the-selected-company-a-successor-or-a-follow-up-to-find-one = vertrokken bij het gekozen bedrijf: een opvolger, of een actie om er een te zoeken
ui-rest-until = Rust tot
ui-no-new-asks-before-this-day-empty-the-rest-ends = geen nieuwe vragen voor deze dag; leeg: de rust eindigt
ui-offered = Aangeboden
ui-filled = Bezet
ui-a-crebo-or-the-school-s-own-name = een crebo of de eigen naam van de school
ui-blok-3-q2-empty-the-whole-year = blok 3, Q2…; leeg: heel het jaar
ui-places-offered-empty-as-it-was = aangeboden plaatsen; leeg: zoals het was
ui-places-filled-a-count-empty-as-it-was = bezette plaatsen (een aantal); leeg: zoals het was
ui-last-day = Laatste dag
ui-successor = Opvolger
ui-who-takes-over-empty-the-owner-gets-a-follow-up-to-find-one = wie het overneemt; leeg: de eigenaar krijgt een actie om er een te zoeken
network-members = { $count ->
    [one] 1 lid (kring network NAAM toont het)
   *[other] { $count } leden (kring network NAAM toont ze)
}
health-not-met = 12 maanden niet gesproken: een partner in het netwerk die we niet meer zien
cli-log-resting = let op: { $company } vroeg om rust tot { $until }; geen nieuwe vragen voor die dag
form-log-many-resting = vroegen om rust (geen nieuwe vragen): { $names }
term-metric-places-offered = aangeboden plaatsen
term-metric-places-filled = bezette plaatsen
term-offer-status-open = zoekt een bedrijf
term-offer-status-matched = gekoppeld
term-offer-status-withdrawn = ingetrokken
what-offer-status = status van het aanbod
err-offer-for-whom = zeg voor wie het aanbod is: --sector, --tag of --topic; er is niets veranderd
err-offer-not-open = aanbod #{ $id } is niet meer open; er is niets veranderd
offer-campaign = { $title } (aanbod #{ $id })
offer-campaign-note = Bedrijven uitgenodigd voor aanbod #{ $id } van de school
offer-question-note = Aangeboden door de school (aanbod #{ $id })
cli-offer-added = aanbod #{ $id } { $title }: { $count ->
    [one] 1 bedrijf kan het oppakken
   *[other] { $count } bedrijven kunnen het oppakken
} (kring offer show { $id })
cli-offer-matched = aanbod #{ $id } gaat naar { $company }: vraagstuk #{ $question }
cli-offer-withdrawn = aanbod #{ $id } ingetrokken
cli-offer-for = voor { $whom } in { $year }
cli-offer-taken-by = opgepakt door { $company } (vraagstuk #{ $question })
cli-offer-candidates = Bedrijven waar het naartoe kan ({ $count }):
cli-offer-would-invite = { $count ->
    [one] zou 1 bedrijf uitnodigen
   *[other] zou { $count } bedrijven uitnodigen
}
cli-offer-invited = { $count ->
    [one] 1 bedrijf uitgenodigd in de campagne { $name }
   *[other] { $count } bedrijven uitgenodigd in de campagne { $name }
}
what-offer = aanbod

help-offer = Aanbod van de school dat een bedrijf zoekt: toevoegen, tonen, uitnodigen, koppelen, intrekken
help-offer-add = Aanbod van een team dat een bedrijf zoekt: zeg voor wie (sector, label of onderwerp)
help-offer-add--team = Het team dat het aanbiedt
help-offer-add--year = Het schooljaar (standaard: dit)
help-offer-add--sector = Voor bedrijven in deze sector
help-offer-add--tag = Voor bedrijven met dit label
help-offer-add--topic = Voor bedrijven met een contactpersoon die dit onderwerp kent
help-offer-list = Het aanbod van dit schooljaar (--all: ook gekoppeld en ingetrokken)
help-offer-show = Een aanbod en de bedrijven waar het naartoe kan
help-offer-invite = Nodig de kandidaten uit via een campagne (wie rust wordt overgeslagen en genoemd)
help-offer-invite--dry_run = Toon wie uitgenodigd zou worden; nodig niemand uit
help-offer-match = Een bedrijf neemt het aanbod: het wordt het vraagstuk van dat bedrijf, gekoppeld aan het team
help-offer-withdraw = Niemand nam het, of het team kan het toch niet
col-programme = OPLEIDING
col-offered = AANGEBODEN
col-filled = BEZET
places-none = geen plaatsen vastgelegd: P op de pagina van een bedrijf, of kring places set
places-title = Plaatsen ({ $open } open) · { $year } · p: samenwerkingen
places-only-open = {" "}· alleen met ruimte
key-places-offered-per-programme-and-period-collaborations-f-only-those-with-room = aangeboden plaatsen per opleiding en periode / samenwerkingen (f: alleen met ruimte)
key-places = plaatsen
import-moved = { $person } werkt volgens kring bij { $from }, volgens het bestand bij { $to }: als ze vertrokken zijn, vraagt `kring person left "{ $person }" --company "{ $from }"` om een opvolger (of `kring person move`)
help-campaign-invite--alumni = Alleen bedrijven waar een oud-student werkt (van een opleiding met deze tekst, als die gegeven is)
ui-a-company-or-where-you-meet-them-association-government = een bedrijf, of waar je ze ontmoet: vereniging, overheid…
form-network = Het netwerk van { $name }
opener-organisation = een organisatie
opener-person = een contactpersoon
opener-staff = een collega
err-network-nothing = vul er minstens één in: lid van, geïntroduceerd door, gevraagd door school
said-network = bewaard in het netwerk
key-network-member-of-an-association-who-opened-the-door-another-school-s-ask = netwerk: lid van een vereniging, wie de deur opende, een vraag van een andere school
ui-member-of = Lid van
ui-introduced-by = Geïntroduceerd door
ui-who-that-is = Wie dat is
ui-asked-by-school = Gevraagd door school
ui-an-association-or-other-organisation-it-joined = een vereniging of andere organisatie waar het lid van werd
ui-who-opened-the-door-to-it = wie de deur ernaartoe opende
ui-another-school-asked-it-as-it-told-you = een andere school vroeg het iets (zoals het je vertelde)
today-resting = Rust: vroegen om geen nieuwe vragen ({ $count })
today-until = tot { $date }
today-resting-where = kring rest toont ze; Z op de pagina van een bedrijf zet of beëindigt een rust
list-members-of = {" "}· leden van { $organisation } (esc: alle)
key-the-organisation-s-members-on-the-companies-tab = de leden van de organisatie, op het tabblad Bedrijven
help-company-list--member_of = Alleen huidige leden van deze organisatie (een vereniging)
offers-ask-withdraw = Aanbod #{ $id } "{ $title }" intrekken?
offers-none = geen open aanbod: kring offer add TITEL --sector S (of --tag, --topic)
offers-title = Aanbod van de school dat een bedrijf zoekt ({ $count }) · o: vraagstukken
col-title = TITEL
col-kind = SOORT
col-candidates = BEDRIJVEN
form-take-offer = Aanbod #{ $id } { $title }: welk bedrijf neemt het
err-offer-which-company = noem het bedrijf dat het neemt
said-offer-taken = aanbod #{ $id } gaat naar { $company }: het is nu hun vraagstuk
key-the-school-s-open-offers-the-questions-enter-a-company-takes-it-x-withdraw = het open aanbod van de school / de vraagstukken (enter: een bedrijf neemt het, x: intrekken)
key-offers = aanbod
ui-name-or-id-it-becomes-that-company-s-question = naam of #nr; het wordt het vraagstuk van dat bedrijf
form-alumnus = { $name }, oud-student van ons
err-not-a-year = "{ $value }" is geen jaar (1900–2999)
said-alumnus = staat als oud-student van { $programme }
said-not-alumnus = staat niet meer als oud-student
key-a-former-student-of-ours-programme-and-year = een oud-student van ons: opleiding en jaar
ui-the-programme-they-followed-here-empty-not-an-alumnus = de opleiding die ze hier volgden; leeg: geen oud-student
ui-year = Jaar
key-network-member-of-an-association-who-opened-the-door-another-school-s-ask-a-colleague-s-tie = netwerk: lid van een vereniging, wie de deur opende, een vraag van een andere school, de band van een collega
ui-their-tie = Hun band
ui-a-colleague-with-a-role-in-it-or-who-works-there = een collega met een rol erin, of die er werkt
ui-bestuurslid-docent-werkvoorbereider = bestuurslid, docent-werkvoorbereider…
form-offer = Aanbod van de school dat een bedrijf zoekt
key-the-school-s-open-offers-the-questions-enter-a-company-takes-it-x-withdraw-a-a-new-offer = het open aanbod van de school / de vraagstukken (enter: een bedrijf neemt het, x: intrekken, a: nieuw aanbod)
key-a-new-offer-from-the-school-with-o = nieuw aanbod van de school (met o)
ui-for-companies-in-this-sector = voor bedrijven in deze sector
ui-or-with-this-tag = of met dit label
ui-or-with-a-contact-person-who-knows-this = of met een contactpersoon die dit kent
ui-the-team-that-offers-it = het team dat het aanbiedt
ui-tag = Label
ui-topic = Onderwerp
form-end-ties = Banden van { $name } die eindigen
form-introduced = Wie de deur opende naar { $name }
err-end-ties-nothing = noem de organisatie die het verliet, of de collega wiens band eindigde
err-introduced-by-whom-form = zeg wie de deur opende
said-ties-ended = beëindigd; de geschiedenis blijft
key-a-membership-or-a-colleague-s-role-or-job-there-ends = een lidmaatschap, of de rol of baan van een collega daar, eindigt
key-who-opened-the-door-to-them = wie de deur naar hen opende
ui-no-longer-member-of = Geen lid meer van
ui-the-organisation-it-left = de organisatie die het verliet
ui-whose-role-in-it-or-job-there-ended = wiens rol erin, of baan daar, eindigde
ui-who-opened-the-door-to-them = wie de deur naar hen opende
form-places-import = De aantallen plaatsen uit het studentsysteem (dit schooljaar)
err-places-which-file = het CSV-bestand om te lezen
said-places-imported = plaatsen uit het bestand gelezen
key-read-places-filled-from-the-student-system-s-csv-with-p = lees bezette plaatsen uit de CSV van het studentsysteem (met p)
ui-csv-company-or-kvk-programme-period-filled-offered = CSV: bedrijf of kvk, opleiding, periode, bezet, aangeboden
err-every = "{ $given }" is geen periode om na terug te komen: 2w, 1m, 1y, 10d
err-series-ends-before = de reeks zou eindigen voor de eerste actie; er is niets veranderd
err-not-a-series = actie #{ $id } komt niet terug: er is geen reeks om te stoppen
cli-series-stopped = de reeks van actie #{ $id } stopt: na de open actie komt er geen meer
cli-next-in-series = de volgende in de reeks: #{ $id }, uiterlijk { $date }
help-followup-add--every = Het komt terug: elke 2w, 1m, 1y (afgevinkt, dan komt de volgende)
help-followup-add--until = Met --every: de laatste dag dat het terugkomt
help-followup-stop = Een reeks acties stopt: de open actie blijft, er komt er geen meer na
said-next-in-series = de volgende van de reeks is #{ $id }
err-merge-member = { $member } is (of was) lid van { $organisation }: samengevoegd zou het lid van zichzelf zijn; er is niets veranderd
ui-hours = Uren
ui-the-company-s-where-known = van het bedrijf, als bekend
form-err-hours = '{ $value }' is geen aantal uren
report-coaching = Coaching
report-partnerships = Partnerschappen
report-company-visits = Bedrijfsbezoeken
report-exam-curriculum = Examens/curriculum
report-recruitment = Werving
report-other = Overig
report-hours = Uren
report-collaborations = Samenwerkingen
report-sheet-ledger = Overzicht
help-engagement-add--hours = De uren die het bedrijf erin stak, als bekend (het jaaroverzicht telt ze op)
help-engagement-edit--hours = De uren die het bedrijf erin stak, als bekend (het jaaroverzicht telt ze op)
help-report-year--output = Schrijf naar dit bestand in plaats van naar de standaarduitvoer (een werkmap heeft er een nodig, of een pipe)
what-hours = uren
health-loss-recency = te lang geen contact
health-loss-trend = minder contact dan het jaar ervoor
health-loss-no-collaboration = geen lopende samenwerking
health-loss-one-way = niets opgeleverd
health-loss-little-value = weinig opgeleverd
health-loss-staff = één collega of geen in contact
health-loss-contact-persons = één contactpersoon of geen
health-loss-overdue = achterstallige follow-ups
health-loss-question-waiting = een vraag wacht
health-loss-not-met = dit jaar niet gesproken
cli-health-kept = gezondheid van { $count } { $count ->
    [one] bedrijf
   *[other] bedrijven
} bewaard voor { $month }
help-health--snapshot = Bewaar de score van deze maand voor elk bedrijf (het geheugen van gezondheid; maandelijks via cron)
cli-show-health-trend = Verloop { $line }  was { $then } in { $month }, nu { $now }
cli-show-health-new = sindsdien: { $reasons }
cli-show-health-mended = sindsdien verholpen: { $reasons }
company-health-was = { $then } in { $month }
mreport-title = Relaties met bedrijven, schooljaar { $year }
mreport-whole-school = de hele school
mreport-team = team { $team }
mreport-programme = opleiding { $programme }
mreport-made-on = gemaakt op { $date }
mreport-relationships = relaties
mreport-won = dit jaar gewonnen
mreport-lost = verloren
mreport-at-risk = in gevaar
mreport-single-points = hangen aan één persoon
mreport-form = Vorm
mreport-change = Verschil
mreport-archived = gearchiveerd
mreport-won-heading = Gewonnen: een eerste samenwerking dit jaar ({ $count })
mreport-lost-heading = Verloren: dit jaar gearchiveerd, of vorig jaar contact en sindsdien niet ({ $count })
mreport-last-contact = Laatste contact
mreport-at-risk-heading = Nu in gevaar of slapend ({ $count }); wie de laatste twee jaar samenwerkte
mreport-score = Score
mreport-single-heading = Hangt aan één collega of één contactpersoon ({ $count }); wie dit jaar samenwerkt
mreport-asked-heading = Dit schooljaar het vaakst benaderd
mreport-contacts = Contacten
mreport-teams = Teams
mreport-questions-heading = Vragen tegenover capaciteit
mreport-team-column = Team
mreport-period = Periode
mreport-questions = Vragen
mreport-capacity = Capaciteit
mreport-short = Tekort
mreport-no-team = geen team
mreport-places-heading = Plaatsen dit schooljaar
mreport-programme-column = Opleiding
mreport-offered = Aangeboden
mreport-filled = Bezet
mreport-forms-heading = Samenwerkingen per vorm, tegenover de twee jaren ervoor
mreport-health-heading = Gezondheid nu
mreport-average-by-month = gemiddelde score per maand
mreport-no-goals = Geen doelen voor dit schooljaar.
mreport-none = Geen.
mreport-no-history = Gezondheid wordt eens per maand bewaard; het verloop is te zien vanaf de tweede maand.
cli-the-management-report = het managementverslag
sheet-title = Wat we samen deden: { $company }
sheet-year = Schooljaar { $year }
sheet-students = { $count ->
    [one] 1 student
   *[other] { $count } studenten
}
sheet-hours = { $count ->
    [one] 1 uur
   *[other] { $count } uur
}
sheet-circle-meeting = kringbijeenkomst
sheet-event = evenement
sheet-internships = Stages ({ $students ->
    [one] 1 student
   *[other] { $students } studenten
})
sheet-lectures = Gastlessen
sheet-assignments = Praktijkopdrachten
sheet-other = Andere samenwerking
sheet-events = Bijeenkomsten en evenementen
sheet-their-people = Uw mensen
sheet-our-people = Onze mensen
sheet-hours-given = Uw mensen gaven onze studenten dit jaar { $count } uur.
sheet-thanks = Dank voor de tijd en aandacht die { $company } aan onze studenten gaf.
sheet-nothing-yet = Voor dit schooljaar is nog niets vastgelegd.
cli-the-sheet = het overzicht
help-report-management = Voor de directeur: gewonnen, verloren en bedreigde relaties, samenwerkingen tegenover twee jaar eerder, doelen, belasting, plaatsen, met grafieken
help-report-management--year = Het schooljaar: 2025-2026 (standaard: dit jaar)
help-report-management--team = Alleen de bedrijven die leden van een team beheren
help-report-management--programme = Alleen de samenwerkingen en plaatsen van een opleiding
help-report-management--output = Schrijf naar dit bestand in plaats van naar de standaarduitvoer
help-report-company = "Wat we samen deden": een overzicht van één pagina voor het bedrijf zelf, zonder iets interns
help-report-company--company = Het bedrijf (naam, een deel ervan, of #id)
help-report-company--year = Het schooljaar: 2025-2026 (standaard: dit jaar)
help-report-company--output = Schrijf naar dit bestand in plaats van naar de standaarduitvoer
file-sheet = wat-we-samen-deden
form-export-sheet = Schrijf het overzicht voor het bedrijf: wat we samen deden
file-management-report = managementverslag
form-export-management-report = Schrijf het managementverslag
key-write-the-management-report-of-this-school-year-html-with-charts = het managementverslag van dit schooljaar schrijven (HTML, met grafieken)
key-write-the-company-s-sheet-what-we-did-together-this-school-year-html = het overzicht voor het bedrijf schrijven: wat we dit schooljaar samen deden (HTML)
key-report = verslag
dossier-collaborations = Lopende samenwerkingen
dossier-questions = Open vragen
dossier-circles = Bedrijvenkringen
dossier-replies = Antwoorden op campagnes
dossier-reply-attended = was er
dossier-reply-none = geen antwoord
review-people = { $count ->
    [one] 1 contactpersoon
   *[other] { $count } contactpersonen
} zonder contact of samenwerking in { $years } jaar (niets sinds { $since }):
review-prospects = { $count ->
    [one] 1 prospect
   *[other] { $count } prospects
} waarmee nooit is samengewerkt en in { $years } jaar geen contact:
review-email = e-mail
review-phone = telefoon
review-contacts = { $count ->
    [one] genoemd in 1 contact
   *[other] genoemd in { $count } contacten
}
review-topics = { $count ->
    [one] 1 onderwerp
   *[other] { $count } onderwerpen
}
review-people-there = { $count ->
    [one] 1 contactpersoon
   *[other] { $count } contactpersonen
}
review-how-to-erase = `kring privacy review --erase` wist deze mensen en archiveert deze prospects, na een vraag
review-nothing = niemand te beoordelen: met iedereen die kring bewaart was er de laatste { $years } jaar contact of samenwerking
review-confirm = { $people } { $people ->
    [one] persoon
   *[other] personen
} wissen en { $prospects } { $prospects ->
    [one] prospect
   *[other] prospects
} archiveren? Wissen kan niet ongedaan worden gemaakt.
review-not-erased = niets gewist (geef --yes om te wissen zonder te vragen)
review-done = { $people } { $people ->
    [one] persoon
   *[other] personen
} gewist; { $prospects } { $prospects ->
    [one] prospect
   *[other] prospects
} gearchiveerd
help-privacy = De opslagbeperking van de AVG: wie kring bewaart zonder dat er nog een reden voor is
help-privacy-review = Contactpersonen en prospects zonder contact en samenwerking in jaren, en wat kring van elk bewaart
help-privacy-review--years = Hoeveel jaar zonder contact (standaard: retention_years in het configuratiebestand, anders 2)
help-privacy-review--erase = Wis de genoemde mensen en archiveer de genoemde prospects, na een bevestiging
help-privacy-review--yes = Niet eerst vragen (bij --erase)
what-retention-years = retention_years
what-years = jaren
err-attach-empty = een document heeft een pad of URL nodig
err-attach-no-file = geen bestand op { $path }: koppel een bestand dat bestaat, of een URL
err-attach-target = '{ $given }' noemt niets om aan te koppelen: gebruik de naam van een bedrijf, of person:NAAM, collaboration:ID, recognition:ID, meeting:ID
cli-attached = gekoppeld #{ $id }: { $location }
cli-detached = koppeling #{ $id } verwijderd ({ $location } zelf is niet aangeraakt)
cli-no-attachments = geen documenten gekoppeld
cli-attachment-missing = ontbreekt
cli-show-documents = Documenten:
dossier-documents = Documenten
help-attach = Koppel een document (een pad of URL) aan een bedrijf, persoon, samenwerking, erkenning of bijeenkomst
help-attach--target = Waar het bij hoort: de naam van een bedrijf, of person:NAAM, collaboration:ID, recognition:ID, meeting:ID
help-attach--location = Het pad van een bestand (bewaard als absoluut pad; het moet bestaan) of een URL
help-attach--note = Wat het is: "getekende stageovereenkomst 2026"
help-attachments = De documenten gekoppeld aan een bedrijf (ook aan zijn samenwerkingen en erkenningen), persoon, …
help-attachments--target = Van wie: de naam van een bedrijf (ook zijn samenwerkingen en erkenningen), of person:NAAM, collaboration:ID, recognition:ID, meeting:ID
help-detach = Verwijder de koppeling van een document (het bestand zelf blijft onaangeroerd)
help-detach--id = Het nummer van de koppeling (`kring attachments` noemt ze); het bestand blijft waar het is
what-attachment = documentkoppeling
what-collaboration = samenwerking
what-recognition = erkenning
field-documents = Documenten
company-documents = { $count } ({ $first }{ $count ->
    [one] {""}
   *[other] , …
}){ $missing ->
    [0] {""}
   *[other] , { $missing } ontbreken
} — o opent
said-opened = geopend: { $location }
form-open-document = Een gekoppeld document openen
err-document-gone = het bestand { $path } is weg: koppel het waar het nu staat met `kring attach`
err-no-opener = kan { $opener } niet starten: { $error } (zet KRING_OPENER op het programma dat documenten opent)
key-open-a-linked-document-agreement-letter-minutes = een gekoppeld document openen (overeenkomst, brief, notulen)
ui-document = Document
ui-enter-opens-it = ←/→; enter opent het
cli-view-saved = weergave '{ $name }' bewaard: kring { $command }
cli-view-deleted = weergave '{ $name }' vergeten
err-view-exists = er is al een weergave '{ $name }': geef --replace om die te vervangen
err-view-not-a-listing = een weergave bewaart alleen een lijst (company list, person list, followup list, engagement list, question list, health, today, search, goals, experts), zonder --db of --demo: niet 'kring { $command }'
what-view = weergave
what-view-name = naam van de weergave
help-person-list--role = Alleen mensen in deze rol bij hun huidige baan: workplace_trainer (praktijkopleider), owner, hr, expert, other
help-person-list--topic = Alleen mensen met een onderwerp dat deze tekst bevat
help-person-list--tag = Alleen mensen die nu werken bij een bedrijf met dit label
help-person-list--do_not_contact = Alleen wie vroeg niet benaderd te worden
help-person-list--no_contact_since = Alleen mensen die sinds deze dag in geen contact genoemd zijn (2026-08-01, -1y)
help-view = Bewaarde weergaven: een lijst onder een naam bewaard en opnieuw getoond (kring view save NAAM -- person list …)
help-view--name = De weergave om te tonen
help-view--extra = Meer opties voor deze keer (`--json`, `--limit 10`)
help-view-save = Bewaar een lijst onder een naam: kring view save NAAM -- person list --role praktijkopleider
help-view-save--replace = Vervang een weergave met die naam
help-view-save--command = De lijst, zoals getypt na `kring`
help-view-list = De bewaarde weergaven, met wat elk toont
help-view-delete = Vergeet een weergave
cli-campaign-copied = campagne #{ $id } { $name }: { $count ->
    [one] 1 bedrijf
   *[other] { $count } bedrijven
} opnieuw uitgenodigd
help-campaign-copy = Maak een campagne opnieuw uit een eerdere (het stagefestival van vorig jaar): dezelfde bedrijven opnieuw uitgenodigd
help-campaign-copy--from = De campagne om te kopiëren
help-campaign-copy--name = De naam van de nieuwe campagne
help-campaign-copy--on = Wanneer de nieuwe plaatsvindt
help-campaign-copy--at = Waar (standaard: waar de oude was)
help-campaign-copy--include_resting = Nodig ook bedrijven uit die om rust vroegen (anders weggelaten)
cli-meetings-planned = { $count ->
    [one] 1 bijeenkomst
   *[other] { $count } bijeenkomsten
} gepland van { $first } tot { $last }
err-series-too-long = een reeks van meer dan { $max } bijeenkomsten: geef een eerdere --until; er is niets gepland
err-meetings-end-before = de reeks zou eindigen voor de eerste bijeenkomst; er is niets gepland
help-meeting-add--every = Plan een reeks: elke 1w, 2w, 1m… (het tweewekelijkse projectteam)
help-meeting-add--until = De laatste dag van de reeks (standaard: het einde van het schooljaar)
file-ledger = schooljaaroverzicht
form-export-ledger = Schrijf het overzicht van dit schooljaar (Excel-werkmap)
key-write-this-school-year-s-ledger-every-form-of-collaboration-per-company-excel = het overzicht van dit schooljaar schrijven: elke vorm van samenwerking per bedrijf (Excel)
key-ledger = overzicht
said-archived = { $name } gearchiveerd (de geschiedenis blijft; u draait het terug)
said-unarchived = { $name } is terug uit het archief
company-ask-archive = { $name } archiveren? De geschiedenis blijft; het verdwijnt uit de lijsten, Vandaag en gezondheid.
key-archive-the-company-its-history-kept-asks-first-u-takes-it-back = het bedrijf archiveren, de geschiedenis blijft (vraagt eerst; u draait het terug)
said-erased = { $name } gewist: het record, de koppelingen en elke vermelding
person-ask-erase = { $name } en elk spoor van hen wissen? Dit kan niet ongedaan worden gemaakt.
file-person = persoon
form-export-person = Schrijf alles wat kring over hen bewaart (JSON)
key-write-everything-kring-holds-about-them-json-for-a-request-of-access = alles schrijven wat kring over hen bewaart (JSON), voor een inzageverzoek
key-erase-them-for-good-gdpr-avg-asks-first-cannot-be-taken-back = hen voorgoed wissen (AVG): vraagt eerst, kan niet worden teruggedraaid
form-add-staff = Een nieuwe collega
form-err-name = een naam is nodig
said-staff-added = { $name } toegevoegd aan het personeel
key-add-a-colleague-name-e-mail-role-login = een collega toevoegen: naam, e-mail, rol, login
ui-where-reminders-go = waar herinneringen heen gaan
ui-on-a-team-database-their-postgresql-login = op een teamdatabase: hun PostgreSQL-login
ui-login = Login
key-add = toevoegen
form-move = { $name } ging naar een ander bedrijf
said-moved = verhuisd naar { $company }
key-moved-to-another-company-the-job-here-ends-one-there-begins = naar een ander bedrijf: de baan hier eindigt, daar begint er een
ui-new-company = Nieuw bedrijf
form-add-goal = Een doel van schooljaar { $year } voor de school
said-goal-added = doel toegevoegd: { $target } { $what }
key-add-a-goal-of-this-school-year-for-the-school-what-is-counted-the-target = een doel van dit schooljaar voor de school toevoegen: wat er geteld wordt, het streefgetal
form-err-number = '{ $value }' is geen heel getal
ui-target = Streefgetal
ui-counts = Telt
ui-at-most = Hoogstens
ui-empty-no-upper-bound = leeg: geen bovengrens
ui-empty-every-company = leeg: elk bedrijf
err-document-not-openable = '{ $location }' is geen pad vanaf de wortel (/…) en geen webadres: niet geopend

## Bulkwijzigingen (kring bulk; B op het bedrijvenscherm)
what-owner = eigenaar
bulk-left-out-owner = van { $owner }: alleen die of een beheerder mag het aan een ander geven (overgeslagen)
err-bulk-nothing = zeg wat er moet veranderen: --add-tag, --remove-tag, --set-status, --set-owner of --set-cadence; er is niets gewijzigd
err-bulk-empty-tag = een label kan niet leeg zijn; er is niets gewijzigd
err-bulk-unknown = er is geen bulkwijziging #{ $id } (kring bulk list toont ze)
err-bulk-undone = bulkwijziging #{ $id } is al ongedaan gemaakt ({ $at }); er is niets gewijzigd
err-bulk-not-yours = alleen de collega die bulkwijziging #{ $id } maakte of een beheerder mag die ongedaan maken; er is niets gewijzigd
err-bulk-none = je hebt geen bulkwijziging om ongedaan te maken (kring bulk list toont ze allemaal)
bulk-undo-refused = { $who } heeft de { $field } sindsdien gewijzigd in '{ $value }': gelaten zoals die het liet
err-filter-key = '{ $word }' is geen filterwoord: gebruik { $known } (tag:techniek), of tekst zonder dubbele punt
err-filter-yes-no = '{ $word }': zeg ja of nee
err-filter-empty = zeg welke bedrijven: woorden als tag:techniek status:actief, of * voor alle bedrijven
bulk-confirm = { $companies } { $companies ->
    [one] bedrijf
   *[other] bedrijven
} wijzigen?
bulk-not-changed = niet gewijzigd (antwoord ja, of geef --yes buiten een terminal)
bulk-would = zou { $changed } { $changed ->
    [one] bedrijf
   *[other] bedrijven
} wijzigen; { $unchanged } al zoals gevraagd, { $left } overgeslagen
bulk-done = bulkwijziging #{ $id }: { $changed } { $changed ->
    [one] bedrijf
   *[other] bedrijven
} gewijzigd; { $unchanged } al zoals gevraagd, { $left } overgeslagen (kring bulk undo draait het terug)
bulk-nothing-changed = niets te wijzigen: elk bedrijf is al zoals gevraagd
bulk-cadence-default = het standaardritme van de status
bulk-undone = bulkwijziging #{ $id } ongedaan: { $restored } { $restored ->
    [one] bedrijf
   *[other] bedrijven
} als voorheen, { $refused } sindsdien door een collega gewijzigd en zo gelaten
help-bulk = Veel bedrijven tegelijk wijzigen: labels, status, eigenaar, ritme (eerst getoond; één keer terugdraaien)
help-bulk--companies = Welke bedrijven: woorden als "tag:techniek status:actief plaats:Utrecht eigenaar:Jan" en tekst in een naam, plaats of label; "*" voor alle bedrijven
help-bulk--add_tag = Dit label toevoegen (herhaalbaar)
help-bulk--remove_tag = Dit label weghalen (herhaalbaar)
help-bulk--set_status = De status zetten
help-bulk--set_owner = De bedrijven aan deze collega geven (in een teamdatabase de bedrijven van een collega alleen door een beheerder)
help-bulk--set_cadence = Het contactritme in dagen zetten (0 = het standaardritme van de status)
help-bulk--dry_run = Tonen wat er zou veranderen; niets wijzigen
help-bulk--yes = Wijzigen zonder te vragen (nodig buiten een terminal)
help-bulk-undo = Een bulkwijziging terugdraaien: je laatste, of die met dit nummer
help-bulk-list = De gemaakte bulkwijzigingen, nieuwste eerst
cli-col-made = GEMAAKT
cli-col-made-by = DOOR
cli-col-undone = TERUGGEDRAAID
key-change-the-marked-companies-at-once-tags-status-owner-cadence-shown-first-u-undoes = de gemarkeerde bedrijven tegelijk wijzigen: labels, status, eigenaar, ritme (eerst getoond; u draait terug)
key-bulk = bulk
ui-add-tags = Labels erbij
ui-remove-tags = Labels eraf
ui-unchanged = (ongewijzigd)
ui-comma-separated-stagebedrijf-horeca = met komma's: stagebedrijf, horeca
ui-comma-separated = met komma's
ui-days-empty-unchanged-0-the-status-default = dagen; leeg: ongewijzigd; 0: het standaardritme van de status
form-bulk = { $companies } { $companies ->
    [one] bedrijf
   *[other] bedrijven
} tegelijk wijzigen
form-err-bulk-nothing = zeg wat er moet veranderen: een label, de status, de eigenaar of het ritme
said-mark-first = markeer eerst de bedrijven: spatie markeert er één, * alle getoonde
said-bulk = bulkwijziging #{ $id }: { $companies } { $companies ->
    [one] bedrijf
   *[other] bedrijven
} gewijzigd (u draait terug)
said-bulk-undone = bulkwijziging #{ $id } teruggedraaid: { $restored } { $restored ->
    [one] bedrijf
   *[other] bedrijven
} als voorheen
said-bulk-undone-but = bulkwijziging #{ $id } teruggedraaid voor { $restored }; gelaten zoals een collega ze wijzigde: { $refused }
ask-bulk = { $companies } { $companies ->
    [one] bedrijf
   *[other] bedrijven
} wijzigen? ({ $unchanged } al zoals gevraagd, { $left } overgeslagen)
ask-bulk-more = … en nog { $more }
term-mailing-basis-consent = toestemming
term-mailing-basis-legitimate-interest = gerechtvaardigd belang
cli-person-mailing = Mailen
basis-consent = toestemming, gegeven { $on }
basis-other = { $basis } (vastgelegd { $on })
basis-none = geen grondslag vastgelegd
err-consent-future = toestemming op { $day } ligt in de toekomst: geef de dag waarop die is gegeven
help-person-add--mailing_basis = De grondslag om hen te mailen (AVG): consent (toestemming), legitimate-interest (gerechtvaardigd belang), of none
help-person-add--consent_on = De dag waarop ze toestemming gaven (standaard: vandaag)
help-person-edit--mailing_basis = De grondslag om hen te mailen (AVG): consent (toestemming), legitimate-interest (gerechtvaardigd belang), of none
help-person-edit--consent_on = De dag waarop ze toestemming gaven (standaard: vandaag)
what-mailing-basis = grondslag voor mailen
csv-mailing-basis = Grondslag mailen
cli-campaign-without-basis = { $count } { $count ->
    [one] persoon
   *[other] personen
} zonder vastgelegde grondslag om te mailen weggelaten: het algemene adres van hun bedrijf in de plaats (kring person edit NAAM --mailing-basis …)
help-campaign-export--basis_only = Een persoon zonder vastgelegde grondslag om te mailen (AVG) blijft weg: het algemene adres van hun bedrijf in de plaats
help-export-contacts--basis_only = Alleen personen met een vastgelegde grondslag om hen te mailen (AVG: toestemming of gerechtvaardigd belang)
help-person-list--without_basis = Alleen personen zonder vastgelegde grondslag om hen te mailen (AVG): wie te vragen
ui-mailing-basis = Grondslag mailen
ui-avg-consent-or-the-school-s-legitimate-interest = AVG: toestemming, of het gerechtvaardigd belang van de school
ui-the-day-consent-was-given-empty-today = de dag waarop toestemming werd gegeven; leeg: vandaag

## Campagnes in de TUI
key-a-new-campaign-an-event-or-an-invitation-round = een nieuwe campagne: een evenement of een uitnodigingsronde
key-new = nieuw
key-invite-companies-by-filter-tag-horeca-city-edam-asks-first = bedrijven uitnodigen met een filter (tag:horeca plaats:Edam …; vraagt eerst)
key-invite = uitnodigen
key-the-selected-company-said-yes = het gekozen bedrijf zei ja
key-the-selected-company-said-no = het gekozen bedrijf zei nee
key-the-selected-company-said-maybe = het gekozen bedrijf zei misschien
key-the-selected-company-came-logged-at-it-as-an-event = het gekozen bedrijf kwam (vastgelegd als evenement)
key-came = kwam
key-the-mail-merge-list-of-the-campaign-csv = de mailmergelijst van de campagne (CSV)
key-copy-the-campaign-the-same-companies-invited-afresh = de campagne kopiëren: dezelfde bedrijven opnieuw uitgenodigd
key-campaigns-invited-companies = campagnes / uitgenodigde bedrijven
key-campaigns-events-and-invitation-rounds-replies-who-came = campagnes: evenementen en uitnodigingsrondes, antwoorden, wie er kwam
key-campaigns = campagnes
ui-companies = Bedrijven
ui-tag-horeca-city-edam-status-active-words-in-a-name-every-company = tag:horeca plaats:Edam status:actief, woorden in een naam; * alle bedrijven
ui-stagefestival-2027 = Stagefestival 2027
campaigns-page = Campagnes
campaigns-title = Campagnes ({ $count })
campaign-none = nog geen campagnes: a maakt er een
campaign-no-invitee = nog niemand uitgenodigd voor deze campagne: i nodigt bedrijven uit
campaign-counts = · { $invited } uitgenodigd, { $yes } ja, { $came } kwamen
campaign-nobody-invited = nog niemand uitgenodigd: i nodigt bedrijven uit met een filter
campaign-no-reply = geen antwoord
campaign-came = kwam
campaign-invitees = { $name } · { $no_reply } zonder antwoord
form-new-campaign = Een nieuwe campagne
form-copy-campaign = { $name } opnieuw: dezelfde bedrijven opnieuw uitgenodigd
form-invite = Bedrijven uitnodigen voor { $name }
said-invited = { $count } { $count ->
    [one] bedrijf
   *[other] bedrijven
} uitgenodigd
said-replied = { $company }: { $reply }
said-came = { $company } kwam: contactmoment #{ $id } vastgelegd
said-campaign-copied = { $name } gemaakt: dezelfde bedrijven opnieuw uitgenodigd
said-invite-nobody = niemand nieuw om uit te nodigen ({ $already } al uitgenodigd)
ask-invite = { $count } { $count ->
    [one] bedrijf
   *[other] bedrijven
} uitnodigen voor { $campaign }? ({ $already } al uitgenodigd, { $resting } in rust overgeslagen)
file-mail-merge = mailmerge
form-export-mail-merge = De mailmergelijst (CSV voor Excel)
key-link-a-document-a-path-or-web-address-never-copied = een document koppelen: een pad of webadres (nooit gekopieerd)
key-a-question-the-company-brings-an-assignment-research-a-guest-lecture = een vraag die het bedrijf inbrengt: een opdracht, onderzoek, een gastles…
key-decline-the-question-the-reason-for-the-company-or-record-it-withdrawn-with-o-withdraw-the-offer = de vraag afwijzen (met de reden voor het bedrijf) of als ingetrokken vastleggen; met o: het aanbod intrekken
key-link-a-document-to-them-a-path-or-web-address-never-copied = een document aan hen koppelen: een pad of webadres (nooit gekopieerd)
ui-a-path-srv-stage-contract-pdf-or-https = een pad (/srv/stage/contract.pdf, ~/…) of https://…
ui-what-it-is-signed-agreement-2026 = wat het is: getekende overeenkomst 2026
ui-question = Vraag
ui-what-they-ask-in-a-line = wat ze vragen, in één regel
ui-asked-by = Gevraagd door
ui-blok-3-semester-2 = blok 3, semester 2
ui-what-the-company-hears-no-team-free-in-blok-3 = wat het bedrijf hoort: geen team vrij in blok 3
form-attach = Een document koppelen aan { $name }
form-question = Een vraag van { $company }
form-close-question = Afsluiten: { $title }
form-err-decline-reason = zeg waarom: het bedrijf hoort de reden
said-attached = { $location } gekoppeld
said-question-added = vraag #{ $id } vastgelegd: { $title }

## Ritme per label of soort (kring cadence)
help-cadence = Ritme per label of soort organisatie: hoe vaak een groep te spreken (onder het eigen ritme van een bedrijf)
help-cadence-list = De labels en soorten met een ritme, en hoeveel bedrijven elk volgen
help-cadence-tag = Het ritme van een label: DAGEN, of none
help-cadence-tag--days = Dagen tussen contacten, of none
help-cadence-kind = Het ritme van een soort organisatie (association, government, …): DAGEN, of none
help-cadence-kind--days = Dagen tussen contacten, of none
cadence-from-tag = label { $tag }
cadence-from-kind = soort { $kind }
err-cadence-days = '{ $given }' is geen aantal dagen: geef er een (42), of none
cli-cadence-set = { $group }: elke { $days } dagen ({ $companies } { $companies ->
    [one] bedrijf
   *[other] bedrijven
}; het eigen ritme van een bedrijf gaat voor)
cli-cadence-cleared = { $group }: geen eigen ritme meer ({ $companies } { $companies ->
    [one] bedrijf
   *[other] bedrijven
})
cli-cadence-none = geen label of soort heeft een ritme: kring cadence tag LABEL DAGEN, kring cadence kind SOORT DAGEN
cli-col-group = GROEP
cli-col-every = ELKE
cli-show-cadence-group = elke { $days } dagen ({ $group })
what-tag = label
ui-comes-back = Komt terug
ui-empty-once-2w-1m-1y = leeg: eenmalig; 2w, 1m, 1y
ui-empty-for-good = leeg: voorgoed
form-err-series-needs-date = een opvolging die terugkomt heeft een eerste dag nodig
form-err-series-one-company = een reeks wordt per bedrijf gemaakt
ui-until = Tot en met
ui-empty-once-1w-2w-1m = leeg: eenmalig; 1w, 2w, 1m
ui-empty-the-end-of-the-school-year = leeg: het eind van het schooljaar
today-views = Opgeslagen weergaven
key-saved-views-choose-one-to-list = opgeslagen weergaven: kies er een om te tonen
key-keep-this-filter-as-a-saved-view-for-the-team = dit filter bewaren als weergave (voor het team)
ui-view = Weergave
ui-what-the-team-will-call-it = hoe het team het noemt
ui-enter-lists-it = ←/→; enter toont hem
form-save-view = Deze lijst bewaren als weergave
form-choose-view = Een opgeslagen weergave
said-view-applied = weergave { $name }
err-view-not-a-list = weergave '{ $name }' draait kring { $command }: geen bedrijven- of personenlijst, dus alleen op de opdrachtregel (kring view NAAM)
err-no-views = nog geen opgeslagen weergave toont deze lijst: S bewaart het getoonde filter als weergave
key-add-a-goal-of-this-school-year-for-the-school-a-team-or-yourself-what-is-counted-the-target = een doel voor dit schooljaar toevoegen, voor de school, een team of jezelf: wat er geteld wordt, het streefgetal
key-change-the-selected-goal-s-target-upper-bound-or-note = het streefgetal, de bovengrens of de notitie van het gekozen doel wijzigen
key-remove-the-selected-goal-asks-first = het gekozen doel weghalen (vraagt eerst)
key-cadence-of-a-tag-or-kind-how-often-to-speak-to-the-group-below-a-company-s-own = ritme van een label of soort: hoe vaak de groep te spreken (onder het eigen ritme van een bedrijf)
key-who-can-speak-or-advise-on-a-topic = wie kan spreken of adviseren over een onderwerp
ui-group = Groep
ui-tag-stagebedrijf-or-kind-association = tag:stagebedrijf of kind:association
ui-every = Elke
ui-days-empty-no-cadence-of-its-own = dagen; leeg: geen eigen ritme
ui-part-of-it-will-do-duurzaam-ai = een deel is genoeg: duurzaam, AI
goal-for-school = de school
goal-for-me = mijzelf
form-edit-goal = Doel: { $what } — { $whose }
said-goal-edited = doel gewijzigd: streefgetal { $target }
said-goal-removed = doel weggehaald: { $what }
goal-ask-remove = Het doel { $what } weghalen?
form-cadence = Ritme van een label of soort
form-err-cadence-group = '{ $given }': zeg tag:NAAM of kind:association (government, education, foundation, company)
said-cadence-set = { $group }: elke { $days } dagen
said-cadence-cleared = { $group }: geen eigen ritme
form-experts = Wie kan spreken over een onderwerp
form-err-topic = noem het onderwerp
experts-on = mensen die kunnen spreken over { $topic }
key-the-retention-review-avg-who-kring-holds-without-a-reason-left-erases-them-after-asking = de bewaartermijncontrole (AVG): wie kring bewaart zonder reden meer; wist hen na een vraag
key-write-a-backup-copy-of-the-database-a-team-database-its-json-export = een reservekopie van de database schrijven (een teamdatabase: de JSON-export)
form-backup = Een reservekopie van de hele database
document-open = openen
document-detach = de koppeling weghalen
said-detached = koppeling naar { $location } weggehaald (het bestand blijft)
ui-then = Dan
ui-remove-the-link-only-the-file-stays-where-it-is = alleen de koppeling weghalen: het bestand blijft waar het is
err-handover-undo-late = een overdracht wordt binnen { $minutes } minuten teruggedraaid; deze is ouder: zet terug wat terug moet met de hand (de geschiedenis toont wat verhuisde)
what-follow-up-id = opvolging #{ $id }
said-handover-undone = overdracht teruggedraaid: { $companies } { $companies ->
    [one] bedrijf
   *[other] bedrijven
} en { $followups } { $followups ->
    [one] opvolging
   *[other] opvolgingen
} terug bij { $name }
said-handover-undone-kept = ; gelaten zoals een collega ze sindsdien wijzigde: { $kept }
said-handover-undone-login = ; de login { $login } blijft uitgeschakeld: IT zet hem weer aan (ALTER ROLE { $login } LOGIN;)
key-a-new-team-a-programme-the-internship-office = een nieuw team: een opleiding, het stagebureau
key-what-a-team-can-take-on-in-a-period-assignments-and-students = wat een team in een periode aankan: opdrachten en studenten
ui-bouwkunde-stagebureau = Bouwkunde, Stagebureau
ui-assignments = Opdrachten
form-new-team = Een nieuw team
form-capacity = Wat een team aankan in { $year }
said-capacity = { $period }: { $assignments } opdrachten, { $students } studenten
err-no-teams = nog geen teams: N op Medewerkers voegt er een toe
key-read-mail-or-a-calendar-for-contacts-that-already-happened-a-file-a-folder-a-calendar-s-link = mail of een agenda lezen op contacten die al gebeurden (een bestand, een map, de link van een agenda)
key-read = lezen
ui-read = Lezen
ui-an-eml-msg-file-a-folder-an-mbox-or-maildir-an-ics-or-https-calendar = een .eml/.msg-bestand, een map, een mbox of Maildir; een .ics- of https://-agenda
ui-empty-everything-in-it = leeg: alles erin
form-read-source = Mail of een agenda lezen
form-err-imap-cli = een mailserver vraagt een wachtwoord: gebruik kring capture mail imaps://… (docs/capture.md)
said-read-source = { $count } { $count ->
    [one] nieuw contact
   *[other] nieuwe contacten
} om vast te leggen in de inbox
key-change-the-question-title-kind-who-asked-students-when-team-note = de vraag wijzigen: titel, soort, wie vroeg, studenten, wanneer, team, notitie
form-edit-question = Vraag #{ $id } van { $company }
said-question-saved = vraag #{ $id } opgeslagen
key-the-selected-colleague-s-login-and-e-mail-address-an-admin-s = de login en het e-mailadres van de gekozen collega (voor een beheerder)
key-write-the-selected-colleague-s-handover-dossier-again-left-or-not = het overdrachtsdossier van de gekozen collega opnieuw schrijven (vertrokken of niet)
key-end-the-series-of-the-selected-follow-up-it-stays-none-comes-after-it = de reeks van de gekozen opvolging beëindigen (die blijft; er komt er geen meer na)
ui-the-account-they-work-under-empty-none = het account waaronder ze werken; leeg: geen
form-account = { $name }: login en e-mail
said-account-saved = opgeslagen
said-series-stopped = de reeks van opvolging #{ $id } stopt: die blijft, er komt er geen meer na
said-not-a-series = deze opvolging komt eenmalig: er is geen reeks om te beëindigen
file-dossier = dossier
form-dossier = Het overdrachtsdossier (Markdown)
key-with-o-invite-the-selected-offer-s-candidates-through-a-campaign-asks-first = met o: de kandidaten voor het gekozen aanbod uitnodigen via een campagne (vraagt eerst)
said-offer-invited = { $count } { $count ->
    [one] bedrijf
   *[other] bedrijven
} uitgenodigd via de campagne van het aanbod (C op Kringen toont die)
ask-offer-invite = { $count } { $count ->
    [one] bedrijf
   *[other] bedrijven
} uitnodigen voor { $title }, via een campagne? ({ $resting } in rust overgeslagen)
backup-as-file = een kopie van het bestand (kring restore leest die)
backup-as-json = JSON: de hele database (kring import all leest die)
ui-as = Als
