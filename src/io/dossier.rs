//! The handover dossier: what a colleague reads before the first calls.
//! Per company: status and health, key contacts and how to reach them, the
//! collaborations still going, open questions, open follow-ups, the circles
//! it belongs to, its answers to campaigns, the last five interactions,
//! agreements and motivation.
//! Markdown to read in the terminal or an editor; HTML to print.

use crate::model::page::{CompanyPage, Dossier, DossierCompany};

pub fn markdown(d: &Dossier) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n",
        crate::t!("dossier-title", leaver = d.leaver.as_str(), to = d.to.as_str()),
        crate::t!(
            "dossier-subtitle",
            date = crate::l10n::date(d.date),
            count = d.companies.len()
        )
    );
    for e in &d.companies {
        overview(&mut out, &e.page);
        contacts(&mut out, &e.page);
        collaborations(&mut out, &e.page);
        questions(&mut out, &e.page);
        followups(&mut out, &e.page);
        circles_and_replies(&mut out, e);
        documents(&mut out, &e.page);
        timeline(&mut out, &e.page);
    }
    out
}

/// Collaborations proposed, agreed or running: what the successor carries on.
fn collaborations(out: &mut String, e: &CompanyPage) {
    use crate::domain::kinds::EngagementStatus;
    let going: Vec<_> = e
        .engagements
        .iter()
        .filter(|g| {
            matches!(
                g.status,
                EngagementStatus::Proposed | EngagementStatus::Agreed | EngagementStatus::Running
            )
        })
        .collect();
    out.push_str(&format!("\n### {}\n\n", crate::t!("dossier-collaborations")));
    if going.is_empty() {
        out.push_str(&format!("{}\n", crate::t!("dossier-none")));
    }
    for g in going {
        let details: Vec<String> = [g.programme.clone(), g.school_year.clone(), g.period.clone()]
            .into_iter()
            .flatten()
            .chain(g.students.map(|n| crate::t!("sheet-students", count = n)))
            .collect();
        let scope = g
            .scope
            .as_deref()
            .map(|s| format!(": {}", s.replace('\n', " ")))
            .unwrap_or_default();
        out.push_str(&format!(
            "- {} ({}) {}{scope}\n",
            g.form.display_label(),
            g.status.display_label(),
            details.join(", ")
        ));
    }
}

/// Questions the company brought that are still open.
fn questions(out: &mut String, e: &CompanyPage) {
    if e.questions.is_empty() {
        return;
    }
    out.push_str(&format!("\n### {}\n\n", crate::t!("dossier-questions")));
    for q in &e.questions {
        out.push_str(&format!(
            "- {} ({}, {})\n",
            q.title,
            q.kind.display_label(),
            q.status.display_label()
        ));
    }
}

/// The circles it belongs to, and its answers to the school's campaigns.
fn circles_and_replies(out: &mut String, e: &DossierCompany) {
    if !e.circles.is_empty() {
        out.push_str(&format!("\n### {}\n\n", crate::t!("dossier-circles")));
        for c in &e.circles {
            out.push_str(&format!("- {c}\n"));
        }
    }
    if e.replies.is_empty() {
        return;
    }
    out.push_str(&format!("\n### {}\n\n", crate::t!("dossier-replies")));
    for r in &e.replies {
        let answer = match (&r.reply, r.attended) {
            (_, true) => crate::t!("dossier-reply-attended"),
            (Some(reply), false) => crate::l10n::term("reply", reply).unwrap_or_else(|| reply.clone()),
            (None, false) => crate::t!("dossier-reply-none"),
        };
        let when = r
            .held_on
            .map(|d| format!(" ({})", crate::l10n::date(d)))
            .unwrap_or_default();
        let note = r
            .note
            .as_deref()
            .map(|n| format!(" — {}", n.replace('\n', " ")))
            .unwrap_or_default();
        out.push_str(&format!("- {}{when}: {answer}{note}\n", r.campaign));
    }
}

/// A company's heading: status, health and why, last contact, motivation, agreements.
fn overview(out: &mut String, e: &CompanyPage) {
    let c = &e.company;
    out.push_str(&format!("## {}\n\n", c.name));
    let place = [c.city.clone(), c.sector.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    out.push_str(&format!(
        "- {}: {}{}\n",
        crate::t!("dossier-status"),
        c.status.display_label(),
        if place.is_empty() {
            String::new()
        } else {
            format!(" ({place})")
        }
    ));
    if let Some(h) = &e.health {
        let single = if h.single_point_of_contact {
            format!(", {}", crate::t!("cli-single-point"))
        } else {
            String::new()
        };
        out.push_str(&format!(
            "- {}: {} ({}{single})\n",
            crate::t!("dossier-health"),
            h.score,
            h.band.display_label()
        ));
        for reason in &h.reasons {
            out.push_str(&format!("  - {reason}\n"));
        }
    }
    let last = c
        .last_contact
        .map(crate::l10n::date)
        .unwrap_or_else(|| crate::t!("cli-show-never"));
    out.push_str(&format!("- {}: {last}\n", crate::t!("dossier-last-contact")));
    if let Some(m) = &c.motivation {
        out.push_str(&format!("- {}: {m}\n", crate::t!("dossier-motivation")));
    }
    if let Some(a) = &c.agreements {
        out.push_str(&format!("- {}: {a}\n", crate::t!("dossier-agreements")));
    }
}

/// Its contact persons and how to reach them.
fn contacts(out: &mut String, e: &CompanyPage) {
    out.push_str(&format!("\n### {}\n\n", crate::t!("dossier-contacts")));
    if e.contacts.is_empty() {
        out.push_str(&format!("{}\n", crate::t!("dossier-no-contacts")));
    }
    for p in &e.contacts {
        let role = p.title.clone().unwrap_or_else(|| p.role.display_label());
        let reach = [p.email.clone(), p.phone.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let dnc = if p.do_not_contact {
            format!(" — {}", crate::t!("cli-show-do-not-contact"))
        } else {
            String::new()
        };
        out.push_str(&format!(
            "- {} ({role}){}{dnc}\n",
            p.name,
            if reach.is_empty() {
                String::new()
            } else {
                format!(": {reach}")
            }
        ));
    }
}

/// Its open follow-ups, the late ones saying how late.
fn followups(out: &mut String, e: &CompanyPage) {
    out.push_str(&format!("\n### {}\n\n", crate::t!("dossier-followups")));
    if e.followups.is_empty() {
        out.push_str(&format!("{}\n", crate::t!("dossier-none")));
    }
    for f in &e.followups {
        let late = if f.days_overdue > 0 {
            format!(" ({})", crate::t!("dossier-overdue", days = f.days_overdue))
        } else {
            String::new()
        };
        out.push_str(&format!("- {}: {}{late}\n", crate::l10n::date(f.due), f.action));
    }
}

/// The documents linked to it: where the agreements and letters are.
fn documents(out: &mut String, e: &CompanyPage) {
    if e.attachments.is_empty() {
        return;
    }
    out.push_str(&format!("\n### {}\n\n", crate::t!("dossier-documents")));
    for a in &e.attachments {
        let note = a.note.as_deref().map(|n| format!(" — {n}")).unwrap_or_default();
        let missing = if a.missing {
            format!(" ({})", crate::t!("cli-attachment-missing"))
        } else {
            String::new()
        };
        out.push_str(&format!("- {}{note}{missing}\n", a.location));
    }
}

/// Its last interactions, newest first.
fn timeline(out: &mut String, e: &CompanyPage) {
    out.push_str(&format!("\n### {}\n\n", crate::t!("dossier-last-interactions")));
    if e.timeline.is_empty() {
        out.push_str(&format!("{}\n", crate::t!("dossier-none")));
    }
    for i in &e.timeline {
        let with = if i.persons.is_empty() {
            String::new()
        } else {
            crate::t!("cli-show-with", names = i.persons.join(", "))
        };
        let by = i.staff.clone().unwrap_or_default();
        out.push_str(&format!(
            "- {} {}{with}: {}\n",
            crate::l10n::date(i.on),
            crate::t!("cli-show-kind-by", kind = i.kind.display_label(), who = by),
            i.summary.replace('\n', " ")
        ));
    }
    out.push('\n');
}

/// The same content as HTML, styled for printing (one company per page).
pub fn html(d: &Dossier) -> String {
    let mut body = String::new();
    for line in markdown(d).lines() {
        let line = escape(line);
        if let Some(title) = line.strip_prefix("### ") {
            body.push_str(&format!("<h3>{title}</h3>\n"));
        } else if let Some(title) = line.strip_prefix("## ") {
            body.push_str(&format!("<h2>{title}</h2>\n"));
        } else if let Some(title) = line.strip_prefix("# ") {
            body.push_str(&format!("<h1>{title}</h1>\n"));
        } else if let Some(item) = line.strip_prefix("  - ") {
            body.push_str(&format!("<p class=\"reason\">{item}</p>\n"));
        } else if let Some(item) = line.strip_prefix("- ") {
            body.push_str(&format!("<p class=\"item\">{item}</p>\n"));
        } else if !line.is_empty() {
            body.push_str(&format!("<p>{line}</p>\n"));
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n\
         <style>body{{font-family:sans-serif;max-width:48rem;margin:2rem auto}}h2{{break-before:page;border-bottom:1px solid #999}}\
         h2:first-of-type{{break-before:auto}}p{{margin:.2rem 0}}.item{{margin-left:1rem}}.reason{{margin-left:2.5rem;color:#555}}</style>\n\
         </head>\n<body>\n{body}</body>\n</html>\n",
        crate::l10n::current().code(),
        escape(&crate::t!("dossier-title", leaver = d.leaver.as_str(), to = d.to.as_str()))
    )
}

use super::report::html::escape;
