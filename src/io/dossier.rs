//! The handover dossier: what a colleague reads before the first calls.
//! Per company: status and health, key contacts and how to reach them, the
//! last five interactions, open follow-ups, agreements and motivation.
//! Markdown to read in the terminal or an editor; HTML to print.

use crate::model::page::Dossier;

pub fn markdown(d: &Dossier) -> String {
    let mut out = format!(
        "# Handover: {} → {}\n\n{} · {} companies\n\n",
        d.leaver,
        d.to,
        d.date,
        d.companies.len()
    );
    for e in &d.companies {
        let c = &e.company;
        out.push_str(&format!("## {}\n\n", c.name));
        let place = [c.city.clone(), c.sector.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        out.push_str(&format!(
            "- Status: {}{}\n",
            c.status,
            if place.is_empty() {
                String::new()
            } else {
                format!(" ({place})")
            }
        ));
        if let Some(h) = &e.health {
            let single = if h.single_point_of_contact {
                ", single point of contact"
            } else {
                ""
            };
            out.push_str(&format!("- Health: {} ({}{single})\n", h.score, h.band.as_str()));
            for reason in &h.reasons {
                out.push_str(&format!("  - {reason}\n"));
            }
        }
        let last = c.last_contact.map(|d| d.to_string()).unwrap_or_else(|| "never".into());
        out.push_str(&format!("- Last contact: {last}\n"));
        if let Some(m) = &c.motivation {
            out.push_str(&format!("- What's in it for them: {m}\n"));
        }
        if let Some(a) = &c.agreements {
            out.push_str(&format!("- Agreements: {a}\n"));
        }
        out.push_str("\n### Contacts\n\n");
        if e.contacts.is_empty() {
            out.push_str("No current contact person.\n");
        }
        for p in &e.contacts {
            let role = p.title.clone().unwrap_or_else(|| p.role.label());
            let reach = [p.email.clone(), p.phone.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            let dnc = if p.do_not_contact { " — do not contact" } else { "" };
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
        out.push_str("\n### Open follow-ups\n\n");
        if e.followups.is_empty() {
            out.push_str("None.\n");
        }
        for f in &e.followups {
            let late = if f.days_overdue > 0 {
                format!(" (overdue {} days)", f.days_overdue)
            } else {
                String::new()
            };
            out.push_str(&format!("- {}: {}{late}\n", f.due, f.action));
        }
        out.push_str("\n### Last interactions\n\n");
        if e.timeline.is_empty() {
            out.push_str("None.\n");
        }
        for i in &e.timeline {
            let with = if i.persons.is_empty() {
                String::new()
            } else {
                format!(" with {}", i.persons.join(", "))
            };
            let by = i.staff.clone().unwrap_or_default();
            out.push_str(&format!(
                "- {} {} by {by}{with}: {}\n",
                i.on,
                i.kind.label(),
                i.summary.replace('\n', " ")
            ));
        }
        out.push('\n');
    }
    out
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
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>Handover {} → {}</title>\n\
         <style>body{{font-family:sans-serif;max-width:48rem;margin:2rem auto}}h2{{break-before:page;border-bottom:1px solid #999}}\
         h2:first-of-type{{break-before:auto}}p{{margin:.2rem 0}}.item{{margin-left:1rem}}.reason{{margin-left:2.5rem;color:#555}}</style>\n\
         </head>\n<body>\n{body}</body>\n</html>\n",
        escape(&d.leaver),
        escape(&d.to)
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
