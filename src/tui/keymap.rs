//! One table of key bindings per context. The same table drives dispatch,
//! the status bar and the `?` help overlay, so they can never disagree.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key asks for. Screens and the app interpret these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Help,
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Open,
    NextPane,
    PrevPane,
    GoToday,
    GoCompanies,
    GoPeople,
    GoFollowups,
    Search,
    Filter,
    Log,
    Edit,
    Delete,
    Done,
    Snooze,
    SnoozeTo,
    Reassign,
    ToggleMine,
    CycleSort,
    CycleStatus,
    AddCompany,
    AddPerson,
    Refresh,
    ToggleHistory,
    GoCircles,
    GoGoals,
    GoQuestions,
    GoEngagements,
    GoHealth,
    GoStaff,
    /// Hand a leaver's companies to a colleague (dry run first).
    Handover,
    /// Only the relationships that hang on one staff member or one contact.
    ToggleSinglePoint,
    /// Write a collaboration's evaluation.
    Evaluate,
    /// This school year only, or every year.
    ToggleYear,
    AddEngagement,
    NextColumn,
    PrevColumn,
    Advance,
    Attended,
    Apologised,
    Invited,
    Minutes,
    ActionItem,
    /// Start a business circle.
    NewCircle,
    /// Plan a meeting of the circle shown.
    PlanMeeting,
    /// A company joins the circle shown.
    AddMember,
    /// Read a spreadsheet or address book in (dry run first).
    Import,
    /// Take back the last import (asks first).
    UndoImport,
    /// Write the list shown to a file (its filter kept).
    Export,
    /// Edit the company itself, whatever is selected on its page.
    EditCompany,
    /// Record an SBB recognition for a programme.
    Recognise,
    /// The selected recognition was checked again.
    Rechecked,
    /// Likely duplicates, to compare and merge.
    Duplicates,
    /// Keep the other one of a pair.
    Swap,
    /// The database's log of changes.
    ChangeLog,
    /// My team's only / everyone's.
    ToggleTeam,
    /// Take back the follow-up just marked done.
    Undo,
    /// Mark (or unmark) the selected row, to act on several at once.
    Mark,
    /// Mark every listed row (or, when all are marked, none).
    MarkAll,
    /// Forms and dialogs.
    Save,
    NextField,
    PrevField,
    Cancel,
    Confirm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Today,
    Companies,
    Company,
    People,
    Person,
    Followups,
    Circles,
    Circle,
    Meeting,
    Goals,
    Questions,
    Engagements,
    Health,
    Staff,
    Duplicates,
    /// The database's log of changes.
    Log,
    /// Overlays: their own keys only (typing goes into the field).
    Form,
    Confirm,
    Search,
    Filter,
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// Shown in the help overlay.
    pub help: &'static str,
    /// The word shown in the status bar, for the keys that matter most here.
    pub bar: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    Delete,
    Left,
    Right,
}

impl Key {
    pub fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        match (self, event.code) {
            (Key::Char(c), KeyCode::Char(got)) => !ctrl && got == c,
            (Key::Ctrl(c), KeyCode::Char(got)) => ctrl && got.eq_ignore_ascii_case(&c),
            (Key::Enter, KeyCode::Enter) => true,
            (Key::Esc, KeyCode::Esc) => true,
            (Key::Tab, KeyCode::Tab) => true,
            (Key::BackTab, KeyCode::BackTab) => true,
            (Key::Up, KeyCode::Up) => true,
            (Key::Down, KeyCode::Down) => true,
            (Key::PageUp, KeyCode::PageUp) => true,
            (Key::PageDown, KeyCode::PageDown) => true,
            (Key::Home, KeyCode::Home) => true,
            (Key::End, KeyCode::End) => true,
            (Key::Delete, KeyCode::Delete) => true,
            (Key::Left, KeyCode::Left) => true,
            (Key::Right, KeyCode::Right) => true,
            _ => false,
        }
    }

    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("ctrl-{c}"),
            Key::Enter => "enter".into(),
            Key::Esc => "esc".into(),
            Key::Tab => "tab".into(),
            Key::BackTab => "shift-tab".into(),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::PageUp => "pgup".into(),
            Key::PageDown => "pgdn".into(),
            Key::Home => "home".into(),
            Key::End => "end".into(),
            Key::Delete => "del".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
        }
    }
}

macro_rules! bind {
    ([$($key:expr),+], $action:ident, $help:literal, $bar:literal) => {
        Binding { keys: &[$($key),+], action: Action::$action, help: $help, bar: Some($bar) }
    };
    ([$($key:expr),+], $action:ident, $help:literal) => {
        Binding { keys: &[$($key),+], action: Action::$action, help: $help, bar: None }
    };
}

use Key::*;

const MOVE: [Binding; 6] = [
    bind!([Up, Char('k')], Up, "move up"),
    bind!([Down, Char('j')], Down, "move down"),
    bind!([PageUp, Ctrl('u')], PageUp, "page up"),
    bind!([PageDown, Ctrl('d')], PageDown, "page down"),
    bind!([Home, Char('g')], Top, "to the top"),
    bind!([End, Char('G')], Bottom, "to the bottom"),
];

const GLOBAL: [Binding; 16] = [
    bind!([Char('1')], GoToday, "Today"),
    bind!([Char('2')], GoCompanies, "Companies"),
    bind!([Char('3')], GoPeople, "People"),
    bind!([Char('4')], GoFollowups, "Follow-ups"),
    bind!([Char('5')], GoCircles, "Circles"),
    bind!([Char('6')], GoGoals, "Goals"),
    bind!([Char('7')], GoQuestions, "Questions"),
    bind!([Char('8')], GoEngagements, "Collaborations"),
    bind!([Char('9')], GoHealth, "Health"),
    bind!([Char('0')], GoStaff, "Staff"),
    bind!([Ctrl('f')], Search, "search everywhere"),
    bind!([Ctrl('r')], Refresh, "reload from the database"),
    bind!(
        [Char('u')],
        Undo,
        "undo the last change (done, snooze, delete, log, edit, reassign, attendance, a new member, an import)"
    ),
    bind!([Char('?')], Help, "this help", "help"),
    bind!([Char('q')], Quit, "quit", "quit"),
    bind!([Ctrl('c')], Quit, "quit"),
];

const TODAY: [Binding; 12] = [
    bind!([Char('/')], Search, "search everywhere", "search"),
    bind!([Enter], Open, "open the company; on a heading: the whole list", "open"),
    bind!([Char('l')], Log, "log an interaction", "log"),
    bind!([Char('d')], Done, "mark the follow-up done", "done"),
    bind!([Char('v')], Evaluate, "evaluate the selected collaboration that ended"),
    bind!(
        [Char('r')],
        Rechecked,
        "the selected SBB recognition was checked again (asks the next date)"
    ),
    bind!([Char('s')], Snooze, "snooze one week"),
    bind!([Char('S')], SnoozeTo, "snooze to a date"),
    bind!([Char('m')], ToggleMine, "mine / everyone's", "mine/all"),
    bind!([Tab], NextPane, "next tab"),
    bind!([BackTab], PrevPane, "previous tab"),
    bind!([Esc], Back, "back"),
];

const COMPANIES: [Binding; 17] = [
    bind!([Char('/')], Filter, "filter by name, city or tag", "filter"),
    bind!([Enter], Open, "open", "open"),
    bind!([Char('l')], Log, "log an interaction (at every marked company)", "log"),
    bind!([Char(' ')], Mark, "mark / unmark the company", "mark"),
    bind!([Char('*')], MarkAll, "mark every listed company / none"),
    bind!(
        [Char('o')],
        CycleSort,
        "sort: name, city, status, last contact, contact due, follow-ups, asked, health",
        "sort"
    ),
    bind!([Char('f')], CycleStatus, "status filter", "status"),
    bind!([Char('m')], ToggleMine, "mine / everyone's"),
    bind!([Char('a')], AddCompany, "add a company"),
    bind!(
        [Char('e')],
        EditCompany,
        "edit the selected company: owner, tags, status, address, e-mail, phone, motivation"
    ),
    bind!(
        [Char('I')],
        Import,
        "import a spreadsheet or address book (shows what would come in first)",
        "import"
    ),
    bind!([Char('U')], UndoImport, "undo the last import (asks first)"),
    bind!(
        [Char('D')],
        Duplicates,
        "likely duplicates: compare two side by side and merge"
    ),
    bind!(
        [Char('E')],
        Export,
        "export the contact persons of the companies listed (Excel, CSV, vCard)",
        "export"
    ),
    bind!([Tab], NextPane, "next tab"),
    bind!([BackTab], PrevPane, "previous tab"),
    bind!([Esc], Back, "clear filter, then marks"),
];

const COMPANY: [Binding; 15] = [
    bind!([Char('l')], Log, "log an interaction", "log"),
    bind!([Char('e')], Edit, "edit the company, or the selected entry", "edit"),
    bind!(
        [Char('E')],
        EditCompany,
        "edit the company itself: owner, tags, status, address, e-mail, phone, motivation",
        "company"
    ),
    bind!([Enter], Open, "open / edit the selected entry", "open"),
    bind!(
        [Char('x'), Delete],
        Delete,
        "delete the selected interaction or follow-up"
    ),
    bind!([Char('d')], Done, "mark the selected follow-up done"),
    bind!([Char('s')], Snooze, "snooze the selected follow-up a week"),
    bind!([Char('S')], SnoozeTo, "snooze to a date"),
    bind!([Char('p')], AddPerson, "add a contact person"),
    bind!(
        [Char('R')],
        Recognise,
        "record an SBB recognition (erkend leerbedrijf) for a programme"
    ),
    bind!(
        [Char('c')],
        AddEngagement,
        "add a collaboration (internship, guest lecture…)"
    ),
    bind!([Char('H')], ToggleHistory, "timeline / history of changes"),
    bind!([Tab], NextPane, "next pane", "pane"),
    bind!([BackTab], PrevPane, "previous pane"),
    bind!([Esc, Char('h')], Back, "back", "back"),
];

const PEOPLE: [Binding; 6] = [
    bind!([Char('/')], Filter, "filter by name or e-mail", "filter"),
    bind!([Enter], Open, "open", "open"),
    bind!([Char('a')], AddPerson, "add a person (says how: at their company, p)"),
    bind!([Tab], NextPane, "next tab"),
    bind!([BackTab], PrevPane, "previous tab"),
    bind!([Esc], Back, "clear filter / back"),
];

const PERSON: [Binding; 4] = [
    bind!([Char('e')], Edit, "edit the person", "edit"),
    bind!([Enter], Open, "open the selected company", "open"),
    bind!([Char('l')], Log, "log an interaction at their company", "log"),
    bind!([Esc, Char('h')], Back, "back", "back"),
];

const FOLLOWUPS: [Binding; 12] = [
    bind!([Enter], Open, "open the company", "open"),
    bind!([Char('d')], Done, "mark done", "done"),
    bind!([Char('s')], Snooze, "snooze one week", "snooze"),
    bind!([Char('S')], SnoozeTo, "snooze to a date"),
    bind!([Char('r')], Reassign, "reassign to a colleague", "reassign"),
    bind!([Char('m')], ToggleMine, "mine / everyone's", "mine/all"),
    bind!([Char('/')], Search, "search everywhere"),
    bind!([Char('l')], Log, "log an interaction"),
    bind!(
        [Char('E')],
        Export,
        "export the follow-ups listed as a calendar file (.ics, for Outlook)"
    ),
    bind!([Tab], NextPane, "next tab"),
    bind!([BackTab], PrevPane, "previous tab"),
    bind!([Esc], Back, "back"),
];

const CIRCLES: [Binding; 6] = [
    bind!([Enter], Open, "open the circle", "open"),
    bind!([Char('a')], NewCircle, "start a circle", "new circle"),
    bind!(
        [Char('E')],
        Export,
        "export every circle's meetings as a calendar file (.ics)"
    ),
    bind!([Tab], NextPane, "next tab"),
    bind!([BackTab], PrevPane, "previous tab"),
    bind!([Esc], Back, "back"),
];

const QUESTIONS: [Binding; 7] = [
    bind!([Enter], Open, "open the company", "open"),
    bind!([Right], NextColumn, "next column", "column"),
    bind!([Left], PrevColumn, "previous column"),
    bind!(
        [Char('>')],
        Advance,
        "move the question on: matched (to its team), running, delivered (asks first)",
        "move on"
    ),
    bind!([Char('l')], Log, "log an interaction at its company"),
    bind!([Tab], NextPane, "next tab"),
    bind!([BackTab], PrevPane, "previous tab"),
];

const STAFF: [Binding; 5] = [
    bind!(
        [Char('h')],
        Handover,
        "leave with handover: shows what would move, asks, moves it and writes the dossier",
        "handover"
    ),
    bind!(
        [Char('t')],
        ToggleTeam,
        "put the selected colleague in a team (or none)",
        "team"
    ),
    bind!(
        [Char('L')],
        ChangeLog,
        "every change in the database (who changed what), newest first",
        "changes"
    ),
    bind!([Tab], NextPane, "next tab"),
    bind!([BackTab], PrevPane, "previous tab"),
];

const HEALTH: [Binding; 8] = [
    bind!([Enter], Open, "open the company", "open"),
    bind!([Char('l')], Log, "log an interaction at the company", "log"),
    bind!(
        [Char('f')],
        CycleStatus,
        "band filter: dormant, at risk, cooling, healthy, thriving",
        "band"
    ),
    bind!([Char('m')], ToggleMine, "mine / everyone's", "mine/all"),
    bind!([Char('t')], ToggleTeam, "my team's / everyone's", "team"),
    bind!(
        [Char('p')],
        ToggleSinglePoint,
        "single points of contact only / all",
        "single point"
    ),
    bind!([Tab], NextPane, "next tab"),
    bind!([BackTab], PrevPane, "previous tab"),
];

const ENGAGEMENTS: [Binding; 9] = [
    bind!([Enter], Open, "open the company", "open"),
    bind!(
        [Char('e')],
        Edit,
        "edit: form, year, period, students, status (done ends it), scope",
        "edit"
    ),
    bind!(
        [Char('v')],
        Evaluate,
        "evaluate: what it brought, and a rating",
        "evaluate"
    ),
    bind!([Char('f')], CycleStatus, "status filter", "status"),
    bind!([Char('y')], ToggleYear, "this school year / every year", "year"),
    bind!([Char('l')], Log, "log an interaction at its company"),
    bind!(
        [Char('a')],
        AddEngagement,
        "add a collaboration (on the company's page: c)"
    ),
    bind!([Tab], NextPane, "next tab"),
    bind!([BackTab], PrevPane, "previous tab"),
];

const CIRCLE: [Binding; 8] = [
    bind!([Enter], Open, "open the meeting", "open"),
    bind!([Char('n')], PlanMeeting, "plan a meeting", "plan"),
    bind!([Char('a')], AddMember, "a company joins the circle", "member"),
    bind!(
        [Char('x'), Delete],
        Delete,
        "the selected member leaves the circle (asks first)"
    ),
    bind!(
        [Char('E')],
        Export,
        "export the circle's meetings as a calendar file (.ics)"
    ),
    bind!([Tab], NextPane, "members / meetings", "pane"),
    bind!([BackTab], PrevPane, "members / meetings"),
    bind!([Esc, Char('h')], Back, "back", "back"),
];

const MEETING: [Binding; 6] = [
    bind!([Char('a')], Attended, "attended", "attended"),
    bind!([Char('o')], Apologised, "apologised (afgemeld)", "apologised"),
    bind!([Char('i')], Invited, "invited", "invited"),
    bind!([Char('w')], Minutes, "write the minutes", "minutes"),
    bind!([Char('n')], ActionItem, "new action item (a follow-up)", "action"),
    bind!([Esc, Char('h')], Back, "back", "back"),
];

const LOG: [Binding; 2] = [
    bind!([Enter], Open, "open the company the change is about", "open"),
    bind!([Esc, Char('h')], Back, "back", "back"),
];

const DUPLICATES: [Binding; 3] = [
    bind!(
        [Enter],
        Open,
        "compare the pair side by side, then merge (asks first)",
        "compare"
    ),
    bind!([Char('s')], Swap, "keep the other one of the pair", "swap"),
    bind!([Esc, Char('h')], Back, "back", "back"),
];

/// What every overlay keeps from the global keys.
const ALWAYS: [Binding; 1] = [bind!([Ctrl('c')], Quit, "quit")];

/// A form: every other key edits the focused field.
const FORM: [Binding; 4] = [
    bind!([Ctrl('s')], Save, "save", "save"),
    bind!([Tab], NextField, "next field", "next field"),
    bind!([BackTab], PrevField, "previous field"),
    bind!([Esc], Cancel, "cancel (asks first when something was typed)", "cancel"),
];

/// A yes/no question. `j` ("ja") is not yes: it moves down everywhere else.
const CONFIRM: [Binding; 3] = [
    bind!([Char('y'), Enter], Confirm, "yes, do it", "yes"),
    bind!([Char('n'), Esc], Cancel, "no, go back", "no"),
    bind!([Char('o')], Open, "open the one that exists (when adding one like it)"),
];

/// Search everywhere: typing searches.
const SEARCH: [Binding; 4] = [
    bind!([Enter], Open, "open the selected hit", "open"),
    bind!([Down, Tab], Down, "next hit"),
    bind!([Up], Up, "previous hit"),
    bind!([Esc], Cancel, "close", "close"),
];

/// Typing a list filter: typing narrows the list.
const FILTER: [Binding; 2] = [
    bind!([Enter, Down, Up], Back, "keep the filter, back to the list", "done"),
    bind!([Esc], Cancel, "clear the filter", "clear"),
];

/// The keys of an overlay context, or `None` for a screen.
fn overlay(context: Context) -> Option<&'static [Binding]> {
    match context {
        Context::Form => Some(&FORM),
        Context::Confirm => Some(&CONFIRM),
        Context::Search => Some(&SEARCH),
        Context::Filter => Some(&FILTER),
        _ => None,
    }
}

/// The bindings of a context: its own first, then moving, then global.
/// An overlay has its own keys only (and ctrl-c, which always quits).
pub fn bindings(context: Context) -> Box<dyn Iterator<Item = &'static Binding>> {
    if let Some(own) = overlay(context) {
        return Box::new(own.iter().chain(ALWAYS.iter()));
    }
    let own: &'static [Binding] = match context {
        Context::Today => &TODAY,
        Context::Companies => &COMPANIES,
        Context::Company => &COMPANY,
        Context::People => &PEOPLE,
        Context::Person => &PERSON,
        Context::Followups => &FOLLOWUPS,
        Context::Circles => &CIRCLES,
        Context::Circle => &CIRCLE,
        Context::Meeting => &MEETING,
        Context::Goals => &[],
        Context::Questions => &QUESTIONS,
        Context::Engagements => &ENGAGEMENTS,
        Context::Health => &HEALTH,
        Context::Staff => &STAFF,
        Context::Duplicates => &DUPLICATES,
        Context::Log => &LOG,
        Context::Form | Context::Confirm | Context::Search | Context::Filter => unreachable!("an overlay"),
    };
    Box::new(own.iter().chain(MOVE.iter()).chain(GLOBAL.iter()))
}

/// Every context, for the help and documentation checks.
pub const ALL_CONTEXTS: [Context; 20] = [
    Context::Today,
    Context::Companies,
    Context::Company,
    Context::People,
    Context::Person,
    Context::Followups,
    Context::Circles,
    Context::Circle,
    Context::Meeting,
    Context::Goals,
    Context::Questions,
    Context::Engagements,
    Context::Health,
    Context::Staff,
    Context::Duplicates,
    Context::Log,
    Context::Form,
    Context::Confirm,
    Context::Search,
    Context::Filter,
];

pub fn action_for(context: Context, event: &KeyEvent) -> Option<Action> {
    bindings(context)
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action)
}

/// `key label` pairs for the status bar.
pub fn bar(context: Context) -> Vec<(String, &'static str)> {
    bindings(context)
        .filter_map(|b| Some((b.keys[0].label(), b.bar?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_confirm_takes_y_or_enter_and_never_j() {
        let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
        assert_eq!(
            action_for(Context::Confirm, &key(KeyCode::Char('y'))),
            Some(Action::Confirm)
        );
        assert_eq!(
            action_for(Context::Confirm, &key(KeyCode::Enter)),
            Some(Action::Confirm)
        );
        assert_eq!(
            action_for(Context::Confirm, &key(KeyCode::Char('n'))),
            Some(Action::Cancel)
        );
        assert_eq!(action_for(Context::Confirm, &key(KeyCode::Esc)), Some(Action::Cancel));
        assert_eq!(action_for(Context::Confirm, &key(KeyCode::Char('j'))), None);
        // Typing in a form is text, not moving or quitting.
        assert_eq!(action_for(Context::Form, &key(KeyCode::Char('j'))), None);
        assert_eq!(action_for(Context::Form, &key(KeyCode::Char('q'))), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(Context::Form, &ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for context in ALL_CONTEXTS {
            let keys: Vec<Key> = bindings(context).flat_map(|b| b.keys.iter().copied()).collect();
            for (i, key) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(key), "{key:?} bound twice in {context:?}");
            }
        }
    }
}
