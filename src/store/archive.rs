//! The whole database as one JSON document (`kring export all`) and back
//! (`kring import all`), table by table, row by row, ids included.
//!
//! The document: `{"format": "kring", "schema_version": N, "exported_at": …,
//! "tables": {"company": [{"id": 1, "name": …}, …], …}}`. Generated columns
//! and the full-text indexes are left out: they are derived, and rebuilt on
//! import. A document from an older schema version imports as long as its
//! tables and columns still exist (migrations so far only add).

use super::dialect::{self, stored_columns};
use super::migrations::LATEST;
use super::{Id, Store};
use crate::store::db::{Connection, Engine, OptionalExtension, TransactionBehavior};
use crate::{Error, Result};
use rusqlite::types::{Value as SqlValue, ValueRef};
use serde_json::{Map, Value};
use std::io::Write;

/// The tables in an export, in an order that satisfies their foreign keys.
pub const TABLES: &[&str] = &[
    "setting",
    "team",
    "staff",
    "company",
    "tag",
    "company_tag",
    "kind_cadence",
    "person",
    "employment",
    "circle",
    "circle_member",
    "meeting",
    "interaction",
    "interaction_person",
    "followup",
    "engagement",
    "recognition",
    "meeting_attendance",
    "goal",
    "question",
    "question_step",
    "team_capacity",
    "person_topic",
    "campaign",
    "campaign_invitee",
    "capture",
    "capture_person",
    "capture_seen",
    "capture_folder",
    "membership",
    "staff_affiliation",
    "introduction",
    "place",
    "outside_ask",
    "offer",
    "health_snapshot",
    "attachment",
    "saved_view",
    "audit_log",
    "bulk_change",
    "bulk_change_item",
    "import_batch",
    "import_item",
    "merge_log",
    "backup_copy",
    // The id counters, last: an id deleted before the export is not handed
    // out again after an import either.
    "sqlite_sequence",
];

/// The tables this engine has ("sqlite_sequence" is SQLite's own).
fn tables_here(conn: &Connection) -> Vec<&'static str> {
    TABLES
        .iter()
        .copied()
        .filter(|t| *t != "sqlite_sequence" || conn.engine() == Engine::Sqlite)
        .collect()
}

/// How many rows were written or read, per table.
pub type TableCounts = Vec<(String, usize)>;

impl Store {
    /// Rows in the database, for a progress bar.
    pub fn total_rows(&self) -> Result<u64> {
        let mut total = 0u64;
        for table in tables_here(self.conn()) {
            let n: i64 = self
                .conn()
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            total += n as u64;
        }
        Ok(total)
    }

    /// Rows per table (SQLite's own counters left out): what a move must
    /// carry over unchanged.
    pub fn table_counts(&self) -> Result<Vec<(String, i64)>> {
        count_rows(self.conn())
    }

    /// Write the whole database as JSON to `out`, calling `progress` with the
    /// number of rows written so far. One read transaction: a consistent copy
    /// even while someone else writes.
    pub fn export_all(
        &mut self,
        out: &mut dyn Write,
        exported_at: &str,
        progress: &mut dyn FnMut(u64),
    ) -> Result<TableCounts> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        let counts = export_tables(&tx, out, exported_at, progress)?;
        tx.commit()?;
        Ok(counts)
    }

    /// The move of a file to a team database (`kring migrate-to`): the
    /// whole file written to `out` under its write lock, which is held until
    /// `moved_to` tells how the move ended — `Some(url)` once the server
    /// committed, and the file is marked as moved there in the same
    /// transaction, so no write can land in it after its copy was taken;
    /// `None`, and the file is left exactly as it was. `out` is closed
    /// before `moved_to` is asked (the reader needs the end of the document).
    pub fn move_out<W: Write>(
        &mut self,
        mut out: W,
        exported_at: &str,
        counted: impl FnOnce(Vec<(String, i64)>),
        moved_to: impl FnOnce() -> Option<String>,
    ) -> Result<TableCounts> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        counted(count_rows(&tx)?);
        let counts = export_tables(&tx, &mut out, exported_at, &mut |_| {})?;
        out.flush()
            .map_err(|e| Error::Io(format!("cannot write the export: {e}")))?;
        drop(out);
        match moved_to() {
            Some(url) => {
                tx.execute(
                    "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [crate::store::db::MOVED_TO, url.as_str()],
                )?;
                tx.commit()?;
            }
            None => tx.rollback()?,
        }
        Ok(counts)
    }

    /// Where this file's data moved (`kring migrate-to`), if it did.
    pub fn moved_to(&self) -> Result<Option<String>> {
        match self.conn.sqlite() {
            Ok(conn) => crate::store::db::moved_to(conn),
            Err(_) => Ok(None),
        }
    }

    /// Read an export into this database, which must be empty; all or
    /// nothing. The document is read as a stream, row by row, so a large
    /// export never has to fit in memory.
    pub fn import_all(&mut self, reader: impl std::io::Read) -> Result<TableCounts> {
        self.import_all_checked(reader, |_| Ok(()))
    }

    /// [`import_all`](Store::import_all), with `check` given the rows per
    /// table just before the commit: an error there leaves the database
    /// as it was (a move compares them with the file's).
    pub fn import_all_checked(
        &mut self,
        reader: impl std::io::Read,
        check: impl FnOnce(Vec<(String, i64)>) -> Result<()>,
    ) -> Result<TableCounts> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        ensure_empty(&tx)?;
        // Rows are checked against their foreign keys at commit, not one by one.
        // (PostgreSQL checks each row as it goes in; parents come first.
        // SQLite's id counters come along so that no id of the file is
        // handed out again.)
        let set_aside = match tx.engine() {
            Engine::Sqlite => {
                tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
                None
            }
            Engine::Postgres => {
                tx.execute_batch("CREATE TEMP TABLE sqlite_sequence (name TEXT, seq BIGINT) ON COMMIT DROP")?;
                Some(super::postgres::load::set_aside(&tx)?)
            }
        };
        let mut deserializer = serde_json::Deserializer::from_reader(std::io::BufReader::new(reader));
        let logins = std::cell::RefCell::new(Vec::new());
        let seed = Document {
            conn: &tx,
            copy: set_aside.as_ref().is_some_and(|s| s.copies()),
            logins: &logins,
        };
        let counts = serde::de::DeserializeSeed::deserialize(seed, &mut deserializer)
            .and_then(|counts| deserializer.end().map(|_| counts))
            .map_err(|e| Error::invalid(format!("the export cannot be read: {e}")))?;
        if let Some(set_aside) = set_aside {
            link_logins(&tx, logins.into_inner())?;
            set_aside.put_back(&tx)?;
        }
        check_references(&tx)?;
        super::people::fill_missing_sort_keys(&tx)?;
        dialect::ids_continue_after_import(&tx)?;
        check(count_rows(&tx)?)?;
        tx.commit()
            .map_err(|e| Error::invalid(format!("the export's rows do not refer to each other correctly: {e}")))?;
        Ok(counts)
    }
}

/// Rows per table (SQLite's own counters left out).
fn count_rows(conn: &Connection) -> Result<Vec<(String, i64)>> {
    tables_here(conn)
        .into_iter()
        .filter(|t| *t != "sqlite_sequence")
        .map(|table| {
            let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok((table.to_string(), n))
        })
        .collect()
}

/// On a server, the staff's logins, set after every row is in (see [`link_logins`]).
type Logins = std::cell::RefCell<Vec<(Id, String)>>;

/// Every table as JSON to `out`, within the caller's transaction (one
/// snapshot: a consistent copy even while someone else writes).
fn export_tables(
    tx: &Connection,
    out: &mut dyn Write,
    exported_at: &str,
    progress: &mut dyn FnMut(u64),
) -> Result<TableCounts> {
    let io = |e: std::io::Error| Error::Io(format!("cannot write the export: {e}"));
    let header = serde_json::json!({
        "format": "kring",
        "schema_version": LATEST,
        "exported_at": exported_at,
    });
    let header = header.to_string();
    write!(out, "{},\"tables\":{{", &header[..header.len() - 1]).map_err(io)?;
    let mut counts = Vec::new();
    let mut written = 0u64;
    for (t, table) in tables_here(tx).iter().enumerate() {
        let columns = stored_columns(tx, table)?;
        // Where a moved file's data went is the file's, not its content's.
        let only_content = match *table {
            "setting" => format!(" WHERE key <> '{}'", crate::store::db::MOVED_TO),
            _ => String::new(),
        };
        let sql = format!(
            "SELECT {} FROM {table}{only_content} ORDER BY {}",
            quoted(&columns),
            dialect::insertion_order(tx, table)?
        );
        let mut stmt = tx.prepare(&sql)?;
        write!(out, "{}\"{table}\":[", if t == 0 { "" } else { "," }).map_err(io)?;
        // Each row written as it is read, its keys in name order (as a
        // JSON map orders them), with no map built in between: 25M
        // values in the large demo.
        let mut keys: Vec<(usize, String)> = columns
            .iter()
            .enumerate()
            .map(|(i, column)| (i, format!("{}:", Value::from(column.as_str()))))
            .collect();
        keys.sort_by(|a, b| columns[a.0].cmp(&columns[b.0]));
        let mut count = 0;
        let mut line = Vec::new();
        // Written as the rows arrive (a large database is gigabytes of JSON).
        stmt.for_each([], |row| {
            line.clear();
            line.extend_from_slice(if count == 0 { b"\n{" } else { b",\n{" });
            for (n, (i, key)) in keys.iter().enumerate() {
                if n > 0 {
                    line.push(b',');
                }
                line.extend_from_slice(key.as_bytes());
                write_json_value(&mut line, row.get_ref(*i)?, table, &columns[*i])?;
            }
            line.push(b'}');
            out.write_all(&line).map_err(io)?;
            count += 1;
            written += 1;
            if written.is_multiple_of(1000) {
                progress(written);
            }
            Ok(())
        })?;
        write!(out, "]").map_err(io)?;
        counts.push((table.to_string(), count));
    }
    writeln!(out, "}}}}").map_err(io)?;
    progress(written);
    Ok(counts)
}

/// The top-level object: the header's fields, then `tables`.
struct Document<'a> {
    conn: &'a Connection,
    /// Rows go in with COPY (see `postgres::load`).
    copy: bool,
    logins: &'a Logins,
}

impl<'de> serde::de::DeserializeSeed<'de> for Document<'_> {
    type Value = TableCounts;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<TableCounts, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Document<'_> {
    type Value = TableCounts;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a kring export: {\"format\": \"kring\", \"schema_version\": N, \"tables\": {…}}")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<TableCounts, A::Error> {
        use serde::de::Error as _;
        let (mut format, mut version, mut counts) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => format = Some(map.next_value::<String>()?),
                "schema_version" => version = Some(map.next_value::<i64>()?),
                // The header comes first (kring writes it so): check it before any row.
                "tables" => {
                    if format.as_deref() != Some("kring") {
                        return Err(A::Error::custom("not a kring export: \"format\" is not \"kring\""));
                    }
                    match version {
                        None => return Err(A::Error::custom("the export has no schema_version before its tables")),
                        Some(v) if v > LATEST => {
                            return Err(A::Error::custom(format!(
                                "the export is of schema version {v}, newer than this kring knows ({LATEST}); upgrade kring"
                            )))
                        }
                        Some(_) => {}
                    }
                    counts = Some(map.next_value_seed(Tables {
                        conn: self.conn,
                        copy: self.copy,
                        logins: self.logins,
                    })?);
                }
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        counts.ok_or_else(|| A::Error::custom("the export has no \"tables\" object"))
    }
}

/// `{"table": [rows…], …}`: each table's rows inserted as they are read.
struct Tables<'a> {
    conn: &'a Connection,
    copy: bool,
    logins: &'a Logins,
}

impl<'de> serde::de::DeserializeSeed<'de> for Tables<'_> {
    type Value = TableCounts;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<TableCounts, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Tables<'_> {
    type Value = TableCounts;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object of tables")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<TableCounts, A::Error> {
        use serde::de::Error as _;
        let mut counts = Vec::new();
        while let Some(table) = map.next_key::<String>()? {
            let Some(table) = TABLES.iter().find(|t| **t == table) else {
                return Err(A::Error::custom(format!(
                    "the export has a table kring does not know: '{table}'"
                )));
            };
            let mut inserter = Inserter::new(self.conn, table, self.logins, self.copy).map_err(A::Error::custom)?;
            map.next_value_seed(Rows {
                inserter: &mut inserter,
            })?;
            counts.push((table.to_string(), inserter.rows));
        }
        Ok(counts)
    }
}

/// One table's list of rows.
struct Rows<'a, 'c> {
    inserter: &'a mut Inserter<'c>,
}

impl<'de> serde::de::DeserializeSeed<'de> for Rows<'_, '_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Rows<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "a list of rows of table '{}'", self.inserter.table)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        use serde::de::Error as _;
        while let Some(row) = seq.next_element::<Map<String, Value>>()? {
            self.inserter.insert(&row).map_err(A::Error::custom)?;
        }
        self.inserter.flush().map_err(A::Error::custom)
    }
}

/// Inserts rows into one table, many rows to a statement (on a server, a
/// COPY): each statement is a round trip there, and a row at a time made a
/// large file's move take a quarter of an hour. Rows wait in `batch` (those with the same
/// columns, one after another) until it is full or the table ends.
struct Inserter<'c> {
    conn: &'c Connection,
    copy: bool,
    logins: &'c Logins,
    table: &'static str,
    known: Vec<String>,
    statements: std::collections::HashMap<(Vec<String>, usize), crate::store::db::Statement<'c>>,
    rows: usize,
    batch: Batch,
}

/// Rows with the same columns, waiting to go in together.
#[derive(Default)]
struct Batch {
    columns: Vec<String>,
    values: Vec<SqlValue>,
    /// On a server: the rows as COPY reads them.
    copy: Vec<u8>,
    rows: usize,
    /// The first row's number in the table (for messages).
    first: usize,
}

/// At most this many values in one statement (SQLite takes 32766, a server
/// 65535), and at most this many rows.
const BATCH_VALUES: usize = 16_000;
const BATCH_ROWS: usize = 1_000;
/// Rows in one COPY on a server, at most (a few thousand rows).
const COPY_BYTES: usize = 1 << 20;

impl<'c> Inserter<'c> {
    fn new(conn: &'c Connection, table: &'static str, logins: &'c Logins, copy: bool) -> Result<Inserter<'c>> {
        let known = match (table, conn.engine()) {
            ("sqlite_sequence", Engine::Postgres) => vec!["name".into(), "seq".into()],
            _ => stored_columns(conn, table)?,
        };
        Ok(Inserter {
            conn,
            copy,
            logins,
            table,
            known,
            statements: Default::default(),
            rows: 0,
            batch: Batch::default(),
        })
    }

    /// Put in the rows still waiting (the end of a table).
    fn flush(&mut self) -> Result<()> {
        let batch = std::mem::take(&mut self.batch);
        if batch.rows == 0 {
            return Ok(());
        }
        let rows_said = |e: Error| {
            Error::invalid(format!(
                "table '{}', rows {} to {}: {e}",
                self.table,
                batch.first,
                batch.first + batch.rows - 1
            ))
        };
        if let Some(server) = self.conn.server().filter(|_| self.copy) {
            let copy = format!("COPY {} ({}) FROM STDIN", self.table, quoted(&batch.columns));
            server.copy_in(&copy, &batch.copy).map_err(rows_said)?;
            return Ok(());
        }
        let key = (batch.columns.clone(), batch.rows);
        if !self.statements.contains_key(&key) {
            let row = format!("({})", vec!["?"; batch.columns.len()].join(", "));
            let rows = vec![row; batch.rows].join(", ");
            let sql = format!("INSERT INTO {} ({}) VALUES {rows}", self.table, quoted(&batch.columns));
            self.statements.insert(key.clone(), self.conn.prepare(&sql)?);
        }
        let statement = self.statements.get_mut(&key).expect("prepared above");
        statement
            .execute(crate::store::db::params_from_iter(batch.values))
            .map_err(rows_said)?;
        Ok(())
    }

    fn insert(&mut self, object: &Map<String, Value>) -> Result<()> {
        self.rows += 1;
        if self.conn.engine() == Engine::Postgres {
            match self.table {
                // A file's copies are the file's matter: the server's are IT's.
                "backup_copy" => return Ok(()),
                "staff" => {
                    if let (Some(id), Some(login)) = (
                        object.get("id").and_then(Value::as_i64),
                        object.get("login").and_then(Value::as_str),
                    ) {
                        self.logins.borrow_mut().push((id, login.to_string()));
                        let mut without = object.clone();
                        without.insert("login".into(), Value::Null);
                        return self.insert_row(&without);
                    }
                }
                _ => {}
            }
        }
        self.insert_row(object)
    }

    fn insert_row(&mut self, object: &Map<String, Value>) -> Result<()> {
        let where_ = || format!("table '{}', row {}", self.table, self.rows);
        let columns: Vec<String> = object.keys().cloned().collect();
        if let Some(unknown) = columns.iter().find(|c| !self.known.contains(c)) {
            return Err(Error::invalid(format!("{}: kring has no column '{unknown}'", where_())));
        }
        if matches!(self.table, "setting" | "sqlite_sequence") && !self.statements.contains_key(&(columns.clone(), 1)) {
            let marks = vec!["?"; columns.len()].join(", ");
            let mut sql = format!("INSERT INTO {} ({}) VALUES ({marks})", self.table, quoted(&columns));
            if self.table == "setting" {
                // A new database has an identity of its own; the export's
                // replaces it, so a restored database keeps its UIDs.
                sql.push_str(" ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            }
            self.statements.insert((columns.clone(), 1), self.conn.prepare(&sql)?);
        }
        check_value(self.table, object).map_err(|e| Error::invalid(format!("{}: {e}", where_())))?;
        let values = object
            .values()
            .map(sql_value)
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| Error::invalid(format!("{}: a value is neither text, number nor null", where_())))?;
        if self.table == "sqlite_sequence" {
            // The rows above set counters of their own; the export's replace them.
            let name = object.get("name").and_then(Value::as_str).unwrap_or_default();
            self.conn
                .execute("DELETE FROM sqlite_sequence WHERE name = ?1", [name])?;
        }
        if !matches!(self.table, "setting" | "sqlite_sequence") {
            return self.add_to_batch(columns, values);
        }
        let statement = self.statements.get_mut(&(columns, 1)).expect("prepared above");
        statement
            .execute(crate::store::db::params_from_iter(values))
            .map_err(|e| Error::invalid(format!("{}: {e}", where_())))?;
        Ok(())
    }
}

impl Inserter<'_> {
    fn add_to_batch(&mut self, columns: Vec<String>, values: Vec<SqlValue>) -> Result<()> {
        if self.batch.rows > 0 && self.batch.columns != columns {
            self.flush()?;
        }
        if self.batch.rows == 0 {
            self.batch.columns = columns;
            self.batch.first = self.rows;
        }
        self.batch.rows += 1;
        let full = if self.copy {
            super::postgres::load::copy_row(&mut self.batch.copy, &values);
            self.batch.copy.len() >= COPY_BYTES
        } else {
            self.batch.values.extend(values);
            self.batch.rows >= (BATCH_VALUES / self.batch.columns.len().max(1)).clamp(1, BATCH_ROWS)
        };
        if full {
            self.flush()?;
        }
        Ok(())
    }
}

/// The rules every other way in applies: names, KvK numbers, e-mail
/// addresses and dates are checked as if typed (an export edited by hand,
/// or another program's JSON, gets the same errors as the CLI).
fn check_value(table: &str, row: &Map<String, Value>) -> std::result::Result<(), String> {
    use crate::domain::validate;
    let text = |column: &str| row.get(column).and_then(Value::as_str);
    if matches!(table, "company" | "person" | "staff" | "circle") {
        let name = text("name").ok_or("it has no name")?;
        let label = match table {
            "company" => "company name",
            "person" => "person name",
            "staff" => "staff name",
            _ => "circle name",
        };
        validate::name(label, name).map_err(|e| e.to_string())?;
    }
    if let Some(kvk) = text("kvk").filter(|_| table == "company") {
        if validate::kvk(kvk).map_err(|e| e.to_string())? != kvk {
            return Err(format!("KvK number '{kvk}' is not stored as 8 digits"));
        }
    }
    if let Some(email) = text("email").filter(|_| matches!(table, "company" | "person" | "staff")) {
        validate::email(email).map_err(|e| e.to_string())?;
    }
    for (column, value) in row {
        let Some(date) = value.as_str() else { continue };
        if column.ends_with("_on") && crate::domain::dates::from_iso(date).is_none() {
            return Err(format!("{column} '{date}' is not a date (YYYY-MM-DD)"));
        }
    }
    Ok(())
}

/// On a server the staff's logins are set last, in one statement: until
/// then nobody is linked, which is when the rights let an admin fill an
/// empty kring (every row keeps who wrote it, whoever that was). The one
/// importing is linked to the document's "me" unless the document already
/// names their login: who you are on a server is your login.
fn link_logins(conn: &Connection, mut logins: Vec<(Id, String)>) -> Result<()> {
    let session: String = conn.query_row("SELECT CAST(session_user AS TEXT)", [], |r| r.get(0))?;
    let me: Option<Id> = conn
        .query_row("SELECT CAST(value AS BIGINT) FROM setting WHERE key = 'me'", [], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(me) = me.filter(|_| !logins.iter().any(|(_, login)| *login == session)) {
        logins.retain(|(id, _)| *id != me);
        logins.push((me, session));
    }
    if logins.is_empty() {
        return Ok(());
    }
    let json: Vec<Value> = logins
        .iter()
        .map(|(id, login)| serde_json::json!({ "id": id, "login": login }))
        .collect();
    conn.execute(
        "UPDATE staff SET login = x.login FROM json_to_recordset(CAST(?1 AS JSON)) AS x(id BIGINT, login TEXT)
          WHERE staff.id = x.id",
        [Value::from(json).to_string()],
    )?;
    Ok(())
}

/// Before the import commits: every reference points at a row that exists,
/// and "me" is a staff member — named, not "constraint failed".
fn check_references(conn: &Connection) -> Result<()> {
    // (On PostgreSQL, the references are checked as they are put back:
    // `postgres::load`.)
    let broken = if conn.engine() == Engine::Postgres {
        None
    } else {
        first_broken_reference(conn)?
    };
    if let Some((table, rowid, parent)) = broken {
        let row = rowid.map(|r| format!(" #{r}")).unwrap_or_default();
        return Err(Error::invalid(format!(
            "the export's {table}{row} refers to a {parent} that is not in it; nothing was imported"
        )));
    }
    check_me(conn)
}

fn first_broken_reference(conn: &Connection) -> Result<Option<(String, Option<i64>, String)>> {
    conn.query_row(
        "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()
}

fn check_me(conn: &Connection) -> Result<()> {
    let me: Option<String> = conn
        .query_row("SELECT value FROM setting WHERE key = 'me'", [], |r| r.get(0))
        .optional()?;
    if let Some(me) = me {
        let known: Option<i64> = conn
            .query_row("SELECT id FROM staff WHERE CAST(id AS TEXT) = ?1", [&me], |r| r.get(0))
            .optional()?;
        if known.is_none() {
            return Err(Error::invalid(format!(
                "the export's setting 'me' is '{me}', which is no staff member in it; nothing was imported"
            )));
        }
    }
    Ok(())
}

fn ensure_empty(conn: &Connection) -> Result<()> {
    for table in TABLES.iter().filter(|t| **t != "sqlite_sequence") {
        // Every database is born with its identity: that row is not content.
        let only_content = if *table == "setting" {
            format!(" WHERE key <> '{}'", super::identity::KEY)
        } else {
            String::new()
        };
        let any: Option<Id> = conn
            .query_row(&format!("SELECT 1 FROM {table}{only_content} LIMIT 1"), [], |r| {
                r.get(0)
            })
            .ok();
        if any.is_some() {
            return Err(Error::invalid(format!(
                "the database is not empty (table '{table}' has rows): import all reads into a new database \
                 (--db NEW.sqlite)"
            )));
        }
    }
    Ok(())
}

fn quoted(columns: &[String]) -> String {
    columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A column's value as JSON, as `serde_json` writes a [`Value`], appended to `out`.
fn write_json_value(out: &mut Vec<u8>, value: ValueRef, table: &str, column: &str) -> Result<()> {
    let json = |e: serde_json::Error| Error::Io(e.to_string());
    match value {
        ValueRef::Null => out.extend_from_slice(b"null"),
        ValueRef::Integer(i) => serde_json::to_writer(&mut *out, &i).map_err(json)?,
        ValueRef::Real(f) if f.is_finite() => serde_json::to_writer(&mut *out, &f).map_err(json)?,
        ValueRef::Real(_) => out.extend_from_slice(b"null"),
        ValueRef::Text(t) => serde_json::to_writer(&mut *out, &String::from_utf8_lossy(t)).map_err(json)?,
        ValueRef::Blob(_) => {
            return Err(Error::Database(format!(
                "{table}.{column} holds binary data, which kring never writes"
            )))
        }
    }
    Ok(())
}

fn sql_value(value: &Value) -> Option<SqlValue> {
    match value {
        Value::Null => Some(SqlValue::Null),
        Value::Bool(b) => Some(SqlValue::Integer(*b as i64)),
        Value::Number(n) => n
            .as_i64()
            .map(SqlValue::Integer)
            .or_else(|| n.as_f64().map(SqlValue::Real)),
        Value::String(s) => Some(SqlValue::Text(s.clone())),
        Value::Array(_) | Value::Object(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table of the schema is in the export (except the full-text
    /// indexes), so a new table cannot be forgotten.
    #[test]
    fn every_table_is_exported() {
        let store = Store::open_in_memory(super::super::Clock::system()).unwrap();
        let mut stmt = store
            .conn()
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                   AND name NOT LIKE '%_fts%' ORDER BY name",
            )
            .unwrap();
        let tables: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect();
        let mut exported: Vec<String> = TABLES
            .iter()
            .filter(|t| !t.starts_with("sqlite_"))
            .map(|t| t.to_string())
            .collect();
        exported.sort();
        assert_eq!(tables, exported);
    }
}
