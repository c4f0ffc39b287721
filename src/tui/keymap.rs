//! One table of key bindings per context. The same table drives dispatch,
//! the status bar and the `?` help overlay, so they can never disagree.

use super::tab::{Tab, TABS};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key asks for. Screens and the app interpret these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Show this tab.
    Go(Tab),
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
    /// Open a linked document with the system's opener.
    OpenDocument,
    /// Archive (or bring back) the company shown.
    Archive,
    /// Erase the person shown for good.
    Erase,
    /// A new colleague.
    AddStaff,
    /// The person shown moved to another company.
    MovePerson,
    /// A new goal of this school year.
    AddGoal,
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
    /// Log the selected proposal of the inbox.
    Accept,
    /// Log every proposal shown.
    AcceptAll,
    /// Skip the selected proposal.
    Skip,
    /// Change the selected proposal, then log it.
    EditProposal,
    /// Take back the follow-up just marked done.
    Undo,
    /// Mark (or unmark) the selected row, to act on several at once.
    Mark,
    /// Mark every listed row (or, when all are marked, none).
    MarkAll,
    /// One change to every marked company: tags, status, owner, cadence.
    Bulk,
    /// The campaigns page, and its keys.
    Campaigns,
    NewCampaign,
    Invite,
    ReplyYes,
    ReplyNo,
    ReplyMaybe,
    Came,
    CopyCampaign,
    /// Link a document to the record shown.
    Attach,
    /// A question the company brings.
    AddQuestion,
    /// Decline a question, or record that the company withdrew it.
    CloseQuestion,
    /// Saved views: choose one for this list, or keep this list's filter as one.
    Views,
    SaveView,
    /// A tag's or kind's cadence.
    Cadence,
    /// Who can speak on a topic.
    Experts,
    /// The retention review.
    Review,
    /// A backup copy of the database.
    Backup,
    /// A new team; what a team can take on.
    NewTeam,
    Capacity,
    /// Mail or a calendar read into the inbox.
    ReadSource,
    /// A colleague's login and e-mail; their dossier again; a series ended.
    Account,
    Dossier,
    StopSeries,
    /// The company asked for rest: no new asks until a day.
    Rest,
    /// Places the company offers for a programme and period.
    Places,
    /// The contact person left their company.
    PersonLeft,
    /// A company's memberships, introduction and other schools' asks.
    Network,
    /// An organisation's members, listed on the Companies tab.
    Members,
    /// The school's offers, on the Questions tab.
    Offers,
    /// Mark a person a former student of ours.
    Alumnus,
    /// A new offer from the school.
    AddOffer,
    /// A membership or a colleague's tie ends.
    EndTies,
    /// Who opened the door to a person.
    Introduced,
    /// Forms and dialogs.
    Save,
    NextField,
    PrevField,
    Cancel,
    Confirm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// A tab's list.
    Tab(Tab),
    /// The pages opened on top of a tab.
    Company,
    Person,
    Circle,
    Meeting,
    Duplicates,
    /// The database's log of changes.
    Log,
    Campaigns,
    /// Overlays: their own keys only (typing goes into the field).
    Form,
    Confirm,
    Search,
    Filter,
}

impl Context {
    /// The overlays, whose keys are theirs alone.
    pub const OVERLAYS: [Context; 4] = [Context::Form, Context::Confirm, Context::Search, Context::Filter];
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

/// A binding: its keys, the action, the help line and (optionally) the
/// word in the status bar. Screens write their tables with it.
macro_rules! bind {
    ([$($key:expr),+], $action:ident, $help:literal, $bar:literal) => {
        $crate::tui::keymap::Binding {
            keys: &[$($key),+],
            action: $crate::tui::keymap::Action::$action,
            help: $help,
            bar: Some($bar),
        }
    };
    ([$($key:expr),+], $action:ident, $help:literal) => {
        $crate::tui::keymap::Binding {
            keys: &[$($key),+],
            action: $crate::tui::keymap::Action::$action,
            help: $help,
            bar: None,
        }
    };
}
pub(crate) use bind;

use Key::*;

const MOVE: [Binding; 6] = [
    bind!([Up, Char('k')], Up, "move up"),
    bind!([Down, Char('j')], Down, "move down"),
    bind!([PageUp, Ctrl('u')], PageUp, "page up"),
    bind!([PageDown, Ctrl('d')], PageDown, "page down"),
    bind!([Home, Char('g')], Top, "to the top"),
    bind!([End, Char('G')], Bottom, "to the bottom"),
];

const GLOBAL: [Binding; 6] = [
    bind!([Ctrl('f')], Search, "search everywhere"),
    bind!([Ctrl('r')], Refresh, "reload from the database"),
    bind!(
        [Char('u')],
        Undo,
        "undo the last change (done, snooze, delete, log, edit, reassign, attendance, a new member, an import, a bulk change, a handover within the hour)"
    ),
    bind!([Char('?')], Help, "this help", "help"),
    bind!([Char('q')], Quit, "quit", "quit"),
    bind!([Ctrl('c')], Quit, "quit"),
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

/// The keys of an overlay: its own, and ctrl-c, which always quits.
/// `None` for a screen (`screens::bindings` has those).
pub fn overlay_bindings(context: Context) -> Option<impl Iterator<Item = &'static Binding>> {
    overlay(context).map(|own| own.iter().chain(ALWAYS.iter()))
}

/// A key per tab, 1 to 9 then 0 and `@`, in the order of `TABS`.
static TAB_KEYS: std::sync::LazyLock<Vec<Key>> =
    std::sync::LazyLock::new(|| crate::tui::tab::TAB_KEYS.iter().map(|c| Key::Char(*c)).collect());

/// The keys that show each tab, made from the list of tabs.
static GO: std::sync::LazyLock<Vec<Binding>> = std::sync::LazyLock::new(|| {
    TABS.iter()
        .zip(TAB_KEYS.iter())
        .map(|(tab, key)| Binding {
            keys: std::slice::from_ref(key),
            action: Action::Go(*tab),
            help: tab.english(),
            bar: None,
        })
        .collect()
});

/// A screen's keys: its own first, then moving, the tabs and the global ones.
pub fn screen_bindings(own: &'static [Binding]) -> impl Iterator<Item = &'static Binding> {
    own.iter().chain(MOVE.iter()).chain(GO.iter()).chain(GLOBAL.iter())
}

/// The action of the first of these bindings that has this key.
pub fn find<'a>(mut bindings: impl Iterator<Item = &'a Binding>, event: &KeyEvent) -> Option<Action> {
    bindings
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action)
}

/// What a key does in an overlay.
pub fn overlay_action(context: Context, event: &KeyEvent) -> Option<Action> {
    find(overlay_bindings(context)?, event)
}

/// `key label` pairs for the status bar.
pub fn bar<'a>(bindings: impl Iterator<Item = &'a Binding>) -> Vec<(String, &'static str)> {
    bindings.filter_map(|b| Some((b.keys[0].label(), b.bar?))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_confirm_takes_y_or_enter_and_never_j() {
        let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
        assert_eq!(
            overlay_action(Context::Confirm, &key(KeyCode::Char('y'))),
            Some(Action::Confirm)
        );
        assert_eq!(
            overlay_action(Context::Confirm, &key(KeyCode::Enter)),
            Some(Action::Confirm)
        );
        assert_eq!(
            overlay_action(Context::Confirm, &key(KeyCode::Char('n'))),
            Some(Action::Cancel)
        );
        assert_eq!(
            overlay_action(Context::Confirm, &key(KeyCode::Esc)),
            Some(Action::Cancel)
        );
        assert_eq!(overlay_action(Context::Confirm, &key(KeyCode::Char('j'))), None);
        // Typing in a form is text, not moving or quitting.
        assert_eq!(overlay_action(Context::Form, &key(KeyCode::Char('j'))), None);
        assert_eq!(overlay_action(Context::Form, &key(KeyCode::Char('q'))), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(overlay_action(Context::Form, &ctrl_c), Some(Action::Quit));
    }
}
