// Test kit for the web app in a real browser: the real conclave-server and conclave binaries
// (built by scripts/test) in temporary directories on port 0, and Debian's Chromium driven by
// playwright-core, each browser user in a fresh profile (--user-data-dir) that pins the
// server's self-signed certificate by its public key (--ignore-certificate-errors-spki-list).

import { spawn, execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, devices } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../../..');
const target = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(repo, 'target');
export const artifacts = path.join(target, 'web-artifacts');
const chromiumPath = process.env.CONCLAVE_CHROMIUM || '/usr/bin/chromium';

/** How long a test waits for something a user would wait for (generous: the machine is shared). */
export const WAIT_MS = 90_000;

let axe = null;
function axeSource() {
  axe ??= readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
  return axe;
}

function bin(name) {
  const p = path.join(target, 'debug', name);
  if (!existsSync(p)) throw new Error(`${p} is missing: run \`cargo build --bins\` first (scripts/test does)`);
  return p;
}

const cleanups = [];
/** Runs every clean-up registered so far (servers, browsers, temp dirs), newest first. */
export async function cleanup() {
  while (cleanups.length) {
    const f = cleanups.pop();
    try { await f(); } catch (e) { console.error('cleanup:', e); }
  }
}

export function tempDir(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), `conclave-web-${prefix}-`));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// ------------------------------------------------------------------------------ the server

export class Server {
  constructor(data, args = []) {
    this.data = data;
    this.args = args;
    this.stderr = '';
  }

  /** A fresh server on port 0 (or on `port` again, with the same data); `args`: more flags for
   *  `conclave-server serve` (e.g. `--config FILE`, `--relay-roles entry,exit`). */
  static async start(data = path.join(tempDir('server'), 'data'), port = 0, args = []) {
    const s = new Server(data, args);
    await s.spawn(port);
    return s;
  }

  spawn(port) {
    return new Promise((resolve, reject) => {
      const child = spawn(bin('conclave-server'), ['serve', '--data', this.data, '--listen', `127.0.0.1:${port}`, '--metrics-listen', 'off', ...this.args], {
        env: { ...process.env, CONCLAVE_LOG: 'info' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      this.child = child;
      let out = '';
      const timer = setTimeout(() => reject(new Error(`conclave-server did not start:\n${this.stderr}`)), 30_000);
      child.stderr.on('data', (d) => { this.stderr += d; });
      child.stdout.on('data', (d) => {
        out += d;
        for (const line of out.split('\n')) {
          const admin = line.match(/^Admin invite: (\S+)/);
          if (admin) this.adminLink = admin[1];
          const web = line.match(/^In a browser: (\S+)/);
          if (web) this.adminWebLink = web[1];
          // With relay roles: "Relay (entry, exit) rID on ADDR".
          const relay = line.match(/^Relay \((.+)\) (r[0-9a-f]{16}) on (\S+)/);
          if (relay) this.relay = { roles: relay[1].split(', '), id: relay[2], addr: relay[3] };
          const listen = line.match(/^Listening on https:\/\/(\S+)/);
          if (listen) {
            clearTimeout(timer);
            this.addr = listen[1];
            this.port = Number(listen[1].split(':').pop());
            this.origin = `https://127.0.0.1:${this.port}`;
            resolve(this);
          }
        }
      });
      child.on('exit', (code) => { clearTimeout(timer); if (!this.addr) reject(new Error(`conclave-server exited (${code}):\n${this.stderr}`)); });
      cleanups.push(() => this.stop());
    });
  }

  async stop() {
    if (!this.child || this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }

  async restart() {
    await this.stop();
    await this.spawn(this.port);
  }

  /** base64(SHA-256(SubjectPublicKeyInfo)) of the server's certificate, for Chromium's pin. */
  spki() {
    const pem = readFileSync(path.join(this.data, 'tls', 'cert.pem'), 'utf8');
    const der = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
    return createHash('sha256').update(der).digest('base64');
  }

  /** True when `text` occurs in any file of the server's data directory. */
  dataContains(text) {
    const needle = Buffer.from(text);
    const walk = (dir) => readdirSync(dir).some((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : readFileSync(p).includes(needle);
    });
    return walk(this.data) || this.stderr.includes(text);
  }
}

// ------------------------------------------------------------------------------ the CLI

export class Cli {
  constructor(home) {
    this.home = home;
  }

  static create(name) {
    return new Cli(path.join(tempDir(`cli-${name}`), 'home'));
  }

  run(...args) {
    // CLI users keep their state with a key file (no passphrase).
    const env = { ...process.env, CONCLAVE_LOG: 'warn' };
    delete env.CONCLAVE_PASSPHRASE;
    return new Promise((resolve, reject) => {
      execFile(bin('conclave'), ['--home', this.home, ...args], {
        env,
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024,
      }, (err, stdout, stderr) => {
        if (err) reject(new Error(`conclave ${args.join(' ')} failed: ${err.message}\n${stderr}`));
        else resolve({ stdout, stderr });
      });
    });
  }

  /** `conclave device link`: resolves with the link it prints; `done` when a device joined. */
  deviceLink() {
    const env = { ...process.env, CONCLAVE_LOG: 'warn' };
    delete env.CONCLAVE_PASSPHRASE;
    const child = spawn(bin('conclave'), ['--home', this.home, 'device', 'link'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    cleanups.push(() => { if (child.exitCode === null) child.kill('SIGKILL'); });
    let out = '';
    let err = '';
    const done = new Promise((resolve, reject) => {
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`device link failed (${code}): ${err}`))));
    });
    const link = new Promise((resolve, reject) => {
      child.stderr.on('data', (d) => { err += d; });
      child.stdout.on('data', (d) => {
        out += d;
        const m = out.match(/^(conclave:\/\/\S+\/device#\S+)$/m);
        if (m) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error(`device link exited before printing a link: ${err}`)));
    });
    return { link, done };
  }

  /** History of a conversation as JSON lines. */
  async read(conversation) {
    const { stdout } = await this.run('read', conversation, '--json');
    return stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  }

  /** An invitation: {link (conclave://), web_link (https://)}. */
  async invite() {
    const { stdout } = await this.run('invite', 'create', '--json');
    return JSON.parse(stdout);
  }
}

/** Polls `f` until it returns a truthy value. */
export async function eventually(f, what, ms = WAIT_MS) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const v = await f();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

// ------------------------------------------------------------------------------ browsers

export const PHONE = devices['Pixel 7'];
export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

/** One person's browser: a fresh Chromium profile pinned to `server`'s certificate. */
export class Browser {
  /** `profile`: reopen an earlier browser's profile (its IndexedDB, its service worker). */
  /** `args`: more Chromium flags (fake media devices for calls). */
  static async open(server, name, device = DESKTOP, profile = null, args = []) {
    const b = new Browser();
    b.name = name;
    b.server = server;
    b.profile = profile || tempDir(`chromium-${name}`);
    b.requests = [];
    b.consoleErrors = [];
    b.context = await chromium.launchPersistentContext(b.profile, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--ignore-certificate-errors-spki-list=${server.spki()}`,
        ...args,
      ],
      ...device,
    });
    cleanups.push(() => b.close());
    b.context.on('request', (r) => b.requests.push(r.url()));
    b.page = b.context.pages()[0] || await b.context.newPage();
    b.watch(b.page);
    b.page.setDefaultTimeout(WAIT_MS);
    return b;
  }

  async close() {
    await this.context.close().catch(() => {});
  }

  /** Waits until the service worker controls the page (the offline shell is cached). */
  async serviceWorkerReady() {
    return this.page.evaluate(async () => {
      const r = await navigator.serviceWorker.ready;
      // `ready` resolves once there is an active worker, which may still be activating (its
      // `activate` handler runs): wait for it to finish, at most 30 s.
      const w = r.active;
      if (w && w.state === 'activating') {
        await new Promise((resolve) => {
          const done = () => { if (w.state !== 'activating') resolve(); };
          w.addEventListener('statechange', done);
          setTimeout(resolve, 30_000);
          done();
        });
      }
      return w ? w.state : null;
    });
  }

  watch(page) {
    page.on('console', (m) => { if (m.type() === 'error') this.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => this.consoleErrors.push(`page error: ${e.message}`));
    page.on('dialog', (d) => d.accept());
  }

  /** Every URL this browser requested that is not of the server's own origin. */
  foreignRequests() {
    const own = new URL(this.server.origin).host;
    return this.requests.filter((u) => {
      const url = new URL(u);
      if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
      return url.host !== own;
    });
  }

  /** axe-core's serious and critical accessibility violations on the page as it is now. */
  async accessibility() {
    // Evaluated through the DevTools protocol, which the page's CSP does not govern; the page
    // itself never loads it.
    if (!(await this.page.evaluate(() => typeof window.axe === 'object'))) await this.page.evaluate(axeSource());
    const violations = await this.page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  async screenshot(name) {
    mkdirSync(artifacts, { recursive: true });
    const file = path.join(artifacts, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Opens an invitation link and creates the account. */
  async join(webLink, username, passphrase) {
    const p = this.page;
    await p.goto(webLink);
    await p.locator('#join-username').fill(username);
    await p.locator('#join-pass').fill(passphrase);
    await p.locator('#join-again').fill(passphrase);
    await p.getByRole('button', { name: 'Join' }).click();
    await p.locator('#conversation-list').waitFor();
    await this.online();
  }

  async unlock(passphrase) {
    const p = this.page;
    await p.locator('#unlock-pass').fill(passphrase);
    await p.getByRole('button', { name: 'Unlock' }).click();
  }

  /** The status line says online (it is in the list pane, which a phone may not show). */
  async online() {
    await this.page.locator('#status.online').waitFor({ state: 'attached' });
  }

  /** The conversation list (on a phone, the list view). */
  async list() {
    await this.page.evaluate(() => { window.location.hash = '#/'; });
    await this.page.locator('#conversation-list').waitFor();
  }

  conversationButton(name) {
    return this.page.locator('#conversation-list button', { has: this.page.locator('.name', { hasText: name }) });
  }

  async open(name) {
    await this.list();
    await this.conversationButton(name).first().click();
    await this.page.locator('#conversation-title', { hasText: name }).waitFor();
  }

  message(text) {
    return this.page.locator('#messages .msg .text', { hasText: text });
  }

  async send(text) {
    await this.page.locator('#composer-text').fill(text);
    await this.page.locator('#composer-text').press('Enter');
    await this.page.locator('#messages .msg.mine .text', { hasText: text }).waitFor();
  }

  /** No element wider than the viewport: nothing needs horizontal scrolling. */
  async horizontalOverflow() {
    return this.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')].filter((e) => {
        const r = e.getBoundingClientRect();
        const style = getComputedStyle(e);
        return style.display !== 'none' && style.visibility !== 'hidden' && r.width > 0 && r.right > width + 1;
      }).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
    });
  }
}
