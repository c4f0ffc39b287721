//! Duplicates and merging them. `duplicates` finds likely pairs (same web
//! domain or same name and city for companies; same e-mail or same name at a
//! company for people); `merge_companies`/`merge_people` fold B into A in one
//! transaction, A's fields winning, and write the merge to the audit log and
//! to `merge_log` with what `kring merge undo` ([`undo`]) needs to put both
//! records back.

pub(crate) mod snapshot;
pub mod undo;

use super::{audit, Ctx, Id, Store};
use crate::domain::matching::{company_domain, company_name_key};
use crate::model::merge::{Conflict, Duplicate, Likely, MergeChoice, MergeReport};
use crate::store::db::{params, Connection, OptionalExtension};
use crate::{Error, Result};
use std::collections::HashMap;

impl Store {
    /// Likely duplicates among companies that are not archived and their people.
    pub fn duplicates(&self) -> Result<Vec<Duplicate>> {
        let mut found = company_duplicates(self.conn())?;
        found.extend(person_duplicates(self.conn())?);
        Ok(found)
    }

    /// Companies a new one would likely duplicate: the same KvK number, the
    /// same general e-mail, or the same name in the same city (or where one
    /// of the two has no city). Each with why; at most a few.
    pub fn likely_same_company(&self, new: &crate::model::companies::NewCompany) -> Result<Vec<Likely>> {
        let fold = crate::domain::fold::fold;
        let kvk = new.kvk.as_deref().and_then(|k| crate::domain::validate::kvk(k).ok());
        let email = lowered(new.email.as_deref());
        let city = new.city.as_deref().map(fold).filter(|c| !c.is_empty());
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, name, city,
                    CASE WHEN kvk = ?1 THEN 'kvk' WHEN lower(email) = ?2 THEN 'email' ELSE 'name' END
               FROM company
              WHERE archived = 0 AND (kvk = ?1 OR lower(email) = ?2
                    OR (name_fold = ?3 AND (city_fold IS NULL OR CAST(?4 AS TEXT) IS NULL OR city_fold = ?4)))
              ORDER BY id LIMIT 5",
        )?;
        let rows = stmt.query_map(params![kvk, email, fold(&new.name), city], likely)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// People a new one at `company` would likely duplicate: the same
    /// e-mail, or the same name at that company or at none.
    pub fn likely_same_person(&self, new: &crate::model::people::NewPerson) -> Result<Vec<Likely>> {
        let email = lowered(new.email.as_deref());
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.id, p.name,
                    (SELECT c.name FROM employment e JOIN company c ON c.id = e.company_id
                      WHERE e.person_id = p.id AND e.ended_on IS NULL ORDER BY e.id LIMIT 1),
                    CASE WHEN lower(p.email) = ?1 THEN 'email' ELSE 'name' END
               FROM person p
              WHERE lower(p.email) = ?1
                 OR (p.name_fold = ?2 AND (NOT EXISTS (SELECT 1 FROM employment e WHERE e.person_id = p.id)
                     OR EXISTS (SELECT 1 FROM employment e WHERE e.person_id = p.id AND e.company_id = ?3)))
              ORDER BY p.id LIMIT 5",
        )?;
        let rows = stmt.query_map(
            params![email, crate::domain::fold::fold(&new.name), new.company],
            likely,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Fold company `gone` into `keep`: its people, interactions, follow-ups,
    /// collaborations, recognitions, tags and circle memberships move; empty
    /// fields of `keep` take its values; `gone` is archived.
    pub fn merge_companies(&mut self, keep: Id, gone: Id, choice: &MergeChoice, dry_run: bool) -> Result<MergeReport> {
        let admin = self.is_admin()?;
        self.write_or_try(dry_run, |tx, ctx| {
            ensure_owner_agrees(tx, ctx, keep, gone, admin)?;
            merge_companies(tx, ctx, keep, gone, choice, dry_run)
        })
    }

    /// Fold person `gone` into `keep`: employments, interactions, follow-ups,
    /// meetings and recognitions move; empty fields take its values; `gone`
    /// is deleted (nothing of theirs is left behind to keep).
    pub fn merge_people(&mut self, keep: Id, gone: Id, dry_run: bool) -> Result<MergeReport> {
        self.write_or_try(dry_run, |tx, ctx| merge_people(tx, ctx, keep, gone, dry_run))
    }

    /// `write`, or with `dry_run` the same work rolled back.
    fn write_or_try<T>(&mut self, dry_run: bool, f: impl FnOnce(&Connection, &Ctx) -> Result<T>) -> Result<T> {
        if !dry_run {
            return self.write(|tx, ctx| f(tx, ctx));
        }
        let ctx = self.ctx();
        let tx = self
            .conn
            .transaction_with_behavior(crate::store::db::TransactionBehavior::Immediate)?;
        let value = f(&tx, &ctx)?;
        tx.rollback()?;
        Ok(value)
    }
}

/// Folding a colleague's company into one someone else owns hands its
/// relationship over: only its owner or an admin may (as the team database
/// enforces too). The same owner, no owner, or one's own: anyone.
fn ensure_owner_agrees(conn: &Connection, ctx: &Ctx, keep: Id, gone: Id, admin: bool) -> Result<()> {
    let owner = |id: Id| -> Result<Option<Id>> {
        conn.query_row("SELECT owner_id FROM company WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map(Option::flatten)
    };
    let (from, to) = (owner(gone)?, owner(keep)?);
    match from {
        Some(from) if !admin && Some(from) != ctx.actor && Some(from) != to => {
            let (owner, company): (String, String) = conn.query_row(
                "SELECT (SELECT name FROM staff WHERE id = ?1), (SELECT name FROM company WHERE id = ?2)",
                params![from, gone],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            Err(Error::Forbidden(crate::t!(
                "err-merge-not-yours",
                owner = owner,
                company = company
            )))
        }
        _ => Ok(()),
    }
}

/// An e-mail as the lookups compare it: trimmed, lower case, none if empty.
fn lowered(email: Option<&str>) -> Option<String> {
    email.map(str::trim).filter(|e| !e.is_empty()).map(str::to_lowercase)
}

/// id, name, place, why.
fn likely(r: &crate::store::db::Row) -> rusqlite::Result<Likely> {
    Ok(Likely {
        id: r.get(0)?,
        name: r.get(1)?,
        place: r.get(2)?,
        why: r.get(3)?,
    })
}

fn company_duplicates(conn: &Connection) -> Result<Vec<Duplicate>> {
    let mut by_name: HashMap<(String, String), Vec<(Id, String)>> = HashMap::new();
    let mut by_domain: HashMap<String, Vec<(Id, String)>> = HashMap::new();
    let mut stmt = conn.prepare("SELECT id, name, coalesce(city_fold, ''), website FROM company WHERE archived = 0")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (id, name, city, website): (Id, String, String, Option<String>) =
            (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        by_name
            .entry((company_name_key(&name), city))
            .or_default()
            .push((id, name.clone()));
        if let Some(domain) = website.as_deref().and_then(company_domain) {
            by_domain.entry(domain).or_default().push((id, name));
        }
    }
    // A company without a city is likely the same as one of that name in a
    // city ("Boekhandel Waterland" and "Boekhandel Waterland, Hoorn").
    let cityless: Vec<String> = by_name
        .keys()
        .filter(|(_, city)| city.is_empty())
        .map(|(name, _)| name.clone())
        .collect();
    let mut found: Vec<Duplicate> = Vec::new();
    for name in cityless {
        let with_city: Vec<(Id, String)> = by_name
            .iter()
            .filter(|((n, city), _)| *n == name && !city.is_empty())
            .flat_map(|(_, group)| group.clone())
            .collect();
        if !with_city.is_empty() {
            let without_city = by_name.remove(&(name, String::new())).unwrap_or_default();
            let group = without_city.into_iter().chain(with_city).collect();
            found.push(group_of("company", "similar names, one without a city".into(), group));
        }
    }
    for ((_, city), group) in by_name.into_iter().filter(|(_, g)| g.len() > 1) {
        let reason = if city.is_empty() {
            "similar names, no city".to_string()
        } else {
            format!("similar names in {city}")
        };
        found.push(group_of("company", reason, group));
    }
    for (domain, group) in by_domain.into_iter().filter(|(_, g)| g.len() > 1) {
        let duplicate = group_of("company", format!("same website ({domain})"), group);
        // Already listed for their names: one line is enough.
        if !found.iter().any(|f| f.ids == duplicate.ids) {
            found.push(duplicate);
        }
    }
    found.sort_by(|a, b| a.ids.cmp(&b.ids));
    Ok(found)
}

fn person_duplicates(conn: &Connection) -> Result<Vec<Duplicate>> {
    let mut found = Vec::new();
    let queries = [
        (
            "same e-mail",
            "SELECT string_agg(CAST(id AS TEXT), ','), string_agg(name, '\u{1f}') FROM
               (SELECT id, name, lower(email) AS key FROM person WHERE email IS NOT NULL ORDER BY id) AS same
              GROUP BY key HAVING count(*) > 1",
        ),
        (
            "same name at one company",
            "SELECT string_agg(CAST(id AS TEXT), ','), string_agg(name, '\u{1f}') FROM
               (SELECT DISTINCT p.id, p.name, p.name_fold || '/' || e.company_id AS key
                  FROM person p JOIN employment e ON e.person_id = p.id AND e.ended_on IS NULL ORDER BY p.id) AS same
              GROUP BY key HAVING count(*) > 1",
        ),
    ];
    for (reason, sql) in queries {
        let mut stmt = conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (ids, names) = row?;
            let ids: Vec<Id> = ids.split(',').filter_map(|i| i.parse().ok()).collect();
            let names: Vec<String> = names.split('\u{1f}').map(str::to_string).collect();
            let duplicate = Duplicate {
                entity: "person",
                reason: reason.to_string(),
                ids,
                names,
            };
            if !found.iter().any(|f: &Duplicate| f.ids == duplicate.ids) {
                found.push(duplicate);
            }
        }
    }
    found.sort_by(|a, b| a.ids.cmp(&b.ids));
    Ok(found)
}

fn group_of(entity: &'static str, reason: String, mut group: Vec<(Id, String)>) -> Duplicate {
    group.sort();
    Duplicate {
        entity,
        reason,
        ids: group.iter().map(|(id, _)| *id).collect(),
        names: group.into_iter().map(|(_, name)| name).collect(),
    }
}

/// The fields of one row as text (NULL as `None`), by column name.
fn fields(conn: &Connection, table: &str, id: Id, columns: &[&str]) -> Result<Option<Vec<Option<String>>>> {
    let sql = format!(
        "SELECT {} FROM {table} WHERE id = ?1",
        columns
            .iter()
            .map(|c| format!("CAST({c} AS TEXT)"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    conn.query_row(&sql, [id], |r| (0..columns.len()).map(|i| r.get(i)).collect())
        .optional()
}

/// Give `keep` the other record's values (`theirs`, in `columns` order) for
/// the fields it has empty; free-text fields that both have keep both texts,
/// B's after `prefix`, so nothing written about B is lost. Returns the fields
/// filled and the fields where both had a different value.
fn combine(
    conn: &Connection,
    table: &str,
    keep: Id,
    columns: &[&str],
    theirs: &[Option<String>],
    free_text: &[&str],
    prefix: &str,
) -> Result<(Vec<String>, Vec<Conflict>)> {
    let mine = fields(conn, table, keep, columns)?.expect("checked by the caller");
    let mut filled = Vec::new();
    let mut conflicts = Vec::new();
    for ((field, a), b) in columns.iter().zip(&mine).zip(theirs) {
        let Some(b) = b.as_ref().filter(|b| !b.trim().is_empty()) else {
            continue;
        };
        let combined = match a.as_ref().filter(|a| !a.trim().is_empty()) {
            None => b.clone(),
            Some(a) if a == b => continue,
            Some(a) => {
                conflicts.push(Conflict {
                    field: field.to_string(),
                    kept: a.clone(),
                    merged: b.clone(),
                });
                if !free_text.contains(field) {
                    continue;
                }
                format!("{a}\n\n{prefix}{b}")
            }
        };
        conn.execute(
            &format!("UPDATE {table} SET {field} = ?1 WHERE id = ?2"),
            params![combined, keep],
        )?;
        filled.push(field.to_string());
    }
    Ok((filled, conflicts))
}

/// The merge's entry in the history of the kept record: every field that
/// changed, old and new.
fn changed_fields(before: &serde_json::Value, after: &serde_json::Value) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    if let (Some(before), Some(after)) = (before.as_object(), after.as_object()) {
        for (field, old) in before {
            let new = &after[field];
            if old != new && !matches!(field.as_str(), "updated_at" | "name_fold" | "city_fold") {
                map.insert(field.clone(), serde_json::json!([old, new]));
            }
        }
    }
    serde_json::Value::Object(map)
}

fn log_merge(conn: &Connection, ctx: &Ctx, entity: &str, keep: Id, gone: Id, undo: &serde_json::Value) -> Result<Id> {
    conn.execute(
        "INSERT INTO merge_log (entity, kept_id, merged_id, staff_id, merged_at, undo)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![entity, keep, gone, ctx.actor, ctx.now, undo.to_string()],
    )?;
    conn.last_insert_rowid()
}

/// Two KvK numbers are two legal entities until the user says otherwise.
fn choose_kvk(kept: &serde_json::Value, merged: &serde_json::Value, choice: &MergeChoice) -> Result<Option<String>> {
    let (a, b) = (kept["kvk"].as_str(), merged["kvk"].as_str());
    let chosen = choice.kvk.as_deref().map(crate::domain::validate::kvk).transpose()?;
    match (a, b, chosen) {
        (Some(a), Some(b), None) if a != b => Err(Error::invalid(format!(
            "{} has KvK {a} and {} has KvK {b}: different KvK numbers are different legal entities. \
             If they really are one, choose the number to keep: --kvk {a} or --kvk {b}; nothing was changed",
            kept["name"].as_str().unwrap_or_default(),
            merged["name"].as_str().unwrap_or_default()
        ))),
        (_, _, Some(c)) if Some(c.as_str()) != a && Some(c.as_str()) != b => Err(Error::invalid(format!(
            "--kvk {c} is neither company's KvK number ({}, {}); nothing was changed",
            a.unwrap_or("none"),
            b.unwrap_or("none")
        ))),
        (_, _, Some(c)) => Ok(Some(c)),
        (Some(a), _, None) => Ok(Some(a.to_string())),
        (None, b, None) => Ok(b.map(str::to_string)),
    }
}

const COMPANY_FIELDS: [&str; 13] = [
    "sector",
    "street",
    "postcode",
    "city",
    "website",
    "email",
    "phone",
    "source",
    "owner_id",
    "cadence_days",
    "status",
    "motivation",
    "agreements",
];

/// The rows that hang on a company and move with a merge.
const COMPANY_CHILDREN: [(&str, &str); 13] = [
    ("people", "employment"),
    ("interactions", "interaction"),
    ("follow-ups", "followup"),
    ("collaborations", "engagement"),
    ("recognitions", "recognition"),
    ("questions", "question"),
    ("invitations", "campaign_invitee"),
    ("memberships", "membership"),
    ("staff roles", "staff_affiliation"),
    ("introductions", "introduction"),
    ("places", "place"),
    ("asks by other schools", "outside_ask"),
    ("documents", "attachment"),
];

/// B's tags join A's; B's circle memberships move where A has none.
fn move_tags_and_circles(conn: &Connection, keep: Id, gone: Id, report: &mut MergeReport) -> Result<()> {
    let tags = conn.execute(
        "INSERT INTO company_tag (company_id, tag_id) SELECT CAST(?1 AS BIGINT), tag_id FROM company_tag WHERE company_id = ?2 ON CONFLICT DO NOTHING",
        params![keep, gone],
    )?;
    report.moved.insert("tags".into(), tags);
    // A circle A is (or was) in already keeps A's membership.
    let circles = conn.execute(
        "UPDATE circle_member SET company_id = ?1 WHERE company_id = ?2
           AND circle_id NOT IN (SELECT circle_id FROM circle_member WHERE company_id = ?1)",
        params![keep, gone],
    )?;
    report.moved.insert("circle memberships".into(), circles);
    conn.execute("DELETE FROM company_tag WHERE company_id = ?1", [gone])?;
    conn.execute("DELETE FROM circle_member WHERE company_id = ?1", [gone])?;
    Ok(())
}

/// One a member of the other: as one company it would be its own member.
fn ensure_not_members_of_each_other(conn: &Connection, keep: Id, gone: Id) -> Result<()> {
    let names: Option<(String, String)> = conn
        .query_row(
            "SELECT c.name, o.name FROM membership m JOIN company c ON c.id = m.company_id
               JOIN company o ON o.id = m.organisation_id
              WHERE (m.organisation_id = ?1 AND m.company_id = ?2) OR (m.organisation_id = ?2 AND m.company_id = ?1)
              LIMIT 1",
            params![keep, gone],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match names {
        Some((member, organisation)) => Err(Error::invalid(crate::t!(
            "err-merge-member",
            member = member,
            organisation = organisation
        ))),
        None => Ok(()),
    }
}

fn merge_companies(
    conn: &Connection,
    ctx: &Ctx,
    keep: Id,
    gone: Id,
    choice: &MergeChoice,
    dry_run: bool,
) -> Result<MergeReport> {
    if keep == gone {
        return Err(Error::invalid("a company cannot be merged with itself"));
    }
    let kept_before = snapshot::row(conn, "company", keep)?;
    let merged_before = snapshot::row(conn, "company", gone)?;
    let kvk = choose_kvk(&kept_before, &merged_before, choice)?;
    ensure_not_members_of_each_other(conn, keep, gone)?;
    let name = |row: &serde_json::Value| row["name"].as_str().unwrap_or_default().to_string();
    let (keep_name, gone_name) = (name(&kept_before), name(&merged_before));
    let mut report = MergeReport {
        kept: keep,
        merged: gone,
        kept_name: keep_name.clone(),
        merged_name: gone_name.clone(),
        dry_run,
        ..Default::default()
    };
    // What `merge undo` needs: both rows, their tags and memberships, and
    // the ids of every row that moves.
    let mut undo = serde_json::json!({
        "kept": kept_before,
        "merged": merged_before,
        "kept_tags": snapshot::rows(conn, "company_tag", "company_id = ?1", keep)?,
        "merged_tags": snapshot::rows(conn, "company_tag", "company_id = ?1", gone)?,
        "kept_circles": snapshot::rows(conn, "circle_member", "company_id = ?1", keep)?,
        "merged_circles": snapshot::rows(conn, "circle_member", "company_id = ?1", gone)?,
    });
    for (what, table) in COMPANY_CHILDREN {
        let moving = snapshot::ids(&snapshot::rows(conn, table, "company_id = ?1", gone)?);
        let n = conn.execute(
            &format!("UPDATE {table} SET company_id = ?1 WHERE company_id = ?2"),
            params![keep, gone],
        )?;
        undo["moved"][table] = serde_json::json!(moving);
        report.moved.insert(what.to_string(), n);
    }
    move_tags_and_circles(conn, keep, gone, &mut report)?;
    // A's empty fields take B's values; the KvK number is the one chosen
    // (it is unique, so B gives it up first).
    let theirs = fields(conn, "company", gone, &COMPANY_FIELDS)?.expect("checked above");
    conn.execute("UPDATE company SET kvk = NULL WHERE id = ?1", [gone])?;
    conn.execute("UPDATE company SET kvk = ?1 WHERE id = ?2", params![kvk, keep])?;
    let from = format!("(from {gone_name}) ");
    let (filled, conflicts) = combine(
        conn,
        "company",
        keep,
        &COMPANY_FIELDS,
        &theirs,
        &["motivation", "agreements"],
        &from,
    )?;
    (report.filled, report.conflicts) = (filled, conflicts);
    if kvk.as_deref() != kept_before["kvk"].as_str() {
        report.filled.push("kvk".into());
    }
    conn.execute(
        "UPDATE company SET city_fold = (SELECT city_fold FROM company WHERE id = ?2)
          WHERE id = ?1 AND city_fold IS NULL",
        params![keep, gone],
    )?;
    conn.execute(
        "UPDATE company SET recognised = recognised | (SELECT recognised FROM company WHERE id = ?2),
                            updated_at = ?3
          WHERE id = ?1",
        params![keep, gone, ctx.now],
    )?;
    conn.execute(
        "UPDATE company SET archived = 1, updated_at = ?2 WHERE id = ?1",
        params![gone, ctx.now],
    )?;
    undo["kept_after"] = snapshot::row(conn, "company", keep)?;
    undo["merged_after"] = snapshot::row(conn, "company", gone)?;
    let changes = changed_fields(&undo["kept"], &undo["kept_after"]);
    if !dry_run {
        report.merge_id = Some(log_merge(conn, ctx, "company", keep, gone, &undo)?);
    }
    let detail = serde_json::json!({ "merged": gone, "name": gone_name, "merged_kvk": undo["merged"]["kvk"],
                                     "moved": report.moved, "changes": changes,
                                     "conflicts": report.conflicts, "merge": report.merge_id });
    audit::record(conn, ctx, "company", keep, "merge", detail)?;
    audit::record(
        conn,
        ctx,
        "company",
        gone,
        "merged into",
        serde_json::json!({ "into": keep, "name": keep_name, "merge": report.merge_id }),
    )?;
    Ok(report)
}

const PERSON_FIELDS: [&str; 3] = ["email", "phone", "notes"];

fn merge_people(conn: &Connection, ctx: &Ctx, keep: Id, gone: Id, dry_run: bool) -> Result<MergeReport> {
    if keep == gone {
        return Err(Error::invalid("a person cannot be merged with themselves"));
    }
    let kept_before = snapshot::row(conn, "person", keep)?;
    let merged_before = snapshot::row(conn, "person", gone)?;
    let name = |row: &serde_json::Value| row["name"].as_str().unwrap_or_default().to_string();
    let mut report = MergeReport {
        kept: keep,
        merged: gone,
        kept_name: name(&kept_before),
        merged_name: name(&merged_before),
        dry_run,
        ..Default::default()
    };
    let mut undo = serde_json::json!({
        "kept": kept_before,
        "merged": merged_before,
        "merged_employment": snapshot::rows(conn, "employment", "person_id = ?1", gone)?,
        "merged_followups": snapshot::ids(&snapshot::rows(conn, "followup", "person_id = ?1", gone)?),
        "merged_recognitions": snapshot::ids(&snapshot::rows(conn, "recognition", "trainer_person_id = ?1", gone)?),
        "merged_questions": snapshot::ids(&snapshot::rows(conn, "question", "person_id = ?1", gone)?),
        "merged_invitations": snapshot::ids(&snapshot::rows(conn, "campaign_invitee", "person_id = ?1", gone)?),
        "merged_attachments": snapshot::ids(&snapshot::rows(conn, "attachment", "person_id = ?1", gone)?),
        "merged_introduced": snapshot::ids(&snapshot::rows(conn, "introduction", "person_id = ?1", gone)?),
        "merged_introducer": snapshot::ids(&snapshot::rows(conn, "introduction", "by_person_id = ?1", gone)?),
        "merged_topics": snapshot::rows(conn, "person_topic", "person_id = ?1", gone)?,
        "merged_interactions": snapshot::rows(conn, "interaction_person", "person_id = ?1", gone)?,
        "kept_interactions": snapshot::rows(conn, "interaction_person", "person_id = ?1", keep)?,
        "merged_attendance": snapshot::rows(conn, "meeting_attendance", "person_id = ?1", gone)?,
        "kept_attendance": snapshot::rows(conn, "meeting_attendance", "person_id = ?1", keep)?,
    });
    let moves = [
        // A current job A already has at that company stays A's one.
        (
            "employments",
            "UPDATE employment SET person_id = ?1 WHERE person_id = ?2
               AND NOT (ended_on IS NULL AND company_id IN
                        (SELECT company_id FROM employment WHERE person_id = ?1 AND ended_on IS NULL))",
        ),
        (
            "interactions",
            "INSERT INTO interaction_person (interaction_id, person_id)
             SELECT interaction_id, CAST(?1 AS BIGINT) FROM interaction_person WHERE person_id = ?2 ON CONFLICT DO NOTHING",
        ),
        ("follow-ups", "UPDATE followup SET person_id = ?1 WHERE person_id = ?2"),
        (
            "meetings",
            "UPDATE meeting_attendance SET person_id = ?1 WHERE person_id = ?2
               AND meeting_id NOT IN (SELECT meeting_id FROM meeting_attendance WHERE person_id = ?1)",
        ),
        (
            "recognitions",
            "UPDATE recognition SET trainer_person_id = ?1 WHERE trainer_person_id = ?2",
        ),
        ("questions", "UPDATE question SET person_id = ?1 WHERE person_id = ?2"),
        (
            "invitations",
            "UPDATE campaign_invitee SET person_id = ?1 WHERE person_id = ?2",
        ),
        ("introductions", "UPDATE introduction SET person_id = ?1 WHERE person_id = ?2"),
        ("documents", "UPDATE attachment SET person_id = ?1 WHERE person_id = ?2"),
        (
            "introductions made",
            "UPDATE introduction SET by_person_id = ?1 WHERE by_person_id = ?2",
        ),
        // Topics the kept record lacks join it (the merged one's go with it).
        (
            "topics",
            "INSERT INTO person_topic (person_id, topic, topic_fold)
             SELECT CAST(?1 AS BIGINT), topic, topic_fold FROM person_topic WHERE person_id = ?2
             ON CONFLICT (person_id, topic_fold) DO NOTHING",
        ),
    ];
    for (what, sql) in moves {
        let n = conn.execute(sql, params![keep, gone])?;
        report.moved.insert(what.to_string(), n);
    }
    let theirs = fields(conn, "person", gone, &PERSON_FIELDS)?.expect("checked above");
    (report.filled, report.conflicts) = combine(conn, "person", keep, &PERSON_FIELDS, &theirs, &["notes"], "")?;
    // If either record asked not to be contacted, the merged one does.
    conn.execute(
        "UPDATE person SET do_not_contact = do_not_contact | (SELECT do_not_contact FROM person WHERE id = ?2),
                           updated_at = ?3 WHERE id = ?1",
        params![keep, gone, ctx.now],
    )?;
    conn.execute("DELETE FROM person WHERE id = ?1", [gone])?;
    crate::store::departures::refresh_trainers(conn, keep)?;
    undo["kept_after"] = snapshot::row(conn, "person", keep)?;
    if !dry_run {
        report.merge_id = Some(log_merge(conn, ctx, "person", keep, gone, &undo)?);
    }
    // Field names only: the audit log holds no personal data.
    let detail = serde_json::json!({ "merged": gone, "moved": report.moved, "filled": report.filled,
                                     "merge": report.merge_id });
    audit::record(conn, ctx, "person", keep, "merge", detail)?;
    Ok(report)
}
