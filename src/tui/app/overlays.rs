//! The overlays on top of a screen: the help, search everywhere, a form
//! and a yes/no question; their keys, and what they asked to be read.

use super::{load, App};
use crate::tui::effect::{Change, Effect, ImportOrder, ListOf, Loaded, Preview, Want};
use crate::tui::forms::{self, Purpose};
use crate::tui::keymap::{Action, Context};
use crate::tui::screens::{self, duplicates, search, Reply};
use crate::tui::tab::Tab;
use crate::tui::widgets::form::{Form, FormOutcome};
use crate::Result;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub enum Overlay {
    /// The keys of the screen beneath, scrolled this many lines down.
    Help(usize),
    Search(search::State),
    Form(Box<Form>, Purpose),
    Confirm {
        question: String,
        then: Confirmed,
        under: Option<Box<Overlay>>,
    },
}

/// What a "yes" to a confirmation does.
#[derive(Debug, Clone)]
pub enum Confirmed {
    /// Make this change (a deletion).
    Save(Change),
    /// Add this record although one like it exists; `o` opens that one instead.
    AddAnyway {
        change: Change,
        existing: Want,
    },
    DiscardForm,
    Quit,
}

impl App {
    /// What an overlay asked for: a dry run to ask about, a form's data,
    /// what a search found.
    pub(super) fn overlay_loaded(&mut self, loaded: Loaded) -> Vec<Effect> {
        match loaded {
            Loaded::Search(query, results) => {
                if let Some(Overlay::Search(state)) = &mut self.overlay {
                    state.found(&query, results);
                }
            }
            Loaded::SearchTotals(query, totals) => {
                if let Some(Overlay::Search(state)) = &mut self.overlay {
                    state.totals_found(&query, totals);
                }
            }
            Loaded::NearNames(query, near) => {
                if let Some(Overlay::Search(state)) = &mut self.overlay {
                    state.near_found(&query, near);
                }
            }
            Loaded::Form(mut form, purpose) => {
                form.today = Some(self.date);
                self.overlay = Some(Overlay::Form(form, purpose))
            }
            Loaded::LastImport(None) => self.say(crate::t!("err-no-import")),
            Loaded::LastImport(Some((id, source, at))) => {
                self.overlay = Some(Overlay::Confirm {
                    question: crate::t!("ask-undo-import", id = id, source = source, at = at),
                    then: Confirmed::Save(Change::UndoImport(Some(id))),
                    under: None,
                });
            }
            _ => {}
        }
        Vec::new()
    }

    /// A change was tried: what it would do is asked about (the form, if
    /// one asked, stays beneath, so a "no" goes back to it); a yes saves it.
    /// A new record like none there is saved at once.
    pub(super) fn previewed(&mut self, mut change: Change, preview: Preview) -> Vec<Effect> {
        let question = match (&mut change, preview) {
            (_, Preview::Likely(found)) if found.is_empty() => return vec![Effect::Save(change)],
            (_, Preview::Likely(found)) => return self.ask_add_anyway(change, &found),
            (Change::Handover(order), Preview::Handover(plan)) => crate::t!(
                "ask-handover",
                companies = plan.companies.len(),
                followups = plan.followups.len(),
                from = plan.leaver.as_str(),
                to = plan.to.as_str(),
                path = order.dossier.display().to_string()
            ),
            (Change::Import(order), Preview::Import(report)) => {
                order.good_rows = order.read.as_ref().map_or(0, |r| r.count) - report.rejected.len();
                import_question(order, &report)
            }
            (Change::Merge(order), Preview::Merge(report, fields)) => {
                duplicates::merge_question(order, &report, &fields)
            }
            (Change::Bulk(_), Preview::Bulk(plan)) if plan.changed.is_empty() => {
                self.say(crate::t!("bulk-nothing-changed"));
                return Vec::new();
            }
            (Change::Bulk(_), Preview::Bulk(plan)) => bulk_question(&plan),
            (Change::InviteForOffer { .. }, Preview::OfferInvite { asked: 0, .. }) => {
                self.say(crate::t!("cli-offer-would-invite", count = 0));
                return Vec::new();
            }
            (Change::InviteForOffer { invited, .. }, Preview::OfferInvite { asked, resting, title }) => {
                *invited = asked;
                crate::t!(
                    "ask-offer-invite",
                    count = asked,
                    title = title.as_str(),
                    resting = resting
                )
            }
            (Change::Retention { .. }, Preview::Retention(review))
                if review.people.is_empty() && review.prospects.is_empty() =>
            {
                self.say(crate::t!("review-nothing", years = review.years));
                return Vec::new();
            }
            (Change::Retention { .. }, Preview::Retention(review)) => retention_question(&review),
            (Change::Invite { .. }, Preview::Invite { new: 0, already, .. }) => {
                self.say(crate::t!("said-invite-nobody", already = already));
                return Vec::new();
            }
            (
                Change::Invite { .. },
                Preview::Invite {
                    new,
                    already,
                    resting,
                    campaign,
                },
            ) => crate::t!(
                "ask-invite",
                count = new,
                campaign = campaign.as_str(),
                already = already,
                resting = resting.len()
            ),
            _ => return Vec::new(),
        };
        let under = self.overlay.take().map(Box::new);
        self.overlay = Some(Overlay::Confirm {
            question,
            then: Confirmed::Save(change),
            under,
        });
        Vec::new()
    }

    /// "Likely the same as …": add it anyway, or `o` opens the one there.
    fn ask_add_anyway(&mut self, change: Change, found: &[crate::model::merge::Likely]) -> Vec<Effect> {
        let Some(first) = found.first() else {
            return vec![Effect::Save(change)];
        };
        let existing = match change {
            Change::AddPerson(_) => Want::Person {
                id: first.id,
                open: true,
            },
            _ => Want::Company {
                id: first.id,
                open: true,
                history: false,
            },
        };
        let under = self.overlay.take().map(Box::new);
        self.overlay = Some(Overlay::Confirm {
            question: likely_question(found),
            then: Confirmed::AddAnyway { change, existing },
            under,
        });
        Vec::new()
    }

    pub(super) fn on_overlay_key(&mut self, key: KeyEvent) -> Result<Vec<Effect>> {
        let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
        let overlay = self.overlay.take().expect("an overlay is open");
        match overlay {
            // ↑/↓ (and pages) scroll a long list of keys; any other key closes it.
            Overlay::Help(scroll) => {
                let moved = match key.code {
                    KeyCode::Down | KeyCode::Char('j') => Some(scroll + 1),
                    KeyCode::Up | KeyCode::Char('k') => Some(scroll.saturating_sub(1)),
                    KeyCode::PageDown => Some(scroll + 10),
                    KeyCode::PageUp => Some(scroll.saturating_sub(10)),
                    _ => None,
                };
                if let Some(scroll) = moved {
                    let last = screens::bindings(self.screen_context()).count().saturating_sub(1);
                    self.overlay = Some(Overlay::Help(scroll.min(last)));
                }
            }
            Overlay::Search(state) => return Ok(self.on_search_key(state, key, ctrl_c)),
            Overlay::Form(form, purpose) => return Ok(self.on_form_key(form, purpose, key, ctrl_c)),
            Overlay::Confirm { question, then, under } => match screens::action_for(Context::Confirm, &key) {
                Some(Action::Confirm) => return Ok(self.confirmed(then)),
                // The one that exists, instead of a second one (the form is left).
                Some(Action::Open) if matches!(then, Confirmed::AddAnyway { .. }) => {
                    if let Confirmed::AddAnyway { existing, .. } = then {
                        return Ok(load(existing));
                    }
                }
                Some(Action::Cancel) => self.overlay = under.map(|b| *b),
                Some(Action::Quit) => self.quit = true,
                _ => self.overlay = Some(Overlay::Confirm { question, then, under }),
            },
        }
        Ok(Vec::new())
    }

    fn on_form_key(&mut self, mut form: Box<Form>, purpose: Purpose, key: KeyEvent, ctrl_c: bool) -> Vec<Effect> {
        if ctrl_c && form.dirty {
            self.confirm_quit_over(Overlay::Form(form, purpose));
            return Vec::new();
        }
        if ctrl_c {
            self.quit = true;
            return Vec::new();
        }
        match form.handle(&key) {
            FormOutcome::Editing => self.overlay = Some(Overlay::Form(form, purpose)),
            FormOutcome::Cancel if form.dirty => {
                self.overlay = Some(Overlay::Confirm {
                    question: crate::t!("ask-discard"),
                    then: Confirmed::DiscardForm,
                    under: Some(Box::new(Overlay::Form(form, purpose))),
                });
            }
            FormOutcome::Cancel => {}
            // The form stays open while saving: a refusal is shown on it.
            FormOutcome::Submit => {
                let change = forms::to_change(&mut form, &purpose, self.date, self.me);
                if change.is_none() {
                    form.focus_first_error();
                }
                self.overlay = Some(Overlay::Form(form, purpose));
                match change {
                    // What moves, comes in or duplicates is tried first, then asked about.
                    Some(change) if change.previewed_first() => return vec![Effect::Preview(change)],
                    Some(change) => return vec![Effect::Save(change)],
                    None => {}
                }
            }
        }
        Vec::new()
    }

    fn confirm_quit_over(&mut self, under: Overlay) {
        self.overlay = Some(Overlay::Confirm {
            question: crate::t!("ask-quit"),
            then: Confirmed::Quit,
            under: Some(Box::new(under)),
        });
    }

    fn confirmed(&mut self, then: Confirmed) -> Vec<Effect> {
        match then {
            Confirmed::Save(change) | Confirmed::AddAnyway { change, .. } => return vec![Effect::Save(change)],
            Confirmed::DiscardForm => {}
            Confirmed::Quit => self.quit = true,
        }
        Vec::new()
    }

    /// Companies or People, filtered by this text (search's "… more").
    fn list_filtered(&mut self, list: ListOf, text: String) -> Vec<Effect> {
        let text = Some(text).filter(|t| !t.is_empty());
        match list {
            ListOf::Companies => {
                self.tabs.companies.filter.text = text;
                self.go(Tab::Companies)
            }
            ListOf::People => {
                self.tabs.people.filter.text = text;
                self.go(Tab::People)
            }
        }
    }

    fn on_search_key(&mut self, mut state: search::State, key: KeyEvent, ctrl_c: bool) -> Vec<Effect> {
        if ctrl_c {
            self.quit = true;
            return Vec::new();
        }
        let mut effects = Vec::new();
        match screens::action_for(Context::Search, &key) {
            Some(Action::Cancel) => return effects,
            Some(Action::Up) => state.step(-1),
            Some(Action::Down) => state.step(1),
            Some(Action::Open) => {
                // "… more": the whole list, filtered by what was typed.
                if let Some(list) = state.more_selected() {
                    return self.list_filtered(list, state.query.trim().to_string());
                }
                let Some(hit) = state.current().cloned() else {
                    self.overlay = Some(Overlay::Search(state));
                    return effects;
                };
                return match (hit.kind, hit.company_id) {
                    ("person", _) => Reply::open_person(hit.id).effects,
                    ("meeting", _) => Reply::load(Want::Meeting { id: hit.id, open: true }).effects,
                    (_, Some(company)) => Reply::open_company(company).effects,
                    _ => effects,
                };
            }
            _ => match key.code {
                KeyCode::Backspace => {
                    state.query.pop();
                    effects = load(Want::Search(state.query.clone()));
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    state.query.push(c);
                    effects = load(Want::Search(state.query.clone()));
                }
                _ => {}
            },
        }
        self.overlay = Some(Overlay::Search(state));
        effects
    }
}

/// What an import's dry run found, as the question before it comes in:
/// the sum, then each rejected line (the first few), then where they go.
fn import_question(order: &ImportOrder, report: &crate::model::import::ImportReport) -> String {
    /// Rejected lines shown; the rest are in the file beside the import.
    const SHOWN: usize = 8;
    let read = order.read.as_ref();
    let rows = read.map_or(0, |r| r.count);
    let mut lines: Vec<String> = read.map(|r| r.notes.clone()).unwrap_or_default();
    lines.push(crate::usecases::import::summary(
        report,
        rows,
        read.map_or("", |r| r.summary.as_str()),
    ));
    for (line, why) in report.rejected.iter().take(SHOWN) {
        lines.push(crate::t!("import-rejected", line = *line, why = why.as_str()));
    }
    if report.rejected.len() > SHOWN {
        lines.push(crate::t!("import-more-rejected", count = report.rejected.len() - SHOWN));
    }
    if !report.rejected.is_empty() {
        let path = crate::usecases::import::rejects_path(&order.file.path);
        lines.push(crate::t!("import-rejects-will-go", path = path.display().to_string()));
    }
    lines.push(crate::t!("ask-import", rows = rows - report.rejected.len()));
    lines.join("\n")
}

/// "Likely the same as Hotel Vos (Beverwijk) #41: the same KvK number…".
fn likely_question(found: &[crate::model::merge::Likely]) -> String {
    let mut lines: Vec<String> = found.iter().map(|l| l.said()).collect();
    lines.push(crate::t!("ask-add-anyway"));
    lines.join("\n")
}

/// "Change 12 companies? …": what changes on the first few, and those left out.
fn bulk_question(plan: &crate::model::bulk_changes::BulkPlan) -> String {
    let mut question = crate::t!(
        "ask-bulk",
        companies = plan.changed.len(),
        unchanged = plan.unchanged,
        left = plan.left_out.len()
    );
    for item in plan.changed.iter().take(5) {
        let changes: Vec<String> = item.changes.iter().map(|c| c.said()).collect();
        question.push_str(&format!("\n{}: {}", item.company, changes.join(", ")));
    }
    if plan.changed.len() > 5 {
        question.push_str(&format!(
            "\n{}",
            crate::t!("ask-bulk-more", more = plan.changed.len() - 5)
        ));
    }
    for left in plan.left_out.iter().take(3) {
        question.push_str(&format!("\n{}: {}", left.company, left.reason));
    }
    question
}

/// "Erase 3 people and archive 1 prospect? …": who, the first few by name.
fn retention_question(review: &crate::model::retention::RetentionReview) -> String {
    let mut question = crate::t!(
        "review-confirm",
        people = review.people.len(),
        prospects = review.prospects.len()
    );
    let names: Vec<String> = review
        .people
        .iter()
        .map(|p| match &p.company {
            Some(company) => format!("{} ({company})", p.name),
            None => p.name.clone(),
        })
        .chain(review.prospects.iter().map(|c| c.name.clone()))
        .collect();
    for name in names.iter().take(8) {
        question.push_str(&format!("\n{name}"));
    }
    if names.len() > 8 {
        question.push_str(&format!("\n{}", crate::t!("ask-bulk-more", more = names.len() - 8)));
    }
    question
}
