//! The reads, forms and changes of the record-keeping keys: campaigns, a
//! document linked, a question recorded or closed, a view kept, a goal, a
//! group's cadence — what the runner does for them, kept apart so the
//! runner's own file stays wiring.

use crate::domain::filter_words::FilterWords;
use crate::model::Id;
use crate::store::Store;
use crate::tui::effect::{Change, FormFor, Preview};
use crate::tui::forms::{self, Purpose};
use crate::tui::widgets::form::Form;
use crate::Result;

/// The form for one of the campaigns page's keys; `None` for other forms.
pub fn form(store: &Store, what: &FormFor) -> Result<Option<(Form, Purpose)>> {
    Ok(Some(match what {
        FormFor::NewCampaign => forms::campaigns::new_campaign_form(),
        FormFor::Invite(campaign) => forms::campaigns::invite_form(*campaign, &store.campaign(*campaign)?.name),
        FormFor::CopyCampaign(campaign) => {
            let old = store.campaign(*campaign)?;
            forms::campaigns::copy_campaign_form(*campaign, &old.name, old.place.as_deref())
        }
        FormFor::Attach(to) => {
            use crate::model::attachments::AttachedTo;
            let name = match to {
                AttachedTo::Company(id) => store.company(*id)?.name,
                AttachedTo::Person(id) => store.person(*id)?.name,
                _ => String::new(),
            };
            forms::files::attach_form(*to, &name)
        }
        FormFor::AddQuestion(company) => forms::questions::question_form(
            *company,
            &store.company(*company)?.name,
            &store.contacts_of(*company)?,
            &store.list_teams()?,
        ),
        FormFor::EditQuestion(id) => {
            let q = store.question(*id)?;
            forms::questions::edit_question_form(&q, &store.contacts_of(q.company_id)?, &store.list_teams()?)
        }
        FormFor::CloseQuestion(id) => forms::questions::close_question_form(*id, &store.question(*id)?.title),
        FormFor::SaveView(filter) => forms::views::save_view_form(match filter {
            crate::tui::change::ViewFilter::Companies(f) => super::views::company_words(store, f)?,
            crate::tui::change::ViewFilter::People(f) => super::views::people_words(f),
        }),
        FormFor::AddGoal => forms::goals::goal_form(store.today(), &store.list_teams()?, store.actor()),
        FormFor::Capacity => {
            let teams = store.list_teams()?;
            if teams.is_empty() {
                return Err(crate::Error::invalid(crate::t!("err-no-teams")));
            }
            forms::staff::capacity_form(&teams, crate::domain::dates::school_year_of(store.today()))
        }
        FormFor::Export(crate::tui::effect::ExportOf::ManagementReport { .. }) => {
            forms::files::management_report_form(&store.list_teams()?, store.today())
        }
        // A file is copied whole; a team database is written as its JSON export.
        FormFor::Export(crate::tui::effect::ExportOf::Backup { .. }) => {
            forms::files::backup_form(store.engine() == crate::store::db::Engine::Postgres, store.today())
        }
        FormFor::ChooseView(list) => {
            let names = super::views::views_of(store, *list)?;
            if names.is_empty() {
                return Err(crate::Error::invalid(crate::t!("err-no-views")));
            }
            forms::views::choose_view_form(names)
        }
        _ => return Ok(None),
    }))
}

/// The companies an invitation's words select, resting ones left out (and
/// named).
fn invitable(store: &Store, words: &str) -> Result<(Vec<Id>, Vec<String>)> {
    let mut ids = store.select_companies(&FilterWords::parse(words)?)?;
    let resting = store.resting_among(&ids)?;
    ids.retain(|id| !resting.iter().any(|r| r.company_id == *id));
    Ok((ids, resting.into_iter().map(|r| r.company).collect()))
}

/// An invitation tried first: how many it would invite. The companies go
/// into the change, so those invited are the ones asked about.
pub fn preview(store: &mut Store, change: &mut Change) -> Result<Option<Preview>> {
    if let Change::InviteForOffer { offer, .. } = change {
        let (_, asked, resting) = store.invite_for_offer(*offer, true)?;
        return Ok(Some(Preview::OfferInvite {
            asked: asked.len(),
            resting: resting.len(),
            title: store.offer(*offer)?.title,
        }));
    }
    if let Change::Retention {
        years,
        people,
        prospects,
    } = change
    {
        // Erasing is an admin's on a team database: said before anything is read.
        store.require_admin(&crate::t!("admin-erase-person"))?;
        let review = store.retention_review(*years)?;
        (*people, *prospects) = crate::store::privacy::review::listed(&review);
        return Ok(Some(Preview::Retention(review)));
    }
    let Change::Invite {
        campaign,
        words,
        companies,
    } = change
    else {
        return Ok(None);
    };
    let (ids, resting) = invitable(store, words)?;
    let new = store.invite(*campaign, &ids, true)?;
    *companies = ids;
    Ok(Some(Preview::Invite {
        new,
        already: companies.len() - new,
        resting,
        campaign: store.campaign(*campaign)?.name,
    }))
}

/// Carry out a campaign's change; `None` for any other change. What it
/// made: a campaign's id (a new one, a copy), the interaction logged for
/// who came, or how many were invited.
pub fn save(store: &mut Store, change: &Change) -> Result<Option<Option<Id>>> {
    Ok(Some(match change {
        Change::AddCampaign(new) => Some(store.add_campaign((**new).clone())?),
        Change::Invite {
            campaign, companies, ..
        } => Some(store.invite(*campaign, companies, false)? as Id),
        Change::CampaignReply {
            campaign,
            company,
            reply,
            ..
        } => {
            store.reply(*campaign, *company, *reply, None, None)?;
            None
        }
        Change::Came {
            campaign,
            company,
            person,
            ..
        } => {
            let persons: Vec<Id> = person.iter().copied().collect();
            Some(store.attended(*campaign, *company, &persons, None)?)
        }
        Change::CopyCampaign { from, new } => {
            let resting: Vec<Id> = store
                .resting_among(&store.campaign_companies(*from)?)?
                .iter()
                .map(|r| r.company_id)
                .collect();
            Some(store.copy_campaign(*from, (**new).clone(), &resting)?.0)
        }
        Change::Attach { to, location, note } => Some(store.attach(*to, location, note.as_deref())?),
        Change::AddTeam(name) => Some(store.add_team(name)?),
        Change::InviteForOffer { offer, .. } => store.invite_for_offer(*offer, false)?.0,
        Change::Account { staff, login, email } => {
            if let Some(login) = login {
                store.link_login(*staff, login.as_deref())?;
            }
            if let Some(email) = email {
                store.set_staff_email(*staff, email)?;
            }
            None
        }
        Change::StopSeries(id) => {
            store.stop_series(*id)?;
            None
        }
        Change::Capacity {
            team,
            school_year,
            period,
            assignments,
            students,
        } => {
            store.set_team_capacity(*team, school_year, period, *assignments, *students)?;
            None
        }
        Change::Detach { id, .. } => {
            store.detach(*id)?;
            None
        }
        Change::EditGoal { id, target, max, note } => {
            store.edit_goal(*id, Some(*target), Some(max.unwrap_or(0)), Some(note.as_str()))?;
            None
        }
        Change::RemoveGoal { id, .. } => {
            store.remove_goal(*id)?;
            None
        }
        Change::Retention { people, prospects, .. } => {
            // One rewrite of the file for the whole list, not one per person.
            store.erase_people(people, crate::store::privacy::erase::default_wait())?;
            for id in prospects {
                store.archive_company(*id, true)?;
            }
            None
        }
        Change::SetCadence { of, days } => {
            match of {
                crate::tui::change::CadenceOf::Tag(tag) => store.set_tag_cadence(tag, *days)?,
                crate::tui::change::CadenceOf::Kind(kind) => store.set_kind_cadence(*kind, *days)?,
            };
            None
        }
        Change::AddQuestion(new) => Some(store.add_question((**new).clone())?),
        Change::EditQuestion(id, patch) => {
            store.edit_question(*id, (**patch).clone())?;
            None
        }
        Change::CloseQuestion { id, to, reason } => {
            store.set_question_status(*id, *to, reason.as_deref())?;
            None
        }
        _ => return Ok(None),
    }))
}

/// The mail-merge list of a campaign, as the CLI writes it (Excel's dialect).
pub fn mail_merge(store: &Store, campaign: Id) -> Result<String> {
    let state = store.campaign_state(campaign)?;
    let only = crate::model::campaigns::MailMerge {
        excel: true,
        ..Default::default()
    };
    let merge = crate::usecases::export::mail_merge(store, &state, only)?;
    String::from_utf8(merge.bytes).map_err(|e| crate::Error::Io(e.to_string()))
}
