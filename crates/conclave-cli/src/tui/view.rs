//! Drawing the [`App`]: a pure function of its state onto a ratatui frame.

use ratatui::{
    Frame,
    layout::{Alignment, Constraint, Direction, Layout, Rect},
    style::{Color, Modifier, Style},
    text::{Line as TextLine, Span},
    widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap},
};
use unicode_width::{UnicodeWidthChar as _, UnicodeWidthStr as _};

use conclave_i18n::Arg;

use super::app::{App, Focus, LineKind, Panel, Status};

/// Right-to-left languages align text to the right.
fn align(app: &App) -> Alignment {
    if app.rtl() {
        Alignment::Right
    } else {
        Alignment::Left
    }
}

/// "Conversations", with the unread total when there is one (plural rules per language).
fn list_title(app: &App) -> String {
    let unread: usize = app.convs.iter().map(|c| c.unread).sum();
    let title = app.t("pane-conversations");
    if unread == 0 {
        title
    } else {
        let n = app
            .i18n
            .format("pane-unread", &[("count", Arg::Num(unread as f64))]);
        format!("{title} · {n}")
    }
}

/// Colours, or none (`NO_COLOR`, or a terminal that has none). Only the terminal's own named
/// colours are used, which light and dark themes both map to something readable.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::default().fg(c)
        } else {
            Style::default()
        }
    }
    fn accent(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    fn mine(self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }
    fn theirs(self) -> Style {
        self.fg(Color::Blue).add_modifier(Modifier::BOLD)
    }
    fn notice(self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::ITALIC)
    }
    fn dim(self) -> Style {
        Style::default().add_modifier(Modifier::DIM)
    }
    fn warn(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
}

/// `2026-12-03T10:15:00.000Z` → `10:15` (UTC, like the CLI's times).
fn clock(at: conclave_proto::Timestamp) -> String {
    let s = at.to_rfc3339();
    s.get(11..16).unwrap_or("--:--").to_owned()
}

/// Splits `text` into rows of at most `width` columns (CJK characters take two), breaking
/// at spaces where it can.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut rows = Vec::new();
    for para in text.split('\n') {
        let mut row = String::new();
        let mut cols = 0;
        for word in para.split_inclusive(' ') {
            let w = word.width();
            if cols + w.saturating_sub(usize::from(word.ends_with(' '))) > width && cols > 0 {
                rows.push(std::mem::take(&mut row).trim_end().to_owned());
                cols = 0;
            }
            for ch in word.chars() {
                let cw = ch.width().unwrap_or(0);
                if cols + cw > width && ch != ' ' {
                    rows.push(std::mem::take(&mut row));
                    cols = 0;
                }
                row.push(ch);
                cols += cw;
            }
        }
        rows.push(row.trim_end().to_owned());
    }
    rows
}

pub fn draw(f: &mut Frame, app: &mut App, theme: Theme) {
    let area = f.area();
    let rows = Layout::default()
        .direction(Direction::Vertical)
        .constraints([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .split(area);
    draw_top(f, app, theme, rows[0]);
    let list_width = (area.width / 4).clamp(16, 32);
    // Right-to-left languages mirror the layout: the conversation list on the right.
    let (list_at, main_at) = if app.rtl() { (1, 0) } else { (0, 1) };
    let mut widths = [Constraint::Length(list_width), Constraint::Min(20)];
    if app.rtl() {
        widths.swap(0, 1);
    }
    let cols = Layout::default()
        .direction(Direction::Horizontal)
        .constraints(widths)
        .split(rows[1]);
    draw_list(f, app, theme, cols[list_at]);
    let compose_rows = (app.compose.split('\n').count() as u16).clamp(1, 5) + 2;
    let right = Layout::default()
        .direction(Direction::Vertical)
        .constraints([Constraint::Min(3), Constraint::Length(compose_rows)])
        .split(cols[main_at]);
    draw_messages(f, app, theme, right[0]);
    draw_compose(f, app, theme, right[1]);
    draw_bottom(f, app, theme, rows[2]);
    match &app.panel {
        Panel::None => {}
        Panel::Help => draw_help(f, app, theme, area),
        Panel::Ledger(_) | Panel::Members(_) | Panel::AddEntry(_) => {
            draw_panel(f, app, theme, area)
        }
    }
}

fn draw_top(f: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let (state, style) = match &app.status {
        Status::Connected => (app.t("status-connected"), theme.dim()),
        Status::Reconnecting(why) => (
            app.i18n
                .format("status-reconnecting", &[("reason", Arg::Str(why))]),
            theme.warn(),
        ),
        Status::Paused => (app.t("status-paused"), theme.warn()),
    };
    let line = TextLine::from(vec![
        Span::styled(" Conclave ", theme.accent()),
        Span::raw(format!("{}/{} @ {}  ", app.me, app.device, app.server)),
        Span::styled(state, style),
    ]);
    f.render_widget(Paragraph::new(line).alignment(align(app)), area);
}

fn focus_block(title: String, focused: bool, theme: Theme) -> Block<'static> {
    let block = Block::default().borders(Borders::ALL).title(title);
    if focused {
        block.border_style(theme.accent())
    } else {
        block.border_style(theme.dim())
    }
}

fn draw_list(f: &mut Frame, app: &mut App, theme: Theme, area: Rect) {
    app.list_area = (area.x, area.y, area.width, area.height);
    let items: Vec<ListItem> = app
        .convs
        .iter()
        .map(|c| {
            let mut spans = vec![Span::raw(c.name.clone())];
            if c.unread > 0 {
                spans.push(Span::styled(format!(" ({})", c.unread), theme.warn()));
            }
            if c.mentions > 0 {
                spans.push(Span::styled(" @", theme.warn()));
            }
            ListItem::new(TextLine::from(spans))
        })
        .collect();
    let mut state = ListState::default();
    state.select(app.selected_index());
    let list = List::new(items)
        .block(focus_block(
            list_title(app),
            app.focus == Focus::List,
            theme,
        ))
        .highlight_style(Style::default().add_modifier(Modifier::REVERSED))
        .highlight_symbol("›");
    f.render_stateful_widget(list, area, &mut state);
}

fn draw_messages(f: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let title = app
        .selected
        .as_ref()
        .and_then(|g| app.convs.iter().find(|c| &c.group == g))
        .map(|c| c.name.clone())
        .unwrap_or_else(|| app.t("pane-none"));
    let block = focus_block(title, app.focus == Focus::Messages, theme);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let width = inner.width as usize;
    let mut rows: Vec<TextLine> = Vec::new();
    if app.lines.is_empty() {
        let hint = if app.convs.is_empty() {
            app.t("empty-conversations")
        } else {
            app.t("empty-messages")
        };
        for r in wrap(&hint, width) {
            rows.push(TextLine::styled(r, theme.dim()));
        }
    }
    for l in &app.lines {
        let head = format!("{} {}/{}: ", clock(l.at), l.sender, l.device);
        let head_style = match l.kind {
            LineKind::Mine => theme.mine(),
            LineKind::Theirs => theme.theirs(),
            LineKind::Notice => theme.notice(),
        };
        let body_style = if l.kind == LineKind::Notice {
            theme.notice()
        } else {
            Style::default()
        };
        let head_w = head.width();
        let body = wrap(&l.text, width.saturating_sub(head_w).max(10));
        for (i, part) in body.into_iter().enumerate() {
            if i == 0 {
                rows.push(TextLine::from(vec![
                    Span::styled(head.clone(), head_style),
                    Span::styled(part, body_style),
                ]));
            } else {
                rows.push(TextLine::from(vec![
                    Span::raw(" ".repeat(head_w.min(width.saturating_sub(10)))),
                    Span::styled(part, body_style),
                ]));
            }
        }
    }
    let height = inner.height as usize;
    let end = rows.len().saturating_sub(app.scroll.min(rows.len()));
    let start = end.saturating_sub(height);
    let shown: Vec<TextLine> = rows[start..end].to_vec();
    f.render_widget(Paragraph::new(shown).alignment(align(app)), inner);
}

fn draw_compose(f: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let focused = app.focus == Focus::Compose;
    let mut block = focus_block(app.t("pane-message"), focused, theme);
    if let Some(typing) = &app.typing {
        block = block.title_bottom(TextLine::styled(format!(" {typing} "), theme.dim()));
    }
    let inner = block.inner(area);
    let text: Vec<TextLine> = if app.compose.is_empty() && !focused {
        vec![TextLine::styled(app.t("compose-hint"), theme.dim())]
    } else {
        let mut lines: Vec<String> = app.compose.split('\n').map(str::to_owned).collect();
        let keep = inner.height as usize;
        if lines.len() > keep {
            lines.drain(..lines.len() - keep);
        }
        lines.into_iter().map(TextLine::raw).collect()
    };
    f.render_widget(Paragraph::new(text).block(block), area);
    if focused {
        let last = app.compose.rsplit('\n').next().unwrap_or("");
        let rows = (app.compose.split('\n').count() as u16).min(inner.height.max(1));
        let x = inner.x + (last.width() as u16).min(inner.width.saturating_sub(1));
        f.set_cursor_position((x, inner.y + rows - 1));
    }
}

fn draw_bottom(f: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let line = match &app.notice {
        Some(n) => TextLine::styled(format!(" {n}"), theme.warn()),
        None => {
            let long = app.t("keys-long");
            let text = if long.width() < area.width as usize {
                long
            } else {
                app.t("keys-short")
            };
            TextLine::styled(format!(" {text} "), theme.dim())
        }
    };
    f.render_widget(Paragraph::new(line).alignment(align(app)), area);
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width.saturating_sub(2)).max(10);
    let h = height.min(area.height.saturating_sub(2)).max(5);
    Rect {
        x: area.x + (area.width.saturating_sub(w)) / 2,
        y: area.y + (area.height.saturating_sub(h)) / 2,
        width: w,
        height: h,
    }
}

/// The help: keys and the message id that says what they do.
pub const HELP: &[(&str, &str)] = &[
    ("Tab / Shift+Tab", "help-focus"),
    ("↑ ↓", "help-choose"),
    ("PgUp PgDn, wheel", "help-scroll"),
    ("Enter", "help-enter"),
    ("Alt+Enter, Ctrl+J", "help-newline"),
    ("Ctrl+L", "help-ledger"),
    ("Ctrl+E", "help-add-entry"),
    ("Ctrl+U", "help-members"),
    ("Esc", "help-esc"),
    ("j k g G i", "help-vim"),
    ("? or F1", "help-help"),
    ("q, Ctrl+C", "help-quit"),
];

fn draw_help(f: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let rect = centered(area, 76, HELP.len() as u16 + 4);
    let lines: Vec<TextLine> = HELP
        .iter()
        .map(|(k, v)| {
            TextLine::from(vec![
                Span::styled(format!("{k:<18} "), theme.accent()),
                Span::raw(app.t(v)),
            ])
        })
        .collect();
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .alignment(align(app))
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(app.t("help-title")),
            ),
        rect,
    );
}

fn draw_panel(f: &mut Frame, app: &App, theme: Theme, area: Rect) {
    let (title, lines): (String, Vec<TextLine>) = match &app.panel {
        Panel::Ledger(l) => {
            let mut lines = vec![TextLine::styled(app.t("ledger-balances"), theme.accent())];
            if l.balances.is_empty() {
                lines.push(TextLine::styled(
                    format!("  {}", app.t("ledger-none")),
                    theme.dim(),
                ));
            }
            for (who, b) in &l.balances {
                lines.push(TextLine::raw(format!("  {who:<16} {b}")));
            }
            lines.push(TextLine::styled(app.t("ledger-settle"), theme.accent()));
            if l.settle_up.is_empty() {
                lines.push(TextLine::styled(
                    format!("  {}", app.t("ledger-even")),
                    theme.dim(),
                ));
            }
            for t in &l.settle_up {
                lines.push(TextLine::raw(format!("  {t}")));
            }
            lines.push(TextLine::styled(app.t("ledger-entries"), theme.accent()));
            for e in &l.entries {
                lines.push(TextLine::raw(format!("  {e}")));
            }
            (app.t("ledger-title"), lines)
        }
        Panel::Members(m) => {
            let mut lines = Vec::new();
            for (who, devices, safety) in &m.members {
                lines.push(TextLine::styled(who.clone(), theme.accent()));
                for d in devices {
                    let d = app.i18n.format("members-device", &[("id", Arg::Str(d))]);
                    lines.push(TextLine::raw(format!("  {d}")));
                }
                lines.push(TextLine::styled(format!("  {safety}"), theme.dim()));
            }
            (app.t("members-title"), lines)
        }
        Panel::AddEntry(form) => {
            let mut lines = Vec::new();
            for (i, (name, value)) in form.fields.iter().enumerate() {
                let (style, cursor) = if i == form.at {
                    (Style::default().add_modifier(Modifier::REVERSED), "_")
                } else {
                    (Style::default(), "")
                };
                lines.push(TextLine::from(vec![
                    Span::styled(
                        format!("{:>9}: ", app.t(&format!("form-{name}"))),
                        theme.accent(),
                    ),
                    Span::styled(format!("{value}{cursor}"), style),
                ]));
            }
            lines.push(TextLine::styled(app.t("form-hint"), theme.dim()));
            if let Some((field, msg)) = &form.error {
                lines.push(TextLine::styled(format!("{field}: {msg}"), theme.warn()));
            }
            lines.push(TextLine::styled(app.t("form-keys"), theme.dim()));
            (app.t("form-title"), lines)
        }
        _ => return,
    };
    let rect = centered(area, 72, lines.len() as u16 + 2);
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .alignment(align(app))
            .block(Block::default().borders(Borders::ALL).title(title)),
        rect,
    );
}
