//! `kring question …`: the questions companies bring (vraagstukken) — a
//! practice assignment, a research question, a guest-lecture request — from
//! the day they are asked until delivered, and the board of demand against
//! what teams can take on.

use super::output::{fit, list, opt, Out, Table};
use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::dates::school_year_of;
use crate::domain::kinds::{QuestionKind, QuestionStatus};
use crate::model::questions::{Board, NewQuestion, Question, QuestionFilter, QuestionMatch, QuestionPatch};
use crate::Result;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum QuestionCommand {
    /// Record a question a company brings: an assignment, research, a guest lecture…
    Add {
        company: String,
        /// What they ask, in a line
        title: String,
        #[command(flatten)]
        fields: QuestionFields,
        /// When they asked (default: today)
        #[arg(long, allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// List questions: open ones by how long they wait, then the rest
    List {
        /// Only new, matched and running ones
        #[arg(long)]
        open: bool,
        /// Only questions of this kind
        #[arg(long, value_parser = vocabulary::<QuestionKind>())]
        kind: Option<QuestionKind>,
        /// Only questions that stand here
        #[arg(long, value_parser = vocabulary::<QuestionStatus>())]
        status: Option<QuestionStatus>,
        #[arg(long)]
        team: Option<String>,
        #[arg(long)]
        company: Option<String>,
        /// School year, e.g. 2026-2027
        #[arg(long)]
        year: Option<String>,
    },
    /// One question with each step of its way
    Show { id: i64 },
    /// Change a question's fields (an empty value clears a text field)
    Edit {
        id: i64,
        #[arg(long)]
        title: Option<String>,
        #[command(flatten)]
        fields: QuestionFields,
    },
    /// A team takes the question on; a collaboration is agreed to carry it (or --engagement N)
    Match {
        id: i64,
        #[arg(long)]
        team: String,
        /// The teacher who supervises it
        #[arg(long)]
        teacher: Option<String>,
        /// When: "blok 3", "semester 2"
        #[arg(long)]
        period: Option<String>,
        /// An existing collaboration with the company that carries it
        #[arg(long)]
        engagement: Option<i64>,
    },
    /// Move a question on: running, delivered, declined (with --note: the reason for the company), withdrawn
    Status {
        id: i64,
        /// Where it stands now (running, delivered, declined or withdrawn)
        #[arg(value_parser = vocabulary::<QuestionStatus>())]
        status: QuestionStatus,
        #[arg(long)]
        note: Option<String>,
    },
    /// Demand against capacity per team and period, and the questions that wait longest
    Board {
        /// School year (default: the current one)
        #[arg(long)]
        year: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct QuestionFields {
    /// The contact person who asked
    #[arg(long)]
    pub from: Option<String>,
    /// What they ask for
    #[arg(long, value_parser = vocabulary::<QuestionKind>())]
    pub kind: Option<QuestionKind>,
    /// How many students it asks for
    #[arg(long)]
    pub students: Option<u32>,
    /// By when they need it
    #[arg(long, allow_hyphen_values = true)]
    pub wanted_by: Option<String>,
    /// The team (programme) it is for
    #[arg(long)]
    pub team: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
    /// School year it is for (when added: that of --wanted-by, else of the day asked)
    #[arg(long)]
    pub year: Option<String>,
    /// Period within the year: "blok 3"
    #[arg(long)]
    pub period: Option<String>,
}

pub fn run(session: &mut Session, command: QuestionCommand) -> Result<()> {
    match command {
        QuestionCommand::Add {
            company,
            title,
            fields,
            on,
        } => add(session, &company, title, fields, on.as_deref()),
        QuestionCommand::List {
            open,
            kind,
            status,
            team,
            company,
            year,
        } => {
            let filter = QuestionFilter {
                company: company
                    .as_deref()
                    .map(|c| session.store.resolve_company(c))
                    .transpose()?,
                team: team.as_deref().map(|t| session.store.resolve_team(t)).transpose()?,
                kind,
                status,
                open,
                school_year: year.as_deref().map(crate::domain::validate::school_year).transpose()?,
            };
            print_list(session, &filter)
        }
        QuestionCommand::Show { id } => show(session, id),
        QuestionCommand::Edit { id, title, fields } => edit(session, id, title, fields),
        QuestionCommand::Match {
            id,
            team,
            teacher,
            period,
            engagement,
        } => {
            let how = QuestionMatch {
                team: session.store.resolve_team(&team)?,
                teacher: teacher.as_deref().map(|t| session.store.resolve_staff(t)).transpose()?,
                period,
                engagement,
            };
            let engagement = session.store.match_question(id, how)?;
            if session.out.json {
                return show(session, id);
            }
            let q = session.store.question(id)?;
            session.out.line(crate::t!(
                "cli-question-matched",
                id = id,
                team = q.team.unwrap_or_default(),
                engagement = engagement
            ))
        }
        QuestionCommand::Status { id, status, note } => {
            session.store.set_question_status(id, status, note.as_deref())?;
            if session.out.json {
                return show(session, id);
            }
            session.out.line(crate::t!(
                "cli-question-moved",
                id = id,
                status = status.display_label()
            ))
        }
        QuestionCommand::Board { year } => {
            let year = year.unwrap_or_else(|| school_year_of(session.store.today()));
            let board = session.store.question_board(&year)?;
            if session.out.json {
                return session.out.json_value(&board);
            }
            print_board(&session.out, &board)
        }
    }
}

/// `question add`: a question a company brings.
fn add(session: &mut Session, company: &str, title: String, fields: QuestionFields, on: Option<&str>) -> Result<()> {
    let company = session.store.resolve_company(company)?;
    let new = NewQuestion {
        company,
        title,
        from: fields
            .from
            .as_deref()
            .map(|p| session.store.resolve_contact(company, p))
            .transpose()?,
        kind: fields.kind.unwrap_or(QuestionKind::Assignment),
        students: fields.students,
        wanted_by: session.optional_date(fields.wanted_by.as_deref())?,
        team: fields
            .team
            .as_deref()
            .map(|t| session.store.resolve_team(t))
            .transpose()?,
        note: fields.note,
        asked_on: session.optional_date(on)?,
        school_year: fields.year,
        period: fields.period,
    };
    let id = session.store.add_question(new)?;
    if session.out.json {
        return show(session, id);
    }
    let q = session.store.question(id)?;
    session
        .out
        .line(crate::t!("cli-question-added", id = id, company = q.company.as_str()))
}

/// `question list`: the questions the filter lets through, as a table.
fn print_list(session: &mut Session, filter: &QuestionFilter) -> Result<()> {
    let rows = session.store.list_questions(filter)?;
    if rows.is_empty() && !session.out.json {
        return session.out.line(crate::t!("cli-questions-none"));
    }
    let table = Table::new(&[
        ("ID", 5),
        ("COMPANY", 28),
        ("KIND", 16),
        ("STATUS", 10),
        ("TEAM", 14),
        ("ASKED", 10),
        ("WAITING", 8),
        ("TITLE", 0),
    ]);
    list(&session.out, &rows, &table, |q| {
        vec![
            q.id.to_string(),
            q.company.clone(),
            q.kind.display_label(),
            q.status.display_label(),
            opt(&q.team),
            q.asked_on.to_string(),
            q.waiting_days.map(waiting).unwrap_or_default(),
            q.title.clone(),
        ]
    })
}

/// `question edit`: the fields given change; an empty text clears one.
fn edit(session: &mut Session, id: i64, title: Option<String>, fields: QuestionFields) -> Result<()> {
    let company = session.store.question(id)?.company_id;
    let patch = QuestionPatch {
        title,
        from: match fields.from.as_deref() {
            Some(p) if p.trim().is_empty() => Some(None),
            Some(p) => Some(Some(session.store.resolve_contact(company, p)?)),
            None => None,
        },
        kind: fields.kind,
        students: fields.students,
        wanted_by: session.optional_date(fields.wanted_by.as_deref())?,
        team: fields
            .team
            .as_deref()
            .map(|t| session.store.resolve_team(t))
            .transpose()?,
        note: fields.note,
        school_year: fields.year,
        period: fields.period,
    };
    session.store.edit_question(id, patch)?;
    if session.out.json {
        return show(session, id);
    }
    session.out.line(crate::t!("cli-question-changed", id = id))
}

fn waiting(days: i64) -> String {
    crate::t!("cli-question-days", days = days)
}

fn show(session: &mut Session, id: i64) -> Result<()> {
    let q = session.store.question(id)?;
    let steps = session.store.question_steps(id)?;
    let out = &session.out;
    if out.json {
        #[derive(serde::Serialize)]
        struct Shown<'a> {
            #[serde(flatten)]
            question: &'a Question,
            steps: &'a [crate::model::questions::QuestionStep],
        }
        return out.json_value(&Shown {
            question: &q,
            steps: &steps,
        });
    }
    out.line(crate::t!("cli-question-title", id = q.id, title = q.title.as_str()))?;
    let date = crate::l10n::date;
    let students = q.students.map(|s| s.to_string());
    let engagement = q.engagement_id.map(|e| format!("#{e}"));
    for (label, value) in [
        ("Company", Some(q.company.clone())),
        ("From", q.person.clone()),
        ("Kind", Some(q.kind.display_label())),
        ("Status", Some(q.status.display_label())),
        ("Waiting", q.waiting_days.map(waiting)),
        ("Team", q.team.clone()),
        ("Teacher", q.teacher.clone()),
        ("School year", Some(q.school_year.clone())),
        ("Period", q.period.clone()),
        ("Students", students),
        ("Wanted by", q.wanted_by.map(date)),
        ("Asked on", Some(date(q.asked_on))),
        ("Collaboration", engagement),
        ("Reason", q.reason.clone()),
        ("Note", q.note.clone()),
    ] {
        if let Some(value) = value {
            out.line(format!(
                "  {}{value}",
                fit(&format!("{}:", crate::l10n::phrase(label)), 15)
            ))?;
        }
    }
    out.line("")?;
    out.line(crate::t!("cli-question-steps"))?;
    for s in &steps {
        let at = s.at.get(..16).unwrap_or(&s.at).replace('T', " ");
        let note = s.note.as_deref().map(|n| format!("  {n}")).unwrap_or_default();
        let line = format!(
            "  {at}  {}  {}{note}",
            fit(&s.status.display_label(), 12),
            fit(s.by.as_deref().unwrap_or("-"), 20)
        );
        out.line(line.trim_end())?;
    }
    Ok(())
}

fn print_board(out: &Out, board: &Board) -> Result<()> {
    out.line(crate::t!("cli-board-title", year = board.school_year.as_str()))?;
    if board.rows.is_empty() {
        out.line(crate::t!("cli-board-none"))?;
        return Ok(());
    }
    let table = Table::new(&[
        ("TEAM", 18),
        ("PERIOD", 14),
        ("CAPACITY", 12),
        ("ASKED", 12),
        ("NEW", 4),
        ("MATCHED", 8),
        ("RUNNING", 8),
        ("DELIVERED", 10),
        ("SHORT", 0),
    ]);
    let capacity = |assignments: Option<i64>, students: Option<i64>| match (assignments, students) {
        (Some(a), Some(s)) => format!("{a} / {s}"),
        _ => "-".to_string(),
    };
    let none = |text: &Option<String>, id| text.clone().unwrap_or_else(|| crate::l10n::message(id, &[]));
    list(out, &board.rows, &table, |r| {
        let short = match (r.short_assignments(), r.short_students()) {
            (0, 0) => String::new(),
            (a, s) => crate::t!("cli-board-short", assignments = a, students = s),
        };
        vec![
            none(&r.team, "cli-board-no-team"),
            none(&r.period, "cli-board-no-period"),
            capacity(r.capacity_assignments, r.capacity_students),
            format!("{} / {}", r.questions, r.students),
            r.new.to_string(),
            r.matched.to_string(),
            r.running.to_string(),
            r.delivered.to_string(),
            short,
        ]
    })?;
    out.line(crate::t!("cli-board-legend"))?;
    if !board.waiting.is_empty() {
        out.line("")?;
        out.line(crate::t!("cli-board-waiting"))?;
        for q in &board.waiting {
            out.line(question_line(q))?;
        }
    }
    Ok(())
}

fn question_line(q: &Question) -> String {
    let waiting = q.waiting_days.map(|d| format!(" — {}", waiting(d))).unwrap_or_default();
    format!(
        "  #{:<4} {}  {} ({}){waiting}",
        q.id,
        fit(&q.company, 28),
        q.title,
        q.kind.display_label()
    )
}

/// The company page's open questions (`kring company show`).
pub fn print_open(out: &Out, questions: &[Question]) -> Result<()> {
    if questions.is_empty() {
        return Ok(());
    }
    out.line("")?;
    out.line(crate::t!("cli-show-questions", count = questions.len()))?;
    for q in questions {
        let status = match q.waiting_days {
            Some(d) => waiting(d),
            None => q.status.display_label(),
        };
        out.line(format!(
            "  #{} {} ({}, {status})",
            q.id,
            q.title,
            q.kind.display_label()
        ))?;
    }
    Ok(())
}
