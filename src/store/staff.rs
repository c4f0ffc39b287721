//! Staff: the school-side people who own relationships.

use super::{audit, Ctx, Id, Store};
use crate::domain::{fold::fold, validate};
use crate::model::staff::{NewStaff, StaffRow};
use crate::store::db::{params, Connection, OptionalExtension};
use crate::{Error, Result};

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
            return Err(Error::invalid(crate::t!("err-already-set-up", name = name)));
        }
        let id = self.write(|tx, ctx| {
            let id = insert_staff_row(tx, ctx, &me)?;
            // The first staff member made themselves: the log says so (on a
            // server an entry always names who wrote it).
            let ctx = Ctx {
                actor: ctx.actor.or(Some(id)),
                ..ctx.clone()
            };
            record_created(tx, &ctx, id, &me.name)?;
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
        self.require_admin(&crate::t!("admin-add-staff"))?;
        self.write(|tx, ctx| insert_staff(tx, ctx, &new))
    }

    /// Set (or, with an empty text, clear) a staff member's e-mail address:
    /// where `kring remind --send` mails their digest.
    pub fn set_staff_email(&mut self, id: Id, email: &str) -> Result<()> {
        self.require_admin(&crate::t!("admin-staff-email"))?;
        let email = validate::optional(Some(email))
            .map(|e| validate::email(&e))
            .transpose()?;
        self.write(|tx, ctx| {
            tx.execute("UPDATE staff SET email = ?2 WHERE id = ?1", params![id, email])?;
            audit::record(
                tx,
                ctx,
                "staff",
                id,
                "update",
                serde_json::json!({ "fields": ["email"] }),
            )
        })
    }

    pub fn list_staff(&self) -> Result<Vec<StaffRow>> {
        let me = match self.engine() {
            // On a server "me" is whoever this login is.
            crate::store::db::Engine::Postgres => self.actor(),
            crate::store::db::Engine::Sqlite => self.me()?,
        };
        let mut stmt = self.conn().prepare(
            "SELECT s.id, s.name, s.email, s.role, s.left_on, s.login, t.name
               FROM staff s LEFT JOIN team t ON t.id = s.team_id
              ORDER BY s.left_on IS NOT NULL, s.name_fold",
        )?;
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
                login: r.get(5)?,
                team: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The active staff member who works under this login, if any.
    pub fn staff_by_login(&self, login: &str) -> Result<Option<Id>> {
        self.conn()
            .query_row(
                "SELECT id FROM staff WHERE login = ?1 AND left_on IS NULL",
                [login],
                |r| r.get(0),
            )
            .optional()
    }

    /// Link a staff member to the login they work under (`None`: unlink).
    pub fn link_login(&mut self, id: Id, login: Option<&str>) -> Result<()> {
        self.require_admin(&crate::t!("admin-link-login"))?;
        let login = login.map(validate::login).transpose()?;
        self.write(|tx, ctx| {
            if let Some(login) = &login {
                ensure_login_free(tx, login, Some(id))?;
            }
            let old: Option<String> = tx.query_row("SELECT login FROM staff WHERE id = ?1", [id], |r| r.get(0))?;
            tx.execute("UPDATE staff SET login = ?2 WHERE id = ?1", params![id, login])?;
            audit::record(
                tx,
                ctx,
                "staff",
                id,
                "login",
                serde_json::json!({ "login": [old, login] }),
            )
        })
    }

    pub fn staff_name(&self, id: Id) -> Result<String> {
        self.conn()
            .query_row("SELECT name FROM staff WHERE id = ?1", [id], |r| r.get(0))
    }
}

fn insert_staff(conn: &Connection, ctx: &Ctx, new: &NewStaff) -> Result<Id> {
    let id = insert_staff_row(conn, ctx, new)?;
    record_created(conn, ctx, id, &new.name)?;
    Ok(id)
}

fn record_created(conn: &Connection, ctx: &Ctx, id: Id, name: &str) -> Result<()> {
    let name = validate::name("staff name", name)?;
    audit::record(conn, ctx, "staff", id, "create", serde_json::json!({ "name": name }))
}

fn insert_staff_row(conn: &Connection, ctx: &Ctx, new: &NewStaff) -> Result<Id> {
    let name = validate::name("staff name", &new.name)?;
    let email = new.email.as_deref().map(validate::email).transpose()?;
    let login = new.login.as_deref().map(validate::login).transpose()?;
    if let Some(login) = &login {
        ensure_login_free(conn, login, None)?;
    }
    conn.execute(
        "INSERT INTO staff (name, name_fold, email, role, created_at, login) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![name, fold(&name), email, new.role.as_str(), ctx.now, login],
    )?;
    conn.last_insert_rowid()
}

/// One login names one staff member.
fn ensure_login_free(conn: &Connection, login: &str, except: Option<Id>) -> Result<()> {
    let taken: Option<String> = conn
        .query_row(
            "SELECT name FROM staff WHERE login = ?1 AND id IS DISTINCT FROM ?2",
            params![login, except],
            |r| r.get(0),
        )
        .optional()?;
    match taken {
        Some(name) => Err(Error::invalid(format!("the login '{login}' is already {name}'s"))),
        None => Ok(()),
    }
}

/// New work can only go to someone who has not left.
pub(crate) fn ensure_active(conn: &Connection, id: Id) -> Result<()> {
    let (name, left_on): (String, Option<String>) =
        conn.query_row("SELECT name, left_on FROM staff WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    match left_on {
        None => Ok(()),
        Some(date) => Err(Error::invalid(crate::t!(
            "err-staff-left",
            name = name.to_string(),
            date = date.to_string()
        ))),
    }
}
