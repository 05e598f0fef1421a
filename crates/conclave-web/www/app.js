// The Conclave web app's page. All cryptography, the conversation logic and the storage are in
// the Rust client (conclave-web, WebAssembly); this file only draws and forwards clicks.
// Text from the network is only ever set with textContent (never parsed as HTML).

import init, * as core from './pkg/conclave_web.js';
import { CallMedia } from './call.js';
import { bootFailed } from './boot-words.js';
import { attachPush, notificationSettings, rememberWording } from './push.js';
import { sendFile, fileNode, makeThumbnail, VoiceRecorder, icon, importHistory } from './files.js';
import { t, tn, chooseLanguage, languageSetting, saveLanguage, languages, locale } from './i18n.js';

// ------------------------------------------------------------------------------ helpers

/** h('tag.class', {attrs, on: {event: fn}}, ...children) */
/** Whether `text` holds `words` as whole words (case aside). */
function hasWords(text, words) {
  const escaped = words.toLocaleLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text.toLocaleLowerCase());
}

function h(spec, props = {}, ...children) {
  // Label in Name (WCAG 2.5.3): an accessible name begins with the visible words, in every
  // language, so a voice-control user can say what they see.
  const visible = typeof props.text === 'string' ? props.text.trim() : '';
  const label = props['aria-label'];
  if (visible && label && /\p{L}/u.test(visible) && !hasWords(label, visible)) {
    props = { ...props, 'aria-label': `${visible}: ${label}` };
  }
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

// Dates and times in the chosen language (set again by `setLocale`).
let timeFmt;
let dateFmt;
let fullFmt;
function setFormatters(tag) {
  timeFmt = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' });
  dateFmt = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric' });
  fullFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
}
setFormatters(undefined);

/** Chooses the page's language (`setting`: a tag, or '' for the browser's) and its formats. */
function setLocale(setting) {
  chooseLanguage(setting);
  setFormatters(locale.tag);
}

function when(ms) {
  const d = new Date(ms);
  return new Date().toDateString() === d.toDateString() ? timeFmt.format(d) : dateFmt.format(d);
}

function toast(text) {
  const el = document.getElementById('toast');
  if (!el) return;
  el.textContent = text;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { el.textContent = ''; }, 5000);
}

/** Runs `work` with `button` disabled; shows errors in `errorEl`. */
async function busy(button, errorEl, work, label = null) {
  const before = button.textContent;
  button.disabled = true;
  button.textContent = label ?? t('working');
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

/** Why the connection is down: the server's refusal in the member's language when the status
 * carries its code (`status_code`), else the status as the client said it. */
const statusReason = (a) => (typeof a.status_code === 'number' ? core.serverErrorText(a.status_code, a.status) : a.status);

function explain(e) {
  const message = (e && e.message) || String(e);
  // A refusal of the server: a sentence chosen by its code, in the member's language (the
  // server's English only as a detail where it adds facts).
  if (e && typeof e.server_code === 'number') return capitalize(core.serverErrorText(e.server_code, message));
  if (e && e.code === 'wrong_passphrase') {
    const detail = message.replace(/^wrong passphrase:\s*/i, '');
    return t('wrong-passphrase', { detail: capitalize(detail) });
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
  /** the call this device is in: {group, call, media (CallMedia)} */
  call: null,
  /** group hex → its open call as the client core sees it (or null) */
  openCalls: new Map(),
};

/**
 * Per-conversation panels, shown beside the conversation (desktop) or instead of it (phone).
 * A feature adds one entry: { id, title, render(container, conversation) }.
 */
export const conversationPanels = [
  { id: 'members', title: () => t('members'), render: renderMembersPanel },
  // `update(event)`: a live event of the open conversation while this panel shows (instead of
  // drawing it again, which would lose what the user is typing).
  { id: 'ledger', title: () => t('ledger'), render: renderLedgerPanel, update: updateLedgerPanel },
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
    // No wasm, no catalogue: this one message comes from a table of its own.
    status.textContent = bootFailed(explain(e));
    return;
  }
  setLocale();
  status.textContent = t('boot-loading');
  if (!(await holdTabLock())) {
    status.textContent = t('boot-other-tab');
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
      ...field(t('passphrase'), pass, t('passphrase-hint')),
      ...field(t('passphrase-again'), again),
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
  const joinButton = h('button.primary', { type: 'submit', text: t('join-button') });
  const joinForm = h('form.card', { 'aria-labelledby': 'join-title', on: { submit: (e) => { e.preventDefault(); setup('join'); } } },
    h('h2', { id: 'join-title', text: t('join-title') }),
    ...field(t('join-link'), joinLink, t('join-link-hint')),
    ...field(t('username'), user, t('username-hint')),
    ...field(t('device-name'), joinDevice),
    ...joinPass.nodes,
    h('div.actions', {}, joinButton),
    joinError);

  const linkLink = h('input', { name: 'link', id: 'link-link', required: true, autocomplete: 'off', spellcheck: 'false', value: kind === 'device' ? app.pendingLink : '' });
  const linkDevice = h('input', { name: 'device', id: 'link-device', value: 'browser', maxlength: 64 });
  const linkPass = passphraseFields('link');
  const linkError = h('p.error', { role: 'alert', id: 'link-error' });
  const linkButton = h('button.primary', { type: 'submit', text: t('link-button') });
  const linkForm = h('form.card', { 'aria-labelledby': 'link-title', on: { submit: (e) => { e.preventDefault(); setup('device'); } } },
    h('h2', { id: 'link-title', text: t('link-title') }),
    h('p.hint', { text: t('link-intro') }),
    ...field(t('link-link'), linkLink, t('link-link-hint')),
    ...field(t('device-name'), linkDevice),
    ...linkPass.nodes,
    h('div.actions', {}, linkButton),
    linkError);

  async function setup(which) {
    const isJoin = which === 'join';
    const [pass, button, error] = isJoin ? [joinPass, joinButton, joinError] : [linkPass, linkButton, linkError];
    if (pass.pass.value !== pass.again.value) { error.textContent = t('passphrase-differ'); pass.again.focus(); return; }
    const client = await busy(button, error, async () => {
      await nextFrame();
      return isJoin
        ? core.register(joinLink.value, user.value, joinDevice.value, pass.pass.value)
        : core.linkDevice(linkLink.value, linkDevice.value, pass.pass.value);
    }, isJoin ? t('joining') : t('linking'));
    if (client) startApp(client);
  }

  const forms = kind === 'device' ? [linkForm, joinForm] : [joinForm, linkForm];
  mount(h('main.page.narrow', {},
    h('h1.brand', {}, h('img', { src: '/icons/icon-192.png', alt: '' }), 'Conclave'),
    h('p', { text: t('tagline') }),
    ...forms));
  (kind === 'device' ? linkDevice : (joinLink.value ? user : joinLink)).focus();
}

function renderUnlock(device) {
  const pass = h('input', { type: 'password', id: 'unlock-pass', name: 'passphrase', autocomplete: 'current-password', required: true });
  const error = h('p.error', { role: 'alert', id: 'unlock-error' });
  const button = h('button.primary', { type: 'submit', text: t('unlock-button') });
  const note = app.pendingLink ? h('p.hint', { text: t('unlock-link-ignored') }) : null;
  const forget = h('button.danger', {
    type: 'button',
    text: t('forget-button'),
    on: {
      click: async () => {
        if (!confirm(t('forget-confirm', { username: device.username }))) return;
        await busy(forget, error, async () => { await core.forgetDevice(); renderWelcome(); });
      },
    },
  });
  mount(h('main.page.narrow', {},
    h('h1.brand', {}, h('img', { src: '/icons/icon-192.png', alt: '' }), 'Conclave'),
    h('form.card', { 'aria-labelledby': 'unlock-title', on: { submit: async (e) => {
      e.preventDefault();
      const client = await busy(button, error, async () => { await nextFrame(); return core.unlock(pass.value); }, t('unlocking'));
      if (client) startApp(client);
      else { pass.select(); pass.focus(); }
    } } },
      h('h2', { id: 'unlock-title', text: t('unlock-title') }),
      h('p', {}, ...tn('unlock-holds', { device: device.device_name, username: h('strong', { text: device.username }) })),
      ...field(t('passphrase'), pass),
      h('div.actions', {}, button),
      error,
      note),
    h('div.card', {}, h('p.hint', { text: t('unlock-forgot') }), forget)));
  pass.focus();
}

// ------------------------------------------------------------------------------ the app

let shell;

async function startApp(client) {
  app.client = client;
  app.account = client.account();
  client.setListener(onEvent);
  attachPush(client);
  shell = buildShell();
  mount(shell.root);
  await refreshConversations();
  window.addEventListener('hashchange', route);
  route();
  // A call that rang while the app was closed (its push said only "Incoming call") rings here
  // now, if it still rings: the invitation came in with the queue, before any listener.
  for (const c of app.conversations || []) refreshCalls(c.group);
  client.startLive();
  takeHistory();
  window.addEventListener('pagehide', () => { app.client && app.client.close(); });
  // Back from the back/forward cache the session is closed: start again.
  window.addEventListener('pageshow', (e) => { if (e.persisted) window.location.reload(); });
}

function buildShell() {
  const status = h('span.status', { id: 'status', role: 'status' });
  const banner = h('div.banner', { id: 'banner', 'aria-live': 'polite' });
  const list = h('ul.conversations', { id: 'conversation-list', 'aria-label': t('conversations') });
  const listPane = h('section.pane.list', { 'aria-label': t('conversations') },
    h('header.topbar', {},
      h('h1', {}, 'Conclave', h('span.sub', {}, status)),
      h('button', { type: 'button', text: t('new-button'), 'aria-label': t('new-conversation'), on: { click: () => go('#/new') } }),
      h('button', { type: 'button', text: t('private-button'), 'aria-label': t('private-browsing'), title: t('private-browsing'), on: { click: () => go('#/private') } }),
      h('button', { type: 'button', text: t('account-button'), on: { click: () => go('#/account') } })),
    banner,
    h('div.scroll', {}, list));

  const title = h('h2', { id: 'conversation-title' });
  const detailsButton = h('button', { type: 'button', id: 'details-button', text: t('details'), 'aria-expanded': 'false', on: { click: togglePanel } });
  const callButton = h('button', { type: 'button', id: 'call-button', text: t('call-button'), 'aria-label': t('call-start'), title: t('call-voice'), on: { click: () => startCall('audio') } });
  const videoButton = h('button', { type: 'button', id: 'video-button', text: t('video-button'), 'aria-label': t('video-start'), title: t('video-call'), on: { click: () => startCall('video') } });
  const callBanner = h('div.banner.call-banner', { id: 'call-banner', 'aria-live': 'polite' });
  const ledgerButton = h('button', { type: 'button', id: 'ledger-button', text: t('ledger'), title: t('ledger-button-title'), on: { click: () => app.current && go(`#/c/${app.current}/ledger`) } });
  const convBanner = h('div.banner.alert', { id: 'conversation-banner' });
  const connBanner = h('div.banner', { id: 'connection-banner', 'aria-live': 'polite' });
  const messages = h('ol.messages', { id: 'messages', 'aria-live': 'polite', 'aria-label': t('messages') });
  const scroller = h('div.scroll', { id: 'message-scroll' }, messages);
  const text = h('textarea', { id: 'composer-text', dir: 'auto', rows: 1, placeholder: t('composer-placeholder'), 'aria-label': t('composer-placeholder'), maxlength: 65536 });
  const send = h('button.primary', { type: 'submit', id: 'send-button', text: t('send') });
  const fileInput = h('input', { type: 'file', id: 'file-input', multiple: true, hidden: true, 'aria-hidden': 'true', tabindex: '-1' });
  const cameraInput = h('input', { type: 'file', id: 'camera-input', accept: 'image/*', capture: 'environment', hidden: true, 'aria-hidden': 'true', tabindex: '-1' });
  for (const input of [fileInput, cameraInput]) {
    input.addEventListener('change', () => { const files = [...input.files]; input.value = ''; sendFiles(files); });
  }
  const attach = h('button.icon', { type: 'button', id: 'attach-button', title: t('attach'), 'aria-label': t('attach'), on: { click: () => fileInput.click() } }, icon('attach'));
  const camera = h('button.icon.phone-only', { type: 'button', id: 'camera-button', title: t('take-photo'), 'aria-label': t('take-photo'), on: { click: () => cameraInput.click() } }, icon('camera'));
  const voice = h('button.icon.voice', { type: 'button', id: 'voice-button', title: t('voice-hold'), 'aria-label': t('voice-hold'), 'aria-pressed': 'false' }, icon('mic'));
  holdToRecord(voice);
  const uploads = h('div.uploads', { id: 'uploads', 'aria-live': 'polite' });
  const composer = h('form.composer', { id: 'composer', on: { submit: (e) => { e.preventDefault(); sendMessage(); } } }, fileInput, cameraInput, attach, camera, text, voice, send);
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); sendMessage(); }
  });
  text.addEventListener('input', () => { text.style.height = 'auto'; text.style.height = `${Math.min(text.scrollHeight, 144)}px`; composing(); });
  const typing = h('p.typing', { id: 'typing', 'aria-live': 'polite' });
  const conversationPane = h('section.pane.conversation', { 'aria-labelledby': 'conversation-title' },
    h('header.topbar', {},
      h('button.back-to-list', { type: 'button', text: t('back-chats'), 'aria-label': t('back-to-conversations'), on: { click: () => go('#/') } }),
      title,
      callButton,
      videoButton,
      ledgerButton,
      detailsButton),
    connBanner,
    convBanner,
    callBanner,
    scroller,
    typing,
    uploads,
    composer);
  conversationPane.addEventListener('dragover', (e) => {
    if (!app.current || ![...e.dataTransfer.types].includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    conversationPane.classList.add('dropping');
  });
  conversationPane.addEventListener('dragleave', (e) => { if (!conversationPane.contains(e.relatedTarget)) conversationPane.classList.remove('dropping'); });
  conversationPane.addEventListener('drop', (e) => {
    conversationPane.classList.remove('dropping');
    if (!app.current || !e.dataTransfer.files.length) return;
    e.preventDefault();
    sendFiles([...e.dataTransfer.files]);
  });

  const panelTitle = h('h2', { id: 'panel-title' });
  const tabs = h('div.tabs', { role: 'tablist', 'aria-label': t('conversation-panels') });
  const panelBody = h('div.scroll.pad', { id: 'panel-body', role: 'tabpanel' });
  const panelPane = h('section.pane.panel', { 'aria-labelledby': 'panel-title' },
    h('header.topbar', {},
      h('button', { type: 'button', text: t('back'), 'aria-label': t('close-panel'), on: { click: closePanel } }),
      panelTitle),
    tabs,
    panelBody);

  const empty = h('section.pane.empty', {}, h('p', { text: t('choose-conversation') }));
  const pageTitle = h('h2', { id: 'page-title' });
  const pageBody = h('div.scroll.pad', { id: 'page-body' });
  const pagePane = h('section.pane.page-pane', { 'aria-labelledby': 'page-title' },
    h('header.topbar', {}, h('button', { type: 'button', text: t('back-chats'), 'aria-label': t('back-to-conversations'), on: { click: () => go('#/') } }), pageTitle),
    pageBody);

  const ringing = h('div.ringing', { id: 'ringing', role: 'alertdialog', 'aria-labelledby': 'ringing-text', hidden: true });
  const callScreen = h('section.call-screen', { id: 'call-screen', 'aria-label': t('call-button'), hidden: true });
  const root = h('div.shell', { 'data-view': 'list' }, listPane, conversationPane, empty, panelPane, pagePane, ringing, callScreen);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && root.classList.contains('with-panel')) closePanel();
  });
  return { root, typing, uploads, status, banner, connBanner, callBanner, ringing, callScreen, callButton, videoButton, list, title, detailsButton, convBanner, messages, scroller, text, send, composer, panelTitle, tabs, panelBody, pageTitle, pageBody };
}

function go(hash) {
  if (window.location.hash === hash) route();
  else window.location.hash = hash;
}

/** Routes: #/ (list), #/c/GROUP, #/c/GROUP/PANEL, #/new, #/account, #/private. */
function route() {
  const parts = window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  renderStatus();
  if (parts[0] === 'c' && parts[1]) {
    openConversation(parts[1], parts[2] || null);
  } else if (parts[0] === 'new') {
    app.current = null;
    showPage(t('new-conversation'), renderNewPage);
  } else if (parts[0] === 'account') {
    app.current = null;
    showPage(t('account-button'), renderAccountPage);
  } else if (parts[0] === 'private') {
    app.current = null;
    showPage(t('private-browsing'), renderPrivatePage);
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
  const state = a.online ? 'online' : (['expired', 'replaced', 'refused', 'connecting'].includes(a.state) ? a.state : 'offline');
  shell.status.textContent = t(`status-${state}`, { username: a.username });
  let text = '';
  if (a.state === 'expired') text = t('banner-expired');
  else if (a.state === 'replaced') text = t('banner-replaced');
  else if (a.state === 'refused') text = t('banner-refused', { reason: statusReason(a) });
  else if (!a.online && a.status) text = t('banner-offline', { reason: statusReason(a) });
  else if (a.expires_at && a.expires_at - Date.now() < 14 * 86400e3) text = t('banner-expires-soon', { date: dateFmt.format(new Date(a.expires_at)) });
  shell.banner.textContent = text;
  shell.banner.className = `banner${a.state === 'expired' || a.state === 'refused' ? ' alert' : ''}`;
  shell.connBanner.textContent = a.online ? '' : (a.state === 'expired' ? t('conn-expired') : t('conn-offline'));
}

function expiryText(a) {
  if (!a.expires_at) return t('expiry-unknown');
  const days = Math.floor((a.expires_at - Date.now()) / 86400e3);
  const date = fullFmt.format(new Date(a.expires_at));
  return days < 0 ? t('expiry-expired', { date }) : t('expiry-days', { date, days });
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
    const text = c.last && c.last.kind === 'ledger' ? t('ledger-line', { text: c.last.text.replace(/^\(ledger\) /, '') }) : c.last?.text;
    const last = c.last ? t('last-message', { who: c.last.mine ? t('you') : c.last.sender, text }) : (c.kind === 'group' ? t('group-created') : t('no-messages-yet'));
    return h('li', {}, h('button', {
      type: 'button',
      'data-group': c.group,
      'aria-current': c.group === app.current ? 'true' : 'false',
      on: { click: () => go(`#/c/${c.group}`) },
    },
      h('span.name', { dir: 'auto', text: c.name }),
      h('span.when', { text: when(c.last_at) }),
      h('span.last', { text: last })));
  });
  if (!items.length) items.push(h('li.pad.hint', { text: t('no-conversations') }));
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
    toast(t('not-on-device'));
    go('#/');
    return;
  }
  shell.title.textContent = conversation ? conversation.name : (app.history.get(group)?.name || t('conversation'));
  shell.convBanner.textContent = removed ? t('removed-banner') : '';
  shell.text.disabled = removed;
  shell.send.disabled = removed;
  shell.callButton.disabled = removed;
  shell.videoButton.disabled = removed;
  if (!removed) refreshCalls(group);
  if (switching) composing();
  drawTyping();
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
  const who = m.mine ? t('you') : m.sender;
  if (m.added.length && m.removed.length) return t('membership-added-removed', { who, added: names(m.added), removed: names(m.removed) });
  if (m.added.length) return t('membership-added', { who, names: names(m.added) });
  if (m.removed.length) return t('membership-removed', { who, names: names(m.removed) });
  return t('membership-keys', { who });
}

function messageNode(m) {
  const attrs = { 'data-seq': m.seq, 'data-kind': m.kind };
  if (m.kind === 'text' || m.kind === 'other' || m.kind === 'unreadable') {
    const text = m.kind === 'unreadable' ? t('unreadable-message', { reason: m.text }) : m.text;
    return h(`li.msg${m.mine ? '.mine' : ''}`, attrs,
      h('div.meta', {},
        h('span.who', { dir: 'auto', text: m.mine ? t('you') : m.sender }),
        h('time', { datetime: new Date(m.at).toISOString(), title: fullFmt.format(new Date(m.at)), text: when(m.at) })),
      h('p.text', { dir: 'auto', text }));
  }
  if (m.kind === 'file' && m.file) {
    return fileNode(m, h, {
      client: app.client,
      meta: h('div.meta', {},
        h('span.who', { dir: 'auto', text: m.mine ? t('you') : m.sender }),
        h('time', { datetime: new Date(m.at).toISOString(), title: fullFmt.format(new Date(m.at)), text: when(m.at) })),
    });
  }
  if (m.kind === 'ledger' && m.ledger === 'handover') {
    return h('li.system', attrs, m.mine ? t('handover-mine') : t('handover-theirs', { sender: m.sender }));
  }
  if (m.kind === 'ledger') {
    return h(`li.msg.ledger-msg${m.mine ? '.mine' : ''}`, attrs,
      h('div.meta', {},
        h('span.who', { dir: 'auto', text: m.mine ? t('you') : m.sender }),
        h('time', { datetime: new Date(m.at).toISOString(), title: fullFmt.format(new Date(m.at)), text: when(m.at) }),
        h('button.link.inline', { type: 'button', text: t('open-ledger-link'), 'aria-label': t('open-ledger'), on: { click: () => go(`#/c/${m.group}/ledger`) } })),
      h('p.text', { text: t('ledger-line', { text: m.text.replace(/^\(ledger\) /, '') }) }));
  }
  if (m.kind === 'call') return h('li.system.call-entry', { ...attrs, 'data-call': m.call }, callLine(m));
  if (m.kind === 'call_signal') return null;
  if (m.kind === 'membership') return h('li.system', attrs, describeMembership(m));
  if (m.kind === 'joined') return h('li.system', attrs, t('joined-here'));
  if (m.kind === 'history_import') return h('li.system.history-note', attrs, t('history-note', { device: String(m.from_device), date: fullFmt.format(new Date(m.made_at)) }));
  if (m.kind === 'fell_behind') return h('li.system.warn', attrs, m.text);
  return null;
}

function renderMessages() {
  const entry = app.history.get(app.current);
  const nodes = entry ? entry.messages.map(messageNode).filter(Boolean) : [];
  if (!nodes.length) nodes.push(h('li.system', { text: t('empty-conversation') }));
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
  const sent = await busy(shell.send, null, () => app.client.send(group, text), t('sending'));
  if (sent) {
    shell.text.value = '';
    shell.text.style.height = 'auto';
    composing();
    addMessage(sent);
    refreshSoon();
  }
  shell.text.focus();
}

/** Encrypts, uploads and sends each file to the open conversation, one after the other, with a
 * progress line each (and the server's refusal in words when there is one). */
async function sendFiles(files, options = {}) {
  const group = app.current;
  if (!group) return;
  for (const file of files) {
    const name = options.name || file.name;
    const bar = h('progress', { max: 1, value: 0 });
    const line = h('p.upload', {}, h('span', {}, ...tn('upload-sending', { name: h('bdi', { text: name }) }), ' '), bar);
    shell.uploads.append(line);
    try {
      const thumbnail = options.thumbnail || await makeThumbnail(file);
      const sent = await sendFile(core, app.client, group, file, { thumbnail, name, type: options.type || file.type, onProgress: (p) => { bar.value = p; } });
      line.remove();
      addMessage(sent);
      refreshSoon();
    } catch (e) {
      line.replaceChildren(h('span.error', { role: 'alert' }, ...tn('upload-failed', { name: h('bdi', { text: name }), error: explain(e) })),
        h('button.link.inline', { type: 'button', text: t('dismiss'), on: { click: () => line.remove() } }));
    }
  }
}

/** The voice button: press and hold records, release sends (Escape or leaving cancels). */
function holdToRecord(button) {
  let recorder = null;
  let starting = null;
  const begin = async (e) => {
    if (recorder || !app.current) return;
    e.preventDefault();
    recorder = new VoiceRecorder();
    button.classList.add('recording');
    button.setAttribute('aria-pressed', 'true');
    starting = recorder.start().catch((err) => { toast(t('record-failed', { error: explain(err) })); recorder = null; });
    await starting;
  };
  const end = async (send) => {
    const r = recorder;
    if (!r) return;
    await starting;
    recorder = null;
    button.classList.remove('recording');
    button.setAttribute('aria-pressed', 'false');
    const note = await r.stop().catch(() => null);
    if (!send) return;
    if (!note) { toast(t('record-hold')); return; }
    sendFiles([note.file], { thumbnail: note.levels, type: note.type });
  };
  button.addEventListener('pointerdown', (e) => { if (e.button === 0) { button.setPointerCapture?.(e.pointerId); begin(e); } });
  button.addEventListener('pointerup', () => end(true));
  button.addEventListener('pointercancel', () => end(false));
  button.addEventListener('contextmenu', (e) => e.preventDefault());
  button.addEventListener('keydown', (e) => {
    if ((e.key === ' ' || e.key === 'Enter') && !e.repeat) begin(e);
    if (e.key === 'Escape') end(false);
  });
  button.addEventListener('keyup', (e) => { if (e.key === ' ' || e.key === 'Enter') end(true); });
}

function onEvent(ev) {
  switch (ev.type) {
    case 'message':
    case 'membership':
      addMessage(ev.message);
      if (ev.message.kind === 'call_signal') refreshCalls(ev.message.group, true);
      if (ev.type === 'membership' && app.call && app.call.group === ev.message.group) {
        app.call.media.refreshKey().catch((e) => toast(explain(e)));
        // Members added mid-call get the invitation again (from the device that sorts first).
        if (ev.message.added.length) app.client.callReannounce(ev.message.group).catch((e) => toast(explain(e)));
      }
      if (ev.message.group === app.current && shell.root.classList.contains('with-panel')) {
        const panel = conversationPanels.find((p) => p.id === currentPanel);
        if (panel && panel.update) panel.update(ev);
        else if (ev.type === 'membership') renderPanel();
      }
      refreshSoon();
      break;
    case 'joined':
      refreshSoon();
      toast(t('toast-added-to-conversation'));
      break;
    case 'fell_behind':
      refreshSoon();
      toast(t('toast-fell-behind'));
      break;
    case 'removed':
      app.removed.add(ev.group);
      if (app.call && app.call.group === ev.group) endLocalCall();
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
      if (invites) invites.textContent = a.is_admin ? t('invites-admin') : t('invites-left', { count: a.invites_left });
      break;
    }
    case 'typing':
      if (ev.group === app.current) drawTyping();
      break;
    case 'history_offered':
      takeHistory();
      break;
    case 'error':
      toast(explain(ev));
      break;
    default:
      break;
  }
}

// ------------------------------------------------------------------------------ history

/** Imports the history another device of this account offered (when it linked this one),
 * once at a time; the conversations then show it, with a note where it ends. */
async function takeHistory() {
  if (app.takingHistory) { app.historyAgain = true; return; }
  app.takingHistory = true;
  try {
    do {
      app.historyAgain = false;
      const imported = await importHistory(app.client);
      for (const i of imported) {
        toast(t('toast-history-imported', { count: i.entries, conversations: i.conversations, device: String(i.from) }));
      }
      if (imported.length) {
        app.history.clear();
        await refreshConversations();
        if (app.current) openConversation(app.current, null);
      }
    } while (app.historyAgain);
  } catch (e) {
    toast(explain(e));
  } finally {
    app.takingHistory = false;
  }
}

// ------------------------------------------------------------------------------ typing

// Typing indicators: on unless the member turned them off on this device (Account), and then
// none are sent and none shown, as Signal does. The core decides when a signal is due
// (`composing`) and who is shown (`typingLine`); signals are relayed, never stored.
const TYPING_STORE = 'conclave-typing';

function typingEnabled() {
  try { return localStorage.getItem(TYPING_STORE) !== 'off'; } catch { return true; }
}

/** Tells the core whether the open conversation's compose box holds text (and that the one
 * left behind no longer does). */
function composing() {
  if (!app.client || !typingEnabled()) return;
  const group = app.current;
  const typing = Boolean(group) && shell.text.value.trim() !== '';
  if (app.composingIn && app.composingIn !== group) app.client.composing(app.composingIn, false).catch(() => {});
  app.composingIn = typing ? group : null;
  if (group) app.client.composing(group, typing).catch(() => {});
}

function drawTyping() {
  const line = app.client && app.current && typingEnabled() ? app.client.typingLine(app.current) : null;
  shell.typing.textContent = line ? t(line.id, line.args) : '';
}

function typingCard() {
  const on = h('input', { id: 'typing-enabled', type: 'checkbox', checked: typingEnabled() });
  on.addEventListener('change', () => {
    try {
      if (on.checked) localStorage.removeItem(TYPING_STORE); else localStorage.setItem(TYPING_STORE, 'off');
    } catch { /* private mode: this session only */ }
    if (!on.checked && app.composingIn) { app.client.composing(app.composingIn, false).catch(() => {}); app.composingIn = null; }
  });
  return h('section.card', { 'aria-labelledby': 'typing-title' },
    h('h3', { id: 'typing-title', text: t('typing-title') }),
    h('label.check', { for: on.id }, on, ` ${t('typing-setting')}`),
    h('p.hint', { text: t('typing-hint') }));
}

// ------------------------------------------------------------------------------ panels

let currentPanel = conversationPanels[0].id;

function renderPanel(id) {
  if (id) currentPanel = conversationPanels.some((p) => p.id === id) ? id : conversationPanels[0].id;
  const panel = conversationPanels.find((p) => p.id === currentPanel);
  const conversation = conversationOf(app.current);
  shell.panelTitle.textContent = conversation ? conversation.name : t('details');
  shell.tabs.replaceChildren(...conversationPanels.map((p) => h('button', {
    type: 'button',
    role: 'tab',
    id: `tab-${p.id}`,
    'aria-selected': p.id === currentPanel ? 'true' : 'false',
    text: p.title(),
    on: { click: () => go(`#/c/${app.current}/${p.id}`) },
  })));
  shell.panelBody.setAttribute('aria-labelledby', `tab-${currentPanel}`);
  shell.panelBody.replaceChildren();
  if (!conversation) {
    shell.panelBody.append(h('p.hint', { text: t('no-longer-member') }));
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
        text: t('safety-number'),
        'aria-label': t('safety-number-with', { username: a.username }),
        on: { click: () => showSafety(a.username, safetyBox, safety) },
      });
      actions.push(safety);
      if (info.kind === 'group') {
        const remove = h('button.danger', {
          type: 'button',
          text: t('remove'),
          'aria-label': t('remove-member', { username: a.username }),
          on: {
            click: async () => {
              if (!confirm(t('remove-confirm', { username: a.username, conversation: conversation.name }))) return;
              const done = await busy(remove, error, () => app.client.removeMembers(group, [a.username]), t('removing'));
              if (done !== undefined) { toast(t('removed-toast', { username: a.username })); await reloadHistory(group); renderPanel(); }
            },
          },
        });
        actions.push(remove);
      }
    }
    const devicesLine = h('div.devices', { text: t('devices-line', { count: a.devices.length, ids: a.devices.join(', ') }) });
    // Their names, from the server's directory (the group knows only the ids).
    app.client.devices(a.username).then((list) => {
      const names = new Map(list.map((d) => [d.id, d.name]));
      devicesLine.textContent = a.devices.map((id) => (names.get(id) ? t('device-named', { name: names.get(id), id: String(id) }) : t('device-unnamed', { id: String(id) }))).join(', ');
    }, () => {});
    return h('li', { 'data-username': a.username },
      h('div.row', {}, h('span.who', { text: a.me ? t('member-you', { username: a.username }) : a.username }), ...actions),
      devicesLine,
      safetyBox);
  });
  body.append(
    h('p.hint', { text: t('members-summary', { count: info.accounts.length, epoch: String(info.epoch) }) }),
    h('ul.members', { 'aria-label': t('members') }, ...rows),
    error);
  if (info.kind === 'group') {
    const input = h('input', { id: 'add-members', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false' });
    const button = h('button', { type: 'submit', text: t('add') });
    const addError = h('p.error', { role: 'alert' });
    body.append(h('form', { on: { submit: async (e) => {
      e.preventDefault();
      const names = splitNames(input.value);
      if (!names.length) return;
      const done = await busy(button, addError, () => app.client.addMembers(group, names), t('adding'));
      if (done !== undefined) { input.value = ''; toast(t('added-toast', { names: names.join(', ') })); await reloadHistory(group); renderPanel(); }
    } } }, ...field(t('add-members'), input, t('add-members-hint')), h('div.actions', {}, button), addError));
  }
  const leave = h('button.danger', { type: 'button', text: t('leave'), on: { click: async () => {
    if (!confirm(t('leave-confirm', { conversation: conversation.name }))) return;
    const done = await busy(leave, error, () => app.client.leave(group), t('leaving'));
    if (done !== undefined) { app.history.delete(group); await refreshConversations(); go('#/'); }
  } } });
  body.append(h('div.actions', {}, leave),
    h('p.hint', {}, ...tn('epoch-authenticator', { code: h('code', { text: info.epoch_authenticator.slice(0, 32) }) })));
}

async function showSafety(username, box, button) {
  const result = await busy(button, null, () => app.client.safetyNumber(username), t('boot-loading'));
  if (!result) return;
  const badge = {
    verified: h('span.badge.ok', { text: t('safety-verified') }),
    changed: h('span.badge.error', { text: t('safety-changed') }),
    unverified: h('span.badge.warn', { text: t('safety-unverified') }),
  }[result.status];
  const verify = h('button', { type: 'button', text: t('mark-verified'), on: { click: async () => {
    const done = await busy(verify, null, () => app.client.verify(username), t('saving'));
    if (done !== undefined) { toast(t('verified-toast', { username })); showSafety(username, box, button); }
  } } });
  box.replaceChildren(h('div.safety', { 'data-safety': username },
    h('div', {}, ...tn('safety-with', { username: h('strong', { text: username }), badge })),
    h('code', { text: result.number }),
    h('p.hint', { text: t('safety-hint') }),
    result.status === 'verified' ? null : verify));
}

// ------------------------------------------------------------------------------ the ledger

// Everything the ledger decides (amounts in minor units, splits, who may reverse what, balances,
// settle-up, hand-overs) comes from the Rust client (conclave_client_core::ledger, the same code
// as the CLI's); this part draws what it says and collects the form's fields.

let currencies = null;
/** The ledger panel on screen: {group, refresh()}; null when it is not. */
let ledgerView = null;
let ledgerTimer = null;

// Message ids (translated where they are drawn: this runs before the language is chosen).
const LEDGER_LABELS = {
  payment: { from: 'ledger-paid-by', parties: 'ledger-paid-to' },
  debt: { from: 'ledger-owed-to', parties: 'ledger-owed-by' },
};
const SPLIT_MODES = [
  ['to', 'split-to'],
  ['equal', 'split-equal'],
  ['exact', 'split-exact'],
  ['weights', 'split-weights'],
];
const STATUS_BADGES = {
  reversed: ['badge-reversed', 'warn'],
  reversal: ['badge-reversal', 'warn'],
  rejected: ['badge-refused', 'error'],
  unreadable: ['badge-unreadable', 'error'],
};

function updateLedgerPanel(ev) {
  if (!ledgerView || ledgerView.group !== ev.message.group) return;
  if (ev.type === 'membership' || ev.message.kind === 'ledger') {
    clearTimeout(ledgerTimer);
    ledgerTimer = setTimeout(() => { if (ledgerView) ledgerView.refresh(); }, 100);
  }
}

/** A YYYY-MM-DD day as the reader's calendar shows it. */
function ledgerDay(text) {
  const [y, m, d] = String(text).split('-').map(Number);
  return y && m && d ? dateFmt.format(new Date(y, m - 1, d)) : text;
}

/** The names of a member's devices (from the server's directory), once per page. */
const deviceNames = new Map();
function nameDevice(el, username, id) {
  if (!app.account || !app.account.online) return;
  if (!deviceNames.has(username)) {
    deviceNames.set(username, app.client.devices(username).then((list) => new Map(list.map((d) => [d.id, d.name])), () => {
      deviceNames.delete(username);
      return new Map();
    }));
  }
  deviceNames.get(username).then((names) => { if (names.has(id)) el.textContent = t('device-id-named', { id: String(id), name: names.get(id) }); });
}

function renderLedgerPanel(body, conversation) {
  const group = conversation.group;
  if (!currencies) {
    try { currencies = core.ledgerCurrencies(); } catch { currencies = []; }
  }
  const alerts = h('div.ledger-alerts', { id: 'ledger-alerts' });
  const balances = h('div', { id: 'ledger-balances' });
  const settle = h('div', { id: 'ledger-settle' });
  const recordsTitle = h('h3', { id: 'ledger-records-title', text: t('entries') });
  const records = h('ol.records', { id: 'ledger-records', 'aria-labelledby': 'ledger-records-title' });
  const form = ledgerForm(group);
  const exportError = h('p.error', { role: 'alert' });
  const exports = ['csv', 'json'].map((format) => {
    const button = h('button', { type: 'button', id: `ledger-export-${format}`, text: t(`export-${format}`) });
    button.addEventListener('click', () => exportLedger(group, format, button, exportError));
    return button;
  });
  const root = h('div.ledger', { id: 'ledger' },
    alerts,
    h('section', { 'aria-labelledby': 'ledger-balances-title' },
      h('h3', { id: 'ledger-balances-title', text: t('balances') }),
      balances,
      settle),
    form.box,
    h('section', { 'aria-labelledby': 'ledger-records-title' }, recordsTitle, records),
    h('section', { 'aria-labelledby': 'ledger-export-title' },
      h('h3', { id: 'ledger-export-title', text: t('export') }),
      h('p.hint', { text: t('export-hint') }),
      h('div.actions', {}, ...exports),
      exportError));
  body.append(root);

  const view = { group, reverse: null, drawn: 0 };
  let asked = 0;
  view.refresh = async () => {
    const mine = ++asked;
    let data;
    try {
      data = await app.client.ledger(group);
    } catch (e) {
      if (ledgerView === view) alerts.replaceChildren(h('p.error', { text: explain(e) }));
      return;
    }
    // Another panel, conversation or a newer answer took over meanwhile.
    if (ledgerView !== view || mine !== asked || !root.isConnected) return;
    drawLedgerAlerts(alerts, data);
    drawBalances(balances, settle, data);
    drawRecords(records, recordsTitle, data, view);
    form.update(data);
    view.drawn += 1;
    root.dataset.drawn = String(view.drawn);
  };
  view.form = form;
  ledgerView = view;
  view.refresh();
}

function drawLedgerAlerts(box, data) {
  const nodes = data.discrepancies.map((d) => h('div.alert-box', { role: 'alert', 'data-discrepancy': d.seq },
    h('strong', { text: t('discrepancy-title') }), ' ',
    t('discrepancy', { by: d.by, device: String(d.device), seq: String(d.seq), detail: d.detail })));
  if (data.unreadable) {
    nodes.push(h('p.note.warn', { text: t('ledger-unreadable', { count: data.unreadable }) }));
  }
  if (data.handed_over) {
    const o = data.handed_over;
    const args = { seq: String(o.joined_at_seq), by: o.by, device: String(o.device) };
    nodes.push(h('p.hint', { id: 'ledger-handed-over', text: o.by === data.me ? t('handed-over-mine', args) : t('handed-over-theirs', args) }));
  }
  box.replaceChildren(...nodes);
}

function drawBalances(box, settleBox, data) {
  const byCurrency = new Map();
  for (const b of data.balances) {
    if (!byCurrency.has(b.currency)) byCurrency.set(b.currency, []);
    byCurrency.get(b.currency).push(b);
  }
  if (!byCurrency.size) {
    box.replaceChildren(h('p.hint', { text: t('ledger-empty') }));
    settleBox.replaceChildren();
    return;
  }
  box.replaceChildren(...[...byCurrency].map(([currency, list]) => h('div.currency', {},
    h('h4', { text: currency }),
    h('ul.balances', { 'aria-label': t('balances-in', { currency }) }, ...list.map((b) => {
      const sign = b.balance_minor > 0 ? 'owed' : (b.balance_minor < 0 ? 'owes' : 'settled');
      return h(`li.${sign}`, { 'data-currency': currency, 'data-member': b.member, 'data-minor': b.balance_minor },
        h('span.who', { text: b.member === data.me ? t('member-you', { username: b.member }) : b.member }),
        h('span.amount', { text: `${b.balance_minor > 0 ? '+' : ''}${b.balance} ${currency}` }),
        h('span.what', { text: { owed: t('balance-owed'), owes: t('balance-owes'), settled: t('balance-settled') }[sign] }));
    })))));
  const transfers = data.settle_up;
  settleBox.replaceChildren(
    h('h3', { id: 'ledger-settle-title', text: t('settle-title') }),
    transfers.length
      ? h('ul.settle', { 'aria-labelledby': 'ledger-settle-title' }, ...transfers.map((tr) => h('li', { 'data-from': tr.from, 'data-to': tr.to, 'data-currency': tr.currency, 'data-minor': tr.amount_minor },
        ...settleLine(tr, data.me))))
      : h('p.hint', { text: t('all-settled') }));
}

/** "You pay bob 5.00 EUR" with the names in bold. */
function settleLine(tr, me) {
  const args = { from: h('strong', { text: tr.from }), to: h('strong', { text: tr.to }), amount: tr.amount, currency: tr.currency };
  if (tr.from === me) return tn('settle-you-pay', args);
  if (tr.to === me) return tn('settle-pays-you', args);
  return tn('settle-pays', args);
}

function drawRecords(list, title, data, view) {
  title.textContent = t('entries-count', { count: data.records.length });
  const focused = document.activeElement;
  const keep = view.reverse && data.records.some((r) => r.id === view.reverse.id && r.can_reverse) ? view.reverse : null;
  view.reverse = keep;
  if (!data.records.length) {
    list.replaceChildren(h('li.hint', { text: t('records-empty') }));
    return;
  }
  list.replaceChildren(...data.records.map((r) => recordNode(r, data, view)));
  if (keep && keep.form.contains(focused)) focused.focus();
}

function recordNode(r, data, view) {
  const short = r.id.slice(0, 12);
  const badge = STATUS_BADGES[r.status];
  const at = new Date(r.recorded_at_ms);
  const device = h('span.device', { text: t('device-id', { id: String(r.device) }) });
  nameDevice(device, r.recorded_by, r.device);
  const day = r.date ? ledgerDay(r.date) : dateFmt.format(at);
  // When it was recorded: the time alone if on the entry's day.
  const recorded = day === dateFmt.format(at) ? timeFmt.format(at) : fullFmt.format(at);
  const lines = [
    h('div.row', {},
      h('span.desc', { text: r.description }),
      badge ? h(`span.badge.${badge[1]}`, { text: t(badge[0]) }) : null),
    h('div.meta', {},
      ...tn(r.recorded_by === data.me ? 'recorded-by-you' : 'recorded-by', {
        day, member: r.recorded_by, device,
        time: h('time', { datetime: at.toISOString(), title: fullFmt.format(at), text: recorded }),
      })),
  ];
  if (r.reference) lines.push(h('div.meta', { text: t('reference-line', { reference: r.reference }) }));
  if (r.status === 'reversed') {
    const args = { member: r.reversed_by_member, entry: String(r.reversed_by).slice(0, 12) };
    const id = r.reversed_by_member === data.me ? 'reversed-by-you' : (r.reversed_by_member ? 'reversed-by' : 'reversed-by-someone');
    lines.push(h('div.meta', { text: t(id, args) }));
  }
  if (r.status === 'reversal' && r.target_description) lines.push(h('div.meta', { text: t('undoes', { description: r.target_description }) }));
  if (r.status === 'rejected') lines.push(h('div.meta', { text: t('refused-everywhere') }));
  if (r.handed_over_by) {
    const o = r.handed_over_by;
    const args = { username: o.username, device: String(o.device) };
    lines.push(h('div.meta.handed', { 'data-handed-over-by': o.username, text: t(o.username === data.me ? 'handed-by-mine' : 'handed-by-theirs', args) }));
  }
  const actions = h('div.row', {}, h('code.id', { text: short, title: r.id }));
  const li = h('li', { 'data-entry': r.id, 'data-status': r.status }, ...lines, actions);
  if (r.can_reverse) {
    const open = () => {
      const form = reverseForm(r, view);
      view.reverse = { id: r.id, form };
      toggle.setAttribute('aria-expanded', 'true');
      li.append(form);
      form.querySelector('input').focus();
    };
    const toggle = h('button', { type: 'button', text: t('reverse-toggle'), 'aria-label': t('reverse-entry-label', { entry: short }), 'aria-expanded': 'false' });
    toggle.addEventListener('click', () => {
      if (view.reverse && view.reverse.id === r.id) {
        view.reverse.form.remove();
        view.reverse = null;
        toggle.setAttribute('aria-expanded', 'false');
      } else {
        if (view.reverse) view.reverse.form.remove();
        open();
      }
    });
    actions.append(toggle);
    if (view.reverse && view.reverse.id === r.id) {
      toggle.setAttribute('aria-expanded', 'true');
      li.append(view.reverse.form);
    }
  }
  return li;
}

function reverseForm(r, view) {
  const short = r.id.slice(0, 12);
  const memo = h('input', { id: `reverse-memo-${short}`, autocomplete: 'off' });
  const confirmButton = h('button.danger', { type: 'submit', text: t('reverse-entry') });
  const cancel = h('button', { type: 'button', text: t('cancel') });
  const error = h('p.error', { role: 'alert' });
  const form = h('form.reverse', { 'aria-label': t('reverse-entry-label', { entry: short }) },
    ...field(t('reverse-why'), memo),
    h('p.hint', { text: t('reverse-hint') }),
    h('div.actions', {}, confirmButton, cancel),
    error);
  cancel.addEventListener('click', () => {
    form.remove();
    view.reverse = null;
    view.refresh();
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const done = await busy(confirmButton, error, () => app.client.ledgerReverse(view.group, r.id, memo.value), t('reversing'));
    if (done) {
      view.reverse = null;
      addMessage(done.message);
      toast(t('reversed-toast', { description: r.description }));
      refreshSoon();
    }
    view.refresh();
  });
  return form;
}

function ledgerForm(group) {
  const state = { members: [], me: null, key: '', to: '', equal: null, exact: new Map(), weights: new Map() };
  const kind = h('select', { id: 'ledger-kind', name: 'kind' },
    h('option', { value: 'payment', text: t('kind-payment') }),
    h('option', { value: 'debt', text: t('kind-debt') }));
  const amount = h('input', { id: 'ledger-amount', name: 'amount', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', placeholder: '12.50' });
  const currency = h('input', { id: 'ledger-currency', name: 'currency', list: 'ledger-currency-list', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 3, placeholder: 'EUR' });
  const currencyList = h('datalist', { id: 'ledger-currency-list' }, ...currencies.map((c) => h('option', { value: c.code })));
  const from = h('select', { id: 'ledger-from', name: 'from' });
  const split = h('select', { id: 'ledger-split', name: 'split' }, ...SPLIT_MODES.map(([v, id]) => h('option', { value: v, text: t(id) })));
  const parties = h('div.parties', { id: 'ledger-parties' });
  const date = h('input', { id: 'ledger-date', name: 'date', type: 'date', value: core.ledgerToday() });
  const memo = h('input', { id: 'ledger-memo', name: 'memo', autocomplete: 'off' });
  const reference = h('input', { id: 'ledger-ref', name: 'reference', autocomplete: 'off', spellcheck: 'false' });
  const preview = h('p.preview', { id: 'ledger-preview', 'aria-live': 'polite' });
  const error = h('p.error', { id: 'ledger-error', role: 'alert' });
  const submit = h('button.primary', { type: 'submit', id: 'ledger-submit', text: t('record-entry') });
  const [fromLabel, ...fromRest] = field(t('ledger-paid-by'), from);
  const [splitLabel, ...splitRest] = field(t('ledger-paid-to'), split);

  const shareInputs = () => [...parties.querySelectorAll('input[data-member]')];
  /** Reads what is typed in the member controls into `state`. */
  const readParties = () => {
    const mode = parties.dataset.mode;
    if (mode === 'to') state.to = parties.querySelector('select').value;
    if (mode === 'equal') state.equal = new Set(shareInputs().filter((i) => i.checked).map((i) => i.dataset.member));
    if (mode === 'exact' || mode === 'weights') for (const i of shareInputs()) state[mode].set(i.dataset.member, i.value);
  };
  const drawParties = () => {
    if (parties.dataset.mode) readParties();
    const mode = split.value;
    parties.dataset.mode = mode;
    const members = state.members;
    if (mode === 'to') {
      const to = h('select', { id: 'ledger-to' }, ...members.map((m) => h('option', { value: m, text: m === state.me ? t('member-you', { username: m }) : m })));
      const fallback = members.find((m) => m !== from.value) || '';
      to.value = members.includes(state.to) && state.to !== from.value ? state.to : fallback;
      parties.replaceChildren(...field(t('member'), to).filter(Boolean));
    } else if (mode === 'equal') {
      if (!state.equal) state.equal = new Set(members);
      parties.replaceChildren(h('fieldset', {},
        h('legend', { text: t('split-equal-among') }),
        ...members.map((m) => {
          const box = h('input', { type: 'checkbox', id: `ledger-eq-${m}`, 'data-member': m });
          box.checked = state.equal.has(m);
          return h('label.check', { for: box.id }, box, m === state.me ? t('member-you', { username: m }) : m);
        }),
        h('p.hint', { text: t('split-equal-hint') })));
    } else {
      const weights = mode === 'weights';
      parties.replaceChildren(h('fieldset', {},
        h('legend', { text: weights ? t('weights-legend') : t('amounts-legend') }),
        ...members.map((m) => {
          const input = h('input', { id: `ledger-share-${m}`, 'data-member': m, inputmode: weights ? 'numeric' : 'decimal', autocomplete: 'off', placeholder: weights ? '1' : '0.00', value: state[mode].get(m) || '' });
          return h('div.share-row', {}, h('label', { for: input.id, text: m === state.me ? t('member-you', { username: m }) : m }), input);
        }),
        h('p.hint', { text: t('share-empty-hint') })));
    }
  };
  const relabel = () => {
    const labels = LEDGER_LABELS[kind.value] || LEDGER_LABELS.payment;
    fromLabel.textContent = t(labels.from);
    splitLabel.textContent = t(labels.parties);
  };
  const values = () => {
    readParties();
    const mode = split.value;
    return JSON.stringify({
      kind: kind.value,
      amount: amount.value,
      currency: currency.value,
      from: from.value,
      split: mode,
      to: state.to,
      members: state.members.filter((m) => state.equal && state.equal.has(m)),
      shares: mode === 'exact' || mode === 'weights' ? state.members.map((m) => ({ member: m, value: state[mode].get(m) || '' })) : [],
      date: date.value,
      memo: memo.value,
      reference: reference.value,
    });
  };
  const fieldElements = (name) => ({
    kind: [kind], amount: [amount], currency: [currency], from: [from], date: [date], memo: [memo], reference: [reference],
    split: [...parties.querySelectorAll('select, input')],
  }[name] || []);
  const clearInvalid = () => {
    for (const el of form.querySelectorAll('[aria-invalid]')) {
      el.removeAttribute('aria-invalid');
      el.removeAttribute('aria-errormessage');
    }
  };
  let previewTimer = null;
  let previewAsked = 0;
  const showPreview = async () => {
    const mine = ++previewAsked;
    if (!amount.value.trim()) { preview.textContent = ''; return; }
    let p;
    try { p = await app.client.ledgerPreview(group, values()); } catch { p = { ok: false }; }
    if (mine !== previewAsked) return;
    if (!p.ok) { preview.textContent = ''; return; }
    preview.textContent = split.value === 'to'
      ? t('will-record', { description: p.description })
      : t('will-record-shares', { description: p.description, shares: p.shares.map((s) => `${s.member} ${s.amount}`).join(', '), currency: p.currency });
  };

  const amountRow = h('div.amount-row', {},
    h('div', {}, ...field(t('amount'), amount)),
    h('div', {}, ...field(t('currency'), currency), currencyList));
  const actions = h('div.actions', {}, submit);
  /** The error goes right below what it is about (below the button when about the whole). */
  const placeError = (name) => {
    const [el] = fieldElements(name);
    let anchor = { amount: amountRow, currency: amountRow, split: parties }[name] || el || actions;
    if (anchor === el && el.nextElementSibling && el.nextElementSibling.classList.contains('hint')) anchor = el.nextElementSibling;
    anchor.after(error);
  };
  const form = h('form.ledger-form', { id: 'ledger-form', novalidate: true, 'aria-label': t('add-entry-form') },
    ...field(t('what-happened'), kind),
    amountRow,
    fromLabel, ...fromRest,
    splitLabel, ...splitRest,
    parties,
    ...field(t('date'), date),
    ...field(t('memo-optional'), memo),
    ...field(t('reference-optional'), reference, t('reference-hint')),
    preview,
    actions,
    error);
  const box = h('details.card.ledger-add', { id: 'ledger-add' },
    h('summary', { text: t('add-entry') }),
    h('p.hint', { text: t('ledger-intro') }),
    form);

  kind.addEventListener('change', relabel);
  split.addEventListener('change', drawParties);
  from.addEventListener('change', () => { if (split.value === 'to') drawParties(); });
  form.addEventListener('input', (e) => {
    if (e.target.hasAttribute && e.target.hasAttribute('aria-invalid')) e.target.removeAttribute('aria-invalid');
    clearTimeout(previewTimer);
    previewTimer = setTimeout(showPreview, 250);
  });
  form.addEventListener('change', () => { clearTimeout(previewTimer); previewTimer = setTimeout(showPreview, 250); });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearInvalid();
    error.textContent = '';
    const before = submit.textContent;
    submit.disabled = true;
    submit.textContent = t('recording');
    try {
      const done = await app.client.ledgerAdd(group, values());
      addMessage(done.message);
      toast(t('recorded-toast', { description: done.record.description }));
      amount.value = '';
      memo.value = '';
      reference.value = '';
      date.value = core.ledgerToday();
      state.exact.clear();
      state.weights.clear();
      if (split.value === 'exact' || split.value === 'weights') { parties.dataset.mode = ''; drawParties(); }
      preview.textContent = '';
      amount.focus();
      refreshSoon();
    } catch (err) {
      placeError(err.field);
      error.textContent = explain(err);
      const bad = fieldElements(err.field);
      for (const el of bad) {
        el.setAttribute('aria-invalid', 'true');
        el.setAttribute('aria-errormessage', error.id);
      }
      if (bad[0]) bad[0].focus();
    } finally {
      submit.disabled = false;
      submit.textContent = before;
    }
    if (ledgerView && ledgerView.group === group) ledgerView.refresh();
  });

  return {
    box,
    /** New ledger data: the members may have changed; the first time, defaults. */
    update(data) {
      const first = state.me === null;
      state.me = data.me;
      const key = data.members.join(',');
      if (key !== state.key) {
        readParties();
        const keepFrom = from.value;
        state.key = key;
        state.members = data.members;
        from.replaceChildren(...data.members.map((m) => h('option', { value: m, text: m === data.me ? t('member-you', { username: m }) : m })));
        from.value = data.members.includes(keepFrom) ? keepFrom : (data.members.includes(data.me) ? data.me : data.members[0] || '');
        parties.dataset.mode = '';
        drawParties();
      }
      if (first) {
        if (!currency.value && data.currency_default) currency.value = data.currency_default;
        if (!data.records.length) box.open = true;
        relabel();
      }
    },
  };
}

async function exportLedger(group, format, button, errorEl) {
  const file = await busy(button, errorEl, () => app.client.ledgerExport(group, format), t('preparing'));
  if (!file) return;
  // A Blob URL of the page's own origin; the browser saves it as a file.
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = h('a', { href: url, download: file.filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  toast(t('exported-toast', { count: file.records, file: file.filename }));
}

// ------------------------------------------------------------------------------ pages

/** The Account page's language setting: stored on this device, applied at once. */
function languageCard() {
  const setting = languageSetting();
  const select = h('select', { id: 'language-select' },
    h('option', { value: '', text: t('language-auto'), selected: !setting }),
    ...languages().map((l) => h('option', { value: l.tag, lang: l.tag, dir: l.dir, selected: l.tag === setting, text: l.name === l.english ? l.name : `${l.name} (${l.english})` })));
  select.addEventListener('change', () => {
    saveLanguage(select.value);
    relocalize(select.value);
  });
  return h('section.card', { 'aria-labelledby': 'language-title' },
    h('h3', { id: 'language-title', text: t('language') }),
    ...field(t('language'), select, t('language-hint')));
}

/** Draws the whole app again in the language `setting` names (what is typed is not kept). */
function relocalize(setting) {
  setLocale(setting);
  rememberWording();
  shell = buildShell();
  mount(shell.root);
  renderList();
  route();
  document.getElementById('language-select')?.focus();
}

function renderNewPage(body) {
  const peer = h('input', { id: 'new-direct', required: true, autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false' });
  const directButton = h('button.primary', { type: 'submit', text: t('start') });
  const directError = h('p.error', { role: 'alert' });
  const name = h('input', { id: 'new-group-name', required: true, maxlength: 64, autocomplete: 'off' });
  const members = h('input', { id: 'new-group-members', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false' });
  const groupButton = h('button.primary', { type: 'submit', text: t('create-group') });
  const groupError = h('p.error', { role: 'alert' });
  body.append(
    h('form.card', { on: { submit: async (e) => {
      e.preventDefault();
      const group = await busy(directButton, directError, () => app.client.startDirect(peer.value), t('starting'));
      if (group) { await refreshConversations(); go(`#/c/${group}`); }
    } } }, h('h3', { text: t('message-person') }), ...field(t('username'), peer), h('div.actions', {}, directButton), directError),
    h('form.card', { on: { submit: async (e) => {
      e.preventDefault();
      const group = await busy(groupButton, groupError, () => app.client.createGroup(name.value, splitNames(members.value)), t('creating'));
      if (group) { await refreshConversations(); go(`#/c/${group}`); }
    } } }, h('h3', { text: t('new-group') }), ...field(t('group-name'), name), ...field(t('members'), members, t('members-hint')), h('div.actions', {}, groupButton), groupError));
  peer.focus();
}

function renderAccountPage(body) {
  const a = app.account || {};
  body.append(h('section.card', { 'aria-labelledby': 'acct-title' },
    h('h3', { id: 'acct-title', text: t('your-account') }),
    h('dl.kv', {},
      h('dt', { text: t('username') }), h('dd', { id: 'acct-username', text: a.username }),
      h('dt', { text: t('this-device') }), h('dd', { text: t('this-device-value', { name: a.device_name, id: String(a.device_id) }) }),
      h('dt', { text: t('valid-until') }), h('dd', { id: 'acct-expires', text: expiryText(a) }),
      h('dt', { text: t('invitations') }), h('dd', { id: 'acct-invites', text: a.is_admin ? t('invites-admin') : t('invites-left', { count: a.invites_left ?? '?' }) }),
      h('dt', { text: t('connection') }), h('dd', { text: a.online ? t('online') : (a.status ? t('offline-reason', { reason: statusReason(a) }) : t('offline')) }))));
  body.append(notificationSettings(h, app.client));
  body.append(typingCard());
  body.append(languageCard());

  // Renewal
  const code = h('input', { id: 'renew-code', autocomplete: 'off', spellcheck: 'false', required: true });
  const renewButton = h('button', { type: 'submit', text: t('renew') });
  const renewError = h('p.error', { role: 'alert' });
  body.append(h('form.card', { on: { submit: async (e) => {
    e.preventDefault();
    const account = await busy(renewButton, renewError, () => app.client.renew(code.value), t('renewing'));
    if (account) { app.account = account; toast(t('renewed-toast', { date: dateFmt.format(new Date(account.expires_at)) })); route(); }
  } } }, h('h3', { text: t('renew-title') }), ...field(t('renewal-code'), code, t('renewal-hint')), h('div.actions', {}, renewButton), renewError));

  // Invitations
  const uses = h('input', { id: 'invite-uses', type: 'number', min: 1, max: 100, value: '1', inputmode: 'numeric' });
  const expiry = h('select', { id: 'invite-expires' },
    h('option', { value: String(86400), text: t('expires-1-day') }),
    h('option', { value: String(7 * 86400), text: t('expires-7-days'), selected: true }),
    h('option', { value: String(30 * 86400), text: t('expires-30-days') }));
  const inviteButton = h('button.primary', { type: 'submit', text: t('create-invitation') });
  const inviteError = h('p.error', { role: 'alert' });
  const inviteResult = h('div', { id: 'invite-result', 'aria-live': 'polite' });
  const inviteList = h('ul.list-plain', { id: 'invite-list', 'aria-label': t('your-invitations') });
  const showInvite = (inv) => {
    const copy = (text) => h('button', { type: 'button', text: t('copy'), on: { click: () => navigator.clipboard?.writeText(text).then(() => toast(t('copied')), () => toast(t('copy-failed'))) } });
    inviteResult.replaceChildren(h('div.linkbox', {},
      h('p', {}, h('strong', { text: t('invitation-created') }), ' ', t('invitation-for', { count: inv.uses, date: fullFmt.format(new Date(inv.expires_at)) })),
      h('p.hint', { text: t('link-for-browser') }), h('code', { id: 'invite-link', text: inv.link }), copy(inv.link),
      h('p.hint', { text: t('link-for-cli') }), h('code', { id: 'invite-cli-link', text: inv.cli_link }), copy(inv.cli_link)));
  };
  if (app.lastInvite) showInvite(app.lastInvite);
  const loadInvites = async () => {
    try {
      const list = await app.client.invites();
      inviteList.replaceChildren(...(list.length ? list.map((i) => h('li', { text: t(i.redeemed_by.length ? 'invite-row-joined' : 'invite-row', { id: String(i.id), state: t(`invite-${i.state}`), left: String(i.uses_left), total: String(i.uses_total), date: dateFmt.format(new Date(i.expires_at)), names: i.redeemed_by.join(', ') }) })) : [h('li.hint', { text: t('no-invitations') })]));
    } catch (e) {
      inviteList.replaceChildren(h('li.hint', { text: explain(e) }));
    }
  };
  body.append(h('form.card', { on: { submit: async (e) => {
    e.preventDefault();
    const inv = await busy(inviteButton, inviteError, () => app.client.createInvite(Number(uses.value) || 1, Number(expiry.value), app.info?.fingerprint ?? null), t('creating'));
    if (inv) { app.lastInvite = inv; app.account = app.client.account(); showInvite(inv); loadInvites(); document.getElementById('acct-invites').textContent = app.account.is_admin ? t('invites-admin') : t('invites-left', { count: app.account.invites_left }); }
  } } }, h('h3', { text: t('invite-someone') }), ...field(t('number-of-people'), uses), ...field(t('valid-for'), expiry), h('div.actions', {}, inviteButton), inviteError, inviteResult, h('h3', { text: t('your-invitations') }), inviteList));

  // Devices
  const devices = h('ul.list-plain', { id: 'device-list', 'aria-label': t('your-devices') });
  body.append(h('section.card', {}, h('h3', { text: t('your-devices') }), devices,
    h('p.hint', { text: t('add-device-hint') })));

  const lock = h('button', { type: 'button', text: t('lock'), on: { click: async () => { await app.client.close(); window.location.reload(); } } });
  body.append(h('section.card', {}, h('h3', { text: t('this-browser') }),
    h('p.hint', { text: t('lock-hint') }), h('div.actions', {}, lock)));

  if (a.online) {
    loadInvites();
    app.client.devices(a.username).then((list) => {
      devices.replaceChildren(...list.map((d) => h('li', { text: t(d.this ? 'device-row-this' : 'device-row', { name: d.name, id: String(d.id), date: dateFmt.format(new Date(d.created_at)) }) })));
    }, (e) => devices.replaceChildren(h('li.hint', { text: explain(e) })));
    app.client.refreshAccount().then((acc) => { app.account = acc; }, () => {});
  } else {
    inviteList.replaceChildren(h('li.hint', { text: t('offline-short') }));
    devices.replaceChildren(h('li.hint', { text: t('offline-short') }));
  }
}

// ------------------------------------------------------------------------------ private browsing

/** Which instructions to open first: 'android', 'ios' or 'desktop'. */
function platformOf() {
  const ua = navigator.userAgent || '';
  if (/Android/i.test(ua)) return 'android';
  if (/iPhone|iPad|iPod/i.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1)) return 'ios';
  return 'desktop';
}

const cmd = (text) => h('code.cmd', { text });

function renderPrivatePage(body) {
  const platform = platformOf();

  body.append(h('section.card', { 'aria-labelledby': 'pb-what' },
    h('h3', { id: 'pb-what', text: t('pb-what-title') }),
    h('p', { text: t('pb-what-1') }),
    h('p', { text: t('pb-what-2') }),
    h('p.hint', { text: t('pb-what-3') })));

  body.append(h('section.card', { 'aria-labelledby': 'pb-limits' },
    h('h3', { id: 'pb-limits', text: t('pb-limits-title') }),
    h('ul.bullets', {},
      h('li', { text: t('pb-limits-1') }),
      h('li', { text: t('pb-limits-2') }),
      h('li', { text: t('pb-limits-3') }),
      h('li', { text: t('pb-limits-4') }))));

  const perDay = h('dd', { id: 'pb-per-day', text: '…' });
  const left = h('dd', { id: 'pb-left', text: '…' });
  const allowanceNote = h('p.hint', { id: 'pb-allowance-note', text: t('pb-allowance-note') });
  body.append(h('section.card', { 'aria-labelledby': 'pb-allowance' },
    h('h3', { id: 'pb-allowance', text: t('pb-allowance-title') }),
    h('dl.kv', {},
      h('dt', { text: t('pb-per-day') }), perDay,
      h('dt', { text: t('pb-left-today') }), left),
    allowanceNote));

  const pathNote = h('p', { id: 'pb-path', role: 'status', text: t('pb-fetching') });
  const relays = h('ul.relays', { id: 'pb-relays', 'aria-label': t('relays') });
  const signature = h('p.hint', { id: 'pb-signature' });
  body.append(h('section.card', { 'aria-labelledby': 'pb-relays-title' },
    h('h3', { id: 'pb-relays-title', text: t('relays') }),
    pathNote, relays, signature));

  const section = (id, title, ...content) => {
    const d = h('details.howto', { id: `pb-howto-${id}` }, h('summary', { text: title }), ...content);
    d.open = id === platform;
    return d;
  };
  const setUp = (first) => h('li', {}, ...tn('pb-setup', { first, link: cmd('conclave device link'), join: cmd('conclave device join LINK'), joininvite: cmd('conclave join LINK --name NAME') }));
  body.append(h('section.card', { 'aria-labelledby': 'pb-use' },
    h('h3', { id: 'pb-use', text: t('pb-use-title') }),
    section('desktop', t('pb-desktop'),
      h('ol.steps', {},
        setUp(t('pb-desktop-install')),
        h('li', {}, ...tn('pb-desktop-run', { cmd: cmd('conclave proxy'), addr: cmd('127.0.0.1:1080') })),
        h('li', {}, ...tn('pb-desktop-chromium', { cmd: cmd('chromium --proxy-server="socks5://127.0.0.1:1080"'), profile: cmd('--user-data-dir=DIR') })),
        h('li', { text: t('pb-desktop-firefox') }),
        h('li', {}, ...tn('pb-desktop-curl', { cmd: cmd('curl --socks5-hostname 127.0.0.1:1080 https://example.org/') }))),
      h('p.hint', {}, ...tn('pb-desktop-options', { country: cmd('--exit-country NL'), circuit: cmd('--new-circuit') }))),
    section('android', t('pb-android'),
      h('p', { text: t('pb-android-intro') }),
      h('ol.steps', {},
        h('li', { text: t('pb-android-termux') }),
        setUp(t('pb-android-account')),
        h('li', {}, ...tn('pb-android-run', { cmd: cmd('conclave proxy') })),
        h('li', {}, ...tn('pb-android-wifi', { host: cmd('127.0.0.1'), port: cmd('1080') })),
        h('li', {}, ...tn('pb-android-browser', { socks: cmd('127.0.0.1:1080'), http: cmd('127.0.0.1:1080') })))),
    section('ios', t('pb-ios'),
      h('p', { id: 'pb-ios', text: t('pb-ios-text') }))));

  const fail = (el, e) => { el.textContent = explain(e); };
  app.client.relayAllowance().then((a) => {
    perDay.textContent = String(a.per_day);
    left.textContent = String(a.left_today);
    if (!a.issuing) allowanceNote.textContent = t('pb-no-tokens');
    else if (a.per_day === 0) allowanceNote.textContent = t('pb-zero-tokens');
  }, (e) => { perDay.textContent = '?'; left.textContent = '?'; fail(allowanceNote, e); });

  app.client.relayDirectory().then((d) => {
    const countOf = (op) => d.relays.filter((r) => r.operator === op).length;
    relays.replaceChildren(...(d.relays.length ? d.relays.map((r) => h('li', { 'data-relay': r.id },
      h('div.row', {},
        h('strong.mono', { text: r.id }),
        ...r.roles.map((role) => h('span.badge', { text: role })),
        r.same_operator_as.length ? h('span.badge.warn', { text: t('pb-same-operator') }) : null),
      h('div.meta', { text: t(r.operator === d.operator ? 'pb-relay-meta-ours' : 'pb-relay-meta', { country: r.country === 'ZZ' ? t('pb-country-unknown') : r.country, operator: r.operator, addr: r.addr }) }),
      r.same_operator_as.length ? h('div.meta.warn', { text: t('pb-same-operator-note', { others: r.same_operator_as.join(', '), count: countOf(r.operator) }) }) : null))
      : [h('li.hint', { text: t('pb-no-relays') })]));
    const path = {
      two_operators: t('pb-two-operators'),
      one_operator: t('pb-one-operator'),
    }[d.path.status] || t('pb-no-path', { reason: d.path.message });
    pathNote.textContent = path;
    pathNote.className = d.path.status === 'two_operators' ? 'ok' : 'warn';
    signature.textContent = t(d.pinned_now ? 'pb-signed-new' : 'pb-signed-known', { operator: d.operator, key: d.key, date: fullFmt.format(new Date(d.expires_at)) });
  }, (e) => { pathNote.className = 'error'; fail(pathNote, e); });
}

// ------------------------------------------------------------------------------ calls

/** What the Rust client says about the conversation's calls: banner, ringing, history. */
async function refreshCalls(group, fromSignal = false) {
  let state;
  try {
    state = await app.client.calls(group);
  } catch {
    return;
  }
  const open = state.open;
  app.openCalls.set(group, open);
  const mine = app.call && app.call.group === group ? app.call : null;
  if (open && open.ringing_me && !mine) showRinging(group, open);
  else if (app.ringing && app.ringing.group === group) hideRinging();
  // Our call is over (everyone left, it was ended for everyone, or it rang out).
  const mineNow = mine && state.calls.find((c) => c.id === mine.call);
  if (mineNow && mineNow.ended) {
    endLocalCall();
    fromSignal = true;
  }
  // Everyone we called declined and nobody else is in: hang up (Signal does the same).
  else if (mine && open && open.id === mine.call && mine.signalled) {
    const others = open.invited.filter((u) => u !== app.account.username);
    const alone = open.in_call.every((p) => p.username === app.account.username);
    if (alone && others.length && others.every((u) => open.declined.includes(u))) {
      toast(t('declined', { names: others.join(', ') }));
      hangUp();
      return;
    }
  }
  if (group === app.current) drawCallBanner(group);
  if (fromSignal) reloadHistory(group);
}

/** What a call tile says about a participant whose media does not play (empty when it does). */
function tileState(p) {
  if (p.state === 'no-key') return t('tile-waiting-keys');
  if (p.state === 'cant-decrypt') return t('tile-cant-decrypt', { reason: p.reason === 'unauthentic' ? t('tile-key-mismatch') : p.reason });
  if (p.state === 'connecting') return t('connecting');
  return '';
}

/** A call's history line (the client core's outcome) in this page's language. */
function callLine(c) {
  const args = { ...c.line.args };
  if (args.duration) args.duration = t(args.duration.id, args.duration.args);
  return t(c.line.id, args);
}

function drawCallBanner(group) {
  const open = app.openCalls.get(group);
  const inIt = app.call && app.call.group === group;
  if (!open || inIt || open.ringing_me) {
    shell.callBanner.replaceChildren();
    return;
  }
  shell.callBanner.replaceChildren(
    h('span', { text: callLine(open) }),
    h('button.primary', { type: 'button', text: t('join-call'), on: { click: () => joinCall(group, open.id, open.media) } }));
}

function sendSignal(group, signal) {
  return app.client.callSignal(group, JSON.stringify(signal));
}

function showRinging(group, open) {
  if (app.ringing && app.ringing.call === open.id) return;
  const c = conversationOf(group);
  app.ringing = { group, call: open.id };
  const accept = h('button.primary', {
    type: 'button', text: t('accept'), 'aria-label': open.media === 'video' ? t('accept-video-call') : t('accept-call'),
    // The answer goes out while the camera starts (the other devices stop ringing).
    on: { click: () => { hideRinging(); sendSignal(group, { kind: 'accept', call: open.id }).catch((e) => toast(explain(e))); joinCall(group, open.id, open.media); } },
  });
  const decline = h('button.danger', {
    type: 'button', text: t('decline'),
    on: { click: async () => { hideRinging(); await sendSignal(group, { kind: 'decline', call: open.id }).catch((e) => toast(explain(e))); refreshCalls(group, true); } },
  });
  shell.ringing.replaceChildren(
    h('p.caller', { id: 'ringing-text', text: t('is-calling', { caller: open.caller }) }),
    h('p.sub', { text: c ? t(open.media === 'video' ? 'ringing-video' : 'ringing-voice', { conversation: c.name }) : (open.media === 'video' ? t('video-call') : t('call-voice')) }),
    h('div.actions', {}, decline, accept));
  shell.ringing.hidden = false;
  clearTimeout(app.ringTimer);
  app.ringTimer = setTimeout(() => refreshCalls(group, true), Math.max(0, open.ring_ends_at - Date.now()) + 500);
  // The caller sees "ringing…" (once per call and device).
  app.rang ||= new Set();
  if (!app.rang.has(open.id)) {
    app.rang.add(open.id);
    sendSignal(group, { kind: 'ringing', call: open.id }).catch(() => {});
  }
}

function hideRinging() {
  app.ringing = null;
  clearTimeout(app.ringTimer);
  shell.ringing.hidden = true;
  shell.ringing.replaceChildren();
}

async function startCall(media) {
  const group = app.current;
  if (!group) return;
  if (app.call) {
    toast(t('already-in-call'));
    return;
  }
  const button = media === 'video' ? shell.videoButton : shell.callButton;
  const call = await busy(button, null, () => app.client.callStart(group, media), t('calling'));
  if (call) joinCall(group, call, media);
}

/** Joins call `call` of `group`: camera and microphone, the SFU, then the Join signal. */
async function joinCall(group, call, media) {
  if (app.call) {
    toast(t('already-in-call'));
    return;
  }
  const t0 = performance.now();
  let others = 1;
  try {
    const members = await app.client.members(group);
    others = members.accounts.reduce((n, a) => n + a.devices.length, 0) - 1;
  } catch { /* one slot */ }
  const c = conversationOf(group);
  const m = new CallMedia({ client: app.client, group, call, media, slots: others, onchange: () => drawCallScreen() });
  app.call = { group, call, media: m, name: c ? c.name : '', startedAt: t0, signalled: false, tiles: new Map(), audio: new Map() };
  hideRinging();
  buildCallScreen();
  drawCallBanner(group);
  try {
    const fingerprint = await m.start(t0);
    await sendSignal(group, { kind: 'join', call, media, fingerprint, params: '' });
    if (app.call && app.call.media === m) app.call.signalled = true;
    refreshCalls(group);
  } catch (e) {
    toast(t('call-failed', { error: explain(e) }));
    endLocalCall();
  }
}

async function hangUp() {
  const c = app.call;
  if (!c) return;
  endLocalCall();
  await sendSignal(c.group, { kind: 'leave', call: c.call }).catch((e) => toast(explain(e)));
  refreshCalls(c.group, true);
}

function endLocalCall() {
  const c = app.call;
  if (!c) return;
  app.call = null;
  c.media.stop();
  clearInterval(c.timer);
  clearInterval(c.poll);
  shell.callScreen.hidden = true;
  shell.callScreen.replaceChildren();
  if (c.group === app.current) drawCallBanner(c.group);
}

function buildCallScreen() {
  const c = app.call;
  const toggle = (id, on, off, pressed, click) => h('button', { type: 'button', id, text: pressed ? off : on, 'aria-pressed': String(!!pressed), on: { click } });
  c.title = h('h2', { id: 'call-title', text: c.name });
  c.info = h('p.sub', { id: 'call-info', text: t('connecting') });
  c.grid = h('div.call-grid', { id: 'call-grid' });
  c.local = h('video.local', { autoplay: true, playsinline: true, muted: true, 'aria-label': t('your-camera') });
  c.local.muted = true;
  c.localTile = h('figure.tile.me', { 'data-username': app.account.username }, c.local, h('figcaption', { text: t('you') }));
  c.sounds = h('div', { hidden: true });
  const mic = toggle('call-mute', t('mute'), t('unmute'), false, () => { c.media.setMic(!c.media.micOn); mic.textContent = c.media.micOn ? t('mute') : t('unmute'); mic.setAttribute('aria-pressed', String(!c.media.micOn)); });
  const cam = toggle('call-camera', t('camera-off'), t('camera-on'), false, () => { c.media.setCamera(!c.media.cameraOn); cam.textContent = c.media.cameraOn ? t('camera-off') : t('camera-on'); cam.setAttribute('aria-pressed', String(!c.media.cameraOn)); });
  const flip = h('button', { type: 'button', id: 'call-switch', text: t('switch-camera'), on: { click: async () => { if (!(await c.media.switchCamera())) toast(t('one-camera')); } } });
  cam.hidden = c.media.media !== 'video';
  flip.hidden = c.media.media !== 'video';
  const end = h('button.danger', { type: 'button', id: 'call-hangup', text: t('hang-up'), on: { click: hangUp } });
  shell.callScreen.replaceChildren(
    h('header.call-top', {}, c.title, c.info),
    c.grid,
    h('div.call-controls', { role: 'toolbar', 'aria-label': t('call-controls') }, mic, cam, flip, end),
    c.sounds);
  c.grid.append(c.localTile);
  shell.callScreen.hidden = false;
  c.timer = setInterval(drawCallScreen, 1000);
  // A call can end with no signal (it rang out, or ran too long): look every few seconds.
  c.poll = setInterval(() => refreshCalls(c.group), 3000);
}

/** The grid: one tile per participant whose media arrives, named from the MLS tree by leaf. */
function drawCallScreen() {
  const c = app.call;
  if (!c || !c.grid) return;
  const m = c.media;
  if (m.local && !c.local.srcObject) c.local.srcObject = m.local;
  const people = m.participants();
  const seen = new Set();
  for (const p of people) {
    seen.add(p.leaf);
    let tile = c.tiles.get(p.leaf);
    if (!tile) {
      const video = h('video', { autoplay: true, playsinline: true });
      video.muted = true; // sound plays from the audio elements
      const name = h('figcaption');
      const state = h('span.tile-state');
      tile = { node: h('figure.tile', { 'data-leaf': p.leaf }, video, name, state), video, name, state, mid: null };
      c.tiles.set(p.leaf, tile);
      c.grid.append(tile.node);
    }
    tile.node.dataset.username = p.username || '';
    tile.node.dataset.state = p.state;
    tile.name.textContent = p.username ? t('tile-name', { username: p.username, device: String(p.device) }) : t('tile-leaf', { leaf: String(p.leaf) });
    tile.state.textContent = tileState(p);
    const vmid = p.video && p.video.mid;
    if (vmid && tile.mid !== vmid && m.remotes.get(vmid)) {
      tile.mid = vmid;
      tile.video.srcObject = m.remotes.get(vmid).stream;
    }
    const amid = p.audio && p.audio.mid;
    if (amid && m.remotes.get(amid) && !c.audio.has(amid)) {
      const a = h('audio', { autoplay: true });
      a.srcObject = m.remotes.get(amid).stream;
      c.audio.set(amid, a);
      c.sounds.append(a);
    }
    const receiver = amid && m.pc?.getTransceivers().find((x) => x.mid === amid)?.receiver;
    const level = receiver?.getSynchronizationSources?.()[0]?.audioLevel || 0;
    tile.node.classList.toggle('speaking', level > 0.05);
  }
  for (const [leaf, tile] of c.tiles) {
    if (!seen.has(leaf)) {
      tile.node.remove();
      c.tiles.delete(leaf);
    }
  }
  const secs = Math.floor((performance.now() - c.startedAt) / 1000);
  const clock = `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
  const state = m.state === 'connected' ? clock : ({ connecting: t('connecting'), reconnecting: t('reconnecting'), failed: t('connection-failed'), ended: t('ended') })[m.state];
  c.info.textContent = t('in-call', { state, count: people.length + 1 });
  c.grid.dataset.count = String(people.length + 1);
}

// A handle for people debugging a call in the browser's console (and for the browser tests):
// what the page itself shows, nothing the page does not have.
window.conclaveCall = () => app.call && app.call.media;

boot();
