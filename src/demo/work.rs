//! What the demo school does with its companies beyond contact: questions
//! they brought, outreach campaigns, and the year's goals.

use super::*;
use crate::domain::kinds::{QuestionKind as Kind, QuestionStatus as Status};
use crate::store::{bulk::Bulk, Id};
use crate::Result;
use chrono::{Duration, NaiveDate};

/// A question of the demo: title, kind, students, for Techniek, period,
/// asked how many days ago, where it stands.
type DemoQuestion = (&'static str, Kind, Option<u32>, bool, Option<&'static str>, i64, Status);
const QUESTIONS: [DemoQuestion; 8] = [
    (
        "Hackathon duurzame productie",
        Kind::Assignment,
        Some(12),
        true,
        Some("blok 3"),
        45,
        Status::New,
    ),
    (
        "Gastles veilig werken op de bouwplaats",
        Kind::GuestLecture,
        None,
        true,
        None,
        12,
        Status::New,
    ),
    (
        "Onderzoek naar het personeelstekort",
        Kind::Research,
        Some(4),
        false,
        None,
        70,
        Status::New,
    ),
    (
        "Robotarm ombouwen voor de inpaklijn",
        Kind::Assignment,
        Some(6),
        true,
        Some("blok 3"),
        20,
        Status::New,
    ),
    (
        "Nieuwe website voor de werkplaats",
        Kind::Assignment,
        Some(4),
        true,
        Some("blok 2"),
        50,
        Status::Matched,
    ),
    (
        "Meetopstelling kalibreren",
        Kind::Assignment,
        Some(3),
        true,
        Some("blok 2"),
        80,
        Status::Running,
    ),
    (
        "Open dag voor studenten",
        Kind::Event,
        None,
        false,
        None,
        120,
        Status::Delivered,
    ),
    (
        "Drie extra stagiairs in juni",
        Kind::Internship,
        Some(3),
        false,
        None,
        30,
        Status::Declined,
    ),
];

/// Questions companies brought: some waiting (one long enough to cost its
/// relationship health), one matched, one running, one delivered, one
/// declined; and what Techniek can take on this year, so that the board
/// shows a period where demand runs short.
pub(super) fn add_questions(bulk: &Bulk, companies: &[DemoCompany], staff: &DemoStaff, today: NaiveDate) -> Result<()> {
    use crate::model::questions::{NewQuestion, QuestionMatch};
    let year = crate::domain::dates::school_year_of(today);
    bulk.team_capacity(staff.techniek, &year, "blok 2", 2, 16)?;
    bulk.team_capacity(staff.techniek, &year, "blok 3", 1, 12)?;
    let teacher = staff.active.get(2).copied();
    for (n, (title, kind, students, for_techniek, period, days_ago, status)) in QUESTIONS.into_iter().enumerate() {
        // Spread over the list, a company with a contact person.
        let Some((company, contacts)) = companies
            .iter()
            .skip(n * 3 + 1)
            .find(|(_, contacts)| !contacts.is_empty())
        else {
            return Ok(());
        };
        let id = bulk.question(&NewQuestion {
            company: *company,
            title: title.to_string(),
            from: contacts.first().copied(),
            kind,
            students,
            wanted_by: Some(today + Duration::days(90)),
            team: for_techniek.then_some(staff.techniek),
            note: None,
            asked_on: Some(today - Duration::days(days_ago)),
            school_year: Some(year.clone()),
            period: period.map(str::to_string),
        })?;
        if matches!(status, Status::Matched | Status::Running | Status::Delivered) {
            bulk.match_question(
                id,
                &QuestionMatch {
                    team: staff.techniek,
                    teacher,
                    period: period.map(str::to_string),
                    engagement: None,
                },
            )?;
        }
        if matches!(status, Status::Running | Status::Delivered) {
            bulk.question_status(id, Status::Running, None)?;
        }
        match status {
            Status::Delivered => {
                bulk.question_status(id, Status::Delivered, Some("Veertig bezoekers, volgend jaar weer"))?
            }
            Status::Declined => bulk.question_status(
                id,
                Status::Declined,
                Some("In juni lopen er geen stages; wel in september"),
            )?,
            _ => {}
        }
    }
    Ok(())
}

/// Topics for some contacts (to find an expert) and a festival invitation
/// with its replies.
pub(super) fn add_outreach(bulk: &Bulk, companies: &[DemoCompany], today: NaiveDate) -> Result<()> {
    use crate::domain::kinds::{CampaignKind, Reply};
    let topics: [&[&str]; 10] = [
        &["intellectueel eigendom", "contracten"],
        &["financiën", "subsidies"],
        &["duurzaam bouwen"],
        &["robotica", "automatisering"],
        &["ondernemen", "inspirerend verhaal"],
        &["marketing", "social media"],
        &["veilig werken"],
        &["zorgtechnologie"],
        &["logistiek", "supply chain"],
        &["gastvrijheid"],
    ];
    let with_contacts: Vec<&DemoCompany> = companies.iter().filter(|(_, c)| !c.is_empty()).collect();
    for (n, words) in topics.iter().enumerate() {
        if let Some((_, contacts)) = with_contacts.get(n * 5 + 2) {
            let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            bulk.topics(contacts[0], &words)?;
        }
    }
    let festival = bulk.campaign(&crate::model::campaigns::NewCampaign {
        name: "Stagefestival 2027".into(),
        kind: CampaignKind::Event,
        on: Some(today + Duration::days(100)),
        place: Some("Het Noord College, Hoorn".into()),
        note: Some("Stands voor 50 organisaties; studenten zoeken een stageplek.".into()),
    })?;
    // A festival of some sixty organisations, whatever the size of the demo
    // (the large one has 100k companies: inviting a tenth would be no festival).
    for (n, (company, contacts)) in companies.iter().enumerate().filter(|(n, _)| n % 9 == 4).take(60) {
        let reply = match n % 4 {
            0 => Some(Reply::Yes),
            1 => Some(Reply::No),
            2 => Some(Reply::Maybe),
            _ => None,
        };
        bulk.invite(festival, *company, contacts.first().copied(), reply)?;
    }
    Ok(())
}

/// This school year's goals: the school's, Techniek's and Sanne's.
pub(super) fn add_goals(bulk: &Bulk, today: NaiveDate, techniek: Id) -> Result<()> {
    use crate::domain::kinds::GoalMetric;
    use crate::model::goals::NewGoal;
    let year = crate::domain::dates::school_year_of(today);
    let goal = |metric, target, max, team, note: &str| NewGoal {
        school_year: year.clone(),
        team,
        staff: None,
        metric,
        tag: None,
        target,
        max,
        note: Some(note.to_string()),
    };
    bulk.goal(&goal(
        GoalMetric::Placements,
        40,
        Some(60),
        None,
        "stageplaatsen dit jaar",
    ))?;
    bulk.goal(&goal(
        GoalMetric::Companies,
        25,
        None,
        None,
        "bedrijven met een afspraak",
    ))?;
    bulk.goal(&goal(
        GoalMetric::Lectures,
        12,
        None,
        Some(techniek),
        "gastlessen Techniek",
    ))?;
    bulk.goal(&goal(GoalMetric::NewCompanies, 10, None, None, "nieuwe relaties"))?;
    Ok(())
}

/// What capture found in Sanne's mail this week, waiting in her inbox: three
/// threads with contact persons and one known only by the company's domain.
pub(super) fn add_captures(bulk: &Bulk, companies: &[DemoCompany], me: Id, today: NaiveDate) -> Result<()> {
    use crate::domain::capture::{hashed, Proposal};
    use crate::domain::kinds::{CaptureSource, MatchedBy};
    let subjects = [
        ("Re: stageplekken voorjaar", 3),
        ("Gastles in maart?", 1),
        ("Afspraak bedrijfsbezoek", 2),
        ("Nieuwsbrief: open dag", 1),
    ];
    let with_contacts: Vec<&DemoCompany> = companies.iter().filter(|(_, c)| !c.is_empty()).collect();
    for (n, (subject, items)) in subjects.iter().enumerate() {
        let Some((company, contacts)) = with_contacts.get(n * 7 + 3) else {
            continue;
        };
        let by_domain = n == 3;
        let thread = hashed(&["demo", subject]);
        bulk.capture(
            &Proposal {
                source: CaptureSource::Mail,
                on: today - Duration::days(n as i64 + 1),
                company: *company,
                thread: thread.clone(),
                subject: subject.to_string(),
                items: *items,
                persons: if by_domain { vec![] } else { vec![contacts[0]] },
                matched_by: if by_domain {
                    MatchedBy::Domain
                } else {
                    MatchedBy::Person
                },
                keys: (0..*items).map(|i| hashed(&[&thread, &i.to_string()])).collect(),
                kind: crate::domain::kinds::InteractionKind::Email,
            },
            me,
        )?;
    }
    Ok(())
}

/// The connector's network: an entrepreneurs' association with members and
/// Sanne on its board, a municipality and a foundation, a hybrid teacher,
/// places with room for next block, a praktijkopleider who left, a company
/// resting, another school's ask and a few alumni. Returns how many
/// organisations it added.
pub(super) fn add_network(
    bulk: &Bulk,
    companies: &[DemoCompany],
    staff: &DemoStaff,
    today: NaiveDate,
) -> Result<usize> {
    use crate::domain::kinds::AffiliationKind;
    let [mkb, gemeente, stichting] = add_organisations(bulk, staff, today)?;
    for (n, (company, _)) in companies.iter().enumerate().filter(|(n, _)| n % 7 == 3).take(20) {
        bulk.membership(mkb, *company, today - Duration::days(400 + 30 * n as i64))?;
        if n % 2 == 1 {
            bulk.introduced_by(*company, mkb, today - Duration::days(300 + 10 * n as i64))?;
        }
    }
    bulk.membership(stichting, companies[0].0, today - Duration::days(900))?;
    bulk.introduced_by(companies[1].0, gemeente, today - Duration::days(500))?;
    bulk.affiliation(
        staff.me,
        mkb,
        AffiliationKind::Role,
        "bestuurslid",
        today - Duration::days(700),
    )?;
    if let Some(teacher) = staff.active.iter().rev().find(|id| **id != staff.me) {
        bulk.affiliation(
            *teacher,
            companies[2].0,
            AffiliationKind::Works,
            "werkvoorbereider (2 dagen)",
            today - Duration::days(365),
        )?;
    }
    add_places(bulk, companies, today)?;
    // The praktijkopleider of the first recognised company left three weeks ago.
    if let Some((company, contacts)) = companies.get(1).filter(|(_, c)| !c.is_empty()) {
        let trainer = contacts[0];
        bulk.employment_dates(trainer, today - Duration::days(1500), Some(today - Duration::days(21)))?;
        bulk.followup(&NewFollowup {
            company: *company,
            person: None,
            staff: Some(staff.me),
            due: today + Duration::days(12),
            action: "Zoek de opvolger van de praktijkopleider".into(),
            interaction: None,
        })?;
    }
    bulk.rest(
        companies[10].0,
        today + Duration::days(90),
        "reorganisatie: na de zomer weer welkom",
    )?;
    bulk.offer(&crate::model::offers::NewOffer {
        title: "Gastlessenreeks duurzaam bouwen".into(),
        kind: crate::domain::kinds::QuestionKind::GuestLecture,
        team: Some(staff.techniek),
        students: Some(24),
        school_year: None,
        period: Some("blok 3".into()),
        sector: Some("bouw".into()),
        tag: None,
        topic: Some("duurzaam".into()),
        note: Some("Vier gastlessen door vakmensen; de studenten maken er een ontwerp bij.".into()),
    })?;
    bulk.outside_ask(
        companies[3].0,
        today - Duration::days(20),
        "ROC van Amsterdam",
        "stageplaatsen Mechatronica",
    )?;
    for (_, contacts) in companies.iter().skip(5).step_by(11).take(4) {
        if let Some(person) = contacts.last() {
            bulk.alumnus(*person, "Mechatronica", 2016)?;
        }
    }
    Ok(3)
}

/// An entrepreneurs' association, a municipality and a foundation, each
/// met lately.
fn add_organisations(bulk: &Bulk, staff: &DemoStaff, today: NaiveDate) -> Result<[Id; 3]> {
    use crate::domain::kinds::OrganisationKind;
    let organisation = |name: &str, kind: OrganisationKind, city: &str| {
        bulk.company(&NewCompany {
            name: name.into(),
            kind: Some(kind),
            city: Some(city.into()),
            status: Some(crate::domain::kinds::CompanyStatus::Active),
            owner: Some(staff.me),
            source: Some("netwerk".into()),
            ..NewCompany::default()
        })
    };
    let mkb = organisation(
        "Ondernemersvereniging West-Friesland",
        OrganisationKind::Association,
        "Hoorn",
    )?;
    let gemeente = organisation("Gemeente Hoorn", OrganisationKind::Government, "Hoorn")?;
    let stichting = organisation("Stichting Techniek Dichtbij", OrganisationKind::Foundation, "Alkmaar")?;
    // Where the connector is in touch anyway: none of them is cooling.
    let met = [
        (
            mkb,
            crate::domain::kinds::InteractionKind::Meeting,
            9,
            "Bestuursvergadering: stagefestival en ledenavond",
        ),
        (
            gemeente,
            crate::domain::kinds::InteractionKind::Meeting,
            16,
            "Overleg arbeidsmarktregio: tekort aan technici",
        ),
        (
            stichting,
            crate::domain::kinds::InteractionKind::Event,
            23,
            "Techniekdag op de basisschool, met studenten",
        ),
    ];
    for (organisation, kind, days, summary) in met {
        bulk.company_created(organisation, today - Duration::days(1200))?;
        bulk.interaction(&crate::model::interactions::NewInteraction {
            rating: None,
            company: organisation,
            kind,
            on: today - Duration::days(days),
            persons: Vec::new(),
            summary: summary.into(),
            outcome: None,
            staff: Some(staff.me),
            followup: None,
        })?;
    }
    Ok([mkb, gemeente, stichting])
}

/// Places for this school year: room in blok 3 at some, full at others.
fn add_places(bulk: &Bulk, companies: &[DemoCompany], today: NaiveDate) -> Result<()> {
    let year = crate::domain::dates::school_year_of(today);
    let programmes = [
        "Mechatronica",
        "Verzorgende IG",
        "Software Developer",
        "Logistiek Medewerker",
    ];
    for (n, (company, _)) in companies.iter().enumerate().filter(|(n, _)| n % 4 == 1).take(24) {
        // Every fourth company: the programme and whether it is full vary along them.
        let k = n / 4;
        let offered = 1 + (k % 3) as u32;
        bulk.places(&crate::model::network::PlaceChange {
            company: *company,
            programme: programmes[k % programmes.len()].into(),
            school_year: year.clone(),
            period: if k % 3 == 2 { "blok 4".into() } else { "blok 3".into() },
            offered: Some(offered),
            filled: Some(if k % 2 == 0 { offered } else { offered / 2 }),
            note: None,
        })?;
    }
    Ok(())
}

/// A year of health's memory: this month's scores as computed, the eleven
/// before drawn around them (some relationships cooled, some warmed up,
/// most held), so the trend on a page and in the management report shows.
pub(super) fn add_health_history(store: &mut Store, today: NaiveDate) -> Result<()> {
    let mut now: Vec<(Id, u8, Vec<&'static str>)> = Vec::new();
    store.for_each_health(&crate::model::health::HealthFilter::default(), |h| {
        now.push((h.id, h.score, h.losses));
        Ok(())
    })?;
    let months: Vec<crate::store::health_history::KeptMonth> = (0..12u32)
        .map(|back| {
            let month = crate::store::health_history::month_of(today - chrono::Months::new(back));
            (
                month,
                now.iter()
                    .map(|(id, score, losses)| past(*id, *score, losses, back))
                    .collect(),
            )
        })
        .collect();
    store.keep_past_health(&months)?;
    Ok(())
}

/// A company's score `back` months ago: a third were better then (the
/// reason that costs most now had not come yet), a third worse (less contact
/// than the year before), the rest about the same.
fn past(id: Id, score: u8, losses: &[&'static str], back: u32) -> crate::store::health_history::KeptScore {
    let back = i64::from(back);
    let (delta, kept): (i64, Vec<&str>) = match id % 3 {
        _ if back == 0 => (0, losses.to_vec()),
        0 => ((3 * back).min(25), losses.iter().skip(1).copied().collect()),
        1 => (
            -(3 * back).min(25),
            std::iter::once("trend")
                .chain(losses.iter().copied().filter(|k| *k != "trend"))
                .collect(),
        ),
        _ => ((id + back) % 5 - 2, losses.to_vec()),
    };
    let score = (i64::from(score) + delta).clamp(0, 100) as u8;
    (id, score, kept.join(" "))
}
