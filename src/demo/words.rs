//! The demo's word tables: Dutch first and last names, North Holland towns
//! and streets, sectors, what contact persons are called, what was said and
//! what is to be done — the raw material `demo` draws from.

use crate::domain::kinds::{ContactRole, InteractionKind};

pub const MOTIVATIONS: &[&str] = &[
    "talent binden",
    "frisse ideeën",
    "maatschappelijke betrokkenheid",
    "kennisdeling",
];

pub const FIRST_NAMES: &[&str] = &[
    "Sanne", "Daan", "Emma", "Luuk", "Julia", "Sem", "Noëlle", "Bram", "Anouk", "Thijs", "Fleur", "Jesse", "Lotte",
    "Ruben", "Iris", "Joris", "Maaike", "Stijn", "Eline", "Niels", "Chloë", "Wouter", "Femke", "Jeroen", "Zoë",
    "Mehmet", "Fatima", "Youssef", "Priya", "Anneloes", "Geert", "Marieke", "Pieter", "Ingrid", "Kees", "Loïs",
];
pub const LAST_NAMES: &[&str] = &[
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "van Dijk",
    "Schouten",
    "Kuipers",
    "Verbeek",
    "Huisman",
    "Hoekstra",
    "IJzerman",
    "Çelik",
    "Ruïters",
    "Koç",
    "El Amrani",
    "Groenewoud",
    "Zwart",
];
pub const CITIES: &[(&str, &str)] = &[
    ("Zaandam", "1506"),
    ("Purmerend", "1441"),
    ("Haarlem", "2011"),
    ("Alkmaar", "1811"),
    ("Hoorn", "1621"),
    ("Amsterdam", "1012"),
    ("Den Helder", "1781"),
    ("Beverwijk", "1941"),
    ("Heerhugowaard", "1701"),
    ("Hilversum", "1211"),
    ("Enkhuizen", "1601"),
    ("IJmuiden", "1971"),
    ("Edam", "1135"),
    ("Wormerveer", "1521"),
    ("Schagen", "1741"),
    ("Hoofddorp", "2132"),
    ("Amstelveen", "1181"),
    ("Medemblik", "1671"),
    ("Castricum", "1901"),
    ("Heemskerk", "1961"),
];
pub const STREETS: &[&str] = &[
    "Westzijde",
    "Dam",
    "Industrieweg",
    "Havenstraat",
    "Kanaaldijk",
    "Molenpad",
    "Zuiderhoofdstraat",
    "Koggeweg",
    "Stationsplein",
    "Noorderweg",
    "Ambachtsweg",
    "Oostzijde",
    "Achterom",
    "Kerkstraat",
];
/// (sector, name pattern parts, tag)
pub const SECTORS: &[(&str, &[&str], &str)] = &[
    (
        "techniek",
        &[
            "Installatiebedrijf",
            "Machinefabriek",
            "Ingenieursbureau",
            "Elektrotechniek",
            "Constructiebedrijf",
        ],
        "techniek",
    ),
    (
        "zorg",
        &[
            "Zorggroep",
            "Thuiszorg",
            "Fysiotherapie",
            "Tandartspraktijk",
            "Woonzorgcentrum",
        ],
        "zorg",
    ),
    (
        "ict",
        &["Softwarehuis", "IT-diensten", "Webbureau", "Data Lab", "Netwerkbeheer"],
        "ict",
    ),
    (
        "logistiek",
        &["Transportbedrijf", "Distributiecentrum", "Expeditie", "Koeriersdienst"],
        "logistiek",
    ),
    (
        "horeca",
        &["Restaurant", "Café", "Hotel", "Brasserie", "Lunchroom"],
        "horeca",
    ),
    (
        "bouw",
        &["Bouwbedrijf", "Aannemersbedrijf", "Timmerfabriek", "Schildersbedrijf"],
        "bouw",
    ),
    (
        "grafisch",
        &["Drukkerij", "Reclamebureau", "Ontwerpstudio", "Fotostudio"],
        "creatief",
    ),
    (
        "detailhandel",
        &["Bakkerij", "Fietsenzaak", "Boekhandel", "Tuincentrum"],
        "retail",
    ),
];
pub const FLAVOURS: &[&str] = &[
    "De Ruïne",
    "Het Anker",
    "De Zaan",
    "Noorderlicht",
    "Zuiderzee",
    "De Molen",
    "Waterland",
    "De Coöperatie",
    "Kennemerland",
    "West-Friesland",
    "Het Gooi",
    "De Zwaan",
    "Élan",
    "De Kaap",
    "Polderzicht",
    "Duinrand",
];
pub const SOURCES: &[&str] = &[
    "bedrijvendag",
    "stagefestival",
    "LinkedIn",
    "netwerk docent",
    "stagebureau",
    "mailing",
    "ondernemersvereniging",
];
pub const TITLES: &[(&str, ContactRole)] = &[
    ("Praktijkopleider", ContactRole::WorkplaceTrainer),
    ("Stagebegeleider", ContactRole::WorkplaceTrainer),
    ("Eigenaar", ContactRole::Owner),
    ("Directeur", ContactRole::Owner),
    ("HR-adviseur", ContactRole::Hr),
    ("Teamleider", ContactRole::Other),
    ("Senior engineer", ContactRole::Expert),
];
pub const SUMMARIES: &[(InteractionKind, &str)] = &[
    (
        InteractionKind::Call,
        "Gebeld over stageplekken voor volgend semester; twee plekken mogelijk.",
    ),
    (
        InteractionKind::Call,
        "Kort contact: praktijkopleider is tevreden over de stagiair.",
    ),
    (
        InteractionKind::Email,
        "Stageovereenkomst gemaild, ondertekend retour verwacht.",
    ),
    (
        InteractionKind::Email,
        "Uitnodiging bedrijvenkring verstuurd; reactie volgt.",
    ),
    (
        InteractionKind::Visit,
        "Bedrijfsbezoek met docent: rondleiding werkplaats, coördinator ontmoet.",
    ),
    (
        InteractionKind::Visit,
        "Stagebezoek, beoordelingsgesprek met praktijkopleider gevoerd.",
    ),
    (
        InteractionKind::Meeting,
        "Overleg over een praktijkopdracht (beroepsvraagstuk) voor leerjaar 2.",
    ),
    (
        InteractionKind::Meeting,
        "Evaluatie samenwerking: wat levert het hen op? Afspraak over reiskosten.",
    ),
    (
        InteractionKind::Event,
        "Gesproken op de bedrijvendag in de aula; interesse in gastles.",
    ),
    (
        InteractionKind::GuestLecture,
        "Gastles gegeven over duurzaam bouwen; studenten enthousiast.",
    ),
    (
        InteractionKind::InternshipPlaced,
        "Student geplaatst voor stage van februari t/m juni.",
    ),
    (
        InteractionKind::Assignment,
        "Hackathon-opdracht aangeleverd; eindpresentatie in café De Ruïne.",
    ),
];
pub const ACTIONS: &[&str] = &[
    "Stageaanbod sturen",
    "Terugbellen over gastles",
    "Evaluatieformulier nasturen",
    "Uitnodiging bedrijvenkring sturen",
    "Overeenkomst controleren",
    "Afspraak plannen voor bedrijfsbezoek",
    "Contactpersoon vragen naar nieuwe praktijkopleider",
];
