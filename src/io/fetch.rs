//! A published calendar fetched over HTTPS (rustls with the system's
//! certificates, as the team database and `remind --send`), into a private
//! temporary file that goes when the run ends: the link of a published
//! calendar is a key to it, and what it returns is someone's agenda.

use super::files::create_owner_only;
use crate::{Error, Result};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The largest calendar kring fetches (a published calendar of ten busy
/// years is some tens of megabytes).
const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// A fetched file, deleted when dropped.
pub struct Fetched {
    path: PathBuf,
}

impl Fetched {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Fetched {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Whether `source` is a web address rather than a file.
pub fn is_url(source: &str) -> bool {
    let lower = source.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("webcal://")
}

/// The host of a URL, for messages (the rest of a published calendar's
/// link is its secret).
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

/// Fetch `url` into a private temporary file. `webcal://` (what Outlook
/// and Apple hand out) is HTTPS; plain `http://` only to this machine
/// (a local server), never across a network.
pub fn fetch(url: &str) -> Result<Fetched> {
    let url = url.trim();
    let host = host(url).to_string();
    let lower = url.to_ascii_lowercase();
    let url = match lower.split_once("://").map(|(scheme, _)| scheme) {
        Some("webcal") => format!("https{}", &url["webcal".len()..]),
        Some("http") => {
            let name = host.rsplit_once(':').map_or(host.as_str(), |(name, _)| name);
            if !matches!(name, "localhost" | "127.0.0.1" | "[::1]") {
                return Err(Error::invalid(crate::t!("err-fetch-http", host = host.as_str())));
            }
            url.to_string()
        }
        _ => url.to_string(),
    };
    let failed = |reason: String| Error::Io(crate::t!("err-fetch", host = host.as_str(), reason = reason));
    let agent = ureq::AgentBuilder::new()
        .timeout_connect(Duration::from_secs(20))
        .timeout(Duration::from_secs(300))
        .redirects(5)
        .build();
    let response = agent.get(&url).call().map_err(|e| match e {
        ureq::Error::Status(code, _) => failed(format!("HTTP {code}")),
        ureq::Error::Transport(t) => failed(t.kind().to_string()),
    })?;
    let path = std::env::temp_dir().join(format!("kring-calendar-{}-{}.ics", std::process::id(), random()));
    let fetched = Fetched { path };
    let mut file = create_owner_only(fetched.path()).map_err(|e| failed(e.to_string()))?;
    let copied =
        std::io::copy(&mut response.into_reader().take(MAX_BYTES + 1), &mut file).map_err(|e| failed(e.to_string()))?;
    if copied > MAX_BYTES {
        return Err(failed(crate::t!("err-fetch-too-large", mib = (MAX_BYTES >> 20) as i64)));
    }
    Ok(fetched)
}

fn random() -> u64 {
    let mut bytes = [0u8; 8];
    let _ = getrandom::getrandom(&mut bytes);
    u64::from_le_bytes(bytes)
}
