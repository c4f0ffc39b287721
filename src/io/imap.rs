//! A mailbox on a mail server, read over IMAP for its headers only:
//! `imaps://user@host[:port]/INBOX,Sent` — TLS from the start (rustls with
//! the system's certificates, as the team database), a password or an
//! OAuth2 token (XOAUTH2, for Microsoft 365 and Google Workspace), each
//! folder examined read-only (nothing is marked read) and fetched from the
//! UID after where the last run stopped.
//!
//! What the protocol is (literals, untagged responses) is the `imap`
//! crate's; kring gives it the TLS stream and reads the headers it returns
//! as it reads a file's (`headers::headers_of`).

use super::headers::{headers_of, Mail};
use crate::{Error, Result};
use chrono::NaiveDate;
use rustls::pki_types::ServerName;
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::time::Duration;

/// An IMAP source as the command line names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImapSource {
    pub user: String,
    pub host: String,
    pub port: u16,
    pub folders: Vec<String>,
}

impl ImapSource {
    /// Whether `source` names a mail server rather than a file.
    pub fn is_imap(source: &str) -> bool {
        let lower = source.trim().to_ascii_lowercase();
        lower.starts_with("imaps://") || lower.starts_with("imap://")
    }

    pub fn parse(url: &str) -> Result<ImapSource> {
        let bad = |why: String| Error::invalid(crate::t!("err-imap-url", url = url, why = why));
        let (scheme, rest) = url.trim().split_once("://").ok_or_else(|| bad("imaps://".into()))?;
        if !scheme.eq_ignore_ascii_case("imaps") {
            return Err(bad(crate::t!("imap-why-tls")));
        }
        let (authority, path) = rest.split_once('/').unwrap_or((rest, "INBOX"));
        let (user, host_port) = authority
            .rsplit_once('@')
            .ok_or_else(|| bad(crate::t!("imap-why-user")))?;
        if user.contains(':') {
            return Err(bad(crate::t!("imap-why-password")));
        }
        let (host, port) = match host_port.rsplit_once(':') {
            Some((host, port)) => (host, port.parse().map_err(|_| bad(crate::t!("imap-why-port")))?),
            None => (host_port, 993),
        };
        let folders: Vec<String> = path
            .split(',')
            .map(|f| percent_decoded(f.trim()))
            .filter(|f| !f.is_empty())
            .collect();
        if host.is_empty() || user.is_empty() {
            return Err(bad(crate::t!("imap-why-user")));
        }
        Ok(ImapSource {
            user: percent_decoded(user),
            host: host.to_string(),
            port,
            folders: if folders.is_empty() {
                vec!["INBOX".into()]
            } else {
                folders
            },
        })
    }

    /// How a folder is known between runs: user, server and folder.
    pub fn folder_name(&self, folder: &str) -> String {
        format!("{}@{}:{}/{folder}", self.user, self.host, self.port)
    }
}

/// `%40` for `@` in a user name (`sanne%40school.nl@outlook.office365.com`).
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(byte) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// How kring logs in.
#[derive(Clone)]
pub enum Credential {
    Password(String),
    /// An OAuth2 access token (XOAUTH2).
    Token(String),
}

/// Where a folder stood: its UIDVALIDITY and the last UID read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FolderState {
    pub uid_validity: u32,
    pub last_uid: u32,
}

/// What became of one folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderRead {
    /// Read up to here; `renumbered` when the server's UIDVALIDITY changed
    /// (everything was read again; what was seen before is not proposed).
    Read { state: FolderState, renumbered: bool },
    /// The server has no such folder (or refused it): the reason.
    Missing(String),
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Credential::Password(_) => "Password(…)",
            Credential::Token(_) => "Token(…)",
        })
    }
}

struct XOAuth2<'a> {
    user: &'a str,
    token: &'a str,
}

impl imap::Authenticator for XOAuth2<'_> {
    type Response = String;
    fn process(&self, _challenge: &[u8]) -> String {
        format!("user={}\x01auth=Bearer {}\x01\x01", self.user, self.token)
    }
}

type Stream = rustls::StreamOwned<rustls::ClientConnection, TcpStream>;

/// How many messages' headers one FETCH asks for.
const BATCH: usize = 200;

/// Read every folder of `source`: the headers of each message after where
/// `known` says the folder stood (all of it when it is new, or renumbered),
/// sent on or after `since`, each handed to `each`. Any failure of the
/// connection is an error (nothing of the run is kept); a folder the server
/// does not have is reported and the others are read.
pub fn read_imap(
    source: &ImapSource,
    credential: &Credential,
    since: Option<NaiveDate>,
    known: &dyn Fn(&str) -> Result<Option<FolderState>>,
    each: &mut dyn FnMut(Mail) -> Result<()>,
) -> Result<Vec<(String, FolderRead)>> {
    let failed = |what: String| Error::Io(crate::t!("err-imap", server = source.host.as_str(), what = what));
    let mut client = imap::Client::new(connect(source).map_err(&failed)?);
    client.read_greeting().map_err(|e| failed(e.to_string()))?;
    let session = match credential {
        Credential::Password(password) => client.login(&source.user, password),
        Credential::Token(token) => client.authenticate(
            "XOAUTH2",
            &XOAuth2 {
                user: &source.user,
                token,
            },
        ),
    };
    let mut session = session.map_err(|(e, _)| {
        Error::invalid(crate::t!(
            "err-imap-login",
            user = source.user.as_str(),
            server = source.host.as_str(),
            reason = e.to_string()
        ))
    })?;
    let mut outcome = Vec::new();
    for folder in &source.folders {
        let name = source.folder_name(folder);
        let mailbox = match session.examine(folder) {
            Ok(mailbox) => mailbox,
            Err(imap::Error::No(response)) => {
                outcome.push((folder.clone(), FolderRead::Missing(response.information)));
                continue;
            }
            Err(e) => return Err(failed(e.to_string())),
        };
        let uid_validity = mailbox.uid_validity.unwrap_or(0);
        let before = known(&name)?;
        let renumbered = before.is_some_and(|b| b.uid_validity != uid_validity);
        let from = before
            .filter(|b| b.uid_validity == uid_validity)
            .map_or(1, |b| b.last_uid + 1);
        let mut last_uid = from - 1;
        if mailbox.exists > 0 {
            let query = match since {
                Some(day) => format!("UID {from}:* SINCE {}", day.format("%-d-%b-%Y")),
                None => format!("UID {from}:*"),
            };
            let mut uids: Vec<u32> = session
                .uid_search(query)
                .map_err(|e| failed(e.to_string()))?
                .into_iter()
                .filter(|uid| *uid >= from)
                .collect();
            uids.sort_unstable();
            for batch in uids.chunks(BATCH) {
                let set = batch.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
                let fetches = session
                    .uid_fetch(&set, "(UID BODY.PEEK[HEADER])")
                    .map_err(|e| failed(e.to_string()))?;
                for fetch in fetches.iter() {
                    let uid = fetch.uid.unwrap_or(0);
                    let place = || crate::t!("imap-place", folder = folder.as_str(), uid = i64::from(uid));
                    each(headers_of(fetch.header().unwrap_or_default(), place))?;
                    last_uid = last_uid.max(uid);
                }
            }
            // Messages before --since were not asked for: the folder stands
            // at its newest message all the same.
            if since.is_some() {
                last_uid = last_uid.max(mailbox.uid_next.unwrap_or(1).saturating_sub(1));
            }
        }
        let state = FolderState { uid_validity, last_uid };
        outcome.push((folder.clone(), FolderRead::Read { state, renumbered }));
    }
    let _ = session.logout();
    Ok(outcome)
}

/// TCP, then TLS checked against the system's certificates (and those
/// `SSL_CERT_FILE` names).
fn connect(source: &ImapSource) -> std::result::Result<Stream, String> {
    let address = (source.host.as_str(), source.port)
        .to_socket_addrs()
        .map_err(|e| e.to_string())?
        .next()
        .ok_or_else(|| "no address".to_string())?;
    let tcp = TcpStream::connect_timeout(&address, Duration::from_secs(20)).map_err(|e| e.to_string())?;
    tcp.set_read_timeout(Some(Duration::from_secs(120)))
        .map_err(|e| e.to_string())?;
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert);
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = ServerName::try_from(source.host.clone()).map_err(|e| e.to_string())?;
    let connection = rustls::ClientConnection::new(Arc::new(config), name).map_err(|e| e.to_string())?;
    Ok(rustls::StreamOwned::new(connection, tcp))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_names_user_server_and_folders() {
        let source = ImapSource::parse("imaps://sanne%40school.nl@outlook.office365.com/INBOX,Sent%20Items").unwrap();
        assert_eq!(source.user, "sanne@school.nl");
        assert_eq!(source.host, "outlook.office365.com");
        assert_eq!(source.port, 993);
        assert_eq!(source.folders, vec!["INBOX", "Sent Items"]);
        assert_eq!(
            ImapSource::parse("imaps://sanne@mail.school.nl:10993").unwrap().folders,
            vec!["INBOX"]
        );
        for (url, says) in [
            ("imap://sanne@mail.school.nl/INBOX", "imaps://"),
            ("imaps://sanne:geheim@mail.school.nl/INBOX", "password"),
            ("imaps://mail.school.nl/INBOX", "user"),
        ] {
            let err = ImapSource::parse(url).unwrap_err().to_string();
            assert!(err.contains(says), "{url}: {err}");
        }
    }
}
