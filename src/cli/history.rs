//! `kring history COMPANY`: every change to a company and the records that
//! hang on it — who, when, what (old → new); `kring history --all` the log
//! across the database; `kring history person NAME` one person's.

use super::output::{opt, JsonArray};
use super::Session;
use crate::model::audit::Change;
use crate::store::Id;
use crate::{Error, Result};
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct HistoryArgs {
    #[command(subcommand)]
    pub command: Option<HistoryCommand>,
    /// The company (id or name)
    pub company: Option<String>,
    /// Every change in the database, newest first
    #[arg(long, conflicts_with = "company")]
    pub all: bool,
    /// With --all: changes from this day on
    #[arg(long, value_name = "DATE", requires = "all")]
    pub since: Option<String>,
    /// With --all: changes by this staff member
    #[arg(long, value_name = "STAFF", requires = "all")]
    pub by: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum HistoryCommand {
    /// The changes to one person's record
    Person {
        /// The person (id or name)
        name: String,
    },
}

pub fn run(session: &mut Session, args: &HistoryArgs) -> Result<()> {
    if let Some(HistoryCommand::Person { name }) = &args.command {
        let id = session.store.resolve_person(name)?;
        let changes = session.store.person_history(id)?;
        let title = crate::t!("cli-history-of", name = session.store.person(id)?.name, id = id);
        return print(session, &title, &changes, Some(("person", id)));
    }
    if args.all {
        let since = args.since.as_deref().map(|d| session.date(d)).transpose()?;
        let by = args.by.as_deref().map(|s| session.store.resolve_staff(s)).transpose()?;
        let changes = session.store.all_history(since, by)?;
        return print(session, &crate::t!("cli-history-all"), &changes, None);
    }
    let Some(company) = &args.company else {
        return Err(Error::invalid(crate::t!("cli-history-what")));
    };
    let id = session.store.resolve_company(company)?;
    let changes = session.store.history(id)?;
    let title = crate::t!("cli-history-of", name = session.store.company(id)?.name, id = id);
    print(session, &title, &changes, Some(("company", id)))
}

/// `of`: the record whose history this is (not named again on each line).
fn print(session: &Session, title: &str, changes: &[Change], of: Option<(&str, Id)>) -> Result<()> {
    let out = &session.out;
    if out.json {
        let mut array = JsonArray::start(out)?;
        for change in changes {
            array.push(change)?;
        }
        return array.finish();
    }
    out.line(title)?;
    for c in changes {
        let what = describe(c.detail.as_ref());
        let who = opt(&c.staff);
        let subject = match (c.entity.as_str(), c.entity_id) {
            (entity, Some(id)) if of == Some((entity, id)) => String::new(),
            (entity, Some(id)) => format!(" {entity} #{id}"),
            (entity, None) => format!(" {entity}"),
        };
        out.line(format!("  {}  {:<10} {}{subject}{what}", c.at, who, c.action))?;
    }
    Ok(())
}

/// `field: old → new` for each changed field; other details as they are.
fn describe(detail: Option<&serde_json::Value>) -> String {
    let Some(serde_json::Value::Object(map)) = detail else {
        return String::new();
    };
    let parts: Vec<String> = map
        .iter()
        .filter(|(key, _)| !matches!(key.as_str(), "company" | "companies"))
        .map(|(key, value)| match value {
            // Tags as they changed: `+metaal −horeca`.
            serde_json::Value::Array(items) if key == "tags" => {
                let tags: Vec<String> = items.iter().map(|t| show(t).replacen('-', "−", 1)).collect();
                format!("tags: {}", tags.join(" "))
            }
            serde_json::Value::Array(items) if key == "fields" => {
                let fields: Vec<String> = items.iter().map(show).collect();
                format!("changed {}", fields.join(", "))
            }
            serde_json::Value::Array(pair) if pair.len() == 2 => {
                format!("{key}: {} → {}", show(&pair[0]), show(&pair[1]))
            }
            other => format!("{key}: {}", show(other)),
        })
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("  ({})", parts.join("; "))
    }
}

fn show(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => "—".into(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
