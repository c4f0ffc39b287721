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
    ManagementReport,
    /// This school year's ledger: every form of collaboration per company (an Excel workbook).
    YearLedger,
    /// Everything kring holds about a person (JSON), for a request of access.
    Person(Id),
    /// A campaign's mail-merge list (CSV for Excel).
    MailMerge(Id),
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
        of: crate::tui::forms::bulk::CadenceOf,
        days: Option<u32>,
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
                | Change::CampaignReply { .. }
                | Change::Came { .. }
                | Change::Unlog { .. }
                | Change::Inbox(Decision::Accept(_) | Decision::Skip(_) | Decision::Reopen(_))
        )
    }

    /// What the status bar says after saving. `made`: the new record's id
    /// (for a logged interaction: the follow-up's, when one was made).
    pub fn said(&self, made: Option<Id>) -> String {
        match self {
            Change::Complete { what, .. } => done_said(what, made),
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
            Change::Log { new, today, repeat } => logged(new, *today, made.is_some(), repeat.map(|(every, _)| every)),
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
            Change::Handover(order) => handed_over(order),
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
            Change::AddCircle { .. }
            | Change::PlanMeeting { .. }
            | Change::AddMember { .. }
            | Change::RemoveMember { .. } => circle_said(self),
            Change::Import(_) | Change::UndoImport(_) => import_said(self, made),
            Change::Export(order) => crate::t!("said-exported", path = order.path.display().to_string()),
            Change::OpenDocument(location) => crate::t!("said-opened", location = location.as_str()),
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
            Change::Bulk(_) | Change::UndoBulk { .. } => bulk_said(self, made),
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
            | Change::SetCadence { .. } => campaign_said(self, made),
            Change::ErasePerson { .. }
            | Change::AddStaff(_)
            | Change::AddGoal(_)
            | Change::MovePerson { .. }
            | Change::Archive { .. } => records_said(self),
            Change::Inbox(decision) => decision.said(),
            Change::Rechecked { next, .. } => crate::t!(
                "said-rechecked",
                next = next.map(crate::l10n::date).unwrap_or_else(|| "-".into())
            ),
            Change::Rest { .. }
            | Change::Places(_)
            | Change::PersonLeft { .. }
            | Change::Network(_)
            | Change::TakeOffer { .. }
            | Change::WithdrawOffer(_)
            | Change::Alumnus { .. }
            | Change::AddOffer { .. }
            | Change::EndTies { .. }
            | Change::IntroducePerson { .. }
            | Change::ImportPlaces(_) => network_said(self),
        }
    }
}

/// Marked done; a follow-up that comes back says its next one.
fn done_said(what: &str, next: Option<Id>) -> String {
    let said = crate::t!("said-done", what = what);
    match next {
        Some(id) => format!("{said} · {}", crate::t!("said-next-in-series", id = id)),
        None => said,
    }
}

/// A handover done: to whom, the dossier, and what remains for IT.
fn handed_over(order: &HandoverOrder) -> String {
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

/// What a change in the network says when it is saved.
fn network_said(change: &Change) -> String {
    match change {
        Change::AddOffer { new, .. } => crate::t!("said-added", name = new.title.as_str()),
        Change::EndTies { .. } => crate::t!("said-ties-ended"),
        Change::ImportPlaces(_) => crate::t!("said-places-imported"),
        Change::IntroducePerson { .. } => crate::t!("said-network"),
        Change::Alumnus { programme, .. } if programme.trim().is_empty() => crate::t!("said-not-alumnus"),
        Change::Alumnus { programme, .. } => crate::t!("said-alumnus", programme = programme.as_str()),
        Change::PersonLeft { successor, .. } => match successor {
            Some(name) => crate::t!("said-left-successor", name = name.as_str()),
            None => crate::t!("said-left"),
        },
        Change::Rest { until, .. } => match until {
            Some(day) => crate::t!("said-rest", until = crate::l10n::date(*day)),
            None => crate::t!("said-rest-ended"),
        },
        Change::Places(change) => crate::t!("said-places", programme = change.programme.as_str()),
        Change::Network(_) => crate::t!("said-network"),
        Change::TakeOffer { offer, company } => {
            crate::t!("said-offer-taken", id = *offer, company = company.as_str())
        }
        Change::WithdrawOffer(id) => crate::t!("cli-offer-withdrawn", id = *id),
        _ => String::new(),
    }
}

fn logged(
    new: &NewInteraction,
    today: NaiveDate,
    followup_made: bool,
    every: Option<crate::domain::recurrence::Every>,
) -> String {
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
        if let Some(every) = every {
            message.push_str(&format!(" (↻ {every})"));
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

/// What the status bar says after a change to a record itself: a person
/// erased or moved, a colleague added, a company archived.
fn records_said(change: &Change) -> String {
    match change {
        Change::ErasePerson { name, .. } => crate::t!("said-erased", name = name.as_str()),
        Change::AddStaff(new) => crate::t!("said-staff-added", name = new.name.as_str()),
        Change::AddGoal(new) => crate::t!(
            "said-goal-added",
            target = new.target,
            what = new.metric.display_label()
        ),
        Change::MovePerson { to, .. } => crate::t!("said-moved", company = to.as_str()),
        Change::Archive {
            name, archived: true, ..
        } => crate::t!("said-archived", name = name.as_str()),
        Change::Archive { name, .. } => crate::t!("said-unarchived", name = name.as_str()),
        _ => String::new(),
    }
}

/// A bulk change made, or taken back (naming what a colleague changed since).
fn bulk_said(change: &Change, made: Option<Id>) -> String {
    match change {
        Change::Bulk(order) => crate::t!("said-bulk", id = made.unwrap_or_default(), companies = order.changed),
        Change::UndoBulk { id, restored, refused } if refused.is_empty() => {
            crate::t!("said-bulk-undone", id = *id, restored = *restored)
        }
        Change::UndoBulk { id, restored, refused } => crate::t!(
            "said-bulk-undone-but",
            id = *id,
            restored = *restored,
            refused = refused.join("; ")
        ),
        _ => String::new(),
    }
}

/// A campaign made, companies invited, a reply, who came, a copy; a
/// document linked; a question added or closed.
fn campaign_said(change: &Change, made: Option<Id>) -> String {
    match change {
        Change::AddCampaign(new) => crate::t!("said-added", name = new.name.as_str()),
        Change::Invite { companies, .. } => crate::t!(
            "said-invited",
            count = made.unwrap_or_default().max(0),
            asked = companies.len()
        ),
        Change::CampaignReply { name, reply, .. } => {
            crate::t!("said-replied", company = name.as_str(), reply = reply.display_label())
        }
        Change::Came { name, .. } => crate::t!("said-came", company = name.as_str(), id = made.unwrap_or_default()),
        Change::CopyCampaign { new, .. } => crate::t!("said-campaign-copied", name = new.name.as_str()),
        Change::Attach { location, .. } => crate::t!("said-attached", location = location.as_str()),
        Change::AddQuestion(new) => crate::t!(
            "said-question-added",
            title = new.title.as_str(),
            id = made.unwrap_or_default()
        ),
        Change::CloseQuestion { id, to, .. } => crate::t!("cli-question-moved", id = *id, status = to.display_label()),
        Change::ApplyView { name, .. } => crate::t!("said-view-applied", name = name.as_str()),
        Change::EditGoal { target, .. } => crate::t!("said-goal-edited", target = *target),
        Change::RemoveGoal { what, .. } => crate::t!("said-goal-removed", what = what.as_str()),
        Change::SetCadence { of, days } => {
            let group = match of {
                crate::tui::forms::bulk::CadenceOf::Tag(tag) => crate::t!("cadence-from-tag", tag = tag.as_str()),
                crate::tui::forms::bulk::CadenceOf::Kind(kind) => {
                    crate::t!("cadence-from-kind", kind = kind.display_label())
                }
            };
            match days {
                Some(days) => crate::t!("said-cadence-set", group = group, days = *days),
                None => crate::t!("said-cadence-cleared", group = group),
            }
        }
        Change::SaveView { name, words } => {
            crate::t!("cli-view-saved", name = name.as_str(), command = words.join(" "))
        }
        _ => String::new(),
    }
}

/// An import made, or taken back.
fn import_said(change: &Change, made: Option<Id>) -> String {
    match (change, made) {
        (Change::Import(order), Some(id)) => crate::t!("said-imported", id = id, rows = order.good_rows),
        (Change::UndoImport(_), Some(id)) => crate::t!("said-import-undone", id = id),
        _ => String::new(),
    }
}

/// A circle started, a meeting (or a series) planned, a member in or out.
fn circle_said(change: &Change) -> String {
    match change {
        Change::AddCircle { name, .. } => crate::t!("said-added", name = name.as_str()),
        Change::PlanMeeting { starts, .. } => match starts.as_slice() {
            [one] => crate::t!("said-meeting-planned", at = one.format("%Y-%m-%d %H:%M").to_string()),
            [first, .., last] => crate::t!(
                "cli-meetings-planned",
                count = starts.len(),
                first = crate::l10n::date(first.date()),
                last = crate::l10n::date(last.date())
            ),
            [] => String::new(),
        },
        Change::AddMember { company, .. } => crate::t!("said-member-joined", company = company.as_str()),
        Change::RemoveMember { name, .. } => crate::t!("said-member-left", company = name.as_str()),
        _ => String::new(),
    }
}
