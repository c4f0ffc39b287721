//! A colleague's leaving with handover from the TUI, and `u` taking it back
//! within the hour: what the store answers is written into the change.

use crate::model::handover::Scope;
use crate::model::Id;
use crate::store::Store;
use crate::tui::change::{Change, HandoverUndo};
use crate::usecases::handover;
use crate::Result;

/// Carry out a handover or its undo; `None` for any other change.
pub fn save(store: &mut Store, change: &mut Change) -> Result<Option<(Option<Id>, Option<Change>)>> {
    match change {
        Change::Handover(order) => {
            let at = store.clock().now();
            let report = handover::leave(
                store,
                (order.leaver, order.to),
                &Scope::All,
                false,
                Some((&order.dossier, handover::DossierFormat::Markdown)),
            )?;
            let undo = Change::UndoHandover(Box::new(HandoverUndo {
                leaver: order.leaver,
                to: order.to,
                leaver_name: report.leaver.clone(),
                companies: report.companies.clone(),
                followups: report.followups.clone(),
                at,
                login: report.login.as_ref().filter(|l| l.done).map(|l| l.login.clone()),
                done: None,
            }));
            // What remains for IT after a colleague left is said with the change.
            order.login = report.login;
            Ok(Some((None, Some(undo))))
        }
        Change::UndoHandover(undo) => {
            undo.done =
                Some(store.undo_handover((undo.leaver, undo.to), (&undo.companies, &undo.followups), &undo.at)?);
            Ok(Some((None, None)))
        }
        _ => Ok(None),
    }
}
