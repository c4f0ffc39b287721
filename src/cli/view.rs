//! `kring view`: a listing kept by name and run again — `kring view save
//! praktijkopleiders -- person list --role praktijkopleider --no-contact-since
//! 2026-08-01`, then `kring view praktijkopleiders` (extra flags such as
//! `--json` are added at the end). Only listings are kept, and a view is
//! checked again when it runs: a view on a team database is run by
//! colleagues, so it can never change or write anything.

use super::{Cli, Command, Session};
use crate::{Error, Result};
use clap::{Args, Parser, Subcommand};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ViewArgs {
    #[command(subcommand)]
    pub command: Option<ViewCommand>,
    /// The view to run
    #[arg(required = true)]
    pub name: Option<String>,
    /// More flags for this run (`--json`, `--limit 10`)
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub extra: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum ViewCommand {
    /// Keep a listing by name: kring view save NAME -- person list --role praktijkopleider
    Save {
        name: String,
        /// Replace a view of that name
        #[arg(long)]
        replace: bool,
        /// The listing, as typed after `kring`
        #[arg(last = true, required = true)]
        command: Vec<String>,
    },
    /// The views kept, with what each runs
    List,
    /// Forget a view
    Delete { name: String },
}

pub fn run(session: &mut Session, args: ViewArgs) -> Result<()> {
    match args.command {
        Some(ViewCommand::Save { name, replace, command }) => {
            parsed_listing(&command)?;
            session.store.save_view(&name, &command, replace)?;
            session.out.line(crate::t!(
                "cli-view-saved",
                name = name.as_str(),
                command = command.join(" ")
            ))
        }
        Some(ViewCommand::List) => {
            let views = session.store.views()?;
            if session.out.json {
                return session.out.json_value(&views);
            }
            for v in &views {
                session
                    .out
                    .line(format!("{:<28} kring {}", v.name, v.command.join(" ")))?;
            }
            Ok(())
        }
        Some(ViewCommand::Delete { name }) => {
            session.store.delete_view(&name)?;
            session.out.line(crate::t!("cli-view-deleted", name = name.as_str()))
        }
        None => {
            let view = session.store.view(args.name.as_deref().unwrap_or_default())?;
            let mut words = view.command.clone();
            words.extend(args.extra);
            let cli = parsed_listing(&words)?;
            session.out.json |= cli.json;
            super::dispatch(session, cli)
        }
    }
}

/// The words as kring reads them, when they make a listing; anything else
/// (a change, an export to a file, the terminal UI) is refused by name.
fn parsed_listing(words: &[String]) -> Result<Cli> {
    let argv = std::iter::once("kring".to_string()).chain(words.iter().cloned());
    let cli = Cli::try_parse_from(argv).map_err(|e| Error::invalid(e.to_string().trim().to_string()))?;
    // (`cli.db` also holds KRING_DB: the words are what a view may not name.)
    let global_elsewhere = cli.demo || words.iter().any(|w| w == "--db" || w.starts_with("--db="));
    if global_elsewhere || !is_a_listing(cli.command.as_ref()) {
        return Err(Error::invalid(crate::t!(
            "err-view-not-a-listing",
            command = words.join(" ")
        )));
    }
    Ok(cli)
}

fn is_a_listing(command: Option<&Command>) -> bool {
    use super::{company, engagement, followup, person, question};
    matches!(
        command,
        Some(
            Command::Company(company::CompanyCommand::List(_))
                | Command::Person(person::PersonCommand::List { .. })
                | Command::Followup(followup::FollowupCommand::List { .. })
                | Command::Engagement(engagement::EngagementCommand::List { .. })
                | Command::Question(question::QuestionCommand::List { .. })
                | Command::Today(_)
                | Command::Search(_)
                | Command::Goals(_)
                | Command::Experts { .. }
        )
    ) || matches!(command, Some(Command::Health(args)) if !args.snapshot)
}
