//! What each tab reads to list: one function a tab, called by `list`.

use crate::model::companies::{CompanyFilter, CompanySort};
use crate::model::followups::FollowupFilter;
use crate::model::health::HealthFilter;
use crate::model::people::PersonFilter;
use crate::model::today::TodayOptions;
use crate::model::Id;
use crate::store::Store;
use crate::tui::screens;
use crate::tui::tab::{Data, Ids, Query};
use crate::Result;

/// A tab's list, as its query asks; `collision_days`: how far back another
/// team's contact with a company is news.
pub fn list(store: &Store, query: Query, collision_days: u32) -> Result<Data> {
    match query {
        Query::Today { only_mine } => today(store, only_mine, collision_days),
        Query::Companies {
            filter,
            by_health,
            keep,
        } => companies(store, filter, by_health, keep),
        Query::People { filter, keep } => people(store, filter, keep),
        Query::Followups { only_mine } => followups(store, only_mine),
        Query::Circles => Ok(Data::Circles(store.list_circles()?)),
        Query::Goals => goals(store),
        Query::Questions => questions(store),
        Query::Engagements(filter) => {
            let mut rows = store.list_engagements(&filter)?;
            let total = rows.len();
            rows.truncate(screens::engagements::CAP);
            Ok(Data::Engagements(rows, total))
        }
        Query::Places(filter) => Ok(Data::Places(store.places(&filter)?)),
        Query::Health(filter) => health(store, filter),
        Query::Staff => Ok(Data::Staff(store.list_staff()?)),
        Query::Inbox => Ok(Data::Inbox(store.inbox(false)?)),
    }
}

/// Today's lists, and which companies losing touch hang on one person.
fn today(store: &Store, only_mine: bool, collision_days: u32) -> Result<Data> {
    let data = store.today_view(TodayOptions {
        only_mine,
        limit: 50,
        collision_days,
    })?;
    let listed = data.losing_touch.iter().map(|c| c.id).collect();
    let single_point = store
        .health_scores(&HealthFilter {
            companies: Some(listed),
            single_point_only: true,
            ..Default::default()
        })?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    Ok(Data::Today(Box::new(data), single_point, only_mine))
}

/// Every company the filters allow, in order (by health: worst first), and
/// those matching the text typed.
fn companies(store: &Store, filter: CompanyFilter, by_health: bool, keep: bool) -> Result<Data> {
    let text = filter.text.clone();
    let mut unfiltered = CompanyFilter { text: None, ..filter };
    if by_health {
        // Sorted by health, and by name within a score (the sort the
        // filter still names is not worth its time).
        unfiltered.sort = CompanySort::Name;
    }
    let mut base = store.company_ids(&unfiltered)?;
    if by_health {
        let scores = store.all_health_scores()?;
        // Each score looked up once, not at every comparison.
        let mut scored: Vec<(u8, Id)> = base
            .iter()
            .map(|id| (scores.get(id).map_or(u8::MAX, |h| h.score), *id))
            .collect();
        // Stable: within a score, the order the list had.
        scored.sort_by_key(|(score, _)| *score);
        base = scored.into_iter().map(|(_, id)| id).collect();
    }
    let matches = text.map(|t| store.company_text_matches(&t)).transpose()?;
    Ok(Data::Companies(Ids { base, matches, keep }))
}

fn people(store: &Store, filter: PersonFilter, keep: bool) -> Result<Data> {
    let text = filter.text.clone();
    let base = store.person_ids(&PersonFilter { text: None, ..filter })?;
    let matches = text.map(|t| store.person_text_matches(&t)).transpose()?;
    Ok(Data::People(Ids { base, matches, keep }))
}

fn followups(store: &Store, only_mine: bool) -> Result<Data> {
    let filter = FollowupFilter {
        staff: if only_mine { store.actor() } else { None },
        limit: Some(screens::followups::CAP),
        ..Default::default()
    };
    Ok(Data::Followups(store.list_followups(&filter)?, only_mine))
}

/// This school year's goals, and my team with its members.
fn goals(store: &Store) -> Result<Data> {
    let year = crate::domain::dates::school_year_of(store.today());
    let goals = store.goals(&year, Default::default())?;
    let team = match store.actor().map(|me| store.team_of(me)).transpose()?.flatten() {
        Some(name) => {
            let members = store.team_members(store.resolve_team(&name)?)?;
            Some((name, members))
        }
        None => None,
    };
    Ok(Data::Goals(year, goals, team))
}

fn questions(store: &Store) -> Result<Data> {
    let year = crate::domain::dates::school_year_of(store.today());
    let board = store.question_board(&year)?;
    let rows = store.list_questions(&crate::model::questions::QuestionFilter {
        school_year: Some(year.clone()),
        ..Default::default()
    })?;
    // The candidates counted, not read: an offer for a common sector can go
    // to thousands of companies.
    let offers = store
        .list_offers(&year, true)?
        .into_iter()
        .map(|o| {
            let candidates = store.count_offer_candidates(o.id)?;
            Ok((o, candidates as usize))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Data::Questions(board, rows, offers))
}

/// The worst `CAP` with their reasons; the rest only counted.
fn health(store: &Store, filter: HealthFilter) -> Result<Data> {
    let mut rows = Vec::new();
    let filter = HealthFilter {
        limit: Some(screens::health::CAP),
        ..filter
    };
    let total = store.for_each_health(&filter, |row| {
        rows.push(row);
        Ok(())
    })?;
    Ok(Data::Health(rows, total))
}
