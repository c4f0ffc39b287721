//! Realistic Dutch demo data: companies in North Holland, workplace trainers,
//! years of interactions, overdue and upcoming follow-ups, two circles.
//!
//! Deterministic (a fixed seed), so a demo looks the same every time and the
//! TUI snapshots can be taken on it. `Scale::Large` is the benchmark dataset.

mod work;
use work::*;

use crate::domain::kinds::{CompanyStatus, EngagementForm, EngagementStatus, StaffRole};
use crate::model::companies::NewCompany;
use crate::model::engagements::NewEngagement;
use crate::model::followups::NewFollowup;
use crate::model::interactions::NewInteraction;
use crate::model::people::NewPerson;
use crate::model::staff::NewStaff;
use crate::store::{bulk::Bulk, Id, Store};
use crate::{Error, Result};
use chrono::{Duration, NaiveDate};
use words::*;

mod words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Small,
    Large,
}

struct Sizes {
    companies: usize,
    persons: usize,
    interactions: usize,
    followups: usize,
}

impl Scale {
    fn sizes(self) -> Sizes {
        match self {
            Scale::Small => Sizes {
                companies: 60,
                persons: 150,
                interactions: 900,
                followups: 120,
            },
            Scale::Large => Sizes {
                companies: 100_000,
                persons: 300_000,
                interactions: 1_000_000,
                followups: 200_000,
            },
        }
    }
}

/// What the demo created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct DemoCounts {
    pub staff: usize,
    pub companies: usize,
    /// Associations, a municipality, a foundation: beside the companies.
    pub organisations: usize,
    pub persons: usize,
    pub interactions: usize,
    pub followups: usize,
    pub circles: usize,
}

/// SplitMix64: small, fast, deterministic; quality is plenty for demo data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Fill a database that has no companies yet. Uses "me" when the database
/// has one; otherwise the demo's connector becomes "me".
pub fn generate(store: &mut Store, scale: Scale) -> Result<DemoCounts> {
    let today = store.today();
    let existing_me = store.me()?;
    let counts = store.bulk("demo", |bulk| {
        if bulk.company_count()? > 0 {
            return Err(Error::invalid(
                "this database already has companies; `kring demo` only fills a new database (use --db NEW_FILE)",
            ));
        }
        fill(bulk, scale, today, existing_me)
    })?;
    work::add_health_history(store, today)?;
    if existing_me.is_none() {
        let me = store.me()?;
        // On a server the demo's connector is whoever loaded it.
        if let (Some(me), Some(login)) = (me, store.session_login().map(str::to_string)) {
            if store.staff_by_login(&login)?.is_none() {
                store.link_login(me, Some(&login))?;
            }
        }
        store.set_actor(me);
    }
    Ok(counts)
}

fn fill(bulk: &mut Bulk, scale: Scale, today: NaiveDate, existing_me: Option<Id>) -> Result<DemoCounts> {
    let sizes = scale.sizes();
    let mut rng = Rng(0x6b72_696e_6721);
    let staff = add_staff(bulk, today, existing_me)?;
    let mut companies = add_companies(bulk, &mut rng, &staff, sizes.companies, today)?;
    // Rows are written company by company, so the indexes grow at their ends
    // (a large demo in seconds rather than minutes).
    let person_quota = quotas(&mut rng, sizes.persons, companies.len());
    let interaction_quota = quotas(&mut rng, sizes.interactions, companies.len());
    let persons = add_people(bulk, &mut rng, &mut companies, person_quota, today)?;
    add_interactions(bulk, &mut rng, &companies, interaction_quota, &staff, today)?;
    add_followups(bulk, &mut rng, &companies, &staff, sizes.followups, today)?;
    let circles = add_circles(bulk, &companies, today)?;
    add_engagements(bulk, &companies, today)?;
    add_recognitions(bulk, &companies, today)?;
    add_questions(bulk, &companies, &staff, today)?;
    add_outreach(bulk, &companies, today)?;
    add_captures(bulk, &companies, staff.me, today)?;
    let organisations = add_network(bulk, &companies, &staff, today)?;
    Ok(DemoCounts {
        staff: staff.all.len(),
        companies: companies.len(),
        organisations,
        persons,
        interactions: sizes.interactions,
        followups: sizes.followups,
        circles,
    })
}

/// A company and its current contact persons.
type DemoCompany = (Id, Vec<Id>);

fn add_companies(
    bulk: &Bulk,
    rng: &mut Rng,
    staff: &DemoStaff,
    count: usize,
    today: NaiveDate,
) -> Result<Vec<DemoCompany>> {
    let (me, active_staff) = (staff.me, &staff.active);
    let mut companies: Vec<DemoCompany> = Vec::with_capacity(count);
    for n in 0..count {
        let (sector, kinds, tag) = rng.pick(SECTORS);
        let (city, postcode) = rng.pick(CITIES);
        let name = match n % 3 {
            0 => format!("{} {}", rng.pick(kinds), rng.pick(FLAVOURS)),
            1 => format!("{} {}", rng.pick(kinds), rng.pick(LAST_NAMES)),
            _ => format!(
                "{} {} B.V.",
                capitalise(rng.pick::<&str>(LAST_NAMES)),
                sector_word(sector)
            ),
        };
        let status = match rng.below(10) {
            0..=5 => CompanyStatus::Active,
            6 | 7 => CompanyStatus::Prospect,
            8 => CompanyStatus::Dormant,
            _ => CompanyStatus::Ended,
        };
        let owner = if rng.chance(35) { me } else { *rng.pick(active_staff) };
        let mut tags = vec![tag.to_string()];
        if rng.chance(30) {
            tags.push("stagebedrijf".into());
        }
        let id = bulk.company(&NewCompany {
            kind: None,
            email: None,
            phone: None,
            name,
            kvk: Some(format!("{:08}", 30_000_000 + n * 7 + rng.below(7))),
            sector: Some(sector.to_string()),
            street: Some(format!("{} {}", rng.pick(STREETS), 1 + rng.below(180))),
            postcode: Some(format!("{} {}{}", postcode, letter(rng), letter(rng))),
            city: Some(city.to_string()),
            website: None,
            source: Some(rng.pick(SOURCES).to_string()),
            status: Some(status),
            owner: Some(owner),
            cadence_days: if rng.chance(15) { Some(90) } else { None },
            motivation: Some(rng.pick(MOTIVATIONS).to_string()),
            agreements: if rng.chance(40) {
                Some("Reiskostenvergoeding voor gastdocenten; parkeren op eigen terrein.".into())
            } else {
                None
            },
            recognised: rng.chance(40),
            tags,
        })?;
        bulk.company_created(id, today - Duration::days(400 + rng.below(1500) as i64))?;
        companies.push((id, Vec::new()));
    }
    Ok(companies)
}

/// Contact persons, `quota[i]` at the `i`th company; returns how many.
fn add_people(
    bulk: &Bulk,
    rng: &mut Rng,
    companies: &mut [DemoCompany],
    quota: Vec<usize>,
    today: NaiveDate,
) -> Result<usize> {
    let mut persons = 0;
    let mut serial = 0;
    for (index, quota) in quota.into_iter().enumerate() {
        let company = companies[index].0;
        for _ in 0..quota {
            let first = rng.pick(FIRST_NAMES);
            let last = rng.pick(LAST_NAMES);
            let (title, role) = rng.pick(TITLES);
            serial += 1;
            let id = bulk.person(&NewPerson {
                name: format!("{first} {last}"),
                email: Some(format!(
                    "{}.{}{}@bedrijf{}.nl",
                    ascii(first),
                    ascii(last),
                    serial,
                    company
                )),
                phone: Some(format!("06-{:08}", rng.below(100_000_000))),
                notes: None,
                do_not_contact: rng.chance(2),
                company: Some(company),
                role: Some(*role),
                title: Some(title.to_string()),
                ..NewPerson::default()
            })?;
            let since = today - Duration::days(200 + rng.below(2000) as i64);
            // Some contacts have moved on: former contacts keep their history.
            let former = !companies[index].1.is_empty() && rng.chance(12);
            let until = former.then(|| today - Duration::days(rng.below(180) as i64 + 1));
            bulk.employment_dates(id, since, until)?;
            if !former {
                companies[index].1.push(id);
            }
            persons += 1;
        }
    }
    Ok(persons)
}

/// How long ago the demo's leaver left.
const LEFT_DAYS_AGO: usize = 300;

/// Who logged an interaction `age` days (plus one) ago: the one drawn, but
/// never the colleague who had left by then — an active one takes it (no
/// further draw, so the rest of the demo stays as it was).
fn logged_by(drawn: Id, leaver: Option<Id>, active: &[Id], age: usize) -> Id {
    match Some(drawn) == leaver && age < LEFT_DAYS_AGO {
        true => active[age % active.len()],
        false => drawn,
    }
}

fn add_interactions(
    bulk: &Bulk,
    rng: &mut Rng,
    companies: &[DemoCompany],
    quota: Vec<usize>,
    staff: &DemoStaff,
    today: NaiveDate,
) -> Result<()> {
    let leaver = staff.all.last().copied();
    for (index, quota) in quota.into_iter().enumerate() {
        let (company, contacts) = &companies[index];
        // Recent contact for most; a tail stretches back three years; one
        // company in eight is cooling off (nothing in the last quarter).
        let mut ages: Vec<usize> = (0..quota)
            .map(|_| {
                if index % 8 == 7 {
                    90 + rng.below(1000)
                } else if rng.chance(60) {
                    rng.below(120)
                } else {
                    rng.below(1100)
                }
            })
            .collect();
        // Newest first: the trigger keeping last contact then writes once per company.
        ages.sort_unstable();
        for age in ages {
            let (kind, summary) = rng.pick(SUMMARIES);
            let with: Vec<Id> = if contacts.is_empty() || rng.chance(25) {
                Vec::new()
            } else {
                vec![*rng.pick(contacts)]
            };
            // A guest lecture someone gave gets a rating (no draw: the rest of
            // the demo stays as it was).
            let rating = (*kind == crate::domain::kinds::InteractionKind::GuestLecture && !with.is_empty())
                .then_some(3 + (age % 3) as u8);
            bulk.interaction(&NewInteraction {
                rating,
                company: *company,
                kind: *kind,
                on: today - Duration::days(age as i64 + 1),
                persons: with,
                summary: summary.to_string(),
                outcome: None,
                staff: Some(logged_by(*rng.pick(&staff.all), leaver, &staff.active, age)),
                followup: None,
            })?;
        }
    }
    Ok(())
}

fn add_followups(
    bulk: &Bulk,
    rng: &mut Rng,
    companies: &[DemoCompany],
    staff: &DemoStaff,
    count: usize,
    today: NaiveDate,
) -> Result<()> {
    for n in 0..count {
        let (company, contacts) = &companies[rng.below(companies.len())];
        // Most are done history; open ones are spread from 3 weeks late to 2 months ahead.
        let done = n % 10 >= 3;
        let offset = if done {
            -(rng.below(700) as i64) - 1
        } else {
            rng.below(80) as i64 - 21
        };
        let who = if rng.chance(40) {
            staff.me
        } else {
            *rng.pick(&staff.active)
        };
        let id = bulk.followup(&NewFollowup {
            company: *company,
            person: contacts.first().copied(),
            staff: Some(who),
            due: today + Duration::days(offset),
            action: rng.pick(ACTIONS).to_string(),
            interaction: None,
        })?;
        if done {
            bulk.complete_followup(id, today + Duration::days(offset))?;
        }
    }
    Ok(())
}

fn quotas(rng: &mut Rng, total: usize, parts: usize) -> Vec<usize> {
    let mut out: Vec<usize> = (0..parts)
        .map(|i| total * (i + 1) / parts - total * i / parts)
        .collect();
    for pair in out.chunks_mut(2) {
        if let [a, b] = pair {
            let shift = rng.below(*a.min(b));
            *a -= shift;
            *b += shift;
        }
    }
    out
}

struct DemoStaff {
    me: Id,
    active: Vec<Id>,
    all: Vec<Id>,
    /// The teachers' team, which takes the companies' questions on.
    techniek: Id,
}

fn add_staff(bulk: &Bulk, today: NaiveDate, existing_me: Option<Id>) -> Result<DemoStaff> {
    let me = match existing_me {
        Some(id) => id,
        None => {
            let id = bulk.staff(
                &staff("Sanne Bakker", "s.bakker@hetnoordcollege.nl", StaffRole::Connector),
                None,
            )?;
            bulk.set_me(id)?;
            id
        }
    };
    let colleagues = [
        (
            "Joost Mulder",
            "j.mulder@hetnoordcollege.nl",
            StaffRole::InternshipOffice,
        ),
        ("Aïcha Benali", "a.benali@hetnoordcollege.nl", StaffRole::Teacher),
        ("Rik van Dam", "r.vandam@hetnoordcollege.nl", StaffRole::Teacher),
        ("Marloes Kramer", "m.kramer@hetnoordcollege.nl", StaffRole::Connector),
    ];
    let mut active = vec![me];
    for (name, email, role) in colleagues {
        active.push(bulk.staff(&staff(name, email, role), None)?);
    }
    // A colleague who left last year: their history stays.
    let left = bulk.staff(
        &staff("Henk Veenstra", "h.veenstra@hetnoordcollege.nl", StaffRole::Teacher),
        Some(today - Duration::days(LEFT_DAYS_AGO as i64)),
    )?;
    let mut all = active.clone();
    all.push(left);
    // Sanne and Marloes connect; Joost runs the internship office; Aïcha
    // and Rik teach in Techniek (so Today and the company screen show what
    // another team did lately).
    bulk.team("Connectors", &[me, active[4]])?;
    bulk.team("Stagebureau", &[active[1]])?;
    let techniek = bulk.team("Techniek", &[active[2], active[3]])?;
    add_goals(bulk, today, techniek)?;
    Ok(DemoStaff {
        me,
        active,
        all,
        techniek,
    })
}

fn add_circles(bulk: &Bulk, companies: &[(Id, Vec<Id>)], today: NaiveDate) -> Result<usize> {
    let circles = [
        (
            "Bedrijvenkring Techniek Zaanstreek",
            "Vaste kring van technische leerbedrijven; overleg over stages.",
        ),
        (
            "Zorgkring West-Friesland",
            "Zorginstellingen en het college over stages en praktijkopdrachten.",
        ),
    ];
    for (offset, (name, description)) in circles.iter().enumerate() {
        let circle = bulk.circle(name, description, today - Duration::days(900))?;
        let members: Vec<&(Id, Vec<Id>)> = companies.iter().skip(offset).step_by(7).take(12).collect();
        for (id, _) in &members {
            bulk.circle_member(circle, *id, today - Duration::days(800))?;
        }
        for (days, place) in [
            (-150, "Het Noord College, Zaandam"),
            (-60, "Machinefabriek De Zaan"),
            (7 + offset as i64 * 14, "Het Noord College, Hoorn"),
        ] {
            let on = today + Duration::days(days);
            let meeting = bulk.meeting(circle, on, "16:00", place, "Stageplaatsen, terugblik, rondvraag")?;
            if days < 0 {
                // Past meetings: about two in three member companies came.
                for (n, (company, contacts)) in members.iter().enumerate() {
                    if let Some(person) = contacts.first().filter(|_| n % 3 != 2) {
                        bulk.attended(meeting, name, *company, *person, on)?;
                    }
                }
            }
        }
    }
    Ok(circles.len())
}

/// Collaborations over two school years: one for every other company, with
/// their own random stream so the rest of the demo stays as it was.
fn add_engagements(bulk: &Bulk, companies: &[(Id, Vec<Id>)], today: NaiveDate) -> Result<()> {
    let mut rng = Rng(0x656e_6761_6765);
    let programmes = [
        "Mechatronica",
        "Verzorgende IG",
        "Software Developer",
        "Logistiek Medewerker",
        "Kok",
        "Mediavormgever",
    ];
    for (n, (company, _)) in companies.iter().enumerate().filter(|(n, _)| n % 2 == 0) {
        let form = *rng.pick(EngagementForm::ALL);
        // Alternate last school year (done, most evaluated) and this one (agreed or running).
        let this_year = n % 4 == 0;
        let (year, starts, status) = if this_year {
            (
                "2026-2027",
                today - Duration::days(60),
                if rng.chance(60) {
                    EngagementStatus::Running
                } else {
                    EngagementStatus::Agreed
                },
            )
        } else {
            ("2025-2026", today - Duration::days(420), EngagementStatus::Done)
        };
        let id = bulk.engagement(&NewEngagement {
            company: *company,
            form,
            programme: Some(rng.pick(&programmes).to_string()),
            school_year: Some(year.into()),
            period: Some(format!("semester {}", 1 + rng.below(2))),
            starts_on: Some(starts),
            ends_on: Some(starts + Duration::days(150)),
            students: (form == EngagementForm::Internship).then(|| 1 + rng.below(4) as u32),
            status,
            scope: Some("Begeleiding door praktijkopleider, wekelijks contact met de stagedocent.".into()),
            expectations: Some(
                "School: tijdige beoordeling. Bedrijf: gemotiveerde studenten, vaste contactpersoon.".into(),
            ),
            compensation: rng.chance(30).then(|| "Reiskosten vergoed".to_string()),
            // What the company's people put in, where the school asked (from
            // the company's place in the list: the random draws stay as they were).
            hours: (n % 5 < 2).then(|| demo_hours(form, n)),
        })?;
        if status == EngagementStatus::Done && rng.chance(70) {
            bulk.evaluate(
                id,
                "Goed verlopen; volgend jaar weer, liefst met twee studenten.",
                starts + Duration::days(160),
            )?;
        }
    }
    Ok(())
}

/// Hours a company plausibly puts into a collaboration of this form.
fn demo_hours(form: EngagementForm, n: usize) -> u32 {
    let spread = (n * 7 % 10) as u32;
    match form {
        EngagementForm::GuestLecture | EngagementForm::CompanyVisit => 2 + spread / 3,
        EngagementForm::Internship => 40 + 8 * spread,
        _ => 8 + 4 * spread,
    }
}

/// SBB recognitions for one company in five, some due for a re-check soon.
fn add_recognitions(bulk: &Bulk, companies: &[(Id, Vec<Id>)], today: NaiveDate) -> Result<()> {
    let mut rng = Rng(0x7362_6221);
    let programmes = [
        ("25180", "Mechatronica"),
        ("25491", "Verzorgende IG"),
        ("25604", "Software Developer"),
        ("25256", "Logistiek Medewerker"),
    ];
    for (n, (company, contacts)) in companies.iter().enumerate().filter(|(n, _)| n % 5 == 1) {
        let (crebo, programme) = rng.pick(&programmes);
        let recheck = today
            + Duration::days(if n % 25 == 1 {
                rng.below(20) as i64 - 5
            } else {
                60 + rng.below(700) as i64
            });
        bulk.recognition(
            *company,
            crebo,
            programme,
            contacts.first().copied(),
            today - Duration::days(800),
            recheck,
        )?;
    }
    Ok(())
}

fn staff(name: &str, email: &str, role: StaffRole) -> NewStaff {
    NewStaff {
        name: name.into(),
        email: Some(email.into()),
        role,
        login: None,
    }
}

fn letter(rng: &mut Rng) -> char {
    (b'A' + rng.below(26) as u8) as char
}

fn capitalise(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn sector_word(sector: &str) -> &'static str {
    match sector {
        "techniek" => "Techniek",
        "zorg" => "Zorg",
        "ict" => "ICT",
        "logistiek" => "Logistiek",
        "horeca" => "Horeca",
        "bouw" => "Bouw",
        "grafisch" => "Media",
        _ => "Handel",
    }
}

/// An e-mail-safe version of a name part.
fn ascii(text: &str) -> String {
    crate::domain::fold::fold(text)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}
