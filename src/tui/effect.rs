//! What the TUI's update asks for and what comes back, as plain data.
//!
//! `App::update` never touches the database: it changes state and returns
//! `Effect`s (read this, save that, open a form on that record). The runner
//! (`runner.rs`) carries them out against the store and answers each with a
//! `Msg`, which goes back into `update`. So a test can drive the whole TUI
//! with messages it makes itself, and a second backend only needs a runner.

use super::tab::{Data, Query, Tab};
use super::widgets::form::Form;
use crate::domain::health::Band;
use crate::domain::kinds::InteractionKind;
use crate::model::audit::Change as HistoryEntry;
use crate::model::circles::{AttendanceStatus, Invitee, Meeting, Member};
use crate::model::companies::{CompanyFilter, CompanyPatch, CompanyRow, NewCompany};
use crate::model::edits::Seen;
use crate::model::followups::FollowupRow;
use crate::model::interactions::{InteractionPatch, NewInteraction, TimelineEntry};
use crate::model::page::CompanyPage;
use crate::model::people::{NewPerson, Person, PersonPatch, PersonRow};
use crate::model::search::SearchResults;
use crate::model::Id;
use crate::Error;
use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use std::collections::HashMap;

/// Everything that can happen to the app.
pub enum Msg {
    Key(KeyEvent),
    /// What an `Effect::Load` or `Effect::OpenForm` read.
    Loaded(Loaded),
    /// An `Effect::Save` went through; `made` is the new record's id, if any.
    Saved {
        change: Change,
        made: Option<Id>,
        /// The change that takes it back, read before it was made.
        undo: Option<Box<Change>>,
    },
    /// An `Effect::Save` was refused (a rule, a conflict, a busy database):
    /// nothing was changed, and the form that asked stays open.
    Refused(Error),
    /// A read failed.
    Failed(Error),
    /// Another process changed the database: read again what is shown.
    DataChanged,
    /// Past midnight: "today" is this day now.
    NewDay(NaiveDate),
    /// What a change would do (tried in a transaction rolled back), to ask
    /// about before it is made; the change as the runner filled it in.
    Previewed(Change, Box<Preview>),
}

pub enum Effect {
    Load(Want),
    Save(Change),
    /// Read what a form needs and answer with `Loaded::Form`.
    OpenForm(FormFor),
    /// Try a change and roll it back; answer with `Msg::Previewed` (or
    /// `Msg::Refused`): a yes to what it shows saves it.
    Preview(Change),
}

impl Effect {
    /// Whether the keys after it wait for its answer (they may act on what
    /// it brings); reads that only follow typing do not hold them back.
    pub fn holds_keys(&self) -> bool {
        !matches!(
            self,
            Effect::Load(Want::Matches(..) | Want::SearchTotals(_) | Want::NearNames(_) | Want::NearCompanies(_))
        )
    }
}

/// What a change would do, as its dry run found it.
pub enum Preview {
    /// What a handover would move.
    Handover(crate::model::handover::Handover),
    /// What an import would bring (its rejected lines listed).
    Import(crate::model::import::ImportReport),
    /// What a merge would do, and each field of both records (label, kept, folded in).
    Merge(crate::model::merge::MergeReport, Vec<(String, String, String)>),
    /// The records a new company or person would likely duplicate (none: it
    /// is saved at once).
    Likely(Vec<crate::model::merge::Likely>),
}

/// The two long lists, windowed over ids (`widgets::id_list`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListOf {
    Companies,
    People,
}

/// A read. `open`: push a new page; otherwise refresh the one shown.
#[derive(Debug, Clone)]
pub enum Want {
    /// A tab's list.
    List(Query),
    Circle {
        id: Id,
        open: bool,
    },
    Meeting {
        id: Id,
        open: bool,
    },
    Company {
        id: Id,
        open: bool,
        history: bool,
    },
    /// The next page of a company's timeline, from the `from`th interaction.
    MoreTimeline {
        company: Id,
        from: u64,
    },
    Person {
        id: Id,
        open: bool,
    },
    Search(String),
    /// The last import, to ask before it is taken back.
    LastImport,
    /// The database's log of changes, the first page (`open`: push its page).
    Log {
        open: bool,
    },
    /// The next page of the log, from the `from`th change.
    MoreLog {
        from: u64,
    },
    /// Likely duplicates (`open`: push their page).
    Duplicates {
        open: bool,
    },
    /// How many companies and people match the search in all, when a group
    /// is full (read when the keyboard rests: on 100k companies it costs
    /// more than a keystroke may).
    SearchTotals(String),
    /// Names near a search that found nothing (read when the keyboard rests:
    /// it reads every name).
    NearNames(String),
    /// Company names near a Companies filter that matched nothing.
    NearCompanies(String),
    /// The ids whose name or city matches what is typed after `/`.
    Matches(ListOf, String),
    /// The rows for a window of ids, starting at the `start`th.
    Rows {
        list: ListOf,
        start: u32,
        ids: Vec<Id>,
    },
}

pub enum Loaded {
    /// A tab's list.
    List(Data),
    Circle {
        id: Id,
        name: String,
        members: Vec<Member>,
        meetings: Vec<Meeting>,
        open: bool,
    },
    Meeting {
        meeting: Meeting,
        invitees: Vec<Invitee>,
        actions: Vec<FollowupRow>,
        open: bool,
    },
    Company {
        page: Box<CompanyPage>,
        history: Option<Vec<HistoryEntry>>,
        open: bool,
    },
    MoreTimeline {
        company: Id,
        from: u64,
        entries: Vec<TimelineEntry>,
    },
    Person {
        person: Box<Person>,
        timeline: Vec<TimelineEntry>,
        open: bool,
    },
    Search(String, SearchResults),
    /// How many companies and people match the search in all (their lists
    /// show every one).
    SearchTotals(String, (usize, usize)),
    NearNames(String, Vec<crate::model::search::Hit>),
    NearCompanies(String, Vec<crate::model::search::Hit>),
    /// The last import not undone (number, file, when), if any.
    LastImport(Option<(Id, String, String)>),
    Duplicates(Vec<crate::model::merge::Duplicate>, bool),
    Log(Vec<HistoryEntry>, bool),
    MoreLog(u64, Vec<HistoryEntry>),
    Matches(ListOf, String, crate::domain::id_set::IdSet),
    CompanyRows {
        start: u32,
        rows: Vec<CompanyRow>,
        health: HashMap<Id, (u8, Band)>,
    },
    PersonRows {
        start: u32,
        rows: Vec<PersonRow>,
    },
    Form(Box<Form>, Purpose),
}

impl Loaded {
    /// The tab whose list this is, when it is one.
    pub fn tab(&self) -> Option<Tab> {
        match self {
            Loaded::List(data) => Some(data.tab()),
            _ => None,
        }
    }
}

/// What an export writes.
#[derive(Debug, Clone)]
pub enum ExportOf {
    /// The contact persons of the companies this filter lets through (the list shown).
    Contacts(Box<CompanyFilter>),
    /// Open follow-ups: mine, or everyone's.
    Followups { only_mine: bool },
    /// The meetings of one circle, or of all.
    Meetings(Option<Id>),
}

/// Which form to open, on which record.
#[derive(Debug, Clone)]
pub enum FormFor {
    Log(Id),
    /// One interaction at each of these companies (marked in a list).
    LogMany(Vec<Id>),
    /// A new collaboration with this company.
    NewEngagement(Id),
    /// A collaboration to edit.
    Engagement(Id),
    /// A collaboration's evaluation.
    Evaluate(Id),
    /// A leaver's handover: to whom, and where the dossier goes.
    Handover(Id),
    EditInteraction(Id),
    /// `None`: a new company.
    Company(Option<Id>),
    /// A person to edit, or a new one at a company.
    Person {
        id: Option<Id>,
        company: Option<Id>,
    },
    EditFollowup(Id),
    Minutes(Id),
    ActionItem(Id),
    Reassign(Id),
    NewCircle,
    PlanMeeting(Id),
    AddMember(Id),
    /// Where to write an export, and in which format.
    Export(ExportOf),
    /// Which file to import.
    Import,
    /// The team this colleague is in.
    Team(Id),
}

/// A file to import, read and placed (the rows imported are the rows its
/// preview showed).
#[derive(Debug, Clone)]
pub struct ImportOrder {
    pub file: crate::usecases::import::ImportFile,
    /// What the dry run read (the runner reads the file; the form cannot).
    pub read: Option<crate::usecases::import::ReadFile>,
    /// The rows the dry run would import (its rejected ones left out).
    pub good_rows: usize,
}

/// Two records to merge: `gone` folds into `keep`.
#[derive(Debug, Clone)]
pub struct MergeOrder {
    /// `company` or `person`.
    pub entity: &'static str,
    pub keep: Id,
    pub gone: Id,
}

/// An export to write: what, how and where.
#[derive(Debug, Clone)]
pub struct ExportOrder {
    pub of: ExportOf,
    /// For contacts: CSV (Excel's or plain) or vCard; calendars are iCalendar.
    pub written_as: crate::usecases::export::ContactsAs,
    pub path: std::path::PathBuf,
}

/// A write, with what the status bar says once it is done.
#[derive(Debug, Clone)]
pub enum Change {
    Complete {
        followup: Id,
        what: String,
    },
    Reopen {
        followup: Id,
        what: String,
    },
    Snooze {
        followup: Id,
        to: NaiveDate,
    },
    DeleteInteraction(Id),
    DeleteFollowup(Id),
    Attend {
        meeting: Id,
        person: Id,
        status: AttendanceStatus,
    },
    /// Attendance not recorded after all (the undo of a first mark).
    Unattend {
        meeting: Id,
        person: Id,
    },
    Log {
        new: Box<NewInteraction>,
        today: NaiveDate,
    },
    /// The same interaction at each company, all or none.
    LogMany {
        companies: Vec<Id>,
        new: Box<NewInteraction>,
    },
    EditInteraction(Id, Box<InteractionPatch>),
    AddEngagement(Box<crate::model::engagements::NewEngagement>),
    EditEngagement(Id, Box<crate::model::engagements::EngagementPatch>),
    Evaluate {
        id: Id,
        text: String,
        rating: Option<u8>,
    },
    Handover(Box<HandoverOrder>),
    AddCompany(Box<NewCompany>),
    EditCompany(Id, Box<CompanyPatch>, String),
    AddPerson(Box<NewPerson>),
    EditPerson(Id, Box<PersonPatch>, String, Box<TagChange>),
    EditFollowup {
        id: Id,
        due: NaiveDate,
        /// `None` leaves the action as it is (taking back a snooze moves the date only).
        action: Option<String>,
        /// An undo: the fields as the change left them, refused if a colleague changed them since.
        seen: Option<Box<crate::model::edits::Seen>>,
    },
    Minutes {
        meeting: Id,
        text: String,
    },
    ActionItem {
        meeting: Id,
        company: Id,
        /// Whose follow-up it is; `None`: mine.
        staff: Option<Id>,
        due: NaiveDate,
        action: String,
    },
    Reassign {
        followup: Id,
        to: Id,
        name: String,
        /// An undo: whom it was for as the change left it.
        seen: Option<Box<crate::model::edits::Seen>>,
    },
    /// A question moved on a step (to matched: with the team it was asked of).
    AdvanceQuestion {
        id: Id,
        to: crate::domain::kinds::QuestionStatus,
        team: Option<Id>,
    },
    AddCircle {
        name: String,
        description: String,
    },
    PlanMeeting {
        circle: Id,
        starts_at: chrono::NaiveDateTime,
        place: String,
        agenda: String,
    },
    /// A company (by name or #id, as typed) joins a circle today.
    AddMember {
        circle: Id,
        company: String,
    },
    /// A member leaves a circle today (its history stays).
    RemoveMember {
        circle: Id,
        company: Id,
        name: String,
    },
    Import(Box<ImportOrder>),
    /// Take back the last import, when it is still this one.
    UndoImport(Option<Id>),
    /// Written to a file, not to the database.
    Export(Box<ExportOrder>),
    Recognise(Box<crate::model::recognition::NewRecognition>),
    /// Put back what was deleted a moment ago.
    Restore(Box<crate::model::edits::Removed>),
    Merge(Box<MergeOrder>),
    /// A colleague joins a team (`None`: leaves every team).
    SetTeam {
        staff: Id,
        team: Option<Id>,
        name: String,
    },
    /// Take back this merge (both records as they were).
    UndoMerge(Id),
    /// Take back a logged interaction and the follow-up made with it.
    Unlog {
        interaction: Id,
        followup: Option<Id>,
    },
    /// Checked again; the next check then (none: not set).
    Rechecked {
        id: Id,
        next: Option<NaiveDate>,
    },
}

impl Change {
    /// Whether it is tried first (`Effect::Preview`) and asked about: what
    /// moves, comes in or folds together, and a new record like one there.
    pub fn previewed_first(&self) -> bool {
        matches!(
            self,
            Change::Handover(_) | Change::Import(_) | Change::Merge(_) | Change::AddCompany(_) | Change::AddPerson(_)
        )
    }

    /// Whether a form asked for this change (the form closes once it is saved).
    pub fn from_form(&self) -> bool {
        !matches!(
            self,
            Change::Complete { .. }
                | Change::Reopen { .. }
                | Change::Snooze { .. }
                | Change::DeleteInteraction(_)
                | Change::DeleteFollowup(_)
                | Change::Attend { .. }
                | Change::Unattend { .. }
                | Change::AdvanceQuestion { .. }
                | Change::RemoveMember { .. }
                | Change::UndoImport(_)
                | Change::Restore(_)
                | Change::Merge(_)
                | Change::UndoMerge(_)
                | Change::Unlog { .. }
        )
    }

    /// What the status bar says after saving. `made`: the new record's id
    /// (for a logged interaction: the follow-up's, when one was made).
    pub fn said(&self, made: Option<Id>) -> String {
        match self {
            Change::Complete { what, .. } => crate::t!("said-done", what = what.as_str()),
            Change::Reopen { what, .. } => crate::t!("said-reopened", what = what.as_str()),
            Change::Snooze { to, .. } => crate::t!("said-snoozed", date = crate::l10n::date(*to)),
            Change::DeleteInteraction(id) => crate::t!("said-interaction-deleted", id = *id),
            Change::DeleteFollowup(id) => crate::t!("said-followup-deleted", id = *id),
            Change::Attend { status, .. } => {
                let status = crate::l10n::key_help(match status.as_str() {
                    "attended" => "attended",
                    "apologised" => "apologised",
                    _ => "invited",
                });
                crate::t!("said-marked", status = status.into_owned())
            }
            Change::Unattend { .. } => crate::t!("said-unattended"),
            Change::Log { new, today } => logged(new, *today, made.is_some()),
            Change::LogMany { companies, new } => crate::t!(
                "said-logged-many",
                kind = new.kind.display_label(),
                count = companies.len()
            ),
            Change::EditInteraction(id, _) => crate::t!("said-interaction-updated", id = *id),
            Change::AddEngagement(new) => match made {
                Some(id) => crate::t!("said-engagement-added", id = id, form = new.form.display_label()),
                None => String::new(),
            },
            Change::EditEngagement(id, _) => crate::t!("said-engagement-saved", id = *id),
            Change::Evaluate { id, .. } => crate::t!("said-engagement-evaluated", id = *id),
            Change::Handover(order) => {
                let said = crate::t!(
                    "said-handed-over",
                    name = order.to_name.as_str(),
                    path = order.dossier.display().to_string()
                );
                match &order.login {
                    Some(login) => format!("{said} {}", crate::l10n::login_for_it(login)),
                    None => said,
                }
            }
            Change::AddCompany(new) => crate::t!("said-added", name = new.name.as_str()),
            Change::EditCompany(_, _, name) | Change::EditPerson(_, _, name, _) => {
                crate::t!("said-saved", name = name.as_str())
            }
            Change::AddPerson(new) => crate::t!("said-added", name = new.name.as_str()),
            Change::EditFollowup { id, .. } => crate::t!("said-followup-updated", id = *id),
            Change::Minutes { .. } => crate::t!("said-minutes"),
            Change::ActionItem { .. } => match made {
                Some(id) => crate::t!("said-action-item", id = id),
                None => crate::t!("said-action-item-no-id"),
            },
            Change::Reassign { name, .. } => crate::t!("said-reassigned", name = name.as_str()),
            Change::AdvanceQuestion { id, to, .. } => {
                crate::t!("cli-question-moved", id = *id, status = to.display_label())
            }
            Change::AddCircle { name, .. } => crate::t!("said-added", name = name.as_str()),
            Change::PlanMeeting { starts_at, .. } => {
                crate::t!(
                    "said-meeting-planned",
                    at = starts_at.format("%Y-%m-%d %H:%M").to_string()
                )
            }
            Change::AddMember { company, .. } => crate::t!("said-member-joined", company = company.as_str()),
            Change::RemoveMember { name, .. } => crate::t!("said-member-left", company = name.as_str()),
            Change::Import(order) => match made {
                Some(id) => crate::t!("said-imported", id = id, rows = order.good_rows),
                None => String::new(),
            },
            Change::UndoImport(_) => match made {
                Some(id) => crate::t!("said-import-undone", id = id),
                None => String::new(),
            },
            Change::Export(order) => crate::t!("said-exported", path = order.path.display().to_string()),
            Change::Recognise(new) => crate::t!("said-recognised", crebo = new.crebo.as_str()),
            Change::Restore(removed) => crate::t!(
                "said-restored",
                what = crate::l10n::noun(removed.entity),
                id = removed.id
            ),
            Change::Unlog { interaction, .. } => crate::t!("said-unlogged", id = *interaction),
            Change::Merge(order) => crate::t!("said-merged", gone = order.gone, keep = order.keep),
            Change::SetTeam { name, .. } => crate::t!("said-team", name = name.as_str()),
            Change::UndoMerge(id) => crate::t!("said-merge-undone", id = *id),
            Change::Rechecked { next, .. } => crate::t!(
                "said-rechecked",
                next = next.map(crate::l10n::date).unwrap_or_else(|| "-".into())
            ),
        }
    }
}

fn logged(new: &NewInteraction, today: NaiveDate, followup_made: bool) -> String {
    let kind: InteractionKind = new.kind;
    let mut message = crate::t!(
        "said-logged",
        kind = kind.display_label(),
        date = crate::l10n::date(new.on)
    );
    if let (true, Some(f)) = (followup_made, &new.followup) {
        message.push_str(&crate::t!("said-logged-followup", date = crate::l10n::date(f.due)));
        if f.due < today {
            message.push_str(&crate::t!("said-in-the-past"));
        }
    }
    message
}

/// A leaver's companies and follow-ups to a colleague, with the dossier
/// written to `dossier`.
#[derive(Debug, Clone, PartialEq)]
pub struct HandoverOrder {
    pub leaver: Id,
    pub to: Id,
    pub to_name: String,
    pub dossier: std::path::PathBuf,
    /// Once saved on a team database: the leaver's login, for IT.
    pub login: Option<crate::model::handover::LoginToDisable>,
}

/// What a company form offers beyond its text: the owners to choose from
/// (in the choice's order) and the tags it opened with.
#[derive(Debug, Clone)]
pub struct CompanyChoices {
    pub owners: Vec<Option<Id>>,
    pub tags: Vec<String>,
}

/// Tags (or a person's topics) to add and to take away.
#[derive(Debug, Clone, Default)]
pub struct TagChange {
    pub add: Vec<String>,
    pub remove: Vec<String>,
}

/// What a form is for: decides how it is built and what submitting does.
#[derive(Debug, Clone)]
pub enum Purpose {
    Log {
        company: Id,
        contacts: Vec<Id>,
    },
    LogMany {
        companies: Vec<Id>,
    },
    AddEngagement {
        company: Id,
    },
    EditEngagement(Id),
    Evaluate(Id),
    Handover {
        leaver: Id,
        staff: Vec<Id>,
    },
    EditInteraction {
        id: Id,
        contacts: Vec<Id>,
    },
    AddCompany(CompanyChoices),
    /// `Seen`: the record's values when the form opened (no lost update).
    EditCompany(Id, Seen, CompanyChoices),
    AddPerson {
        company: Id,
    },
    /// With the topics the person had when the form opened.
    EditPerson(Id, Seen, Vec<String>),
    SnoozeTo(Id),
    EditFollowup(Id),
    Minutes(Id),
    ActionItem {
        meeting: Id,
        companies: Vec<Id>,
        /// The colleagues offered, me first.
        staff: Vec<Id>,
    },
    Reassign {
        followup: Id,
        staff: Vec<Id>,
    },
    AddCircle,
    PlanMeeting(Id),
    AddMember(Id),
    Export(ExportOf),
    Import,
    /// An SBB recognition at this company.
    Recognise(Id),
    /// This recognition was checked again.
    Rechecked(Id),
    /// A colleague's team: the teams offered, none first.
    SetTeam {
        staff: Id,
        teams: Vec<Option<Id>>,
    },
}
