//! The config file, `~/.config/kring/config.toml` (or `$XDG_CONFIG_HOME`;
//! `KRING_CONFIG` names another): settings a person keeps rather than
//! types. `--db` and `KRING_DB` win over it.
//!
//! ```toml
//! database = "/srv/kring/kring.sqlite"   # or a postgresql:// URL
//! collision_days = 14                     # another team's contact counts as recent
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
    /// The command `kring remind --send` hands a mail to (default
    /// `sendmail -t`; msmtp's `msmtp -t` works the same).
    pub sendmail: Option<String>,
}

impl Config {
    pub fn collision_days(&self) -> u32 {
        self.collision_days.unwrap_or(crate::model::teams::COLLISION_DAYS)
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
    parse(&text).map_err(|e| Error::invalid(format!("{}: {e}", path.display())))
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
}
