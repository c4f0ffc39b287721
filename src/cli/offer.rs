//! `kring offer …`: the school's offers looking for a company.

use super::output::{list, opt, Table};
use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::dates::school_year_of;
use crate::domain::kinds::QuestionKind;
use crate::model::offers::{Candidate, NewOffer};
use crate::model::Id;
use crate::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum OfferCommand {
    /// A team's offer looking for a company: say who it is for (sector, tag or topic)
    Add {
        title: String,
        #[arg(long, value_parser = vocabulary::<QuestionKind>(), default_value = "assignment")]
        kind: QuestionKind,
        /// The team that offers it
        #[arg(long)]
        team: Option<String>,
        #[arg(long)]
        students: Option<u32>,
        /// The school year (default: this one)
        #[arg(long)]
        year: Option<String>,
        #[arg(long)]
        period: Option<String>,
        /// For companies in this sector
        #[arg(long)]
        sector: Option<String>,
        /// For companies with this tag
        #[arg(long)]
        tag: Option<String>,
        /// For companies with a contact person who knows this topic
        #[arg(long)]
        topic: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
    /// This school year's offers (--all: matched and withdrawn ones too)
    List {
        #[arg(long)]
        year: Option<String>,
        #[arg(long)]
        all: bool,
    },
    /// An offer and the companies it could go to
    Show { id: Id },
    /// Invite the candidates through a campaign (those resting are left out and named)
    Invite {
        id: Id,
        /// Show who would be invited; invite nobody
        #[arg(long)]
        dry_run: bool,
    },
    /// A company takes the offer: it becomes the company's question, matched to the team
    Match { id: Id, company: String },
    /// Nobody took it, or the team cannot after all
    Withdraw { id: Id },
}

pub fn run(session: &mut Session, command: OfferCommand) -> Result<()> {
    match command {
        OfferCommand::Add {
            title,
            kind,
            team,
            students,
            year,
            period,
            sector,
            tag,
            topic,
            note,
        } => {
            let team = team.map(|t| session.store.resolve_team(&t)).transpose()?;
            let id = session.store.add_offer(NewOffer {
                title,
                kind,
                team,
                students,
                school_year: year,
                period,
                sector,
                tag,
                topic,
                note,
            })?;
            let offer = session.store.offer(id)?;
            if session.out.json {
                return session.out.json_value(&offer);
            }
            let count = session.store.count_offer_candidates(id)?;
            session.out.line(crate::t!(
                "cli-offer-added",
                id = id,
                title = offer.title.as_str(),
                count = count
            ))
        }
        OfferCommand::List { year, all } => {
            let year = year.unwrap_or_else(|| school_year_of(session.store.today()));
            let offers = session.store.list_offers(&year, !all)?;
            let table = Table::new(&[
                ("ID", 5),
                ("TITLE", 34),
                ("KIND", 14),
                ("TEAM", 14),
                ("STATE", 12),
                ("COMPANY", 0),
            ]);
            list(&session.out, &offers, &table, |o| {
                vec![
                    o.id.to_string(),
                    o.title.clone(),
                    o.kind.display_label(),
                    opt(&o.team),
                    o.status.display_label(),
                    opt(&o.company),
                ]
            })
        }
        OfferCommand::Show { id } => show(session, id),
        OfferCommand::Invite { id, dry_run } => invite(session, id, dry_run),
        OfferCommand::Match { id, company } => {
            let company = session.store.resolve_company(&company)?;
            let question = session.store.match_offer(id, company)?;
            let shown = session.store.company(company)?;
            if let Some(until) = shown.resting(session.store.today()) {
                super::output::note(&crate::t!("cli-resting-note", until = crate::l10n::date(until)));
            }
            if session.out.json {
                return session.out.json_value(&session.store.question(question)?);
            }
            session.out.line(crate::t!(
                "cli-offer-matched",
                id = id,
                company = shown.name.as_str(),
                question = question
            ))
        }
        OfferCommand::Withdraw { id } => {
            session.store.withdraw_offer(id)?;
            session.out.line(crate::t!("cli-offer-withdrawn", id = id))
        }
    }
}

fn show(session: &mut Session, id: Id) -> Result<()> {
    let offer = session.store.offer(id)?;
    let candidates = session.store.offer_candidates(id)?;
    if session.out.json {
        return session
            .out
            .json_value(&serde_json::json!({ "offer": offer, "candidates": candidates }));
    }
    let out = &session.out;
    out.line(format!(
        "#{} {} ({}) — {}",
        offer.id,
        offer.title,
        offer.kind.display_label(),
        offer.status.display_label()
    ))?;
    let for_whom = [offer.sector.clone(), offer.tag.clone(), offer.topic.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    out.line(crate::t!(
        "cli-offer-for",
        whom = for_whom,
        year = offer.school_year.as_str()
    ))?;
    if let Some(company) = &offer.company {
        out.line(crate::t!(
            "cli-offer-taken-by",
            company = company.as_str(),
            question = offer.question_id.unwrap_or_default()
        ))?;
    }
    out.line("")?;
    print_candidates(out, &candidates)
}

fn print_candidates(out: &super::Out, candidates: &[Candidate]) -> Result<()> {
    let table = Table::new(&[
        ("COMPANY", 30),
        ("CITY", 12),
        ("STATUS", 9),
        ("OWNER", 16),
        ("MATCH", 0),
    ]);
    out.line(crate::t!("cli-offer-candidates", count = candidates.len()))?;
    out.line(table.header())?;
    for c in candidates {
        let mut why = c.matched_on.join(", ");
        if let Some(until) = c.resting_until {
            why.push_str(&format!(
                "; {}",
                crate::t!("cli-places-resting", until = crate::l10n::date(until))
            ));
        }
        out.line(table.row(&[
            c.company.clone(),
            opt(&c.city),
            c.status.display_label(),
            opt(&c.owner),
            why,
        ]))?;
    }
    Ok(())
}

fn invite(session: &mut Session, id: Id, dry_run: bool) -> Result<()> {
    let (campaign, asked, resting) = session.store.invite_for_offer(id, dry_run)?;
    if session.out.json {
        return session.out.json_value(&serde_json::json!({
            "campaign": campaign, "invited": asked, "resting_left_out": resting, "dry_run": dry_run,
        }));
    }
    for r in &resting {
        let until = r.resting_until.map(crate::l10n::date).unwrap_or_default();
        super::output::note(&crate::t!(
            "cli-campaign-resting-left-out",
            company = r.company.as_str(),
            until = until
        ));
    }
    match (dry_run, campaign) {
        (true, _) => session
            .out
            .line(crate::t!("cli-offer-would-invite", count = asked.len())),
        (false, Some(campaign)) => session.out.line(crate::t!(
            "cli-offer-invited",
            count = asked.len(),
            name = session.store.campaign(campaign)?.name
        )),
        (false, None) => Ok(()),
    }
}
