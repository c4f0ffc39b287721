//! `kring search TEXT`: the same engine as the TUI's search box.

use super::output::{JsonArray, Table};
use super::Session;
use crate::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to find in company and person names and in interaction notes
    #[arg(required = true)]
    pub text: Vec<String>,
    /// At most this many results per group
    #[arg(long, default_value_t = 10)]
    pub limit: u32,
}

pub fn run(session: &mut Session, args: &SearchArgs) -> Result<()> {
    let results = session.store.search(&args.text.join(" "), args.limit)?;
    let out = &session.out;
    if out.json {
        let mut array = JsonArray::start(out)?;
        for hit in results.all() {
            array.push(hit)?;
        }
        return array.finish();
    }
    if results.is_empty() {
        out.line(crate::t!("cli-nothing-found"))?;
        let near = session.store.near_names(&args.text.join(" "), 5)?;
        if !near.is_empty() {
            let options: Vec<String> = near.iter().map(|h| format!("{} (#{})", h.title, h.id)).collect();
            out.line(crate::t!("cli-did-you-mean", options = options.join(", ")))?;
        }
        return Ok(());
    }
    let table = Table::new(&[("KIND", 11), ("ID", 7), ("NAME / NOTE", 48), ("", 0)]);
    for hit in results.all() {
        out.line(table.row(&[
            crate::l10n::noun(hit.kind),
            hit.id.to_string(),
            hit.title.clone(),
            hit.detail.clone(),
        ]))?;
    }
    Ok(())
}
