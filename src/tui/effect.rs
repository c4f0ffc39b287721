//! What the TUI's update asks for and what comes back, as plain data.
//!
//! `App::update` never touches the database: it changes state and returns
//! `Effect`s (read this, save that, open a form on that record). The runner
//! (`runner.rs`) carries them out against the store and answers each with a
//! `Msg`, which goes back into `update`. So a test can drive the whole TUI
//! with messages it makes itself, and a second backend only needs a runner.

pub use super::change::{
    Change, CompanyChoices, ExportOf, ExportOrder, HandoverOrder, ImportOrder, MergeOrder, TagChange,
};
pub use super::forms::Purpose;
use super::tab::{Data, Query, Tab};
use super::widgets::form::Form;
use crate::domain::health::Band;
use crate::model::audit::Change as HistoryEntry;
use crate::model::circles::{Invitee, Meeting, Member};
use crate::model::companies::CompanyRow;
use crate::model::followups::FollowupRow;
use crate::model::interactions::TimelineEntry;
use crate::model::page::CompanyPage;
use crate::model::people::{Person, PersonRow};
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

    /// Whether keys that act on a list's selection (Enter, moving, a
    /// command) wait for it: the matches of a filter being typed. Typing
    /// on does not wait; Enter right after the last letter opens what the
    /// filter found, not what was selected before it.
    pub fn holds_selection(&self) -> bool {
        matches!(self, Effect::Load(Want::Matches(..)))
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
    /// What a bulk change would do to each company.
    Bulk(crate::model::bulk_changes::BulkPlan),
    /// An offer's candidates a campaign would invite, and those resting.
    OfferInvite {
        asked: usize,
        resting: usize,
        title: String,
    },
    /// The retention review: whom it would erase and archive, by name.
    Retention(crate::model::retention::RetentionReview),
    /// How many companies an invitation would invite to a campaign, how
    /// many were invited already, and the resting ones left out.
    Invite {
        new: usize,
        already: usize,
        resting: Vec<String>,
        campaign: String,
    },
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
    /// The campaigns with their invitees (`open`: push their page).
    Campaigns {
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
    Campaigns(Vec<crate::model::campaigns::CampaignState>, bool),
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

/// Which form to open, on which record.
#[derive(Debug, Clone)]
pub enum FormFor {
    Log(Id),
    /// One interaction at each of these companies (marked in a list).
    LogMany(Vec<Id>),
    /// One change to each of these companies (marked in a list).
    Bulk(Vec<Id>),
    NewCampaign,
    /// Companies to invite to this campaign, by filter.
    Invite(Id),
    /// This campaign again, under a new name.
    CopyCampaign(Id),
    /// A document to link to a company or person.
    Attach(crate::model::attachments::AttachedTo),
    /// A question this company brings.
    AddQuestion(Id),
    /// Decline this question, or record it withdrawn.
    CloseQuestion(Id),
    /// Keep this list's filter as a saved view.
    SaveView(super::change::ViewFilter),
    /// Choose a saved view of this list to show.
    ChooseView(ListOf),
    /// A goal of this school year: for the school, a team or oneself.
    AddGoal,
    /// What a team can take on in a period.
    Capacity,
    /// A question's fields, to change.
    EditQuestion(Id),
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
    /// Which of a company's documents to open.
    OpenDocument(Id),
    /// Which file to import.
    Import,
    /// The team this colleague is in.
    Team(Id),
}
