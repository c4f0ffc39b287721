//! Saved views: a listing kept by name as the arguments that make it,
//! shared by the team. Which commands may be kept is the CLI's to say (it
//! parses them); the store keeps the words.

use super::{audit, Id, Store};
use crate::domain::fold::fold;
use crate::domain::listing::{CompanyWords, Listing, PeopleWords};
use crate::domain::validate;
use crate::model::companies::CompanyFilter;
use crate::model::people::PersonFilter;
use crate::model::views::ViewCount;
use crate::store::db::{params, OptionalExtension};
use crate::{Error, Result};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SavedView {
    pub id: Id,
    pub name: String,
    /// The arguments after `kring`.
    pub command: Vec<String>,
    pub staff: Option<String>,
}

fn row(r: &crate::store::db::Row) -> rusqlite::Result<SavedView> {
    let command: String = r.get(2)?;
    Ok(SavedView {
        id: r.get(0)?,
        name: r.get(1)?,
        command: serde_json::from_str(&command).unwrap_or_default(),
        staff: r.get(3)?,
    })
}

const SELECT: &str = "SELECT v.id, v.name, v.command, s.name FROM saved_view v LEFT JOIN staff s ON s.id = v.staff_id";

impl Store {
    /// Keep `command` under `name`; an existing view of that name is
    /// replaced only when `replace` says so (and, on a server, only by
    /// whoever saved it or an admin).
    pub fn save_view(&mut self, name: &str, command: &[String], replace: bool) -> Result<Id> {
        let name = validate::name("view name", name)?;
        let existing = self.view(&name).ok();
        if existing.is_some() && !replace {
            return Err(Error::invalid(crate::t!("err-view-exists", name = name.as_str())));
        }
        let text = serde_json::to_string(command).map_err(|e| Error::Io(e.to_string()))?;
        self.write(|tx, ctx| {
            if let Some(old) = &existing {
                tx.execute("DELETE FROM saved_view WHERE id = ?1", params![old.id])?;
            }
            tx.execute(
                "INSERT INTO saved_view (name, name_fold, command, staff_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![name, fold(&name), text, ctx.actor, ctx.now],
            )?;
            let id = tx.last_insert_rowid()?;
            audit::record(tx, ctx, "saved_view", id, "create", serde_json::json!({ "name": name }))?;
            Ok(id)
        })
    }

    /// A view by its name (case and accents aside).
    pub fn view(&self, name: &str) -> Result<SavedView> {
        self.conn()
            .query_row(
                &format!("{SELECT} WHERE v.name_fold = ?1"),
                params![fold(name.trim())],
                row,
            )
            .optional()?
            .ok_or_else(|| Error::not_found("view", name.to_string()))
    }

    pub fn views(&self) -> Result<Vec<SavedView>> {
        let mut stmt = self.conn().prepare_cached(&format!("{SELECT} ORDER BY v.name_fold"))?;
        let rows = stmt.query_map(params![], row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn delete_view(&mut self, name: &str) -> Result<()> {
        let view = self.view(name)?;
        self.write(|tx, ctx| {
            tx.execute("DELETE FROM saved_view WHERE id = ?1", params![view.id])?;
            audit::record(
                tx,
                ctx,
                "saved_view",
                view.id,
                "delete",
                serde_json::json!({ "name": view.name }),
            )
        })
    }
}

impl Store {
    /// The company filter a listing's words make (names looked up).
    pub fn companies_of_listing(&self, words: &CompanyWords) -> Result<CompanyFilter> {
        let mut filter = self.company_filter(&words.filter)?;
        filter.member_of = words
            .member_of
            .as_deref()
            .map(|m| self.resolve_company(m))
            .transpose()?;
        filter.include_archived = words.archived;
        Ok(filter)
    }

    /// The person filter a listing's words make (names and dates read).
    pub fn people_of_listing(&self, words: &PeopleWords) -> Result<PersonFilter> {
        let today = self.today();
        let since = words
            .no_contact_since
            .as_deref()
            .map(|d| crate::domain::dates::parse_date(d, today))
            .transpose()?;
        Ok(PersonFilter {
            company: words.company.as_deref().map(|c| self.resolve_company(c)).transpose()?,
            alumni: words.alumni.clone(),
            text: words.search.clone(),
            role: words.role,
            topic: words.topic.clone(),
            tag: words.tag.clone(),
            do_not_contact: words.do_not_contact.then_some(true),
            no_contact_since: since,
            without_basis: words.without_basis,
            limit: None,
            offset: 0,
        })
    }

    /// How many rows a listing has.
    pub fn count_listing(&self, listing: &Listing) -> Result<u64> {
        match listing {
            Listing::Companies(words) => self.count_companies(&self.companies_of_listing(words)?),
            Listing::People(words) => Ok(self.person_ids(&self.people_of_listing(words)?)?.len() as u64),
        }
    }

    /// The saved views that are company or person listings with rows to
    /// show, for Today. A view that no longer reads (a colleague who left,
    /// a company merged away) is left out, never an error on Today.
    pub fn views_to_show(&self) -> Result<Vec<ViewCount>> {
        let mut shown = Vec::new();
        for view in self.views()? {
            let Some(listing) = crate::domain::listing::listing(&view.command) else {
                continue;
            };
            if let Ok(count) = self.count_listing(&listing) {
                if count > 0 {
                    shown.push(ViewCount {
                        name: view.name,
                        count,
                        command: view.command,
                    });
                }
            }
        }
        Ok(shown)
    }
}
