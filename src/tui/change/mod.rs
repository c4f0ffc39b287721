//! The changes the terminal UI asks to be made, as plain data: each with
//! what the status bar says once it is made, and the orders that carry the
//! bigger ones (a handover, an import, a merge, an export).

use crate::domain::kinds::InteractionKind;
use crate::model::circles::AttendanceStatus;
use crate::model::companies::{CompanyFilter, CompanyPatch, NewCompany};
use crate::model::interactions::{InteractionPatch, NewInteraction};
use crate::model::people::{NewPerson, PersonPatch};
use crate::model::Id;
use chrono::NaiveDate;

mod said;

/// What an export writes.
#[derive(Debug, Clone)]
pub enum ExportOf {
    /// The contact persons of the companies this filter lets through (the list shown).
    Contacts(Box<CompanyFilter>),
    /// Open follow-ups: mine, or everyone's.
    Followups { only_mine: bool },
    /// The meetings of one circle, or of all.
    Meetings(Option<Id>),
    /// "What we did together": a company's sheet for this school year (HTML).
    CompanySheet(Id),
    /// The management report of this school year for the whole school (HTML).
    ManagementReport {
        /// One team's companies only (its members own them); none: the school's.
        team: Option<(Id, String)>,
    },
    /// This school year's ledger: every form of collaboration per company (an Excel workbook).
    YearLedger,
    /// Everything kring holds about a person (JSON), for a request of access.
    Person(Id),
    /// A colleague's handover dossier, written again (Markdown).
    Dossier(Id),
    /// A campaign's mail-merge list (CSV for Excel).
    MailMerge(Id),
    /// A copy of the whole database: the file (SQLite's backup), or on a
    /// team database the JSON export (`json`, set by the runner).
    Backup { json: bool },
}

/// A saved view read as a tab's filter.
#[derive(Debug, Clone)]
pub enum ViewFilter {
    Companies(Box<CompanyFilter>),
    People(Box<crate::model::people::PersonFilter>),
}

/// A bulk change asked for: the companies, the change, and (once made) how
/// many it changed.
#[derive(Debug, Clone)]
pub struct BulkOrder {
    pub companies: Vec<Id>,
    pub change: crate::model::bulk_changes::BulkChange,
    pub changed: usize,
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
        /// The follow-up comes back: how often, until when.
        repeat: Option<(crate::domain::recurrence::Every, Option<NaiveDate>)>,
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
    /// One meeting, or a series (the fortnightly project team).
    PlanMeeting {
        circle: Id,
        starts: Vec<chrono::NaiveDateTime>,
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
    /// Open a linked document (a path or URL) with the system's opener; nothing is written.
    OpenDocument(String),
    /// A document's link removed (the file itself is not touched).
    Detach {
        id: Id,
        location: String,
    },
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
    /// One change to many companies (shown first, then asked).
    Bulk(Box<BulkOrder>),
    /// A new campaign (an event, an invitation round, a mailing).
    AddCampaign(Box<crate::model::campaigns::NewCampaign>),
    /// The companies these filter words select, invited (how many is asked first).
    Invite {
        campaign: Id,
        words: String,
        /// Filled in by the preview: the companies it would invite.
        companies: Vec<Id>,
    },
    /// What an invited company answered.
    CampaignReply {
        campaign: Id,
        company: Id,
        name: String,
        reply: crate::domain::kinds::Reply,
    },
    /// An invited company came: logged at it, with the person invited.
    Came {
        campaign: Id,
        company: Id,
        person: Option<Id>,
        name: String,
    },
    /// A link to a document (a path or URL) on a company or person.
    Attach {
        to: crate::model::attachments::AttachedTo,
        location: String,
        note: Option<String>,
    },
    /// A question a company brings.
    AddQuestion(Box<crate::model::questions::NewQuestion>),
    /// A question's fields changed.
    EditQuestion(Id, Box<crate::model::questions::QuestionPatch>),
    /// A question declined (the reason said to the company) or withdrawn.
    CloseQuestion {
        id: Id,
        to: crate::domain::kinds::QuestionStatus,
        reason: Option<String>,
    },
    /// A saved view listed on its tab: the filter is read by the runner.
    ApplyView {
        name: String,
        filter: Option<ViewFilter>,
    },
    /// The filter of a list kept as a view, by name (for the whole team).
    SaveView {
        name: String,
        /// The arguments after `kring` (`company list --status active`).
        words: Vec<String>,
    },
    /// A campaign made again under a new name: its companies invited afresh.
    CopyCampaign {
        from: Id,
        new: Box<crate::model::campaigns::NewCampaign>,
    },
    /// Take back a handover (within the hour): what it moved, and (once
    /// done) what went back and what a colleague changed since.
    UndoHandover(Box<HandoverUndo>),
    /// Take back this bulk change; what it left and why is filled in once done.
    UndoBulk {
        id: Id,
        restored: usize,
        refused: Vec<String>,
    },
    /// Someone moved to another company (found by the name given).
    MovePerson {
        person: Id,
        to: String,
        role: crate::domain::kinds::ContactRole,
        title: Option<String>,
    },
    /// A goal of this school year.
    AddGoal(Box<crate::model::goals::NewGoal>),
    /// A goal's target, upper bound (none: no bound) and note.
    EditGoal {
        id: Id,
        target: u32,
        max: Option<u32>,
        note: String,
    },
    /// A tag's or a kind's cadence (`None`: none of its own).
    SetCadence {
        of: CadenceOf,
        days: Option<u32>,
    },
    /// An offer's candidates invited through a campaign (`invited` once done).
    InviteForOffer {
        offer: Id,
        invited: usize,
    },
    /// A new team.
    AddTeam(String),
    /// A colleague's login (`Some(None)`: none) and e-mail address, as changed.
    Account {
        staff: Id,
        login: Option<Option<String>>,
        email: Option<String>,
    },
    /// A series of follow-ups ends: the open one stays, none comes after it.
    StopSeries(Id),
    /// Mail or a calendar read for contacts that already happened: they go
    /// to the inbox as proposals (`proposed` once read).
    ReadSource {
        source: std::path::PathBuf,
        since: Option<NaiveDate>,
        calendar: bool,
        proposed: usize,
    },
    /// What a team can take on in a period of a school year.
    Capacity {
        team: Id,
        school_year: String,
        period: String,
        assignments: u32,
        students: u32,
    },
    /// The retention review: the people to erase and the prospects to
    /// archive are filled in by its preview, and asked about.
    Retention {
        years: u32,
        people: Vec<Id>,
        prospects: Vec<Id>,
    },
    /// A goal taken away (asked first).
    RemoveGoal {
        id: Id,
        what: String,
    },
    /// A new colleague (an admin's on a team database).
    AddStaff(Box<crate::model::staff::NewStaff>),
    /// Erase a person for good (GDPR/AVG): nothing takes it back.
    ErasePerson {
        id: Id,
        name: String,
    },
    /// Archive a company (its history stays), or bring it back.
    Archive {
        company: Id,
        name: String,
        archived: bool,
    },
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
    /// A decision on proposals of the capture inbox.
    Inbox(Decision),
    /// The company asked for rest until a day (`None`: the rest ends).
    Rest {
        company: Id,
        until: Option<NaiveDate>,
        reason: Option<String>,
    },
    /// Places offered or filled.
    Places(Box<crate::model::network::PlaceChange>),
    /// A company (by name or #id, as typed) takes an offer from the school.
    TakeOffer {
        offer: Id,
        company: String,
    },
    WithdrawOffer(Id),
    /// The student system's counts of places, from this file.
    ImportPlaces(std::path::PathBuf),
    /// A membership, or a colleague's tie, ends on a day.
    EndTies {
        company: Id,
        member_of: Option<String>,
        colleague: Option<(String, crate::domain::kinds::AffiliationKind)>,
        on: NaiveDate,
    },
    /// Who opened the door to a person (by name, as typed).
    IntroducePerson {
        person: Id,
        by: (Opener, String),
    },
    /// A team's offer looking for a company; the team by name, as typed.
    AddOffer {
        new: Box<crate::model::offers::NewOffer>,
        team: Option<String>,
    },
    /// A person marked a former student of ours (an empty programme: not).
    Alumnus {
        person: Id,
        programme: String,
        year: Option<i32>,
    },
    /// A company's memberships, who opened its door, another school's ask.
    Network(Box<NetworkOrder>),
    /// A contact person left the company; a successor by name, or none.
    PersonLeft {
        person: Id,
        company: Id,
        on: NaiveDate,
        successor: Option<String>,
    },
}

/// Who opened the door, as the network form names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opener {
    Organisation,
    Person,
    Staff,
}

/// What the network form records for a company: an organisation it is a
/// member of, who opened the door to it, another school that asked it.
#[derive(Debug, Clone)]
pub struct NetworkOrder {
    pub company: Id,
    pub member_of: Option<String>,
    pub introduced_by: Option<(Opener, String)>,
    pub asked_by: Option<String>,
    /// A colleague's tie with it: who, which tie, their title.
    pub colleague: Option<(String, crate::domain::kinds::AffiliationKind, Option<String>)>,
}

/// What a person decides about proposals of the capture inbox.
#[derive(Debug, Clone)]
pub enum Decision {
    /// Logged as they are.
    Accept(Vec<Id>),
    /// Logged as changed in its form.
    AcceptEdited(Id, Box<crate::model::capture::CaptureEdit>),
    /// Skipped: never proposed again.
    Skip(Vec<Id>),
    /// Open again (an accepted one's interaction deleted): the undo of the others.
    Reopen(Vec<Id>),
}

impl Decision {
    fn said(&self) -> String {
        match self {
            Decision::Accept(ids) => crate::t!("said-inbox-accepted", count = ids.len()),
            Decision::AcceptEdited(..) => crate::t!("said-inbox-accepted", count = 1),
            Decision::Skip(ids) => crate::t!("said-inbox-skipped", count = ids.len()),
            Decision::Reopen(ids) => crate::t!("said-inbox-reopened", count = ids.len()),
        }
    }

    /// What takes it back.
    pub fn undo(&self) -> Decision {
        match self {
            Decision::Accept(ids) | Decision::Skip(ids) | Decision::Reopen(ids) => Decision::Reopen(ids.clone()),
            Decision::AcceptEdited(id, _) => Decision::Reopen(vec![*id]),
        }
    }
}

impl Change {
    /// Whether it is tried first (`Effect::Preview`) and asked about: what
    /// moves, comes in or folds together, and a new record like one there.
    pub fn previewed_first(&self) -> bool {
        matches!(
            self,
            Change::Handover(_)
                | Change::Import(_)
                | Change::Merge(_)
                | Change::AddCompany(_)
                | Change::AddPerson(_)
                | Change::Bulk(_)
                | Change::Invite { .. }
                | Change::InviteForOffer { .. }
                | Change::Retention { .. }
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
                | Change::UndoBulk { .. }
                | Change::UndoHandover(_)
                | Change::CampaignReply { .. }
                | Change::Came { .. }
                | Change::Unlog { .. }
                | Change::Inbox(Decision::Accept(_) | Decision::Skip(_) | Decision::Reopen(_))
        )
    }
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

/// Whose cadence: a tag's or a kind's.
#[derive(Debug, Clone, PartialEq)]
pub enum CadenceOf {
    Tag(String),
    Kind(crate::domain::kinds::OrganisationKind),
}

/// A handover to take back: who, what it moved and when; `done` once taken back.
#[derive(Debug, Clone)]
pub struct HandoverUndo {
    pub leaver: Id,
    pub to: Id,
    pub leaver_name: String,
    pub companies: Vec<(Id, String)>,
    pub followups: Vec<Id>,
    pub at: String,
    /// The login the handover disabled, which stays disabled.
    pub login: Option<String>,
    pub done: Option<crate::model::handover::HandoverUndone>,
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
