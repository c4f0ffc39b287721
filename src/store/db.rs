//! kring's connection: one SQLite file, or one PostgreSQL database.
//!
//! The store's SQL is written once, with SQLite's `?N` placeholders; this
//! layer runs it on either engine (rewriting placeholders to `$N` for
//! PostgreSQL) and hands back rows that read the same on both: a column is
//! decoded with rusqlite's `FromSql` whichever engine sent it, so every
//! vocabulary type, `bool` and `Option` reads exactly as before. The API
//! mirrors the part of rusqlite the store uses, so the aggregates did not
//! have to be rewritten to gain a second engine. The few statements that
//! must differ ask [`Connection::engine`] (see `store::dialect`).

use super::postgres::server::{PlainRef, Server};
use crate::{Error, Result};
use rusqlite::types::{FromSql, Value, ValueRef};
use rusqlite::ToSql;
use std::ops::Deref;

/// Which engine a connection talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

pub enum Connection {
    Sqlite(rusqlite::Connection),
    Postgres(Box<Server>),
}

/// How a transaction takes the write lock: [`Immediate`](TransactionBehavior::Immediate)
/// takes it at once (SQLite's `BEGIN IMMEDIATE`, an advisory lock on
/// PostgreSQL), so a read-then-write path never loses to another writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransactionBehavior {
    Deferred,
    Immediate,
}

impl Connection {
    pub fn engine(&self) -> Engine {
        match self {
            Connection::Sqlite(_) => Engine::Sqlite,
            Connection::Postgres(_) => Engine::Postgres,
        }
    }

    /// The SQLite connection, for what only a file has (the backup API,
    /// PRAGMAs, copies); on a server, an error that says so.
    pub fn sqlite(&self) -> Result<&rusqlite::Connection> {
        match self {
            Connection::Sqlite(conn) => Ok(conn),
            Connection::Postgres(_) => Err(Error::invalid(
                "this works on a database file only; on a PostgreSQL server it is IT's job (pg_dump, pg_restore)",
            )),
        }
    }

    pub fn sqlite_mut(&mut self) -> Result<&mut rusqlite::Connection> {
        match self {
            Connection::Sqlite(conn) => Ok(conn),
            Connection::Postgres(_) => Err(Error::invalid("this works on a database file only")),
        }
    }

    pub fn server(&self) -> Option<&Server> {
        match self {
            Connection::Postgres(server) => Some(server),
            Connection::Sqlite(_) => None,
        }
    }

    pub fn execute(&self, sql: &str, params: impl Params) -> Result<usize> {
        match self {
            Connection::Sqlite(conn) => Ok(conn.prepare_cached(sql)?.execute(&*params.each())?),
            Connection::Postgres(server) => server.execute(sql, &params.each()),
        }
    }

    /// Several statements without parameters (DDL, savepoints).
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match self {
            Connection::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            Connection::Postgres(server) => server.batch(sql),
        }
    }

    pub fn prepare(&self, sql: &str) -> Result<Statement<'_>> {
        self.prepare_cached(sql)
    }

    pub fn prepare_cached(&self, sql: &str) -> Result<Statement<'_>> {
        Ok(match self {
            Connection::Sqlite(conn) => Statement::Sqlite(conn.prepare_cached(sql)?),
            Connection::Postgres(server) => Statement::Postgres(server, sql.to_string()),
        })
    }

    /// The first row's `f`; [`Error::NoRows`] when there is none (see
    /// [`OptionalExtension`]).
    pub fn query_row<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnOnce(&Row) -> rusqlite::Result<T>,
    ) -> Result<T> {
        self.prepare_cached(sql)?.query_row(params, f)
    }

    /// The id of the row the last `INSERT` on this connection created.
    pub fn last_insert_rowid(&self) -> Result<i64> {
        match self {
            Connection::Sqlite(conn) => Ok(conn.last_insert_rowid()),
            Connection::Postgres(server) => server.last_insert_id(),
        }
    }

    /// Rows changed by the last `INSERT`, `UPDATE` or `DELETE`.
    pub fn changes(&self) -> u64 {
        match self {
            Connection::Sqlite(conn) => conn.changes(),
            Connection::Postgres(server) => server.changes(),
        }
    }

    /// Begin a transaction; it rolls back when dropped without `commit`.
    /// A file that moved to a team database (`kring migrate-to`) refuses
    /// every write transaction, saying where the data is now: checked under
    /// the write lock, so a process that opened the file before the move
    /// cannot write after it.
    pub fn transaction_with_behavior(&mut self, behavior: TransactionBehavior) -> Result<Transaction<'_>> {
        match self {
            Connection::Sqlite(conn) => {
                let begun = conn.execute_batch(match behavior {
                    TransactionBehavior::Immediate => "BEGIN IMMEDIATE",
                    TransactionBehavior::Deferred => "BEGIN",
                });
                if behavior == TransactionBehavior::Immediate {
                    if let Some(url) = moved_to(conn)? {
                        if begun.is_ok() {
                            conn.execute_batch("ROLLBACK")?;
                        }
                        return Err(Error::Moved(url));
                    }
                }
                begun?;
            }
            Connection::Postgres(server) => server.begin(behavior == TransactionBehavior::Immediate)?,
        }
        Ok(Transaction { conn: self, open: true })
    }
}

impl Connection {
    /// Several reads that see one moment: on a server a repeatable-read
    /// transaction of their own when none is open, ended when the guard
    /// goes; on a file nothing (a statement is one snapshot already, and
    /// its rows are read while it runs).
    pub fn reading(&self) -> Result<Reading<'_>> {
        match self {
            Connection::Postgres(server) if !server.in_transaction() => {
                server.begin(false)?;
                Ok(Reading { server: Some(server) })
            }
            _ => Ok(Reading { server: None }),
        }
    }
}

/// See [`Connection::reading`].
pub struct Reading<'c> {
    server: Option<&'c Server>,
}

impl Drop for Reading<'_> {
    fn drop(&mut self) {
        if let Some(server) = self.server {
            // Only read: nothing to keep, nothing lost if the end fails.
            let _ = server.batch("COMMIT");
        }
    }
}

/// The setting `kring migrate-to` leaves in a file it moved: the team
/// database's URL.
pub const MOVED_TO: &str = "moved_to";

/// Where this file's data moved, if it did.
pub fn moved_to(conn: &rusqlite::Connection) -> Result<Option<String>> {
    conn.prepare_cached("SELECT value FROM setting WHERE key = ?1")?
        .query_row([MOVED_TO], |r| r.get(0))
        .optional()
}

/// An open transaction; derefs to its connection.
pub struct Transaction<'c> {
    conn: &'c Connection,
    open: bool,
}

impl Transaction<'_> {
    pub fn commit(mut self) -> Result<()> {
        self.open = false;
        self.conn.execute_batch("COMMIT")
    }

    /// Undo everything (a dry run ends so). On SQLite the id counters roll
    /// back with the rest; on a server the ids it took stay taken (only the
    /// owner may set a counter, so no id is ever handed out twice): a dry
    /// run may leave a gap there.
    pub fn rollback(mut self) -> Result<()> {
        self.open = false;
        self.conn.execute_batch("ROLLBACK")
    }
}

impl Deref for Transaction<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if self.open {
            // Nothing to report to: the error that ended the transaction is
            // already on its way to the user.
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

/// A prepared statement (cached on both engines).
pub enum Statement<'c> {
    Sqlite(rusqlite::CachedStatement<'c>),
    Postgres(&'c Server, String),
}

impl Statement<'_> {
    pub fn execute(&mut self, params: impl Params) -> Result<usize> {
        match self {
            Statement::Sqlite(stmt) => Ok(stmt.execute(&*params.each())?),
            Statement::Postgres(server, sql) => server.execute(sql, &params.each()),
        }
    }

    pub fn query(&mut self, params: impl Params) -> Result<Rows<'_>> {
        Ok(match self {
            Statement::Sqlite(stmt) => Rows::Sqlite(stmt.query(&*params.each())?),
            Statement::Postgres(server, sql) => {
                let rows = server.query(sql, &params.each())?.into_iter();
                Rows::Postgres(rows, None)
            }
        })
    }

    /// Every row of a long read (an export, a whole listing) handed to
    /// `each` as it is read: on a file a step of the statement at a time;
    /// on a server as the rows arrive, the server producing the next ones
    /// while `each` works. `each` must not use the connection.
    pub fn for_each(&mut self, params: impl Params, mut each: impl FnMut(&Row) -> Result<()>) -> Result<()> {
        match self {
            Statement::Sqlite(stmt) => {
                let mut rows = stmt.query(&*params.each())?;
                while let Some(row) = rows.next()? {
                    each(&Row::Sqlite(row))?;
                }
                Ok(())
            }
            Statement::Postgres(server, sql) => {
                server.for_each_row(sql, &params.each(), |row| each(&Row::Postgres(row)))
            }
        }
    }

    /// Every row handed to `each`: as [`Statement::for_each`] when `long`
    /// (a whole listing, an export), else read first in one round trip (a
    /// page, a capped list).
    pub fn for_each_row(
        &mut self,
        params: impl Params,
        long: bool,
        mut each: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        if long {
            return self.for_each(params, each);
        }
        let mut rows = self.query(params)?;
        while let Some(row) = rows.next()? {
            each(&row)?;
        }
        Ok(())
    }

    /// Every row through `f`, read at once (an iterator, as rusqlite's).
    pub fn query_map<T>(
        &mut self,
        params: impl Params,
        mut f: impl FnMut(&Row) -> rusqlite::Result<T>,
    ) -> Result<std::vec::IntoIter<rusqlite::Result<T>>> {
        let mut rows = self.query(params)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(f(&row));
        }
        Ok(out.into_iter())
    }

    pub fn query_row<T>(&mut self, params: impl Params, f: impl FnOnce(&Row) -> rusqlite::Result<T>) -> Result<T> {
        let mut rows = self.query(params)?;
        match rows.next()? {
            Some(row) => Ok(f(&row)?),
            None => Err(Error::NoRows),
        }
    }

    pub fn exists(&mut self, params: impl Params) -> Result<bool> {
        Ok(self.query(params)?.next()?.is_some())
    }
}

/// The rows of a query, one at a time.
pub enum Rows<'s> {
    Sqlite(rusqlite::Rows<'s>),
    Postgres(std::vec::IntoIter<Vec<Value>>, Option<Vec<Value>>),
}

impl Rows<'_> {
    #[allow(clippy::should_implement_trait)] // fallible, as rusqlite's
    pub fn next(&mut self) -> Result<Option<Row<'_>>> {
        Ok(match self {
            Rows::Sqlite(rows) => rows.next()?.map(Row::Sqlite),
            Rows::Postgres(rows, current) => {
                *current = rows.next();
                current.as_deref().map(Row::Values)
            }
        })
    }
}

/// One row, read the same from either engine.
pub enum Row<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Values(&'r [Value]),
    /// A long read's row as it came from the server.
    Postgres(&'r postgres::Row),
}

impl Row<'_> {
    /// Column `idx` as a `T` (the index type is a parameter, as in
    /// rusqlite, so `get::<_, T>(0)` reads the same).
    pub fn get<I: ColumnIndex, T: FromSql>(&self, idx: I) -> rusqlite::Result<T> {
        let idx = idx.index();
        match self {
            Row::Sqlite(row) => row.get(idx),
            _ => {
                let value = self.get_ref(idx)?;
                T::column_result(value).map_err(|e| match e {
                    rusqlite::types::FromSqlError::InvalidType => {
                        rusqlite::Error::InvalidColumnType(idx, format!("column {idx}"), value.data_type())
                    }
                    other => rusqlite::Error::FromSqlConversionFailure(idx, value.data_type(), Box::new(other)),
                })
            }
        }
    }

    pub fn get_ref(&self, idx: usize) -> rusqlite::Result<ValueRef<'_>> {
        match self {
            Row::Sqlite(row) => row.get_ref(idx),
            Row::Values(values) => values
                .get(idx)
                .map(ValueRef::from)
                .ok_or(rusqlite::Error::InvalidColumnIndex(idx)),
            Row::Postgres(row) => {
                if idx >= row.len() {
                    return Err(rusqlite::Error::InvalidColumnIndex(idx));
                }
                row.try_get::<_, PlainRef>(idx).map(|plain| plain.0).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Null, Box::new(e))
                })
            }
        }
    }
}

/// A column by its position (the only way the store names columns).
pub trait ColumnIndex {
    fn index(self) -> usize;
}

impl ColumnIndex for usize {
    fn index(self) -> usize {
        self
    }
}

/// The parameters of one statement.
pub trait Params {
    fn each(&self) -> Vec<&dyn ToSql>;
}

impl Params for [&(dyn ToSql + Send + Sync); 0] {
    fn each(&self) -> Vec<&dyn ToSql> {
        Vec::new()
    }
}

impl Params for () {
    fn each(&self) -> Vec<&dyn ToSql> {
        Vec::new()
    }
}

impl Params for &[&dyn ToSql] {
    fn each(&self) -> Vec<&dyn ToSql> {
        self.to_vec()
    }
}

impl<T: ToSql> Params for Vec<T> {
    fn each(&self) -> Vec<&dyn ToSql> {
        self.iter().map(|v| v as &dyn ToSql).collect()
    }
}

impl<P: Params> Params for &P {
    fn each(&self) -> Vec<&dyn ToSql> {
        (*self).each()
    }
}

macro_rules! array_params {
    ($($n:literal)*) => {$(
        impl<T: ToSql> Params for [T; $n] {
            fn each(&self) -> Vec<&dyn ToSql> {
                self.iter().map(|v| v as &dyn ToSql).collect()
            }
        }
    )*};
}
array_params!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16);

/// `params![a, b]`, as rusqlite's.
#[macro_export]
macro_rules! params {
    () => { &[] as &[&dyn ::rusqlite::ToSql] };
    ($($param:expr),+ $(,)?) => {
        &[$(&$param as &dyn ::rusqlite::ToSql),+] as &[&dyn ::rusqlite::ToSql]
    };
}
pub use crate::params;

/// Parameters from a list of values.
pub fn params_from_iter<T: ToSql>(values: impl IntoIterator<Item = T>) -> Vec<T> {
    values.into_iter().collect()
}

/// `.optional()`: no row becomes `None`.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(Error::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

impl<T> OptionalExtension<T> for rusqlite::Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }
}
