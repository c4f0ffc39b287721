//! One session with a PostgreSQL server, speaking the store's SQL.
//!
//! The store writes SQLite's `?N` placeholders; they become `$N` here. A
//! parameter is sent as the type the server inferred for it (an integer to
//! a text column becomes its digits), and every column comes back as a
//! plain SQLite value, so rows decode the same on both engines. Statements
//! are prepared once per session and cached.

use crate::domain::location::{pgpass_password, PgHost, PgTarget, Tls};
use crate::{Error, Result};
use postgres::error::SqlState;
use postgres::types::{FromSql, IsNull, ToSql, Type};
use rusqlite::types::{Value, ValueRef};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// The advisory lock every writing transaction takes first: one writer at a
/// time, as on SQLite, so that read-then-write paths (a name that must be
/// unique, the next number) stay correct under concurrency.
const WRITE_LOCK: i64 = 0x006b_7269_6e67; // "kring"

/// Notifications read at most in one look for changes ([`Server::data_version`]).
pub const NOTIFICATIONS_AT_ONCE: usize = 1000;

pub struct Server {
    client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    /// Statements run once so far, unprepared (see [`Server::prepared`]).
    seen: RefCell<std::collections::HashSet<String>>,
    /// Statements whose parameters the server cannot type by itself
    /// (`?1 IS NULL`): they are sent typed by their values.
    typed_by_value: RefCell<std::collections::HashSet<String>>,
    changes: Cell<u64>,
    /// Commits by other sessions seen so far (notifications on `kring_changed`).
    version: Cell<i64>,
    /// The fallback when notifications never come (a pooler in transaction
    /// mode drops LISTEN): the newest audit entry, looked at every few seconds.
    newest_entry: Cell<Option<i64>>,
    looked_at: Cell<Option<std::time::Instant>>,
    /// A notification arrived (one's own commits notify too): LISTEN works,
    /// no need to look at the log.
    heard: Cell<bool>,
    /// Who is connected: the session's login role.
    login: String,
    /// This session's backend process: notifications it caused carry it.
    pid: i32,
    /// Whether kring's schema was there at connect (see
    /// [`Server::schema_seen_at_connect`]).
    schema_seen: Cell<Option<bool>>,
    /// Inside BEGIN … COMMIT/ROLLBACK.
    in_transaction: Cell<bool>,
}

impl Server {
    pub fn connect(target: &PgTarget) -> Result<Server> {
        let user = target
            .user
            .clone()
            .or_else(|| std::env::var("PGUSER").ok())
            .or_else(|| std::env::var("USER").ok())
            .ok_or_else(|| Error::invalid("no PostgreSQL user: put it in the URL (postgresql://USER@host/db)"))?;
        let mut config = postgres::Config::new();
        config
            .user(&user)
            .port(target.port)
            .application_name("kring")
            .dbname(target.dbname.as_deref().unwrap_or(&user))
            .connect_timeout(std::time::Duration::from_secs(10));
        match &target.host {
            // As libpq: PGHOST may name the socket directory (a host name
            // there is not taken: the URL decides whether TLS is needed).
            PgHost::DefaultSocket => match std::env::var("PGHOST").ok().filter(|h| h.starts_with('/')) {
                Some(dir) => config.host_path(dir),
                None => config.host_path("/var/run/postgresql"),
            },
            PgHost::Socket(dir) => config.host_path(dir),
            PgHost::Tcp(host) => config.host(host),
        };
        if let Some(password) = password_for(target, &user) {
            config.password(password);
        }
        let client = match target.tls {
            Tls::Disable => config.connect(postgres::NoTls),
            _ => config
                .ssl_mode(postgres::config::SslMode::Require)
                .connect(super::tls::connector(target)?),
        }
        .map_err(|e| Error::Database(format!("cannot connect to {target}: {}", reason(&e))))?;
        let server = Server {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            seen: Default::default(),
            typed_by_value: Default::default(),
            changes: Cell::new(0),
            version: Cell::new(0),
            newest_entry: Cell::new(None),
            looked_at: Cell::new(None),
            heard: Cell::new(false),
            login: String::new(),
            pid: 0,
            in_transaction: Cell::new(false),
            schema_seen: Cell::new(None),
        };
        // A writer that waits longer than this for another gives up with
        // "busy", as SQLite's busy timeout does. Who this is and whether
        // kring's schema is there come back in the same round trip.
        let said = server.client.borrow_mut().simple_query(
            "SET lock_timeout = '10s'; SET client_min_messages = warning; LISTEN kring_changed;
             SELECT session_user::text, pg_backend_pid(), to_regclass('schema_version') IS NOT NULL",
        )?;
        let row = said.iter().find_map(|message| match message {
            postgres::SimpleQueryMessage::Row(row) => Some(row),
            _ => None,
        });
        let login = row.and_then(|r| r.get(0)).map(str::to_string).unwrap_or(user);
        let pid = row.and_then(|r| r.get(1)).and_then(|p| p.parse().ok()).unwrap_or(0);
        server
            .schema_seen
            .set(row.and_then(|r| r.get(2)).map(|seen| seen == "t"));
        Ok(Server { login, pid, ..server })
    }

    /// Whether kring's schema was there when this session connected; told
    /// once (what `postgres::prepare` asks first), None after that.
    pub fn schema_seen_at_connect(&self) -> Option<bool> {
        self.schema_seen.take()
    }

    /// The login role of this session (who "me" is on a server).
    pub fn login(&self) -> &str {
        &self.login
    }

    pub fn batch(&self, sql: &str) -> Result<()> {
        let done = self.client.borrow_mut().batch_execute(sql);
        let words: String = sql
            .trim_start()
            .chars()
            .take(11)
            .collect::<String>()
            .to_ascii_uppercase();
        // (ROLLBACK TO SAVEPOINT stays in the transaction.)
        if words.starts_with("COMMIT") || (words.starts_with("ROLLBACK") && !words.starts_with("ROLLBACK TO")) {
            self.in_transaction.set(false);
        }
        Ok(done?)
    }

    pub fn begin(&self, immediate: bool) -> Result<()> {
        if immediate {
            self.batch(&format!("BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})"))?;
        } else {
            // A read that sees one moment, as a SQLite transaction does: an
            // export's tables from one snapshot, not each its own (under
            // READ COMMITTED a company created between two tables' reads
            // left its interactions referring to a company not exported).
            self.batch("BEGIN ISOLATION LEVEL REPEATABLE READ")?;
        }
        self.in_transaction.set(true);
        Ok(())
    }

    pub fn in_transaction(&self) -> bool {
        self.in_transaction.get()
    }

    pub fn execute(&self, sql: &str, params: &[&dyn rusqlite::ToSql]) -> Result<usize> {
        let values = plain_values(params)?;
        let binds: Vec<Bind> = values.iter().map(Bind).collect();
        let changed = match self.prepared(sql, &values)? {
            Some(statement) => self.client.borrow_mut().execute(&statement, &as_params(&binds))?,
            None => self.unprepared(sql, &binds, |client, text, typed| client.execute_typed(text, typed))?,
        };
        self.changes.set(changed);
        Ok(changed as usize)
    }

    pub fn query(&self, sql: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<Vec<Value>>> {
        let values = plain_values(params)?;
        let binds: Vec<Bind> = values.iter().map(Bind).collect();
        let rows = match self.prepared(sql, &values)? {
            Some(statement) => self.client.borrow_mut().query(&statement, &as_params(&binds))?,
            None => self.unprepared(sql, &binds, |client, text, typed| client.query_typed(text, typed))?,
        };
        plain_rows(&rows)
    }

    /// A statement run without preparing it first: parse, bind and run in
    /// one round trip instead of two. Its parameters go as text for the
    /// server to read as the types it infers — as a prepared statement's
    /// would be — unless it cannot infer them (then typed by their values).
    fn unprepared<T>(
        &self,
        sql: &str,
        binds: &[Bind],
        run: impl Fn(&mut postgres::Client, &str, &[(&(dyn ToSql + Sync), Type)]) -> std::result::Result<T, postgres::Error>,
    ) -> Result<T> {
        let text = dollar_placeholders(sql);
        let by_value = self.typed_by_value.borrow().contains(sql);
        let typed = |by_value: bool| -> Vec<(&(dyn ToSql + Sync), Type)> {
            binds
                .iter()
                .map(|b| {
                    (
                        b as &(dyn ToSql + Sync),
                        if by_value { type_of(b.0) } else { inferred() },
                    )
                })
                .collect()
        };
        let done = run(&mut self.client.borrow_mut(), &text, &typed(by_value));
        match done {
            Err(e) if !by_value && e.code() == Some(&SqlState::INDETERMINATE_DATATYPE) => {
                self.typed_by_value.borrow_mut().insert(sql.to_string());
                Ok(run(&mut self.client.borrow_mut(), &text, &typed(true))?)
            }
            done => {
                if let (Err(e), Some(_)) = (&done, std::env::var_os("KRING_DEBUG_SQL")) {
                    eprintln!("kring: PostgreSQL refused {text}\n  {}", reason(e));
                }
                Ok(done?)
            }
        }
    }

    /// Rows in COPY's text format (`data`, whole lines) into the table
    /// and columns `copy` names (`COPY t (a, b) FROM STDIN`): one round
    /// trip, and none of the per-row work of an INSERT.
    pub fn copy_in(&self, copy: &str, data: &[u8]) -> Result<u64> {
        use std::io::Write;
        let mut client = self.client.borrow_mut();
        let mut writer = client.copy_in(copy)?;
        if let Err(e) = writer.write_all(data) {
            // The server's reason, when it refused the rows already.
            drop(writer);
            return Err(Error::Database(format!("the PostgreSQL server: {e}")));
        }
        let copied = writer.finish()?;
        self.changes.set(copied);
        Ok(copied)
    }

    /// Every row of a long read handed to `each` as it arrives. The server
    /// goes on producing rows into the socket while kring turns the ones
    /// before into output (a FETCH at a time leaves one side idle while the
    /// other works: an export took the server's time plus kring's). `each`
    /// must not use this connection: its rows are still arriving on it.
    pub fn for_each_row(
        &self,
        sql: &str,
        params: &[&dyn rusqlite::ToSql],
        mut each: impl FnMut(&postgres::Row) -> Result<()>,
    ) -> Result<()> {
        use postgres::fallible_iterator::FallibleIterator;
        let values = plain_values(params)?;
        let binds: Vec<Bind> = values.iter().map(Bind).collect();
        let cached = self.statements.borrow().get(sql).cloned();
        let statement = match cached {
            Some(statement) => statement,
            None => self.statement(sql, &values)?,
        };
        let mut client = self.client.borrow_mut();
        let mut rows = client.query_raw(&statement, as_params(&binds))?;
        while let Some(row) = rows.next()? {
            each(&row)?;
        }
        Ok(())
    }

    pub fn last_insert_id(&self) -> Result<i64> {
        match self.query("SELECT lastval()", &[])?.first().and_then(|r| r.first()) {
            Some(Value::Integer(id)) => Ok(*id),
            _ => Err(Error::Database(
                "the server did not say which id the new row got".into(),
            )),
        }
    }

    /// A number that grows when another session commits a change (each
    /// table a transaction touched notifies once, at commit; this session's
    /// own notifications carry its own backend pid and are not counted).
    pub fn data_version(&self) -> Result<i64> {
        use postgres::fallible_iterator::FallibleIterator;
        self.look_at_the_log()?;
        let mut client = self.client.borrow_mut();
        let mut notifications = client.notifications();
        // A short wait lets the connection read what the server sent since
        // the last statement (a non-blocking look would not read the socket).
        // Any login may NOTIFY: a flood of them is read a bounded number at
        // a time (the rest wait in the connection) and counts as one change.
        let mut pending = notifications.timeout_iter(std::time::Duration::from_millis(5));
        let (mut read, mut foreign) = (0, false);
        while let Some(note) = pending.next()? {
            self.heard.set(true);
            foreign |= note.process_id() != self.pid;
            read += 1;
            if read == NOTIFICATIONS_AT_ONCE {
                break;
            }
        }
        if foreign {
            self.version.set(self.version.get() + 1);
        }
        Ok(self.version.get())
    }

    /// Every change kring makes writes an audit entry: a newer one than last
    /// time means someone changed something (this session too, which costs
    /// a needless reload, never a missed one).
    fn look_at_the_log(&self) -> Result<()> {
        const EVERY: std::time::Duration = std::time::Duration::from_secs(3);
        if self.heard.get() || self.looked_at.get().is_some_and(|at| at.elapsed() < EVERY) {
            return Ok(());
        }
        self.looked_at.set(Some(std::time::Instant::now()));
        let newest = match self
            .query("SELECT max(id) FROM audit_log", &[])?
            .first()
            .and_then(|r| r.first())
        {
            Some(Value::Integer(id)) => *id,
            _ => 0,
        };
        if self.newest_entry.get().is_some_and(|before| before != newest) {
            self.version.set(self.version.get() + 1);
        }
        self.newest_entry.set(Some(newest));
        Ok(())
    }

    pub fn changes(&self) -> u64 {
        self.changes.get()
    }

    /// The prepared statement for `sql` from its second use on; None the
    /// first time (run it [`unprepared`](Server::unprepared)). A command
    /// runs most statements once, and preparing costs a round trip of its
    /// own; a terminal UI runs the same ones at every refresh, and those
    /// are prepared once and then only bound.
    fn prepared(&self, sql: &str, values: &[Value]) -> Result<Option<postgres::Statement>> {
        if let Some(statement) = self.statements.borrow().get(sql) {
            return Ok(Some(statement.clone()));
        }
        if self.seen.borrow_mut().insert(sql.to_string()) {
            return Ok(None);
        }
        self.statement(sql, values).map(Some)
    }

    /// The prepared statement for `sql`, prepared now. A parameter whose
    /// type the server cannot infer (`?1 IS NULL`) is typed from its value
    /// instead.
    fn statement(&self, sql: &str, values: &[Value]) -> Result<postgres::Statement> {
        let text = dollar_placeholders(sql);
        let prepared = self.client.borrow_mut().prepare(&text);
        if let (Err(e), Some(_)) = (&prepared, std::env::var_os("KRING_DEBUG_SQL")) {
            eprintln!("kring: PostgreSQL refused {text}\n  {}", reason(e));
        }
        let statement = match prepared {
            Ok(statement) => statement,
            Err(e) if e.code() == Some(&SqlState::INDETERMINATE_DATATYPE) => {
                let types: Vec<Type> = values.iter().map(type_of).collect();
                self.client.borrow_mut().prepare_typed(&text, &types)?
            }
            Err(e) => return Err(e.into()),
        };
        self.statements.borrow_mut().insert(sql.to_string(), statement.clone());
        Ok(statement)
    }
}

fn plain_values(params: &[&dyn rusqlite::ToSql]) -> Result<Vec<Value>> {
    params.iter().map(|p| plain(*p)).collect()
}

/// A parameter as a plain value (what the server is sent).
fn plain(param: &dyn rusqlite::ToSql) -> Result<Value> {
    use rusqlite::types::{ToSqlOutput, ValueRef};
    Ok(match param.to_sql()? {
        ToSqlOutput::Borrowed(value) => match value {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(i) => Value::Integer(i),
            ValueRef::Real(x) => Value::Real(x),
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        },
        ToSqlOutput::Owned(value) => value,
        _ => return Err(Error::Database("a parameter kring cannot send".into())),
    })
}

fn as_params<'a>(binds: &'a [Bind]) -> Vec<&'a (dyn ToSql + Sync)> {
    binds.iter().map(|b| b as &(dyn ToSql + Sync)).collect()
}

/// "Whatever the server infers here" (type 0 in a Parse message).
fn inferred() -> Type {
    Type::new(
        "unspecified".into(),
        0,
        postgres::types::Kind::Pseudo,
        "pg_catalog".into(),
    )
}

fn type_of(value: &Value) -> Type {
    match value {
        Value::Integer(_) => Type::INT8,
        Value::Real(_) => Type::FLOAT8,
        Value::Blob(_) => Type::BYTEA,
        Value::Null | Value::Text(_) => Type::TEXT,
    }
}

/// The password: `PGPASSWORD`, else the first matching line of `~/.pgpass`
/// (or `PGPASSFILE`), as libpq finds it.
fn password_for(target: &PgTarget, user: &str) -> Option<String> {
    if let Ok(password) = std::env::var("PGPASSWORD") {
        return Some(password);
    }
    let file = std::env::var_os("PGPASSFILE")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".pgpass")))?;
    pgpass_password(&std::fs::read_to_string(file).ok()?, target, user)
}

/// What went wrong connecting, in one line.
fn reason(error: &postgres::Error) -> String {
    match error.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            let mut text = error.to_string();
            let mut source = std::error::Error::source(error);
            while let Some(cause) = source {
                text = format!("{text}: {cause}");
                source = cause.source();
            }
            text
        }
    }
}

/// SQLite's `?N` (and bare `?`) placeholders as PostgreSQL's `$N`; text in
/// quotes is left alone.
fn plain_rows(rows: &[postgres::Row]) -> Result<Vec<Vec<Value>>> {
    rows.iter()
        .map(|row| {
            (0..row.len())
                .map(|i| row.try_get::<_, Plain>(i).map(|p| p.0).map_err(Error::from))
                .collect()
        })
        .collect()
}

pub fn dollar_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    let mut quoted = false;
    let mut next = 0;
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    next += 1;
                    digits = next.to_string();
                } else {
                    next = next.max(digits.parse().unwrap_or(next));
                }
                out.push('$');
                out.push_str(&digits);
            }
            _ => out.push(c),
        }
    }
    out
}

/// A value sent as whatever type the server expects at that place.
#[derive(Debug)]
struct Bind<'a>(&'a Value);

impl ToSql for Bind<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        let wrong = || format!("cannot send {:?} as {ty}", self.0).into();
        if ty.oid() == 0 {
            // As text, for the server to read as the type it inferred.
            match self.0 {
                Value::Null => return Ok(IsNull::Yes),
                Value::Integer(i) => out.extend_from_slice(i.to_string().as_bytes()),
                Value::Real(x) => out.extend_from_slice(x.to_string().as_bytes()),
                Value::Text(s) => out.extend_from_slice(s.as_bytes()),
                Value::Blob(b) => {
                    out.extend_from_slice(b"\\x");
                    for byte in b {
                        out.extend_from_slice(format!("{byte:02x}").as_bytes());
                    }
                }
            }
            return Ok(IsNull::No);
        }
        match (self.0, ty) {
            (Value::Null, _) => Ok(IsNull::Yes),
            (Value::Integer(i), &Type::INT8) => i.to_sql(ty, out),
            (Value::Integer(i), &Type::INT4) => i32::try_from(*i)?.to_sql(ty, out),
            (Value::Integer(i), &Type::INT2) => i16::try_from(*i)?.to_sql(ty, out),
            (Value::Integer(i), &Type::FLOAT8) => (*i as f64).to_sql(ty, out),
            (Value::Integer(i), &Type::BOOL) => (*i != 0).to_sql(ty, out),
            (Value::Integer(i), _) if is_text(ty) => i.to_string().to_sql(&Type::TEXT, out),
            (Value::Real(x), &Type::FLOAT8) => x.to_sql(ty, out),
            (Value::Real(x), &Type::FLOAT4) => (*x as f32).to_sql(ty, out),
            (Value::Real(x), _) if is_text(ty) => x.to_string().to_sql(&Type::TEXT, out),
            (Value::Text(s), _) if is_text(ty) => s.as_str().to_sql(&Type::TEXT, out),
            (Value::Text(s), &Type::INT8) => s.trim().parse::<i64>()?.to_sql(ty, out),
            (Value::Text(s), &Type::INT4) => s.trim().parse::<i32>()?.to_sql(ty, out),
            (Value::Text(s), &Type::FLOAT8) => s.trim().parse::<f64>()?.to_sql(ty, out),
            (Value::Blob(b), &Type::BYTEA) => b.to_sql(ty, out),
            _ => Err(wrong()),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    fn encode_format(&self, ty: &Type) -> postgres::types::Format {
        match ty.oid() {
            0 => postgres::types::Format::Text,
            _ => postgres::types::Format::Binary,
        }
    }

    postgres::types::to_sql_checked!();
}

fn is_text(ty: &Type) -> bool {
    matches!(
        *ty,
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN | Type::JSON
    )
}

/// Any column, as the SQLite value it would have been.
struct Plain(Value);

impl<'a> FromSql<'a> for Plain {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> std::result::Result<Plain, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Plain(match *ty {
            Type::BOOL => Value::Integer(bool::from_sql(ty, raw)? as i64),
            Type::INT2 => Value::Integer(i16::from_sql(ty, raw)? as i64),
            Type::INT4 => Value::Integer(i32::from_sql(ty, raw)? as i64),
            Type::INT8 => Value::Integer(i64::from_sql(ty, raw)?),
            Type::OID => Value::Integer(u32::from_sql(ty, raw)? as i64),
            Type::FLOAT4 => Value::Real(f32::from_sql(ty, raw)? as f64),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            Type::NUMERIC => numeric(raw)?,
            Type::BYTEA => Value::Blob(raw.to_vec()),
            Type::JSONB => Value::Text(String::from_utf8(raw.get(1..).unwrap_or_default().to_vec())?),
            Type::VOID => Value::Null,
            _ => Value::Text(String::from_utf8(raw.to_vec())?),
        }))
    }

    fn from_sql_null(_: &Type) -> std::result::Result<Plain, Box<dyn std::error::Error + Sync + Send>> {
        Ok(Plain(Value::Null))
    }

    fn accepts(ty: &Type) -> bool {
        !matches!(
            ty.kind(),
            postgres::types::Kind::Array(_) | postgres::types::Kind::Composite(_)
        )
    }
}

/// Any column as the SQLite value it would have been, borrowed from the
/// row as it came (a long read's text is not copied into a `Value` first).
/// Text is checked to be UTF-8 where it is read as a string.
pub struct PlainRef<'a>(pub ValueRef<'a>);

impl<'a> FromSql<'a> for PlainRef<'a> {
    fn from_sql(
        ty: &Type,
        raw: &'a [u8],
    ) -> std::result::Result<PlainRef<'a>, Box<dyn std::error::Error + Sync + Send>> {
        Ok(PlainRef(match *ty {
            Type::BYTEA => ValueRef::Blob(raw),
            Type::JSONB => ValueRef::Text(raw.get(1..).unwrap_or_default()),
            Type::BOOL
            | Type::INT2
            | Type::INT4
            | Type::INT8
            | Type::OID
            | Type::FLOAT4
            | Type::FLOAT8
            | Type::NUMERIC
            | Type::VOID => match Plain::from_sql(ty, raw)?.0 {
                Value::Integer(n) => ValueRef::Integer(n),
                Value::Real(x) => ValueRef::Real(x),
                _ => ValueRef::Null,
            },
            _ => ValueRef::Text(raw),
        }))
    }

    fn from_sql_null(_: &Type) -> std::result::Result<PlainRef<'a>, Box<dyn std::error::Error + Sync + Send>> {
        Ok(PlainRef(ValueRef::Null))
    }

    fn accepts(ty: &Type) -> bool {
        Plain::accepts(ty)
    }
}

/// PostgreSQL's binary NUMERIC (`sum()` of integers is one): an integer
/// when it has no fraction, else a float.
fn numeric(raw: &[u8]) -> std::result::Result<Value, Box<dyn std::error::Error + Sync + Send>> {
    let word = |i: usize| -> std::result::Result<i64, Box<dyn std::error::Error + Sync + Send>> {
        let bytes = raw.get(i * 2..i * 2 + 2).ok_or("a short NUMERIC")?;
        Ok(i16::from_be_bytes([bytes[0], bytes[1]]) as i64)
    };
    let (digits, weight, sign, scale) = (word(0)?, word(1)?, word(2)? as u16, word(3)?);
    if sign == 0xC000 {
        return Ok(Value::Null); // NaN
    }
    let mut value = 0f64;
    for i in 0..digits {
        value += word(4 + i as usize)? as f64 * 10000f64.powi((weight - i) as i32);
    }
    if sign == 0x4000 {
        value = -value;
    }
    Ok(if scale == 0 && value.abs() < 9e15 {
        Value::Integer(value as i64)
    } else {
        Value::Real(value)
    })
}

impl From<postgres::Error> for Error {
    fn from(error: postgres::Error) -> Error {
        let Some(db) = error.as_db_error() else {
            return Error::Database(format!("the PostgreSQL server: {}", reason(&error)));
        };
        let message = db.message().to_string();
        match db.code() {
            c if *c == SqlState::LOCK_NOT_AVAILABLE
                || *c == SqlState::T_R_DEADLOCK_DETECTED
                || *c == SqlState::T_R_SERIALIZATION_FAILURE
                || *c == SqlState::QUERY_CANCELED =>
            {
                Error::Busy
            }
            c if c.code().starts_with("23") => Error::Constraint(message),
            c if *c == SqlState::INSUFFICIENT_PRIVILEGE => Error::Forbidden(refusal(&message)),
            c if *c == SqlState::DISK_FULL => Error::Full,
            c if *c == SqlState::READ_ONLY_SQL_TRANSACTION => {
                Error::Database("the PostgreSQL server accepts no changes (a standby?); nothing was changed".into())
            }
            _ => Error::Database(format!("database error: {message}")),
        }
    }
}

/// The server's refusal in kring's words. kring's own rules (rights.sql)
/// already speak plainly; PostgreSQL's grants say "permission denied for
/// table staff" and row-level security "violates row-level security
/// policy", which name no rule a staff member knows.
fn refusal(message: &str) -> String {
    let object = |prefix: &str| message.strip_prefix(prefix).map(|rest| rest.trim().to_string());
    if let Some(table) = object("permission denied for table") {
        return crate::t!("err-server-refused-table", table = table);
    }
    if message.contains("row-level security") {
        return crate::t!("err-server-refused-row");
    }
    if message.starts_with("permission denied") {
        return crate::t!("err-server-refused", detail = message);
    }
    crate::t!("err-server-rule", rule = message)
}

#[cfg(test)]
mod tests {
    use super::{dollar_placeholders, refusal};

    #[test]
    fn the_servers_refusals_are_said_in_krings_words() {
        let said = refusal("permission denied for table staff");
        assert!(said.contains("does not let your login change staff"), "{said}");
        assert!(!said.contains("permission denied"), "{said}");
        let said = refusal("new row violates row-level security policy for table \"audit_log\"");
        assert!(said.contains("another staff member's name"), "{said}");
        let said = refusal("only an admin may erase a person");
        assert_eq!(said, "only an admin may erase a person; nothing was changed");
    }

    #[test]
    fn placeholders_become_dollars_outside_quotes() {
        assert_eq!(
            dollar_placeholders("SELECT ?2, ?1 WHERE a = '?' AND b = ?"),
            "SELECT $2, $1 WHERE a = '?' AND b = $3"
        );
        assert_eq!(dollar_placeholders("x = ? AND y = ?"), "x = $1 AND y = $2");
    }
}
