//! The closed vocabularies of kring: statuses, kinds and roles.
//!
//! Each value has one stored/printed spelling (snake_case, English) and a
//! few aliases people type (Dutch words, spaces or dashes instead of `_`).

use std::fmt;
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
#[error("{}", crate::t!("err-unknown-value", what = crate::l10n::noun(what), given = given.as_str(), allowed = allowed.as_str()))]
pub struct UnknownValue {
    pub what: &'static str,
    pub given: String,
    pub allowed: String,
}

/// What every closed vocabulary offers, for code that takes any of them
/// (the command line's parser of values, the checks of the schema).
pub trait Vocabulary: Copy + Send + Sync + 'static {
    fn all() -> &'static [Self];
    fn stored(self) -> &'static str;
    fn read(given: &str) -> Result<Self, UnknownValue>;
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal {
            $( $variant:ident = $text:literal $(| $alias:literal)* ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The value by its stored spelling exactly (what a database
            /// holds): no folding, no aliases, no allocation.
            pub fn from_stored(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }

            /// How it reads in a sentence or a table: `guest lecture`.
            pub fn label(self) -> String {
                self.as_str().replace('_', " ")
            }

            /// How it reads to a person in the language kring speaks
            /// (`gastles` in Dutch); files and `--json` keep `as_str`.
            pub fn display_label(self) -> String {
                crate::l10n::term($what, self.as_str()).unwrap_or_else(|| self.label())
            }

            /// Read a value as typed: case-insensitive, `-` or space for `_`, aliases.
            pub fn parse(given: &str) -> Result<Self, UnknownValue> {
                let key = crate::domain::fold::fold(given).replace(['-', ' '], "_");
                match key.as_str() {
                    $($text $(| $alias)* => Ok($name::$variant),)+
                    // What kring itself writes in either language (a file it
                    // exported, read back): the label of a value.
                    _ => Self::ALL
                        .iter()
                        .copied()
                        .find(|v| {
                            [crate::l10n::Language::En, crate::l10n::Language::Nl].iter().any(|l| {
                                crate::l10n::term_in(*l, $what, v.as_str()).is_some_and(|label| {
                                    crate::domain::fold::fold(&label).replace(['-', ' '], "_") == key
                                })
                            })
                        })
                        .ok_or_else(|| UnknownValue {
                            what: $what,
                            given: given.to_string(),
                            allowed: [$($text),+].join(", "),
                        }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> { $name::parse(s) }
        }

        impl Vocabulary for $name {
            fn all() -> &'static [Self] { $name::ALL }
            fn stored(self) -> &'static str { self.as_str() }
            fn read(given: &str) -> Result<Self, UnknownValue> { $name::parse(given) }
        }
    };
}

vocabulary! {
    /// Where a relationship stands.
    CompanyStatus, "status" {
        Prospect = "prospect" | "lead",
        Active = "active" | "actief",
        Dormant = "dormant" | "slapend",
        Ended = "ended" | "beeindigd" | "gestopt",
    }
}

vocabulary! {
    /// What sort of organisation a company is: a firm, or one of the
    /// places where a connector meets firms.
    OrganisationKind, "organisation kind" {
        Company = "company" | "bedrijf" | "firm",
        Association = "association" | "vereniging" | "ondernemersvereniging" | "branchevereniging",
        Government = "government" | "overheid" | "gemeente" | "provincie" | "municipality",
        Education = "education" | "onderwijs" | "kennisinstelling" | "school" | "institution",
        Foundation = "foundation" | "stichting",
    }
}

vocabulary! {
    /// The AVG's basis for mailing a contact person: their consent (given
    /// on a day), or the school's legitimate interest in its partners.
    MailingBasis, "mailing basis" {
        Consent = "consent" | "toestemming",
        LegitimateInterest = "legitimate_interest" | "gerechtvaardigd_belang" | "belang",
    }
}

vocabulary! {
    /// How a staff member is tied to an organisation beside the school: a
    /// role in it (a board seat) or work at it (a hybrid teacher).
    AffiliationKind, "affiliation" {
        Role = "role" | "rol" | "functie",
        Works = "works" | "werkt" | "hybrid" | "hybride",
    }
}

vocabulary! {
    /// What kind of contact an interaction was.
    InteractionKind, "kind" {
        Call = "call" | "bellen" | "gebeld" | "phone" | "telefoon",
        Email = "email" | "e_mail" | "mail",
        Visit = "visit" | "bezoek",
        Meeting = "meeting" | "overleg" | "afspraak",
        Event = "event" | "evenement",
        GuestLecture = "guest_lecture" | "gastles" | "lecture",
        InternshipPlaced = "internship_placed" | "stage" | "placement",
        Assignment = "assignment" | "opdracht",
        Other = "other" | "overig",
    }
}

vocabulary! {
    /// The role a contact person has at their company.
    ContactRole, "role" {
        WorkplaceTrainer = "workplace_trainer" | "praktijkopleider" | "trainer" | "stagebegeleider",
        Owner = "owner" | "founder" | "eigenaar" | "directeur",
        Hr = "hr" | "hr_adviseur" | "recruiter",
        Expert = "expert" | "guest_speaker" | "gastspreker",
        Other = "other" | "overig",
    }
}

/// A contact whose role nobody recorded.
impl Default for ContactRole {
    fn default() -> Self {
        ContactRole::Other
    }
}

vocabulary! {
    /// The role of a staff member at the school.
    StaffRole, "staff role" {
        Connector = "connector" | "account_manager" | "accountmanager",
        InternshipOffice = "internship_office" | "stagebureau",
        Teacher = "teacher" | "docent",
        Manager = "manager",
        Other = "other" | "overig",
    }
}

vocabulary! {
    /// The form a collaboration takes.
    EngagementForm, "form" {
        Internship = "internship" | "stage" | "stages",
        GuestLecture = "guest_lecture" | "gastles" | "masterclass" | "inspiration",
        CompanyVisit = "company_visit" | "bedrijfsbezoek" | "visit",
        PracticeAssignment = "practice_assignment" | "beroepsvraagstuk" | "hackathon" | "assignment" | "praktijkopdracht",
        Coaching = "coaching" | "mentoring",
        Partnership = "partnership" | "partnerschap",
        ExamCurriculum = "exam_curriculum" | "examen" | "curriculum",
        Recruitment = "recruitment" | "werving",
        Other = "other" | "overig",
    }
}

vocabulary! {
    /// Where a collaboration stands.
    EngagementStatus, "engagement status" {
        Proposed = "proposed" | "voorgesteld",
        Agreed = "agreed" | "afgesproken",
        Running = "running" | "loopt" | "lopend",
        Done = "done" | "afgerond" | "klaar",
        Cancelled = "cancelled" | "canceled" | "geannuleerd",
    }
}

impl CompanyStatus {
    /// How often (days) we want contact when no cadence is set for the company.
    /// `schema.sql` repeats these in the `effective_cadence` column; a store test
    /// keeps the two equal.
    pub fn default_cadence_days(self) -> Option<u32> {
        match self {
            CompanyStatus::Prospect => Some(30),
            CompanyStatus::Active => Some(60),
            CompanyStatus::Dormant => Some(180),
            CompanyStatus::Ended => None,
        }
    }
}

impl ContactRole {
    /// Guess the role from a job title as people write it ("Stagebegeleider",
    /// "HR-adviseur"); `Other` when nothing fits.
    pub fn from_title(title: &str) -> ContactRole {
        let t = crate::domain::fold::fold(title);
        if t.contains("praktijkopleider") || t.contains("stagebegeleider") || t.contains("werkbegeleider") {
            ContactRole::WorkplaceTrainer
        } else if t.contains("eigenaar") || t.contains("directeur") || t.contains("owner") || t.contains("founder") {
            ContactRole::Owner
        } else if t.starts_with("hr") || t.contains("personeel") || t.contains("recruit") {
            ContactRole::Hr
        } else {
            ContactRole::Other
        }
    }
}

vocabulary! {
    /// What a yearly goal counts.
    GoalMetric, "metric" {
        Companies = "companies" | "bedrijven",
        Students = "students" | "studenten",
        Placements = "placements" | "stages" | "internships",
        Lectures = "lectures" | "gastlessen" | "guest_lectures",
        Assignments = "assignments" | "opdrachten",
        NewCompanies = "new_companies" | "nieuwe_bedrijven",
        Meetings = "meetings" | "bijeenkomsten",
        Contacts = "contacts" | "contactmomenten",
        PlacesOffered = "places_offered" | "aangeboden_plaatsen" | "plaatsen",
        PlacesFilled = "places_filled" | "bezette_plaatsen" | "geplaatst",
    }
}

vocabulary! {
    /// Where an offer from the school stands.
    OfferStatus, "offer status" {
        Open = "open" | "zoekt",
        Matched = "matched" | "gekoppeld",
        Withdrawn = "withdrawn" | "ingetrokken",
    }
}

vocabulary! {
    /// What a company asks of the school.
    QuestionKind, "question kind" {
        Assignment = "assignment" | "opdracht" | "praktijkopdracht" | "vraagstuk" | "practice_assignment",
        Research = "research" | "onderzoek" | "onderzoeksvraag",
        GuestLecture = "guest_lecture" | "gastles" | "lecture" | "speaker",
        Internship = "internship" | "stage" | "stages",
        Event = "event" | "evenement",
        Other = "other" | "overig",
    }
}

vocabulary! {
    /// Where a company's question stands.
    QuestionStatus, "question status" {
        New = "new" | "nieuw" | "open",
        Matched = "matched" | "gekoppeld" | "toegewezen",
        Running = "running" | "loopt" | "lopend",
        Delivered = "delivered" | "opgeleverd" | "geleverd" | "done" | "klaar",
        Declined = "declined" | "afgewezen" | "nee",
        Withdrawn = "withdrawn" | "ingetrokken",
    }
}

vocabulary! {
    /// What an outreach campaign is.
    CampaignKind, "campaign kind" {
        Invitation = "invitation" | "uitnodiging",
        Event = "event" | "evenement" | "bedrijvendag" | "festival",
        Mailing = "mailing" | "nieuwsbrief",
    }
}

vocabulary! {
    /// What an invited company answered.
    Reply, "reply" {
        Yes = "yes" | "ja",
        No = "no" | "nee",
        Maybe = "maybe" | "misschien",
    }
}

vocabulary! {
    /// Whether someone invited to a circle's meeting came.
    AttendanceStatus, "attendance" {
        Invited = "invited" | "uitgenodigd",
        Attended = "attended" | "aanwezig" | "present",
        Apologised = "apologised" | "apologized" | "afgemeld",
    }
}

vocabulary! {
    /// Where a captured contact was found.
    CaptureSource, "capture source" {
        Mail = "mail" | "e_mail" | "email",
        Calendar = "calendar" | "agenda",
    }
}

vocabulary! {
    /// What became of a captured contact in the inbox.
    CaptureStatus, "capture status" {
        Open = "open",
        Accepted = "accepted" | "geaccepteerd",
        Skipped = "skipped" | "overgeslagen",
    }
}

vocabulary! {
    /// How a captured contact was tied to its company: one of its contact
    /// persons by address (sure), or only the company's own domain.
    MatchedBy, "match" {
        Person = "person" | "persoon",
        Domain = "domain" | "domein",
    }
}

impl QuestionKind {
    /// The form of the collaboration that carries a matched question.
    pub fn engagement_form(self) -> EngagementForm {
        match self {
            QuestionKind::Assignment | QuestionKind::Research => EngagementForm::PracticeAssignment,
            QuestionKind::GuestLecture => EngagementForm::GuestLecture,
            QuestionKind::Internship => EngagementForm::Internship,
            QuestionKind::Event => EngagementForm::CompanyVisit,
            QuestionKind::Other => EngagementForm::Other,
        }
    }
}

impl QuestionStatus {
    /// Still waiting on the school or under way: not delivered, declined or withdrawn.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            QuestionStatus::New | QuestionStatus::Matched | QuestionStatus::Running
        )
    }

    /// Whether a question may move from `self` to `next`. A question is
    /// matched by `question match` (from new, or again to another team while
    /// not yet running); it ends once delivered, declined or withdrawn.
    pub fn may_become(self, next: QuestionStatus) -> bool {
        use QuestionStatus::*;
        matches!(
            (self, next),
            (New | Matched, Matched)
                | (Matched, Running)
                | (Matched | Running, Delivered)
                | (New | Matched, Declined)
                | (New | Matched | Running, Withdrawn)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_spelling_reads_back_exactly_and_nothing_else_does() {
        for kind in InteractionKind::ALL {
            assert_eq!(InteractionKind::from_stored(kind.as_str()), Some(*kind));
        }
        for role in ContactRole::ALL {
            assert_eq!(ContactRole::from_stored(role.as_str()), Some(*role));
        }
        assert_eq!(InteractionKind::from_stored("gastles"), None, "an alias is for typing");
        assert_eq!(CompanyStatus::from_stored("Active"), None);
        assert_eq!(InteractionKind::GuestLecture.label(), "guest lecture");
    }

    #[test]
    fn a_question_moves_forward_and_ends_once() {
        use QuestionStatus::*;
        assert!(New.may_become(Matched));
        assert!(Matched.may_become(Running));
        assert!(Running.may_become(Delivered));
        assert!(!New.may_become(Running), "nobody runs a question nobody took on");
        assert!(!New.may_become(Delivered));
        assert!(
            !Running.may_become(Declined),
            "a running question is withdrawn, not declined"
        );
        for end in [Delivered, Declined, Withdrawn] {
            assert!(!end.is_open());
            for next in QuestionStatus::ALL {
                assert!(!end.may_become(*next), "{end} is the end");
            }
        }
        assert_eq!(QuestionKind::parse("guest-lecture"), Ok(QuestionKind::GuestLecture));
        assert_eq!(QuestionKind::parse("vraagstuk"), Ok(QuestionKind::Assignment));
    }

    #[test]
    fn parses_spellings_and_aliases() {
        assert_eq!(
            InteractionKind::parse("Guest lecture"),
            Ok(InteractionKind::GuestLecture)
        );
        assert_eq!(InteractionKind::parse("gastles"), Ok(InteractionKind::GuestLecture));
        assert_eq!(InteractionKind::parse("e-mail"), Ok(InteractionKind::Email));
        assert_eq!(CompanyStatus::parse("Beëindigd"), Ok(CompanyStatus::Ended));
        assert_eq!(
            ContactRole::parse("praktijkopleider"),
            Ok(ContactRole::WorkplaceTrainer)
        );
        assert_eq!(StaffRole::parse("internship-office"), Ok(StaffRole::InternshipOffice));
    }

    #[test]
    fn unknown_value_lists_allowed_ones() {
        let err = InteractionKind::parse("fax").unwrap_err();
        assert_eq!(err.given, "fax");
        assert!(err.to_string().contains("call, email, visit"), "{err}");
    }

    #[test]
    fn every_value_round_trips() {
        for s in CompanyStatus::ALL {
            assert_eq!(CompanyStatus::parse(s.as_str()), Ok(*s));
        }
        for k in InteractionKind::ALL {
            assert_eq!(InteractionKind::parse(k.as_str()), Ok(*k));
        }
        for r in ContactRole::ALL {
            assert_eq!(ContactRole::parse(r.as_str()), Ok(*r));
        }
    }

    #[test]
    fn roles_from_titles() {
        assert_eq!(
            ContactRole::from_title("Stagebegeleider"),
            ContactRole::WorkplaceTrainer
        );
        assert_eq!(ContactRole::from_title("HR-adviseur"), ContactRole::Hr);
        assert_eq!(ContactRole::from_title("Directeur"), ContactRole::Owner);
        assert_eq!(ContactRole::from_title("Monteur"), ContactRole::Other);
    }
}
