//! Business circles (bedrijvenkring): member companies, meetings, who came,
//! minutes, and action items that become follow-ups. Attending a meeting
//! counts as contact: each attending company gets one interaction for it.

use super::followups::insert_followup;
use super::{audit, date_col, Ctx, Id, Store};
use crate::domain::dates::iso;
use crate::domain::fold::fold;
use crate::domain::validate;
use crate::model::circles::{Attendance, AttendanceStatus, Attendee, CircleRow, Invitee, Meeting, Member};
use crate::model::followups::NewFollowup;
use crate::store::db::{params, Connection, OptionalExtension};
use crate::{Error, Result};
use chrono::{NaiveDate, NaiveDateTime};

const MEETING_SELECT: &str = "
    SELECT m.id, m.circle_id, k.name, m.starts_at, m.place, m.agenda, m.minutes
      FROM meeting m JOIN circle k ON k.id = m.circle_id";

fn meeting_row(r: &crate::store::db::Row) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: r.get(0)?,
        circle_id: r.get(1)?,
        circle: r.get(2)?,
        starts_at: r.get(3)?,
        place: r.get(4)?,
        agenda: r.get(5)?,
        minutes: r.get(6)?,
    })
}

impl Store {
    pub fn add_circle(&mut self, name: &str, description: Option<&str>) -> Result<Id> {
        let name = validate::name("circle name", name)?;
        self.write(|tx, ctx| {
            let taken: Option<Id> = tx
                .query_row("SELECT id FROM circle WHERE name_fold = ?1", [fold(&name)], |r| {
                    r.get(0)
                })
                .optional()?;
            if let Some(id) = taken {
                return Err(Error::invalid(crate::t!(
                    "err-circle-exists",
                    name = name.to_string(),
                    id = id
                )));
            }
            tx.execute(
                "INSERT INTO circle (name, name_fold, description, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![name, fold(&name), validate::optional(description), ctx.now],
            )?;
            let id = tx.last_insert_rowid()?;
            audit::record(tx, ctx, "circle", id, "create", serde_json::json!({ "name": name }))?;
            Ok(id)
        })
    }

    pub fn list_circles(&self) -> Result<Vec<CircleRow>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT k.id, k.name, k.description,
                    (SELECT count(*) FROM circle_member cm WHERE cm.circle_id = k.id AND cm.left_on IS NULL),
                    (SELECT min(m.starts_at) FROM meeting m WHERE m.circle_id = k.id AND m.starts_at >= ?1)
               FROM circle k WHERE k.archived = 0 ORDER BY k.name_fold",
        )?;
        let rows = stmt.query_map([iso(self.today())], |r| {
            Ok(CircleRow {
                id: r.get(0)?,
                name: r.get(1)?,
                description: r.get(2)?,
                members: r.get(3)?,
                next_meeting: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn circle_name(&self, id: Id) -> Result<String> {
        self.conn()
            .query_row("SELECT name FROM circle WHERE id = ?1", [id], |r| r.get(0))
    }

    /// Members, current first; former members keep their join and leave dates.
    pub fn members(&self, circle: Id) -> Result<Vec<Member>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.id, c.name, c.city, cm.joined_on, cm.left_on
               FROM circle_member cm JOIN company c ON c.id = cm.company_id
              WHERE cm.circle_id = ?1 ORDER BY cm.left_on IS NOT NULL, c.name_fold",
        )?;
        let rows = stmt.query_map([circle], |r| {
            let left_on = date_col(r, 4)?;
            Ok(Member {
                company_id: r.get(0)?,
                company: r.get(1)?,
                city: r.get(2)?,
                joined_on: date_col(r, 3)?,
                left_on,
                current: left_on.is_none(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn join_circle(&mut self, circle: Id, company: Id, on: NaiveDate) -> Result<()> {
        self.write(|tx, ctx| {
            if is_member(tx, circle, company)? {
                return Err(Error::invalid(crate::t!("err-already-member")));
            }
            tx.execute(
                "INSERT INTO circle_member (circle_id, company_id, joined_on) VALUES (?1, ?2, ?3)",
                params![circle, company, iso(on)],
            )
            .map_err(|_| Error::invalid(crate::t!("err-joined-that-day")))?;
            audit::record(
                tx,
                ctx,
                "company",
                company,
                "join circle",
                serde_json::json!({ "circle": circle }),
            )
        })
    }

    pub fn leave_circle(&mut self, circle: Id, company: Id, on: NaiveDate) -> Result<()> {
        self.write(|tx, ctx| {
            let changed = tx.execute(
                "UPDATE circle_member SET left_on = ?3 WHERE circle_id = ?1 AND company_id = ?2 AND left_on IS NULL",
                params![circle, company, iso(on)],
            )?;
            if changed == 0 {
                return Err(Error::invalid(crate::t!("err-not-member")));
            }
            audit::record(
                tx,
                ctx,
                "company",
                company,
                "leave circle",
                serde_json::json!({ "circle": circle }),
            )
        })
    }

    pub fn add_meeting(
        &mut self,
        circle: Id,
        starts_at: NaiveDateTime,
        place: Option<&str>,
        agenda: Option<&str>,
    ) -> Result<Id> {
        let ids = self.add_meetings(circle, &[starts_at], place, agenda)?;
        Ok(ids[0])
    }

    /// A series of meetings (the fortnightly project team), in one
    /// transaction: every start must be a time the clocks show, or none is
    /// planned.
    pub fn add_meetings(
        &mut self,
        circle: Id,
        starts: &[NaiveDateTime],
        place: Option<&str>,
        agenda: Option<&str>,
    ) -> Result<Vec<Id>> {
        // A time the clocks skip cannot be in anyone's calendar.
        for start in starts {
            crate::domain::amsterdam::to_utc(*start).map_err(|e| Error::invalid(e.to_string()))?;
        }
        self.write(|tx, ctx| {
            let mut ids = Vec::with_capacity(starts.len());
            for start in starts {
                tx.execute(
                    "INSERT INTO meeting (circle_id, starts_at, place, agenda, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        circle,
                        start.format("%Y-%m-%d %H:%M").to_string(),
                        validate::optional(place),
                        validate::optional(agenda),
                        ctx.now
                    ],
                )?;
                let id = tx.last_insert_rowid()?;
                audit::record(
                    tx,
                    ctx,
                    "meeting",
                    id,
                    "create",
                    serde_json::json!({ "circle": circle }),
                )?;
                ids.push(id);
            }
            Ok(ids)
        })
    }

    pub fn meeting(&self, id: Id) -> Result<Meeting> {
        self.conn()
            .query_row(&format!("{MEETING_SELECT} WHERE m.id = ?1"), [id], meeting_row)
            .optional()?
            .ok_or_else(|| Error::NotFound {
                what: "meeting",
                given: format!("#{id}"),
                hint: crate::t!("hint-see", command = "kring meeting list"),
            })
    }

    /// Meetings of one circle (or all), in date order.
    pub fn meetings(&self, circle: Option<Id>) -> Result<Vec<Meeting>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{MEETING_SELECT} WHERE (m.circle_id = ?1 OR ?1 IS NULL) ORDER BY m.starts_at, m.id"
        ))?;
        let rows = stmt.query_map([circle], meeting_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn attendance(&self, meeting: Id) -> Result<Vec<Attendance>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT CASE WHEN a.person_id IS NULL THEN 'staff' ELSE 'person' END, coalesce(a.person_id, a.staff_id),
                    coalesce(p.name, s.name),
                    (SELECT c.name FROM employment e JOIN company c ON c.id = e.company_id
                      WHERE e.person_id = a.person_id ORDER BY e.ended_on IS NOT NULL, e.id DESC LIMIT 1),
                    a.status
               FROM meeting_attendance a LEFT JOIN person p ON p.id = a.person_id LEFT JOIN staff s ON s.id = a.staff_id
              WHERE a.meeting_id = ?1 ORDER BY a.person_id IS NULL, 3",
        )?;
        let rows = stmt.query_map([meeting], |r| {
            let kind: String = r.get(0)?;
            Ok(Attendance {
                kind: if kind == "person" { "person" } else { "staff" },
                id: r.get(1)?,
                name: r.get(2)?,
                company: r.get(3)?,
                status: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Record who was invited, came or sent apologies. A contact person who
    /// attended makes the meeting count as contact with their company: one
    /// interaction per company per meeting, with everyone who came from there.
    /// Take back a first mark: the attendance is not recorded any more, and
    /// the meeting's contact with their company goes as for a withdrawal.
    pub fn forget_attendance(&mut self, meeting: Id, who: Attendee) -> Result<()> {
        let m = self.meeting(meeting)?;
        self.write(|tx, ctx| {
            let (person, staff_id) = match who {
                Attendee::Person(id) => (Some(id), None),
                Attendee::Staff(id) => (None, Some(id)),
            };
            tx.execute(
                "DELETE FROM meeting_attendance WHERE meeting_id = ?1 AND person_id IS NOT DISTINCT FROM ?2 AND staff_id IS NOT DISTINCT FROM ?3",
                params![meeting, person, staff_id],
            )?;
            let company = match person {
                Some(p) => Some(member_company_of(tx, m.circle_id, p, &m.circle)?),
                None => None,
            };
            if let (Some(person), Some(company)) = (person, company) {
                withdraw_attendance_contact(tx, ctx, &m, company, person)?;
            }
            audit::record(
                tx,
                ctx,
                "meeting",
                meeting,
                "attendance",
                serde_json::json!({ "company": company, "status": null }),
            )
        })
    }

    pub fn attend(&mut self, meeting: Id, who: Attendee, status: AttendanceStatus) -> Result<()> {
        let m = self.meeting(meeting)?;
        let on = NaiveDate::parse_from_str(m.starts_at.get(..10).unwrap_or(""), "%Y-%m-%d")
            .map_err(|_| Error::invalid(format!("meeting #{meeting} has no date")))?;
        self.write(|tx, ctx| {
            if status == AttendanceStatus::Attended && on > ctx.today {
                return Err(Error::invalid(crate::t!(
                    "err-meeting-still-to-come",
                    id = meeting,
                    date = crate::l10n::date(on)
                )));
            }
            let (person, staff_id) = match who {
                Attendee::Person(id) => (Some(id), None),
                Attendee::Staff(id) => (None, Some(id)),
            };
            let company = match person {
                Some(p) => Some(member_company_of(tx, m.circle_id, p, &m.circle)?),
                None => None,
            };
            let updated = tx.execute(
                "UPDATE meeting_attendance SET status = ?4 WHERE meeting_id = ?1 AND person_id IS NOT DISTINCT FROM ?2 AND staff_id IS NOT DISTINCT FROM ?3",
                params![meeting, person, staff_id, status.as_str()],
            )?;
            if updated == 0 {
                tx.execute(
                    "INSERT INTO meeting_attendance (meeting_id, person_id, staff_id, status) VALUES (?1, ?2, ?3, ?4)",
                    params![meeting, person, staff_id, status.as_str()],
                )?;
            }
            match (person, company, status) {
                (Some(person), Some(company), AttendanceStatus::Attended) => {
                    record_attendance_contact(tx, ctx, &m, on, company, person)?
                }
                (Some(person), Some(company), _) => withdraw_attendance_contact(tx, ctx, &m, company, person)?,
                _ => {}
            }
            audit::record(
                tx,
                ctx,
                "meeting",
                meeting,
                "attendance",
                serde_json::json!({ "company": company, "status": status.as_str() }),
            )
        })
    }

    /// The current contacts of the circle's member companies, by company,
    /// with what is recorded for this meeting (the meeting screen's list).
    pub fn invitees(&self, meeting: Id) -> Result<Vec<Invitee>> {
        let circle = self.meeting(meeting)?.circle_id;
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.id, p.name, c.id, c.name,
                    (SELECT a.status FROM meeting_attendance a WHERE a.meeting_id = ?2 AND a.person_id = p.id)
               FROM circle_member cm JOIN company c ON c.id = cm.company_id
               JOIN employment e ON e.company_id = c.id AND e.ended_on IS NULL
               JOIN person p ON p.id = e.person_id
              WHERE cm.circle_id = ?1 AND cm.left_on IS NULL
              ORDER BY c.name_fold, p.name_fold",
        )?;
        let rows = stmt.query_map(params![circle, meeting], |r| {
            Ok(Invitee {
                person_id: r.get(0)?,
                name: r.get(1)?,
                company_id: r.get(2)?,
                company: r.get(3)?,
                status: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The meeting's guests who can be sent an invitation: the current
    /// contact persons of the circle's members with an e-mail address, not
    /// marked do-not-contact. (name, e-mail), by company then name.
    pub fn meeting_guests(&self, meeting: Id) -> Result<Vec<(String, String)>> {
        let circle = self.meeting(meeting)?.circle_id;
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT p.name, p.email, c.name_fold, p.name_fold
               FROM circle_member cm JOIN company c ON c.id = cm.company_id
               JOIN employment e ON e.company_id = c.id AND e.ended_on IS NULL
               JOIN person p ON p.id = e.person_id
              WHERE cm.circle_id = ?1 AND cm.left_on IS NULL AND p.do_not_contact = 0
                AND p.email IS NOT NULL AND p.email <> ''
              ORDER BY c.name_fold, p.name_fold",
        )?;
        let rows = stmt.query_map([circle], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn set_minutes(&mut self, meeting: Id, minutes: &str) -> Result<()> {
        self.meeting(meeting)?;
        self.write(|tx, ctx| {
            tx.execute(
                "UPDATE meeting SET minutes = ?2 WHERE id = ?1",
                params![meeting, minutes.trim()],
            )?;
            audit::record(tx, ctx, "meeting", meeting, "minutes", serde_json::Value::Null)
        })
    }

    /// An action item from a meeting: a follow-up for a member company.
    pub fn meeting_action(
        &mut self,
        meeting: Id,
        company: Id,
        due: NaiveDate,
        action: &str,
        staff: Option<Id>,
    ) -> Result<Id> {
        let m = self.meeting(meeting)?;
        self.write(|tx, ctx| {
            if !is_member(tx, m.circle_id, company)? {
                let name: String = tx.query_row("SELECT name FROM company WHERE id = ?1", [company], |r| r.get(0))?;
                return Err(Error::invalid(format!("{name} is not a member of {}", m.circle)));
            }
            let id = insert_followup(
                tx,
                ctx,
                &NewFollowup {
                    company,
                    person: None,
                    staff,
                    due,
                    action: action.to_string(),
                    interaction: None,
                },
            )?;
            tx.execute(
                "UPDATE followup SET meeting_id = ?2 WHERE id = ?1",
                params![id, meeting],
            )?;
            Ok(id)
        })
    }
}

fn is_member(conn: &Connection, circle: Id, company: Id) -> Result<bool> {
    let found: Option<i64> = conn
        .query_row(
            "SELECT 1 FROM circle_member WHERE circle_id = ?1 AND company_id = ?2 AND left_on IS NULL",
            params![circle, company],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.is_some())
}

/// The member company a contact person comes from; an error when none.
fn member_company_of(conn: &Connection, circle: Id, person: Id, circle_name: &str) -> Result<Id> {
    let company: Option<Id> = conn
        .query_row(
            "SELECT e.company_id FROM employment e JOIN circle_member cm ON cm.company_id = e.company_id
              WHERE e.person_id = ?1 AND e.ended_on IS NULL AND cm.circle_id = ?2 AND cm.left_on IS NULL LIMIT 1",
            params![person, circle],
            |r| r.get(0),
        )
        .optional()?;
    company.ok_or_else(|| {
        let name: String = conn
            .query_row("SELECT name FROM person WHERE id = ?1", [person], |r| r.get(0))
            .unwrap_or_default();
        Error::invalid(format!("{name} does not work at a member company of {circle_name}"))
    })
}

/// One interaction per company per meeting; later attendees join it.
/// The person did not come after all: they leave the meeting's interaction
/// with their company, and an interaction left with nobody is removed — so
/// the company's last contact is what it really was — unless someone wrote
/// in it or planned a follow-up on it since (then it is real work and stays).
fn withdraw_attendance_contact(conn: &Connection, ctx: &Ctx, m: &Meeting, company: Id, person: Id) -> Result<()> {
    let Some((interaction, summary, outcome)) = conn
        .query_row(
            "SELECT id, summary, outcome FROM interaction WHERE meeting_id = ?1 AND company_id = ?2",
            params![m.id, company],
            |r| {
                Ok((
                    r.get::<_, Id>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            },
        )
        .optional()?
    else {
        return Ok(());
    };
    conn.execute(
        "DELETE FROM interaction_person WHERE interaction_id = ?1 AND person_id = ?2",
        params![interaction, person],
    )?;
    let others: i64 = conn.query_row(
        "SELECT (SELECT count(*) FROM interaction_person WHERE interaction_id = ?1)
              + (SELECT count(*) FROM followup WHERE interaction_id = ?1)",
        [interaction],
        |r| r.get(0),
    )?;
    let untouched = summary == format!("{} — meeting", m.circle) && outcome.is_none();
    if others == 0 && untouched {
        // The trigger on interaction puts the company's last contact back.
        conn.execute("DELETE FROM interaction WHERE id = ?1", [interaction])?;
        audit::record(
            conn,
            ctx,
            "interaction",
            interaction,
            "delete",
            serde_json::json!({ "company": company, "meeting": m.id, "why": "attendance withdrawn" }),
        )?;
    }
    Ok(())
}

fn record_attendance_contact(
    conn: &Connection,
    ctx: &Ctx,
    m: &Meeting,
    on: NaiveDate,
    company: Id,
    person: Id,
) -> Result<()> {
    let existing: Option<Id> = conn
        .query_row(
            "SELECT id FROM interaction WHERE meeting_id = ?1 AND company_id = ?2",
            params![m.id, company],
            |r| r.get(0),
        )
        .optional()?;
    let interaction = match existing {
        Some(id) => id,
        None => {
            conn.execute(
                "INSERT INTO interaction (company_id, staff_id, occurred_on, kind, summary, meeting_id, created_at)
                 VALUES (?1, ?2, ?3, 'meeting', ?4, ?5, ?6)",
                params![
                    company,
                    ctx.actor,
                    iso(on),
                    format!("{} — meeting", m.circle),
                    m.id,
                    ctx.now
                ],
            )?;
            let id = conn.last_insert_rowid()?;
            audit::record(
                conn,
                ctx,
                "interaction",
                id,
                "create",
                serde_json::json!({ "company": company, "meeting": m.id }),
            )?;
            id
        }
    };
    conn.execute(
        "INSERT INTO interaction_person (interaction_id, person_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![interaction, person],
    )?;
    Ok(())
}
