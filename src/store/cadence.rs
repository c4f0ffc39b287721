//! Cadences per tag and per kind of organisation: a group's default, below
//! a company's own. The companies follow by the schema's triggers (whoever
//! changes a tag, a kind or a rule); here the rules are set and listed.

use super::{audit, tags, Store};
use crate::domain::kinds::OrganisationKind;
use crate::domain::validate;
use crate::model::companies::CadenceRule;
use crate::store::db::params;
use crate::{Error, Result};

fn checked(days: Option<u32>) -> Result<Option<i64>> {
    days.map(|d| validate::in_range("cadence in days", i64::from(d), 1, validate::MAX_CADENCE_DAYS))
        .transpose()
        .map_err(Error::from)
}

impl Store {
    /// A tag's cadence (`None`: none any more). Returns how many companies
    /// carry the tag. An unknown tag is said, never made.
    pub fn set_tag_cadence(&mut self, tag: &str, days: Option<u32>) -> Result<i64> {
        let days = checked(days)?;
        let name = tags::normalise(tag);
        self.write(|tx, ctx| {
            let id = tags::tag_id(tx, &name, false)?.ok_or_else(|| Error::not_found("tag", name.clone()))?;
            tx.execute("UPDATE tag SET cadence_days = ?2 WHERE id = ?1", params![id, days])?;
            audit::record(
                tx,
                ctx,
                "tag",
                id,
                "cadence",
                serde_json::json!({ "tag": name, "cadence_days": days }),
            )?;
            tx.query_row("SELECT count(*) FROM company_tag WHERE tag_id = ?1", [id], |r| r.get(0))
        })
    }

    /// A kind's cadence (`None`: none any more). Returns how many companies
    /// are of that kind.
    pub fn set_kind_cadence(&mut self, kind: OrganisationKind, days: Option<u32>) -> Result<i64> {
        let days = checked(days)?;
        self.write(|tx, ctx| {
            match days {
                Some(days) => tx.execute(
                    "INSERT INTO kind_cadence (kind, cadence_days) VALUES (?1, ?2)
                     ON CONFLICT (kind) DO UPDATE SET cadence_days = excluded.cadence_days",
                    params![kind.as_str(), days],
                )?,
                None => tx.execute("DELETE FROM kind_cadence WHERE kind = ?1", params![kind.as_str()])?,
            };
            audit::record(
                tx,
                ctx,
                "kind_cadence",
                0,
                "cadence",
                serde_json::json!({ "kind": kind.as_str(), "cadence_days": days }),
            )?;
            tx.query_row(
                "SELECT count(*) FROM company WHERE kind = ?1 AND archived = 0",
                [kind.as_str()],
                |r| r.get(0),
            )
        })
    }

    /// Every tag and kind with a cadence, and how many companies follow each.
    pub fn cadence_rules(&self) -> Result<Vec<CadenceRule>> {
        let mut stmt = self.conn().prepare(
            "SELECT 'tag:' || t.name, t.cadence_days,
                    (SELECT count(*) FROM company c WHERE c.group_cadence_from = 'tag:' || t.name
                        AND c.cadence_days IS NULL AND c.status IN ('prospect', 'active') AND c.archived = 0)
               FROM tag t WHERE t.cadence_days IS NOT NULL
             UNION ALL
             SELECT 'kind:' || k.kind, k.cadence_days,
                    (SELECT count(*) FROM company c WHERE c.group_cadence_from = 'kind:' || k.kind
                        AND c.cadence_days IS NULL AND c.status IN ('prospect', 'active') AND c.archived = 0)
               FROM kind_cadence k
             ORDER BY 1",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CadenceRule {
                source: r.get(0)?,
                cadence_days: r.get(1)?,
                companies: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
