//! One self-contained HTML page: its style inside, no script, no link to
//! anything outside, laid out to print on A4.

/// Text safe inside HTML and SVG, in an element or an attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // A control character (an ESC someone stored) has no place on a page.
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
@page { size: A4; margin: 16mm 14mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #222; max-width: 180mm; margin: 0 auto; }
h1 { font-size: 18pt; margin: 0 0 2mm; color: #1f6f8b; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #ccc; padding-bottom: 1mm; }
p.meta { color: #666; margin: 0 0 4mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
th, td { text-align: left; padding: 1mm 2mm; border-bottom: 1px solid #eee; vertical-align: top; }
th { background: #f3f6f8; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.tiles { display: flex; flex-wrap: wrap; gap: 3mm; margin: 3mm 0; }
.tile { border: 1px solid #ddd; border-radius: 2mm; padding: 2mm 4mm; min-width: 28mm; }
.tile b { display: block; font-size: 16pt; color: #1f6f8b; }
svg.chart { max-width: 100%; height: auto; }
svg text { font-family: inherit; font-size: 10px; fill: #444; }
section { break-inside: avoid; }
.thanks { margin-top: 8mm; font-style: italic; }
.note { color: #666; font-size: 9pt; }
";

/// A page being written: sections of HTML added in order.
pub struct Page {
    html: String,
}

impl Page {
    /// A page in `lang` (`nl`, `en`) titled `title`.
    pub fn new(lang: &str, title: &str) -> Page {
        let mut html = String::with_capacity(64 * 1024);
        html.push_str("<!DOCTYPE html>\n<html lang=\"");
        html.push_str(&escape(lang));
        html.push_str(
            "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>",
        );
        html.push_str(&escape(title));
        html.push_str("</title>\n<style>");
        html.push_str(STYLE);
        html.push_str("</style>\n</head>\n<body>\n<h1>");
        html.push_str(&escape(title));
        html.push_str("</h1>\n");
        Page { html }
    }

    /// Raw HTML (already escaped where it holds text).
    pub fn raw(&mut self, html: &str) -> &mut Page {
        self.html.push_str(html);
        self.html.push('\n');
        self
    }

    /// A paragraph of text.
    pub fn para(&mut self, class: &str, text: &str) -> &mut Page {
        self.raw(&format!("<p class=\"{class}\">{}</p>", escape(text)))
    }

    /// A heading of a section.
    pub fn heading(&mut self, text: &str) -> &mut Page {
        self.raw(&format!("<h2>{}</h2>", escape(text)))
    }

    /// A table: headers, then rows of cells; a cell that is a number is
    /// aligned right.
    pub fn table(&mut self, headers: &[String], rows: &[Vec<String>]) -> &mut Page {
        let numeric =
            |cell: &str| !cell.is_empty() && cell.chars().all(|c| c.is_ascii_digit() || "-+.,% →".contains(c));
        let mut html = String::from("<table><thead><tr>");
        for (i, h) in headers.iter().enumerate() {
            let class = if i > 0 && rows.iter().all(|r| r.get(i).is_none_or(|c| c.is_empty() || numeric(c))) {
                " class=\"n\""
            } else {
                ""
            };
            html.push_str(&format!("<th{class}>{}</th>", escape(h)));
        }
        html.push_str("</tr></thead><tbody>");
        for row in rows {
            html.push_str("<tr>");
            for (i, cell) in row.iter().enumerate() {
                let class = if i > 0 && numeric(cell) { " class=\"n\"" } else { "" };
                html.push_str(&format!("<td{class}>{}</td>", escape(cell)));
            }
            html.push_str("</tr>");
        }
        html.push_str("</tbody></table>");
        self.raw(&html)
    }

    /// The finished page.
    pub fn finish(mut self) -> String {
        self.html.push_str("</body>\n</html>\n");
        self.html
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_become_markup() {
        assert_eq!(escape("<script>\"&'"), "&lt;script&gt;&quot;&amp;&#39;");
        assert_eq!(escape("a\u{1b}[2Jb"), "a\u{fffd}[2Jb");
    }

    #[test]
    fn a_page_is_whole_and_links_nowhere() {
        let mut page = Page::new("nl", "Verslag <1>");
        page.heading("Kop")
            .table(&["Naam".into(), "Aantal".into()], &[vec!["Zaan".into(), "3".into()]]);
        let html = page.finish();
        assert!(html.starts_with("<!DOCTYPE html>") && html.ends_with("</html>\n"));
        assert!(html.contains("<title>Verslag &lt;1&gt;</title>"));
        assert!(html.contains("<td class=\"n\">3</td>"));
        assert!(!html.contains("<script") && !html.contains("<link") && !html.contains("src="));
    }
}
