//! The campaigns page's forms: a new campaign, whom to invite, a copy.

use super::{Purpose, Submitting, DATE_HINT};
use crate::domain::filter_words::FilterWords;
use crate::domain::kinds::CampaignKind;
use crate::domain::validate;
use crate::model::campaigns::NewCampaign;
use crate::model::Id;
use crate::tui::change::Change;
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};

/// A new campaign: its name, kind, day, place and a note.
#[derive(Debug, Clone)]
pub struct CampaignForm {
    /// Copying this campaign (its kind stays, its companies are invited afresh).
    from: Option<Id>,
    name: FieldId,
    kind: Option<Choice<CampaignKind>>,
    on: FieldId,
    place: FieldId,
    note: Option<FieldId>,
}

pub fn new_campaign_form() -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-new-campaign"));
    let kinds = CampaignKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), k.display_label(), *k))
        .collect();
    let f = &mut form;
    let name = f.add(Field::text("Name", "").with_hint("Stagefestival 2027"));
    let kind = Choice::add_showing(f, "Kind", kinds, 0);
    let on = f.add(Field::text("Date", "").with_hint(DATE_HINT));
    let place = f.add(Field::text("Place", ""));
    let note = f.add(Field::text("Note", ""));
    let purpose = CampaignForm {
        from: None,
        name,
        kind: Some(kind),
        on,
        place,
        note: Some(note),
    };
    (form, Purpose::Campaign(purpose))
}

/// Last year's round again: a new name and day; the same companies invited.
pub fn copy_campaign_form(from: Id, old_name: &str, old_place: Option<&str>) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-copy-campaign", name = old_name));
    let f = &mut form;
    let name = f.add(Field::text("Name", ""));
    let on = f.add(Field::text("Date", "").with_hint(DATE_HINT));
    let place = f.add(Field::text("Place", old_place.unwrap_or_default()));
    let purpose = CampaignForm {
        from: Some(from),
        name,
        kind: None,
        on,
        place,
        note: None,
    };
    (form, Purpose::Campaign(purpose))
}

impl CampaignForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let name = form.text(self.name);
        if let Err(e) = validate::name("campaign name", &name) {
            form.mark(self.name, Some(e.to_string()));
        }
        let on = super::optional_date_at(form, self.on, at.today);
        if form.has_errors() {
            return None;
        }
        let text = |id| Some(form.text(id)).filter(|v| !v.is_empty());
        let new = NewCampaign {
            name,
            kind: match &self.kind {
                Some(kind) => kind.chosen(form)?,
                None => CampaignKind::Invitation,
            },
            on: on?,
            place: text(self.place),
            note: self.note.and_then(text),
        };
        Some(match self.from {
            Some(from) => Change::CopyCampaign {
                from,
                new: Box::new(new),
            },
            None => Change::AddCampaign(Box::new(new)),
        })
    }
}

/// Which companies to invite: filter words, as `kring bulk --companies`.
#[derive(Debug, Clone)]
pub struct InviteForm {
    campaign: Id,
    words: FieldId,
}

pub fn invite_form(campaign: Id, name: &str) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-invite", name = name));
    let words = form.add(
        Field::text("Companies", "").with_hint("tag:horeca city:Edam status:active, words in a name; * every company"),
    );
    (form, Purpose::Invite(InviteForm { campaign, words }))
}

impl InviteForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let words = form.text(self.words);
        if let Err(e) = FilterWords::parse(&words) {
            form.mark(self.words, Some(e.to_string()));
            return None;
        }
        Some(Change::Invite {
            campaign: self.campaign,
            words,
            companies: Vec::new(),
        })
    }
}
