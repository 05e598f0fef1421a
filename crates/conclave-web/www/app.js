// The Conclave web app's page. All cryptography, the conversation logic and the storage are in
// the Rust client (conclave-web, WebAssembly); this file only draws and forwards clicks.
// Text from the network is only ever set with textContent (never parsed as HTML).

import init, * as core from './pkg/conclave_web.js';

// ------------------------------------------------------------------------------ helpers

/** h('tag.class', {attrs, on: {event: fn}}, ...children) */
function h(spec, props = {}, ...children) {
  const [tag, ...classes] = spec.split('.');
  const el = document.createElement(tag);
  if (classes.length) el.className = classes.join(' ');
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else if (k === 'text') el.textContent = v;
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function field(label, input, hint) {
  const id = input.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  input.id = id;
  const hintEl = hint ? h('span.hint', { id: `${id}-hint`, text: hint }) : null;
  if (hintEl) input.setAttribute('aria-describedby', hintEl.id);
  return [h('label', { for: id, text: label }), input, hintEl];
}

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateFmt = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const fullFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function when(ms) {
  const d = new Date(ms);
  return new Date().toDateString() === d.toDateString() ? timeFmt.format(d) : dateFmt.format(d);
}

function toast(text) {
  const t = document.getElementById('toast');
  if (!t) return;
  t.textContent = text;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.textContent = ''; }, 5000);
}

/** Runs `work` with `button` disabled; shows errors in `errorEl`. */
async function busy(button, errorEl, work, label = 'Working…') {
  const before = button.textContent;
  button.disabled = true;
  button.textContent = label;
  if (errorEl) errorEl.textContent = '';
  try {
    return await work();
  } catch (e) {
    if (errorEl) errorEl.textContent = explain(e);
    else toast(explain(e));
    return undefined;
  } finally {
    button.disabled = false;
    button.textContent = before;
  }
}

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function explain(e) {
  const message = (e && e.message) || String(e);
  if (e && e.code === 'wrong_passphrase') {
    const detail = message.replace(/^wrong passphrase:\s*/i, '');
    return `Wrong passphrase. ${capitalize(detail)}. Try again.`;
  }
  return capitalize(message);
}

/** Lets the browser paint (a "Working…" label) before a long computation (argon2id). */
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

function splitNames(text) {
  return text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
}

// ------------------------------------------------------------------------------ state

const app = {
  client: null,
  account: null,
  conversations: [],
  /** group hex → messages shown */
  history: new Map(),
  /** groups this device was removed from in this session */
  removed: new Set(),
  /** {fingerprint} from /v1/info, for CLI links */
  info: null,
  /** the invitation or device link the page was opened with */
  pendingLink: null,
  lastInvite: null,
};

/**
 * Per-conversation panels, shown beside the conversation (desktop) or instead of it (phone).
 * A feature adds one entry: { id, title, render(container, conversation) }.
 */
export const conversationPanels = [
  { id: 'members', title: 'Members', render: renderMembersPanel },
];

// ------------------------------------------------------------------------------ boot

function captureLink() {
  const { pathname, hash, origin } = window.location;
  if ((pathname === '/join' || pathname === '/device') && hash.includes('code=')) {
    app.pendingLink = `${origin}${pathname}${hash}`;
    // The code must not stay in the address bar or the history.
    history.replaceState(null, '', '/');
  }
}

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((e) => {
    console.warn('service worker not registered:', e);
  });
}

/** One tab at a time: two tabs would both write this device's state. */
function holdTabLock() {
  return new Promise((resolve) => {
    if (!navigator.locks) { resolve(true); return; }
    navigator.locks.request('conclave-device', { ifAvailable: true }, (lock) => {
      resolve(!!lock);
      return lock ? new Promise(() => {}) : undefined;
    });
  });
}

async function boot() {
  captureLink();
  registerServiceWorker();
  const status = document.getElementById('boot-status');
  try {
    await init();
  } catch (e) {
    status.textContent = `Conclave could not start: ${explain(e)}`;
    return;
  }
  if (!(await holdTabLock())) {
    status.textContent = 'Conclave is already open in another tab or window of this browser. Close it, then reload this page.';
    return;
  }
  fetch('/v1/info').then((r) => r.json()).then((info) => { app.info = info; }).catch(() => {});
  let device = null;
  try {
    device = await core.storedDevice();
  } catch (e) {
    status.textContent = explain(e);
    return;
  }
  if (device) renderUnlock(device);
  else renderWelcome();
}

function mount(...nodes) {
  const root = document.getElementById('app');
  root.className = '';
  root.replaceChildren(...nodes, h('div.toast', { id: 'toast', role: 'status', 'aria-live': 'polite' }));
}

// ------------------------------------------------------------------------------ set-up

function passphraseFields(prefix) {
  const pass = h('input', { type: 'password', name: 'passphrase', autocomplete: 'new-password', minlength: 8, required: true, id: `${prefix}-pass` });
  const again = h('input', { type: 'password', name: 'again', autocomplete: 'new-password', minlength: 8, required: true, id: `${prefix}-again` });
  return {
    pass,
    again,
    nodes: [
      ...field('Passphrase', pass, 'At least 8 characters. It encrypts this device\'s keys and history in this browser and never leaves it; forgotten, this browser\'s copy cannot be opened.'),
      ...field('Repeat the passphrase', again),
    ],
  };
}

function renderWelcome() {
  const kind = app.pendingLink && app.pendingLink.includes('/device#') ? 'device' : 'join';

  const joinLink = h('input', { name: 'link', id: 'join-link', required: true, autocomplete: 'off', spellcheck: 'false', value: kind === 'join' ? app.pendingLink : '' });
  const user = h('input', { name: 'username', id: 'join-username', required: true, autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', maxlength: 32 });
  const joinDevice = h('input', { name: 'device', id: 'join-device', value: 'browser', maxlength: 64 });
  const joinPass = passphraseFields('join');
  const joinError = h('p.error', { role: 'alert', id: 'join-error' });
  const joinButton = h('button.primary', { type: 'submit', text: 'Join' });
  const joinForm = h('form.card', { 'aria-labelledby': 'join-title', on: { submit: (e) => { e.preventDefault(); setup('join'); } } },
    h('h2', { id: 'join-title', text: 'Join with an invitation' }),
    ...field('Invitation link', joinLink, 'https://…/join#code=… or conclave://…/join#code=…'),
    ...field('Username', user, '3 to 32 characters: a–z, 0–9, “.”, “_”, “-”.'),
    ...field('Name of this device', joinDevice),
    ...joinPass.nodes,
    h('div.actions', {}, joinButton),
    joinError);

  const linkLink = h('input', { name: 'link', id: 'link-link', required: true, autocomplete: 'off', spellcheck: 'false', value: kind === 'device' ? app.pendingLink : '' });
  const linkDevice = h('input', { name: 'device', id: 'link-device', value: 'browser', maxlength: 64 });
  const linkPass = passphraseFields('link');
  const linkError = h('p.error', { role: 'alert', id: 'link-error' });
  const linkButton = h('button.primary', { type: 'submit', text: 'Link this browser' });
  const linkForm = h('form.card', { 'aria-labelledby': 'link-title', on: { submit: (e) => { e.preventDefault(); setup('device'); } } },
    h('h2', { id: 'link-title', text: 'Link this browser to your account' }),
    h('p.hint', { text: 'On a device that has your account, run “conclave device link” and paste the link it prints. That device then adds this browser to your conversations.' }),
    ...field('Device link', linkLink, 'https://…/device#code=… or conclave://…/device#code=…'),
    ...field('Name of this device', linkDevice),
    ...linkPass.nodes,
    h('div.actions', {}, linkButton),
    linkError);

  async function setup(which) {
    const isJoin = which === 'join';
    const [pass, button, error] = isJoin ? [joinPass, joinButton, joinError] : [linkPass, linkButton, linkError];
    if (pass.pass.value !== pass.again.value) { error.textContent = 'The two passphrases differ.'; pass.again.focus(); return; }
    const client = await busy(button, error, async () => {
      await nextFrame();
      return isJoin
        ? core.register(joinLink.value, user.value, joinDevice.value, pass.pass.value)
        : core.linkDevice(linkLink.value, linkDevice.value, pass.pass.value);
    }, isJoin ? 'Joining…' : 'Linking…');
    if (client) startApp(client);
  }

  const forms = kind === 'device' ? [linkForm, joinForm] : [joinForm, linkForm];
  mount(h('main.page.narrow', {},
    h('h1.brand', {}, h('img', { src: '/icons/icon-192.png', alt: '' }), 'Conclave'),
    h('p', { text: 'Invite-only, end-to-end encrypted messaging. Your keys are made and kept in this browser.' }),
    ...forms));
  (kind === 'device' ? linkDevice : (joinLink.value ? user : joinLink)).focus();
}

function renderUnlock(device) {
  const pass = h('input', { type: 'password', id: 'unlock-pass', name: 'passphrase', autocomplete: 'current-password', required: true });
  const error = h('p.error', { role: 'alert', id: 'unlock-error' });
  const button = h('button.primary', { type: 'submit', text: 'Unlock' });
  const note = app.pendingLink ? h('p.hint', { text: 'This browser already holds a Conclave device; the link you opened is not used. To use it, remove this device from this browser first.' }) : null;
  const forget = h('button.danger', {
    type: 'button',
    text: 'Remove this device from this browser',
    on: {
      click: async () => {
        if (!confirm(`Remove ${device.username}'s device from this browser? Its keys and history here are deleted; your account and other devices stay.`)) return;
        await busy(forget, error, async () => { await core.forgetDevice(); renderWelcome(); });
      },
    },
  });
  mount(h('main.page.narrow', {},
    h('h1.brand', {}, h('img', { src: '/icons/icon-192.png', alt: '' }), 'Conclave'),
    h('form.card', { 'aria-labelledby': 'unlock-title', on: { submit: async (e) => {
      e.preventDefault();
      const client = await busy(button, error, async () => { await nextFrame(); return core.unlock(pass.value); }, 'Unlocking…');
      if (client) startApp(client);
      else { pass.select(); pass.focus(); }
    } } },
      h('h2', { id: 'unlock-title', text: 'Unlock Conclave' }),
      h('p', {}, 'This browser holds the device “', device.device_name, '” of ', h('strong', { text: device.username }), '.'),
      ...field('Passphrase', pass),
      h('div.actions', {}, button),
      error,
      note),
    h('div.card', {}, h('p.hint', { text: 'Forgot the passphrase? This browser\'s copy cannot be opened without it. Remove it here and link this browser again from another of your devices.' }), forget)));
  pass.focus();
}

// ------------------------------------------------------------------------------ the app

let shell;

async function startApp(client) {
  app.client = client;
  app.account = client.account();
  client.setListener(onEvent);
  shell = buildShell();
  mount(shell.root);
  await refreshConversations();
  window.addEventListener('hashchange', route);
  route();
  client.startLive();
  window.addEventListener('pagehide', () => { app.client && app.client.close(); });
  // Back from the back/forward cache the session is closed: start again.
  window.addEventListener('pageshow', (e) => { if (e.persisted) window.location.reload(); });
}

function buildShell() {
  const status = h('span.status', { id: 'status', role: 'status' });
  const banner = h('div.banner', { id: 'banner', 'aria-live': 'polite' });
  const list = h('ul.conversations', { id: 'conversation-list', 'aria-label': 'Conversations' });
  const listPane = h('section.pane.list', { 'aria-label': 'Conversations' },
    h('header.topbar', {},
      h('h1', {}, 'Conclave', h('span.sub', {}, status)),
      h('button', { type: 'button', text: 'New', 'aria-label': 'New conversation', on: { click: () => go('#/new') } }),
      h('button', { type: 'button', text: 'Account', on: { click: () => go('#/account') } })),
    banner,
    h('div.scroll', {}, list));

  const title = h('h2', { id: 'conversation-title' });
  const detailsButton = h('button', { type: 'button', id: 'details-button', text: 'Details', 'aria-expanded': 'false', on: { click: togglePanel } });
  const convBanner = h('div.banner.alert', { id: 'conversation-banner' });
  const connBanner = h('div.banner', { id: 'connection-banner', 'aria-live': 'polite' });
  const messages = h('ol.messages', { id: 'messages', role: 'log', 'aria-live': 'polite', 'aria-label': 'Messages' });
  const scroller = h('div.scroll', { id: 'message-scroll' }, messages);
  const text = h('textarea', { id: 'composer-text', rows: 1, placeholder: 'Message', 'aria-label': 'Message', maxlength: 65536 });
  const send = h('button.primary', { type: 'submit', id: 'send-button', text: 'Send' });
  const composer = h('form.composer', { id: 'composer', on: { submit: (e) => { e.preventDefault(); sendMessage(); } } }, text, send);
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); sendMessage(); }
  });
  text.addEventListener('input', () => { text.style.height = 'auto'; text.style.height = `${Math.min(text.scrollHeight, 144)}px`; });
  const conversationPane = h('section.pane.conversation', { 'aria-labelledby': 'conversation-title' },
    h('header.topbar', {},
      h('button.back-to-list', { type: 'button', text: '‹ Chats', 'aria-label': 'Back to conversations', on: { click: () => go('#/') } }),
      title,
      detailsButton),
    connBanner,
    convBanner,
    scroller,
    composer);

  const panelTitle = h('h2', { id: 'panel-title' });
  const tabs = h('div.tabs', { role: 'tablist', 'aria-label': 'Conversation panels' });
  const panelBody = h('div.scroll.pad', { id: 'panel-body', role: 'tabpanel' });
  const panelPane = h('section.pane.panel', { 'aria-labelledby': 'panel-title' },
    h('header.topbar', {},
      h('button', { type: 'button', text: '‹ Back', 'aria-label': 'Close the panel', on: { click: closePanel } }),
      panelTitle),
    tabs,
    panelBody);

  const empty = h('section.pane.empty', {}, h('p', { text: 'Choose a conversation, or start one with “New”.' }));
  const pageTitle = h('h2', { id: 'page-title' });
  const pageBody = h('div.scroll.pad', { id: 'page-body' });
  const pagePane = h('section.pane.page-pane', { 'aria-labelledby': 'page-title' },
    h('header.topbar', {}, h('button', { type: 'button', text: '‹ Chats', 'aria-label': 'Back to conversations', on: { click: () => go('#/') } }), pageTitle),
    pageBody);

  const root = h('div.shell', { 'data-view': 'list' }, listPane, conversationPane, empty, panelPane, pagePane);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && root.classList.contains('with-panel')) closePanel();
  });
  return { root, status, banner, connBanner, list, title, detailsButton, convBanner, messages, scroller, text, send, composer, panelTitle, tabs, panelBody, pageTitle, pageBody };
}

function go(hash) {
  if (window.location.hash === hash) route();
  else window.location.hash = hash;
}

/** Routes: #/ (list), #/c/GROUP, #/c/GROUP/PANEL, #/new, #/account. */
function route() {
  const parts = window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  renderStatus();
  if (parts[0] === 'c' && parts[1]) {
    openConversation(parts[1], parts[2] || null);
  } else if (parts[0] === 'new') {
    app.current = null;
    showPage('New conversation', renderNewPage);
  } else if (parts[0] === 'account') {
    app.current = null;
    showPage('Account', renderAccountPage);
  } else {
    app.current = null;
    shell.root.dataset.view = 'list';
    shell.root.classList.remove('with-panel');
    renderList();
  }
}

function showPage(title, render) {
  shell.root.dataset.view = 'page';
  shell.root.classList.remove('with-panel');
  shell.pageTitle.textContent = title;
  shell.pageBody.replaceChildren();
  render(shell.pageBody);
  renderList();
}

function renderStatus() {
  const a = app.account || {};
  shell.status.className = `status${a.online ? ' online' : ''}`;
  shell.status.textContent = a.online ? `${a.username} · online` : `${a.username} · ${a.state === 'offline' || !a.state ? 'offline' : a.state}`;
  let text = '';
  if (a.state === 'expired') text = 'Your account has expired. Redeem a renewal code under Account to continue.';
  else if (a.state === 'replaced') text = 'Conclave was opened for this device elsewhere; this page stopped. Reload to use it here.';
  else if (a.state === 'refused') text = `The server refused this device: ${a.status}`;
  else if (!a.online && a.status) text = `Offline: showing what this browser has. ${a.status}`;
  else if (a.expires_at && a.expires_at - Date.now() < 14 * 86400e3) text = `Your account expires on ${dateFmt.format(new Date(a.expires_at))}. Ask an admin for a renewal code.`;
  shell.banner.textContent = text;
  shell.banner.className = `banner${a.state === 'expired' || a.state === 'refused' ? ' alert' : ''}`;
  shell.connBanner.textContent = a.online ? '' : (a.state === 'expired' ? 'Your account has expired: renew it under Account.' : 'Offline: you can read; sending works again once reconnected.');
}

function expiryText(a) {
  if (!a.expires_at) return 'unknown (offline)';
  const days = Math.floor((a.expires_at - Date.now()) / 86400e3);
  return `${fullFmt.format(new Date(a.expires_at))}${days < 0 ? ' (expired)' : ` (${days} days)`}`;
}

async function refreshConversations() {
  try {
    app.conversations = await app.client.conversations();
  } catch (e) {
    toast(explain(e));
  }
  renderList();
}

let refreshTimer = null;
function refreshSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refreshConversations, 150);
}

function renderList() {
  const items = app.conversations.map((c) => {
    const last = c.last ? `${c.last.mine ? 'You' : c.last.sender}: ${c.last.text}` : (c.kind === 'group' ? 'Group created' : 'No messages yet');
    return h('li', {}, h('button', {
      type: 'button',
      'data-group': c.group,
      'aria-current': c.group === app.current ? 'true' : 'false',
      on: { click: () => go(`#/c/${c.group}`) },
    },
      h('span.name', { text: c.name }),
      h('span.when', { text: when(c.last_at) }),
      h('span.last', { text: last })));
  });
  if (!items.length) items.push(h('li.pad.hint', { text: 'No conversations yet.' }));
  shell.list.replaceChildren(...items);
}

function conversationOf(group) {
  return app.conversations.find((c) => c.group === group);
}

async function openConversation(group, panel) {
  const switching = app.current !== group;
  app.current = group;
  const conversation = conversationOf(group);
  const removed = app.removed.has(group);
  if (!conversation && !removed) {
    toast('This conversation is not on this device.');
    go('#/');
    return;
  }
  shell.title.textContent = conversation ? conversation.name : (app.history.get(group)?.name || 'Conversation');
  shell.convBanner.textContent = removed ? 'You were removed from this conversation. You no longer receive its messages.' : '';
  shell.text.disabled = removed;
  shell.send.disabled = removed;
  renderList();
  if (switching || !app.history.has(group)) {
    if (!removed) {
      try {
        const messages = await app.client.history(group);
        app.history.set(group, { name: conversation.name, messages });
      } catch (e) {
        toast(explain(e));
      }
    }
    renderMessages();
  }
  if (panel) {
    shell.root.dataset.view = 'panel';
    shell.root.classList.add('with-panel');
    shell.detailsButton.setAttribute('aria-expanded', 'true');
    renderPanel(panel);
  } else {
    shell.root.dataset.view = 'conversation';
    shell.root.classList.remove('with-panel');
    shell.detailsButton.setAttribute('aria-expanded', 'false');
    if (switching && window.matchMedia('(min-width: 760px)').matches) shell.text.focus();
  }
}

/** Reads a conversation's history again (after our own commits, which are not events). */
async function reloadHistory(group) {
  try {
    const messages = await app.client.history(group);
    const conversation = conversationOf(group);
    app.history.set(group, { name: conversation ? conversation.name : group, messages });
    if (group === app.current) renderMessages();
  } catch (e) {
    toast(explain(e));
  }
  refreshSoon();
}

function togglePanel() {
  if (!app.current) return;
  go(shell.root.classList.contains('with-panel') ? `#/c/${app.current}` : `#/c/${app.current}/${conversationPanels[0].id}`);
}

function closePanel() {
  if (app.current) go(`#/c/${app.current}`);
}

function describeMembership(m) {
  const names = (list) => [...new Set(list.map((d) => d.username))].join(', ');
  const who = m.mine ? 'You' : m.sender;
  const parts = [];
  if (m.added.length) parts.push(`added ${names(m.added)}`);
  if (m.removed.length) parts.push(`removed ${names(m.removed)}`);
  if (!parts.length) return `${who} updated the keys`;
  return `${who} ${parts.join(' and ')}`;
}

function messageNode(m) {
  const attrs = { 'data-seq': m.seq, 'data-kind': m.kind };
  if (m.kind === 'text' || m.kind === 'other' || m.kind === 'unreadable') {
    const text = m.kind === 'unreadable' ? `Unreadable message (${m.text})` : m.text;
    return h(`li.msg${m.mine ? '.mine' : ''}`, attrs,
      h('div.meta', {},
        h('span.who', { text: m.mine ? 'You' : m.sender }),
        h('time', { datetime: new Date(m.at).toISOString(), title: fullFmt.format(new Date(m.at)), text: when(m.at) })),
      h('p.text', { text }));
  }
  if (m.kind === 'membership') return h('li.system', attrs, describeMembership(m));
  if (m.kind === 'joined') return h('li.system', attrs, 'You joined this conversation on this device.');
  return null;
}

function renderMessages() {
  const entry = app.history.get(app.current);
  const nodes = entry ? entry.messages.map(messageNode).filter(Boolean) : [];
  if (!nodes.length) nodes.push(h('li.system', { text: 'No messages yet. Messages are end-to-end encrypted.' }));
  shell.messages.replaceChildren(...nodes);
  shell.scroller.scrollTop = shell.scroller.scrollHeight;
}

function addMessage(m) {
  const entry = app.history.get(m.group);
  if (!entry) return;
  if (entry.messages.some((x) => x.seq === m.seq)) return;
  entry.messages.push(m);
  entry.messages.sort((a, b) => a.seq - b.seq);
  if (m.group === app.current) {
    const nearBottom = shell.scroller.scrollHeight - shell.scroller.scrollTop - shell.scroller.clientHeight < 120;
    renderMessages();
    if (!nearBottom && !m.mine) shell.scroller.scrollTop = shell.scroller.scrollHeight;
  }
}

async function sendMessage() {
  const text = shell.text.value;
  if (!text.trim() || !app.current) return;
  const group = app.current;
  const sent = await busy(shell.send, null, () => app.client.send(group, text), 'Sending…');
  if (sent) {
    shell.text.value = '';
    shell.text.style.height = 'auto';
    addMessage(sent);
    refreshSoon();
  }
  shell.text.focus();
}

function onEvent(ev) {
  switch (ev.type) {
    case 'message':
    case 'membership':
      addMessage(ev.message);
      if (ev.type === 'membership' && ev.message.group === app.current && shell.root.classList.contains('with-panel')) renderPanel();
      refreshSoon();
      break;
    case 'joined':
      refreshSoon();
      toast('You were added to a conversation.');
      break;
    case 'removed':
      app.removed.add(ev.group);
      if (ev.group === app.current) openConversation(ev.group, null);
      refreshSoon();
      break;
    case 'status': {
      const before = app.account && app.account.state;
      app.account = app.client.account();
      renderStatus();
      if (before !== app.account.state && window.location.hash === '#/account') route();
      break;
    }
    case 'account': {
      app.account = app.client.account();
      renderStatus();
      const a = app.account;
      const expires = document.getElementById('acct-expires');
      if (expires) expires.textContent = expiryText(a);
      const invites = document.getElementById('acct-invites');
      if (invites) invites.textContent = a.is_admin ? 'no quota (admin)' : `${a.invites_left} left`;
      break;
    }
    case 'error':
      toast(explain(ev));
      break;
    default:
      break;
  }
}

// ------------------------------------------------------------------------------ panels

let currentPanel = conversationPanels[0].id;

function renderPanel(id) {
  if (id) currentPanel = conversationPanels.some((p) => p.id === id) ? id : conversationPanels[0].id;
  const panel = conversationPanels.find((p) => p.id === currentPanel);
  const conversation = conversationOf(app.current);
  shell.panelTitle.textContent = conversation ? conversation.name : 'Details';
  shell.tabs.replaceChildren(...conversationPanels.map((p) => h('button', {
    type: 'button',
    role: 'tab',
    id: `tab-${p.id}`,
    'aria-selected': p.id === currentPanel ? 'true' : 'false',
    text: p.title,
    on: { click: () => go(`#/c/${app.current}/${p.id}`) },
  })));
  shell.panelBody.setAttribute('aria-labelledby', `tab-${currentPanel}`);
  shell.panelBody.replaceChildren();
  if (!conversation) {
    shell.panelBody.append(h('p.hint', { text: 'You are no longer a member of this conversation.' }));
    return;
  }
  panel.render(shell.panelBody, conversation);
}

async function renderMembersPanel(body, conversation) {
  const group = conversation.group;
  let info;
  try {
    info = await app.client.members(group);
  } catch (e) {
    body.append(h('p.error', { text: explain(e) }));
    return;
  }
  if (app.current !== group) return;
  const error = h('p.error', { role: 'alert' });
  const rows = info.accounts.map((a) => {
    const safetyBox = h('div');
    const actions = [];
    if (!a.me) {
      const safety = h('button', {
        type: 'button',
        text: 'Safety number',
        'aria-label': `Safety number with ${a.username}`,
        on: { click: () => showSafety(a.username, safetyBox, safety) },
      });
      actions.push(safety);
      if (info.kind === 'group') {
        const remove = h('button.danger', {
          type: 'button',
          text: 'Remove',
          'aria-label': `Remove ${a.username}`,
          on: {
            click: async () => {
              if (!confirm(`Remove ${a.username} from ${conversation.name}? They will not read later messages.`)) return;
              const done = await busy(remove, error, () => app.client.removeMembers(group, [a.username]), 'Removing…');
              if (done !== undefined) { toast(`Removed ${a.username}.`); await reloadHistory(group); renderPanel(); }
            },
          },
        });
        actions.push(remove);
      }
    }
    const devicesLine = h('div.devices', { text: `${a.devices.length === 1 ? 'device' : 'devices'} ${a.devices.join(', ')}` });
    // Their names, from the server's directory (the group knows only the ids).
    app.client.devices(a.username).then((list) => {
      const names = new Map(list.map((d) => [d.id, d.name]));
      devicesLine.textContent = a.devices.map((id) => `${names.get(id) || 'device'} (${id})`).join(', ');
    }, () => {});
    return h('li', { 'data-username': a.username },
      h('div.row', {}, h('span.who', { text: a.me ? `${a.username} (you)` : a.username }), ...actions),
      devicesLine,
      safetyBox);
  });
  body.append(
    h('p.hint', { text: `${info.accounts.length} ${info.accounts.length === 1 ? 'member' : 'members'} · epoch ${info.epoch}` }),
    h('ul.members', { 'aria-label': 'Members' }, ...rows),
    error);
  if (info.kind === 'group') {
    const input = h('input', { id: 'add-members', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false' });
    const button = h('button', { type: 'submit', text: 'Add' });
    const addError = h('p.error', { role: 'alert' });
    body.append(h('form', { on: { submit: async (e) => {
      e.preventDefault();
      const names = splitNames(input.value);
      if (!names.length) return;
      const done = await busy(button, addError, () => app.client.addMembers(group, names), 'Adding…');
      if (done !== undefined) { input.value = ''; toast(`Added ${names.join(', ')}.`); await reloadHistory(group); renderPanel(); }
    } } }, ...field('Add members', input, 'Usernames, separated by commas. All their devices join.'), h('div.actions', {}, button), addError));
  }
  const leave = h('button.danger', { type: 'button', text: 'Leave this conversation', on: { click: async () => {
    if (!confirm(`Leave ${conversation.name} on all your devices?`)) return;
    const done = await busy(leave, error, () => app.client.leave(group), 'Leaving…');
    if (done !== undefined) { app.history.delete(group); await refreshConversations(); go('#/'); }
  } } });
  body.append(h('div.actions', {}, leave),
    h('p.hint', {}, 'Epoch authenticator (the same on every member\'s device): ', h('code', { text: info.epoch_authenticator.slice(0, 32) })));
}

async function showSafety(username, box, button) {
  const result = await busy(button, null, () => app.client.safetyNumber(username), 'Loading…');
  if (!result) return;
  const badge = {
    verified: h('span.badge.ok', { text: 'verified' }),
    changed: h('span.badge.error', { text: 'KEYS CHANGED since you verified' }),
    unverified: h('span.badge.warn', { text: 'not verified' }),
  }[result.status];
  const verify = h('button', { type: 'button', text: 'Mark as verified', on: { click: async () => {
    const done = await busy(verify, null, () => app.client.verify(username), 'Saving…');
    if (done !== undefined) { toast(`${username} marked as verified.`); showSafety(username, box, button); }
  } } });
  box.replaceChildren(h('div.safety', { 'data-safety': username },
    h('div', {}, 'Safety number with ', h('strong', { text: username }), ' ', badge),
    h('code', { text: result.number }),
    h('p.hint', { text: 'Compare it with theirs in person or over another channel. If it matches, mark them verified: a later change of their keys is then shown loudly.' }),
    result.status === 'verified' ? null : verify));
}

// ------------------------------------------------------------------------------ pages

function renderNewPage(body) {
  const peer = h('input', { id: 'new-direct', required: true, autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false' });
  const directButton = h('button.primary', { type: 'submit', text: 'Start' });
  const directError = h('p.error', { role: 'alert' });
  const name = h('input', { id: 'new-group-name', required: true, maxlength: 64, autocomplete: 'off' });
  const members = h('input', { id: 'new-group-members', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false' });
  const groupButton = h('button.primary', { type: 'submit', text: 'Create group' });
  const groupError = h('p.error', { role: 'alert' });
  body.append(
    h('form.card', { on: { submit: async (e) => {
      e.preventDefault();
      const group = await busy(directButton, directError, () => app.client.startDirect(peer.value), 'Starting…');
      if (group) { await refreshConversations(); go(`#/c/${group}`); }
    } } }, h('h3', { text: 'Message a person' }), ...field('Username', peer), h('div.actions', {}, directButton), directError),
    h('form.card', { on: { submit: async (e) => {
      e.preventDefault();
      const group = await busy(groupButton, groupError, () => app.client.createGroup(name.value, splitNames(members.value)), 'Creating…');
      if (group) { await refreshConversations(); go(`#/c/${group}`); }
    } } }, h('h3', { text: 'New group' }), ...field('Group name', name), ...field('Members', members, 'Usernames, separated by commas.'), h('div.actions', {}, groupButton), groupError));
  peer.focus();
}

function renderAccountPage(body) {
  const a = app.account || {};
  body.append(h('section.card', { 'aria-labelledby': 'acct-title' },
    h('h3', { id: 'acct-title', text: 'Your account' }),
    h('dl.kv', {},
      h('dt', { text: 'Username' }), h('dd', { id: 'acct-username', text: a.username }),
      h('dt', { text: 'This device' }), h('dd', { text: `${a.device_name} (device ${a.device_id})` }),
      h('dt', { text: 'Valid until' }), h('dd', { id: 'acct-expires', text: expiryText(a) }),
      h('dt', { text: 'Invitations' }), h('dd', { id: 'acct-invites', text: a.is_admin ? 'no quota (admin)' : (a.invites_left ?? '?') + ' left' }),
      h('dt', { text: 'Connection' }), h('dd', { text: a.online ? 'online' : `offline${a.status ? `: ${a.status}` : ''}` }))));

  // Renewal
  const code = h('input', { id: 'renew-code', autocomplete: 'off', spellcheck: 'false', required: true });
  const renewButton = h('button', { type: 'submit', text: 'Renew' });
  const renewError = h('p.error', { role: 'alert' });
  body.append(h('form.card', { on: { submit: async (e) => {
    e.preventDefault();
    const account = await busy(renewButton, renewError, () => app.client.renew(code.value), 'Renewing…');
    if (account) { app.account = account; toast(`Renewed until ${dateFmt.format(new Date(account.expires_at))}.`); route(); }
  } } }, h('h3', { text: 'Renew your account' }), ...field('Renewal code', code, 'An admin gives you one; it extends your account, also after it expired.'), h('div.actions', {}, renewButton), renewError));

  // Invitations
  const uses = h('input', { id: 'invite-uses', type: 'number', min: 1, max: 100, value: '1', inputmode: 'numeric' });
  const expiry = h('select', { id: 'invite-expires' },
    h('option', { value: String(86400), text: '1 day' }),
    h('option', { value: String(7 * 86400), text: '7 days', selected: true }),
    h('option', { value: String(30 * 86400), text: '30 days' }));
  const inviteButton = h('button.primary', { type: 'submit', text: 'Create invitation' });
  const inviteError = h('p.error', { role: 'alert' });
  const inviteResult = h('div', { id: 'invite-result', 'aria-live': 'polite' });
  const inviteList = h('ul.list-plain', { id: 'invite-list', 'aria-label': 'Your invitations' });
  const showInvite = (inv) => {
    const copy = (text) => h('button', { type: 'button', text: 'Copy', on: { click: () => navigator.clipboard?.writeText(text).then(() => toast('Copied.'), () => toast('Select the link and copy it.')) } });
    inviteResult.replaceChildren(h('div.linkbox', {},
      h('p', {}, h('strong', { text: 'Invitation created. ' }), `For ${inv.uses} ${inv.uses === 1 ? 'person' : 'people'}, valid until ${fullFmt.format(new Date(inv.expires_at))}.`),
      h('p.hint', { text: 'Link for a browser:' }), h('code', { id: 'invite-link', text: inv.link }), copy(inv.link),
      h('p.hint', { text: 'For the command line (conclave join):' }), h('code', { id: 'invite-cli-link', text: inv.cli_link }), copy(inv.cli_link)));
  };
  if (app.lastInvite) showInvite(app.lastInvite);
  const loadInvites = async () => {
    try {
      const list = await app.client.invites();
      inviteList.replaceChildren(...(list.length ? list.map((i) => h('li', { text: `#${i.id} · ${i.state} · ${i.uses_left}/${i.uses_total} left · until ${dateFmt.format(new Date(i.expires_at))}${i.redeemed_by.length ? ` · joined: ${i.redeemed_by.join(', ')}` : ''}` })) : [h('li.hint', { text: 'No invitations yet.' })]));
    } catch (e) {
      inviteList.replaceChildren(h('li.hint', { text: explain(e) }));
    }
  };
  body.append(h('form.card', { on: { submit: async (e) => {
    e.preventDefault();
    const inv = await busy(inviteButton, inviteError, () => app.client.createInvite(Number(uses.value) || 1, Number(expiry.value), app.info?.fingerprint ?? null), 'Creating…');
    if (inv) { app.lastInvite = inv; app.account = app.client.account(); showInvite(inv); loadInvites(); document.getElementById('acct-invites').textContent = app.account.is_admin ? 'no quota (admin)' : `${app.account.invites_left} left`; }
  } } }, h('h3', { text: 'Invite someone' }), ...field('Number of people', uses), ...field('Valid for', expiry), h('div.actions', {}, inviteButton), inviteError, inviteResult, h('h3', { text: 'Your invitations' }), inviteList));

  // Devices
  const devices = h('ul.list-plain', { id: 'device-list', 'aria-label': 'Your devices' });
  body.append(h('section.card', {}, h('h3', { text: 'Your devices' }), devices,
    h('p.hint', { text: 'To add a device, run “conclave device link” on one that has your account.' })));

  const lock = h('button', { type: 'button', text: 'Lock', on: { click: async () => { await app.client.close(); window.location.reload(); } } });
  body.append(h('section.card', {}, h('h3', { text: 'This browser' }),
    h('p.hint', { text: 'Locking closes the session; the passphrase opens it again.' }), h('div.actions', {}, lock)));

  if (a.online) {
    loadInvites();
    app.client.devices(a.username).then((list) => {
      devices.replaceChildren(...list.map((d) => h('li', { text: `${d.name} (device ${d.id}), added ${dateFmt.format(new Date(d.created_at))}${d.this ? ' — this browser' : ''}` })));
    }, (e) => devices.replaceChildren(h('li.hint', { text: explain(e) })));
    app.client.refreshAccount().then((acc) => { app.account = acc; }, () => {});
  } else {
    inviteList.replaceChildren(h('li.hint', { text: 'Offline.' }));
    devices.replaceChildren(h('li.hint', { text: 'Offline.' }));
  }
}

boot();
