//! `kring history COMPANY`: every change to a company, its ownership, its
//! interactions and follow-ups — who, when, what (old → new).

use super::output::{opt, JsonArray};
use super::Session;
use crate::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct HistoryArgs {
    pub company: String,
}

pub fn run(session: &mut Session, args: &HistoryArgs) -> Result<()> {
    let id = session.store.resolve_company(&args.company)?;
    let changes = session.store.history(id)?;
    let out = &session.out;
    if out.json {
        let mut array = JsonArray::start(out)?;
        for change in &changes {
            array.push(change)?;
        }
        return array.finish();
    }
    out.line(format!("History of {} (#{id})", session.store.company(id)?.name))?;
    for c in &changes {
        let what = describe(c.detail.as_ref());
        let who = opt(&c.staff);
        let subject = match (c.entity.as_str(), c.entity_id) {
            ("company", _) => String::new(),
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
        .filter(|(key, _)| key.as_str() != "company")
        .map(|(key, value)| match value {
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
