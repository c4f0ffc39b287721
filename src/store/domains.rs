//! Which company a web or mail domain is: from companies' websites and
//! general addresses and the work addresses of their current contacts.
//! Shared mail hosts (gmail.com, outlook.com…) and shared web hosts
//! (linkedin.com…) are never a company's (`domain::matching`), and a domain
//! two companies share is nobody's. Used by imports (match before creating)
//! and by capture (whose mail is this).

use super::db::Connection;
use super::Id;
use crate::domain::matching::{company_domain, work_email_domain};
use crate::Result;
use std::collections::HashMap;

/// Domains as the index keeps them: a 64-bit hash, not the text (the index
/// of a large database holds 200k domains). Two domains that hash alike
/// would at worst offer a company that the caller then checks (an import
/// compares names).
#[derive(Debug, Default)]
pub(crate) struct DomainIndex(HashMap<u64, Id>);

/// In the index: a domain that two companies share.
const AMBIGUOUS: Id = 0;

fn key(domain: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    domain.hash(&mut hasher);
    hasher.finish()
}

impl DomainIndex {
    /// Every domain of every company not archived, read in one pass.
    pub(crate) fn read(conn: &Connection) -> Result<DomainIndex> {
        let mut index = DomainIndex::default();
        let mut stmt = conn.prepare(
            "SELECT id, website, email FROM company
              WHERE (website IS NOT NULL OR email IS NOT NULL) AND archived = 0
             UNION ALL
             SELECT e.company_id, NULL, p.email FROM person p
               JOIN employment e ON e.person_id = p.id AND e.ended_on IS NULL
               JOIN company c ON c.id = e.company_id AND c.archived = 0
              WHERE p.email IS NOT NULL",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let website: Option<String> = r.get(1)?;
            let email: Option<String> = r.get(2)?;
            index.remember(r.get(0)?, website.as_deref(), email.as_deref());
        }
        Ok(index)
    }

    /// Add a company's website and address (a row just imported).
    pub(crate) fn remember(&mut self, id: Id, website: Option<&str>, email: Option<&str>) {
        let domains = [website.and_then(company_domain), email.and_then(work_email_domain)];
        for domain in domains.into_iter().flatten() {
            self.0
                .entry(key(&domain))
                .and_modify(|known| {
                    if *known != id {
                        *known = AMBIGUOUS;
                    }
                })
                .or_insert(id);
        }
    }

    /// The one company with this domain, if exactly one has it.
    pub(crate) fn company(&self, domain: &str) -> Option<Id> {
        self.0.get(&key(domain)).copied().filter(|id| *id != AMBIGUOUS)
    }
}
