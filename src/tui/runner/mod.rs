//! The one place the TUI meets the store: it carries out the effects that
//! `App::update` returns and feeds each answer back as a message, until
//! nothing is left to do. Reads, writes and form data all go through here,
//! so no screen (and not the app) runs a query.

mod bulk;
mod export;
mod handover_undo;
use handover_undo::save as handover_save;
mod lists;
mod records;
mod undo;
mod views;
pub mod worker;

use super::app::App;
use super::effect::{Change, Effect, FormFor, ListOf, Loaded, MergeOrder, Msg, Preview, Want};
use super::forms;
use super::tab::Tab;
use super::theme::Theme;
use crate::domain::kinds::QuestionStatus;
use crate::model::circles::Attendee;
use crate::model::followups::FollowupFilter;
use crate::model::handover::Scope;
use crate::model::health::HealthFilter;
use crate::model::Id;
use crate::store::Store;
use crate::usecases::company_page::{company_page, Reading};
use crate::usecases::handover;
use crate::usecases::import::{self, Placing};
use crate::Result;
use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use std::collections::VecDeque;

/// Interactions read at a time on the company screen.
pub const TIMELINE_PAGE: u32 = 200;
/// Names offered when a search finds nothing.
const NEAR_NAMES: usize = 5;

impl App {
    /// The app on the Today screen, as the database stands.
    pub fn new(store: &Store, theme: Theme) -> Result<App> {
        let mut app = App::empty(theme, store.today(), store.actor());
        app.seen_version = store.data_version()?;
        for tab in [Tab::Today, Tab::Followups, Tab::Circles] {
            let want = Want::List(app.tabs.query(tab, app.at()));
            // These lists ask for nothing further.
            let more = app.update(Msg::Loaded(load(store, want, app.collision_days)?));
            debug_assert!(more.is_empty());
        }
        Ok(app)
    }

    /// Handle one key. Errors become a message in the status bar, never a crash.
    pub fn on_key(&mut self, store: &mut Store, key: KeyEvent) {
        drain(self, store, VecDeque::from([Msg::Key(key)]));
    }

    /// Reload what is on screen when another process (a CLI in another
    /// terminal, a colleague's kring) changed the database. Called when the
    /// keyboard is idle; returns whether anything was reloaded. Not while a
    /// form or dialog is open, so nothing typed is disturbed.
    pub fn sync(&mut self, store: &mut Store) -> bool {
        let Ok(version) = store.data_version() else {
            return false;
        };
        if version == self.seen_version || self.overlay.is_some() {
            return false;
        }
        self.seen_version = version;
        drain(self, store, VecDeque::from([Msg::DataChanged]));
        true
    }

    /// Called when the keyboard is idle: what waits for a pause in typing
    /// (the names near a search that found nothing). Returns whether
    /// anything was read.
    pub fn idle(&mut self, store: &mut Store) -> bool {
        // Every company's health, computed aside while nothing is typed.
        warm_health_scores(store);
        let Some(want) = self.wanted_when_idle() else {
            return false;
        };
        let msg = load(store, want, self.collision_days).map_or_else(Msg::Failed, Msg::Loaded);
        drain(self, store, VecDeque::from([msg]));
        true
    }

    /// Called when the keyboard is idle with the date on the wall: past
    /// midnight, "today" moves on and every list is read again (what was due
    /// tomorrow is due today). Returns whether the day changed.
    pub fn new_day(&mut self, store: &mut Store, day: NaiveDate) -> bool {
        if !store.advance_to(day) {
            return false;
        }
        drain(self, store, VecDeque::from([Msg::NewDay(day)]));
        true
    }
}

/// Every company's health computed on a thread of its own while kring waits
/// for a key (kept by the store until anything changes).
fn warm_health_scores(store: &Store) {
    if let Some(warm_up) = store.health_warm_up() {
        std::thread::spawn(move || warm_up.run());
    }
}

/// Update with each message, run what it asks for, and go on with the answers.
fn drain(app: &mut App, store: &mut Store, mut queue: VecDeque<Msg>) {
    while let Some(msg) = queue.pop_front() {
        for effect in app.update(msg) {
            queue.push_back(run(store, effect, app.collision_days));
        }
    }
    // The data version is not read here: it moves only for other
    // processes' commits (SQLite's data_version, the server's notifications
    // from other sessions), and one that landed while a key was handled is
    // news for `sync`, not something seen.
}

/// Carry out one effect; `collision_days`: how far back another team's
/// contact with a company is news (the config's `collision_days`).
pub fn run(store: &mut Store, effect: Effect, collision_days: u32) -> Msg {
    match effect {
        // A preview runs through a transaction it rolls back: it needs the
        // store as a writer. What is wrong is said where the change was
        // asked for (the form that named the file, say).
        Effect::Preview(change) => match preview(store, change) {
            Ok((change, preview)) => Msg::Previewed(change, Box::new(preview)),
            Err(error) => Msg::Refused(error),
        },
        Effect::Load(want) => load(store, want, collision_days).map_or_else(Msg::Failed, Msg::Loaded),
        Effect::OpenForm(what) => form(store, what, collision_days).map_or_else(Msg::Failed, |(form, purpose)| {
            Msg::Loaded(Loaded::Form(Box::new(form), purpose))
        }),
        Effect::Save(mut change) => match save_with_undo(store, &mut change) {
            Ok((made, undo)) => Msg::Saved {
                change,
                made,
                undo: undo.map(Box::new),
            },
            Err(error) => Msg::Refused(error),
        },
    }
}

/// Try a change in a transaction rolled back: what it would do. An import
/// reads its file here (kept in the change, so the rows saved are the rows
/// shown).
fn preview(store: &mut Store, mut change: Change) -> Result<(Change, Preview)> {
    if let Some(preview) = records::preview(store, &mut change)? {
        return Ok((change, preview));
    }
    let preview = match &change {
        Change::Handover(order) => Preview::Handover(store.handover(order.leaver, order.to, &Scope::All, true)?),
        Change::Import(order) => {
            let mut order = (**order).clone();
            let read = import::read(&order.file)?;
            let report = import::import(store, &order.file.path, &read, &placing(store), true, true)?;
            order.read = Some(read);
            return Ok((Change::Import(Box::new(order)), Preview::Import(report)));
        }
        Change::Merge(order) => {
            let (report, fields) = merge_plan(store, order)?;
            Preview::Merge(report, fields)
        }
        Change::AddCompany(new) => Preview::Likely(store.likely_same_company(new)?),
        Change::AddPerson(new) => Preview::Likely(store.likely_same_person(new)?),
        Change::Bulk(order) => Preview::Bulk(store.plan_bulk_change(&order.companies, &order.change)?),
        _ => Preview::Likely(Vec::new()),
    };
    Ok((change, preview))
}

/// A merge tried and rolled back, and both records' fields side by side.
type MergePlan = (crate::model::merge::MergeReport, Vec<(String, String, String)>);

fn merge_plan(store: &mut Store, order: &MergeOrder) -> Result<MergePlan> {
    let report = merge(store, order, true)?;
    let opt = |v: Option<String>| v.unwrap_or_default();
    let fields = match order.entity {
        "person" => {
            let (a, b) = (store.person(order.keep)?, store.person(order.gone)?);
            let job =
                |p: &crate::model::people::Person| p.employments.iter().find(|e| e.current).map(|e| e.company.clone());
            vec![
                (crate::l10n::phrase("Name").into_owned(), a.name.clone(), b.name.clone()),
                (
                    crate::l10n::phrase("E-mail").into_owned(),
                    opt(a.email.clone()),
                    opt(b.email.clone()),
                ),
                (
                    crate::l10n::phrase("Phone").into_owned(),
                    opt(a.phone.clone()),
                    opt(b.phone.clone()),
                ),
                (crate::l10n::phrase("Company").into_owned(), opt(job(&a)), opt(job(&b))),
            ]
        }
        _ => {
            let (a, b) = (store.company(order.keep)?, store.company(order.gone)?);
            vec![
                (crate::l10n::phrase("Name").into_owned(), a.name, b.name),
                (crate::l10n::phrase("City").into_owned(), opt(a.city), opt(b.city)),
                (crate::l10n::phrase("KvK").into_owned(), opt(a.kvk), opt(b.kvk)),
                (
                    crate::l10n::phrase("Website").into_owned(),
                    opt(a.website),
                    opt(b.website),
                ),
                (crate::l10n::phrase("E-mail").into_owned(), opt(a.email), opt(b.email)),
                (crate::l10n::phrase("Owner").into_owned(), opt(a.owner), opt(b.owner)),
                (
                    crate::l10n::phrase("Status").into_owned(),
                    a.status.display_label(),
                    b.status.display_label(),
                ),
            ]
        }
    };
    Ok((report, fields))
}

/// Fold one record into the other (or try it, rolled back).
fn merge(store: &mut Store, order: &MergeOrder, dry_run: bool) -> Result<crate::model::merge::MergeReport> {
    match order.entity {
        "person" => store.merge_people(order.keep, order.gone, dry_run),
        _ => store.merge_companies(order.keep, order.gone, &Default::default(), dry_run),
    }
}

/// What the terminal UI's imports create is mine.
fn placing(store: &Store) -> Placing {
    Placing {
        owner: store.actor(),
        ..Placing::default()
    }
}

pub fn load(store: &Store, want: Want, collision_days: u32) -> Result<Loaded> {
    Ok(match want {
        Want::Circle { id, open } => Loaded::Circle {
            id,
            name: store.circle_name(id)?,
            members: store.members(id)?,
            meetings: store.meetings(Some(id))?,
            open,
        },
        Want::Meeting { id, open } => Loaded::Meeting {
            meeting: store.meeting(id)?,
            invitees: store.invitees(id)?,
            actions: store.list_followups(&FollowupFilter {
                meeting: Some(id),
                include_done: true,
                ..Default::default()
            })?,
            open,
        },
        Want::Company { id, open, history } => Loaded::Company {
            page: Box::new(company_page(
                store,
                id,
                Reading {
                    collision_days,
                    ..Reading::full(TIMELINE_PAGE)
                },
            )?),
            history: history.then(|| store.history(id)).transpose()?,
            open,
        },
        Want::MoreTimeline { company, from } => Loaded::MoreTimeline {
            company,
            from,
            entries: store.timeline_page(company, TIMELINE_PAGE, from)?,
        },
        Want::Person { id, open } => Loaded::Person {
            person: Box::new(store.person(id)?),
            timeline: store.timeline_of_person(id, 100)?,
            open,
        },
        Want::Search(query) => {
            let results = store.search(&query, super::screens::search::HITS)?;
            Loaded::Search(query, results)
        }
        Want::LastImport => Loaded::LastImport(store.last_import()?),
        Want::Duplicates { open } => Loaded::Duplicates(store.duplicates()?, open),
        Want::Campaigns { open } => Loaded::Campaigns(store.list_campaigns()?, open),
        Want::Log { open } => Loaded::Log(store.history_page(super::screens::log::PAGE, 0)?, open),
        Want::MoreLog { from } => Loaded::MoreLog(from, store.history_page(super::screens::log::PAGE, from)?),
        // What the Companies and People lists show for the same text.
        Want::SearchTotals(query) => Loaded::SearchTotals(
            query.clone(),
            (
                store.company_text_matches(&query)?.len(),
                store.person_text_matches(&query)?.len(),
            ),
        ),
        Want::NearNames(query) => {
            let near = store.near_names(&query, NEAR_NAMES)?;
            Loaded::NearNames(query, near)
        }
        Want::NearCompanies(text) => {
            let near = store.near_company_names(&text, super::screens::companies::NEAR_NAMES)?;
            Loaded::NearCompanies(text, near)
        }
        Want::List(query) => Loaded::List(lists::list(store, query, collision_days)?),
        window => load_window(store, window)?,
    })
}

/// The long lists: the ids matching the text typed, and the rows of a window.
fn load_window(store: &Store, want: Want) -> Result<Loaded> {
    Ok(match want {
        Want::Matches(list, text) => {
            let matches = match list {
                ListOf::Companies => store.company_text_matches(&text)?,
                ListOf::People => store.person_text_matches(&text)?,
            };
            Loaded::Matches(list, text, matches)
        }
        Want::Rows { list, start, ids } => match list {
            ListOf::Companies => Loaded::CompanyRows {
                start,
                rows: store.companies_by_ids(&ids)?,
                health: store
                    .health_scores(&HealthFilter {
                        companies: Some(ids),
                        ..Default::default()
                    })?
                    .into_iter()
                    .map(|(id, h)| (id, (h.score, h.band)))
                    .collect(),
            },
            ListOf::People => Loaded::PersonRows {
                start,
                rows: store.people_by_ids(&ids)?,
            },
        },
        other => return Err(crate::Error::invalid(format!("not a list: {other:?}"))),
    })
}

/// Read what a form shows and build it.
fn form(store: &Store, what: FormFor, collision_days: u32) -> Result<(super::widgets::form::Form, forms::Purpose)> {
    if let Some(form) = records::form(store, &what)? {
        return Ok(form);
    }
    Ok(match what {
        FormFor::Log(company) => {
            let shown = store.company(company)?;
            let (mut form, purpose) = forms::log_form_seeing(
                company,
                &shown.name,
                &store.contacts_of(company)?,
                &store.recent_contacts(company, collision_days)?,
            );
            if let Some(until) = shown.resting(store.today()) {
                let rest = crate::t!("cli-resting-note", until = crate::l10n::date(until));
                form.note = Some(form.note.map_or(rest.clone(), |note| format!("{rest} · {note}")));
            }
            (form, purpose)
        }
        FormFor::LogMany(companies) => {
            let resting = store.resting_among(&companies)?;
            let (mut form, purpose) = forms::log_many_form(companies);
            if !resting.is_empty() {
                let names: Vec<&str> = resting.iter().map(|r| r.company.as_str()).collect();
                form.note = Some(crate::t!("form-log-many-resting", names = names.join(", ")));
            }
            (form, purpose)
        }
        FormFor::NewEngagement(company) => {
            forms::engagements::new_form(company, &store.company(company)?.name, store.today())
        }
        FormFor::Engagement(id) => forms::engagements::edit_form(&store.engagement(id)?),
        FormFor::Evaluate(id) => forms::engagements::evaluate_form(&store.engagement(id)?),
        FormFor::Handover(leaver) => {
            let path = handover::default_dossier_path(store, leaver, handover::DossierFormat::Markdown);
            forms::handover_form(leaver, &store.staff_name(leaver)?, &store.list_staff()?, &path)
        }
        FormFor::EditInteraction(id) => {
            let entry = store.interaction(id)?;
            forms::edit_interaction_form(&entry, &store.contacts_of(entry.company_id)?)
        }
        FormFor::Company(None) => forms::company_form(None, &store.list_staff()?, store.actor()),
        FormFor::Company(Some(id)) => {
            let company = store.company(id)?;
            let seen = store.seen("company", id, &forms::company_columns())?;
            forms::company_form(Some((&company, seen)), &store.list_staff()?, store.actor())
        }
        FormFor::Person { id: Some(id), .. } => {
            let person = store.person(id)?;
            let seen = store.seen("person", id, &forms::person_columns())?;
            forms::person_form(Some((&person, seen, store.topics_of(id)?)), None)?
        }
        FormFor::Person { id: None, company } => {
            let company = company.map(|c| store.company(c).map(|n| (c, n.name))).transpose()?;
            forms::person_form(None, company.as_ref().map(|(id, name)| (*id, name.as_str())))?
        }
        FormFor::EditFollowup(id) => forms::followup_form(&store.followup(id)?),
        FormFor::Minutes(meeting) => forms::minutes_form(&store.meeting(meeting)?),
        FormFor::ActionItem(meeting) => {
            let m = store.meeting(meeting)?;
            forms::action_item_form(&m, &store.members(m.circle_id)?, &store.list_staff()?, store.actor())?
        }
        FormFor::Reassign(followup) => forms::reassign_form(followup, &store.list_staff()?),
        FormFor::NewCircle => forms::circles::new_circle_form(),
        FormFor::PlanMeeting(circle) => forms::circles::meeting_form(circle, &store.circle_name(circle)?),
        FormFor::AddMember(circle) => forms::circles::member_form(circle, &store.circle_name(circle)?),
        FormFor::Export(of) => forms::files::export_form(of, store.today()),
        FormFor::OpenDocument(company) => forms::files::open_document_form(&store.company_attachments(company)?),
        FormFor::Import => forms::files::import_form(),
        FormFor::NewCampaign
        | FormFor::Invite(_)
        | FormFor::CopyCampaign(_)
        | FormFor::Attach(_)
        | FormFor::AddQuestion(_)
        | FormFor::CloseQuestion(_)
        | FormFor::SaveView(_)
        | FormFor::ChooseView(_)
        | FormFor::AddGoal
        | FormFor::Capacity
        | FormFor::EditQuestion(_) => {
            unreachable!("these forms are built by records::form")
        }
        FormFor::Bulk(companies) => forms::bulk::bulk_form(companies, &store.list_staff()?),
        FormFor::Team(staff) => {
            let row = store
                .list_staff()?
                .into_iter()
                .find(|s| s.id == staff)
                .ok_or_else(|| crate::Error::invalid(crate::t!("err-gone", what = "staff", id = staff)))?;
            forms::staff::team_form(&row, &store.list_teams()?)
        }
    })
}

/// Carry out a change, with what takes it back (`u`). A logged interaction
/// is taken back with the follow-up made with it.
fn save_with_undo(store: &mut Store, change: &mut Change) -> Result<(Option<Id>, Option<Change>)> {
    // A handover, a bulk change, a view: what the store answers goes into the change.
    if let Some(done) = handover_save(store, change)? {
        return Ok(done);
    }
    if let Some(done) = bulk::save(store, change)? {
        return Ok(done);
    }
    if let Some(done) = views::save(store, change)? {
        return Ok(done);
    }
    let change = &*change;
    if let Change::Log { new, repeat, .. } = change {
        let logged = match repeat {
            Some((every, until)) => store.log_interaction_repeating((**new).clone(), *every, *until)?,
            None => store.log_interaction((**new).clone())?,
        };
        let undo = Change::Unlog {
            interaction: logged.interaction,
            followup: logged.followup,
        };
        return Ok((logged.followup, Some(undo)));
    }
    let before = undo::before(store, change)?;
    let made = save(store, change)?;
    Ok((made, undo::after(store, change, made, before)?))
}

/// A decision on proposals of the inbox.
fn decide(store: &mut Store, decision: &crate::tui::change::Decision) -> Result<Option<Id>> {
    use crate::tui::change::Decision;
    match decision {
        Decision::Accept(ids) => store.accept_captures(ids, &crate::model::capture::CaptureEdit::default())?,
        Decision::AcceptEdited(id, edit) => store.accept_captures(&[*id], edit)?,
        Decision::Skip(ids) => store.skip_captures(ids).map(|()| vec![])?,
        Decision::Reopen(ids) => store.reopen_captures(ids).map(|()| vec![])?,
    };
    Ok(None)
}

/// Business circles: attendance, minutes, action items, circles, meetings, members.
fn save_circles(store: &mut Store, change: &Change) -> Result<Option<Id>> {
    Ok(match change {
        Change::Attend {
            meeting,
            person,
            status,
        } => store
            .attend(*meeting, Attendee::Person(*person), *status)
            .map(nothing)?,
        Change::Unattend { meeting, person } => store
            .forget_attendance(*meeting, Attendee::Person(*person))
            .map(nothing)?,
        Change::Minutes { meeting, text } => store.set_minutes(*meeting, text).map(nothing)?,
        Change::ActionItem {
            meeting,
            company,
            staff,
            due,
            action,
        } => Some(store.meeting_action(*meeting, *company, *due, action, *staff)?),
        Change::AddCircle { name, description } => {
            Some(store.add_circle(name, Some(description.as_str()).filter(|d| !d.is_empty()))?)
        }
        Change::PlanMeeting {
            circle,
            starts,
            place,
            agenda,
        } => store
            .add_meetings(
                *circle,
                starts,
                Some(place.as_str()).filter(|p| !p.is_empty()),
                Some(agenda.as_str()).filter(|a| !a.is_empty()),
            )?
            .first()
            .copied(),
        Change::AddMember { circle, company } => {
            let company = store.resolve_company(company)?;
            store.join_circle(*circle, company, store.today()).map(nothing)?
        }
        Change::RemoveMember { circle, company, .. } => {
            store.leave_circle(*circle, *company, store.today()).map(nothing)?
        }
        _ => None,
    })
}

/// Memberships, an introduction, another school's ask: every name is
/// found before anything is written.
fn save_network(store: &mut Store, order: &crate::tui::change::NetworkOrder) -> Result<Option<Id>> {
    let member_of = order
        .member_of
        .as_deref()
        .map(|o| store.resolve_company(o))
        .transpose()?;
    let introduced_by = order
        .introduced_by
        .as_ref()
        .map(|by| introducer(store, by))
        .transpose()?;
    let colleague = match &order.colleague {
        Some((name, tie, title)) => Some((store.resolve_staff(name)?, *tie, title.clone())),
        None => None,
    };
    let ties = crate::model::network::CompanyTies {
        member_of,
        introduced_by,
        asked_by: order.asked_by.clone(),
        colleague,
    };
    store.record_ties(order.company, &ties).map(nothing)
}

/// Who opened a door, found by the name the form was given.
fn introducer(
    store: &Store,
    (opener, name): &(crate::tui::change::Opener, String),
) -> Result<crate::model::network::Introducer> {
    use crate::model::network::Introducer;
    use crate::tui::change::Opener;
    Ok(match opener {
        Opener::Organisation => Introducer::Organisation(store.resolve_company(name)?),
        Opener::Person => Introducer::Person(store.resolve_person(name)?),
        Opener::Staff => Introducer::Staff(store.resolve_staff(name)?),
    })
}

/// A company's ties: recognitions, a rest period, places, a contact person who left.
fn save_ties(store: &mut Store, change: &Change) -> Result<Option<Id>> {
    Ok(match change {
        Change::Recognise(new) => Some(store.add_recognition((**new).clone())?),
        Change::Rechecked { id, next } => store.mark_rechecked(*id, *next).map(nothing)?,
        Change::Rest { company, until, reason } => store.set_rest(*company, *until, reason.as_deref()).map(nothing)?,
        Change::Places(change) => Some(store.set_places((**change).clone())?.id),
        Change::Network(order) => save_network(store, order)?,
        Change::ImportPlaces(file) => {
            let year = crate::domain::dates::school_year_of(store.today());
            let changes = crate::usecases::places::read_counts(store, file, &year)?;
            store.set_many_places(&changes).map(nothing)?
        }
        Change::EndTies {
            company,
            member_of,
            colleague,
            on,
        } => {
            let ended = crate::model::network::EndedTies {
                member_of: member_of.as_deref().map(|o| store.resolve_company(o)).transpose()?,
                colleague: match colleague {
                    Some((name, tie)) => Some((store.resolve_staff(name)?, *tie)),
                    None => None,
                },
                on: *on,
            };
            store.end_ties(*company, &ended).map(nothing)?
        }
        Change::IntroducePerson { person, by } => {
            Some(store.add_introduction(crate::model::network::NewIntroduction {
                introduced: crate::model::network::Introduced::Person(*person),
                by: introducer(store, by)?,
                on: None,
                note: None,
            })?)
        }
        Change::TakeOffer { offer, company } => {
            let company = store.resolve_company(company)?;
            Some(store.match_offer(*offer, company)?)
        }
        Change::WithdrawOffer(id) => store.withdraw_offer(*id).map(nothing)?,
        Change::AddOffer { new, team } => {
            let team = team.as_deref().map(|t| store.resolve_team(t)).transpose()?;
            Some(store.add_offer(crate::model::offers::NewOffer {
                team,
                ..(**new).clone()
            })?)
        }
        Change::Alumnus {
            person,
            programme,
            year,
        } => store.set_alumnus(*person, Some(programme), *year).map(nothing)?,
        Change::PersonLeft {
            person,
            company,
            on,
            successor,
        } => {
            let successor = successor.as_deref().map(|s| store.resolve_person(s)).transpose()?;
            store.person_left(*person, Some(*company), *on, successor)?.followup_id
        }
        _ => None,
    })
}

/// Carry out a change; returns the id of what it made, if anything.
fn save(store: &mut Store, change: &Change) -> Result<Option<Id>> {
    if let Some(made) = records::save(store, change)? {
        return Ok(made);
    }
    Ok(match change {
        Change::Complete { followup, .. } => store.complete_followup(*followup)?,
        Change::Reopen { followup, .. } => store.reopen_followup(*followup).map(nothing)?,
        Change::Snooze { followup, to } => store.snooze_followup(*followup, *to).map(nothing)?,
        Change::DeleteInteraction(id) => store.delete_interaction(*id).map(nothing)?,
        Change::DeleteFollowup(id) => store.delete_followup(*id).map(nothing)?,
        Change::Log { new, .. } => store.log_interaction((**new).clone())?.followup,
        Change::LogMany { companies, new } => store.log_at_each(companies, (**new).clone()).map(nothing)?,
        Change::EditInteraction(id, patch) => store.edit_interaction(*id, (**patch).clone()).map(nothing)?,
        Change::AddEngagement(new) => Some(store.add_engagement((**new).clone())?),
        Change::EditEngagement(id, patch) => store.edit_engagement(*id, (**patch).clone()).map(nothing)?,
        Change::Evaluate { id, text, rating } => store.evaluate_engagement(*id, text, *rating).map(nothing)?,
        Change::AddCampaign(_)
        | Change::Invite { .. }
        | Change::CampaignReply { .. }
        | Change::Came { .. }
        | Change::CopyCampaign { .. }
        | Change::Attach { .. }
        | Change::AddQuestion(_)
        | Change::CloseQuestion { .. }
        | Change::ApplyView { .. }
        | Change::SaveView { .. }
        | Change::EditGoal { .. }
        | Change::RemoveGoal { .. }
        | Change::SetCadence { .. }
        | Change::Retention { .. }
        | Change::Detach { .. }
        | Change::AddTeam(_)
        | Change::Capacity { .. }
        | Change::ReadSource { .. }
        | Change::EditQuestion(..)
        | Change::Account { .. }
        | Change::StopSeries(_)
        | Change::InviteForOffer { .. }
        | Change::Handover(_)
        | Change::UndoHandover(_)
        | Change::Bulk(_)
        | Change::UndoBulk { .. } => {
            unreachable!("saved by records::save, or by save_with_undo (which writes the outcome into the change)")
        }
        Change::AddCompany(new) => Some(store.add_company((**new).clone())?),
        Change::EditCompany(id, patch, _) => store.edit_company(*id, (**patch).clone()).map(nothing)?,
        Change::AddPerson(new) => Some(store.add_person((**new).clone())?),
        // The fields and the topics change together, or nothing does.
        Change::EditPerson(id, patch, _, topics) => store
            .edit_person_with_topics(*id, (**patch).clone(), &topics.add, &topics.remove)
            .map(nothing)?,
        Change::EditFollowup { id, due, action, seen } => store
            .edit_followup_expecting(*id, Some(*due), action.clone(), seen.as_deref())
            .map(nothing)?,
        Change::Minutes { .. }
        | Change::Attend { .. }
        | Change::Unattend { .. }
        | Change::ActionItem { .. }
        | Change::AddCircle { .. }
        | Change::PlanMeeting { .. }
        | Change::AddMember { .. }
        | Change::RemoveMember { .. } => save_circles(store, change)?,
        Change::Import(order) => save_import(store, order)?,
        Change::UndoImport(expected) => Some(store.undo_import(*expected)?.import_id),
        Change::Export(order) => export::export(store, order).map(nothing)?,
        Change::OpenDocument(location) => crate::io::files::open_with_system(location).map(nothing)?,
        Change::Recognise(_)
        | Change::Rechecked { .. }
        | Change::Rest { .. }
        | Change::Places(_)
        | Change::Network(_)
        | Change::TakeOffer { .. }
        | Change::WithdrawOffer(_)
        | Change::Alumnus { .. }
        | Change::AddOffer { .. }
        | Change::EndTies { .. }
        | Change::IntroducePerson { .. }
        | Change::ImportPlaces(_)
        | Change::PersonLeft { .. } => save_ties(store, change)?,
        Change::Inbox(decision) => decide(store, decision)?,
        Change::Restore(removed) => store.restore(removed).map(nothing)?,
        Change::Merge(order) => merge(store, order, false)?.merge_id,
        Change::SetTeam { staff, team, .. } => store.set_team(*staff, *team).map(nothing)?,
        Change::AddStaff(_)
        | Change::AddGoal(_)
        | Change::MovePerson { .. }
        | Change::ErasePerson { .. }
        | Change::Archive { .. } => save_record(store, change)?,
        Change::UndoMerge(id) => Some(store.undo_merge(Some(*id))?.merge_id),
        Change::Unlog { interaction, followup } => store.unlog(*interaction, *followup).map(nothing)?,
        Change::Reassign { followup, to, seen, .. } => store
            .reassign_followup_expecting(*followup, *to, seen.as_deref())
            .map(nothing)?,
        Change::AdvanceQuestion { id, to, team } => advance_question(store, *id, *to, *team)?,
    })
}

/// A question moved on: matched to its team (a collaboration made), or on
/// to its next status.
fn advance_question(store: &mut Store, id: Id, to: QuestionStatus, team: Option<Id>) -> Result<Option<Id>> {
    Ok(match (to, team) {
        (QuestionStatus::Matched, Some(team)) => Some(store.match_question(
            id,
            crate::model::questions::QuestionMatch {
                team,
                teacher: None,
                period: None,
                engagement: None,
            },
        )?),
        _ => store.set_question_status(id, to, None).map(nothing)?,
    })
}

/// The import shown and asked about: the rows read for its preview.
fn save_import(store: &mut Store, order: &crate::tui::change::ImportOrder) -> Result<Option<Id>> {
    let read = order
        .read
        .as_ref()
        .ok_or_else(|| crate::Error::invalid(crate::t!("err-import-not-read")))?;
    let placing = placing(store);
    Ok(import::import(store, &order.file.path, read, &placing, false, true)?.import_id)
}

fn nothing<T>(_: T) -> Option<Id> {
    None
}

/// A change to a record itself: a colleague added, a person moved or
/// erased, a company archived or brought back.
fn save_record(store: &mut Store, change: &Change) -> Result<Option<Id>> {
    Ok(match change {
        Change::AddStaff(new) => Some(store.add_staff((**new).clone())?),
        Change::AddGoal(new) => Some(store.add_goal((**new).clone())?),
        Change::MovePerson {
            person,
            to,
            role,
            title,
        } => {
            let company = store.resolve_company(to)?;
            store
                .move_person(*person, company, Some(*role), title.clone())
                .map(nothing)?
        }
        Change::ErasePerson { id, .. } => store
            .erase_person(*id, false, crate::store::privacy::erase::default_wait())
            .map(|_| None)?,
        Change::Archive { company, archived, .. } => store.archive_company(*company, *archived).map(nothing)?,
        _ => None,
    })
}
