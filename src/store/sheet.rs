//! "What we did together": what a company's sheet holds, read so that
//! nothing the school keeps for itself (notes, evaluations, ratings, health,
//! ask-load, expectations, compensation) is even read.

use super::{date_col, Id, Store};
use crate::domain::dates::school_year_days;
use crate::domain::validate;
use crate::model::report::{CompanySheet, SheetItem};
use crate::store::db::params;
use crate::Result;

impl Store {
    /// The sheet of `company` for a school year (`2025-2026`).
    pub fn company_sheet(&self, company: Id, school_year: &str) -> Result<CompanySheet> {
        let year = validate::school_year(school_year)?;
        let name: String = self
            .conn()
            .query_row("SELECT name FROM company WHERE id = ?1", params![company], |r| r.get(0))?;
        let mut sheet = CompanySheet {
            company: name,
            school_year: year.clone(),
            made_on: self.today(),
            internships: Vec::new(),
            lectures: Vec::new(),
            assignments: Vec::new(),
            other: Vec::new(),
            events: Vec::new(),
            their_people: self.their_people(company)?,
            our_people: self.our_people(company, &year)?,
            students: 0,
            hours: 0,
        };
        for item in self.collaborations_for_sheet(company, &year)? {
            sheet.students += item.students.filter(|_| item.form == "internship").unwrap_or(0);
            sheet.hours += item.hours.unwrap_or(0);
            match item.form.as_str() {
                "internship" => sheet.internships.push(item),
                "guest_lecture" => sheet.lectures.push(item),
                "practice_assignment" => sheet.assignments.push(item),
                _ => sheet.other.push(item),
            }
        }
        for item in self.logged_for_sheet(company, &year)? {
            match item.form.as_str() {
                "guest_lecture" => sheet.lectures.push(item),
                "practice_assignment" => sheet.assignments.push(item),
                _ => sheet.events.push(item),
            }
        }
        sheet.events.extend(self.campaigns_attended(company, &year)?);
        sheet.events.sort_by_key(|e| e.on);
        Ok(sheet)
    }

    /// The year's collaborations (not cancelled): form, agreed scope,
    /// programme, period, start, students, hours, status.
    fn collaborations_for_sheet(&self, company: Id, year: &str) -> Result<Vec<SheetItem>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT form, scope, programme, period, starts_on, students, hours, status FROM engagement
              WHERE company_id = ?1 AND school_year = ?2 AND status <> 'cancelled'
              ORDER BY starts_on, id",
        )?;
        let rows = stmt.query_map(params![company, year], |r| {
            Ok(SheetItem {
                form: r.get(0)?,
                what: r.get(1)?,
                programme: r.get(2)?,
                period: r.get(3)?,
                on: date_col(r, 4)?,
                students: r.get(5)?,
                hours: r.get(6)?,
                status: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Lectures and assignments logged as contacts, and circle meetings
    /// attended, in the school year: their day and the circle's name, never
    /// what the contact's note says.
    fn logged_for_sheet(&self, company: Id, year: &str) -> Result<Vec<SheetItem>> {
        let (from, until) = school_year_days(year);
        let mut stmt = self.conn().prepare_cached(
            "SELECT CASE WHEN i.meeting_id IS NOT NULL THEN 'circle_visit'
                         WHEN i.kind = 'assignment' THEN 'practice_assignment' ELSE i.kind END,
                    ci.name, i.occurred_on
               FROM interaction i
               LEFT JOIN meeting m ON m.id = i.meeting_id LEFT JOIN circle ci ON ci.id = m.circle_id
              WHERE i.company_id = ?1 AND i.occurred_on BETWEEN ?2 AND ?3
                AND (i.meeting_id IS NOT NULL OR i.kind IN ('guest_lecture', 'assignment'))
              ORDER BY i.occurred_on, i.id",
        )?;
        let rows = stmt.query_map(params![company, from, until], |r| {
            Ok(SheetItem::dated(r.get(0)?, r.get(1)?, date_col(r, 2)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The school's events the company came to (a campaign marked attended).
    fn campaigns_attended(&self, company: Id, year: &str) -> Result<Vec<SheetItem>> {
        let (from, until) = school_year_days(year);
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT c.name, c.held_on FROM campaign_invitee v JOIN campaign c ON c.id = v.campaign_id
              WHERE v.company_id = ?1 AND v.attended = 1 AND c.held_on BETWEEN ?2 AND ?3
              ORDER BY c.held_on",
        )?;
        let rows = stmt.query_map(params![company, from, until], |r| {
            Ok(SheetItem::dated("event".into(), r.get(0)?, date_col(r, 1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Current contact persons who may be contacted: name and job title (or role).
    fn their_people(&self, company: Id) -> Result<Vec<(String, String)>> {
        Ok(self
            .contacts_of(company)?
            .into_iter()
            .filter(|c| c.current && !c.do_not_contact)
            .map(|c| {
                (
                    c.name.clone(),
                    c.title.clone().unwrap_or_else(|| c.role.display_label()),
                )
            })
            .collect())
    }

    /// The owner, then whoever of the school was in touch in the year.
    fn our_people(&self, company: Id, year: &str) -> Result<Vec<String>> {
        let (from, until) = school_year_days(year);
        let mut stmt = self.conn().prepare_cached(
            "SELECT s.name, 0 FROM company c JOIN staff s ON s.id = c.owner_id WHERE c.id = ?1
             UNION
             SELECT s.name, 1 FROM interaction i JOIN staff s ON s.id = i.staff_id
              WHERE i.company_id = ?1 AND i.occurred_on BETWEEN ?2 AND ?3
             ORDER BY 2, 1",
        )?;
        let rows = stmt.query_map(params![company, from, until], |r| r.get::<_, String>(0))?;
        let mut names: Vec<String> = Vec::new();
        for name in rows {
            let name = name?;
            if !names.contains(&name) {
                names.push(name);
            }
        }
        Ok(names)
    }
}
