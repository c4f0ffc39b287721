//! Recognising the same company twice: by its web domain, by the domain of
//! its people's e-mail addresses, or by its name without the legal form.
//! Used by imports (match before creating) and `kring duplicates`.

use super::fold::fold;

/// Mail providers whose domain says nothing about the employer.
const PERSONAL_MAIL: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "hotmail.com",
    "hotmail.nl",
    "outlook.com",
    "outlook.nl",
    "live.com",
    "live.nl",
    "msn.com",
    "yahoo.com",
    "yahoo.nl",
    "icloud.com",
    "me.com",
    "ziggo.nl",
    "kpnmail.nl",
    "kpnplanet.nl",
    "planet.nl",
    "xs4all.nl",
    "home.nl",
    "chello.nl",
    "casema.nl",
    "hetnet.nl",
    "telfort.nl",
    "online.nl",
    "upcmail.nl",
    "proton.me",
    "protonmail.com",
];

/// The host of a website, lower case, without `www.`: `https://www.Bakker.nl/stage`
/// → `bakker.nl`. `None` when there is no plausible host.
pub fn web_domain(url: &str) -> Option<String> {
    let url = url.trim().to_lowercase();
    let rest = url.split_once("://").map_or(url.as_str(), |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.trim_end_matches('.');
    let host = host.strip_prefix("www.").unwrap_or(host);
    let plausible = host.contains('.')
        && !host.starts_with('.')
        && host.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    plausible.then(|| host.to_string())
}

/// The domain of a work e-mail address; `None` for personal mail providers
/// (gmail, hotmail, ziggo…), which say nothing about the company.
pub fn work_email_domain(email: &str) -> Option<String> {
    let (_, domain) = email.trim().rsplit_once('@')?;
    let domain = web_domain(domain)?;
    (!PERSONAL_MAIL.contains(&domain.as_str())).then_some(domain)
}

/// Legal forms and filler words that do not tell two companies apart.
const NOISE_WORDS: &[&str] = &[
    "bv", "b v", "nv", "vof", "cv", "holding", "groep", "group", "de", "het", "the", "en", "and", "ltd", "gmbh",
];

/// A company name reduced to what tells companies apart: folded, without
/// punctuation, legal forms ("B.V.", "V.O.F.") or articles, words sorted.
/// "Bakkerij de Vries B.V." and "De Vries Bakkerij" give the same key.
pub fn company_name_key(name: &str) -> String {
    let folded = fold(name);
    let cleaned: String = folded
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    // "b.v." became "b v": join single letters so "b v" is recognised as "bv".
    let mut words: Vec<String> = Vec::new();
    let mut letters = String::new();
    for word in cleaned.split_whitespace() {
        if word.chars().count() == 1 {
            letters.push_str(word);
            continue;
        }
        if !letters.is_empty() {
            words.push(std::mem::take(&mut letters));
        }
        words.push(word.to_string());
    }
    if !letters.is_empty() {
        words.push(letters);
    }
    words.retain(|w| !NOISE_WORDS.contains(&w.as_str()));
    words.sort();
    words.dedup();
    if words.is_empty() {
        // A name made only of noise ("De Groep") is its own key.
        return folded;
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_domains() {
        assert_eq!(
            web_domain("https://www.Bakker.nl/stage?x=1").as_deref(),
            Some("bakker.nl")
        );
        assert_eq!(web_domain("bakker.nl").as_deref(), Some("bakker.nl"));
        assert_eq!(
            web_domain("http://zorg.example.org:8080").as_deref(),
            Some("zorg.example.org")
        );
        assert_eq!(web_domain("geen website"), None);
        assert_eq!(web_domain(""), None);
    }

    #[test]
    fn work_domains_leave_out_personal_mail() {
        assert_eq!(work_email_domain("j.bakker@Bakker.NL").as_deref(), Some("bakker.nl"));
        assert_eq!(work_email_domain("jan1980@gmail.com"), None);
        assert_eq!(work_email_domain("fam@ziggo.nl"), None);
        assert_eq!(work_email_domain("no-at-sign"), None);
    }

    #[test]
    fn names_without_legal_form_and_order() {
        assert_eq!(
            company_name_key("Bakkerij de Vries B.V."),
            company_name_key("De Vries Bakkerij")
        );
        assert_eq!(
            company_name_key("Zorggroep Ruïne bv"),
            company_name_key("zorggroep ruine")
        );
        assert_ne!(
            company_name_key("Bakkerij de Vries"),
            company_name_key("Bakkerij de Jong")
        );
        assert_eq!(company_name_key("De Groep"), "de groep");
    }
}
