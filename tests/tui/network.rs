//! The network on the pages of the terminal UI: a company's memberships,
//! introductions, places and rest; `Z` sets a rest, `P` records places, and
//! on a person's page `L` says they left (issue 40).

use super::*;

/// Open a company's page from the Companies tab by (part of) its name.
fn open_company(ui: &mut Ui, name: &str) {
    ui.key(KeyCode::Char('2'))
        .keys(&format!("/{name}"))
        .key(KeyCode::Enter)
        .key(KeyCode::Enter);
}

#[test]
fn a_company_page_shows_its_network_and_z_sets_a_rest() {
    let mut ui = Ui::sized(160, 48);
    let resting = ui.store.resting().unwrap();
    assert_eq!(resting.len(), 1, "the demo has a company at rest");
    assert_eq!(ui.app.tabs.today.data.resting.len(), 1, "and Today lists it");
    open_company(&mut ui, &resting[0].company);
    let screen = ui.screen();
    assert!(screen.contains("Resting until"), "{screen}");
    // An association's page lists its members on the network line.
    ui.key(KeyCode::Esc).key(KeyCode::Esc);
    open_company(&mut ui, "Ondernemersvereniging");
    let screen = ui.screen();
    assert!(screen.contains("association · active"), "{screen}");
    assert!(screen.contains("members (kring network"), "{screen}");
    assert!(screen.contains("Sanne Bakker (bestuurslid)"), "{screen}");
    // Z: the association asks for rest itself; a day in the past is refused on the form.
    ui.key(KeyCode::Char('Z')).keys("2020-01-01").ctrl('s');
    assert!(ui.screen().contains("in the past"), "{}", ui.screen());
    ui.ctrl('u')
        .keys("2027-02-01")
        .key(KeyCode::Tab)
        .keys("ledenwerving")
        .ctrl('s');
    assert!(ui.screen().contains("resting until 2027-02-01"), "{}", ui.screen());
    let id = ui.store.resolve_company("Ondernemersvereniging").unwrap();
    let company = ui.store.company(id).unwrap();
    assert_eq!(company.rest_reason.as_deref(), Some("ledenwerving"));
    assert!(ui.screen().contains("Resting until 2027-02-01"), "{}", ui.screen());
}

#[test]
fn p_records_places_on_a_company_page() {
    let mut ui = Ui::sized(160, 48);
    open_company(&mut ui, "Hotel Vos");
    ui.key(KeyCode::Char('P'))
        .keys("Horeca")
        .key(KeyCode::Tab)
        .keys("blok 3");
    ui.key(KeyCode::Tab).keys("drie").ctrl('s');
    assert!(ui.screen().contains("is not a count"), "{}", ui.screen());
    ui.ctrl('u').keys("3").key(KeyCode::Tab).keys("1").ctrl('s');
    assert!(ui.screen().contains("places saved for Horeca"), "{}", ui.screen());
    let id = ui.store.resolve_company("Hotel Vos").unwrap();
    let places = ui
        .store
        .places(&kring::model::network::PlaceFilter {
            company: Some(id),
            ..Default::default()
        })
        .unwrap();
    assert_eq!((places[0].offered, places[0].filled, places[0].open), (3, 1, 2));
    assert!(ui.screen().contains("Horeca blok 3: 2 of 3 open"), "{}", ui.screen());
}

#[test]
fn l_on_a_person_says_they_left_and_names_the_successor() {
    let mut ui = Ui::sized(160, 48);
    // A praktijkopleider with a recognition: the trainer of one that is not flagged.
    let recognitions = ui.store.recognitions(None).unwrap();
    let gone: Vec<i64> = ui
        .store
        .trainers_gone()
        .unwrap()
        .iter()
        .map(|t| t.recognition_id)
        .collect();
    let r = recognitions
        .iter()
        .find(|r| {
            let named = |name: &str| {
                let filter = kring::model::people::PersonFilter {
                    text: Some(name.to_string()),
                    ..Default::default()
                };
                ui.store.list_people(&filter).unwrap().len()
            };
            r.trainer.as_deref().is_some_and(|t| named(t) == 1) && !gone.contains(&r.id)
        })
        .expect("a recognition with its trainer")
        .clone();
    let trainer = r.trainer.clone().unwrap();
    ui.key(KeyCode::Char('3'))
        .keys(&format!("/{trainer}"))
        .key(KeyCode::Enter)
        .key(KeyCode::Enter);
    assert!(ui.screen().contains(&trainer), "{}", ui.screen());
    ui.key(KeyCode::Char('L'));
    assert!(ui.screen().contains("leaves"), "{}", ui.screen());
    ui.ctrl('s');
    assert!(ui.screen().contains("the owner has a follow-up"), "{}", ui.screen());
    let flagged = ui.store.trainers_gone().unwrap();
    assert!(
        flagged.iter().any(|t| t.recognition_id == r.id),
        "the recognition is flagged"
    );
    // Today lists it under its own heading.
    ui.key(KeyCode::Char('1'));
    assert!(
        ui.app
            .tabs
            .today
            .data
            .trainers_gone
            .iter()
            .any(|t| t.recognition_id == r.id),
        "Today knows"
    );
}

#[test]
fn logging_at_a_resting_company_says_so_on_the_form() {
    let mut ui = Ui::sized(160, 48);
    let resting = ui.store.resting().unwrap();
    open_company(&mut ui, &resting[0].company);
    ui.key(KeyCode::Char('l'));
    assert!(ui.screen().contains("asked for rest until"), "{}", ui.screen());
}

#[test]
fn the_collaborations_tab_lists_places_and_f_keeps_those_with_room() {
    let mut ui = Ui::sized(160, 48);
    ui.key(KeyCode::Char('8')).key(KeyCode::Char('p'));
    let screen = ui.screen();
    assert!(screen.contains("Places (") && screen.contains("blok 3"), "{screen}");
    let all = ui.app.tabs.engagements.places.as_ref().unwrap().rows.len();
    assert!(all > 0);
    ui.key(KeyCode::Char('f'));
    let places = ui.app.tabs.engagements.places.as_ref().unwrap();
    assert!(places.open_only && places.rows.len() < all, "{}", ui.screen());
    assert!(places.rows.iter().all(|p| p.open > 0));
    assert!(ui.screen().contains("only with room"), "{}", ui.screen());
    // Enter opens the company with room; p goes back to the collaborations.
    let company = places.rows[0].company.clone();
    ui.key(KeyCode::Enter);
    assert!(ui.screen().contains(&company), "{}", ui.screen());
    ui.key(KeyCode::Esc).key(KeyCode::Char('p'));
    assert!(ui.screen().contains("Collaborations 20"), "{}", ui.screen());
}

#[test]
fn the_company_form_sets_what_kind_of_organisation_it_is() {
    let mut ui = Ui::sized(160, 48);
    open_company(&mut ui, "Hotel Vos");
    // Name, City, Street, Postcode, KvK, Sector, Status, then Kind.
    ui.key(KeyCode::Char('E'));
    for _ in 0..7 {
        ui.key(KeyCode::Tab);
    }
    ui.key(KeyCode::Right).ctrl('s');
    let id = ui.store.resolve_company("Hotel Vos").unwrap();
    assert_eq!(
        ui.store.company(id).unwrap().kind,
        kring::domain::kinds::OrganisationKind::Association,
        "{}",
        ui.screen()
    );
    assert!(ui.screen().contains("association · "), "{}", ui.screen());
}

#[test]
fn n_on_a_company_page_records_its_membership_its_opener_and_another_schools_ask() {
    let mut ui = Ui::sized(160, 48);
    open_company(&mut ui, "Hotel Vos");
    ui.key(KeyCode::Char('N')).ctrl('s');
    assert!(ui.screen().contains("fill in at least one"), "{}", ui.screen());
    ui.keys("Ondernemersvereniging")
        .key(KeyCode::Tab)
        .keys("Gemeente Hoorn");
    ui.key(KeyCode::Tab).key(KeyCode::Tab).keys("ROC Nova").ctrl('s');
    assert!(ui.screen().contains("saved in the network"), "{}", ui.screen());
    let id = ui.store.resolve_company("Hotel Vos").unwrap();
    let memberships = ui.store.memberships_of(id).unwrap();
    assert_eq!(memberships[0].organisation, "Ondernemersvereniging West-Friesland");
    assert_eq!(ui.store.introductions_of_company(id).unwrap()[0].by, "Gemeente Hoorn");
    let since = ui.store.today() - chrono::Duration::days(1);
    assert_eq!(ui.store.outside_asks(id, since).unwrap()[0].asked_by, "ROC Nova");
    // A colleague's second job there: the last fields of the form.
    ui.key(KeyCode::Char('N'));
    for _ in 0..4 {
        ui.key(KeyCode::Tab);
    }
    ui.keys("Joost")
        .key(KeyCode::Tab)
        .key(KeyCode::Right)
        .key(KeyCode::Tab)
        .keys("kok")
        .ctrl('s');
    let ties = ui.store.affiliations_at(id).unwrap();
    assert_eq!(ties[0].staff, "Joost Mulder", "{}", ui.screen());
    assert_eq!(ties[0].kind, kring::domain::kinds::AffiliationKind::Works);
    assert_eq!(ties[0].title.as_deref(), Some("kok"));
    // A name nobody has: said on the form, nothing written.
    ui.key(KeyCode::Char('N')).keys("Vereniging Nergens").ctrl('s');
    assert!(ui.screen().contains("Nergens"), "{}", ui.screen());
    assert_eq!(ui.store.memberships_of(id).unwrap().len(), 1);
}

#[test]
fn m_on_an_associations_page_lists_its_members_and_esc_lists_all_again() {
    let mut ui = Ui::sized(160, 48);
    open_company(&mut ui, "Ondernemersvereniging");
    ui.key(KeyCode::Char('M'));
    let screen = ui.screen();
    assert!(
        screen.contains("members of Ondernemersvereniging West-Friesland"),
        "{screen}"
    );
    let id = ui.store.resolve_company("Ondernemersvereniging").unwrap();
    let members = ui.store.network(id).unwrap().members.len() as u32;
    assert_eq!(ui.app.tabs.companies.list.cursor.total, members, "{screen}");
    ui.key(KeyCode::Esc);
    assert!(ui.screen().contains("Companies (63)"), "{}", ui.screen());
}

#[test]
fn o_on_the_questions_tab_shows_the_schools_offers_and_a_company_takes_one() {
    let mut ui = Ui::sized(160, 48);
    ui.key(KeyCode::Char('7')).key(KeyCode::Char('o'));
    let screen = ui.screen();
    assert!(screen.contains("Gastlessenreeks duurzaam bouwen"), "{screen}");
    let offer = ui.app.tabs.questions.offers[0].0.clone();
    assert!(ui.app.tabs.questions.offers[0].1 > 0, "the demo's offer has candidates");
    ui.key(KeyCode::Enter).ctrl('s');
    assert!(ui.screen().contains("name the company"), "{}", ui.screen());
    ui.keys("Hotel Vos").ctrl('s');
    assert!(ui.screen().contains("it is their question now"), "{}", ui.screen());
    let taken = ui.store.offer(offer.id).unwrap();
    assert_eq!(taken.company.as_deref(), Some("Hotel Vos"));
    assert!(
        ui.app.tabs.questions.offers.is_empty(),
        "no longer open: {}",
        ui.screen()
    );
}

#[test]
fn a_on_a_person_marks_a_former_student() {
    let mut ui = Ui::sized(160, 48);
    ui.key(KeyCode::Char('3')).key(KeyCode::Enter);
    let id = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Person(state)) => state.person.id,
        _ => panic!("a person's page: {}", ui.screen()),
    };
    ui.key(KeyCode::Char('A'))
        .keys("Mechatronica")
        .key(KeyCode::Tab)
        .keys("19")
        .ctrl('s');
    assert!(ui.screen().contains("is not a year"), "{}", ui.screen());
    ui.ctrl('u').keys("2019").ctrl('s');
    assert!(
        ui.screen().contains("marked an alumnus of Mechatronica"),
        "{}",
        ui.screen()
    );
    let person = ui.store.person(id).unwrap();
    assert_eq!(
        (person.alumnus_programme.as_deref(), person.alumnus_year),
        (Some("Mechatronica"), Some(2019))
    );
}

#[test]
fn a_on_the_questions_tab_adds_an_offer_for_a_sector() {
    let mut ui = Ui::sized(160, 48);
    ui.key(KeyCode::Char('7')).key(KeyCode::Char('a'));
    // Title, Kind, Team, Students, Period; saved without saying who it is for.
    ui.keys("Hackathon lasrobots")
        .key(KeyCode::Tab)
        .key(KeyCode::Tab)
        .keys("Techniek");
    ui.key(KeyCode::Tab)
        .keys("12")
        .key(KeyCode::Tab)
        .keys("blok 3")
        .ctrl('s');
    assert!(ui.screen().contains("--sector, --tag or --topic"), "{}", ui.screen());
    // The cursor is on the sector now.
    ui.keys("bouw").ctrl('s');
    assert!(ui.screen().contains("Hackathon lasrobots"), "{}", ui.screen());
    let offers = ui
        .store
        .list_offers(&kring::domain::dates::school_year_of(ui.store.today()), true)
        .unwrap();
    let made = offers
        .iter()
        .find(|o| o.title == "Hackathon lasrobots")
        .unwrap_or_else(|| panic!("the offer: {}", ui.screen()));
    assert_eq!((made.students, made.team.as_deref()), (Some(12), Some("Techniek")));
}

#[test]
fn u_ends_a_membership_and_i_records_who_introduced_a_person() {
    let mut ui = Ui::sized(160, 48);
    let association = ui.store.resolve_company("Ondernemersvereniging").unwrap();
    let member = ui.store.network(association).unwrap().members[0].company.clone();
    open_company(&mut ui, &member);
    ui.key(KeyCode::Char('U')).ctrl('s');
    assert!(ui.screen().contains("name the organisation it left"), "{}", ui.screen());
    ui.keys("Ondernemersvereniging").ctrl('s');
    assert!(ui.screen().contains("ended; the history stays"), "{}", ui.screen());
    let id = ui.store.resolve_company(&member).unwrap();
    let ended = ui.store.memberships_of(id).unwrap();
    assert_eq!(ended[0].ended_on, Some(ui.store.today()), "{}", ui.screen());
    // On a person's page: I, who opened the door to them.
    ui.key(KeyCode::Char('3')).key(KeyCode::Enter);
    let person = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Person(state)) => state.person.id,
        _ => panic!("a person's page: {}", ui.screen()),
    };
    ui.key(KeyCode::Char('I'))
        .keys("Joost")
        .key(KeyCode::Tab)
        .key(KeyCode::Right)
        .ctrl('s');
    let intro = ui.store.introductions_of_person(person).unwrap();
    assert_eq!(intro[0].by, "Joost Mulder", "{}", ui.screen());
    assert_eq!(intro[0].by_kind, "staff");
}

#[test]
fn i_in_the_places_list_reads_the_student_systems_counts_and_a_bad_line_changes_nothing() {
    let mut ui = Ui::sized(160, 48);
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("geplaatst.csv");
    std::fs::write(
        &good,
        "bedrijf;opleiding;periode;geplaatst\nHotel Vos;Horeca;blok 3;2\n",
    )
    .unwrap();
    let bad = dir.path().join("fout.csv");
    std::fs::write(
        &bad,
        "bedrijf;opleiding;periode;geplaatst\nHotel Vos;Horeca;blok 3;2\nBakkerij Nergens;Horeca;blok 3;1\n",
    )
    .unwrap();
    ui.key(KeyCode::Char('8'))
        .key(KeyCode::Char('p'))
        .key(KeyCode::Char('i'));
    assert!(ui.screen().contains("student system"), "{}", ui.screen());
    ui.keys(bad.to_str().unwrap()).ctrl('s');
    assert!(ui.screen().contains("line 3"), "{}", ui.screen());
    let id = ui.store.resolve_company("Hotel Vos").unwrap();
    let filter = kring::model::network::PlaceFilter {
        company: Some(id),
        ..Default::default()
    };
    assert!(ui.store.places(&filter).unwrap().is_empty(), "nothing was written");
    // Esc asks whether to drop what was typed; y does.
    ui.key(KeyCode::Esc).key(KeyCode::Char('y'));
    ui.key(KeyCode::Char('i')).keys(good.to_str().unwrap()).ctrl('s');
    assert!(ui.screen().contains("places read from the file"), "{}", ui.screen());
    assert_eq!(ui.store.places(&filter).unwrap()[0].filled, 2);
}

#[test]
fn d_on_a_follow_up_of_a_series_makes_the_next_and_u_takes_it_back() {
    let mut ui = Ui::sized(160, 48);
    let company = ui.store.resolve_company("Hotel Vos").unwrap();
    let first = ui
        .store
        .add_recurring_followup(
            kring::model::followups::NewFollowup {
                company,
                person: None,
                staff: None,
                due: ui.store.today() - chrono::Duration::days(30),
                action: "Projectteam Hotel Vos".into(),
                interaction: None,
            },
            kring::domain::recurrence::Every::Weeks(2),
            None,
        )
        .unwrap();
    ui.key(KeyCode::Char('4')).ctrl('r');
    let at = ui
        .app
        .tabs
        .followups
        .rows
        .iter()
        .position(|f| f.id == first)
        .expect("listed");
    ui.key(KeyCode::Char('g'));
    for _ in 0..at {
        ui.key(KeyCode::Down);
    }
    assert!(ui.screen().contains("Projectteam Hotel Vos ↻ 2w"), "{}", ui.screen());
    ui.key(KeyCode::Char('d'));
    assert!(ui.screen().contains("the next of the series is #"), "{}", ui.screen());
    let filter = kring::model::followups::FollowupFilter {
        company: Some(company),
        ..Default::default()
    };
    let open = |ui: &Ui| {
        ui.store
            .list_followups(&filter)
            .unwrap()
            .into_iter()
            .filter(|f| f.action == "Projectteam Hotel Vos")
            .count()
    };
    assert_eq!(open(&ui), 1, "the next one");
    ui.key(KeyCode::Char('u'));
    assert!(ui.store.followup(first).unwrap().done_at.is_none());
    assert_eq!(open(&ui), 1, "the first again, the next one gone");
}

#[test]
fn the_network_form_saves_all_of_it_or_nothing() {
    let mut ui = Ui::sized(160, 48);
    open_company(&mut ui, "Hotel Vos");
    // A membership that would do, and an introduction by itself that would not.
    ui.key(KeyCode::Char('N'))
        .keys("Ondernemersvereniging")
        .key(KeyCode::Tab)
        .keys("Hotel Vos")
        .ctrl('s');
    assert!(ui.screen().contains("nobody introduces themselves"), "{}", ui.screen());
    let id = ui.store.resolve_company("Hotel Vos").unwrap();
    assert!(
        ui.store.memberships_of(id).unwrap().is_empty(),
        "the membership went with it"
    );
}

/// Campaigns in the terminal UI (`C` on Circles): a new one, companies
/// invited by filter after being told how many, a reply, who came (logged
/// at the company), the mail-merge list written, and the round copied.
#[test]
fn a_campaign_is_made_invited_answered_attended_exported_and_copied_from_the_tui() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let store = demo_file_store(&path);
    let horeca = store
        .list_companies(&kring::model::companies::CompanyFilter {
            tag: Some("horeca".into()),
            ..Default::default()
        })
        .unwrap()
        .len();
    assert!(horeca > 1, "the demo has horeca companies");
    let mut ui = Ui::on(store, 120, 36);
    ui.key(KeyCode::Char('5')).key(KeyCode::Char('C'));
    let before = ui.store.list_campaigns().unwrap().len();
    ui.key(KeyCode::Char('a'))
        .keys("Proeverij 2026")
        .tab_to("Date")
        .keys("yesterday")
        .ctrl('s');
    assert!(ui.screen().contains("Proeverij 2026"), "{}", ui.screen());
    let campaigns = ui.store.list_campaigns().unwrap();
    assert_eq!(campaigns.len(), before + 1);
    let id = campaigns
        .iter()
        .find(|c| c.campaign.name == "Proeverij 2026")
        .unwrap()
        .campaign
        .id;
    // The newest first: ours is selected (yesterday is the newest date).
    assert_eq!(ui.store.campaign_state(id).unwrap().invited, 0);

    // A wrong filter word is said on the form; nothing is invited.
    ui.key(KeyCode::Char('i')).keys("kleur:rood").ctrl('s');
    assert!(ui.screen().contains("not a filter word"), "{}", ui.screen());
    ui.ctrl('u').keys("tag:horeca").ctrl('s');
    assert!(
        ui.screen()
            .contains(&format!("Invite {horeca} companies to Proeverij 2026?")),
        "{}",
        ui.screen()
    );
    assert_eq!(ui.store.campaign_state(id).unwrap().invited, 0, "asked first");
    ui.key(KeyCode::Char('y'));
    let state = ui.store.campaign_state(id).unwrap();
    assert_eq!(state.invited, horeca, "{}", ui.screen());

    ui.key(KeyCode::Tab).key(KeyCode::Char('y'));
    let first = &ui.store.campaign_state(id).unwrap().invitees[0];
    assert_eq!(first.reply, Some(kring::domain::kinds::Reply::Yes));
    let interactions = ui.store.count_interactions(first.company_id).unwrap();
    ui.key(KeyCode::Char('c'));
    let first = &ui.store.campaign_state(id).unwrap().invitees[0];
    assert!(first.attended, "{}", ui.screen());
    assert_eq!(ui.store.count_interactions(first.company_id).unwrap(), interactions + 1);

    let list = dir.path().join("proeverij.csv");
    ui.key(KeyCode::Char('E'))
        .tab_to("File")
        .ctrl('u')
        .keys(list.to_str().unwrap())
        .ctrl('s');
    let text = std::fs::read_to_string(&list).unwrap();
    assert!(text.contains(&first.company) && text.contains("yes"), "{text}");

    ui.key(KeyCode::Char('K')).keys("Proeverij 2027").ctrl('s');
    assert!(ui.screen().contains("Proeverij 2027 made"), "{}", ui.screen());
    let copy = ui.store.resolve_campaign("Proeverij 2027").unwrap();
    let copied = ui.store.campaign_state(copy).unwrap();
    assert!(copied.invited > 0 && copied.yes == 0, "invited afresh: {copied:?}");
}

/// A document linked from a company's page (`L`) and a person's (`D`), a
/// question recorded from the company's page (`Q`), and one declined on the
/// Questions tab (`x`) — never without the reason the company hears.
#[test]
fn documents_and_questions_are_recorded_from_the_pages() {
    use kring::model::attachments::AttachedTo;
    let dir = tempfile::tempdir().unwrap();
    let contract = dir.path().join("contract vos.pdf");
    std::fs::write(&contract, b"%PDF-1.4").unwrap();
    let mut ui = Ui::new();
    open_company(&mut ui, "hotel vos");
    let vos = ui.store.resolve_company("Hotel Vos").unwrap();
    let links = ui.store.attachments(AttachedTo::Company(vos)).unwrap().len();
    ui.key(KeyCode::Char('L')).keys("/nergens/te/vinden.pdf").ctrl('s');
    assert_eq!(
        ui.store.attachments(AttachedTo::Company(vos)).unwrap().len(),
        links,
        "{}",
        ui.screen()
    );
    ui.ctrl('u')
        .keys(contract.to_str().unwrap())
        .tab_to("Note")
        .keys("getekende overeenkomst")
        .ctrl('s');
    let linked = ui.store.attachments(AttachedTo::Company(vos)).unwrap();
    assert_eq!(linked.len(), links + 1, "{}", ui.screen());
    assert!(linked.iter().any(|a| a.location == contract.to_str().unwrap()));
    // `o`, then "remove the link": the link goes, the file stays.
    ui.key(KeyCode::Char('o'));
    for _ in 0..links {
        ui.key(KeyCode::Right); // the new one is the last
    }
    ui.tab_to("Then").key(KeyCode::Right).ctrl('s');
    assert_eq!(
        ui.store.attachments(AttachedTo::Company(vos)).unwrap().len(),
        links,
        "{}",
        ui.screen()
    );
    assert!(contract.exists(), "the file itself is not touched");
    assert!(ui.screen().contains("removed (the file stays)"), "{}", ui.screen());

    ui.key(KeyCode::Char('Q'))
        .keys("Menukaart herontwerpen")
        .tab_to("Students")
        .keys("drie")
        .ctrl('s');
    assert!(
        ui.screen().contains("not a number") || ui.screen().contains("drie"),
        "{}",
        ui.screen()
    );
    ui.ctrl('u').keys("3").ctrl('s');
    let asked = ui
        .store
        .list_questions(&Default::default())
        .unwrap()
        .into_iter()
        .find(|q| q.title == "Menukaart herontwerpen")
        .expect("recorded");
    assert_eq!((asked.company_id, asked.students), (vos, Some(3)));

    // Declined on the Questions tab: the reason is asked for, then kept.
    ui.key(KeyCode::Esc).key(KeyCode::Esc).key(KeyCode::Char('7'));
    let mut found = false;
    for _ in 0..60 {
        if ui.app.tabs.questions.current().map(|q| q.id) == Some(asked.id) {
            found = true;
            break;
        }
        ui.key(KeyCode::Down);
    }
    assert!(found, "the new question is in the first column: {}", ui.screen());
    ui.key(KeyCode::Char('x')).ctrl('s');
    assert!(ui.screen().contains("say why"), "{}", ui.screen());
    ui.tab_to("Reason").keys("Geen team vrij in blok 3").ctrl('s');
    let q = ui.store.question(asked.id).unwrap();
    assert_eq!(
        q.status,
        kring::domain::kinds::QuestionStatus::Declined,
        "{}",
        ui.screen()
    );

    // A person's page links one too.
    ui.key(KeyCode::Char('3')).key(KeyCode::Enter);
    let person = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Person(state)) => state.person.id,
        _ => panic!("the person page"),
    };
    ui.key(KeyCode::Char('D')).keys("https://example.org/cv").ctrl('s');
    assert_eq!(
        ui.store.attachments(AttachedTo::Person(person)).unwrap().len(),
        1,
        "{}",
        ui.screen()
    );
}

/// `x` with the offers shown withdraws the selected offer, after a yes.
#[test]
fn x_on_the_offers_withdraws_one_after_asking() {
    let mut ui = Ui::sized(160, 48);
    ui.key(KeyCode::Char('7')).key(KeyCode::Char('o'));
    let offer = ui.app.tabs.questions.offers[0].0.clone();
    ui.key(KeyCode::Char('x'));
    assert!(ui.screen().contains(&offer.title), "asked first: {}", ui.screen());
    ui.key(KeyCode::Char('y'));
    let withdrawn = ui.store.offer(offer.id).unwrap();
    assert_eq!(withdrawn.status.as_str(), "withdrawn", "{}", ui.screen());
}

/// Goals from the Goals tab: one for a team, its target changed, removed
/// after a yes; a tag's cadence from Companies (`K`); who can speak on a
/// topic from People (`T`).
#[test]
fn goals_cadences_and_experts_are_kept_from_the_tabs() {
    let mut ui = Ui::sized(160, 48);
    let goals = |ui: &Ui| {
        ui.store
            .goals("2026-2027", kring::model::goals::GoalScope::All)
            .unwrap()
    };
    let before = goals(&ui).len();
    ui.key(KeyCode::Char('6')).key(KeyCode::Char('a'));
    assert!(ui.screen().contains("the school"), "{}", ui.screen());
    ui.key(KeyCode::Right); // the first team
    ui.tab_to("Target").keys("4").ctrl('s');
    let now = goals(&ui);
    assert_eq!(now.len(), before + 1, "{}", ui.screen());
    let added = now.iter().max_by_key(|g| g.id).unwrap().clone();
    assert_ne!(added.whose, "the school", "for a team: {added:?}");

    let row = ui
        .app
        .tabs
        .goals
        .rows
        .iter()
        .position(|g| g.id == added.id)
        .expect("listed");
    ui.app.tabs.goals.selected = row;
    ui.key(KeyCode::Char('e')).ctrl('u').keys("6").ctrl('s');
    assert_eq!(goals(&ui).iter().find(|g| g.id == added.id).unwrap().target, 6);
    ui.key(KeyCode::Char('x'));
    assert!(ui.screen().contains("Remove the goal"), "{}", ui.screen());
    ui.key(KeyCode::Char('y'));
    assert!(goals(&ui).iter().all(|g| g.id != added.id), "{}", ui.screen());

    ui.key(KeyCode::Char('2'))
        .key(KeyCode::Char('K'))
        .keys("label:horeca")
        .tab_to("Every")
        .keys("28")
        .ctrl('s');
    let rules = ui.store.cadence_rules().unwrap();
    assert_eq!(rules[0].source, "tag:horeca", "{}", ui.screen());
    assert_eq!(rules[0].cadence_days, 28);
    ui.key(KeyCode::Char('K')).keys("club:x").ctrl('s');
    assert!(ui.screen().contains("say tag:NAME"), "{}", ui.screen());
    ui.key(KeyCode::Esc).key(KeyCode::Char('y'));

    let topic = ui.store.all_topics().unwrap()[0].0.clone();
    ui.key(KeyCode::Char('3'))
        .key(KeyCode::Char('T'))
        .keys(&topic)
        .ctrl('s');
    let listed = u64::from(ui.app.tabs.people.list.cursor.total);
    assert!(listed > 0, "{}", ui.screen());
    let experts = ui.store.experts(&topic).unwrap().len() as u64;
    assert_eq!(listed, experts, "the people who can speak on {topic}: {}", ui.screen());
    ui.key(KeyCode::Esc);
    assert!(ui.app.tabs.people.filter.topic.is_none(), "esc lets go of the topic");
}

/// The retention review from the Staff tab (`P`): who would go is named
/// and asked about; a yes erases the people and archives the prospects.
#[test]
fn the_retention_review_names_whom_it_erases_and_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let mut store = demo_file_store(&path);
    // A prospect and its contact added in 2020, never spoken to since.
    let company = store
        .add_company(kring::model::companies::NewCompany {
            name: "Oud Prospect B.V.".into(),
            ..Default::default()
        })
        .unwrap();
    let person = store
        .add_person(kring::model::people::NewPerson {
            name: "Wim Vergeten".into(),
            company: Some(company),
            ..Default::default()
        })
        .unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(&format!(
        "UPDATE company SET created_at = '2020-01-01 10:00:00' WHERE id = {company};
         UPDATE person SET created_at = '2020-01-01 10:00:00' WHERE id = {person};
         UPDATE employment SET started_on = '2020-01-01' WHERE person_id = {person};"
    ))
    .unwrap();
    let review = store.retention_review(2).unwrap();
    assert!(review.people.iter().any(|p| p.person_id == person), "{review:?}");
    let mut ui = Ui::on(store, 160, 48);
    ui.key(KeyCode::Char('0')).key(KeyCode::Char('P'));
    let asked = ui.screen();
    assert!(asked.contains("Erasing cannot be undone"), "{asked}");
    assert!(asked.contains("Wim Vergeten"), "named: {asked}");
    assert!(ui.store.person(person).is_ok(), "asked first");
    ui.key(KeyCode::Char('y'));
    for p in &review.people {
        assert!(
            ui.store.person(p.person_id).is_err(),
            "{} erased: {}",
            p.name,
            ui.screen()
        );
    }
    for c in &review.prospects {
        assert!(ui.store.company(c.company_id).unwrap().archived, "{} archived", c.name);
    }
    ui.key(KeyCode::Char('P'));
    assert!(
        ui.screen().contains("nobody to review"),
        "nothing left: {}",
        ui.screen()
    );
}

/// A team from the Staff tab (`N`), and what it can take on from the
/// Questions tab (`C`): on the board at once.
#[test]
fn a_team_and_its_capacity_are_added_from_the_tabs() {
    let mut ui = Ui::sized(160, 48);
    let teams = ui.store.list_teams().unwrap().len();
    ui.key(KeyCode::Char('0')).key(KeyCode::Char('N')).ctrl('s');
    assert!(
        ui.screen().contains("team name"),
        "an empty name is said: {}",
        ui.screen()
    );
    ui.keys("Mechatronica").ctrl('s');
    let all = ui.store.list_teams().unwrap();
    assert_eq!(all.len(), teams + 1, "{}", ui.screen());
    let at = all.iter().position(|t| t.name == "Mechatronica").unwrap();
    ui.key(KeyCode::Char('7')).key(KeyCode::Char('C'));
    for _ in 0..at {
        ui.key(KeyCode::Right);
    }
    ui.tab_to("Period")
        .keys("blok 3")
        .tab_to("Assignments")
        .keys("2")
        .tab_to("Students")
        .keys("8")
        .ctrl('s');
    assert!(
        ui.screen().contains("blok 3: 2 assignments, 8 students"),
        "{}",
        ui.screen()
    );
    let board = ui.store.question_board("2026-2027").unwrap();
    assert!(format!("{board:?}").contains("Mechatronica"), "{board:?}");
}

/// `e` on the Questions tab changes the selected question, its values shown.
#[test]
fn e_on_questions_changes_the_selected_question() {
    let mut ui = Ui::sized(160, 48);
    ui.key(KeyCode::Char('7'));
    let q = ui
        .app
        .tabs
        .questions
        .current()
        .expect("a question on the board")
        .clone();
    ui.key(KeyCode::Char('e'));
    assert!(
        ui.screen().contains(&q.title[..q.title.len().min(20)]),
        "its values: {}",
        ui.screen()
    );
    ui.tab_to("Students").ctrl('u').keys("veel").ctrl('s');
    assert_eq!(
        ui.store.question(q.id).unwrap().students,
        q.students,
        "a wrong number saves nothing"
    );
    ui.ctrl('u').keys("5").ctrl('s');
    let saved = ui.store.question(q.id).unwrap();
    assert_eq!(saved.students, Some(5), "{}", ui.screen());
    assert_eq!((saved.title, saved.kind), (q.title, q.kind), "the rest as it was");
}

/// `i` with the offers shown invites the selected offer's candidates
/// through a campaign, after saying how many.
#[test]
fn i_on_the_offers_invites_the_candidates_through_a_campaign() {
    let mut ui = Ui::sized(160, 48);
    ui.key(KeyCode::Char('7')).key(KeyCode::Char('o'));
    let (offer, candidates) = ui.app.tabs.questions.offers[0].clone();
    assert!(candidates > 0);
    ui.key(KeyCode::Char('i'));
    assert!(
        ui.screen().contains(&format!("to take {}", offer.title)),
        "asked first: {}",
        ui.screen()
    );
    assert_eq!(
        ui.store.offer(offer.id).unwrap().campaign_id,
        None,
        "nothing before the answer"
    );
    ui.key(KeyCode::Char('y'));
    let campaign = ui.store.offer(offer.id).unwrap().campaign_id.expect("a campaign");
    assert!(
        ui.store.campaign_state(campaign).unwrap().invited > 0,
        "{}",
        ui.screen()
    );
    assert!(ui.screen().contains("through the offer's campaign"), "{}", ui.screen());
}
