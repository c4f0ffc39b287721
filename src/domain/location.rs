//! Where the database is: a file (SQLite) or a PostgreSQL server, as typed
//! after `--db`, in `KRING_DB` or in the config file.
//!
//! A PostgreSQL URL is read the way libpq reads it (`postgresql://` or
//! `postgres://`, user, host, port, database, `?host=/socket/dir`,
//! `sslmode`, `port`, `user`, `dbname`), with two rules of kring's own:
//! a password never comes from the URL (it would sit in shell history and
//! in `ps`; it comes from `PGPASSWORD` or `~/.pgpass`), and a connection
//! over TCP to anything but this machine is encrypted unless the URL says
//! `sslmode=disable` in so many words.

use std::fmt;
use std::path::PathBuf;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    Postgres(PgTarget),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgTarget {
    pub user: Option<String>,
    pub host: PgHost,
    pub port: u16,
    pub dbname: Option<String>,
    pub tls: Tls,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PgHost {
    /// The server's default socket directory on this machine.
    DefaultSocket,
    /// A Unix socket in this directory.
    Socket(PathBuf),
    Tcp(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tls {
    /// Plain text: only over a socket, to this machine, or when asked for.
    Disable,
    /// Encrypted, the server's certificate not checked against a CA.
    Require,
    /// Encrypted, the certificate signed by a trusted CA.
    VerifyCa,
    /// Encrypted, and the certificate names the host.
    VerifyFull,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum LocationError {
    #[error(
        "the database URL holds a password; leave it out and set PGPASSWORD or put it in ~/.pgpass \
         (a password in a URL ends up in shell history and in the process list)"
    )]
    PasswordInUrl,
    #[error("the database URL '{0}' is not valid: {1}")]
    Malformed(String, String),
    #[error("unknown option '{0}' in the database URL; kring knows host, port, user, dbname and sslmode")]
    UnknownOption(String),
    #[error("sslmode '{0}' is not known: use disable, require, verify-ca or verify-full")]
    SslMode(String),
    #[error(
        "an unencrypted connection to {0} would send names and notes in plain text over the \
         network; use sslmode=require (or verify-full), or say sslmode=disable if you mean it"
    )]
    Unencrypted(String),
}

/// Read what was given for the database.
pub fn parse(given: &str) -> Result<Location, LocationError> {
    match given
        .strip_prefix("postgresql://")
        .or_else(|| given.strip_prefix("postgres://"))
    {
        Some(rest) => parse_url(given, rest).map(Location::Postgres),
        None => Ok(Location::File(PathBuf::from(given))),
    }
}

fn parse_url(given: &str, rest: &str) -> Result<PgTarget, LocationError> {
    let malformed = |why: &str| LocationError::Malformed(redacted(given), why.to_string());
    let (main, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (authority, path) = main.split_once('/').unwrap_or((main, ""));
    let (userinfo, hostport) = match authority.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, authority),
    };
    if userinfo.is_some_and(|u| u.contains(':')) {
        return Err(LocationError::PasswordInUrl);
    }
    let mut target = PgTarget {
        user: userinfo.map(decode).transpose().map_err(|e| malformed(&e))?,
        host: PgHost::DefaultSocket,
        port: 5432,
        dbname: Some(decode(path).map_err(|e| malformed(&e))?).filter(|d| !d.is_empty()),
        tls: Tls::Disable,
    };
    let (host, port) = split_port(hostport).map_err(|e| malformed(&e))?;
    if let Some(port) = port {
        target.port = port;
    }
    if !host.is_empty() {
        target.host = host_of(&decode(host).map_err(|e| malformed(&e))?);
    }
    let mut sslmode = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = decode(value).map_err(|e| malformed(&e))?;
        match key {
            "host" => target.host = host_of(&value),
            "port" => target.port = value.parse().map_err(|_| malformed("the port is not a number"))?,
            "user" => target.user = Some(value),
            "dbname" => target.dbname = Some(value),
            "sslmode" => sslmode = Some(value),
            "password" => return Err(LocationError::PasswordInUrl),
            other => return Err(LocationError::UnknownOption(other.to_string())),
        }
    }
    target.tls = tls_for(&target.host, sslmode.as_deref())?;
    Ok(target)
}

/// What encryption a connection gets: libpq's `prefer` (and no sslmode at
/// all) becomes `require` off this machine — never a silent fallback to
/// plain text.
fn tls_for(host: &PgHost, sslmode: Option<&str>) -> Result<Tls, LocationError> {
    let local = match host {
        PgHost::DefaultSocket | PgHost::Socket(_) => true,
        PgHost::Tcp(name) => matches!(name.as_str(), "localhost" | "127.0.0.1" | "::1"),
    };
    match sslmode {
        Some("disable") => Ok(Tls::Disable),
        Some("allow" | "prefer") | None if local => Ok(Tls::Disable),
        Some("allow") => match host {
            PgHost::Tcp(name) => Err(LocationError::Unencrypted(name.clone())),
            _ => Ok(Tls::Disable),
        },
        Some("prefer" | "require") | None => Ok(Tls::Require),
        Some("verify-ca") => Ok(Tls::VerifyCa),
        Some("verify-full") => Ok(Tls::VerifyFull),
        Some(other) => Err(LocationError::SslMode(other.to_string())),
    }
}

fn host_of(text: &str) -> PgHost {
    match text {
        "" => PgHost::DefaultSocket,
        t if t.starts_with('/') => PgHost::Socket(PathBuf::from(t)),
        t => PgHost::Tcp(t.trim_start_matches('[').trim_end_matches(']').to_string()),
    }
}

/// `host:port`, `[::1]:port`, `host` or nothing.
fn split_port(hostport: &str) -> Result<(&str, Option<u16>), String> {
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) if !h.starts_with('[') || h.ends_with(']') => (h, Some(p)),
        _ => (hostport, None),
    };
    match port {
        Some(p) => Ok((
            host,
            Some(p.parse().map_err(|_| format!("port '{p}' is not a number"))?),
        )),
        None => Ok((host, None)),
    }
}

/// `%2F` → `/`.
fn decode(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3).ok_or("a % is not followed by two hex digits")?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| format!("'%{hex}' is not a hex escape"))?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "an escape is not UTF-8".to_string())
}

/// The URL with any password replaced, for messages.
fn redacted(given: &str) -> String {
    match (given.find("://"), given.rfind('@')) {
        (Some(scheme), Some(at)) if given[scheme + 3..at].contains(':') => {
            let user_end = scheme + 3 + given[scheme + 3..at].find(':').unwrap_or(0);
            format!("{}:***{}", &given[..user_end], &given[at..])
        }
        _ => given.to_string(),
    }
}

impl fmt::Display for PgTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "postgresql://")?;
        if let Some(user) = &self.user {
            write!(f, "{user}@")?;
        }
        if let PgHost::Tcp(host) = &self.host {
            write!(f, "{host}:{}", self.port)?;
        }
        write!(f, "/{}", self.dbname.as_deref().unwrap_or(""))?;
        if let PgHost::Socket(dir) = &self.host {
            write!(f, "?host={}", dir.display())?;
        }
        Ok(())
    }
}

/// The password for a connection from a `~/.pgpass` file's text, as libpq
/// matches it: `host:port:database:user:password` lines, `*` matching
/// anything, `\:` and `\\` escaped, the first matching line winning. A
/// socket connection matches the host `localhost`.
pub fn pgpass_password(text: &str, target: &PgTarget, user: &str) -> Option<String> {
    let host = match &target.host {
        PgHost::Tcp(name) => name.clone(),
        PgHost::DefaultSocket | PgHost::Socket(_) => "localhost".to_string(),
    };
    let port = target.port.to_string();
    let dbname = target.dbname.clone().unwrap_or_else(|| user.to_string());
    let wanted = [host.as_str(), port.as_str(), dbname.as_str(), user];
    text.lines()
        .filter(|line| !line.trim_start().starts_with('#') && !line.trim().is_empty())
        .find_map(|line| {
            let fields = pgpass_fields(line);
            let [h, p, d, u, password] = fields.as_slice() else {
                return None;
            };
            let matches = [h, p, d, u]
                .iter()
                .zip(wanted)
                .all(|(field, want)| field.as_str() == "*" || field.as_str() == want);
            matches.then(|| password.clone())
        })
}

fn pgpass_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    fields.last_mut().expect("one field").push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut().expect("one field").push(c),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pg(given: &str) -> PgTarget {
        match parse(given).unwrap() {
            Location::Postgres(target) => target,
            other => panic!("{given}: {other:?}"),
        }
    }

    #[test]
    fn a_path_is_a_file_and_a_url_is_a_server() {
        assert_eq!(parse("kring.sqlite").unwrap(), Location::File("kring.sqlite".into()));
        assert_eq!(
            parse("/data/postgres.sqlite").unwrap(),
            Location::File("/data/postgres.sqlite".into())
        );
        let t = pg("postgresql://sanne@db.school.nl:6543/kring?sslmode=verify-full");
        assert_eq!(t.user.as_deref(), Some("sanne"));
        assert_eq!(t.host, PgHost::Tcp("db.school.nl".into()));
        assert_eq!(
            (t.port, t.dbname.as_deref(), t.tls),
            (6543, Some("kring"), Tls::VerifyFull)
        );
        let socket = pg("postgres:///kring?host=%2Fvar%2Frun%2Fpostgresql");
        assert_eq!(socket.host, PgHost::Socket("/var/run/postgresql".into()));
        assert_eq!(socket.tls, Tls::Disable);
        assert_eq!(pg("postgresql://[::1]:5433/k").host, PgHost::Tcp("::1".into()));
    }

    #[test]
    fn a_password_never_comes_from_the_url() {
        for given in [
            "postgresql://sanne:geheim@db.school.nl/kring",
            "postgresql://db.school.nl/kring?password=geheim",
        ] {
            let error = parse(given).unwrap_err();
            assert_eq!(error, LocationError::PasswordInUrl);
            assert!(!error.to_string().contains("geheim"));
        }
    }

    #[test]
    fn off_this_machine_it_is_encrypted_unless_disable_is_said() {
        assert_eq!(pg("postgresql://db.school.nl/kring").tls, Tls::Require);
        assert_eq!(pg("postgresql://db.school.nl/kring?sslmode=prefer").tls, Tls::Require);
        assert_eq!(pg("postgresql://localhost/kring").tls, Tls::Disable);
        assert_eq!(pg("postgresql://db.school.nl/kring?sslmode=disable").tls, Tls::Disable);
        assert!(matches!(
            parse("postgresql://db.school.nl/kring?sslmode=allow"),
            Err(LocationError::Unencrypted(_))
        ));
        assert!(matches!(
            parse("postgresql://db/kring?sslmode=maybe"),
            Err(LocationError::SslMode(_))
        ));
        assert!(matches!(
            parse("postgresql://db/kring?application=x"),
            Err(LocationError::UnknownOption(_))
        ));
        assert!(matches!(
            parse("postgresql://db:54x2/kring"),
            Err(LocationError::Malformed(..))
        ));
    }

    #[test]
    fn shown_without_secrets() {
        assert_eq!(
            pg("postgresql://sanne@db.school.nl/kring").to_string(),
            "postgresql://sanne@db.school.nl:5432/kring"
        );
        assert_eq!(redacted("postgresql://u:pw@h/d"), "postgresql://u:***@h/d");
    }

    #[test]
    fn pgpass_matches_as_libpq_does() {
        let file = "# comment\n\
                    other.host:5432:kring:sanne:wrong\n\
                    db.school.nl:*:kring:sanne:pa\\:ss\\\\word\n\
                    *:*:*:*:fallback\n";
        let t = pg("postgresql://sanne@db.school.nl/kring");
        assert_eq!(pgpass_password(file, &t, "sanne").as_deref(), Some("pa:ss\\word"));
        let other = pg("postgresql://joost@db.school.nl/kring");
        assert_eq!(pgpass_password(file, &other, "joost").as_deref(), Some("fallback"));
        let local = pg("postgres:///kring?host=/run/pg");
        assert_eq!(
            pgpass_password("localhost:5432:kring:k:sock\n", &local, "k").as_deref(),
            Some("sock")
        );
        assert_eq!(pgpass_password("a:b\n", &t, "sanne"), None);
    }
}
