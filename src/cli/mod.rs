//! The command line: clap definitions, one module per noun. Commands parse
//! what the user typed, call the store, and print (tables, or `--json`).

mod archive;
mod attach;
mod backup;
mod bulk;
mod cadence;
mod campaign;
mod capture;
mod circle;
mod company;
pub mod config;
mod db;
mod engagement;
mod erase;
mod export;
mod followup;
mod goal;
mod health;
pub mod help;
mod history;
mod import;
mod interaction;
mod merge;
mod migrate;
mod network;
mod offer;
mod output;
mod person;
mod places;
mod privacy;
mod question;
pub mod remind;
mod report;
mod search;
mod setup;
mod staff;
mod team;
mod today;
mod view;
mod vocabulary;

use crate::domain::dates::parse_date;
use crate::domain::location::Location;
use crate::store::{Clock, Store};
use crate::{Error, Result};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

pub use output::Out;

#[derive(Debug, Parser)]
#[command(
    name = "kring",
    version,
    about = "A terminal CRM for a school's relationships with companies"
)]
#[command(
    long_about = "kring keeps a school's relationships with companies: contact persons, every \
interaction, follow-ups, collaborations and business circles, in one local SQLite file, or in a \
team's PostgreSQL database (--db postgresql://…; see docs/team.md).\n\n\
Without a subcommand it opens the terminal UI; when not run in a terminal it prints today's overview."
)]
pub struct Cli {
    /// The database file (default: kring.sqlite in your data directory)
    #[arg(long, global = true, env = "KRING_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Act as this staff member (default: the database's "me")
    #[arg(long = "as", global = true, env = "KRING_USER", value_name = "STAFF")]
    pub as_staff: Option<String>,

    /// Print listings as JSON (an array of objects; `today`: one object)
    #[arg(long, global = true)]
    pub json: bool,

    /// Capture the mouse in the terminal UI (scroll wheel)
    #[arg(long, global = true)]
    pub mouse: bool,

    /// Open a fresh demo database (kring-demo.sqlite in your data directory, recreated each time)
    #[arg(long, global = true)]
    pub demo: bool,

    /// Speak Dutch (nl) or English (en); default: `language` in the config file, else the locale
    #[arg(long, global = true, value_name = "nl|en")]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database and the first staff member ("me")
    Init(setup::InitArgs),
    /// Fill a new database with realistic Dutch demo data
    Demo(setup::DemoArgs),
    /// Companies: add, list, show, edit, recognise, archive
    #[command(subcommand)]
    Company(company::CompanyCommand),
    /// Contact persons: add, list, show, edit, move, export, erase
    #[command(subcommand)]
    Person(person::PersonCommand),
    /// School staff: add, list, leave (handover)
    #[command(subcommand)]
    Staff(staff::StaffCommand),
    /// Log an interaction with a company (optionally with a follow-up)
    Log(interaction::LogArgs),
    /// Correct or delete a logged interaction
    #[command(subcommand)]
    Interaction(interaction::InteractionCommand),
    /// Business circles (bedrijvenkring): add, list, show, members, join, leave
    #[command(subcommand)]
    Circle(circle::CircleCommand),
    /// Circle meetings: add, list, show, attend, minutes, action
    #[command(subcommand)]
    Meeting(circle::MeetingCommand),
    /// Collaborations: internships, guest lectures, assignments, partnerships…
    #[command(subcommand)]
    Engagement(engagement::EngagementCommand),
    /// Outreach in bulk: invite companies, export the mail merge, keep replies, log who came
    #[command(subcommand, alias = "campaigns")]
    Campaign(campaign::CampaignCommand),
    /// Questions companies bring (assignments, research, guest lectures): add, match, status, board
    #[command(subcommand, alias = "questions")]
    Question(question::QuestionCommand),
    /// Offers from the school looking for a company: add, list, show, invite, match, withdraw
    #[command(subcommand, alias = "offers")]
    Offer(offer::OfferCommand),
    /// Import companies or contacts (CSV from Excel, vCard), undo the last import, or a whole export
    #[command(subcommand)]
    Import(import::ImportCommand),
    /// Export for other programs: contacts (CSV, vCard), meetings and follow-ups (iCalendar), all (JSON)
    #[command(subcommand)]
    Export(export::ExportCommand),
    /// Find contacts that already happened: mail (an .eml file or folder, mbox, Maildir) and calendars (.ics)
    #[command(subcommand)]
    Capture(capture::CaptureCommand),
    /// Contacts found by `capture`, waiting to be accepted or skipped
    Inbox(capture::InboxArgs),
    /// Likely duplicate companies and people (same website, e-mail, similar names in one city)
    Duplicates(merge::DuplicatesArgs),
    /// Merge two companies (or with --people two persons): B's records move to A, A's fields win
    Merge(merge::MergeArgs),
    /// Follow-ups: add, list, done, snooze, reassign, edit, delete
    #[command(subcommand, alias = "followups")]
    Followup(followup::FollowupCommand),
    /// Overdue follow-ups, due this week, companies losing touch
    Today(today::TodayArgs),
    /// A digest of what needs you (overdue, due soon, losing touch, re-checks, goals), for cron or mail
    Remind(remind::RemindArgs),
    /// Find companies, people and interaction notes
    Search(search::SearchArgs),
    /// Relationships by health score, worst first, with the reasons
    Health(health::HealthArgs),
    /// People who can speak or advise on a topic, the best rated and most recent speakers first
    Experts {
        /// A topic or part of one: "eigendom", "financiën"
        topic: String,
    },
    /// The network: organisations, their members, staff roles, who opened the door (none: every organisation)
    Network(network::NetworkArgs),
    /// Places companies offer per programme and period, and how many are filled
    Places(places::PlacesArgs),
    /// A company asked for rest (no new asks until a day); none: who is resting
    Rest(network::RestArgs),
    /// Another school asked a company (as the company told us): counts in the ask-load
    Asked(network::AskedArgs),
    /// Reports: the school-year ledger
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// The AVG's storage limitation: who kring holds without a reason left
    #[command(subcommand)]
    Privacy(privacy::PrivacyCommand),
    /// Change many companies at once: tags, status, owner, cadence (shown first; one undo)
    Bulk(bulk::BulkArgs),
    /// Cadence per tag or kind of organisation: how often to speak to a group (below a company's own)
    Cadence {
        #[command(subcommand)]
        command: Option<cadence::CadenceCommand>,
    },
    /// Link a document (a path or URL) to a company, person, collaboration, recognition or meeting
    Attach(attach::AttachArgs),
    /// The documents linked to a company (its collaborations' and recognitions' too), person, …
    Attachments(attach::AttachmentsArgs),
    /// Remove a document's link (the file itself is not touched)
    Detach(attach::DetachArgs),
    /// Saved views: a listing kept by name and run again (kring view save NAME -- person list …)
    View(view::ViewArgs),
    /// Every change to a company and what hangs on it (--all: the whole log; person NAME)
    History(history::HistoryArgs),
    /// A company's interactions, newest first, back to the first one
    Timeline {
        company: String,
        /// At most this many (default: all)
        #[arg(long)]
        limit: Option<u32>,
    },
    /// Copy the database to a file (safe while kring is open elsewhere; on a server: the JSON export)
    Backup(backup::BackupArgs),
    /// Replace the database with a backup, after checking it
    Restore(backup::RestoreArgs),
    /// Yearly goals: add, list, remove
    #[command(subcommand)]
    Goal(goal::GoalCommand),
    /// How far along this year's goals are (yours with --mine, a team's with --team)
    Goals(goal::GoalsArgs),
    /// Teams of staff: a programme, the internship office, the connectors
    #[command(subcommand)]
    Team(team::TeamCommand),
    /// A shared PostgreSQL database for a team
    #[command(subcommand)]
    Db(db::DbCommand),
    /// Move this database file into an empty PostgreSQL database (the file becomes read-only)
    MigrateTo(migrate::MigrateArgs),
    /// Print shell completions (bash, zsh, fish, powershell, elvish)
    Completions(setup::CompletionsArgs),
    /// Print the man page (roff)
    Man,
    /// The settings kring runs with (`config show`)
    #[command(subcommand)]
    Config(config::ConfigCommand),
}

/// Everything a command needs: the store and how to print.
pub struct Session {
    pub store: Store,
    pub out: Out,
    /// How far back another team's contact with a company is news.
    pub collision_days: u32,
    /// The config file's settings (defaults where it has none).
    pub config: config::Config,
}

impl Session {
    pub fn date(&self, text: &str) -> Result<NaiveDate> {
        Ok(parse_date(text, self.store.today())?)
    }

    /// Refuse an output file that is the database, its `-wal`/`-shm`, or one
    /// of kring's copies.
    pub fn refuse_protected(&self, target: &std::path::Path) -> Result<()> {
        crate::usecases::refuse_protected(&self.store, target)
    }

    /// A date flag that may be left out.
    pub fn optional_date(&self, text: Option<&str>) -> Result<Option<NaiveDate>> {
        text.map(|t| self.date(t)).transpose()
    }
}

/// The clock: the system's, unless `KRING_TODAY` fixes "today" (tests, demos).
pub fn clock() -> Result<Clock> {
    match std::env::var("KRING_TODAY") {
        Ok(text) if !text.trim().is_empty() => {
            let system = Clock::system();
            let today = parse_date(&text, system.today).map_err(|e| Error::invalid(format!("KRING_TODAY: {e}")))?;
            Ok(Clock::fixed(today))
        }
        _ => Ok(Clock::system()),
    }
}

/// The account kring runs under.
fn os_login() -> Option<String> {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|key| std::env::var(key).ok())
        .map(|user| user.trim().to_lowercase())
        .filter(|user| !user.is_empty())
}

/// The terminal UI needs a terminal on both ends.
fn interactive() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// The database the command line names, opened (or created), with who
/// acts set; `None` when the command was one that creates or moves a
/// database and is done (`init`, `demo`, `import all`, `migrate-to`).
fn open_store(cli: &Cli, config: &config::Config, out: &Out) -> Result<Option<Store>> {
    let creating = matches!(
        cli.command,
        Some(Command::Init(_) | Command::Demo(_) | Command::Import(import::ImportCommand::All(_)))
    );
    let mut store = match setup::database_location(cli, config)? {
        Location::File(path) => Store::open(&path, clock()?)?,
        Location::Postgres(target) => Store::connect(&target, clock()?, creating)?,
    };
    if let Some(url) = store.moved_to()? {
        // Reading the old copy works; say at once that it is old.
        eprintln!("{}", crate::t!("cli-moved-note", url = url));
    }
    let done = match &cli.command {
        Some(Command::Init(args)) => setup::init(&mut store, args, out),
        Some(Command::Demo(args)) => setup::demo(&mut store, args, out),
        Some(Command::Import(import::ImportCommand::All(args))) => archive::import_all(&mut store, &args.file, out),
        Some(Command::MigrateTo(args)) => migrate::run(&mut store, args, clock()?, out),
        _ => return Ok(Some(acting(store, cli)?)),
    };
    done.map(|()| None)
}

/// The demo filled in when asked for, "me" made, and who acts set: --as
/// (or KRING_USER), else whoever works under this account (`kring staff
/// add NAME --login USER`), else "me".
fn acting(mut store: Store, cli: &Cli) -> Result<Store> {
    if cli.demo {
        setup::fill_demo_if_empty(&mut store)?;
    }
    setup::ensure_me(&mut store)?;
    if let Some(name) = &cli.as_staff {
        if store.session_login().is_some() {
            store.require_admin(&crate::t!("admin-act-for"))?;
        }
        let id = store.resolve_staff(name)?;
        store.set_actor(Some(id));
    } else if store.session_login().is_some() {
        // On a server the login said who this is (Store::connect).
    } else if let Some(id) = os_login().map(|l| store.staff_by_login(&l)).transpose()?.flatten() {
        store.set_actor(Some(id));
    }
    Ok(store)
}

/// The command, on an open database.
pub(super) fn dispatch(session: &mut Session, cli: Cli) -> Result<()> {
    match cli.command {
        None if interactive() => crate::tui::run(
            &mut session.store,
            crate::tui::Options {
                mouse: cli.mouse,
                collision_days: session.collision_days,
                retention_years: session.config.retention_years(),
            },
        ),
        None => today::run(session, &today::TodayArgs::default()),
        Some(Command::Company(cmd)) => company::run(session, cmd),
        Some(Command::Person(cmd)) => person::run(session, cmd),
        Some(Command::Staff(cmd)) => staff::run(session, cmd),
        Some(Command::Team(cmd)) => team::run(session, cmd),
        Some(Command::Goal(cmd)) => goal::run(session, cmd),
        Some(Command::Question(cmd)) => question::run(session, cmd),
        Some(Command::Campaign(cmd)) => campaign::run(session, cmd),
        Some(Command::Experts { topic }) => person::experts(session, &topic),
        Some(Command::Network(args)) => network::run(session, args),
        Some(Command::Offer(command)) => offer::run(session, command),
        Some(Command::Places(args)) => places::run(session, args),
        Some(Command::Rest(args)) => network::rest(session, args),
        Some(Command::Asked(args)) => network::asked(session, args),
        Some(Command::Goals(args)) => goal::goals(session, &args),
        Some(Command::Log(args)) => interaction::log(session, args),
        Some(Command::Interaction(cmd)) => interaction::run(session, cmd),
        Some(Command::Followup(cmd)) => followup::run(session, cmd),
        Some(Command::Engagement(cmd)) => engagement::run(session, cmd),
        Some(Command::Export(cmd)) => export::run(session, cmd),
        Some(Command::Import(cmd)) => import::run(session, cmd),
        Some(Command::Capture(cmd)) => capture::capture(session, cmd),
        Some(Command::Inbox(args)) => capture::inbox(session, args),
        Some(Command::Duplicates(args)) => merge::duplicates(session, &args),
        Some(Command::Merge(args)) => merge::merge(session, &args),
        Some(Command::Backup(args)) => backup::backup(session, &args),
        Some(Command::Restore(args)) => backup::restore(session, &args),
        Some(Command::Circle(cmd)) => circle::run_circle(session, cmd),
        Some(Command::Meeting(cmd)) => circle::run_meeting(session, cmd),
        Some(Command::Today(args)) => today::run(session, &args),
        Some(Command::Remind(args)) => remind::run(session, &args),
        Some(Command::Search(args)) => search::run(session, &args),
        Some(Command::Health(args)) => health::run(session, &args),
        Some(Command::History(args)) => history::run(session, &args),
        Some(Command::Timeline { company, limit }) => company::timeline(session, &company, limit),
        Some(Command::Report(cmd)) => report::run(session, cmd),
        Some(Command::Privacy(cmd)) => privacy::run(session, cmd),
        Some(Command::Attach(args)) => attach::attach(session, args),
        Some(Command::Attachments(args)) => attach::list(session, args),
        Some(Command::Detach(args)) => attach::detach(session, args),
        Some(Command::View(args)) => view::run(session, args),
        Some(Command::Bulk(args)) => bulk::run(session, args),
        Some(Command::Cadence { command }) => cadence::run(session, command),
        Some(
            Command::Init(_)
            | Command::Demo(_)
            | Command::Completions(_)
            | Command::Man
            | Command::Db(_)
            | Command::Config(_)
            | Command::MigrateTo(_),
        ) => {
            unreachable!("handled above")
        }
    }
}

/// Run a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let out = Out::new(cli.json);
    match &cli.command {
        Some(Command::Completions(args)) => return setup::completions(args, &out),
        Some(Command::Man) => return setup::man(&out),
        Some(Command::Db(cmd)) => return db::run(cmd, &out),
        Some(Command::Config(config::ConfigCommand::Show)) => return config::show(&cli, &out),
        _ => {}
    }
    let config = config::load()?;
    let (language, _) = crate::l10n::choose(cli.lang.as_deref(), config.language.as_deref(), |name| {
        std::env::var(name).ok()
    })
    .map_err(Error::invalid)?;
    crate::l10n::set(language);
    let Some(store) = open_store(&cli, &config, &out)? else {
        return Ok(());
    };
    let mut session = Session {
        store,
        out,
        collision_days: config.collision_days(),
        config,
    };
    dispatch(&mut session, cli)
}
