//! Staff: the school-side people who own relationships.

use super::{audit, Ctx, Id, Store};
use crate::domain::{fold::fold, validate};
pub use crate::model::staff::{NewStaff, StaffRow};
use crate::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension};

impl Store {
    /// The staff member this database belongs to ("me"), once initialised.
    pub fn me(&self) -> Result<Option<Id>> {
        let value: Option<String> = self
            .conn()
            .query_row("SELECT value FROM setting WHERE key = 'me'", [], |r| r.get(0))
            .optional()?;
        Ok(value.and_then(|v| v.parse().ok()))
    }

    /// Create the first staff member and make them "me". Errors when already done.
    pub fn init(&mut self, me: NewStaff) -> Result<Id> {
        if let Some(id) = self.me()? {
            let name = self.staff_name(id)?;
            return Err(Error::invalid(format!(
                "this database is already set up for {name}; add colleagues with `kring staff add`"
            )));
        }
        let id = self.write(|tx, ctx| {
            let id = insert_staff(tx, ctx, &me)?;
            tx.execute(
                "INSERT INTO setting (key, value) VALUES ('me', ?1)",
                params![id.to_string()],
            )?;
            Ok(id)
        })?;
        self.set_actor(Some(id));
        Ok(id)
    }

    pub fn add_staff(&mut self, new: NewStaff) -> Result<Id> {
        self.write(|tx, ctx| insert_staff(tx, ctx, &new))
    }

    pub fn list_staff(&self) -> Result<Vec<StaffRow>> {
        let me = self.me()?;
        let mut stmt = self
            .conn()
            .prepare("SELECT id, name, email, role, left_on FROM staff ORDER BY left_on IS NOT NULL, name_fold")?;
        let rows = stmt.query_map([], |r| {
            let id: Id = r.get(0)?;
            let left_on: Option<String> = r.get(4)?;
            Ok(StaffRow {
                id,
                name: r.get(1)?,
                email: r.get(2)?,
                role: r.get(3)?,
                active: left_on.is_none(),
                left_on,
                me: Some(id) == me,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn staff_name(&self, id: Id) -> Result<String> {
        Ok(self
            .conn()
            .query_row("SELECT name FROM staff WHERE id = ?1", [id], |r| r.get(0))?)
    }
}

fn insert_staff(conn: &Connection, ctx: &Ctx, new: &NewStaff) -> Result<Id> {
    let name = validate::name("staff name", &new.name)?;
    let email = new.email.as_deref().map(validate::email).transpose()?;
    conn.execute(
        "INSERT INTO staff (name, name_fold, email, role, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![name, fold(&name), email, new.role.as_str(), ctx.now],
    )?;
    let id = conn.last_insert_rowid();
    audit::record(conn, ctx, "staff", id, "create", serde_json::json!({ "name": name }))?;
    Ok(id)
}

/// New work can only go to someone who has not left.
pub(crate) fn ensure_active(conn: &Connection, id: Id) -> Result<()> {
    let (name, left_on): (String, Option<String>) =
        conn.query_row("SELECT name, left_on FROM staff WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    match left_on {
        None => Ok(()),
        Some(date) => Err(Error::invalid(format!(
            "{name} left on {date} and cannot be given new work; choose an active colleague"
        ))),
    }
}
