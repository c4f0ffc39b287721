//! Health's memory: each company's score kept once a month, so a page and
//! the management report can say "was 72 in September, 48 now" and what
//! changed.

use super::{Id, Store};
use crate::domain::health::loss_keys;
use crate::model::health::{HealthFilter, HealthMonth};
use crate::store::db::{params, params_from_iter, Connection, OptionalExtension};
use crate::Result;
use chrono::{Datelike, NaiveDate};
use rusqlite::types::Value;

/// A company's kept month: its id, the score, the loss keys with spaces between.
pub type KeptScore = (Id, u8, String);

/// One month and its companies' scores.
pub type KeptMonth = (String, Vec<KeptScore>);

/// Rows per INSERT: a round trip each on a server, well under either
/// engine's limit on parameters.
const ROWS_PER_STATEMENT: usize = 500;

/// `2026-09` for any day of September 2026.
pub fn month_of(day: NaiveDate) -> String {
    format!("{:04}-{:02}", day.year(), day.month())
}

impl Store {
    /// Keep this month's score of every company (not archived) that has none
    /// yet, in one transaction; how many were kept. A month's score is never
    /// changed once kept: the first computation of the month stands.
    pub fn keep_health_month(&mut self) -> Result<usize> {
        let month = month_of(self.today());
        let mut rows: Vec<KeptScore> = Vec::new();
        self.scan_health(&HealthFilter::default(), |r, input, score| {
            rows.push((r.get(0)?, score.score, loss_keys(&input).join(" ")));
            Ok(())
        })?;
        self.write(|tx, _| {
            let mut kept = 0;
            for chunk in rows.chunks(ROWS_PER_STATEMENT) {
                kept += insert_month(tx, &month, chunk)?;
            }
            Ok(kept)
        })
    }

    /// Months of health as if kept then (the demo's past year), in one
    /// transaction; months kept already stay as they are.
    pub fn keep_past_health(&mut self, months: &[KeptMonth]) -> Result<usize> {
        self.write(|tx, _| {
            let mut kept = 0;
            for (month, rows) in months {
                for chunk in rows.chunks(ROWS_PER_STATEMENT) {
                    kept += insert_month(tx, month, chunk)?;
                }
            }
            Ok(kept)
        })
    }

    /// Whether this month's scores have been kept.
    pub fn health_month_kept(&self) -> Result<bool> {
        let month = month_of(self.today());
        let kept: Option<i64> = self
            .conn()
            .query_row(
                "SELECT 1 FROM health_snapshot WHERE month = ?1 LIMIT 1",
                params![month],
                |r| r.get(0),
            )
            .optional()?;
        Ok(kept.is_some())
    }

    /// A company's kept months, oldest first, the last `months` of them.
    pub fn health_history(&self, company: Id, months: usize) -> Result<Vec<HealthMonth>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT month, score, losses FROM health_snapshot WHERE company_id = ?1 ORDER BY month DESC LIMIT ?2",
        )?;
        let mut history = stmt
            .query_map(params![company, months as i64], |r| {
                let losses: String = r.get(2)?;
                Ok(HealthMonth {
                    month: r.get(0)?,
                    score: r.get::<_, i64>(1)?.clamp(0, 100) as u8,
                    losses: losses.split_whitespace().map(str::to_string).collect(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        history.reverse();
        Ok(history)
    }
}

/// Rows of one month (company, score, losses as keys with spaces between),
/// those kept already left as they are; how many were new.
pub(crate) fn insert_month(conn: &Connection, month: &str, rows: &[KeptScore]) -> Result<usize> {
    let values: Vec<String> = (0..rows.len())
        .map(|i| format!("(?{}, ?{}, ?{}, ?{})", 4 * i + 1, 4 * i + 2, 4 * i + 3, 4 * i + 4))
        .collect();
    let sql = format!(
        "INSERT INTO health_snapshot (company_id, month, score, losses) VALUES {}
         ON CONFLICT (company_id, month) DO NOTHING",
        values.join(", ")
    );
    let mut bound: Vec<Value> = Vec::with_capacity(rows.len() * 4);
    for (id, score, losses) in rows {
        bound.push(Value::Integer(*id));
        bound.push(Value::Text(month.to_string()));
        bound.push(Value::Integer(i64::from(*score)));
        bound.push(Value::Text(losses.clone()));
    }
    conn.execute(&sql, params_from_iter(bound))
}
