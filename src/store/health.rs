//! Health inputs, counted per company with one grouped query per ingredient
//! (never a query per company), and the scores computed from them by the
//! domain's formula.

use super::{date_col, Id, Store};
use crate::domain::dates::{days_between, iso};
use crate::domain::health::{health, score, Health, HealthInput, Score};
use crate::model::health::{CompanyHealth, HealthFilter};
use crate::store::db::{params, Connection};
use crate::Result;
use chrono::{Months, NaiveDate};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

impl Store {
    /// Health of every (non-archived) company matching `filter`, worst first.
    pub fn health(&self, filter: &HealthFilter) -> Result<Vec<CompanyHealth>> {
        let mut out = Vec::new();
        self.for_each_health(filter, |row| {
            out.push(row);
            Ok(())
        })?;
        Ok(out)
    }

    /// [`Store::health`] handed to `each` worst first, one at a time: the
    /// companies are scored and sorted first (a few dozen bytes each), and
    /// each one's reasons are worded only as it is handed over. Returns how
    /// many companies matched (before the filter's limit).
    pub fn for_each_health(
        &self,
        filter: &HealthFilter,
        mut each: impl FnMut(CompanyHealth) -> Result<()>,
    ) -> Result<usize> {
        let mut rows = Vec::new();
        self.scan_health(filter, |r, input, score| {
            rows.push((score.score, health_row(r)?, input));
            Ok(())
        })?;
        rows.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name.cmp(&b.1.name)));
        let matched = rows.len();
        rows.truncate(filter.limit.unwrap_or(usize::MAX));
        for (_, row, input) in rows {
            let losses = crate::domain::health::loss_keys(&input);
            let Health {
                score,
                band,
                mut reasons,
                single_point_of_contact,
            } = health(&input);
            // Losing touch says whose cadence it is measured against.
            if let (Some(from), Some(at)) = (&row.cadence_from, losses.iter().position(|l| *l == "recency")) {
                if let Some(reason) = reasons.get_mut(at) {
                    reason.push_str(&format!(" · {}", crate::model::companies::cadence_source_said(from)));
                }
            }
            each(CompanyHealth {
                id: row.id,
                name: row.name,
                city: row.city,
                status: row.status,
                owner: row.owner,
                last_contact: row.last_contact,
                score,
                band,
                reasons,
                single_point_of_contact,
                staff_in_touch: input.staff_in_touch,
                current_contacts: input.current_contacts,
                losses,
                cadence_from: row.cadence_from,
            })?;
        }
        Ok(matched)
    }

    /// The score and band of each company matching `filter`, unsorted and
    /// without reasons: what sorting a list by health or colouring its
    /// visible rows needs.
    pub fn health_scores(&self, filter: &HealthFilter) -> Result<Vec<(Id, Score)>> {
        let mut out = Vec::new();
        self.scan_health(filter, |r, _, score| {
            out.push((r.get(0)?, score));
            Ok(())
        })?;
        Ok(out)
    }

    /// The score of every company that is not archived, from memory while
    /// nothing changed since they were computed (on a database file; the
    /// 100k of the large demo take a second to compute). Sorting a list by
    /// health asks this; [`Store::health_warm_up`] computes it ahead.
    pub fn all_health_scores(&self) -> Result<Arc<HashMap<Id, Score>>> {
        let key = self.scores_key()?;
        if let Some(scores) = key.and_then(|key| self.scores.current(key)) {
            return Ok(scores);
        }
        let scores = Arc::new(self.health_scores(&HealthFilter::default())?.into_iter().collect());
        if let Some(key) = key {
            self.scores.keep(key, Arc::clone(&scores));
        }
        Ok(scores)
    }

    /// What computing [`Store::all_health_scores`] aside takes, unless they
    /// are current or being computed: the caller runs it on a thread of its
    /// own (the terminal UI's runner, while it waits for a key), with a
    /// connection of its own, so that sorting by health is instant when
    /// asked. Only for a database file.
    pub fn health_warm_up(&self) -> Option<WarmUp> {
        let (Some(path), Ok(Some(key))) = (self.path.clone(), self.scores_key()) else {
            return None;
        };
        if self.scores.current(key).is_some() || !self.scores.start_warming() {
            return None;
        }
        Some(WarmUp {
            path,
            key,
            cache: self.scores.clone(),
            clock: self.clock,
        })
    }

    /// Whether every company's score is in memory for the database as it is.
    pub fn health_scores_warm(&self) -> bool {
        matches!(self.scores_key(), Ok(Some(key)) if self.scores.current(key).is_some())
    }

    /// What the scores depend on, cheaply: the day, and the last change
    /// (every change writes the audit log, whoever makes it). Only on
    /// SQLite, where no change can be seen out of order.
    fn scores_key(&self) -> Result<Option<ScoresKey>> {
        if self.conn.sqlite().is_err() {
            return Ok(None);
        }
        let last: Option<i64> = self.conn.query_row("SELECT max(id) FROM audit_log", [], |r| r.get(0))?;
        Ok(Some((self.today(), last.unwrap_or(0))))
    }

    /// One company's health.
    pub fn company_health(&self, id: Id) -> Result<Option<CompanyHealth>> {
        Ok(self
            .health(&HealthFilter {
                companies: Some(vec![id]),
                ..Default::default()
            })?
            .into_iter()
            .next())
    }

    /// Each company `filter` names with its health inputs and score (its
    /// band and single-point filters applied).
    pub(super) fn scan_health(
        &self,
        filter: &HealthFilter,
        mut each: impl FnMut(&crate::store::db::Row, HealthInput, Score) -> Result<()>,
    ) -> Result<()> {
        let today = self.today();
        let only = filter
            .companies
            .as_ref()
            .map(|ids| serde_json::Value::from(ids.clone()).to_string());
        // Every company's inputs and rows stream, in one snapshot on a
        // server; one company's are a few rows, read at once.
        let whole = only.is_none();
        let _reading = if whole { Some(self.conn().reading()?) } else { None };
        let inputs = health_inputs(self.conn(), today, only.as_deref())?;
        let listed = match only {
            Some(_) => "c.id IN (SELECT value FROM json_each(?2))",
            None => "CAST(?2 AS TEXT) IS NULL",
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT c.id, c.name, c.city, c.status, s.name, c.last_contact_on, c.effective_cadence, c.kind,
                    CASE WHEN c.cadence_days IS NULL AND c.status IN ('prospect', 'active') THEN c.group_cadence_from END
               FROM company c LEFT JOIN staff s ON s.id = c.owner_id
              WHERE c.archived = 0 AND (c.owner_id = ?1 OR ?1 IS NULL) AND {listed}
                AND (s.team_id = (SELECT t.team_id FROM staff t WHERE t.id = ?3) OR CAST(?3 AS BIGINT) IS NULL)
                AND (s.team_id = ?4 OR CAST(?4 AS BIGINT) IS NULL)"
        ))?;
        stmt.for_each_row(params![filter.owner, only, filter.team_of, filter.team], whole, |r| {
            let id: Id = r.get(0)?;
            let last_contact = date_col(r, 5)?;
            let mut input = inputs.get(&id).copied().unwrap_or_default();
            input.days_since_contact = last_contact.map(|d| days_between(d, today));
            input.cadence_days = r.get(6)?;
            input.network_partner = r.get::<_, crate::domain::kinds::OrganisationKind>(7)?
                != crate::domain::kinds::OrganisationKind::Company;
            let scored = score(&input);
            if filter.band.is_some_and(|b| b != scored.band)
                || (filter.single_point_only && !scored.single_point_of_contact)
            {
                return Ok(());
            }
            each(r, input, scored)
        })
    }
}

fn health_row(r: &crate::store::db::Row) -> Result<HealthRow> {
    Ok(HealthRow {
        id: r.get(0)?,
        name: r.get(1)?,
        city: r.get(2)?,
        status: r.get(3)?,
        owner: r.get(4)?,
        last_contact: date_col(r, 5)?,
        cadence_from: r.get(8)?,
    })
}

/// What a health listing shows of the company itself.
struct HealthRow {
    id: Id,
    name: String,
    city: Option<String>,
    status: String,
    owner: Option<String>,
    last_contact: Option<NaiveDate>,
    /// A tag's or kind's cadence applied (`tag:stagebedrijf`).
    cadence_from: Option<String>,
}

/// Everything but recency, per company. Recency comes from the company row.
/// `only` is a JSON array of company ids, or `None` for all.
fn health_inputs(conn: &Connection, today: NaiveDate, only: Option<&str>) -> Result<HashMap<Id, HealthInput>> {
    let company = only;
    // Every company's counts stream; a few companies' are read at once.
    let long = only.is_none();
    // Two plans: all companies (one scan), or a list (index lookups per id).
    // `?N IS NULL OR …` in one statement would make SQLite scan in both cases.
    let scope = |n: u8| match only {
        Some(_) => format!("company_id IN (SELECT value FROM json_each(?{n}))"),
        // Typed, so that a server can plan it with the value NULL.
        None => format!("CAST(?{n} AS TEXT) IS NULL"),
    };
    let year_ago = iso(today - Months::new(12));
    let two_years_ago = iso(today - Months::new(24));
    let mut inputs: HashMap<Id, HealthInput> = HashMap::new();

    let mut stmt = conn.prepare_cached(&format!(
        "SELECT company_id,
                count(CASE WHEN occurred_on >= ?1 THEN 1 END),
                count(CASE WHEN occurred_on < ?1 THEN 1 END),
                count(CASE WHEN occurred_on >= ?1 AND (kind IN ('internship_placed', 'assignment', 'guest_lecture') OR meeting_id IS NOT NULL) THEN 1 END),
                count(DISTINCT staff_id)
           FROM interaction
          WHERE occurred_on >= ?2 AND occurred_on <= ?3 AND {}
          GROUP BY company_id",
        scope(4)
    ))?;
    stmt.for_each_row(params![year_ago, two_years_ago, iso(today), company], long, |r| {
        let entry = inputs.entry(r.get(0)?).or_default();
        entry.contacts_last_year = r.get(1)?;
        entry.contacts_year_before = r.get(2)?;
        entry.value_events += r.get::<_, i64>(3)?;
        entry.staff_in_touch = r.get(4)?;
        Ok(())
    })?;

    let mut stmt = conn.prepare_cached(&format!(
        "SELECT company_id, count(CASE WHEN status IN ('agreed', 'running') THEN 1 END), count(CASE WHEN status = 'done' AND coalesce(ends_on, '') >= ?1 THEN 1 END)
           FROM engagement WHERE {} GROUP BY company_id",
        scope(2)
    ))?;
    stmt.for_each_row(params![year_ago, company], long, |r| {
        let entry = inputs.entry(r.get(0)?).or_default();
        entry.active_engagements = r.get(1)?;
        entry.value_events += r.get::<_, i64>(2)?;
        Ok(())
    })?;

    let mut stmt = conn.prepare_cached(&format!(
        "SELECT company_id, count(*) FROM followup WHERE done_at IS NULL AND due_on < ?1 AND {} GROUP BY company_id",
        scope(2)
    ))?;
    stmt.for_each_row(params![iso(today), company], long, |r| {
        inputs.entry(r.get(0)?).or_default().overdue_followups = r.get(1)?;
        Ok(())
    })?;

    // A colleague who also works at the company (a hybrid teacher) is a
    // route in, as one in touch is: counted once, contact or not.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT company_id, count(DISTINCT staff_id) FROM staff_affiliation a
          WHERE kind = 'works' AND ended_on IS NULL AND {}
            AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.company_id = a.company_id
                               AND i.staff_id = a.staff_id AND i.occurred_on >= ?1)
          GROUP BY company_id",
        scope(2)
    ))?;
    stmt.for_each_row(params![two_years_ago, company], long, |r| {
        inputs.entry(r.get(0)?).or_default().staff_in_touch += r.get::<_, i64>(1)?;
        Ok(())
    })?;

    let mut stmt = conn.prepare_cached(&format!(
        "SELECT company_id, count(*) FROM employment WHERE ended_on IS NULL AND {} GROUP BY company_id",
        scope(1)
    ))?;
    stmt.for_each_row(params![company], long, |r| {
        inputs.entry(r.get(0)?).or_default().current_contacts = r.get(1)?;
        Ok(())
    })?;

    let mut stmt = conn.prepare_cached(&format!(
        "SELECT company_id, min(asked_on) FROM question WHERE status = 'new' AND {} GROUP BY company_id",
        scope(1)
    ))?;
    stmt.for_each_row(params![company], long, |r| {
        if let Some(asked) = date_col(r, 1)? {
            inputs.entry(r.get(0)?).or_default().question_waiting_days = Some(days_between(asked, today));
        }
        Ok(())
    })?;
    Ok(inputs)
}

type ScoresKey = (NaiveDate, i64);

/// Every company's health to compute aside ([`Store::health_warm_up`]).
pub struct WarmUp {
    path: std::path::PathBuf,
    key: ScoresKey,
    cache: ScoreCache,
    clock: super::Clock,
}

impl WarmUp {
    /// Compute them and keep them where the store that asked finds them.
    pub fn run(self) {
        // Opening creates a missing file: never here (a database removed
        // while kring is open stays removed).
        if !self.path.is_file() {
            return self.cache.warmed(self.key, None);
        }
        let scores = Store::open(&self.path, self.clock).and_then(|mut store| {
            // Health computed for everyone is kept for the month the first
            // time (health's memory needs no cron on a file); a failure to
            // keep it costs nothing but the month's point.
            if matches!(store.health_month_kept(), Ok(false)) {
                let _ = store.keep_health_month();
            }
            // What changed after `key` was read is seen here too; the key
            // stays the older one, so the next look computes again.
            store.health_scores(&HealthFilter::default())
        });
        self.cache
            .warmed(self.key, scores.ok().map(|s| Arc::new(s.into_iter().collect())));
    }
}
type Scores = Arc<HashMap<Id, Score>>;

/// Every company's score and what it was computed for; shared with the
/// thread that computes it ahead.
#[derive(Clone, Default)]
pub(crate) struct ScoreCache(Arc<Mutex<CacheState>>);

#[derive(Default)]
struct CacheState {
    scores: Option<(ScoresKey, Scores)>,
    warming: bool,
}

impl ScoreCache {
    fn state(&self) -> std::sync::MutexGuard<'_, CacheState> {
        // A thread that panicked left nothing half-written worth refusing.
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn current(&self, key: ScoresKey) -> Option<Scores> {
        match &self.state().scores {
            Some((known, scores)) if *known == key => Some(Arc::clone(scores)),
            _ => None,
        }
    }

    fn keep(&self, key: ScoresKey, scores: Scores) {
        self.state().scores = Some((key, scores));
    }

    /// Mark a warm-up as started; false when one already is.
    fn start_warming(&self) -> bool {
        !std::mem::replace(&mut self.state().warming, true)
    }

    fn warmed(&self, key: ScoresKey, scores: Option<Scores>) {
        let mut state = self.state();
        state.warming = false;
        if let Some(scores) = scores {
            state.scores = Some((key, scores));
        }
    }
}
