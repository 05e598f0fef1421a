// The page's strings, in the member's language: every text the page shows comes from
// conclave-i18n's web catalog (crates/conclave-i18n/locales/web/<tag>.ftl) through the wasm
// module. Placeables are isolated (FSI…PDI) and sanitized there, so a name cannot reorder the
// text around it.

import * as core from './pkg/conclave_web.js';

const STORE = 'conclave-language';
/** The chosen locale: {tag, dir}; English until `chooseLanguage` runs (after init). */
export const locale = { tag: 'en', dir: 'ltr' };

/** The member's choice on this device ('' for automatic). */
export function languageSetting() {
  try { return localStorage.getItem(STORE) || ''; } catch { return ''; }
}

// `?lang=`, read as the module loads: the page drops an invitation's URL from the address bar
// before it chooses the language.
const fromUrl = new URLSearchParams(window.location.search).get('lang');

/** Picks the locale: `?lang=` (for links and tests), else the member's choice, else the browser's. */
export function chooseLanguage(setting = languageSetting()) {
  const wanted = [fromUrl, setting, ...(navigator.languages || [navigator.language])].filter(Boolean);
  Object.assign(locale, core.i18nInit(wanted));
  document.documentElement.lang = locale.tag;
  document.documentElement.dir = locale.dir;
  return locale;
}

export function saveLanguage(setting) {
  try {
    if (setting) localStorage.setItem(STORE, setting);
    else localStorage.removeItem(STORE);
  } catch { /* private mode: this session only */ }
}

/** The languages on offer: [{tag, name, english, dir}]. */
export const languages = () => core.i18nLocales();

/** The message `id` with its placeables (numbers select plurals). */
export function t(id, args) {
  return core.t(id, args ?? null);
}

// Placeables that are nodes (a command in <code>, a link): the message is formatted with a
// private-use marker in their place, then cut at the markers.
const MARK = /\uE000(\d+)\uE001/;

/** Like `t`, but `args` values may be DOM nodes: returns an array of strings and nodes. */
export function tn(id, args = {}) {
  const nodes = [];
  const plain = {};
  for (const [k, v] of Object.entries(args)) {
    if (v instanceof Node) { plain[k] = `\uE000${nodes.length}\uE001`; nodes.push(v); } else plain[k] = v;
  }
  const parts = t(id, plain).split(MARK);
  return parts.map((p, i) => (i % 2 ? nodes[Number(p)] : p)).filter((p) => p !== '');
}
