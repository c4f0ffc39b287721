//! Saved views from the terminal UI: one listed on its tab (from Today, or
//! chosen on Companies and People), a tab's filter kept as one; and mail or
//! a calendar read into the inbox — what was found is written into the change.

use crate::domain::listing::Listing;
use crate::model::Id;
use crate::store::Store;
use crate::tui::change::{Change, ViewFilter};
use crate::{Error, Result};

/// Carry out a view's change; `None` for any other change. A view applied
/// gets its filter written into the change, for the app to list it.
pub fn save(store: &mut Store, change: &mut Change) -> Result<Option<(Option<Id>, Option<Change>)>> {
    match change {
        // Already read (a topic's experts): nothing to look up.
        Change::ApplyView { filter: Some(_), .. } => Ok(Some((None, None))),
        Change::ApplyView { name, filter } => {
            let view = store.view(name)?;
            *filter = Some(match crate::domain::listing::listing(&view.command) {
                Some(Listing::Companies(words)) => ViewFilter::Companies(Box::new(store.companies_of_listing(&words)?)),
                Some(Listing::People(words)) => ViewFilter::People(Box::new(store.people_of_listing(&words)?)),
                None => {
                    return Err(Error::invalid(crate::t!(
                        "err-view-not-a-list",
                        name = view.name.as_str(),
                        command = view.command.join(" ")
                    )))
                }
            });
            Ok(Some((None, None)))
        }
        Change::ReadSource {
            source,
            since,
            calendar,
            proposed,
        } => {
            let run = crate::usecases::capture::CaptureRun {
                source: source.clone(),
                since: *since,
                dry_run: false,
                auto: false,
                credential: None,
            };
            let report = match calendar {
                true => crate::usecases::capture::capture_calendar(store, &run)?,
                false => crate::usecases::capture::capture_mail(store, &run)?,
            };
            *proposed = report.saved.proposed;
            Ok(Some((None, None)))
        }
        Change::SaveView { name, words } => {
            store.save_view(name, words, false)?;
            Ok(Some((None, None)))
        }
        _ => Ok(None),
    }
}

/// A company list's filter as the words `kring company list` takes, so the
/// view runs the same on the command line. Who owns them is named.
pub fn company_words(store: &Store, filter: &crate::model::companies::CompanyFilter) -> Result<Vec<String>> {
    let mut words = vec!["company".to_string(), "list".to_string()];
    let mut flag = |name: &str, value: String| {
        words.push(format!("--{name}"));
        words.push(value);
    };
    if let Some(status) = filter.status {
        flag("status", status.as_str().to_string());
    }
    if let Some(owner) = filter.owner {
        flag("owner", store.staff_name(owner)?);
    }
    if let Some(text) = filter.text.as_ref().filter(|t| !t.is_empty()) {
        flag("search", text.clone());
    }
    if let Some(organisation) = filter.member_of {
        flag("member-of", format!("#{organisation}"));
    }
    Ok(words)
}

/// A person list's filter as the words `kring person list` takes.
pub fn people_words(filter: &crate::model::people::PersonFilter) -> Vec<String> {
    let mut words = vec!["person".to_string(), "list".to_string()];
    if let Some(text) = filter.text.as_ref().filter(|t| !t.is_empty()) {
        words.push("--search".into());
        words.push(text.clone());
    }
    if let Some(company) = filter.company {
        words.push("--company".into());
        words.push(format!("#{company}"));
    }
    words
}

/// The names of the saved views that list `list` (companies or people).
pub fn views_of(store: &Store, list: crate::tui::effect::ListOf) -> Result<Vec<String>> {
    use crate::tui::effect::ListOf;
    Ok(store
        .views()?
        .into_iter()
        .filter(|v| {
            matches!(
                (crate::domain::listing::listing(&v.command), list),
                (Some(Listing::Companies(_)), ListOf::Companies) | (Some(Listing::People(_)), ListOf::People)
            )
        })
        .map(|v| v.name)
        .collect())
}
