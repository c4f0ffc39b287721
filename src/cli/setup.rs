//! Setting up: where the database lives, `init`, `demo`, completions, man page.

use super::vocabulary::vocabulary;
use super::{Cli, Out};
use crate::demo::{self, Scale};
use crate::domain::kinds::StaffRole;
use crate::domain::location::{self, Location};
use crate::model::staff::NewStaff;
use crate::store::Store;
use crate::{Error, Result};
use clap::{Args, CommandFactory, ValueEnum};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Your name (asked when omitted and stdin is a terminal; else the OS user name)
    #[arg(long)]
    pub me: Option<String>,
    /// Your e-mail address
    #[arg(long)]
    pub email: Option<String>,
    /// Your role at the school
    #[arg(long, default_value = "connector", value_parser = vocabulary::<StaffRole>())]
    pub role: StaffRole,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// small: a pleasant demo; large: 100k companies for benchmarks
    #[arg(long, value_enum, default_value_t = DemoScale::Small)]
    pub scale: DemoScale,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DemoScale {
    Small,
    Large,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    pub shell: clap_complete::Shell,
}

/// `--demo` → a fresh demo file; `--db`/`KRING_DB` → that file or server;
/// else the config file's `database`; else the platform data directory
/// (created when missing).
pub fn database_location(cli: &Cli, config: &super::config::Config) -> Result<Location> {
    if cli.demo {
        let path = data_dir()?.join("kring-demo.sqlite");
        for suffix in ["", "-wal", "-shm"] {
            let file = PathBuf::from(format!("{}{suffix}", path.display()));
            if file.exists() {
                std::fs::remove_file(&file)
                    .map_err(|e| Error::Io(format!("cannot replace the demo database {}: {e}", file.display())))?;
            }
        }
        return Ok(Location::File(path));
    }
    let given = match &cli.db {
        Some(given) => given.to_string_lossy().into_owned(),
        None => match config.database.clone() {
            // "~/kring.sqlite" means the home directory, as in a shell.
            Some(configured) => match (configured.strip_prefix("~/"), std::env::var_os("HOME")) {
                (Some(rest), Some(home)) => PathBuf::from(home).join(rest).to_string_lossy().into_owned(),
                _ => configured,
            },
            None => return Ok(Location::File(data_dir()?.join("kring.sqlite"))),
        },
    };
    location::parse(&given).map_err(|e| Error::invalid(e.to_string()))
}

fn data_dir() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("nl", "kring", "kring")
        .ok_or_else(|| Error::Io("cannot find your home directory; pass --db PATH".into()))?;
    let dir = dirs.data_dir().to_path_buf();
    // Private, whatever the umask: the folder holds personal data (and each
    // folder made on the way is made so too).
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(&dir)
        .map_err(|e| Error::Io(format!("cannot create {}: {e}", dir.display())))?;
    Ok(dir)
}

pub fn init(store: &mut Store, args: &InitArgs, out: &Out) -> Result<()> {
    let role = args.role;
    let name = match &args.me {
        Some(name) => name.clone(),
        None => ask_name()?,
    };
    let id = store.init(NewStaff {
        name: name.clone(),
        email: args.email.clone(),
        role,
        // On a server the first staff member is whoever runs init.
        login: store.session_login().map(str::to_string),
    })?;
    if out.json {
        return out.json_value(&serde_json::json!({ "id": id, "name": name, "database": store.path() }));
    }
    out.line(crate::t!(
        "cli-ready",
        name = name.as_str(),
        id = id,
        database = store.path().map(|p| p.display().to_string()).unwrap_or_default()
    ))?;
    out.line(first_steps())
}

/// What a newcomer can do with an empty database.
pub fn first_steps() -> String {
    crate::t!("cli-first-steps")
}

/// A database without "me" gets one the way `kring init` would.
pub fn ensure_me(store: &mut Store) -> Result<()> {
    // On a server, a login linked to a staff member is someone already
    // (and asking the database again is a round trip).
    if (store.session_login().is_some() && store.actor().is_some()) || store.me()?.is_some() {
        return Ok(());
    }
    if store.session_login().is_some() {
        return Err(Error::invalid(crate::t!("cli-team-db-no-staff")));
    }
    let name = ask_name()?;
    store.init(NewStaff {
        name,
        email: None,
        role: StaffRole::Connector,
        login: None,
    })?;
    Ok(())
}

/// Ask for the user's name on a terminal; otherwise take the OS user name.
fn ask_name() -> Result<String> {
    let os_user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| "me".into());
    if !std::io::stdin().is_terminal() {
        return Ok(os_user);
    }
    eprint!(
        "{}",
        crate::t!("cli-welcome", name = crate::domain::text::for_terminal(&os_user))
    );
    std::io::stderr().flush().ok();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::Io(format!("cannot read your name: {e}")))?;
    let typed = line.trim();
    Ok(if typed.is_empty() { os_user } else { typed.to_string() })
}

pub fn demo(store: &mut Store, args: &DemoArgs, out: &Out) -> Result<()> {
    let scale = match args.scale {
        DemoScale::Small => Scale::Small,
        DemoScale::Large => Scale::Large,
    };
    let started = std::time::Instant::now();
    let counts = demo::generate(store, scale)?;
    if out.json {
        return out.json_value(&counts);
    }
    out.line(format!(
        "demo data: {} staff, {} companies, {} other organisations, {} people, {} interactions, {} follow-ups, {} circles ({:.1}s)",
        counts.staff,
        counts.companies,
        counts.organisations,
        counts.persons,
        counts.interactions,
        counts.followups,
        counts.circles,
        started.elapsed().as_secs_f64()
    ))
}

pub fn fill_demo_if_empty(store: &mut Store) -> Result<()> {
    match demo::generate(store, Scale::Small) {
        Err(Error::Invalid(_)) => Ok(()),
        other => other.map(|_| ()),
    }
}

/// Rendered into memory first: clap_complete panics on a closed pipe
/// (`kring completions bash | head`); kring's own writer ends quietly.
pub fn completions(args: &CompletionsArgs, out: &super::Out) -> Result<()> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "kring", &mut script);
    out.bytes(&script)
}

pub fn man(out: &super::Out) -> Result<()> {
    let page = clap_mangen::Man::new(Cli::command());
    let mut roff = Vec::new();
    page.render(&mut roff)
        .map_err(|e| Error::Io(format!("cannot write the man page: {e}")))?;
    out.bytes(&roff)
}
