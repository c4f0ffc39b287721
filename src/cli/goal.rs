//! `kring goal …` and `kring goals`: the yearly goals agreed with a
//! programme, and how far along they are.

use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::dates::school_year_of as current_school_year;
use crate::domain::kinds::GoalMetric;
use crate::model::goals::{GoalProgress, GoalScope, NewGoal};
use crate::Result;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum GoalCommand {
    /// Agree a goal for a school year: the school's, a team's or a staff member's
    Add {
        /// The school year, e.g. 2026-2027 (default: the current one)
        #[arg(long)]
        year: Option<String>,
        #[arg(long, conflicts_with = "staff")]
        team: Option<String>,
        #[arg(long)]
        staff: Option<String>,
        /// What the goal counts
        #[arg(long, value_parser = vocabulary::<GoalMetric>())]
        metric: GoalMetric,
        /// Count only companies with this tag (e.g. multinational)
        #[arg(long)]
        tag: Option<String>,
        #[arg(long)]
        target: u32,
        /// The top of a range: --target 40 --max 60
        #[arg(long)]
        max: Option<u32>,
        #[arg(long)]
        note: Option<String>,
    },
    /// The goals of a school year
    List(GoalsArgs),
    /// Change a goal's target, the top of its range (--max 0: no range) or its note
    Edit {
        id: i64,
        #[arg(long)]
        target: Option<u32>,
        #[arg(long)]
        max: Option<u32>,
        #[arg(long)]
        note: Option<String>,
    },
    /// Remove a goal agreed by mistake
    Remove { id: i64 },
}

#[derive(Debug, Args, Default)]
pub struct GoalsArgs {
    /// The school year (default: the current one)
    #[arg(long)]
    pub year: Option<String>,
    #[arg(long, conflicts_with_all = ["staff", "mine"])]
    pub team: Option<String>,
    #[arg(long, conflicts_with = "mine")]
    pub staff: Option<String>,
    /// My goals
    #[arg(long)]
    pub mine: bool,
    /// List what makes up each count
    #[arg(long)]
    pub explain: bool,
}

pub fn run(session: &mut Session, command: GoalCommand) -> Result<()> {
    match command {
        GoalCommand::Add {
            year,
            team,
            staff,
            metric,
            tag,
            target,
            max,
            note,
        } => {
            let school_year = year.unwrap_or_else(|| current_school_year(session.store.today()));
            let id = session.store.add_goal(NewGoal {
                school_year: school_year.clone(),
                team: team.as_deref().map(|t| session.store.resolve_team(t)).transpose()?,
                staff: staff.as_deref().map(|s| session.store.resolve_staff(s)).transpose()?,
                metric,
                tag,
                target,
                max,
                note,
            })?;
            if session.out.json {
                return session.out.json_value(&serde_json::json!({ "id": id }));
            }
            session
                .out
                .line(crate::t!("cli-goal-added", id = id, year = school_year.as_str()))
        }
        GoalCommand::List(args) => goals(session, &args),
        GoalCommand::Edit { id, target, max, note } => {
            session.store.edit_goal(id, target, max, note.as_deref())?;
            session.out.line(crate::t!("cli-goal-changed", id = id))
        }
        GoalCommand::Remove { id } => {
            session.store.remove_goal(id)?;
            session.out.line(crate::t!("cli-goal-removed", id = id))
        }
    }
}

/// `kring goals`: each goal with its count, a bar and, with --explain, what makes it up.
pub fn goals(session: &mut Session, args: &GoalsArgs) -> Result<()> {
    let year = args
        .year
        .clone()
        .unwrap_or_else(|| current_school_year(session.store.today()));
    let scope = match (&args.team, &args.staff, args.mine) {
        (Some(t), _, _) => GoalScope::Team(session.store.resolve_team(t)?),
        (_, Some(s), _) => GoalScope::Staff(session.store.resolve_staff(s)?),
        (_, _, true) => session.store.actor().map_or(GoalScope::All, GoalScope::Staff),
        _ => GoalScope::All,
    };
    let goals = session.store.goals(&year, scope)?;
    let out = &session.out;
    if out.json {
        return out.json_value(&goals);
    }
    out.line(crate::t!("cli-goals-title", year = year.as_str()))?;
    if goals.is_empty() {
        out.line(crate::t!("cli-goals-none"))?;
    }
    for g in &goals {
        out.line(line(g))?;
        if args.explain {
            for (company, n) in g.made_of.iter().take(50) {
                out.line(format!("      {n:>4}  {company}"))?;
            }
        }
    }
    Ok(())
}

fn line(g: &GoalProgress) -> String {
    let bar = g.bar(20);
    let tag = g.tag.as_deref().map(|t| format!(" [{t}]")).unwrap_or_default();
    let note = g.note.as_deref().map(|n| format!("  ({n})")).unwrap_or_default();
    format!(
        "  #{:<3} {:<20} {bar} {:>3}%  {}{tag}{note}",
        g.id,
        g.whose,
        g.percent(),
        g.verdict()
    )
}
