//! kring on PostgreSQL: the schema, the roles and the rights, as SQL files a
//! school's IT can read before running them (see docs/team.md), and the
//! session that speaks the store's SQL to the server (`server.rs`).

pub mod load;
pub mod server;
mod tls;

use super::db::{Connection, TransactionBehavior};
use super::migrations::{FIRST_PORTABLE, LATEST, MIGRATIONS};
use crate::{Error, Result};

/// Roles and the database (as a superuser).
const ROLES: &str = include_str!("roles.sql");
/// Tables, indexes, triggers and search (as the owner, in the new database).
pub const SCHEMA: &str = include_str!("schema.sql");
/// Grants, row-level security and the admins' functions (as the owner).
pub const RIGHTS: &str = include_str!("rights.sql");
/// The database's identity (`store::identity`), made by the server when
/// IT runs the setup script: every vCard and calendar export needs it.
const IDENTITY: &str = "-- The database's own identity: the UIDs of its address cards and calendar entries.\n\
    INSERT INTO setting (key, value) VALUES ('database_id', gen_random_uuid()::text) ON CONFLICT (key) DO NOTHING;\n";

/// Check (or, for `kring init`, create) the schema of a freshly connected
/// database. The schema is the owner's to create; a staff login finds it
/// made by IT (`kring db setup --print-sql`).
pub fn prepare(conn: &mut Connection, creating: bool) -> Result<()> {
    let exists = match conn.server().and_then(|s| s.schema_seen_at_connect()) {
        Some(seen) => seen,
        None => conn
            .query_row("SELECT to_regclass('schema_version')::text", [], |r| {
                r.get::<_, Option<String>>(0)
            })?
            .is_some(),
    };
    if !exists {
        if !creating {
            return Err(Error::invalid(
                "this PostgreSQL database has no kring schema yet: run `kring --db URL init --me NAME` \
                 as the owner (see docs/team.md)",
            ));
        }
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(SCHEMA)
            .map_err(|e| Error::Database(format!("creating the schema failed: {e}")))?;
        tx.execute(super::identity::ENSURE, [super::identity::new_uuid()?])?;
        grant_rights(&tx)?;
        tx.commit()?;
    }
    let version: i64 = conn.query_row("SELECT max(version) FROM schema_version", [], |r| r.get(0))?;
    if version < LATEST && version + 1 >= FIRST_PORTABLE {
        return migrate(conn, version);
    }
    match version.cmp(&LATEST) {
        std::cmp::Ordering::Equal => Ok(()),
        std::cmp::Ordering::Greater => Err(Error::Database(format!(
            "this database was written by a newer kring (schema version {version}, this kring knows up to \
             {LATEST}); upgrade kring to open it — nothing was changed"
        ))),
        std::cmp::Ordering::Less => Err(Error::Database(format!(
            "this database has schema version {version}; this kring needs {LATEST} and has no PostgreSQL \
             migration for it yet — nothing was changed"
        ))),
    }
}

/// Carry a team database forward: the migrations since `version`, in one
/// transaction, by the tables' owner only (a staff login may not alter
/// them). The advisory write lock keeps two owners' sessions from both
/// migrating; the second finds the version already raised.
fn migrate(conn: &mut Connection, version: i64) -> Result<()> {
    if !owns_tables(conn)? {
        return Err(Error::Database(format!(
            "this team database has schema version {version} and this kring needs {LATEST}: the owner of \
             kring's tables (IT's setup login) must open it once with this kring to bring it up to date — \
             nothing was changed"
        )));
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // An upgrade is no one's change to the records: the history's triggers
    // go first (the rights put them back at the end).
    tx.execute_batch(WITHOUT_HISTORY)?;
    let now: i64 = tx.query_row("SELECT max(version) FROM schema_version", [], |r| r.get(0))?;
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(now as usize) {
        tx.execute_batch(migration.postgres.unwrap_or(migration.sql))
            .map_err(|e| {
                Error::Database(format!(
                    "migration to schema version {} failed: {e} — nothing was changed",
                    index + 1
                ))
            })?;
    }
    // Version 12 gives the database its identity (code, not SQL: a UUID);
    // version 13 everyone's sort key (a rule in Rust).
    tx.execute(super::identity::ENSURE, [super::identity::new_uuid()?])?;
    super::people::fill_missing_sort_keys(&tx)?;
    // The rights are written whole each time: an upgrade brings the
    // server's rules up to this kring's.
    grant_rights(&tx)?;
    tx.execute("UPDATE schema_version SET version = ?1", [LATEST])?;
    tx.commit()
}

/// Drops the triggers that keep history whichever client writes (`rights.sql`).
pub(crate) const WITHOUT_HISTORY: &str = "DO $$
DECLARE t RECORD;
BEGIN
    FOR t IN SELECT tgname, tgrelid::regclass AS tbl FROM pg_trigger
              WHERE tgname LIKE '%\\_history\\_%' AND NOT tgisinternal LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', t.tgname, t.tbl);
    END LOOP;
END $$";

/// The roles' rights (`rights.sql`), where the setup made the roles; a
/// database without them has one owner and no rights to keep apart.
pub(crate) fn grant_rights(conn: &Connection) -> Result<()> {
    let roles: i64 = conn.query_row(
        "SELECT count(*) FROM pg_roles WHERE rolname IN ('kring_staff', 'kring_admin')",
        [],
        |r| r.get(0),
    )?;
    if roles == 2 {
        conn.execute_batch(RIGHTS)
            .map_err(|e| Error::Database(format!("granting the rights failed: {e}")))?;
    }
    Ok(())
}

/// Whether this session owns kring's tables (IT's setup login, or whoever
/// created the schema): only the owner may rewrite them or drop indexes.
pub fn owns_tables(conn: &Connection) -> Result<bool> {
    conn.query_row(
        "SELECT bool_and(pg_has_role(session_user, tableowner, 'MEMBER')) FROM pg_tables
          WHERE schemaname = current_schema()",
        [],
        |r| r.get(0),
    )
}

/// Whether this session may do what only admins may: a member of
/// `kring_admin`, the schema's owner, a superuser, or anyone on a database
/// set up without the roles (one owner, no rights to keep apart).
pub fn is_admin(conn: &Connection) -> Result<bool> {
    conn.query_row(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kring_admin')
                     THEN pg_has_role(session_user, 'kring_admin', 'MEMBER') ELSE true END
                OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
                OR pg_has_role(session_user, (SELECT tableowner FROM pg_tables
                                               WHERE schemaname = current_schema() AND tablename = 'staff'), 'MEMBER')",
        [],
        |r| r.get(0),
    )
}

/// Whether this login may read (the server's rule, `kring_may_read`): not
/// when it belongs to a staff member who has left. A database set up
/// without the roles has no such rule.
pub fn may_read(conn: &Connection) -> Result<bool> {
    let ruled: bool = conn.query_row("SELECT to_regproc('kring_may_read') IS NOT NULL", [], |r| r.get(0))?;
    match ruled {
        true => conn.query_row("SELECT kring_may_read()", [], |r| r.get(0)),
        false => Ok(true),
    }
}

/// The whole setup as one psql script: roles and database, then, connected
/// to it as the owner, the schema and the rights.
pub fn setup_sql(database: &str) -> Result<String> {
    let plain = !database.is_empty()
        && database.len() <= 63
        && database
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !database.starts_with(|c: char| c.is_ascii_digit());
    if !plain {
        return Err(Error::invalid(format!(
            "database name '{database}': use lower-case letters, digits and _ (at most 63)"
        )));
    }
    Ok(format!(
        "\\set ON_ERROR_STOP on\nSET client_min_messages = warning;\n\\set database {database}\n{ROLES}\n\\connect {database}\n\
         SET client_min_messages = warning;\nSET ROLE kring_owner;\n\n{SCHEMA}\n{IDENTITY}\n{RIGHTS}\nRESET ROLE;\n"
    ))
}
