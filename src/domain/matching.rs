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

/// Hosts whose pages belong to many companies (social networks, site
/// builders, link pages): a website there says nothing about which company
/// a row is. Subdomains of site builders (`bakker.wixsite.com`) are one
/// site each and are not on this list. Extend it here.
pub const SHARED_HOSTS: &[&str] = &[
    "linkedin.com",
    "nl.linkedin.com",
    "facebook.com",
    "m.facebook.com",
    "fb.com",
    "instagram.com",
    "twitter.com",
    "x.com",
    "youtube.com",
    "tiktok.com",
    "pinterest.com",
    "threads.net",
    "google.com",
    "sites.google.com",
    "maps.google.com",
    "goo.gl",
    "g.page",
    "business.site",
    "github.com",
    "gitlab.com",
    "linktr.ee",
    "wa.me",
    "whatsapp.com",
    "t.me",
    "bit.ly",
    "wordpress.com",
    "blogspot.com",
    "wix.com",
    "wixsite.com",
    "jimdo.com",
    "jimdofree.com",
    "jouwweb.nl",
    "webnode.nl",
    "squarespace.com",
    "weebly.com",
    "strikingly.com",
    "site123.me",
    "godaddysites.com",
    "mystrikingly.com",
    "kvk.nl",
    "marktplaats.nl",
    "werkzoeken.nl",
    "indeed.com",
    "stagemarkt.nl",
];

/// The web domain of a company's website, unless it is a shared host
/// (a LinkedIn profile, a Facebook page, a Google site): only a domain of
/// its own tells two rows are one company.
pub fn company_domain(url: &str) -> Option<String> {
    let domain = web_domain(url)?;
    let shared = SHARED_HOSTS.contains(&domain.as_str()) || PERSONAL_MAIL.contains(&domain.as_str());
    (!shared).then_some(domain)
}

/// Whether two names can be one company's: their distinguishing words
/// overlap, or one name (without spaces and legal forms) holds the other.
/// "Bakkerij De Korenschoof" and "Korenschoof B.V." can; "Garage Jansen"
/// and "Drukkerij Zuiderzee" cannot, whatever domain they seem to share.
pub fn names_can_be_one(a: &str, b: &str) -> bool {
    let (a, b) = (company_name_key(a), company_name_key(b));
    if a.split(' ').any(|word| b.split(' ').any(|other| other == word)) {
        return true;
    }
    let (a, b) = (a.replace(' ', ""), b.replace(' ', ""));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

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
    let shared = PERSONAL_MAIL.contains(&domain.as_str()) || SHARED_HOSTS.contains(&domain.as_str());
    (!shared).then_some(domain)
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
    fn shared_hosts_say_nothing_about_the_company() {
        assert_eq!(company_domain("https://www.linkedin.com/in/jeroendevries"), None);
        assert_eq!(company_domain("facebook.com/bakkerijkorenschoof"), None);
        assert_eq!(company_domain("https://sites.google.com/view/garage"), None);
        assert_eq!(
            company_domain("https://bakker.wixsite.com/bakker").as_deref(),
            Some("bakker.wixsite.com")
        );
        assert_eq!(
            company_domain("https://www.korenschoof.nl").as_deref(),
            Some("korenschoof.nl")
        );
        assert_eq!(work_email_domain("jeroen@gmail.com"), None);
    }

    #[test]
    fn names_that_cannot_be_one_company() {
        assert!(names_can_be_one("Bakkerij De Korenschoof", "Korenschoof B.V."));
        assert!(names_can_be_one("KPN", "Koninklijke KPN N.V."));
        assert!(names_can_be_one("Zorgpunt", "Stichting Zorgpunt Waterland"));
        assert!(!names_can_be_one("Garage Jansen", "Drukkerij Zuiderzee"));
    }

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
