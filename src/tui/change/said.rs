//! What the status bar says once a change is saved, in the words of the
//! language kring speaks.

use super::*;

impl Change {
    /// What the status bar says after saving. `made`: the new record's id
    /// (for a logged interaction: the follow-up's, when one was made).
    pub fn said(&self, made: Option<Id>) -> String {
        match self {
            Change::Complete { what, .. } => done_said(what, made),
            Change::Reopen { what, .. } => crate::t!("said-reopened", what = what.as_str()),
            Change::Snooze { to, .. } => crate::t!("said-snoozed", date = crate::l10n::date(*to)),
            Change::DeleteInteraction(id) => crate::t!("said-interaction-deleted", id = *id),
            Change::DeleteFollowup(id) => crate::t!("said-followup-deleted", id = *id),
            Change::Log { new, today, repeat } => logged(new, *today, made.is_some(), repeat.map(|(every, _)| every)),
            Change::LogMany { companies, new } => crate::t!(
                "said-logged-many",
                kind = new.kind.display_label(),
                count = companies.len()
            ),
            Change::EditInteraction(id, _) => crate::t!("said-interaction-updated", id = *id),
            Change::AddEngagement(new) => match made {
                Some(id) => crate::t!("said-engagement-added", id = id, form = new.form.display_label()),
                None => String::new(),
            },
            Change::EditEngagement(id, _) => crate::t!("said-engagement-saved", id = *id),
            Change::Evaluate { id, .. } => crate::t!("said-engagement-evaluated", id = *id),
            Change::Handover(order) => handed_over(order),
            Change::UndoHandover(undo) => handover_undone(undo),
            Change::AddCompany(new) => crate::t!("said-added", name = new.name.as_str()),
            Change::EditCompany(_, _, name) | Change::EditPerson(_, _, name, _) => {
                crate::t!("said-saved", name = name.as_str())
            }
            Change::AddPerson(new) => crate::t!("said-added", name = new.name.as_str()),
            Change::EditFollowup { id, .. } => crate::t!("said-followup-updated", id = *id),
            Change::Minutes { .. } => crate::t!("said-minutes"),
            Change::ActionItem { .. } => match made {
                Some(id) => crate::t!("said-action-item", id = id),
                None => crate::t!("said-action-item-no-id"),
            },
            Change::Reassign { name, .. } => crate::t!("said-reassigned", name = name.as_str()),
            Change::AdvanceQuestion { id, to, .. } => {
                crate::t!("cli-question-moved", id = *id, status = to.display_label())
            }
            Change::AddCircle { .. }
            | Change::Attend { .. }
            | Change::Unattend { .. }
            | Change::PlanMeeting { .. }
            | Change::AddMember { .. }
            | Change::RemoveMember { .. } => circle_said(self),
            Change::Import(_) | Change::UndoImport(_) => import_said(self, made),
            Change::Export(order) => crate::t!("said-exported", path = order.path.display().to_string()),
            Change::OpenDocument(location) => crate::t!("said-opened", location = location.as_str()),
            Change::Recognise(new) => crate::t!("said-recognised", crebo = new.crebo.as_str()),
            Change::Unlog { interaction, .. } => crate::t!("said-unlogged", id = *interaction),
            Change::Merge(order) => crate::t!("said-merged", gone = order.gone, keep = order.keep),
            Change::SetTeam { name, .. } => crate::t!("said-team", name = name.as_str()),
            Change::UndoMerge(id) => crate::t!("said-merge-undone", id = *id),
            Change::Bulk(_) | Change::UndoBulk { .. } => bulk_said(self, made),
            Change::AddCampaign(_)
            | Change::Invite { .. }
            | Change::CampaignReply { .. }
            | Change::Came { .. }
            | Change::CopyCampaign { .. }
            | Change::Attach { .. }
            | Change::AddQuestion(_)
            | Change::CloseQuestion { .. }
            | Change::ApplyView { .. }
            | Change::SaveView { .. }
            | Change::EditGoal { .. }
            | Change::RemoveGoal { .. }
            | Change::SetCadence { .. }
            | Change::Retention { .. }
            | Change::Detach { .. }
            | Change::AddTeam(_)
            | Change::Capacity { .. }
            | Change::ReadSource { .. }
            | Change::EditQuestion(..)
            | Change::Account { .. }
            | Change::InviteForOffer { .. }
            | Change::StopSeries(_) => campaign_said(self, made),
            Change::ErasePerson { .. }
            | Change::Restore(_)
            | Change::Rechecked { .. }
            | Change::AddStaff(_)
            | Change::AddGoal(_)
            | Change::MovePerson { .. }
            | Change::Archive { .. } => records_said(self),
            Change::Inbox(decision) => decision.said(),
            Change::Rest { .. }
            | Change::Places(_)
            | Change::PersonLeft { .. }
            | Change::Network(_)
            | Change::TakeOffer { .. }
            | Change::WithdrawOffer(_)
            | Change::Alumnus { .. }
            | Change::AddOffer { .. }
            | Change::EndTies { .. }
            | Change::IntroducePerson { .. }
            | Change::ImportPlaces(_) => network_said(self),
        }
    }
}

/// Marked done; a follow-up that comes back says its next one.
fn done_said(what: &str, next: Option<Id>) -> String {
    let said = crate::t!("said-done", what = what);
    match next {
        Some(id) => format!("{said} · {}", crate::t!("said-next-in-series", id = id)),
        None => said,
    }
}

/// A handover done: to whom, the dossier, and what remains for IT.
fn handed_over(order: &HandoverOrder) -> String {
    let said = crate::t!(
        "said-handed-over",
        name = order.to_name.as_str(),
        path = order.dossier.display().to_string()
    );
    match &order.login {
        Some(login) => format!("{said} {}", crate::l10n::login_for_it(login)),
        None => said,
    }
}

/// What a change in the network says when it is saved.
fn network_said(change: &Change) -> String {
    match change {
        Change::AddOffer { new, .. } => crate::t!("said-added", name = new.title.as_str()),
        Change::EndTies { .. } => crate::t!("said-ties-ended"),
        Change::ImportPlaces(_) => crate::t!("said-places-imported"),
        Change::IntroducePerson { .. } => crate::t!("said-network"),
        Change::Alumnus { programme, .. } if programme.trim().is_empty() => crate::t!("said-not-alumnus"),
        Change::Alumnus { programme, .. } => crate::t!("said-alumnus", programme = programme.as_str()),
        Change::PersonLeft { successor, .. } => match successor {
            Some(name) => crate::t!("said-left-successor", name = name.as_str()),
            None => crate::t!("said-left"),
        },
        Change::Rest { until, .. } => match until {
            Some(day) => crate::t!("said-rest", until = crate::l10n::date(*day)),
            None => crate::t!("said-rest-ended"),
        },
        Change::Places(change) => crate::t!("said-places", programme = change.programme.as_str()),
        Change::Network(_) => crate::t!("said-network"),
        Change::TakeOffer { offer, company } => {
            crate::t!("said-offer-taken", id = *offer, company = company.as_str())
        }
        Change::WithdrawOffer(id) => crate::t!("cli-offer-withdrawn", id = *id),
        _ => String::new(),
    }
}

fn logged(
    new: &NewInteraction,
    today: NaiveDate,
    followup_made: bool,
    every: Option<crate::domain::recurrence::Every>,
) -> String {
    let kind: InteractionKind = new.kind;
    let mut message = crate::t!(
        "said-logged",
        kind = kind.display_label(),
        date = crate::l10n::date(new.on)
    );
    if let (true, Some(f)) = (followup_made, &new.followup) {
        message.push_str(&crate::t!("said-logged-followup", date = crate::l10n::date(f.due)));
        if f.due < today {
            message.push_str(&crate::t!("said-in-the-past"));
        }
        if let Some(every) = every {
            message.push_str(&format!(" (↻ {every})"));
        }
    }
    message
}

/// What the status bar says after a change to a record itself: a person
/// erased or moved, a colleague added, a company archived.
fn records_said(change: &Change) -> String {
    match change {
        Change::Restore(removed) => crate::t!(
            "said-restored",
            what = crate::l10n::noun(removed.entity),
            id = removed.id
        ),
        Change::Rechecked { next, .. } => crate::t!(
            "said-rechecked",
            next = next.map(crate::l10n::date).unwrap_or_else(|| "-".into())
        ),
        Change::ErasePerson { name, .. } => crate::t!("said-erased", name = name.as_str()),
        Change::AddStaff(new) => crate::t!("said-staff-added", name = new.name.as_str()),
        Change::AddGoal(new) => crate::t!(
            "said-goal-added",
            target = new.target,
            what = new.metric.display_label()
        ),
        Change::MovePerson { to, .. } => crate::t!("said-moved", company = to.as_str()),
        Change::Archive {
            name, archived: true, ..
        } => crate::t!("said-archived", name = name.as_str()),
        Change::Archive { name, .. } => crate::t!("said-unarchived", name = name.as_str()),
        _ => String::new(),
    }
}

/// A bulk change made, or taken back (naming what a colleague changed since).
fn bulk_said(change: &Change, made: Option<Id>) -> String {
    match change {
        Change::Bulk(order) => crate::t!("said-bulk", id = made.unwrap_or_default(), companies = order.changed),
        Change::UndoBulk { id, restored, refused } if refused.is_empty() => {
            crate::t!("said-bulk-undone", id = *id, restored = *restored)
        }
        Change::UndoBulk { id, restored, refused } => crate::t!(
            "said-bulk-undone-but",
            id = *id,
            restored = *restored,
            refused = refused.join("; ")
        ),
        _ => String::new(),
    }
}

/// A campaign made, companies invited, a reply, who came, a copy; a
/// document linked; a question added or closed.
fn campaign_said(change: &Change, made: Option<Id>) -> String {
    match change {
        Change::AddCampaign(new) => crate::t!("said-added", name = new.name.as_str()),
        Change::Invite { companies, .. } => crate::t!(
            "said-invited",
            count = made.unwrap_or_default().max(0),
            asked = companies.len()
        ),
        Change::CampaignReply { name, reply, .. } => {
            crate::t!("said-replied", company = name.as_str(), reply = reply.display_label())
        }
        Change::Came { name, .. } => crate::t!("said-came", company = name.as_str(), id = made.unwrap_or_default()),
        Change::CopyCampaign { new, .. } => crate::t!("said-campaign-copied", name = new.name.as_str()),
        Change::Attach { location, .. } => crate::t!("said-attached", location = location.as_str()),
        Change::Detach { location, .. } => crate::t!("said-detached", location = location.as_str()),
        Change::AddTeam(name) => crate::t!("said-added", name = name.as_str()),
        Change::ReadSource { proposed, .. } => crate::t!("said-read-source", count = *proposed),
        Change::EditQuestion(id, _) => crate::t!("said-question-saved", id = *id),
        Change::Account { .. } => crate::t!("said-account-saved"),
        Change::InviteForOffer { invited, .. } => crate::t!("said-offer-invited", count = *invited),
        Change::StopSeries(id) => crate::t!("said-series-stopped", id = *id),
        Change::Capacity {
            period,
            assignments,
            students,
            ..
        } => crate::t!(
            "said-capacity",
            period = period.as_str(),
            assignments = *assignments,
            students = *students
        ),
        Change::AddQuestion(new) => crate::t!(
            "said-question-added",
            title = new.title.as_str(),
            id = made.unwrap_or_default()
        ),
        Change::CloseQuestion { id, to, .. } => crate::t!("cli-question-moved", id = *id, status = to.display_label()),
        Change::ApplyView { name, .. } => crate::t!("said-view-applied", name = name.as_str()),
        Change::EditGoal { target, .. } => crate::t!("said-goal-edited", target = *target),
        Change::RemoveGoal { what, .. } => crate::t!("said-goal-removed", what = what.as_str()),
        Change::Retention { people, prospects, .. } => {
            crate::t!("review-done", people = people.len(), prospects = prospects.len())
        }
        Change::SetCadence { of, days } => {
            let group = match of {
                CadenceOf::Tag(tag) => crate::t!("cadence-from-tag", tag = tag.as_str()),
                CadenceOf::Kind(kind) => {
                    crate::t!("cadence-from-kind", kind = kind.display_label())
                }
            };
            match days {
                Some(days) => crate::t!("said-cadence-set", group = group, days = *days),
                None => crate::t!("said-cadence-cleared", group = group),
            }
        }
        Change::SaveView { name, words } => {
            crate::t!("cli-view-saved", name = name.as_str(), command = words.join(" "))
        }
        _ => String::new(),
    }
}

/// An import made, or taken back.
fn import_said(change: &Change, made: Option<Id>) -> String {
    match (change, made) {
        (Change::Import(order), Some(id)) => crate::t!("said-imported", id = id, rows = order.good_rows),
        (Change::UndoImport(_), Some(id)) => crate::t!("said-import-undone", id = id),
        _ => String::new(),
    }
}

/// A circle started, a meeting (or a series) planned, attendance, a member in or out.
fn circle_said(change: &Change) -> String {
    match change {
        Change::Attend { status, .. } => {
            let status = crate::l10n::key_help(match status.as_str() {
                "attended" => "attended",
                "apologised" => "apologised",
                _ => "invited",
            });
            crate::t!("said-marked", status = status.into_owned())
        }
        Change::Unattend { .. } => crate::t!("said-unattended"),
        Change::AddCircle { name, .. } => crate::t!("said-added", name = name.as_str()),
        Change::PlanMeeting { starts, .. } => match starts.as_slice() {
            [one] => crate::t!("said-meeting-planned", at = one.format("%Y-%m-%d %H:%M").to_string()),
            [first, .., last] => crate::t!(
                "cli-meetings-planned",
                count = starts.len(),
                first = crate::l10n::date(first.date()),
                last = crate::l10n::date(last.date())
            ),
            [] => String::new(),
        },
        Change::AddMember { company, .. } => crate::t!("said-member-joined", company = company.as_str()),
        Change::RemoveMember { name, .. } => crate::t!("said-member-left", company = name.as_str()),
        _ => String::new(),
    }
}

/// A handover taken back: what went back, what a colleague changed since,
/// and a login that stays disabled.
fn handover_undone(undo: &HandoverUndo) -> String {
    let Some(done) = &undo.done else {
        return String::new();
    };
    let mut said = crate::t!(
        "said-handover-undone",
        name = undo.leaver_name.as_str(),
        companies = done.companies,
        followups = done.followups
    );
    if !done.kept.is_empty() {
        said.push_str(&crate::t!("said-handover-undone-kept", kept = done.kept.join(", ")));
    }
    if let Some(login) = &undo.login {
        said.push_str(&crate::t!("said-handover-undone-login", login = login.as_str()));
    }
    said
}
