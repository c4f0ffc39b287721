//! The config file, `~/.config/kring/config.toml` (or `$XDG_CONFIG_HOME`;
//! `KRING_CONFIG` names another): settings a person keeps rather than
//! types. `--db` and `KRING_DB` win over it.
//!
//! ```toml
//! database = "/srv/kring/kring.sqlite"   # or a postgresql:// URL
//! collision_days = 14                     # another team's contact counts as recent
//! retention_years = 2                     # `kring privacy review`: years without contact
//! ```

use crate::{Error, Result};
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where the database is: a file, or a PostgreSQL URL.
    pub database: Option<String>,
    /// How many days back another team's contact with a company is news
    /// (default 14).
    pub collision_days: Option<u32>,
    /// `nl` or `en`; without it the locale decides (LC_ALL, LC_MESSAGES, LANG).
    pub language: Option<String>,
    /// The command `kring remind --send` hands a mail to (default
    /// `sendmail -t`; msmtp's `msmtp -t` works the same).
    pub sendmail: Option<String>,
    /// Send over SMTP instead: `smtp://[user@]relay.school.nl[:587]`
    /// (STARTTLS) or `smtps://…` (TLS from the start).
    pub smtp: Option<String>,
    /// A command that prints the mail password (`pass show school/mail`),
    /// for SMTP and IMAP: after `KRING_SMTP_PASSWORD` / `KRING_IMAP_PASSWORD`
    /// and `~/.netrc`.
    pub password_command: Option<String>,
    /// A command that prints an OAuth2 access token for IMAP (Microsoft 365
    /// and Google Workspace take no passwords): tried before any password.
    pub token_command: Option<String>,
    /// The sender of reminders (default: kring, at the staff member's own address).
    pub mail_from: Option<String>,
    /// Years without contact or collaboration after which `kring privacy
    /// review` lists a contact person or prospect (default 2).
    pub retention_years: Option<u32>,
}

impl Config {
    pub fn collision_days(&self) -> u32 {
        self.collision_days.unwrap_or(crate::model::teams::COLLISION_DAYS)
    }

    pub fn retention_years(&self) -> u32 {
        self.retention_years.unwrap_or(2)
    }
}

/// The config file's place, whether or not it exists.
pub fn path() -> Option<PathBuf> {
    if let Some(given) = std::env::var_os("KRING_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(given));
    }
    directories::ProjectDirs::from("nl", "kring", "kring").map(|d| d.config_dir().join("config.toml"))
}

/// The config, or the defaults when there is no file. A file kring cannot
/// read, or a setting it does not know, is an error naming the file and line.
pub fn load() -> Result<Config> {
    let Some(path) = path() else {
        return Ok(Config::default());
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => return Err(Error::Io(format!("cannot read {}: {e}", path.display()))),
    };
    let config = parse(&text).map_err(|e| Error::invalid(format!("{}: {e}", path.display())))?;
    if let Some(days) = config.collision_days {
        crate::domain::validate::in_range("collision_days", i64::from(days), 1, crate::domain::validate::MAX_DAYS)
            .map_err(|e| Error::invalid(format!("{}: {e}", path.display())))?;
    }
    if let Some(years) = config.retention_years {
        crate::domain::validate::in_range("retention_years", i64::from(years), 1, 50)
            .map_err(|e| Error::invalid(format!("{}: {e}", path.display())))?;
    }
    Ok(config)
}

fn parse(text: &str) -> std::result::Result<Config, String> {
    toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| format!("line {}: ", text[..s.start].matches('\n').count() + 1))
            .unwrap_or_default();
        format!("{line}{}", e.message())
    })
}

#[derive(Debug, clap::Subcommand)]
pub enum ConfigCommand {
    /// The settings in effect and where each comes from (default, file, environment, flag)
    Show,
}

/// One setting as `config show` prints it.
#[derive(Debug, serde::Serialize)]
pub struct Effective {
    pub setting: &'static str,
    pub value: String,
    pub source: String,
}

/// What kring runs with, and why: `--db`/`KRING_DB`/the file/the data
/// directory; the language by flag, file or locale; the rest by file or default.
pub fn effective(cli: &super::Cli) -> Result<Vec<Effective>> {
    let config = load()?;
    let file = path().map(|p| p.display().to_string()).unwrap_or_default();
    let from_file = || format!("file ({file})");
    let mut out = Vec::new();
    let exists = path().is_some_and(|p| p.exists());
    out.push(Effective {
        setting: "config_file",
        value: file.clone(),
        source: match (std::env::var_os("KRING_CONFIG").is_some(), exists) {
            (true, _) => "environment (KRING_CONFIG)".into(),
            (false, true) => "default".into(),
            (false, false) => "default (no such file: every setting is a default)".into(),
        },
    });
    let (database, source) = match &cli.db {
        Some(db) => {
            let from_env = std::env::var_os("KRING_DB").is_some_and(|e| e == db.as_os_str());
            let source = if from_env {
                "environment (KRING_DB)"
            } else {
                "flag (--db)"
            };
            (db.display().to_string(), source.to_string())
        }
        None if cli.demo => ("the demo database (--demo)".to_string(), "flag (--demo)".to_string()),
        None => match &config.database {
            Some(database) => (database.clone(), from_file()),
            None => (
                directories::ProjectDirs::from("nl", "kring", "kring")
                    .map(|d| d.data_dir().join("kring.sqlite").display().to_string())
                    .unwrap_or_default(),
                "default".to_string(),
            ),
        },
    };
    out.push(Effective {
        setting: "database",
        value: without_password(&database),
        source,
    });
    let (language, source) = crate::l10n::choose(cli.lang.as_deref(), config.language.as_deref(), |name| {
        std::env::var(name).ok()
    })
    .map_err(Error::invalid)?;
    out.push(Effective {
        setting: "language",
        value: language.code().into(),
        source: match source {
            crate::l10n::Source::Default => "default".into(),
            crate::l10n::Source::File => from_file(),
            crate::l10n::Source::Environment(name, value) => format!("environment ({name}={value})"),
            crate::l10n::Source::Flag => "flag (--lang)".into(),
        },
    });
    let or_default = |set: bool| if set { from_file() } else { "default".to_string() };
    out.push(Effective {
        setting: "collision_days",
        value: config.collision_days().to_string(),
        source: or_default(config.collision_days.is_some()),
    });
    out.push(Effective {
        setting: "retention_years",
        value: config.retention_years().to_string(),
        source: or_default(config.retention_years.is_some()),
    });
    out.push(Effective {
        setting: "sendmail",
        value: config
            .sendmail
            .clone()
            .unwrap_or_else(|| super::remind::DEFAULT_SENDMAIL.to_string()),
        source: or_default(config.sendmail.is_some()),
    });
    for (setting, value) in [
        ("smtp", &config.smtp),
        ("mail_from", &config.mail_from),
        ("password_command", &config.password_command),
        ("token_command", &config.token_command),
    ] {
        if let Some(value) = value {
            out.push(Effective {
                setting,
                value: value.clone(),
                source: from_file(),
            });
        }
    }
    Ok(out)
}

/// A PostgreSQL URL with its password (`user:secret@`, `password=…`)
/// shown as `***`: `config show` is pasted into help requests.
fn without_password(database: &str) -> String {
    let Some((scheme, rest)) = database.split_once("://") else {
        return database.to_string();
    };
    let rest = match rest.split_once('@') {
        Some((user_info, host)) if user_info.contains(':') => {
            let user = user_info.split(':').next().unwrap_or_default();
            format!("{user}:***@{host}")
        }
        _ => rest.to_string(),
    };
    let hidden: Vec<String> = rest
        .split('&')
        .map(|part| match part.split_once("password=") {
            Some((before, _)) => format!("{before}password=***"),
            None => part.to_string(),
        })
        .collect();
    format!("{scheme}://{}", hidden.join("&"))
}

pub fn show(cli: &super::Cli, out: &super::Out) -> Result<()> {
    let settings = effective(cli)?;
    if out.json {
        return out.json_value(&settings);
    }
    for s in &settings {
        out.line(format!("{:<15} {:<45} {}", s.setting, s.value, s.source))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_setting_and_what_is_wrong_in_a_broken_file() {
        let config = parse("# mine\ndatabase = \"/srv/kring/kring.sqlite\"\n").unwrap();
        assert_eq!(config.database.as_deref(), Some("/srv/kring/kring.sqlite"));
        assert_eq!(parse("").unwrap().database, None);
        let unknown = parse("database = \"x\"\ndatabse = \"y\"\n").unwrap_err();
        assert!(unknown.starts_with("line 2: unknown field `databse`"), "{unknown}");
        let broken = parse("database = /srv/x\n").unwrap_err();
        assert!(broken.starts_with("line 1: "), "{broken}");
    }

    #[test]
    fn a_password_in_a_database_url_is_never_shown() {
        assert_eq!(
            without_password("postgresql://sanne:geheim@db.school.nl/kring"),
            "postgresql://sanne:***@db.school.nl/kring"
        );
        assert_eq!(
            without_password("postgresql://db/kring?user=sanne&password=geheim"),
            "postgresql://db/kring?user=sanne&password=***"
        );
        assert_eq!(without_password("/srv/kring.sqlite"), "/srv/kring.sqlite");
    }
}
