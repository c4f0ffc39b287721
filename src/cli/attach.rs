//! `kring attach`, `kring attachments`, `kring detach`: links to documents
//! (a signed internship agreement, an SBB letter, minutes as a PDF) kept on
//! a company, person, collaboration, recognition or meeting. kring keeps the
//! link, never a copy.

use super::Session;
use crate::model::attachments::{AttachedTo, Attachment};
use crate::{Error, Result};
use clap::Args;

#[derive(Debug, Args)]
pub struct AttachArgs {
    /// What it belongs to: a company's name, or person:NAME, collaboration:ID, recognition:ID, meeting:ID
    pub target: String,
    /// A file's path (kept as an absolute path; it must exist) or a URL
    pub location: String,
    /// What it is: "getekende stageovereenkomst 2026"
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct AttachmentsArgs {
    /// Whose links: a company's name (its collaborations' and recognitions' too), or person:NAME, collaboration:ID, recognition:ID, meeting:ID
    pub target: String,
}

#[derive(Debug, Args)]
pub struct DetachArgs {
    /// The link's id (`kring attachments` lists them); the file stays where it is
    pub id: crate::model::Id,
}

/// `person:Noëlle`, `collaboration:12`, `recognition:3`, `meeting:5`,
/// `company:Zaan` or a company's name.
fn target(session: &Session, given: &str) -> Result<AttachedTo> {
    let store = &session.store;
    let number = |text: &str| {
        text.trim_start_matches('#')
            .parse::<crate::model::Id>()
            .map_err(|_| Error::invalid(crate::t!("err-attach-target", given = given)))
    };
    Ok(match given.split_once(':') {
        Some(("person", name)) => AttachedTo::Person(store.resolve_person(name)?),
        Some(("company", name)) => AttachedTo::Company(store.resolve_company(name)?),
        Some(("collaboration" | "engagement", id)) => AttachedTo::Collaboration(store.engagement(number(id)?)?.id),
        Some(("recognition", id)) => AttachedTo::Recognition(number(id)?),
        Some(("meeting", id)) => AttachedTo::Meeting(store.resolve_meeting(id)?),
        _ => AttachedTo::Company(store.resolve_company(given)?),
    })
}

pub fn attach(session: &mut Session, args: AttachArgs) -> Result<()> {
    let to = target(session, &args.target)?;
    let id = session.store.attach(to, &args.location, args.note.as_deref())?;
    let link = session.store.attachment(id)?;
    if session.out.json {
        return session.out.json_value(&link);
    }
    session
        .out
        .line(crate::t!("cli-attached", id = id, location = link.location.as_str()))
}

pub fn list(session: &mut Session, args: AttachmentsArgs) -> Result<()> {
    let to = target(session, &args.target)?;
    let links = match to {
        AttachedTo::Company(company) => session.store.company_attachments(company)?,
        other => session.store.attachments(other)?,
    };
    if session.out.json {
        return session.out.json_value(&links);
    }
    if links.is_empty() {
        return session.out.line(crate::t!("cli-no-attachments"));
    }
    for link in &links {
        session.out.line(line(link))?;
    }
    Ok(())
}

pub fn detach(session: &mut Session, args: DetachArgs) -> Result<()> {
    let link = session.store.attachment(args.id)?;
    session.store.detach(args.id)?;
    session.out.line(crate::t!(
        "cli-detached",
        id = args.id,
        location = link.location.as_str()
    ))
}

/// "#3  /srv/stage/contract.pdf — getekend (2026-11-20, Sanne) [missing]".
pub fn line(link: &Attachment) -> String {
    let note = link.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default();
    let who = link.staff.as_deref().map(|s| format!(", {s}")).unwrap_or_default();
    let missing = if link.missing {
        format!(" [{}]", crate::t!("cli-attachment-missing"))
    } else {
        String::new()
    };
    format!("#{:<4} {}{note} ({}{who}){missing}", link.id, link.location, link.on)
}

/// A page's documents, under their heading; nothing when there are none.
pub fn print_all(out: &super::output::Out, links: &[Attachment]) -> Result<()> {
    if links.is_empty() {
        return Ok(());
    }
    out.line("")?;
    out.line(crate::t!("cli-show-documents"))?;
    for link in links {
        out.line(format!("  {}", line(link)))?;
    }
    Ok(())
}
