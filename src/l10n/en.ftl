## kring's messages in English. Every message has its Dutch twin in
## nl.ftl (a test checks both catalogues hold the same messages with the
## same variables).

## The tabs and the frame of the terminal UI
tab-today = Today
tab-companies = Companies
tab-people = People
tab-followups = Follow-ups
tab-circles = Circles
tab-goals = Goals
tab-short-today = Tdy
tab-short-companies = Comp
tab-short-people = Ppl
tab-short-followups = Fups
tab-short-circles = Circ
tab-short-goals = Goal
tab-short-questions = Qstn
tab-short-engagements = Coll
tab-short-health = Hlth
tab-short-staff = Stf
help-title = Keys (↑/↓ scroll, any other key closes)
help-more = … { $count } more: ↓
confirm-title = Confirm

## Today, in the terminal UI and on the command line
today-pane = Today
today-mine = mine
today-mine-first = mine first, then everyone's
today-next-meeting = Next circle meeting:{" "}
today-no-companies = No companies yet. To begin:
today-begin-add = {"  "}2 then a: add a company (or kring company add NAME)
today-begin-import = {"  "}kring import contacts FILE.csv: your Excel list or an Outlook .vcf (--dry-run looks first)
today-begin-demo = {"  "}kring --demo: look around a lived-in demo database
shown-of = { $shown } of { $total }
today-overdue = Overdue ({ $shown })
today-nothing-overdue = {"  "}nothing overdue
today-due-soon = Due in the next 7 days ({ $shown })
today-nothing-due = {"  "}nothing due
today-days-late = { $days }d late
today-losing-touch = Losing touch ({ $shown } of { $total } past their cadence)
today-all-within-cadence = {"  "}every relationship is within its cadence
today-no-contact-for = no contact for { $days } days, cadence { $cadence }
today-never-contacted = never contacted, cadence { $cadence }
today-single-point = {" "}· single point
today-others-on-mine = Other teams' recent contact with my companies ({ $count })
today-days-ago = { $kind } { $ago } —{" "}
today-goals = My and my team's goals ({ $count })
today-evaluations = Collaborations to evaluate ({ $count })
today-ended = ended { $date }
today-rechecks = SBB recognitions to re-check ({ $count })
today-select-company-first = select a company first, or find one with /

## kring remind
remind-title = kring — { $date }
remind-title-for = kring — { $date }, for { $staff }
remind-overdue = Overdue follow-ups
remind-due-this-week = Due this week
remind-due-within = Due in the next { $days } days
remind-losing-touch = Losing touch
remind-rechecks = SBB re-checks
remind-goals = Goals off track
remind-late = { $days }d late
remind-last-contact = last contact { $date }
remind-never = never in touch
remind-cadence = { $name } — { $last }, every { $cadence } days ({ $days } days past)
remind-sent = reminder sent to { $to }
err-remind-no-email = { $who } has no e-mail address to send the reminder to: kring staff edit "{ $who }" --email ADDRESS
remind-more = … and { $count } more (kring today)
remind-more-short = … and { $count } more

## The keys' help (ids: the English words, see l10n::key_id)
key-action = action
key-add-a-company = add a company
key-add-a-contact-person = add a contact person
key-add-a-person-says-how-at-their-company-p = add a person (says how: at their company, p)
key-apologised = apologised
key-apologised-afgemeld = apologised (afgemeld)
key-attended = attended
key-back = back
key-cancel = cancel
key-cancel-asks-first-when-something-was-typed = cancel (asks first when something was typed)
key-circles = Circles
key-clear = clear
key-clear-filter-back = clear filter / back
key-clear-the-filter = clear the filter
key-close = close
key-companies = Companies
key-delete-the-selected-interaction-or-follow-up = delete the selected interaction or follow-up
key-done = done
key-edit = edit
key-edit-the-company-or-the-selected-entry = edit the company, or the selected entry
key-edit-the-person = edit the person
key-filter = filter
key-filter-by-name-city-or-tag = filter by name, city or tag
key-filter-by-name-or-e-mail = filter by name or e-mail
key-follow-ups = Follow-ups
key-goals = Goals
key-help = help
key-invited = invited
key-keep-the-filter-back-to-the-list = keep the filter, back to the list
key-log = log
key-changes = changes
key-log-an-interaction = log an interaction
key-log-an-interaction-at-their-company = log an interaction at their company
key-mark-done = mark done
key-mark-the-follow-up-done = mark the follow-up done
key-mark-the-selected-follow-up-done = mark the selected follow-up done
key-mine-all = mine/all
key-mine-everyone-s = mine / everyone's
key-minutes = minutes
key-move-down = move down
key-move-up = move up
key-new-action-item-a-follow-up = new action item (a follow-up)
key-next-field = next field
key-next-hit = next hit
key-next-pane = next pane
key-next-tab = next tab
key-no = no
key-no-go-back = no, go back
key-open = open
key-open-edit-the-selected-entry = open / edit the selected entry
key-open-the-circle = open the circle
key-open-the-company = open the company
key-open-the-meeting = open the meeting
key-open-the-selected-company = open the selected company
key-open-the-selected-hit = open the selected hit
key-page-down = page down
key-page-up = page up
key-pane = pane
key-people = People
key-previous-field = previous field
key-previous-hit = previous hit
key-previous-pane = previous pane
key-previous-tab = previous tab
key-quit = quit
key-reassign = reassign
key-reassign-to-a-colleague = reassign to a colleague
key-reload-from-the-database = reload from the database
key-save = save
key-search = search
key-search-everywhere = search everywhere
key-snooze = snooze
key-snooze-one-week = snooze one week
key-snooze-the-selected-follow-up-a-week = snooze the selected follow-up a week
key-snooze-to-a-date = snooze to a date
key-sort = sort
key-sort-name-city-status-last-contact-contact-due-follow-ups-asked-health = sort: name, city, status, last contact, contact due, follow-ups, asked, health
sort-contact-due = contact due
key-status = status
key-status-filter = status filter
key-this-help = this help
key-timeline-history-of-changes = timeline / history of changes
key-to-the-bottom = to the bottom
key-to-the-top = to the top
key-today = Today
key-write-the-minutes = write the minutes
key-yes = yes
key-yes-do-it = yes, do it

## The vocabularies, as a person reads them (ids: l10n::term_id)
term-status-prospect = prospect
term-status-active = active
term-status-dormant = dormant
term-status-ended = ended
term-kind-call = call
term-kind-email = email
term-kind-visit = visit
term-kind-meeting = meeting
term-kind-event = event
term-kind-guest-lecture = guest lecture
term-kind-internship-placed = internship placed
term-kind-assignment = assignment
term-kind-other = other
term-role-workplace-trainer = workplace trainer
term-role-owner = owner
term-role-hr = hr
term-role-expert = expert
term-role-other = other
term-staff-role-connector = connector
term-staff-role-internship-office = internship office
term-staff-role-teacher = teacher
term-staff-role-manager = manager
term-staff-role-other = other
term-form-internship = internship
term-form-guest-lecture = guest lecture
term-form-company-visit = company visit
term-form-practice-assignment = practice assignment
term-form-coaching = coaching
term-form-partnership = partnership
term-form-exam-curriculum = exam curriculum
term-form-recruitment = recruitment
term-form-other = other
term-engagement-status-proposed = proposed
term-engagement-status-agreed = agreed
term-engagement-status-running = running
term-engagement-status-done = done
term-engagement-status-cancelled = cancelled
term-metric-companies = companies
term-metric-students = students
term-metric-placements = placements
term-metric-lectures = lectures
term-metric-assignments = assignments
term-metric-new-companies = new companies
term-metric-meetings = meetings
term-metric-contacts = contacts
term-question-kind-assignment = assignment
term-question-kind-research = research
term-question-kind-guest-lecture = guest lecture
term-question-kind-internship = internship
term-question-kind-event = event
term-question-kind-other = other
term-question-status-new = new
term-question-status-matched = matched
term-question-status-running = running
term-question-status-delivered = delivered
term-question-status-declined = declined
term-question-status-withdrawn = withdrawn

## Goals
goal-over = { $count } { $what } — { $over } over { $max }
goal-within = { $count } { $what } — within { $target }–{ $max }
goal-reached = { $count } { $what } — reached { $target }
goal-short = { $count } { $what } — { $short } short of { $target }

## The subject of the reminder mail
subject-overdue = { $count } overdue
subject-due-week = { $count } due this week
subject-due-days = { $count } due in { $days } days
subject-losing = { $count } losing touch
subject-rechecks = { $count } SBB re-checks
subject-goals = { $count } goals off track

## Lists in the terminal UI
sort-name = name
sort-city = city
sort-status = status
sort-last-contact = last contact
sort-open-followups = open follow-ups
sort-asked = how often asked (90 days)
companies-title = Companies ({ $count })
list-mine = {" "}· mine
sort-health = health, worst first
list-sorted-by = {" "}· sorted by { $sort }
companies-filter-hint = {"   "}name, city or tag
list-to-filter = / to filter
col-name = NAME
col-city = CITY
col-status = STATUS
col-owner = OWNER
col-last-contact = LAST CONTACT
col-since = SINCE
col-open = OPEN
col-health = HEALTH
companies-none = {"  "}no companies match; esc clears the filter, a adds one
companies-near = {"  "}did you mean one of these? enter opens it, ↑↓ choose
people-add-at-company = people are added at their company: open it and press p
col-company = COMPANY
col-role = ROLE
col-email = E-MAIL
col-due = DUE
col-late = LATE
col-for = FOR
col-action = ACTION
followups-none = {"  "}no open follow-ups: log an interaction (l) and give it a follow-up date
term-band-thriving = thriving
term-band-healthy = healthy
term-band-cooling = cooling
term-band-at-risk = at-risk
term-band-dormant = dormant
goals-none = {"  "}no goals for this school year yet: kring goal add --metric students --target 40 --max 60
goals-title = Goals { $year } ({ $count })
goals-made-of = What makes it up
goals-nothing-counts = {"  "}nothing counts towards it yet
goals-made-of-title = What makes up #{ $id } — { $count } companies
col-member = MEMBER
col-companies = COMPANIES
col-overdue = OVERDUE
col-at-risk = AT RISK
search-notes = Notes
search-nothing = {"  "}nothing found
search-title = {" "}Search everywhere — enter opens, esc closes{" "}
person-no-company = this person has no current company
person-email = E-mail
person-phone = Phone
person-notes = Notes
person-since = since { $date }
person-former = {"  "}(former)
person-do-not-contact = {" "}· do not contact
person-no-interactions = no interactions with this person yet
person-interactions = Interactions
since-never = never
since-today = today
since-days = { $days }d ago
select-followup-first = select a follow-up first
nothing-to-undo = nothing to undo: u takes back the change made just before (done, snooze, delete, log, edit, attendance…)
undo-conflict = nothing was undone: { $who } changed the { $field } to '{ $value }' since
someone-else = someone else
reloaded = reloaded
ask-discard = Discard what you typed? (y/n)
ask-quit = Quit and lose what you typed? (y/n)

## The company page
company-select-followup = select a follow-up first (tab)
company-ask-delete-followup = Delete the follow-up "{ $action }" due { $due }? (y/n)
company-ask-delete-interaction = Delete the { $kind } entry of { $on }? (y/n)
company-select-entry = select an interaction or a follow-up first (tab)
company-more = {" "}(+{ $count } more)
company-also-talking = Also talking
company-kind-days-ago = { $kind } { $ago }
company-every-days = every { $days } days
company-none = none
company-archived = {" "}(archived)
company-recognised = {" "}· SBB recognised
field-status = Status
field-owner = Owner
field-address = Address
field-kvk-sector = KvK · sector
field-contact = Contact
field-collaborate = Collaborate
field-tags = Tags
field-motivation = Motivation
field-agreements = Agreements
field-health = Health
company-contact = last { $last }, cadence { $cadence }{ $asked }
company-single-point = ; single point of contact
company-none-recorded = none recorded
company-per-month = Contacts per month
company-no-people = no contact persons yet: p adds one
company-former = {" "}(former)
company-do-not-contact = {" "}(do not contact)
company-open-followups = Open follow-ups
company-no-changes = no changes recorded
company-history = History of changes ({ $count }) — H: timeline
company-no-interactions = no interactions yet: l logs one
company-timeline = Timeline ({ $shown })
company-asked = ; asked { $times }× by { $whom }

## Circles and meetings
whom-teams = { $count ->
    [one] 1 team
   *[other] { $count } teams
}
whom-colleagues = { $count ->
    [one] 1 colleague
   *[other] { $count } colleagues
}
whom-both = { $teams } and { $colleagues }
col-circle = CIRCLE
col-members = MEMBERS
col-next-meeting = NEXT MEETING
circles-none = no circles yet: press a to start one
circles-title = Business circles
circles-left = {" "}(left { $date })
circles-no-members = no members yet: press a to add a company
circles-members = Members ({ $count })
circles-upcoming = upcoming
circles-held = held
circles-no-meetings = no meetings yet: press n to plan one
circles-meetings = Meetings — enter opens
meeting-no-invitees = the member companies have no contact persons
meeting-title = { $at } — { $circle } ({ $came } came)
meeting-place = Place
meeting-agenda = Agenda
meeting-actions = Action items
meeting-no-actions = none yet: n adds one
meeting-done = {" "}(done)
meeting-minutes = Minutes
meeting-no-minutes = none yet: w writes them
meeting-pane = Meeting

## Forms
form-today = today
form-log = Log an interaction — { $name }
form-log-recent = { $who } had { $kind } with { $name } { $ago }: '{ $note }'
form-edit-interaction = Edit interaction #{ $id } — { $company }
form-edit = Edit { $name }
form-add-company = Add a company
form-add-person-at = Add a contact person at { $company }
form-add-person = Add a contact person
form-choose-company = choose a company first: open it and press p
form-edit-followup = Edit follow-up #{ $id } — { $company }
form-minutes = Minutes — { $circle } { $at }
form-no-members = this circle has no member companies
form-action-item = Action item — { $circle }
form-snooze = Snooze to
form-reassign = Reassign to
form-not-days = '{ $text }' is not a number of days

## Form fields and hints (ids: l10n::phrase_id)
ui-8-digits = 8 digits
ui-action = Action
ui-agreements = Agreements
ui-as-they-write-it = as they write it
ui-cadence = Cadence
ui-city = City
ui-colleague = Colleague
ui-company = Company
ui-date = Date
ui-days-empty-the-status-default = days; empty: the status default
ui-due = Due
ui-e-mail = E-mail
ui-empty-none-2w-friday-1-12 = empty: none; +2w, friday, 1-12
ui-enter-new-line = enter: new line
ui-enter-new-line-ctrl-s-saves = enter: new line; ctrl-s saves
ui-follow-up-on = Follow-up on
ui-kind = Kind
ui-kvk = KvK
ui-minutes = Minutes
ui-motivation = Motivation
ui-name = Name
ui-none = (none)
ui-note = Note
ui-notes = Notes
ui-outcome = Outcome
ui-phone = Phone
ui-postcode = Postcode
ui-role = Role
ui-sector = Sector
ui-space-ticks = space ticks
ui-status = Status
ui-street = Street
ui-title = Title
ui-today-yesterday-20-11-3d-friday = today, yesterday, 20-11, -3d, friday
ui-website = Website
ui-what-s-in-it-for-them = what's in it for them
ui-what-to-do-then = what to do then
ui-with = With

## What the status bar says after a change
said-done = done: { $what } — u undoes
said-reopened = reopened: { $what }
said-snoozed = snoozed to { $date }
said-interaction-deleted = interaction #{ $id } deleted
said-followup-deleted = follow-up #{ $id } deleted
said-marked = marked { $status }
said-unattended = attendance not recorded
said-interaction-updated = interaction #{ $id } updated
said-added = { $name } added
said-saved = { $name } saved
said-followup-updated = follow-up #{ $id } updated
said-minutes = minutes saved
said-action-item = action item #{ $id } added as a follow-up
said-action-item-no-id = action item added as a follow-up
said-reassigned = reassigned to { $name }
said-logged = logged { $kind } on { $date }
said-logged-followup = , follow-up on { $date }
said-in-the-past = {" "}— in the past, so it is overdue

## Errors: what went wrong and how to put it right
err-date-unreadable = cannot read date '{ $given }': use 2026-11-20, 20-11-2026, 20/11, today, tomorrow, +2w, -1m or friday
err-date-no-such = '{ $given }' is not a date on the calendar
err-period-unreadable = cannot read period '{ $given }': use 7d, 2w, 1m or 1y
err-date-out-of-range = '{ $given }' is outside the years { $first }–{ $last } kring keeps
err-kvk = invalid KvK number '{ $given }': it has 8 digits, e.g. 12345678 or 1234 5678
err-email = invalid e-mail address '{ $given }': expected something like name@example.nl
err-empty = { $what } cannot be empty
err-school-year = invalid school year '{ $given }': write it as 2025-2026 (two consecutive years from 1900 to 2199)
err-out-of-range = { $what } { $value } is out of range: it is a number from { $min } to { $max }
err-too-long = { $what } is { $length } characters long; at most { $most } fit
err-control = { $what } contains a line break or another control character
err-login = '{ $given }' is not a login: use lower-case letters, digits, _ . or - (like joost or j.mulder)
err-unknown-value = unknown { $what } '{ $given }': use one of { $allowed }
err-not-found = no { $what } matches '{ $given }'{ $hint }
err-ambiguous = '{ $given }' matches several { $what }: { $candidates }; use the id or more of the name
err-no-rows = the database has no such record
err-busy = the database stayed busy (another program kept writing to it); nothing was changed — try again
err-read-only = the database file is read-only; nothing was changed — check its permissions or open a copy
err-moved = this database moved to { $url } (kring migrate-to); nothing was changed here — open that instead: kring --db { $url } (or set database = "{ $url }" in the config file)
ics-followup = kring follow-up #{ $id }
ics-contact = contact: { $name }
ics-for = for: { $name }
err-organizer-unknown = invitations name who sends them: kring does not know who you are here (kring staff list); nothing was written
err-organizer-no-email = invitations name who sends them, by e-mail address, and { $name } has none: kring staff edit "{ $name }" --email ADDRESS; nothing was written
file-contacts = kring-contacts
file-followups = kring-followups
file-meetings = kring-meetings
file-handover = handover
err-admin-only = only an admin may { $what }; ask one (`kring staff list` shows who is) — nothing was changed
admin-mark-left = mark { $name } as left (your own companies you may hand over with --companies tag:NAME)
admin-act-for = act on behalf of a colleague (--as)
admin-add-team = add a team
admin-staff-team = change a staff member's team
admin-handover = hand over a colleague's companies
admin-erase-person = erase a person
admin-add-staff = add a staff member
admin-staff-email = change a staff member's e-mail address
admin-link-login = link a staff member to a login
goal-the-school = the school
err-meeting-still-to-come = meeting #{ $id } is on { $date }: attendance can be taken from that day on; nothing was changed
err-snooze-earlier = a snooze puts a follow-up off: #{ $id } is due on { $due }, later than { $date }; to bring it forward: kring followup edit { $id } --due DATE
err-server-refused-table = the team database does not let your login change { $table } (only an admin may, or nobody: see `kring staff list` for who is an admin); nothing was changed
err-server-refused-row = the team database refused a history entry in another staff member's name (only an admin may act for a colleague); nothing was changed
err-server-refused = the team database refused this for your login ({ $detail }); nothing was changed
err-server-rule = { $rule }; nothing was changed
err-login-of-a-leaver = the login '{ $login }' belongs to a staff member who has left: it reads and writes nothing in this kring any more (IT disables it with ALTER ROLE … NOLOGIN)
err-delete-interaction-not-yours = only the colleague who logged it ({ $name }) or an admin may delete this interaction; nothing was changed
err-delete-followup-not-yours = only the colleague it is for ({ $name }), the one who made it, or an admin may delete this follow-up; nothing was changed
err-merge-not-yours = only { $owner } (who owns { $company }) or an admin may merge it into a company someone else owns; nothing was changed
err-undo-not-yours = only { $name } (who imported it) or an admin may undo import #{ $id }; nothing was changed
cli-moved-note = kring: note: this database moved to { $url }; this file is kept as it was on the day it moved, and takes no changes
err-full = the disk is full (or the file size limit was reached); nothing was changed — free some space and try again
err-disk-io = the disk could not be written or read — is it full? ({ $detail }); nothing was changed
err-not-a-database = the file is not a kring database (or it is damaged)
err-damaged = the database file is damaged; restore a backup with `kring restore` (nothing was changed)
err-constraint = database error: { $detail }

## What an error names
what-company = company
what-person = person
what-staff-member = staff member
what-due-on = due date
what-staff-id = colleague
what-action = action
what-circle = circle
what-companies = companies
what-people = people
what-collision-days = collision_days
what-target = target
what-staff-members = staff members
what-circles = circles
what-goal = goal
what-interaction = interaction
what-person-in-the-database-or-kring-s-copies = person (in the database or kring's copies)
what-engagement = engagement
what-follow-up = follow-up
what-meeting-that-has-begun = meeting that has begun
what-meeting = meeting
what-open-follow-up = open follow-up
what-open-follow-ups = open follow-ups
what-team = team
what-teams = teams
what-company-name = company name
what-person-name = person name
what-circle-name = circle name
what-evaluation = evaluation
what-follow-up-action = follow-up action
what-staff-name = staff name
what-team-name = team name
what-cadence-in-days = cadence in days
what-students = students
what-the-note-what-was-said-or-done = the note (what was said or done)
what-status = status
what-kind = kind
what-role = role
what-staff-role = staff role
what-form = form
what-engagement-status = engagement status
what-metric = metric

## Hints after an error
hint-see = ; see `{ $command }`
hint-see-or-add = ; see `{ $list }` or add it with `{ $add }`
hint-at-see = {" "}at { $name }; see `{ $command }`
hint-next-meeting = ; its next is #{ $id } on { $date }
hint-add-meeting = ; add one with `kring meeting add { $circle } --on DATE`

## kring today, and the first steps of an empty database
cli-today-heading = Today { $date } — { $who }
cli-today-no-companies = No companies yet.
cli-today-overdue = Overdue follow-ups ({ $shown })
cli-today-late = d late
cli-first-steps = Next: bring in your list with `kring import contacts FILE.csv` (Excel or an Outlook .vcf; add --dry-run to look first), add a company with `kring company add NAME`, or look around a lived-in demo with `kring --demo`.

## Column headings of the CLI's tables
cli-col-circle = CIRCLE
cli-col-city = CITY
cli-col-companies = COMPANIES
cli-col-company = COMPANY
cli-col-due = DUE
cli-col-email = EMAIL
cli-col-form = FORM
cli-col-id = ID
cli-col-joined = JOINED
cli-col-kind = KIND
cli-col-late = LATE
cli-col-left = LEFT
cli-col-members = MEMBERS
cli-col-name-note = NAME / NOTE
cli-col-name = NAME
cli-col-next-meeting = NEXT MEETING
cli-col-place = PLACE
cli-col-role = ROLE
cli-col-team = TEAM
cli-col-when = WHEN
cli-col-action = ACTION
cli-col-for = FOR
cli-col-last-contact = LAST CONTACT
cli-col-login = LOGIN
cli-col-open = OPEN
cli-col-overdue = OVERDUE
cli-col-owner = OWNER
cli-col-past-cadence = PAST CADENCE
cli-col-programme = PROGRAMME
cli-col-state = STATE
cli-col-status = STATUS
cli-col-students = STUDENTS
cli-col-tags = TAGS
cli-col-year = YEAR

## What a CLI command says it did
cli-logged = logged { $kind } with { $name } on { $date } (#{ $id })
cli-logged-followup = ; follow-up #{ $id } due { $date }: { $action }
cli-reopened = reopened: #{ $id } { $action } ({ $company }), due { $date }
cli-done = done: #{ $id } { $action } ({ $company })
cli-snoozed = snoozed #{ $id } to { $date }: { $action }
cli-followup-due = #{ $id } due { $date }: { $action }
cli-reassigned = #{ $id } is now for { $who }: { $action }
cli-restored = restored { $name } (#{ $id })
cli-archived = archived { $name } (#{ $id })
cli-company-added = added company #{ $id } { $name }
cli-company-updated = updated company #{ $id } { $name }
cli-person-added = added person #{ $id } { $name } at { $company }
cli-person-updated = updated person #{ $id } { $name }

## Why a relationship's health is what it is
health-never-contacted = never contacted
health-no-contact-cadence = no contact for { $days } days, cadence { $cadence }
health-no-contact = no contact for { $days } days
health-no-contact-this-year = no contact in the last 12 months
health-falling = contact is falling: { $last_year } in the last 12 months, { $year_before } the year before
health-no-collaboration = no collaboration agreed or running
health-one-way = one-way: no placements, assignments, lectures or circle visits in 12 months
health-little-value = little value flowing back: one placement, assignment, lecture or circle visit in 12 months
health-no-staff = no staff member had contact in 2 years
health-one-staff = only one staff member knows this company
health-no-contact-person = no current contact person
health-one-contact-person = only one contact person
health-overdue = { $count ->
    [one] { $count } overdue follow-up
   *[other] { $count } overdue follow-ups
}
cli-col-score = SCORE
cli-col-band = BAND
cli-col-why = WHY
cli-single-point = single point of contact

## --help (the English comes from the doc comments; these head its parts)
help-usage = Usage:
help-commands = Commands
help-options = Options
help-arguments = Arguments
help-help = Print help

## --help: what each command and option does (the doc comments' words; a test keeps them equal)
help = A terminal CRM for a school's relationships with companies
help--db = The database file (default: kring.sqlite in your data directory)
help--as_staff = Act as this staff member (default: the database's "me")
help--json = Print listings as JSON (an array of objects; `today`: one object)
help--mouse = Capture the mouse in the terminal UI (scroll wheel)
help--demo = Open a fresh demo database (kring-demo.sqlite in your data directory, recreated each time)
help--lang = Speak Dutch (nl) or English (en); default: `language` in the config file, else the locale
help-init = Create the database and the first staff member ("me")
help-init--me = Your name (asked when omitted and stdin is a terminal; else the OS user name)
help-init--email = Your e-mail address
help-init--role = Your role at the school
help-demo = Fill a new database with realistic Dutch demo data
help-demo--scale = small: a pleasant demo; large: 100k companies for benchmarks
help-company = Companies: add, list, show, edit, recognise, archive
help-company-add = Add a company
help-company-add--kvk = KvK number (8 digits, spaces allowed)
help-company-add--email = The company's general e-mail address (info@…)
help-company-add--phone = The company's general phone number (the switchboard)
help-company-add--source = How the relationship started (bedrijvendag, LinkedIn, …)
help-company-add--status = Where the relationship stands
help-company-add--owner = The staff member who owns the relationship
help-company-add--cadence = Wanted contact cadence in days (0 = the default of the status)
help-company-add--motivation = What's in it for them
help-company-add--agreements = Agreements, compensation
help-company-add--recognised = Recognised training company (SBB): true or false
help-company-add--tags = Add a tag (repeatable)
help-company-list = List companies (not archived unless --archived)
help-company-list--recognised = Only recognised training companies
help-company-list--circle = Only current members of this business circle
help-company-list--search = Name, city or tag contains this text
help-company-list--archived = Include archived companies
help-company-show = Show a company: fields, people, open follow-ups, timeline
help-company-show--limit = How many interactions of the timeline to show
help-company-show--all = The whole timeline, back to the first contact
help-company-edit = Change a company's fields (an empty value clears a field)
help-company-edit--kvk = KvK number (8 digits, spaces allowed)
help-company-edit--email = The company's general e-mail address (info@…)
help-company-edit--phone = The company's general phone number (the switchboard)
help-company-edit--source = How the relationship started (bedrijvendag, LinkedIn, …)
help-company-edit--status = Where the relationship stands
help-company-edit--owner = The staff member who owns the relationship
help-company-edit--cadence = Wanted contact cadence in days (0 = the default of the status)
help-company-edit--motivation = What's in it for them
help-company-edit--agreements = Agreements, compensation
help-company-edit--recognised = Recognised training company (SBB): true or false
help-company-edit--tags = Add a tag (repeatable)
help-company-edit--untag = Remove a tag (repeatable)
help-company-recognise = Record an SBB recognition (erkend leerbedrijf) for a programme
help-company-recognise--crebo = Crebo number of the programme: 5 digits
help-company-recognise--trainer = The workplace trainer (a contact person there)
help-company-recognise--since = Recognised since
help-company-recognise--recheck = When to check the recognition again
help-company-archive = Archive a company (nothing is deleted; --undo restores it)
help-person = Contact persons: add, list, show, edit, move, export, erase
help-person-add = Add a contact person at a company
help-person-add--role = Their role at the company (workplace_trainer: the praktijkopleider)
help-person-add--title = Job title as they write it ("Stagebegeleider")
help-person-add--do_not_contact = Never include in mailings or exports
help-person-list = List people (current company shown)
help-person-list--company = Only current contacts at this company
help-person-list--search = Name or e-mail contains this text
help-person-show = Show a person with their employment history and interactions
help-person-edit = Change a person's fields (an empty value clears a field)
help-person-edit--do_not_contact = true or false
help-person-edit--given_name = The given name ("Noëlle"); the full name follows unless --name is given
help-person-edit--infix = The tussenvoegsel ("de", "van 't")
help-person-edit--family_name = The family name without its tussenvoegsel ("Vries")
help-person-edit--honorific = Form of address: Dhr., Mevr., ir. …
help-person-edit--salutation = How a letter opens ("Geachte heer Van 't Hek"); empty: derived again
help-person-export = Everything stored about a person, as JSON (a GDPR request of access)
help-person-erase = Erase a person for good (GDPR): record, links, every mention; asks first unless --yes
help-person-erase--dry_run = Show every place that would change (and what is kept or left for review), change nothing
help-person-erase--scrub_ambiguous = Also scrub the mentions kring cannot be sure are this person (listed by --dry-run)
help-person-erase--purge_backups = Erase them from kring's own backups and safety copies too (older-schema copies are removed)
help-person-erase--finish = Finish an erasure that could not empty the -wal file because another kring had it open
help-person-move = The person now works elsewhere: end the old employment, keep the history
help-staff = School staff: add, list, leave (handover)
help-staff-add = Add a colleague
help-staff-add--role = Their role at the school
help-staff-add--login = The account they work under (on a shared host, their user name): kring then knows it is them without --as
help-staff-add--team = The team they are in
help-staff-edit = Change a colleague's team or e-mail address
help-staff-edit--no_team = In no team
help-staff-edit--email = Their e-mail address (where `kring remind --send` mails); empty clears it
help-staff-link = Link a colleague to the account they work under (or --none to unlink)
help-staff-list = List staff, active first
help-staff-leave = A colleague leaves: hand their companies and open follow-ups to another, and write a dossier
help-staff-leave--handover_to = The colleague who takes over
help-staff-leave--companies = Only these companies: tag:NAME (run again for the rest); default all
help-staff-leave--dry_run = Print what would move; change nothing, write no dossier
help-staff-leave--dossier = Where to write the dossier (default: handover-NAME-DATE.md or .html here)
help-staff-leave--format = Dossier format
help-staff-dossier = Write (again) the handover dossier of a staff member, left or not: the companies they own and those handed over from them
help-staff-dossier--output = Where to write it (default: handover-NAME-DATE.md or .html here)
help-log = Log an interaction with a company (optionally with a follow-up)
help-log--company = The company (id or name)
help-log--kind = What kind of contact it was
help-log--with = A contact person who took part (repeatable)
help-log--on = When it happened (default today): 2026-11-20, 20-11, yesterday, -3d, …
help-log--note = What was said or done
help-log--outcome = The outcome, if any
help-log--follow_up = Add a follow-up due on this date (+2w, friday, 20-12, …)
help-log--action = What the follow-up is (default: "Follow up: " and the note's first line)
help-interaction = Correct or delete a logged interaction
help-interaction-edit = Correct a logged interaction
help-interaction-delete = Delete an interaction logged by mistake (asks first unless --yes)
help-circle = Business circles (bedrijvenkring): add, list, show, members, join, leave
help-circle-add = Start a circle
help-circle-list = List circles with their members and next meeting
help-circle-show = Show a circle: members and meetings
help-circle-members = List a circle's member companies (current first)
help-circle-join = A company joins a circle
help-circle-leave = A company leaves a circle (its history stays)
help-meeting = Circle meetings: add, list, show, attend, minutes, action
help-meeting-add = Plan a meeting of a circle
help-meeting-add--time = Start time, local (Europe/Amsterdam)
help-meeting-add--at = Where
help-meeting-list = List meetings (of one circle)
help-meeting-show = Show a meeting: attendance, minutes, action items
help-meeting-show--meeting = The meeting: its id, or a circle (its latest meeting that has begun)
help-meeting-attend = Record a contact person (of a member company) or staff member as invited, attended or apologised
help-meeting-attend--meeting = The meeting: its id, or a circle (its latest meeting that has begun)
help-meeting-attend--who = A contact person at a member company, or a staff member
help-meeting-minutes = Store the minutes from a file (Markdown or text)
help-meeting-minutes--meeting = The meeting: its id, or a circle (its latest meeting that has begun)
help-meeting-action = An action item for a member company: becomes a follow-up
help-meeting-action--meeting = The meeting: its id, or a circle (its latest meeting that has begun)
help-meeting-action--for_staff = Who does it (default: you)
help-engagement = Collaborations: internships, guest lectures, assignments, partnerships…
help-engagement-add = Record a collaboration with a company
help-engagement-add--form = The form it takes
help-engagement-add--programme = Programme or course
help-engagement-add--year = School year: 2025-2026
help-engagement-add--period = Period within the year: "semester 2", "blok 3"
help-engagement-add--status = Where it stands
help-engagement-add--scope = What was agreed
help-engagement-add--expectations = Expectations on both sides
help-engagement-add--compensation = Compensation (travel, parking, time)
help-engagement-list = List collaborations, newest first
help-engagement-list--year = School year, e.g. 2025-2026
help-engagement-show = Show one collaboration
help-engagement-edit = Change a collaboration (an empty value clears a text field)
help-engagement-edit--programme = Programme or course
help-engagement-edit--year = School year: 2025-2026
help-engagement-edit--period = Period within the year: "semester 2", "blok 3"
help-engagement-edit--status = Where it stands
help-engagement-edit--scope = What was agreed
help-engagement-edit--expectations = Expectations on both sides
help-engagement-edit--compensation = Compensation (travel, parking, time)
help-engagement-evaluate = Record how it went (marks it done)
help-engagement-evaluate--text = The evaluation: what it brought both sides
help-import = Import companies or contacts (CSV from Excel, vCard), undo the last import, or a whole export
help-import-companies = Companies from a CSV file (person columns are left out)
help-import-companies--dry_run = Show what would be created or matched; change nothing
help-import-companies--skip_invalid = Import the good rows and write the rejected ones (line, reason) to FILE.rejected.csv
help-import-companies--map = Place an odd column: "Naam bedrijf=company" (fields: company, kvk, street, postcode, city, sector, website, person, first_name, middle_name, infix, last_name, honorific, title, department, email, phone, notes, profile_url, company_email, company_phone)
help-import-companies--encoding = The file's encoding (default: UTF-8 when valid, else Windows-1252)
help-import-companies--tags = Tag every company the import creates (repeatable): --tag stagefestival
help-import-companies--owner = The owner of the companies it creates (default: you)
help-import-companies--source = Where the companies it creates came from: --source "Stagefestival 2027" (default: import)
help-import-contacts = Companies and their contact persons: a CSV file (one person per row) or a vCard file (.vcf)
help-import-contacts--dry_run = Show what would be created or matched; change nothing
help-import-contacts--skip_invalid = Import the good rows and write the rejected ones (line, reason) to FILE.rejected.csv
help-import-contacts--map = Place an odd column: "Naam bedrijf=company" (fields: company, kvk, street, postcode, city, sector, website, person, first_name, middle_name, infix, last_name, honorific, title, department, email, phone, notes, profile_url, company_email, company_phone)
help-import-contacts--encoding = The file's encoding (default: UTF-8 when valid, else Windows-1252)
help-import-contacts--tags = Tag every company the import creates (repeatable): --tag stagefestival
help-import-contacts--owner = The owner of the companies it creates (default: you)
help-import-contacts--source = Where the companies it creates came from: --source "Stagefestival 2027" (default: import)
help-import-undo = Revert the last import: remove what it created, empty the fields it filled
help-import-all = Read a `kring export all` JSON file into an empty database
help-export = Export for other programs: contacts (CSV, vCard), meetings and follow-ups (iCalendar), all (JSON)
help-export-meetings = Circle meetings as an iCalendar file (Outlook, Thunderbird, khal)
help-export-meetings--circle = Only this circle's meetings
help-export-meetings--with_attendees = Invite the members' contact persons (ATTENDEE, asked to reply)
help-export-meetings--output = Write to this file instead of standard output
help-export-followups = Open follow-ups as all-day calendar events on their due dates
help-export-followups--todo = As to-dos (VTODO) with a due date, for clients with a task list
help-export-followups--mine = Only mine
help-export-followups--for_staff = Only those of this staff member
help-export-contacts = Current contact persons with their company, for a mailing or a spreadsheet
help-export-contacts--format = csv, vcard, or excel (the same as csv --excel)
help-export-contacts--excel = For Excel with a Dutch locale: ';' and a UTF-8 byte-order mark
help-export-contacts--vcard_version = vCard version: 4 (default) or 3 for clients that only take 3.0
help-export-contacts--recognised = Only recognised training companies
help-export-contacts--include_do_not_contact = Also people marked do-not-contact (left out by default)
help-export-contacts--with_notes = Put internal notes about people into the vCards (left out by default)
help-export-all = The whole database as one JSON document (`kring import all` reads it back)
help-duplicates = Likely duplicate companies and people (same website, e-mail, similar names in one city)
help-duplicates--companies = Only companies
help-duplicates--people = Only people
help-merge = Merge two companies (or with --people two persons): B's records move to A, A's fields win
help-merge--keep = The record that stays (id or name)
help-merge--merge = The record merged into it (a company is archived, a person removed)
help-merge--people = A and B are people, not companies
help-merge--dry_run = Show what would happen; change nothing
help-merge--yes = Merge without asking (needed when not run in a terminal)
help-merge--kvk = The KvK number the kept company ends with, when both have one
help-merge-undo = Put both records of the last merge (or merge N) back as they were
help-merge-undo--id = The merge's number (from `kring merge` or `kring history`)
help-followup = Follow-ups: add, list, done, snooze, reassign, edit, delete
help-followup-add = Add a follow-up for a company
help-followup-add--due = Due date: 2026-12-01, 1-12, friday, +2w, …
help-followup-add--person = The contact person it concerns
help-followup-add--for_staff = The staff member who must do it (default: you)
help-followup-list = List open follow-ups, earliest due first
help-followup-list--overdue = Only those past their due date
help-followup-list--mine = Only mine
help-followup-list--for_staff = Only those of this staff member
help-followup-list--company = Only for this company
help-followup-list--due_within = Only those due within this period: 7d, 2w, 1m
help-followup-list--all = Include done follow-ups
help-followup-done = Mark follow-ups done: by id, or by company when it has one open follow-up
help-followup-reopen = Open again follow-ups marked done (by mistake, or too soon)
help-followup-snooze = Put a follow-up off (default: a week after its due date, or after today when that is past)
help-followup-snooze--id = The follow-up's id, or its company when it has one open follow-up
help-followup-snooze--until = The new due date: +1w, monday, 15-12, … (default: a week after its due date, or after today when that is past)
help-followup-edit = Correct a follow-up's due date or action
help-followup-delete = Delete a follow-up made by mistake (asks first unless --yes)
help-followup-reassign = Give a follow-up to a colleague
help-today = Overdue follow-ups, due this week, companies losing touch
help-today--mine = Only my follow-ups and companies
help-today--limit = At most this many rows per section
help-remind = A digest of what needs you (overdue, due soon, losing touch, re-checks, goals), for cron or mail
help-remind--mine = Only what is mine (the default for --format mail and --send)
help-remind--for_staff = What needs this staff member
help-remind--days = How many days ahead "due soon" looks (1 to 3650)
help-remind--send = Send it as e-mail through the configured command (`sendmail = …` in the config file; default `sendmail -t`)
help-remind--limit = At most this many rows per section
help-search = Find companies, people and interaction notes
help-search--text = Words to find in company and person names and in interaction notes
help-search--limit = At most this many results per group
help-health = Relationships by health score, worst first, with the reasons
help-health--band = Only this band: thriving, healthy, cooling, at-risk, dormant
help-health--owner = Only companies owned by this staff member
help-health--single = Only relationships that hang on one staff member or one contact person
help-health--limit = At most this many companies (worst first)
help-report = Reports: the school-year ledger
help-report-year = Per company: every form of collaboration, students and hours of a school year
help-report-year--year = The school year: 2025-2026
help-history = Every change to a company and what hangs on it (--all: the whole log; person NAME)
help-history--company = The company (id or name)
help-history--all = Every change in the database, newest first
help-history--since = With --all: changes from this day on
help-history--by = With --all: changes by this staff member
help-history-person = The changes to one person's record
help-history-person--name = The person (id or name)
help-timeline = A company's interactions, newest first, back to the first one
help-timeline--limit = At most this many (default: all)
help-backup = Copy the database to a file (safe while kring is open elsewhere; on a server: the JSON export)
help-backup--file = Where to write it (default: kring.backup-DATE-TIME.sqlite beside the database; on a PostgreSQL database the JSON export, kring.backup-DATE-TIME.json here)
help-restore = Replace the database with a backup, after checking it
help-restore--file = A backup made with `kring backup`
help-restore--yes = Do not ask first
help-goal = Yearly goals: add, list, remove
help-goal-add = Agree a goal for a school year: the school's, a team's or a staff member's
help-goal-add--year = The school year, e.g. 2026-2027 (default: the current one)
help-goal-add--metric = What the goal counts
help-goal-add--tag = Count only companies with this tag (e.g. multinational)
help-goal-add--max = The top of a range: --target 40 --max 60
help-goal-list = The goals of a school year
help-goal-list--year = The school year (default: the current one)
help-goal-list--mine = My goals
help-goal-list--explain = List what makes up each count
help-goal-edit = Change a goal's target, the top of its range (--max 0: no range) or its note
help-goal-remove = Remove a goal agreed by mistake
help-goals = How far along this year's goals are (yours with --mine, a team's with --team)
help-goals--year = The school year (default: the current one)
help-goals--mine = My goals
help-goals--explain = List what makes up each count
help-team = Teams of staff: a programme, the internship office, the connectors
help-team-add = Add a team; put colleagues in it with `kring staff edit NAME --team TEAM`
help-team-list = List teams with their number of members
help-team-show = A team's members: companies they own, overdue follow-ups, relationships past their cadence
help-db = A shared PostgreSQL database for a team
help-db-setup = Set up a PostgreSQL database for a team: with --print-sql, print the roles, the database, the schema and the rights for IT to review and run with `psql -v ON_ERROR_STOP=1`
help-db-setup--print_sql = Print the SQL (the only way for now: nothing is run by kring)
help-db-setup--database = The database to create
help-migrate-to = Move this database file into an empty PostgreSQL database (the file becomes read-only)
help-migrate-to--url = The PostgreSQL database to move into (empty, or without kring's schema yet)
help-completions = Print shell completions (bash, zsh, fish, powershell, elvish)
help-man = Print the man page (roff)
help-config = The settings kring runs with (`config show`)
help-config-show = The settings in effect and where each comes from (default, file, environment, flag)
help-long =
    kring keeps a school's relationships with companies: contact persons, every interaction, follow-ups, collaborations and business circles, in one local SQLite file, or in a team's PostgreSQL database (--db postgresql://…; see docs/team.md).

    Without a subcommand it opens the terminal UI; when not run in a terminal it prints today's overview.

## kring company show and timeline
ago-today = today
ago-yesterday = yesterday
ago-tomorrow = tomorrow
ago-days = { $days } days ago
ago-in-days = in { $days } days
cli-show-timeline = Timeline
cli-show-archived = archived
cli-show-cadence-default = every { $days } days (default for { $status })
cli-show-never = never
cli-show-recognised = yes, SBB training company
cli-show-bundle = {" "}— many asks: bundle them through the owner
cli-show-asked = { $times }× by { $whom } in { $days } days
cli-show-health = Health { $score } ({ $band }){ $single }; { $staff } staff in touch, { $contacts } current contacts
cli-show-people = People
cli-show-no-people = {"  "}(none yet: kring person add NAME --company ...)
cli-show-former-until = former, until { $date }
cli-show-former = former
cli-show-do-not-contact = do not contact
cli-show-collaborations = Collaborations
cli-show-no-collaborations = {"  "}(none yet: kring engagement add COMPANY --form internship ...)
cli-show-students = { $count } students
cli-show-recheck = re-check { $date }
cli-show-trainer = trainer { $name }
cli-show-sbb = SBB recognised: crebo { $crebo }
cli-show-overdue = OVERDUE { $days }d
cli-show-no-interactions = {"  "}(no interactions yet: kring log COMPANY --kind call --note ...)
cli-show-with = {" "}with { $names }
cli-show-kind-by = { $kind } by { $who }
cli-show-more = {"  "}… { $more } more: kring timeline { $company } --limit { $total } (or kring company show { $company } --all)
cli-show-timeline-of = Timeline of { $name } (#{ $id }): { $shown }
ui-owner = Owner
ui-address = Address
ui-source = Source
ui-last-contact = Last contact
ui-recognised = Recognised
ui-tags = Tags
ui-asked = Asked

## kring person show
cli-person-moved = { $name } now works at { $company }
cli-person-name = Name
cli-person-honorific = Address
cli-person-salutation = Letters
cli-person-email = E-mail
cli-person-phone = Phone
cli-person-notes = Notes
cli-person-works = Works / worked at
cli-person-since = since { $date }
cli-person-until = until { $date }
cli-person-interactions = Interactions
cli-person-by = by { $who }

## The handover dossier
dossier-title = Handover: { $leaver } → { $to }
dossier-subtitle = { $date } · { $count } companies
dossier-status = Status
dossier-health = Health
dossier-last-contact = Last contact
dossier-motivation = What's in it for them
dossier-agreements = Agreements
dossier-contacts = Contacts
dossier-no-contacts = No current contact person.
dossier-none = None.
dossier-overdue = overdue { $days } days
dossier-last-interactions = Last interactions

## The school-year ledger (kring report year)
report-title = Collaboration in school year { $year }
report-company = Company
report-internships = Internships
report-students = Students
report-lectures = Guest lectures
report-assignments = Assignments
report-circle-visits = Circle visits
report-total = Total
report-goals = Goals
dossier-followups = Open follow-ups

## kring import
import-read-as = read as: { $layout }
import-unplaced = column '{ $column }' is not imported where it has a value: { $why }
import-empty-columns = { $count } empty
import-columns-left-out = columns not imported: { $columns }
import-rejected = line { $line }: rejected: { $why }
import-rejects-written = { $count } rejected rows written to { $path }
import-would-import = would import
import-imported = imported
import-owners-unknown = owners in the file who are no staff member here ({ $names }): their companies are the import's owner's (--owner chooses another)
import-summary = { $verb } { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } ({ $summary }): { $companies_created ->
        [one] { $companies_created } company
       *[other] { $companies_created } companies
    } created, { $companies_matched } matched ({ $companies_updated } filled in); { $people_created ->
        [one] { $people_created } person
       *[other] { $people_created } people
    } added, { $people_matched } matched ({ $people_updated } filled in)
import-was = this was import #{ $id }; `kring import undo` reverts it
import-undone = undid import #{ $id } ({ $source }, { $at }): { $companies } companies and { $people } people removed, { $restored } records restored
import-left-alone = left as they are ({ $count }), because undoing them would lose later work:
import-line = {"  "}line { $line }: { $why }
import-invalid =
    { $invalid } of { $rows } rows are invalid, so nothing was imported (fix them, or import the rest with --skip-invalid):
    { $list }
import-all-rejected =
    all { $rows } rows were rejected, so nothing was imported:
    { $list }

## kring circle and meeting
cli-circle-added = added circle #{ $id } { $name }
cli-circle-members = Members ({ $count })
cli-circle-left-on = left { $date }
cli-circle-meetings = Meetings
cli-circle-upcoming = upcoming
cli-circle-held = held
cli-minutes-saved = minutes of meeting #{ $id } saved ({ $lines } lines)
cli-action-item = follow-up #{ $id } for { $company } due { $date }: { $action } ({ $who })
cli-meeting-title = Meeting #{ $id } of { $circle } — { $at }, { $place }
cli-meeting-attendance = Attendance
cli-meeting-actions = Action items
cli-circle-joined = { $company } joined { $circle } on { $date }
cli-circle-left = { $company } left { $circle } on { $date }
err-time = cannot read time '{ $given }': use 16:00
err-not-an-attendee = '{ $who }' is neither a contact person at a member company of { $circle } nor a staff member

## kring followup and staff
cli-followup-what = { $action } ({ $company }, due { $date })
cli-ask-delete-followup = Delete follow-up #{ $id } { $what }?
cli-not-deleted = not deleted (pass --yes to delete without asking)
cli-followup-deleted = deleted follow-up #{ $id } { $what }
cli-followup-added = follow-up #{ $id } for { $company } due { $date }: { $action }
cli-done-state = done
cli-staff-added = added staff #{ $id } { $name }
cli-moved-to = moved to { $target }:
cli-col-table = table
cli-col-file = file
cli-col-server = server
cli-moved-linked = you are linked to the login '{ $login }'
cli-moved-unlinked = staff without a login yet (link each with `kring --db URL staff link NAME --login ROLE`): { $names }
cli-would-erase-from = would erase from { $path }
cli-staff-login = { $name } works as '{ $login }'
cli-staff-no-login = { $name } has no login now
cli-staff-no-email = { $name } has no e-mail address now
cli-staff-email = { $name }'s e-mail address is { $address }
cli-staff-team = { $name } is in { $team }
cli-staff-no-team = { $name } is in no team
cli-dossier-of = dossier of { $name } ({ $count } companies): { $path }
cli-staff-left = left { $date }
cli-staff-me = me
cli-staff-active = active
cli-handover-would-move = would move { $companies } companies and { $followups } open follow-ups from { $leaver } to { $to }
cli-handover-moved = moved { $companies } companies and { $followups } open follow-ups from { $leaver } to { $to }
cli-handover-would-leave = { $name } would be marked as left; their history stays
cli-handover-left = { $name } is marked as left; their history stays
cli-handover-remaining = { $name } still has { $companies } companies and { $followups } open follow-ups; run again for the rest
cli-handover-dossier = dossier: { $path }
login-disabled = The login '{ $login }' is disabled ({ $sql }).
login-for-it = For IT: disable the login '{ $login }' (kring already lets it read and write nothing): { $sql }

## kring interaction, engagement, goal, team, search
cli-interaction-updated = updated interaction #{ $id }: { $date } { $kind } with { $company }
cli-interaction-what = { $date } { $kind } with { $company }
cli-ask-delete-interaction = Delete interaction #{ $id } ({ $what })?
cli-interaction-deleted = deleted interaction #{ $id } ({ $what })
cli-engagement-title = Engagement #{ $id }: { $form } with { $company }
cli-from = from { $date }
cli-goal-added = goal #{ $id } for { $year } added
cli-goal-changed = goal #{ $id } changed
cli-goal-removed = goal #{ $id } removed
cli-goals-title = Goals { $year }
cli-goals-none = {"  "}(none yet: kring goal add --metric students --target 40 --max 60 ...)
cli-team-added = added team #{ $id } { $name }
cli-team-title = Team { $name }
cli-nothing-found = nothing found
ui-programme = Programme
ui-school-year = School year
ui-period = Period
ui-dates = Dates
ui-students = Students
ui-scope = Scope
ui-expectations = Expectations
ui-compensation = Compensation
ui-evaluation = Evaluation
ui-evaluated-on = Evaluated on

## The columns of kring export contacts (kring import reads both languages)
csv-name = Name
csv-email = E-mail address
csv-phone = Phone
csv-role = Role
csv-title = Job title
csv-company = Company
csv-kvk = KvK number
csv-address = Address
csv-postcode = Postcode
csv-city = City
csv-sector = Sector
csv-website = Website
csv-company-email = General e-mail address
csv-company-phone = General phone number
csv-status = Status
csv-owner = Owner
csv-given-name = First name
csv-infix = Infix
csv-family-name = Last name
csv-salutation = Salutation

## kring history and merge
cli-history-of = History of { $name } (#{ $id })
cli-history-all = Every change, newest first
cli-history-what = name a company (kring history COMPANY), a person (kring history person NAME) or use --all
cli-no-duplicates = no likely duplicates
cli-ask-merge = Merge?
cli-not-merged = not merged; nothing was changed
cli-nothing = nothing
cli-would-merge = would merge
cli-merged = merged
cli-merge-report = { $verb } #{ $merged } { $merged_name } into #{ $kept } { $kept_name }: moved { $moved }; filled in { $filled }
cli-merge-field = field
cli-merge-stays = stays (A)
cli-merge-other = other (B)
cli-merge-was = this was merge #{ $id }; `kring merge undo` puts both back
cli-merge-undone = undid merge #{ $id } ({ $at }): #{ $restored } { $name } is back, #{ $kept } as it was before

## kring init
cli-ready = kring is ready for { $name } (staff #{ $id }), database { $database }
cli-team-db-no-staff = this team database has no staff yet: its owner starts it with `kring --db URL init --me NAME`
cli-welcome = Welcome to kring. Your name [{ $name }]:{" "}

## What the store refuses, and why
err-snooze-past = cannot snooze into the past ({ $date }): choose today or later
err-already-done = follow-up #{ $id } was already done at { $at }
err-followup-person = the follow-up's person is not a contact at its company
err-circle-exists = there is already a circle called { $name } (#{ $id })
err-already-member = that company is already a member of this circle
err-joined-that-day = that company already joined this circle on that date
err-not-member = that company is not a member of this circle
err-crebo = invalid crebo '{ $given }': a crebo number has 5 digits, e.g. 25180
err-trainer = the workplace trainer must be a contact person at that company
err-goal-range = --max { $max } is below --target { $target }: a range runs from the target up
err-goal-whose = a goal is a team's or a staff member's, not both
err-kvk-taken = KvK number { $kvk } already belongs to { $name } (#{ $id })
err-no-tag = no tag '{ $tag }'; see the tags in `kring company list`
err-handover-self = hand over to someone else than the one who leaves
err-gone = { $what } #{ $id } is no longer there (merged away or erased); nothing was saved
err-engagement-period = the engagement ends ({ $ends }) before it starts ({ $starts })
err-engagement-cancelled = engagement #{ $id } was cancelled; there is nothing to evaluate
err-import-owner = owner '{ $name }' is no current staff member (kring staff list); add them or leave the column out
err-interaction-future = an interaction cannot be in the future ({ $date }); plan it with a follow-up instead
err-not-a-contact = { $name } is not a contact at { $company }; add them with `kring person add "{ $name }" --company "{ $company }"`
err-already-works-there = this person already works there
err-name-parts = a name needs a given name or a family name
err-already-set-up = this database is already set up for { $name }; add colleagues with `kring staff add`
err-staff-left = { $name } left on { $date } and cannot be given new work; choose an active colleague
err-no-import = there is no import to undo
err-import-not-read = the file was not read: open the import again

## What a file to import can get wrong
err-map-field = --map '{ $spec }': unknown field '{ $field }'; use one of { $fields }
err-not-utf16 = the file says it is UTF-16 but is not near byte { $byte }; save it again as "CSV UTF-8"
err-file-empty = the file is empty
err-not-utf8 = the file is not UTF-8 (byte { $byte }); try --encoding windows-1252
err-no-name-column = line { $line }: no company column and no name column; name one Bedrijfsnaam, Bedrijf, Organisatie or Company, or Naam / Voornaam and Achternaam (or use --map)
err-no-rows-under-header = the file has a header but no rows under it
err-extra-cells = line { $line }: { $cells } cells, but the header has { $columns } columns — a separator inside a value without quotes?
err-at-cell = line { $line }, column '{ $column }'
err-cell-too-long = { $at }: the cell is { $length } characters long; at most { $most } fit
err-cell-control = { $at }: the cell holds a control character (a NUL byte?)
err-cell-line-break = { $at }: a line break inside the cell — is a quote (") not closed?
err-no-vcard = the file holds no vCard (BEGIN:VCARD … END:VCARD)

## What an export says it wrote
cli-n-meetings = { $count } meetings
cli-n-followups = { $count } follow-ups
cli-n-contacts = { $count } contacts
cli-written = { $what } written to { $path }
cli-exporting-contacts = exporting contacts
cli-the-ledger = the ledger
cli-exporting = exporting
cli-archive-written = { $rows } rows in { $tables } tables written to { $path }
cli-backup-written = backup written to { $path }
import-line-failed = line { $line }: { $why }

## Questions companies bring
what-question = question
what-period = period
what-assignments = assignments
health-question-waiting = question waiting { $days } days
err-question-asked-later = a question cannot have been asked on { $date }, which is still to come
err-question-engagement-elsewhere = collaboration #{ $engagement } is not with { $company }; a question is carried by a collaboration with the company that asked it
err-question-match-with-team = question #{ $id } is matched with `kring question match { $id } --team TEAM`
err-question-decline-reason = declining question #{ $id } needs the reason the company will be told: --note "…"
err-question-move = question #{ $id } is { $status } and cannot become { $next }
err-question-person-elsewhere = { $person } does not work at { $company }; add them there first (kring person add NAME --company …)
cli-question-added = question #{ $id } from { $company } recorded
cli-questions-none = (no questions: kring question add COMPANY "what they ask")
cli-question-changed = question #{ $id } changed
cli-question-matched = question #{ $id } matched to { $team }; collaboration #{ $engagement } carries it
cli-question-moved = question #{ $id } is now { $status }
cli-question-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
cli-question-title = Question #{ $id }: { $title }
cli-question-steps = Steps
cli-board-title = Questions against capacity, { $year }
cli-board-none = {"  "}(nothing asked or declared yet: kring question add …, kring team capacity TEAM --period … --assignments N --students N)
cli-board-no-team = (no team)
cli-board-no-period = (no period)
cli-board-short = { $assignments } assignments, { $students } students short
cli-board-legend = {"  "}(capacity and asked: assignments / students; declined and withdrawn questions left out)
cli-board-waiting = Waiting longest
cli-show-questions = Questions ({ $count } open)
cli-team-capacity = { $team } can take on { $assignments } assignments and { $students } students in { $period } { $year }
ui-from = From
ui-team = Team
ui-teacher = Teacher
ui-wanted-by = Wanted by
ui-asked-on = Asked on
ui-waiting = Waiting
ui-collaboration = Collaboration
ui-reason = Reason
cli-col-asked = ASKED
cli-col-waiting = WAITING
cli-col-title = TITLE
cli-col-period = PERIOD
cli-col-capacity = CAPACITY
cli-col-new = NEW
cli-col-matched = MATCHED
cli-col-running = RUNNING
cli-col-delivered = DELIVERED
cli-col-short = SHORT

## Help: questions
help-question = Questions companies bring (assignments, research, guest lectures): add, match, status, board
help-question-add = Record a question a company brings: an assignment, research, a guest lecture…
help-question-add--title = What they ask, in a line
help-question-add--from = The contact person who asked
help-question-add--kind = What they ask for
help-question-add--students = How many students it asks for
help-question-add--wanted_by = By when they need it
help-question-add--team = The team (programme) it is for
help-question-add--year = School year it is for (when added: that of --wanted-by, else of the day asked)
help-question-add--period = Period within the year: "blok 3"
help-question-add--on = When they asked (default: today)
help-question-list = List questions: open ones by how long they wait, then the rest
help-question-list--open = Only new, matched and running ones
help-question-list--kind = Only questions of this kind
help-question-list--status = Only questions that stand here
help-question-list--year = School year, e.g. 2026-2027
help-question-show = One question with each step of its way
help-question-edit = Change a question's fields (an empty value clears a text field)
help-question-edit--from = The contact person who asked
help-question-edit--kind = What they ask for
help-question-edit--students = How many students it asks for
help-question-edit--wanted_by = By when they need it
help-question-edit--team = The team (programme) it is for
help-question-edit--year = School year it is for (when added: that of --wanted-by, else of the day asked)
help-question-edit--period = Period within the year: "blok 3"
help-question-match = A team takes the question on; a collaboration is agreed to carry it (or --engagement N)
help-question-match--teacher = The teacher who supervises it
help-question-match--period = When: "blok 3", "semester 2"
help-question-match--engagement = An existing collaboration with the company that carries it
help-question-status = Move a question on: running, delivered, declined (with --note: the reason for the company), withdrawn
help-question-status--status = Where it stands now (running, delivered, declined or withdrawn)
help-question-board = Demand against capacity per team and period, and the questions that wait longest
help-question-board--year = School year (default: the current one)
help-team-capacity = What a team can take on in a period: assignments and students, weighed against the questions on the board
help-team-capacity--period = "blok 3", "semester 2"
help-team-capacity--year = School year (default: the current one)
what-question-kind = question kind
what-question-status = question status
field-questions = Questions
company-question-waiting = waiting { $days } days
tab-questions = Questions
col-team = TEAM
col-period = PERIOD
col-capacity = CAPACITY
col-asked = ASKED
col-short = SHORT
questions-board-title = Questions { $year }: demand against capacity
questions-none = {" "}no questions yet: they come in with `kring question add COMPANY TITLE`
questions-column-empty = {" "}none
questions-ended-column = ended
questions-match-needs-team = question #{ $id } is for no team yet: kring question match { $id } --team TEAM
questions-ended = question #{ $id } is { $status }: it goes no further
questions-ask-advance = Move question #{ $id } "{ $title }" on to { $status }?
key-questions = Questions
key-next-column = next column
key-previous-column = previous column
key-log-an-interaction-at-its-company = log an interaction at its company
key-column = column
key-move-on = move on
key-move-the-question-on-matched-to-its-team-running-delivered-asks-first = move the question on: matched (to its team), running, delivered (asks first)
questions-days-short = { $days }d

## Experts, campaigns, logging to many
what-topic = topic
what-campaign-name = campaign name
what-rating = rating
what-campaign = campaign
what-campaigns = campaigns
what-campaign-kind = campaign kind
what-reply = reply
term-campaign-kind-invitation = invitation
term-campaign-kind-event = event
term-campaign-kind-mailing = mailing
term-reply-yes = yes
term-reply-no = no
term-reply-maybe = maybe
what-attendance = attendance
term-attendance-invited = invited
term-attendance-attended = attended
term-attendance-apologised = apologised
term-capture-source-mail = mail
term-capture-source-calendar = calendar
term-capture-status-open = open
term-capture-status-accepted = accepted
term-capture-status-skipped = skipped
term-match-person = person
term-match-domain = domain
ui-rating = Rating
cli-col-campaign = CAMPAIGN
cli-col-date = DATE
cli-col-invited = INVITED
cli-col-yes = YES
cli-col-no-reply = NO REPLY
csv-reply = Reply
cli-person-topics-label = Topics
cli-person-topics = { $name } speaks on: { $topics }
cli-did-you-mean = did you mean { $options }?
cli-experts-none = no one has a topic containing "{ $topic }"; give someone one with kring person edit NAME --topic "…"
cli-experts-title = { $count ->
    [one] One person on "{ $topic }"
   *[other] { $count } people on "{ $topic }"
}
cli-experts-spoke = last spoke for us { $date } ({ $times }×)
cli-experts-rated = rated { $rating }/5
err-no-such-topic = { $name } has no topic "{ $topic }"
err-topic-empty = name a topic: kring experts "intellectueel eigendom"
cli-campaign-added = campaign #{ $id } { $name } added; invite companies with kring campaign invite "{ $name }" --tag …
cli-campaign-invited = { $count ->
    [one] one company invited
   *[other] { $count } companies invited
} to { $name }
cli-campaign-would-invite = { $count ->
    [one] one company would be invited
   *[other] { $count } companies would be invited
} to { $name } (nothing was changed)
cli-campaign-replied = { $company }: { $reply }
cli-campaign-attended = { $company } came; interaction #{ $id } logged
cli-campaign-counts = {"  "}invited { $invited } · yes { $yes } · no { $no } · maybe { $maybe } · no reply { $none } · attended { $attended } · people expected { $people }
cli-campaign-no-reply = No reply yet ({ $count })
err-campaign-exists = there is a campaign { $name } already (#{ $id })
err-campaign-not-invited = { $company } was not invited to { $campaign }; invite it first (kring campaign invite "{ $campaign }" --company …)
err-campaign-attended-already = { $company } is already recorded as having come to { $campaign }
err-campaign-still-to-come = { $campaign } is on { $date }, still to come: record who came on or after that day (or say when they came with --on DATE); nothing was changed
err-campaign-which = say which companies: --tag, --status, --sector, --city, --circle, --owner, --team, --recognised or --company
err-log-no-companies = no company matches; nothing was logged
err-log-selector = --companies '{ $part }': use tag:, status:, sector:, city:, circle:, owner:, team:, campaign: or company:, joined by commas (tag:horeca,city:Hoorn)
cli-log-would = { $count } companies would each get one { $kind } (nothing was logged):
cli-logged-many = { $count } × { $kind } logged on { $date }, one per company

## Help: experts, campaigns, logging to many
help-person-edit--topics = A topic they can speak or advise on ("intellectueel eigendom"); repeatable
help-person-edit--untopics = Take a topic away; repeatable
help-log--companies = Many companies at once, one interaction each, all or none: tag:horeca, status:active, city:Hoorn, sector:bouw, circle:NAME, owner:NAME, team:NAME, campaign:NAME (its invitees); several joined by commas must all hold
help-log--dry_run = With --companies: list the companies, log nothing
help-log--rating = How it went, 1 to 5 (a guest lecture, a workshop)
help-engagement-evaluate--rating = How it went, 1 to 5
help-campaign = Outreach in bulk: invite companies, export the mail merge, keep replies, log who came
help-campaign-add = Start a campaign: an invitation round, an event (a company day, a festival), a mailing
help-campaign-add--on = When it takes place
help-campaign-add--at = Where
help-campaign-add--kind = What it is (default: an invitation)
help-campaign-list = Campaigns with their counts, the newest first
help-campaign-invite = Invite companies and their main contact person, by the filters of `export contacts`
help-campaign-invite--team = Companies owned by a member of this team
help-campaign-invite--recognised = Only recognised training companies
help-campaign-invite--companies = This company (repeatable; with no other filter, only these)
help-campaign-invite--dry_run = Show how many would be invited; invite nobody
help-campaign-export = The invitees as a mail-merge list (CSV; --excel for Excel with a Dutch locale)
help-campaign-export--no_reply = Only those who have not replied (for a reminder round)
help-campaign-reply = What an invited company answered: yes, no or maybe
help-campaign-reply--reply = What they answered
help-campaign-reply--people = How many people they will bring
help-campaign-attended = They came: logs an interaction of kind event at the company with who came
help-campaign-attended--with = A contact person who came (repeatable)
help-campaign-attended--on = The day they came (default: the campaign's date; never a day still to come)
help-campaign-show = Invited, yes, no, maybe, no reply and attended, and who has not replied
help-experts = People who can speak or advise on a topic, the best rated and most recent speakers first
help-experts--topic = A topic or part of one: "eigendom", "financiën"
cli-campaign-already = ; { $count } already were
hint-did-you-mean = ; did you mean { $options }?
what-staff = staff
search-written = Notes, minutes, questions and more

# Marking companies to log one interaction at all of them
key-mark = mark
key-log-an-interaction-at-every-marked-company = log an interaction (at every marked company)
key-mark-unmark-the-company = mark / unmark the company
key-mark-every-listed-company-none = mark every listed company / none
key-clear-filter-then-marks = clear filter, then marks
list-marked = {" "}· { $count } marked (l logs at each)
said-marks-cleared = marks cleared
said-logged-many = logged { $kind } at { $count } companies
form-log-many = Log one interaction at { $count } companies
search-near = Did you mean

# Collaborations in the terminal UI
key-collaborations = Collaborations
key-edit-form-year-period-students-status-done-ends-it-scope = edit: form, year, period, students, status (done ends it), scope
key-evaluate-what-it-brought-and-a-rating = evaluate: what it brought, and a rating
key-evaluate = evaluate
key-this-school-year-every-year = this school year / every year
key-year = year
key-add-a-collaboration-on-the-company-s-page-c = add a collaboration (on the company's page: c)
key-add-a-collaboration-internship-guest-lecture = add a collaboration (internship, guest lecture…)
ui-form = Form
ui-starts = Starts
ui-ends = Ends
ui-what-it-brought-both-sides = what it brought both sides
ui-1-to-5-none = 1 to 5; - none
ui-2026-2027 = 2026-2027
ui-semester-2-blok-3 = semester 2, blok 3
ui-empty-not-set = empty: not set
ui-what-was-agreed = what was agreed
ui-travel-parking-time = travel, parking, time
tab-engagements = Collaborations
engagements-title = Collaborations { $year } ({ $count })
engagements-every-year = every year
engagements-none = {"  "}no collaborations here yet — open a company (2, enter) and press c to add one
engagements-add-how = a collaboration is added on its company's page: open the company and press c
col-form = FORM
col-year = YEAR
col-students = STUDENTS
col-evaluation = EVALUATION
said-engagement-added = added collaboration #{ $id } ({ $form })
said-engagement-saved = collaboration #{ $id } saved
said-engagement-evaluated = collaboration #{ $id } evaluated
form-add-engagement = New collaboration — { $name }
form-edit-engagement = Collaboration #{ $id } — { $name }
form-evaluate = Evaluate { $form } — { $name }
form-err-students = '{ $value }' is not a number of students
list-first = , first { $count }
key-evaluate-the-selected-collaboration-that-ended = evaluate the selected collaboration that ended
today-select-evaluation-first = select a collaboration under "to evaluate" first (v evaluates it)

# Health in the terminal UI
key-health = Health
key-log-an-interaction-at-the-company = log an interaction at the company
key-band-filter-dormant-at-risk-cooling-healthy-thriving = band filter: dormant, at risk, cooling, healthy, thriving
key-band = band
key-single-points-of-contact-only-all = single points of contact only / all
key-single-point = single point
tab-health = Health
health-title = Relationships by health ({ $count }), worst first
health-none = {"  "}no relationships match — f, m and p change the filter
health-single-point = single point
health-single-points-only = {" "}· single points of contact
col-reasons = REASONS
companies-none-yet = {"  "}no companies yet — press a to add one, or import your spreadsheet: kring import contacts FILE

# Staff and handover in the terminal UI
key-staff = Staff
key-leave-with-handover-shows-what-would-move-asks-moves-it-and-writes-the-dossier = leave with handover: shows what would move, asks, moves it and writes the dossier
key-handover = handover
ui-to = To
ui-dossier = Dossier
ui-where-the-dossier-is-written = where the dossier is written
tab-staff = Staff
staff-title = Staff ({ $count } active) — h hands a leaver's companies over
staff-me = me
staff-already-left = { $name } has already left; kring staff dossier writes their dossier again
col-left = LEFT
ask-handover = Hand { $companies } companies and { $followups } open follow-ups from { $from } to { $to }, mark { $from } as left, and write the dossier to { $path }?
said-handed-over = handed over to { $name }; dossier written to { $path }
form-handover = { $name } leaves: hand over to
form-err-no-colleague = there is no other active colleague to hand over to (kring staff add NAME)
form-err-dossier-path = say where the dossier goes (a file name)
said-undone = undone — { $what }

## The terminal UI: circles, imports and exports
key-start-a-circle = start a circle
key-new-circle = new circle
key-export-every-circle-s-meetings-as-a-calendar-file-ics = export every circle's meetings as a calendar file (.ics)
key-plan-a-meeting = plan a meeting
key-plan = plan
key-a-company-joins-the-circle = a company joins the circle
key-member = member
key-the-selected-member-leaves-the-circle-asks-first = the selected member leaves the circle (asks first)
key-export-the-circle-s-meetings-as-a-calendar-file-ics = export the circle's meetings as a calendar file (.ics)
key-members-meetings = members / meetings
key-import-a-spreadsheet-or-address-book-shows-what-would-come-in-first = import a spreadsheet or address book (shows what would come in first)
key-import = import
key-undo-the-last-import-asks-first = undo the last import (asks first)
key-export-the-contact-persons-of-the-companies-listed-excel-csv-vcard = export the contact persons of the companies listed (Excel, CSV, vCard)
key-export = export
key-export-the-follow-ups-listed-as-a-calendar-file-ics-for-outlook = export the follow-ups listed as a calendar file (.ics, for Outlook)
circle-choose-member = tab to the members first, then choose the company that leaves
circle-member-gone = { $name } has already left this circle
ask-leave-circle = { $company } leaves { $circle } today? Its history in the circle stays.
form-add-circle = Start a circle
form-plan-meeting = Plan a meeting — { $circle }
form-add-member = A company joins — { $circle }
form-err-which-company = which company? Its name or #id
form-import = Import a file
form-import-contacts = companies and contact persons
form-import-companies = companies only
form-export-contacts = Export the contact persons of the companies listed
form-export-followups = Export the follow-ups as a calendar (.ics)
form-export-meetings = Export the meetings as a calendar (.ics)
form-err-file = say which file (a path; ~/ is your home folder)
said-meeting-planned = meeting planned on { $at }
said-member-joined = { $company } joined the circle
said-member-left = { $company } left the circle
said-imported = imported { $rows ->
        [one] one row
       *[other] { $rows } rows
    } (import #{ $id }; u or U takes it back)
said-import-undone = import #{ $id } undone
said-exported = written to { $path }
err-import-not-last = import #{ $id } is no longer the last one (#{ $last } came after it); nothing was undone
ask-undo-import = Undo import #{ $id } of { $source } ({ $at })? What it created goes, what it filled is emptied again — except what was changed since.
import-more-rejected = … and { $count } more rejected lines
import-rejects-will-go = the rejected lines will be written to { $path }
ask-import = Import the { $rows } good rows?
ui-description = Description
ui-time = Time
ui-place = Place
ui-agenda = Agenda
ui-for = For
ui-file = File
ui-import = Import
ui-format = Format
ui-its-name-or-id = its name or #id
ui-a-csv-from-excel-outlook-google-or-linkedin-or-a-vcf = a .csv from Excel, Outlook, Google or LinkedIn, or a .vcf
ui-excel-and-accents-kept = ←/→; Excel: ';' and accents kept
ui-where-it-is-written = where it is written
key-undo-the-last-change-done-snooze-delete-log-edit-reassign-attendance-a-new-member-an-import-a-bulk-change-a-handover-within-the-hour = undo the last change (done, snooze, delete, log, edit, reassign, attendance, a new member, an import, a bulk change, a handover within the hour)
key-edit-the-company-itself-owner-tags-status-address-e-mail-phone-motivation = edit the company itself: owner, tags, status, address, e-mail, phone, motivation
key-company = company
key-edit-the-selected-company-owner-tags-status-address-e-mail-phone-motivation = edit the selected company: owner, tags, status, address, e-mail, phone, motivation
ui-topics = Topics
ui-who-keeps-the-relationship = who keeps the relationship
ui-comma-separated-horeca-stagefestival = comma-separated: horeca, stagefestival
ui-the-general-address = the general address
ui-the-general-number = the general number
ui-what-they-can-speak-or-advise-on-comma-separated = what they can speak or advise on, comma-separated
today-rechecks-where = each company's recognitions are on its page (R records one); r here marks the selected one checked again
help-company-rechecked = Record that an SBB recognition was checked again, and when the next check is
help-company-rechecked--crebo = Crebo number of the programme: 5 digits
help-company-rechecked--next = When to check it next (default: a year from today)
err-recheck-not-ahead = the next check must be after today
err-no-recognition = the company has no recognition for crebo { $crebo } (kring company recognise)
cli-rechecked = { $company }, crebo { $crebo }: checked again; next check { $next }
form-recognise = Record an SBB recognition — { $name }
form-rechecked = Checked again — { $name }, crebo { $crebo }
said-recognised = recognition for crebo { $crebo } recorded
said-rechecked = checked again; next check { $next }
today-select-recheck-first = choose a recognition under "SBB recognitions to re-check" first
company-recognised-for = {" "}· SBB { $list }
company-recheck-on = {" "}(re-check { $date })
key-record-an-sbb-recognition-erkend-leerbedrijf-for-a-programme = record an SBB recognition (erkend leerbedrijf) for a programme
key-the-selected-sbb-recognition-was-checked-again-asks-the-next-date = the selected SBB recognition was checked again (asks the next date)
key-open-the-company-on-a-heading-the-whole-list = open the company; on a heading: the whole list
ui-crebo = Crebo
ui-since = Since
ui-re-check = Re-check
ui-next-check = Next check
ui-5-digits = 5 digits
ui-empty-not-known = empty: not known
ui-when-to-check-it-again-empty-not-set = when to check it again; empty: not set
ui-bedrijvenkring-techniek-zaanstreek = Bedrijvenkring Techniek Zaanstreek
ui-16-00 = 16:00
search-more = … { $count } more: enter opens the whole list
likely-kvk = the same KvK number
likely-email = the same e-mail address
likely-name = the same name
likely-one = Likely the same as { $name } #{ $id }: { $why }
cli-likely-needs-yes = add --yes to add it anyway (there is no terminal to ask in), or use the one that exists; nothing was changed
cli-ask-add-anyway = Add it anyway?
cli-not-added = not added; nothing was changed
help-company-add--yes = Add it even when it looks like a company kring has (needed when not run in a terminal)
help-person-add--yes = Add them even when they look like someone kring has (needed when not run in a terminal)
ask-add-anyway = Add it anyway? y adds it, o opens the one that exists, n goes back to the form.
key-open-the-one-that-exists-when-adding-one-like-it = open the one that exists (when adding one like it)
said-restored = { $what } #{ $id } is back
said-unlogged = interaction #{ $id } taken back
key-likely-duplicates-compare-two-side-by-side-and-merge = likely duplicates: compare two side by side and merge
key-compare-the-pair-side-by-side-then-merge-asks-first = compare the pair side by side, then merge (asks first)
key-compare = compare
key-keep-the-other-one-of-the-pair = keep the other one of the pair
key-swap = swap
duplicates-page = Likely duplicates
duplicates-title = Likely duplicates ({ $count })
duplicates-keeps = enter compares a pair and asks before merging; the { $which ->
        [1] first
       *[other] second
    } of each pair is kept (s: the other)
duplicates-none = no likely duplicates
merge-keeps = kept: #{ $id }
merge-folds = folded in: #{ $id }
merge-fills = the kept one takes: { $fields }
merge-conflict = { $field } differs: '{ $kept }' stays, '{ $merged }' is kept in the history
merge-moves = moves over: { $what }
ask-merge = Fold { $gone } into { $kept }? (u takes it back)
said-merged = #{ $gone } folded into #{ $keep }
said-merge-undone = merge #{ $id } undone: both are back
history-from = {" "}· from the { $from }th
key-every-change-in-the-database-who-changed-what-newest-first = every change in the database (who changed what), newest first
key-open-the-company-the-change-is-about = open the company the change is about
log-page = Log of changes
log-title = Every change, newest first ({ $count })
log-no-company = this change is not about one company
followups-first = , first { $cap }
people-none-yet = {"  "}no contact persons yet: open a company (2, enter) and press p, or import your address book (I on Companies)
people-none = {"  "}nobody matches the filter (esc clears it)
key-my-team-s-everyone-s = my team's / everyone's
key-team = team
health-my-team = {" "}· my team's
key-put-the-selected-colleague-in-a-team-or-none = put the selected colleague in a team (or none)
form-team = { $name }'s team
said-team = team: { $name }

## Capture: contacts found in mail and calendars, and the inbox
err-capture-is-calendar = { $file } is an iCalendar file: use `kring capture calendar`
err-capture-is-vcard = { $file } is a vCard address book: use `kring import contacts`
err-capture-is-workbook = { $file } is a workbook or an Office file, not mail: save the mails as .eml (drag them out of Outlook or Thunderbird into a folder)
err-capture-read = cannot read { $file }: { $reason }
capture-skip-huge = its headers are over { $kib } KiB: not a message kring reads
capture-skip-no-headers = no mail headers
capture-skip-no-date = no Date header: kring cannot tell which day it was
capture-skip-future = dated { $date }, after today
capture-mbox-place = { $file }, message { $number } (line { $line })
capture-message-place = message { $number }
capture-no-subject = (no subject)
capture-note-mail = { $count ->
    [one] E-mail: { $subject }
   *[other] { $count } e-mails: { $subject }
}
err-capture-decided = proposal #{ $id } is { $status } already (`kring inbox undo { $id }` opens it again)
err-capture-not-yours = proposal #{ $id } came from { $name }'s mail: only they can accept or skip it
err-inbox-which = which proposals? Give their numbers (`kring inbox` lists them) or --all
cli-capture-skipped = skipped { $place }: { $reason }
cli-capture-summary = Read { $messages ->
    [one] 1 message
   *[other] { $messages } messages
} ({ $source }): { $matched } with your companies, { $unmatched } with nobody kring knows; { $proposed ->
    [one] 1 new proposal
   *[other] { $proposed } new proposals
}, { $joined } joined earlier ones, { $already } seen before, { $skipped } skipped.
cli-capture-before-since = { $count } sent before --since were left out.
cli-capture-accepted = { $count ->
    [one] 1 accepted at once (it matched a contact person).
   *[other] { $count } accepted at once (they matched a contact person).
}
cli-capture-dry-run = Dry run: nothing was written.
cli-capture-see-inbox = See them with `kring inbox`; accept with `kring inbox accept ID`.
cli-inbox-accepted = { $count ->
    [one] Logged 1 contact.
   *[other] Logged { $count } contacts.
}
cli-inbox-skipped = { $count ->
    [one] Skipped 1 proposal.
   *[other] Skipped { $count } proposals.
}
cli-inbox-reopened = Proposal #{ $id } is open again.
cli-inbox-empty = Nothing in your inbox: `kring capture mail FOLDER` finds the contacts in your mail.
what-proposal = proposal
cli-col-people = PEOPLE
cli-col-match = MATCH
cli-col-note = NOTE
what-capture-source = capture source
what-capture-status = capture status
what-match = match
help-capture = Find contacts that already happened: mail (an .eml file or folder, mbox, Maildir) and calendars (.ics)
help-capture-mail = Propose the contacts in a mail folder: an .eml file, a folder of them, an mbox file, a Maildir or an IMAP server
help-capture-mail--source = The .eml or .msg file, folder, mbox file or Maildir; or a mail server's folders: imaps://USER@SERVER/INBOX,Sent
help-capture-mail--dry_run = Show what would be proposed; write nothing
help-capture-mail--auto = Accept at once what matched a contact person (domain-only matches wait in the inbox)
help-capture-mail--since = Leave out what happened before this day
help-inbox = Contacts found by `capture`, waiting to be accepted or skipped
help-inbox--all = Everyone's proposals, not only those from your own mail and calendar
help-inbox-accept = Log proposals as they are (--all: every one in your inbox)
help-inbox-skip = Leave proposals out: they are never proposed again
help-inbox-edit = Change a proposal's kind, note, date or people, and log it
help-inbox-edit--with = The people who took part (instead of those proposed; repeat for several)
help-inbox-undo = Take a decision back: the proposal is open again (an accepted one's interaction is deleted)
tab-inbox = Inbox
tab-short-inbox = Inb
key-inbox = Inbox
key-log-the-selected-contact-as-proposed = log the selected contact as proposed
key-log-it = log it
key-log-every-contact-shown = log every contact shown
key-log-all = log all
key-skip-never-proposed-again = skip: never proposed again
key-skip = skip
inbox-title = Inbox — { $count ->
    [one] 1 contact from your mail and calendar to log
   *[other] { $count } contacts from your mail and calendar to log
}
inbox-empty = Nothing to log: `kring capture mail FOLDER` finds the contacts in your mail.
inbox-nothing = The inbox is empty.
inbox-by-domain = (by the company's domain)
today-inbox = { $count ->
    [one] 1 contact from your mail and calendar to log — @ shows it
   *[other] { $count } contacts from your mail and calendar to log — @ shows them
}
cli-today-inbox = { $count ->
    [one] 1 contact from your mail and calendar to log: kring inbox
   *[other] { $count } contacts from your mail and calendar to log: kring inbox
}
said-inbox-accepted = { $count ->
    [one] Logged 1 contact.
   *[other] Logged { $count } contacts.
}
said-inbox-skipped = { $count ->
    [one] Skipped 1 proposal.
   *[other] Skipped { $count } proposals.
}
said-inbox-reopened = { $count ->
    [one] 1 proposal is open again.
   *[other] { $count } proposals are open again.
}
col-date = DATE
col-people = PEOPLE
col-note = NOTE
err-calendar-not-ics = { $file } is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)
calendar-place = { $file }, the event at line { $line }
calendar-skip-incomplete = an event without a UID or a start
calendar-skip-rule = a repeat rule kring does not read ({ $part }): nothing of the series is proposed
cli-capture-summary-calendar = Read { $events ->
    [one] 1 event
   *[other] { $events } events
} up to today: { $matched } with your companies, { $unmatched } with nobody kring knows, { $declined } declined by you; { $proposed ->
    [one] 1 new proposal
   *[other] { $proposed } new proposals
}, { $already } seen before, { $skipped } skipped.
help-capture-calendar = Propose the past meetings in a calendar: an .ics file or the link of a published one
help-capture-calendar--source = The .ics file, or the https:// (webcal://) link of a published calendar
help-capture-calendar--dry_run = Show what would be proposed; write nothing
help-capture-calendar--auto = Accept at once what matched a contact person (domain-only matches wait in the inbox)
help-capture-calendar--since = Leave out what happened before this day
err-fetch = cannot fetch the calendar from { $host }: { $reason }
err-fetch-http = a calendar from { $host } over plain http would cross the network unencrypted: use its https:// (or webcal://) link
err-fetch-too-large = it is larger than { $mib } MiB
err-imap-url = "{ $url }" is not a mailbox kring can read: { $why } (e.g. imaps://sanne@mail.school.nl/INBOX,Sent)
imap-why-tls = kring reads a mail server over TLS only: use imaps://
imap-why-user = name the user before the server (user@server)
imap-why-password = a password never goes in the address (KRING_IMAP_PASSWORD, ~/.netrc, password_command or token_command)
imap-why-port = the port is a number
err-imap = the mail server { $server } failed: { $what }; nothing of this run was kept
err-imap-login = { $server } refused the login of { $user }: { $reason }; nothing was read
err-imap-no-password = no password for { $user } at { $server }: set KRING_IMAP_PASSWORD, a ~/.netrc line for the server, password_command or (Microsoft 365, Google) token_command in the config file
imap-place = { $folder }, message UID { $uid }
cli-capture-folder-missing = folder { $folder } was not read: { $reason }
cli-capture-folder-renumbered = folder { $folder } was renumbered by the server (UIDVALIDITY): read again whole; nothing seen before is proposed again
err-workbook = cannot read the workbook { $file }: { $reason }
err-workbook-sheet = { $file } has no sheet "{ $sheet }" (it has: { $sheets })
err-workbook-empty = { $file } has no sheets
err-workbook-bomb = { $file } would unpack to { $mib } MiB: no company list is that large, so it is not opened
err-import-sheet-not-workbook = --sheet is for a workbook (xlsx, xls, ods); { $file } is not one
err-import-file-changed = { $file } changed since it was read: nothing was imported; read it again
err-import-is-calendar = { $file } is an iCalendar file: use `kring capture calendar`
err-import-is-mail = { $file } is an e-mail: use `kring capture mail`
import-workbook-sheet = workbook, sheet "{ $sheet }"
help-import-contacts--sheet = A workbook's sheet (default: the first)
help-import-companies--sheet = A workbook's sheet (default: the first)
xlsx-contacts-sheet = Contacts
err-xlsx-needs-file = an xlsx workbook is not for the terminal: write it to a file with -o contacts.xlsx
capture-skip-msg-unreadable = not an Outlook message kring can read ({ $reason })
form-capture = Log the contact with { $company }
key-change-the-kind-date-or-note-then-log-it = change the kind, date or note, then log it
subject-inbox = { $count } contacts from mail to log
remind-inbox = Contacts from your mail and calendar to log (kring inbox)

## The network (version 22): organisations, places, rest, people who leave
term-organisation-kind-company = company
term-organisation-kind-association = association
term-organisation-kind-government = government
term-organisation-kind-education = education
term-organisation-kind-foundation = foundation
term-affiliation-role = role
term-affiliation-works = works there
whom-schools = { $count ->
    [one] 1 other school
   *[other] { $count } other schools
}
cli-network-joined = { $company } is a member of { $organisation }
cli-network-left = { $company } is no longer a member of { $organisation }
cli-network-role = { $staff } has a role in { $organisation }
cli-network-works = { $staff } also works at { $company }
cli-network-ended = the tie with { $organisation } ended
cli-network-introduced = noted who opened the door to { $company }
cli-network-member-of = member of { $organisation }
cli-network-members = Members ({ $count }); work and open places in { $year }:
cli-network-since = since { $day }
cli-network-until = until { $day }
cli-network-doors = Doors it opened:
err-member-of-itself = an organisation cannot be a member of itself
err-already-org-member = it is a member already (since { $since }); nothing was changed
err-not-a-member = it is not a current member; nothing was changed
err-no-affiliation = no current tie of that kind; nothing was changed
err-introduced-itself = nobody introduces themselves; nothing was changed
err-introduced-by-whom = say who opened the door: --by-person, --by-staff or --by-org
places-whole-year = whole year
cli-places-set = { $company }: { $programme }, { $period }: { $offered } offered, { $filled } filled
cli-places-resting = resting until { $until }
cli-resting-note = note: the company asked for rest until { $until }; no new asks before then
cli-places-imported = { $count ->
    [one] 1 line of places read
   *[other] { $count } lines of places read
}
err-places-nothing = give --offered, --filled or --note; nothing was changed
err-places-columns = the file needs a programme column, a company or kvk column, and filled or offered; nothing was changed
err-places-count = line { $line }, field { $field }: "{ $value }" is not a count; nothing was changed
err-places-line = line { $line }: { $reason }
err-places-no-company = no company or kvk
err-places-no-programme = no programme
cli-rest-set = { $company } rests until { $until }: no new asks before then
cli-rest-ended = { $company } may be asked again
err-rest-past = the rest would end in the past; give a day from today on
cli-asked-logged = noted; { $company } was asked { $times }× in the last { $days } days
cli-person-left = { $name } left { $company } on { $day } (the history stays)
cli-person-left-successor = { $name } takes over
cli-person-left-trainer-passed = the workplace trainer of recognition { $crebos } is now { $name }
cli-person-left-followup = follow-up #{ $id } for { $staff }, due { $due }: find the successor
cli-person-left-trainer-gone = recognition { $crebos } has no workplace trainer now: it shows on Today until a new one is named
followup-find-successor = Find the successor of { $person } at { $company }
err-successor-self = a person cannot succeed themselves
err-no-current-job = they have no current job to leave; nothing was changed
err-which-job = they work at { $companies }: say which with --company; nothing was changed
cli-alumnus-set = { $name } is an alumnus of { $programme } { $year }
cli-alumnus-cleared = { $name } is no longer marked an alumnus

## Help of the network's commands
help-company-add--kind = What sort of organisation: company, association, government, education, foundation
help-company-list--kind = Only organisations of this kind (association, government, education, foundation, company)
help-company-edit--kind = What sort of organisation: company, association, government, education, foundation
help-person-list--alumni = Only alumni (of a programme containing this text, when given)
help-person-left = The person left their company: the job ends (history kept); a successor takes over, or the owner is asked to find one
help-person-left--on = The last day (default: today)
help-person-left--successor = Who takes over (a person at the company, or who now works there)
help-person-left--company = The company they left, when they work at more than one
help-person-alumnus = Mark a person a former student of ours (an alumnus)
help-person-alumnus--programme = The programme they followed (empty: not an alumnus)
help-person-alumnus--year = The year they finished
help-network = The network: organisations, their members, staff roles, who opened the door (none: every organisation)
help-network--organisation = An organisation: its members and what we do with them (none: every organisation that is not a company)
help-network-join = A company becomes a member of an organisation (an association)
help-network-join--since = Member since
help-network-leave = A company's membership of an organisation ends
help-network-leave--on = The last day (default: today)
help-network-role = A staff member holds a role in an organisation ("bestuurslid")
help-network-role--title = The role as they would write it
help-network-works = A staff member also works at a company (a hybrid teacher)
help-network-works--title = Their job there
help-network-end = A staff member's role in an organisation, or work at a company, ends
help-network-end--tie = Which tie ends: role or works
help-network-introduced = Record who opened the door to a company (or with --person to a person)
help-network-introduced--company = The company introduced (or the person's company with --person)
help-network-introduced--person = A contact person of that company was introduced, not the company
help-network-introduced--by_person = Introduced by a contact person
help-network-introduced--by_staff = Introduced by a staff member
help-network-introduced--by_org = Introduced by an organisation
help-places = Places companies offer per programme and period, and how many are filled
help-places--programme = Only this programme (a crebo or the school's name; part of it will do)
help-places--period = Only this period ("blok 3", "Q2")
help-places--year = The school year (default: this one)
help-places--company = Only one company's places
help-places--open = Only where places are still open
help-places-set = Record places a company offers, or how many are filled
help-places-set--programme = The programme: a crebo or the school's own name
help-places-set--period = The period ("blok 3"; none: the whole year)
help-places-set--year = The school year (default: this one)
help-places-set--offered = Places offered
help-places-set--filled = Places filled (a count: no student names)
help-places-import = Read filled (and offered) counts from the student system's CSV: company (or kvk), programme, period, filled, offered
help-places-import--year = The school year of the counts (default: this one)
help-rest = A company asked for rest (no new asks until a day); none: who is resting
help-rest--company = The company (none: every company resting today)
help-rest--until = No new asks until this day
help-rest--reason = Why, as the company said it
help-rest--end = The rest ends today: the company may be asked again
help-asked = Another school asked a company (as the company told us): counts in the ask-load
help-asked--by = The other school, as the company named it
help-asked--on = When (default: today)
help-asked--what = What they asked for
err-rest-until-or-end = say until when (--until DATE) or that the rest ends (--end); nothing was changed
cli-col-work = WORK
cli-col-room = ROOM
cli-col-member = MEMBER
cli-col-staff = STAFF
cli-col-until = UNTIL
cli-col-reason = REASON
cli-col-offered = OFFERED
cli-col-filled = FILLED
err-already-org-member-undated = it is a member already; nothing was changed
cli-network-heading = Network:
cli-network-has-member = has { $company } as a member
cli-network-introduced-by = introduced by { $by }
cli-network-places = places { $programme }, { $period }: { $offered } offered, { $filled } filled
cli-network-asked-by = asked by { $school }
ui-resting = Resting
cli-campaign-resting-left-out = left out: { $company } asked for rest until { $until } (--include-resting to invite them anyway)
cli-campaign-resting-invited = note: { $company } asked for rest until { $until }
help-campaign-invite--include_resting = Invite companies that asked for rest too (left out otherwise)
help-campaign-invite--kind = Only organisations of this kind (association, government, …)
help-campaign-invite--open_places = Only companies with places still open this school year for this programme
help-campaign-invite--period = With --open-places: in this period
today-trainers-gone = Recognitions whose workplace trainer left ({ $count }): name a new one
today-left-on = left { $date }
today-trainers-gone-where = name a new trainer on the company's page, or: kring company recognise COMPANY --crebo N --trainer NAME
err-places-no-kvk = no company has KvK number { $kvk }
what-affiliation = affiliation
what-organisation-kind = organisation kind
what-title = title
what-programme = programme
what-school = school
what-alumnus-year = alumnus year
what-places = places
network-places-open = { $programme } { $period }: { $open } of { $offered } open
field-network = Network
company-resting = Resting until { $until }, no new asks
form-rest = Rest for { $name }
form-places = Places at { $name }
form-left = { $name } leaves { $company }
err-not-a-count = "{ $value }" is not a count
said-rest = resting until { $until }: no new asks before then
said-rest-ended = the rest ended: the company may be asked again
said-places = places saved for { $programme }
said-left = left; the owner has a follow-up to find the successor
said-left-successor = left; { $name } takes over
key-places-offered-for-a-programme-and-period-and-filled = places offered for a programme and period, and filled
key-rest-the-company-asked-for-no-new-asks-until-a-day = rest: the company asked for no new asks until a day
key-they-left-the-selected-company-a-successor-or-a-follow-up-to-find-one = they left the selected company: a successor, or a follow-up to find one
ui-rest-until = Rest until
ui-no-new-asks-before-this-day-empty-the-rest-ends = no new asks before this day; empty: the rest ends
ui-offered = Offered
ui-filled = Filled
ui-a-crebo-or-the-school-s-own-name = a crebo or the school's own name
ui-blok-3-q2-empty-the-whole-year = blok 3, Q2…; empty: the whole year
ui-places-offered-empty-as-it-was = places offered; empty: as it was
ui-places-filled-a-count-empty-as-it-was = places filled (a count); empty: as it was
ui-last-day = Last day
ui-successor = Successor
ui-who-takes-over-empty-the-owner-gets-a-follow-up-to-find-one = who takes over; empty: the owner gets a follow-up to find one
network-members = { $count ->
    [one] 1 member (kring network NAME lists it)
   *[other] { $count } members (kring network NAME lists them)
}
health-not-met = not met in 12 months: a partner in the network we no longer see
cli-log-resting = note: { $company } asked for rest until { $until }; no new asks before then
form-log-many-resting = asked for rest (no new asks): { $names }
term-metric-places-offered = places offered
term-metric-places-filled = places filled
term-offer-status-open = open
term-offer-status-matched = matched
term-offer-status-withdrawn = withdrawn
what-offer-status = offer status
err-offer-for-whom = say who the offer is for: --sector, --tag or --topic; nothing was changed
err-offer-not-open = offer #{ $id } is no longer open; nothing was changed
offer-campaign = { $title } (offer #{ $id })
offer-campaign-note = Companies invited for the school's offer #{ $id }
offer-question-note = Offered by the school (offer #{ $id })
cli-offer-added = offer #{ $id } { $title }: { $count ->
    [one] 1 company could take it
   *[other] { $count } companies could take it
} (kring offer show { $id })
cli-offer-matched = offer #{ $id } goes to { $company }: question #{ $question }
cli-offer-withdrawn = offer #{ $id } withdrawn
cli-offer-for = for { $whom } in { $year }
cli-offer-taken-by = taken by { $company } (question #{ $question })
cli-offer-candidates = Companies it could go to ({ $count }):
cli-offer-would-invite = { $count ->
    [one] would invite 1 company
   *[other] would invite { $count } companies
}
cli-offer-invited = { $count ->
    [one] invited 1 company in the campaign { $name }
   *[other] invited { $count } companies in the campaign { $name }
}
what-offer = offer

help-offer = Offers from the school looking for a company: add, list, show, invite, match, withdraw
help-offer-add = A team's offer looking for a company: say who it is for (sector, tag or topic)
help-offer-add--team = The team that offers it
help-offer-add--year = The school year (default: this one)
help-offer-add--sector = For companies in this sector
help-offer-add--tag = For companies with this tag
help-offer-add--topic = For companies with a contact person who knows this topic
help-offer-list = This school year's offers (--all: matched and withdrawn ones too)
help-offer-show = An offer and the companies it could go to
help-offer-invite = Invite the candidates through a campaign (those resting are left out and named)
help-offer-invite--dry_run = Show who would be invited; invite nobody
help-offer-match = A company takes the offer: it becomes the company's question, matched to the team
help-offer-withdraw = Nobody took it, or the team cannot after all
col-programme = PROGRAMME
col-offered = OFFERED
col-filled = FILLED
places-none = no places recorded: P on a company's page, or kring places set
places-title = Places ({ $open } open) · { $year } · p: collaborations
places-only-open = {" "}· only with room
key-places-offered-per-programme-and-period-collaborations-f-only-those-with-room = places offered per programme and period / collaborations (f: only those with room)
key-places = places
import-moved = { $person } works at { $from } in kring, at { $to } in the file: if they left, `kring person left "{ $person }" --company "{ $from }"` asks for a successor (or `kring person move`)
help-campaign-invite--alumni = Only companies where an alumnus works (of a programme containing this text, when given)
ui-a-company-or-where-you-meet-them-association-government = a company, or where you meet them: association, government…
form-network = The network of { $name }
opener-organisation = an organisation
opener-person = a contact person
opener-staff = a colleague
err-network-nothing = fill in at least one: member of, introduced by, asked by school
said-network = saved in the network
key-network-member-of-an-association-who-opened-the-door-another-school-s-ask = network: member of an association, who opened the door, another school's ask
ui-member-of = Member of
ui-introduced-by = Introduced by
ui-who-that-is = Who that is
ui-asked-by-school = Asked by school
ui-an-association-or-other-organisation-it-joined = an association or other organisation it joined
ui-who-opened-the-door-to-it = who opened the door to it
ui-another-school-asked-it-as-it-told-you = another school asked it (as it told you)
today-resting = Resting: asked for no new asks ({ $count })
today-until = until { $date }
today-resting-where = kring rest lists them; Z on a company's page sets or ends a rest
list-members-of = {" "}· members of { $organisation } (esc: all)
key-the-organisation-s-members-on-the-companies-tab = the organisation's members, on the Companies tab
help-company-list--member_of = Only current members of this organisation (an association)
offers-ask-withdraw = Withdraw offer #{ $id } "{ $title }"?
offers-none = no open offers: kring offer add TITLE --sector S (or --tag, --topic)
offers-title = Offers from the school looking for a company ({ $count }) · o: questions
col-title = TITLE
col-kind = KIND
col-candidates = COMPANIES
form-take-offer = Offer #{ $id } { $title }: which company takes it
err-offer-which-company = name the company that takes it
said-offer-taken = offer #{ $id } goes to { $company }: it is their question now
key-the-school-s-open-offers-the-questions-enter-a-company-takes-it-x-withdraw = the school's open offers / the questions (enter: a company takes it, x: withdraw)
key-offers = offers
ui-name-or-id-it-becomes-that-company-s-question = name or #id; it becomes that company's question
form-alumnus = { $name }, a former student of ours
err-not-a-year = "{ $value }" is not a year (1900–2999)
said-alumnus = marked an alumnus of { $programme }
said-not-alumnus = no longer marked an alumnus
key-a-former-student-of-ours-programme-and-year = a former student of ours: programme and year
ui-the-programme-they-followed-here-empty-not-an-alumnus = the programme they followed here; empty: not an alumnus
ui-year = Year
key-network-member-of-an-association-who-opened-the-door-another-school-s-ask-a-colleague-s-tie = network: member of an association, who opened the door, another school's ask, a colleague's tie
ui-their-tie = Their tie
ui-a-colleague-with-a-role-in-it-or-who-works-there = a colleague with a role in it, or who works there
ui-bestuurslid-docent-werkvoorbereider = bestuurslid, docent-werkvoorbereider…
form-offer = An offer from the school looking for a company
key-the-school-s-open-offers-the-questions-enter-a-company-takes-it-x-withdraw-a-a-new-offer = the school's open offers / the questions (enter: a company takes it, x: withdraw, a: a new offer)
key-a-new-offer-from-the-school-with-o = a new offer from the school (with o)
ui-for-companies-in-this-sector = for companies in this sector
ui-or-with-this-tag = or with this tag
ui-or-with-a-contact-person-who-knows-this = or with a contact person who knows this
ui-the-team-that-offers-it = the team that offers it
ui-tag = Tag
ui-topic = Topic
form-end-ties = Ties of { $name } that end
form-introduced = Who opened the door to { $name }
err-end-ties-nothing = name the organisation it left, or the colleague whose tie ended
err-introduced-by-whom-form = say who opened the door
said-ties-ended = ended; the history stays
key-a-membership-or-a-colleague-s-role-or-job-there-ends = a membership, or a colleague's role or job there, ends
key-who-opened-the-door-to-them = who opened the door to them
ui-no-longer-member-of = No longer member of
ui-the-organisation-it-left = the organisation it left
ui-whose-role-in-it-or-job-there-ended = whose role in it, or job there, ended
ui-who-opened-the-door-to-them = who opened the door to them
form-places-import = The student system's counts of places (this school year)
err-places-which-file = the CSV file to read
said-places-imported = places read from the file
key-read-places-filled-from-the-student-system-s-csv-with-p = read places filled from the student system's CSV (with p)
ui-csv-company-or-kvk-programme-period-filled-offered = CSV: company or kvk, programme, period, filled, offered
err-every = "{ $given }" is no period to come back after: 2w, 1m, 1y, 10d
err-series-ends-before = the series would end before its first follow-up; nothing was changed
err-not-a-series = follow-up #{ $id } does not come back: there is no series to stop
cli-series-stopped = the series of follow-up #{ $id } stops: none comes after the open one
cli-next-in-series = next in the series: #{ $id }, due { $date }
help-followup-add--every = It comes back: every 2w, 1m, 1y (marked done, the next one is made)
help-followup-add--until = With --every: the last day it may come back
help-followup-stop = A series of follow-ups ends: the open one stays, none comes after it
said-next-in-series = the next of the series is #{ $id }
err-merge-member = { $member } is (or was) a member of { $organisation }: merged, it would be its own member; nothing was changed
ui-hours = Hours
ui-the-company-s-where-known = the company's, where known
form-err-hours = '{ $value }' is not a number of hours
report-coaching = Coaching
report-partnerships = Partnerships
report-company-visits = Company visits
report-exam-curriculum = Exams/curriculum
report-recruitment = Recruitment
report-other = Other
report-hours = Hours
report-collaborations = Collaborations
report-sheet-ledger = Ledger
help-engagement-add--hours = The hours the company put into it, where known (the year report sums them)
help-engagement-edit--hours = The hours the company put into it, where known (the year report sums them)
help-report-year--output = Write to this file instead of standard output (a workbook needs one, or a pipe)
what-hours = hours
health-loss-recency = contact too long ago
health-loss-trend = less contact than the year before
health-loss-no-collaboration = no collaboration running
health-loss-one-way = nothing delivered
health-loss-little-value = little delivered
health-loss-staff = one colleague or none in touch
health-loss-contact-persons = one contact person or none
health-loss-overdue = follow-ups overdue
health-loss-question-waiting = a question waiting
health-loss-not-met = not met this year
cli-health-kept = kept the health of { $count } { $count ->
    [one] company
   *[other] companies
} for { $month }
help-health--snapshot = Keep this month's score of every company (health's memory; once a month from cron)
cli-show-health-trend = Trend { $line }  was { $then } in { $month }, { $now } now
cli-show-health-new = since then: { $reasons }
cli-show-health-mended = mended since: { $reasons }
company-health-was = { $then } in { $month }
mreport-title = Relationships with companies, school year { $year }
mreport-whole-school = the whole school
mreport-team = team { $team }
mreport-programme = programme { $programme }
mreport-made-on = made on { $date }
mreport-relationships = relationships
mreport-won = won this year
mreport-lost = lost
mreport-at-risk = at risk
mreport-single-points = hang on one person
mreport-form = Form
mreport-change = Change
mreport-archived = archived
mreport-won-heading = Won: a first collaboration this year ({ $count })
mreport-lost-heading = Lost: archived this year, or in contact last year and not since ({ $count })
mreport-last-contact = Last contact
mreport-at-risk-heading = At risk or dormant now ({ $count }); those that collaborated in the last two years
mreport-score = Score
mreport-single-heading = Hanging on one colleague or one contact ({ $count }); those that collaborate this year
mreport-asked-heading = Asked most this school year
mreport-contacts = Contacts
mreport-teams = Teams
mreport-questions-heading = Questions against capacity
mreport-team-column = Team
mreport-period = Period
mreport-questions = Questions
mreport-capacity = Capacity
mreport-short = Short
mreport-no-team = no team
mreport-places-heading = Places this school year
mreport-programme-column = Programme
mreport-offered = Offered
mreport-filled = Filled
mreport-forms-heading = Collaborations per form, against the two years before
mreport-health-heading = Health now
mreport-average-by-month = average score per month
mreport-no-goals = No goals for this school year.
mreport-none = None.
mreport-no-history = Health is kept once a month; the trend shows from the second month on.
cli-the-management-report = the management report
sheet-title = What we did together: { $company }
sheet-year = School year { $year }
sheet-students = { $count ->
    [one] 1 student
   *[other] { $count } students
}
sheet-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
sheet-circle-meeting = circle meeting
sheet-event = event
sheet-internships = Internships ({ $students ->
    [one] 1 student
   *[other] { $students } students
})
sheet-lectures = Guest lectures
sheet-assignments = Practice assignments
sheet-other = Other collaboration
sheet-events = Meetings and events
sheet-their-people = Your people
sheet-our-people = Our people
sheet-hours-given = Your people gave our students { $count } hours this year.
sheet-thanks = Thank you for the time and attention { $company } gave our students.
sheet-nothing-yet = Nothing recorded for this school year yet.
cli-the-sheet = the sheet
help-report-management = For the director: relationships won, lost and at risk, collaborations against two years before, goals, load, places, with charts
help-report-management--year = The school year: 2025-2026 (default: this one)
help-report-management--team = Only the companies a team's members own
help-report-management--programme = Only a programme's collaborations and places
help-report-management--output = Write to this file instead of standard output
help-report-company = "What we did together": a one-page sheet for the company itself, with nothing internal on it
help-report-company--company = The company (name, part of it, or #id)
help-report-company--year = The school year: 2025-2026 (default: this one)
help-report-company--output = Write to this file instead of standard output
file-sheet = what-we-did-together
form-export-sheet = Write the company's sheet: what we did together
file-management-report = management-report
form-export-management-report = Write the management report
key-write-the-management-report-of-this-school-year-html-with-charts = write the management report of this school year (HTML, with charts)
key-write-the-company-s-sheet-what-we-did-together-this-school-year-html = write the company's sheet, what we did together this school year (HTML)
key-report = report
dossier-collaborations = Collaborations going on
dossier-questions = Open questions
dossier-circles = Business circles
dossier-replies = Answers to campaigns
dossier-reply-attended = came
dossier-reply-none = no reply
review-people = { $count ->
    [one] 1 contact person
   *[other] { $count } contact persons
} without contact or collaboration for { $years } years (nothing since { $since }):
review-prospects = { $count ->
    [one] 1 prospect
   *[other] { $count } prospects
} never worked with and not contacted for { $years } years:
review-email = e-mail
review-phone = phone
review-contacts = { $count ->
    [one] named in 1 contact
   *[other] named in { $count } contacts
}
review-topics = { $count ->
    [one] 1 topic
   *[other] { $count } topics
}
review-people-there = { $count ->
    [one] 1 contact person
   *[other] { $count } contact persons
}
review-how-to-erase = `kring privacy review --erase` erases these people and archives these prospects, after asking
review-nothing = nobody to review: everyone kring holds had contact or a collaboration in the last { $years ->
    [one] year
   *[other] { $years } years
}
review-confirm = Erase { $people } { $people ->
    [one] person
   *[other] people
} and archive { $prospects } { $prospects ->
    [one] prospect
   *[other] prospects
}? Erasing cannot be undone.
review-not-erased = nothing erased (pass --yes to erase without asking)
review-done = erased { $people } { $people ->
    [one] person
   *[other] people
}; archived { $prospects } { $prospects ->
    [one] prospect
   *[other] prospects
}
help-privacy = The AVG's storage limitation: who kring holds without a reason left
help-privacy-review = Contact persons and prospects with no contact and no collaboration for years, and what kring holds on each
help-privacy-review--years = How many years without contact (default: retention_years in the config file, else 2)
help-privacy-review--erase = Erase the people listed and archive the prospects listed, after a confirmation
help-privacy-review--yes = Do not ask first (for --erase)
what-retention-years = retention_years
what-years = years
err-attach-empty = a document needs a path or a URL
err-attach-no-file = no file at { $path }: attach a file that exists, or a URL
err-attach-target = '{ $given }' names nothing to attach to: use a company's name, or person:NAME, collaboration:ID, recognition:ID, meeting:ID
cli-attached = linked #{ $id }: { $location }
cli-detached = link #{ $id } removed ({ $location } itself is untouched)
cli-no-attachments = no documents linked
cli-attachment-missing = missing
cli-show-documents = Documents:
dossier-documents = Documents
help-attach = Link a document (a path or URL) to a company, person, collaboration, recognition or meeting
help-attach--target = What it belongs to: a company's name, or person:NAME, collaboration:ID, recognition:ID, meeting:ID
help-attach--location = A file's path (kept as an absolute path; it must exist) or a URL
help-attach--note = What it is: "getekende stageovereenkomst 2026"
help-attachments = The documents linked to a company (its collaborations' and recognitions' too), person, …
help-attachments--target = Whose links: a company's name (its collaborations' and recognitions' too), or person:NAME, collaboration:ID, recognition:ID, meeting:ID
help-detach = Remove a document's link (the file itself is not touched)
help-detach--id = The link's id (`kring attachments` lists them); the file stays where it is
what-attachment = attachment
what-collaboration = collaboration
what-recognition = recognition
field-documents = Documents
company-documents = { $count } ({ $first }{ $count ->
    [one] {""}
   *[other] , …
}){ $missing ->
    [0] {""}
   *[other] , { $missing } missing
} — o opens
said-opened = opened { $location }
form-open-document = Open a linked document
err-document-gone = the file { $path } is gone: link where it is now with `kring attach`
err-no-opener = cannot start { $opener }: { $error } (set KRING_OPENER to the program that opens documents)
key-open-a-linked-document-agreement-letter-minutes = open a linked document (agreement, letter, minutes)
ui-document = Document
ui-enter-opens-it = ←/→; enter opens it
cli-view-saved = view '{ $name }' kept: kring { $command }
cli-view-deleted = view '{ $name }' forgotten
err-view-exists = a view '{ $name }' exists: add --replace to replace it
err-view-not-a-listing = a view keeps a listing only (company list, person list, followup list, engagement list, question list, health, today, search, goals, experts), without --db or --demo: not 'kring { $command }'
what-view = view
what-view-name = view name
help-person-list--role = Only people in this role at their current job: workplace_trainer (praktijkopleider), owner, hr, expert, other
help-person-list--topic = Only people with a topic containing this text
help-person-list--tag = Only people working now at a company with this tag
help-person-list--do_not_contact = Only those who asked not to be contacted
help-person-list--no_contact_since = Only people not named in any contact since this day (2026-08-01, -1y)
help-view = Saved views: a listing kept by name and run again (kring view save NAME -- person list …)
help-view--name = The view to run
help-view--extra = More flags for this run (`--json`, `--limit 10`)
help-view-save = Keep a listing by name: kring view save NAME -- person list --role praktijkopleider
help-view-save--replace = Replace a view of that name
help-view-save--command = The listing, as typed after `kring`
help-view-list = The views kept, with what each runs
help-view-delete = Forget a view
cli-campaign-copied = campaign #{ $id } { $name }: { $count ->
    [one] 1 company
   *[other] { $count } companies
} invited afresh
help-campaign-copy = Make a campaign again from an earlier one (last year's stagefestival): the same companies invited afresh
help-campaign-copy--from = The campaign to copy
help-campaign-copy--name = The new campaign's name
help-campaign-copy--on = When the new one takes place
help-campaign-copy--at = Where (default: where the old one was)
help-campaign-copy--include_resting = Invite companies that asked for rest too (left out otherwise)
cli-meetings-planned = planned { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
} from { $first } to { $last }
err-series-too-long = a series of more than { $max } meetings: give an earlier --until; nothing was planned
err-meetings-end-before = the series would end before its first meeting; nothing was planned
help-meeting-add--every = Plan a series: every 1w, 2w, 1m… (the fortnightly project team)
help-meeting-add--until = The series' last day (default: the end of the school year)
file-ledger = school-year-ledger
form-export-ledger = Write this school year's ledger (Excel workbook)
key-write-this-school-year-s-ledger-every-form-of-collaboration-per-company-excel = write this school year's ledger: every form of collaboration per company (Excel)
key-ledger = ledger
said-archived = archived { $name } (its history stays; u takes it back)
said-unarchived = { $name } is back from the archive
company-ask-archive = Archive { $name }? Its history stays; it leaves the lists, Today and health.
key-archive-the-company-its-history-kept-asks-first-u-takes-it-back = archive the company, its history kept (asks first; u takes it back)
said-erased = erased { $name }: the record, its links and every mention
person-ask-erase = Erase { $name } and every trace of them? This cannot be undone.
file-person = person
form-export-person = Write everything kring holds about them (JSON)
key-write-everything-kring-holds-about-them-json-for-a-request-of-access = write everything kring holds about them (JSON), for a request of access
key-erase-them-for-good-gdpr-avg-asks-first-cannot-be-taken-back = erase them for good (GDPR/AVG): asks first, cannot be taken back
form-add-staff = A new colleague
form-err-name = a name is needed
said-staff-added = { $name } added to the staff
key-add-a-colleague-name-e-mail-role-login = add a colleague: name, e-mail, role, login
ui-where-reminders-go = where reminders go
ui-on-a-team-database-their-postgresql-login = on a team database: their PostgreSQL login
ui-login = Login
key-add = add
form-move = { $name } moved to another company
said-moved = moved to { $company }
key-moved-to-another-company-the-job-here-ends-one-there-begins = moved to another company: the job here ends, one there begins
ui-new-company = New company
form-add-goal = A goal of school year { $year } for the school
said-goal-added = goal added: { $target } { $what }
key-add-a-goal-of-this-school-year-for-the-school-what-is-counted-the-target = add a goal of this school year for the school: what is counted, the target
form-err-number = '{ $value }' is not a whole number
ui-target = Target
ui-counts = Counts
ui-at-most = At most
ui-empty-no-upper-bound = empty: no upper bound
ui-empty-every-company = empty: every company
err-document-not-openable = '{ $location }' is neither a path from the root (/…) nor a web address: not opened

## Bulk changes (kring bulk; the companies screen's B)
what-owner = owner
bulk-left-out-owner = owned by { $owner }: only they or an admin may give it to someone else (left out)
err-bulk-nothing = say what to change: --add-tag, --remove-tag, --set-status, --set-owner or --set-cadence; nothing was changed
err-bulk-empty-tag = a tag cannot be empty; nothing was changed
err-bulk-unknown = there is no bulk change #{ $id } (kring bulk list shows them)
err-bulk-undone = bulk change #{ $id } was undone already ({ $at }); nothing was changed
err-bulk-not-yours = only the colleague who made bulk change #{ $id } or an admin may undo it; nothing was changed
err-bulk-none = you have no bulk change to undo (kring bulk list shows them all)
bulk-undo-refused = { $who } changed its { $field } to '{ $value }' since: left as they left it
err-filter-key = '{ $word }' is not a filter word: use { $known } (tag:techniek), or text without a colon
err-filter-yes-no = '{ $word }': say yes or no
err-filter-empty = say which companies: words such as tag:techniek status:active, or * for every company
bulk-confirm = Change { $companies } { $companies ->
    [one] company
   *[other] companies
}?
bulk-not-changed = not changed (answer yes, or add --yes when not run in a terminal)
bulk-would = would change { $changed } { $changed ->
    [one] company
   *[other] companies
}; { $unchanged } already as asked, { $left } left out
bulk-done = bulk change #{ $id }: changed { $changed } { $changed ->
    [one] company
   *[other] companies
}; { $unchanged } already as asked, { $left } left out (kring bulk undo takes it back)
bulk-nothing-changed = nothing to change: every company is already as asked
bulk-cadence-default = the status's default
bulk-undone = bulk change #{ $id } undone: { $restored } { $restored ->
    [one] company
   *[other] companies
} as before, { $refused } changed by a colleague since and left as they are
help-bulk = Change many companies at once: tags, status, owner, cadence (shown first; one undo)
help-bulk--companies = Which companies: words such as "tag:techniek status:active city:Utrecht owner:Jan" and text found in a name, city or tag; "*" for every company
help-bulk--add_tag = Add this tag (repeatable)
help-bulk--remove_tag = Remove this tag (repeatable)
help-bulk--set_status = Set the status
help-bulk--set_owner = Give the companies to this colleague (on a team database, a colleague's companies only by an admin)
help-bulk--set_cadence = Set the contact cadence in days (0 = the default of the status)
help-bulk--dry_run = Show what would change; change nothing
help-bulk--yes = Change without asking (needed when not run in a terminal)
help-bulk-undo = Take a bulk change back: your last one, or the one with this number
help-bulk-list = The bulk changes made, newest first
cli-col-made = MADE
cli-col-made-by = MADE BY
cli-col-undone = UNDONE
key-change-the-marked-companies-at-once-tags-status-owner-cadence-shown-first-u-undoes = change the marked companies at once: tags, status, owner, cadence (shown first; u undoes)
key-bulk = bulk
ui-add-tags = Add tags
ui-remove-tags = Remove tags
ui-unchanged = (unchanged)
ui-comma-separated-stagebedrijf-horeca = comma-separated: stagebedrijf, horeca
ui-comma-separated = comma-separated
ui-days-empty-unchanged-0-the-status-default = days; empty: unchanged; 0: the status default
form-bulk = Change { $companies } { $companies ->
    [one] company
   *[other] companies
} at once
form-err-bulk-nothing = say what to change: a tag, the status, the owner or the cadence
said-mark-first = mark the companies first: space marks one, * every listed one
said-bulk = bulk change #{ $id }: { $companies } { $companies ->
    [one] company
   *[other] companies
} changed (u takes it back)
said-bulk-undone = bulk change #{ $id } undone: { $restored } { $restored ->
    [one] company
   *[other] companies
} as before
said-bulk-undone-but = bulk change #{ $id } undone for { $restored }; left as a colleague changed them: { $refused }
ask-bulk = Change { $companies } { $companies ->
    [one] company
   *[other] companies
}? ({ $unchanged } already as asked, { $left } left out)
ask-bulk-more = … and { $more } more
term-mailing-basis-consent = consent
term-mailing-basis-legitimate-interest = legitimate interest
cli-person-mailing = Mailing
basis-consent = consent, given { $on }
basis-other = { $basis } (recorded { $on })
basis-none = no basis recorded
err-consent-future = consent on { $day } is in the future: give the day it was given
help-person-add--mailing_basis = The basis for mailing them (AVG): consent, legitimate-interest, or none
help-person-add--consent_on = The day they gave their consent (default: today)
help-person-edit--mailing_basis = The basis for mailing them (AVG): consent, legitimate-interest, or none
help-person-edit--consent_on = The day they gave their consent (default: today)
what-mailing-basis = mailing basis
csv-mailing-basis = Mailing basis
cli-campaign-without-basis = { $count } { $count ->
    [one] person
   *[other] people
} without a recorded basis for mailing left out: their company's general address instead (kring person edit NAME --mailing-basis …)
help-campaign-export--basis_only = A person without a recorded basis for mailing (AVG) is left out: their company's general address instead
help-export-contacts--basis_only = Only people with a recorded basis for mailing them (AVG: consent or legitimate interest)
help-person-list--without_basis = Only people with no recorded basis for mailing them (AVG): whom to ask
ui-mailing-basis = Mailing basis
ui-avg-consent-or-the-school-s-legitimate-interest = AVG: consent, or the school's legitimate interest
ui-the-day-consent-was-given-empty-today = the day consent was given; empty: today

## Campaigns in the TUI
key-a-new-campaign-an-event-or-an-invitation-round = a new campaign: an event or an invitation round
key-new = new
key-invite-companies-by-filter-tag-horeca-city-edam-asks-first = invite companies by filter (tag:horeca city:Edam …; asks first)
key-invite = invite
key-the-selected-company-said-yes = the selected company said yes
key-the-selected-company-said-no = the selected company said no
key-the-selected-company-said-maybe = the selected company said maybe
key-the-selected-company-came-logged-at-it-as-an-event = the selected company came (logged at it as an event)
key-came = came
key-the-mail-merge-list-of-the-campaign-csv = the mail-merge list of the campaign (CSV)
key-copy-the-campaign-the-same-companies-invited-afresh = copy the campaign: the same companies invited afresh
key-campaigns-invited-companies = campaigns / invited companies
key-campaigns-events-and-invitation-rounds-replies-who-came = campaigns: events and invitation rounds, replies, who came
key-campaigns = campaigns
ui-companies = Companies
ui-tag-horeca-city-edam-status-active-words-in-a-name-every-company = tag:horeca city:Edam status:active, words in a name; * every company
ui-stagefestival-2027 = Stagefestival 2027
campaigns-page = Campaigns
campaigns-title = Campaigns ({ $count })
campaign-none = no campaigns yet: a makes one
campaign-no-invitee = nobody invited to this campaign yet: i invites companies
campaign-counts = · { $invited } invited, { $yes } yes, { $came } came
campaign-nobody-invited = nobody invited yet: i invites companies by filter
campaign-no-reply = no reply
campaign-came = came
campaign-invitees = { $name } · { $no_reply } without a reply
form-new-campaign = A new campaign
form-copy-campaign = { $name } again: its companies invited afresh
form-invite = Invite companies to { $name }
said-invited = invited { $count } { $count ->
    [one] company
   *[other] companies
}
said-replied = { $company }: { $reply }
said-came = { $company } came: interaction #{ $id } logged
said-campaign-copied = { $name } made: its companies invited afresh
said-invite-nobody = nobody new to invite ({ $already } invited already)
ask-invite = Invite { $count } { $count ->
    [one] company
   *[other] companies
} to { $campaign }? ({ $already } invited already, { $resting } resting left out)
file-mail-merge = mail-merge
form-export-mail-merge = The mail-merge list (CSV for Excel)
key-link-a-document-a-path-or-web-address-never-copied = link a document: a path or web address (never copied)
key-a-question-the-company-brings-an-assignment-research-a-guest-lecture = a question the company brings: an assignment, research, a guest lecture…
key-decline-the-question-the-reason-for-the-company-or-record-it-withdrawn-with-o-withdraw-the-offer = decline the question (the reason for the company) or record it withdrawn; with o: withdraw the offer
key-link-a-document-to-them-a-path-or-web-address-never-copied = link a document to them: a path or web address (never copied)
ui-a-path-srv-stage-contract-pdf-or-https = a path (/srv/stage/contract.pdf, ~/…) or https://…
ui-what-it-is-signed-agreement-2026 = what it is: signed agreement 2026
ui-question = Question
ui-what-they-ask-in-a-line = what they ask, in a line
ui-asked-by = Asked by
ui-blok-3-semester-2 = blok 3, semester 2
ui-what-the-company-hears-no-team-free-in-blok-3 = what the company hears: no team free in blok 3
form-attach = Link a document to { $name }
form-question = A question { $company } brings
form-close-question = Close: { $title }
form-err-decline-reason = say why: the company hears the reason
said-attached = linked { $location }
said-question-added = question #{ $id } recorded: { $title }

## Cadence per tag or kind (kring cadence)
help-cadence = Cadence per tag or kind of organisation: how often to speak to a group (below a company's own)
help-cadence-list = The tags and kinds with a cadence, and how many companies follow each
help-cadence-tag = A tag's cadence: DAYS, or none
help-cadence-tag--days = Days between contacts, or none
help-cadence-kind = A kind of organisation's cadence (association, government, …): DAYS, or none
help-cadence-kind--days = Days between contacts, or none
cadence-from-tag = tag { $tag }
cadence-from-kind = kind { $kind }
err-cadence-days = '{ $given }' is not a number of days: give one (42), or none
cli-cadence-set = { $group }: every { $days } days ({ $companies } { $companies ->
    [one] company
   *[other] companies
}; a company's own cadence still wins)
cli-cadence-cleared = { $group }: no cadence of its own any more ({ $companies } { $companies ->
    [one] company
   *[other] companies
})
cli-cadence-none = no tag or kind has a cadence: kring cadence tag TAG DAYS, kring cadence kind KIND DAYS
cli-col-group = GROUP
cli-col-every = EVERY
cli-show-cadence-group = every { $days } days ({ $group })
what-tag = tag
ui-comes-back = Comes back
ui-empty-once-2w-1m-1y = empty: once; 2w, 1m, 1y
ui-empty-for-good = empty: for good
form-err-series-needs-date = a follow-up that comes back needs its first day
form-err-series-one-company = a series is made at one company at a time
ui-until = Until
ui-empty-once-1w-2w-1m = empty: once; 1w, 2w, 1m
ui-empty-the-end-of-the-school-year = empty: the end of the school year
today-views = Saved views
key-saved-views-choose-one-to-list = saved views: choose one to list
key-keep-this-filter-as-a-saved-view-for-the-team = keep this filter as a saved view (for the team)
ui-view = View
ui-what-the-team-will-call-it = what the team will call it
ui-enter-lists-it = ←/→; enter lists it
form-save-view = Keep this list as a saved view
form-choose-view = A saved view
said-view-applied = view { $name }
err-view-not-a-list = view '{ $name }' runs kring { $command }: not a company or person list, so it runs on the command line only (kring view NAME)
err-no-views = no saved view lists these yet: S keeps the filter shown as one
key-add-a-goal-of-this-school-year-for-the-school-a-team-or-yourself-what-is-counted-the-target = add a goal of this school year for the school, a team or yourself: what is counted, the target
key-change-the-selected-goal-s-target-upper-bound-or-note = change the selected goal's target, upper bound or note
key-remove-the-selected-goal-asks-first = remove the selected goal (asks first)
key-cadence-of-a-tag-or-kind-how-often-to-speak-to-the-group-below-a-company-s-own = cadence of a tag or kind: how often to speak to the group (below a company's own)
key-who-can-speak-or-advise-on-a-topic = who can speak or advise on a topic
ui-group = Group
ui-tag-stagebedrijf-or-kind-association = tag:stagebedrijf or kind:association
ui-every = Every
ui-days-empty-no-cadence-of-its-own = days; empty: no cadence of its own
ui-part-of-it-will-do-duurzaam-ai = part of it will do: duurzaam, AI
goal-for-school = the school
goal-for-me = me
form-edit-goal = Goal: { $what } — { $whose }
said-goal-edited = goal changed: target { $target }
said-goal-removed = goal removed: { $what }
goal-ask-remove = Remove the goal { $what }?
form-cadence = Cadence of a tag or kind
form-err-cadence-group = '{ $given }': say tag:NAME or kind:association (government, education, foundation, company)
said-cadence-set = { $group }: every { $days } days
said-cadence-cleared = { $group }: no cadence of its own
form-experts = Who can speak on a topic
form-err-topic = say the topic
experts-on = people who can speak on { $topic }
key-the-retention-review-avg-who-kring-holds-without-a-reason-left-erases-them-after-asking = the retention review (AVG): who kring holds without a reason left; erases them after asking
key-write-a-backup-copy-of-the-database-a-team-database-its-json-export = write a backup copy of the database (a team database: its JSON export)
form-backup = A backup copy of the whole database
document-open = open it
document-detach = remove the link
said-detached = link to { $location } removed (the file stays)
ui-then = Then
ui-remove-the-link-only-the-file-stays-where-it-is = remove the link only: the file stays where it is
err-handover-undo-late = a handover is taken back within { $minutes } minutes; it is older: move what must go back by hand (the history shows what moved)
what-follow-up-id = follow-up #{ $id }
said-handover-undone = handover taken back: { $companies } { $companies ->
    [one] company
   *[other] companies
} and { $followups } { $followups ->
    [one] follow-up
   *[other] follow-ups
} back with { $name }
said-handover-undone-kept = ; left as a colleague changed them since: { $kept }
said-handover-undone-login = ; the login { $login } stays disabled: IT enables it again (ALTER ROLE { $login } LOGIN;)
key-a-new-team-a-programme-the-internship-office = a new team: a programme, the internship office
key-what-a-team-can-take-on-in-a-period-assignments-and-students = what a team can take on in a period: assignments and students
ui-bouwkunde-stagebureau = Bouwkunde, Stagebureau
ui-assignments = Assignments
form-new-team = A new team
form-capacity = What a team can take on in { $year }
said-capacity = { $period }: { $assignments } assignments, { $students } students
err-no-teams = no teams yet: N on Staff adds one
key-read-mail-or-a-calendar-for-contacts-that-already-happened-a-file-a-folder-a-calendar-s-link = read mail or a calendar for contacts that already happened (a file, a folder, a calendar's link)
key-read = read
ui-read = Read
ui-an-eml-msg-file-a-folder-an-mbox-or-maildir-an-ics-or-https-calendar = an .eml/.msg file, a folder, an mbox or Maildir; an .ics or https:// calendar
ui-empty-everything-in-it = empty: everything in it
form-read-source = Read mail or a calendar
form-err-imap-cli = a mail server needs a password: use kring capture mail imaps://… (docs/capture.md)
said-read-source = { $count } new { $count ->
    [one] contact
   *[other] contacts
} to log in the inbox
key-change-the-question-title-kind-who-asked-students-when-team-note = change the question: title, kind, who asked, students, when, team, note
form-edit-question = Question #{ $id } of { $company }
said-question-saved = question #{ $id } saved
key-the-selected-colleague-s-login-and-e-mail-address-an-admin-s = the selected colleague's login and e-mail address (an admin's)
key-write-the-selected-colleague-s-handover-dossier-again-left-or-not = write the selected colleague's handover dossier again (left or not)
key-end-the-series-of-the-selected-follow-up-it-stays-none-comes-after-it = end the series of the selected follow-up (it stays; none comes after it)
ui-the-account-they-work-under-empty-none = the account they work under; empty: none
form-account = { $name }: login and e-mail
said-account-saved = saved
said-series-stopped = the series of follow-up #{ $id } ends: it stays, none comes after it
said-not-a-series = this follow-up comes once: there is no series to end
file-dossier = dossier
form-dossier = The handover dossier (Markdown)
key-with-o-invite-the-selected-offer-s-candidates-through-a-campaign-asks-first = with o: invite the selected offer's candidates through a campaign (asks first)
said-offer-invited = invited { $count } { $count ->
    [one] company
   *[other] companies
} through the offer's campaign (C on Circles shows it)
ask-offer-invite = Invite { $count } { $count ->
    [one] company
   *[other] companies
} to take { $title }, through a campaign? ({ $resting } resting left out)
backup-as-file = a copy of the file (kring restore reads it)
backup-as-json = JSON: the whole database (kring import all reads it)
ui-as = As
