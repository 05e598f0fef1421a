//! The terminal UI's state and its keys: plain data, no terminal and no network, so every
//! screen can be built in a test. The runtime (`mod.rs`) fills it from the messenger and
//! carries out the [`Action`]s keys produce.

use conclave_client_core::ledger::EntryForm;
use conclave_proto::{GroupId, Timestamp};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};

/// Longest message the compose line takes (the envelope's own limit is larger).
pub const COMPOSE_MAX: usize = 16 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvItem {
    pub group: GroupId,
    pub name: String,
    pub is_group: bool,
    pub unread: usize,
    /// Unread messages that name this account (`@alice`).
    pub mentions: usize,
    pub last_at: Option<Timestamp>,
    pub last_seq: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Someone else's message.
    Theirs,
    /// This account's (any of its devices).
    Mine,
    /// Membership changes, calls, ledger entries, unreadable messages.
    Notice,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub seq: u64,
    pub sender: String,
    pub device: u64,
    pub at: Timestamp,
    pub text: String,
    pub kind: LineKind,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LedgerView {
    /// (member, formatted balance per currency).
    pub balances: Vec<(String, String)>,
    /// "bob pays alice 12.50 EUR".
    pub settle_up: Vec<String>,
    /// Newest first: "3f2a… 2026-12-01 payment 30.00 EUR alice → bob, carol (dinner)".
    pub entries: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MembersView {
    /// (account, its devices as "id name", safety number or why there is none).
    pub members: Vec<(String, Vec<String>, String)>,
}

/// The add-an-entry form: its fields are an [`EntryForm`]'s, checked by the core.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryFormState {
    pub fields: Vec<(&'static str, String)>,
    pub at: usize,
    /// The core's complaint about the last submission, with the field it concerns.
    pub error: Option<(String, String)>,
}

pub const FORM_FIELDS: [&str; 7] = ["kind", "amount", "currency", "from", "split", "to", "memo"];

impl EntryFormState {
    pub fn new(me: &str) -> EntryFormState {
        let defaults = ["payment", "", "EUR", me, "equal", "", ""];
        EntryFormState {
            fields: FORM_FIELDS
                .iter()
                .zip(defaults)
                .map(|(f, d)| (*f, d.to_owned()))
                .collect(),
            at: 1,
            error: None,
        }
    }

    fn get(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(f, _)| *f == name)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    }

    /// The core's form (members: the conversation's, for an equal split).
    pub fn to_form(&self, members: &[String]) -> EntryForm {
        let split = self.get("split");
        let to = self.get("to");
        let members = if split == "equal" && !to.is_empty() {
            to.split(',').map(|s| s.trim().to_owned()).collect()
        } else {
            members.to_vec()
        };
        EntryForm {
            kind: self.get("kind"),
            amount: self.get("amount"),
            currency: self.get("currency"),
            from: self.get("from"),
            split,
            to,
            members,
            shares: Vec::new(),
            date: String::new(),
            memo: self.get("memo"),
            reference: String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Panel {
    None,
    Help,
    Ledger(LedgerView),
    Members(MembersView),
    AddEntry(EntryFormState),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Messages,
    Compose,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Connected,
    Reconnecting(String),
    /// Another `conclave` command has the device's state for a moment.
    Paused,
}

/// What a key asks the runtime to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The selected conversation changed: load its messages, mark them read.
    Open(GroupId),
    Send(GroupId, String),
    ShowLedger(GroupId),
    ShowMembers(GroupId),
    AddEntry(GroupId, Box<EntryFormState>),
    Quit,
}

pub struct App {
    /// The UI's language (English unless `--lang` or the environment say otherwise).
    pub i18n: conclave_i18n::Localizer,
    pub me: String,
    pub device: u64,
    pub server: String,
    pub convs: Vec<ConvItem>,
    pub selected: Option<GroupId>,
    pub lines: Vec<Line>,
    /// Lines scrolled up from the newest.
    pub scroll: usize,
    pub focus: Focus,
    pub compose: String,
    pub panel: Panel,
    pub status: Status,
    /// The last thing worth telling ("sent", an error).
    pub notice: Option<String>,
    pub vim: bool,
    pub unread_first: bool,
    /// Where the conversation list was drawn (for mouse clicks): top row, rows.
    pub list_area: (u16, u16, u16, u16),
    /// Who is typing in the open conversation, worded ("alice is typing…").
    pub typing: Option<String>,
}

impl App {
    pub fn new(me: &str, device: u64, server: &str) -> App {
        App {
            i18n: conclave_i18n::Localizer::negotiate(&["en"], false),
            me: me.to_owned(),
            device,
            server: server.to_owned(),
            convs: Vec::new(),
            selected: None,
            lines: Vec::new(),
            scroll: 0,
            focus: Focus::List,
            compose: String::new(),
            panel: Panel::None,
            status: Status::Connected,
            notice: None,
            vim: false,
            unread_first: false,
            list_area: (0, 0, 0, 0),
            typing: None,
        }
    }

    /// Whether the UI's language is written right to left (the layout mirrors).
    pub fn rtl(&self) -> bool {
        self.i18n.direction() == conclave_i18n::Direction::Rtl
    }

    pub fn t(&self, id: &str) -> String {
        self.i18n.t(id)
    }

    /// Replaces the conversation list, sorted by recent activity (unread first when asked),
    /// keeping the selection.
    pub fn set_conversations(&mut self, mut convs: Vec<ConvItem>) {
        convs.sort_by(|a, b| {
            let unread = |c: &ConvItem| c.unread > 0;
            (self.unread_first && unread(b))
                .cmp(&(self.unread_first && unread(a)))
                .then(b.last_at.cmp(&a.last_at))
                .then(a.name.cmp(&b.name))
        });
        self.convs = convs;
        if self.selected.is_none() {
            self.selected = self.convs.first().map(|c| c.group.clone());
        }
    }

    pub fn selected_index(&self) -> Option<usize> {
        let g = self.selected.as_ref()?;
        self.convs.iter().position(|c| &c.group == g)
    }

    fn select(&mut self, index: usize) -> Option<Action> {
        let c = self.convs.get(index)?;
        if self.selected.as_ref() == Some(&c.group) {
            return None;
        }
        self.selected = Some(c.group.clone());
        self.scroll = 0;
        self.panel = Panel::None;
        Some(Action::Open(c.group.clone()))
    }

    fn move_selection(&mut self, delta: isize) -> Option<Action> {
        if self.convs.is_empty() {
            return None;
        }
        let now = self.selected_index().unwrap_or(0) as isize;
        let last = self.convs.len() as isize - 1;
        self.select((now + delta).clamp(0, last) as usize)
    }

    fn scroll_by(&mut self, delta: isize) {
        let max = self.lines.len().saturating_sub(1) as isize;
        self.scroll = (self.scroll as isize + delta).clamp(0, max) as usize;
    }

    pub fn handle_mouse(&mut self, ev: MouseEvent) -> Option<Action> {
        match ev.kind {
            MouseEventKind::ScrollUp => self.scroll_by(3),
            MouseEventKind::ScrollDown => self.scroll_by(-3),
            MouseEventKind::Down(_) => {
                let (x, y, w, h) = self.list_area;
                if ev.column >= x && ev.column < x + w && ev.row > y && ev.row < y + h {
                    self.focus = Focus::List;
                    return self.select((ev.row - y - 1) as usize);
                }
            }
            _ => {}
        }
        None
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> Option<Action> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && key.code == KeyCode::Char('c') {
            return Some(Action::Quit);
        }
        if matches!(self.panel, Panel::AddEntry(_)) && key.code == KeyCode::Esc {
            self.panel = Panel::None;
            return None;
        }
        if let Panel::AddEntry(form) = &mut self.panel {
            return Self::form_key(form, key, self.selected.clone());
        }
        // Panels close with Esc; the help also with '?'.
        if self.panel != Panel::None
            && (key.code == KeyCode::Esc
                || (self.panel == Panel::Help && key.code == KeyCode::Char('?')))
        {
            self.panel = Panel::None;
            return None;
        }
        let group = self.selected.clone();
        match (key.code, ctrl) {
            (KeyCode::Tab, _) => {
                self.focus = match self.focus {
                    Focus::List => Focus::Messages,
                    Focus::Messages => Focus::Compose,
                    Focus::Compose => Focus::List,
                };
                return None;
            }
            (KeyCode::BackTab, _) => {
                self.focus = match self.focus {
                    Focus::List => Focus::Compose,
                    Focus::Messages => Focus::List,
                    Focus::Compose => Focus::Messages,
                };
                return None;
            }
            (KeyCode::F(1), _) => {
                self.panel = Panel::Help;
                return None;
            }
            (KeyCode::PageUp, _) => {
                self.scroll_by(10);
                return None;
            }
            (KeyCode::PageDown, _) => {
                self.scroll_by(-10);
                return None;
            }
            (KeyCode::Char('l'), true) => return group.map(Action::ShowLedger),
            (KeyCode::Char('e'), true) => {
                group.as_ref()?;
                self.panel = Panel::AddEntry(EntryFormState::new(&self.me));
                return None;
            }
            (KeyCode::Char('u'), true) => return group.map(Action::ShowMembers),
            _ => {}
        }
        match self.focus {
            Focus::Compose => self.compose_key(key, group),
            Focus::List | Focus::Messages => self.browse_key(key),
        }
    }

    fn browse_key(&mut self, key: KeyEvent) -> Option<Action> {
        let list = self.focus == Focus::List;
        let vim = self.vim;
        match key.code {
            KeyCode::Char('q') => Some(Action::Quit),
            KeyCode::Char('?') => {
                self.panel = Panel::Help;
                None
            }
            KeyCode::Up if list => self.move_selection(-1),
            KeyCode::Down if list => self.move_selection(1),
            KeyCode::Char('k') if vim && list => self.move_selection(-1),
            KeyCode::Char('j') if vim && list => self.move_selection(1),
            KeyCode::Up => {
                self.scroll_by(1);
                None
            }
            KeyCode::Down => {
                self.scroll_by(-1);
                None
            }
            KeyCode::Char('k') if vim => {
                self.scroll_by(1);
                None
            }
            KeyCode::Char('j') if vim => {
                self.scroll_by(-1);
                None
            }
            KeyCode::Char('g') if vim => {
                self.scroll = self.lines.len().saturating_sub(1);
                None
            }
            KeyCode::Char('G') if vim => {
                self.scroll = 0;
                None
            }
            KeyCode::Char('i') if vim => {
                self.focus = Focus::Compose;
                None
            }
            KeyCode::Enter | KeyCode::Right => {
                self.focus = Focus::Compose;
                None
            }
            _ => None,
        }
    }

    fn compose_key(&mut self, key: KeyEvent, group: Option<GroupId>) -> Option<Action> {
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let shift = key.modifiers.contains(KeyModifiers::SHIFT);
        match key.code {
            KeyCode::Esc => {
                self.focus = Focus::List;
                None
            }
            // Alt+Enter (or Shift+Enter where the terminal tells them apart) starts a new line.
            KeyCode::Enter if alt || shift => {
                self.push_char('\n');
                None
            }
            KeyCode::Char('j') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.push_char('\n');
                None
            }
            KeyCode::Enter => {
                let text = self.compose.trim_end().to_owned();
                if text.trim().is_empty() {
                    return None;
                }
                let group = group?;
                self.compose.clear();
                self.scroll = 0;
                Some(Action::Send(group, text))
            }
            KeyCode::Backspace => {
                self.compose.pop();
                None
            }
            KeyCode::Char(c) => {
                self.push_char(c);
                None
            }
            _ => None,
        }
    }

    fn push_char(&mut self, c: char) {
        if self.compose.len() + c.len_utf8() <= COMPOSE_MAX && (c == '\n' || !c.is_control()) {
            self.compose.push(c);
        }
    }

    fn form_key(
        form: &mut EntryFormState,
        key: KeyEvent,
        group: Option<GroupId>,
    ) -> Option<Action> {
        match key.code {
            KeyCode::Tab | KeyCode::Down => form.at = (form.at + 1) % form.fields.len(),
            KeyCode::BackTab | KeyCode::Up => {
                form.at = (form.at + form.fields.len() - 1) % form.fields.len()
            }
            KeyCode::Enter => return Some(Action::AddEntry(group?, Box::new(form.clone()))),
            KeyCode::Backspace => {
                form.fields[form.at].1.pop();
            }
            KeyCode::Char(c) if !c.is_control() && form.fields[form.at].1.len() < 256 => {
                form.fields[form.at].1.push(c)
            }
            _ => {}
        }
        None
    }
}
