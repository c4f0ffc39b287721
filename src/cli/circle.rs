//! `kring circle …` and `kring meeting …`: business circles (bedrijvenkring).

use super::output::{fit, list, opt, Table};
use super::vocabulary::vocabulary;
use super::Session;
use crate::model::circles::{AttendanceStatus, Attendee};
use crate::{Error, Result};
use chrono::{NaiveDateTime, NaiveTime};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum CircleCommand {
    /// Start a circle
    Add {
        name: String,
        #[arg(long)]
        description: Option<String>,
    },
    /// List circles with their members and next meeting
    List,
    /// Show a circle: members and meetings
    Show { circle: String },
    /// List a circle's member companies (current first)
    Members { circle: String },
    /// A company joins a circle
    Join {
        circle: String,
        company: String,
        #[arg(long, allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// A company leaves a circle (its history stays)
    Leave {
        circle: String,
        company: String,
        #[arg(long, allow_hyphen_values = true)]
        on: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    /// Plan a meeting of a circle
    Add {
        circle: String,
        #[arg(long, allow_hyphen_values = true)]
        on: String,
        /// Start time, local (Europe/Amsterdam)
        #[arg(long, default_value = "16:00")]
        time: String,
        /// Where
        #[arg(long)]
        at: Option<String>,
        #[arg(long)]
        agenda: Option<String>,
        /// Plan a series: every 1w, 2w, 1m… (the fortnightly project team)
        #[arg(long, value_name = "PERIOD")]
        every: Option<String>,
        /// The series' last day (default: the end of the school year)
        #[arg(long, allow_hyphen_values = true, requires = "every")]
        until: Option<String>,
    },
    /// List meetings (of one circle)
    List {
        #[arg(long)]
        circle: Option<String>,
    },
    /// Show a meeting: attendance, minutes, action items
    Show {
        /// The meeting: its id, or a circle (its latest meeting that has begun)
        #[arg(value_name = "MEETING|CIRCLE")]
        meeting: String,
    },
    /// Record a contact person (of a member company) or staff member as invited, attended or apologised
    Attend {
        /// The meeting: its id, or a circle (its latest meeting that has begun)
        #[arg(value_name = "MEETING|CIRCLE")]
        meeting: String,
        /// A contact person at a member company, or a staff member
        who: String,
        #[arg(long, default_value = "attended", value_parser = vocabulary::<AttendanceStatus>())]
        status: AttendanceStatus,
    },
    /// Store the minutes from a file (Markdown or text)
    Minutes {
        /// The meeting: its id, or a circle (its latest meeting that has begun)
        #[arg(value_name = "MEETING|CIRCLE")]
        meeting: String,
        #[arg(long)]
        file: PathBuf,
    },
    /// An action item for a member company: becomes a follow-up
    Action {
        /// The meeting: its id, or a circle (its latest meeting that has begun)
        #[arg(value_name = "MEETING|CIRCLE")]
        meeting: String,
        #[arg(long)]
        company: String,
        #[arg(long, allow_hyphen_values = true)]
        due: String,
        #[arg(long)]
        action: String,
        /// Who does it (default: you)
        #[arg(long = "for", value_name = "STAFF")]
        for_staff: Option<String>,
    },
}

pub fn run_circle(session: &mut Session, command: CircleCommand) -> Result<()> {
    match command {
        CircleCommand::Add { name, description } => {
            let id = session.store.add_circle(&name, description.as_deref())?;
            if session.out.json {
                return session
                    .out
                    .json_value(&serde_json::json!({ "id": id, "name": name.trim() }));
            }
            session
                .out
                .line(crate::t!("cli-circle-added", id = id, name = name.trim()))
        }
        CircleCommand::List => {
            let rows = session.store.list_circles()?;
            let table = Table::new(&[("ID", 4), ("NAME", 40), ("MEMBERS", 7), ("NEXT MEETING", 0)]);
            list(&session.out, &rows, &table, |c| {
                vec![
                    c.id.to_string(),
                    c.name.clone(),
                    c.members.to_string(),
                    opt(&c.next_meeting),
                ]
            })
        }
        CircleCommand::Members { circle } => {
            let id = session.store.resolve_circle(&circle)?;
            let rows = session.store.members(id)?;
            let table = Table::new(&[("ID", 6), ("COMPANY", 34), ("CITY", 14), ("JOINED", 10), ("LEFT", 0)]);
            list(&session.out, &rows, &table, |m| {
                vec![
                    m.company_id.to_string(),
                    m.company.clone(),
                    opt(&m.city),
                    m.joined_on.map(|d| d.to_string()).unwrap_or_default(),
                    m.left_on.map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
        }
        CircleCommand::Show { circle } => {
            let id = session.store.resolve_circle(&circle)?;
            let name = session.store.circle_name(id)?;
            let members = session.store.members(id)?;
            let meetings = session.store.meetings(Some(id))?;
            let out = &session.out;
            if out.json {
                return out.json_value(
                    &serde_json::json!({ "id": id, "name": name, "members": members, "meetings": meetings }),
                );
            }
            out.line(format!("{name} (#{id})"))?;
            out.line("")?;
            out.line(crate::t!(
                "cli-circle-members",
                count = members.iter().filter(|m| m.current).count()
            ))?;
            for m in &members {
                let state = if m.current {
                    String::new()
                } else {
                    let on = m.left_on.map(crate::l10n::date).unwrap_or_default();
                    format!("  [{}]", crate::t!("cli-circle-left-on", date = on))
                };
                out.line(format!("  #{:<5} {}{state}", m.company_id, m.company))?;
            }
            out.line("")?;
            out.line(crate::t!("cli-circle-meetings"))?;
            let today = session.store.today().to_string();
            for m in &meetings {
                let when = if m.starts_at.as_str() >= today.as_str() {
                    crate::t!("cli-circle-upcoming")
                } else {
                    crate::t!("cli-circle-held")
                };
                out.line(format!("  #{:<4} {}  {}  {when}", m.id, m.starts_at, opt(&m.place)))?;
            }
            Ok(())
        }
        CircleCommand::Join { circle, company, on } => membership(session, &circle, &company, on, true),
        CircleCommand::Leave { circle, company, on } => membership(session, &circle, &company, on, false),
    }
}

pub fn run_meeting(session: &mut Session, command: MeetingCommand) -> Result<()> {
    match command {
        MeetingCommand::Add {
            circle,
            on,
            time,
            at,
            agenda,
            every,
            until,
        } => {
            let circle = session.store.resolve_circle(&circle)?;
            let date = session.date(&on)?;
            let time = NaiveTime::parse_from_str(time.trim(), "%H:%M")
                .map_err(|_| Error::invalid(crate::t!("err-time", given = time.as_str())))?;
            let Some(every) = every else {
                let id = session.store.add_meeting(
                    circle,
                    NaiveDateTime::new(date, time),
                    at.as_deref(),
                    agenda.as_deref(),
                )?;
                return show(session, id);
            };
            let days = series_days(session, date, &every, until.as_deref())?;
            let starts: Vec<NaiveDateTime> = days.iter().map(|d| NaiveDateTime::new(*d, time)).collect();
            let ids = session
                .store
                .add_meetings(circle, &starts, at.as_deref(), agenda.as_deref())?;
            if session.out.json {
                return session.out.json_value(&serde_json::json!({ "meetings": ids }));
            }
            session.out.line(crate::t!(
                "cli-meetings-planned",
                count = ids.len(),
                first = crate::l10n::date(days[0]),
                last = crate::l10n::date(days[days.len() - 1])
            ))
        }
        MeetingCommand::List { circle } => {
            let circle = circle.as_deref().map(|c| session.store.resolve_circle(c)).transpose()?;
            let rows = session.store.meetings(circle)?;
            let table = Table::new(&[("ID", 4), ("WHEN", 16), ("CIRCLE", 36), ("PLACE", 0)]);
            list(&session.out, &rows, &table, |m| {
                vec![m.id.to_string(), m.starts_at.clone(), m.circle.clone(), opt(&m.place)]
            })
        }
        MeetingCommand::Show { meeting } => {
            let meeting = session.store.resolve_meeting(&meeting)?;
            show(session, meeting)
        }
        MeetingCommand::Attend { meeting, who, status } => {
            let meeting = session.store.resolve_meeting(&meeting)?;
            let circle = session.store.meeting(meeting)?.circle_id;
            let attendee = resolve_attendee(session, circle, &who)?;
            session.store.attend(meeting, attendee, status)?;
            show(session, meeting)
        }
        MeetingCommand::Minutes { meeting, file } => {
            let meeting = session.store.resolve_meeting(&meeting)?;
            let text = std::fs::read_to_string(&file)
                .map_err(|e| Error::Io(format!("cannot read the minutes from {}: {e}", file.display())))?;
            session.store.set_minutes(meeting, &text)?;
            session.out.line(crate::t!(
                "cli-minutes-saved",
                id = meeting,
                lines = text.lines().count()
            ))
        }
        MeetingCommand::Action {
            meeting,
            company,
            due,
            action,
            for_staff,
        } => {
            let meeting = session.store.resolve_meeting(&meeting)?;
            let company = session.store.resolve_company(&company)?;
            let due = session.date(&due)?;
            let staff = for_staff
                .as_deref()
                .map(|s| session.store.resolve_staff(s))
                .transpose()?;
            let id = session.store.meeting_action(meeting, company, due, &action, staff)?;
            let f = session.store.followup(id)?;
            if session.out.json {
                return session.out.json_value(&f);
            }
            session.out.line(crate::t!(
                "cli-action-item",
                id = id,
                company = f.company,
                date = crate::l10n::date(f.due),
                action = f.action,
                who = opt(&f.staff)
            ))
        }
    }
}

/// A contact person of a member company first; else a staff member.
fn resolve_attendee(session: &Session, circle: i64, who: &str) -> Result<Attendee> {
    match session.store.resolve_circle_contact(circle, who) {
        Ok(person) => Ok(Attendee::Person(person)),
        Err(Error::NotFound { .. }) => match session.store.resolve_staff(who) {
            Ok(staff) => Ok(Attendee::Staff(staff)),
            // Someone else's contact: the store says why they cannot attend.
            Err(Error::NotFound { .. }) => match session.store.resolve_person(who) {
                Ok(person) => Ok(Attendee::Person(person)),
                Err(Error::NotFound { .. }) => Err(Error::invalid(crate::t!(
                    "err-not-an-attendee",
                    who = who,
                    circle = session.store.circle_name(circle)?
                ))),
                Err(other) => Err(other),
            },
            Err(other) => Err(other),
        },
        Err(other) => Err(other),
    }
}

fn show(session: &mut Session, id: i64) -> Result<()> {
    let m = session.store.meeting(id)?;
    let attendance = session.store.attendance(id)?;
    let actions = session.store.list_followups(&crate::model::followups::FollowupFilter {
        meeting: Some(id),
        include_done: true,
        ..Default::default()
    })?;
    let out = &session.out;
    if out.json {
        return out.json_value(&serde_json::json!({ "meeting": m, "attendance": attendance, "actions": actions }));
    }
    out.line(crate::t!(
        "cli-meeting-title",
        id = m.id,
        circle = m.circle.as_str(),
        at = m.starts_at.as_str(),
        place = opt(&m.place)
    ))?;
    if let Some(agenda) = &m.agenda {
        out.line(format!("  {}: {agenda}", crate::t!("meeting-agenda")))?;
    }
    out.line("")?;
    out.line(crate::t!("cli-meeting-attendance"))?;
    for a in &attendance {
        let status = AttendanceStatus::parse(&a.status).map_or_else(|_| a.status.clone(), |s| s.display_label());
        out.line(format!("  {} {}  {}", fit(&status, 10), a.name, opt(&a.company)))?;
    }
    if !actions.is_empty() {
        out.line("")?;
        out.line(crate::t!("cli-meeting-actions"))?;
        for f in &actions {
            out.line(format!(
                "  #{} {} {}: {} ({})",
                f.id,
                crate::l10n::date(f.due),
                f.company,
                f.action,
                opt(&f.staff)
            ))?;
        }
    }
    if let Some(minutes) = &m.minutes {
        out.line("")?;
        out.line(crate::t!("meeting-minutes"))?;
        for line in minutes.lines() {
            out.line(format!("  {line}"))?;
        }
    }
    Ok(())
}

/// `circle join` / `circle leave`: a company joins or leaves on a day (today by default).
fn membership(session: &mut Session, circle: &str, company: &str, on: Option<String>, join: bool) -> Result<()> {
    let (circle, company) = (
        session.store.resolve_circle(circle)?,
        session.store.resolve_company(company)?,
    );
    let on = session.optional_date(on.as_deref())?.unwrap_or(session.store.today());
    if join {
        session.store.join_circle(circle, company, on)?;
    } else {
        session.store.leave_circle(circle, company, on)?;
    }
    let (company, circle, date) = (
        session.store.company(company)?.name,
        session.store.circle_name(circle)?,
        crate::l10n::date(on),
    );
    session.out.line(if join {
        crate::t!("cli-circle-joined", company = company, circle = circle, date = date)
    } else {
        crate::t!("cli-circle-left", company = company, circle = circle, date = date)
    })
}

/// The days of a series from `first`, `every` period, until a day (default:
/// the end of the school year `first` is in).
fn series_days(
    session: &Session,
    first: chrono::NaiveDate,
    every: &str,
    until: Option<&str>,
) -> Result<Vec<chrono::NaiveDate>> {
    let period = crate::domain::recurrence::Every::parse(every)
        .ok_or_else(|| Error::invalid(crate::t!("err-every", given = every)))?;
    let last = until.map(|day| session.date(day)).transpose()?;
    Ok(crate::domain::recurrence::series_days(first, period, last)?)
}
