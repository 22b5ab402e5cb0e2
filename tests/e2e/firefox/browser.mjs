// Launches Debian's Firefox ESR with the Firefox test build installed as a temporary add-on, driven by
// puppeteer-core over WebDriver BiDi. What differs from Chromium (tests/e2e/browser.mjs) is handled here:
// - the add-on's internal UUID is fixed by a pref, so `moz-extension://<uuid>/…` is known before install;
// - Firefox refuses automated navigation to moz-extension pages unless started with --remote-allow-system-access;
// - `page.goto`/`reload` of a moz-extension page never resolve over BiDi (puppeteer#14314): we start the
//   navigation and wait for the new document ourselves;
// - downloads go to a folder of the run (prefs), since BiDi gives no download event here;
// - every request that is not the local reconstruction or the extension is sent to a dead proxy;
// - each launch starts from a copy of a profile Firefox has already initialised once (firstRunProfile):
//   a new profile's first start costs about 2.5 s of CPU more, and nothing of the add-on is in it.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findFirefox } from '../../../scripts/find-firefox.mjs';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3-test');
/** The add-on's internal UUID in every run (moz-extension://UUID/…). */
export const EXTENSION_UUID = '5f2c8e0b-7d4a-4c1e-9b36-0e8a1c2d3f41';

function geckoId(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `fn` (run in the page) until it returns a truthy value. Survives navigations: an evaluation
 * whose document goes away is simply tried again. `fn` must return something serialisable (a DOM
 * node fails to serialise over BiDi, and would be retried until the timeout): return `!!node`.
 */
export async function until(page, fn, arg, { timeout = 20_000, interval = 50, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await page.evaluate(fn, arg);
      if (value) return value;
    } catch (e) {
      last = e;
    }
    await sleep(interval);
  }
  throw new Error(`Firefox : délai dépassé en attendant ${what}${last ? ` (${last.message})` : ''}`);
}

/** Starts a navigation of `page` to `url` and waits until that document has loaded. */
export async function navigate(page, url, opts = {}) {
  const token = `nav-${Math.random().toString(36).slice(2)}`;
  await page
    .evaluate((t) => {
      window.__certifillNav = t;
    }, token)
    .catch(() => {});
  page.goto(url, { timeout: 0 }).catch(() => {});
  await until(
    page,
    ([u, t]) => window.__certifillNav !== t && document.readyState === 'complete' && location.href === u,
    [url, token],
    { what: `le chargement de ${url}`, ...opts },
  );
}

/** Reloads `page` and waits for the new document (page.reload never resolves on moz-extension pages). */
export async function reload(page, opts = {}) {
  const url = await page.evaluate(() => location.href);
  await page.evaluate(() => {
    window.__certifillReloading = true;
    setTimeout(() => location.reload(), 0);
  });
  await until(page, () => !window.__certifillReloading && document.readyState === 'complete', undefined, {
    what: `le rechargement de ${url}`,
    ...opts,
  });
}

/** What every launch passes to puppeteer (the template profile is started with the same). */
function launchOptions(downloads, opts, userDataDir) {
  return {
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir,
    args: ['--remote-allow-system-access'],
    defaultViewport: opts.viewport ?? { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [geckoId(opts.extensionDir ?? FIREFOX_EXTENSION_DIR)]: EXTENSION_UUID,
      }),
      // Downloads land in a folder of the run, without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json',
      // Nothing leaves the machine: every proxied request goes to a closed port (localhost is never proxied).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.allow_hijacking_localhost': false,
      ...opts.prefs,
    },
  };
}

/**
 * A profile Firefox has started in once, without the add-on, shared by the runs of this Firefox (its
 * path and modification time name it). Made once, in a folder of its own renamed into place, so that
 * tests started at the same time never see half a profile. Each launch copies it.
 */
async function firstRunProfile() {
  const exe = findFirefox();
  const dir = join(
    tmpdir(),
    `certifill-ff-profile-${statSync(exe).mtimeMs.toFixed(0)}-${exe.replace(/\W/g, '_')}`,
  );
  if (existsSync(join(dir, '.ready'))) return dir;
  const making = mkdtempSync(`${dir}.making-`);
  const downloads = mkdtempSync(join(tmpdir(), 'certifill-ff-downloads-'));
  const browser = await puppeteer.launch(launchOptions(downloads, {}, making));
  await browser.close();
  rmSync(downloads, { recursive: true, force: true });
  // Firefox saved the prefs of that launch in prefs.js: each launch brings its own (user.js).
  rmSync(join(making, 'prefs.js'), { force: true });
  writeFileSync(join(making, '.ready'), '');
  try {
    renameSync(making, dir);
  } catch {
    rmSync(making, { recursive: true, force: true }); // another test made it first
  }
  return dir;
}

/**
 * @param {{ extensionDir?: string, viewport?: {width:number,height:number}, prefs?: Record<string, unknown> }} [opts]
 */
export async function launchFirefox(opts = {}) {
  const ext = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json')))
    throw new Error(`Build Firefox absent (${ext}) : lancez \`npx wxt build -b firefox --mv3 --mode test\`.`);
  const downloads = mkdtempSync(join(tmpdir(), 'certifill-ff-downloads-'));
  const profile = mkdtempSync(join(tmpdir(), 'certifill-ff-'));
  cpSync(await firstRunProfile(), profile, { recursive: true });
  const browser = await puppeteer.launch(launchOptions(downloads, opts, profile));
  const requests = [];
  const pageErrors = [];
  const watch = (page) => {
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e?.message ?? e}`));
  };
  for (const p of await browser.pages()) watch(p);
  browser.on('targetcreated', async (t) => {
    const p = await t.page().catch(() => null);
    if (p) watch(p);
  });
  try {
    await browser.installExtension(ext);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const base = `moz-extension://${EXTENSION_UUID}/`;
  const api = {
    browser,
    downloads,
    pageErrors,
    url: (path) => `${base}${path.replace(/^\//, '')}`,
    /** A new tab showing `url` (an extension page or the reconstruction), loaded. */
    async open(url) {
      const page = await browser.newPage();
      await navigate(page, url);
      return page;
    },
    /** The id of the newest tab showing `url`, read from an extension page (tabs.query). */
    async tabIdOf(url) {
      const probe = await api.open(api.url('sidepanel.html'));
      try {
        const tabs = await probe.evaluate(() =>
          globalThis.browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url }))),
        );
        // Without host access to a site, Firefox hides its tabs' addresses: then the newest such tab.
        const byUrl = tabs.filter((t) => t.url === url);
        const tab = (byUrl.length ? byUrl : tabs.filter((t) => t.url === undefined)).sort(
          (a, b) => b.id - a.id,
        )[0];
        if (!tab) throw new Error(`onglet introuvable pour ${url} : ${JSON.stringify(tabs)}`);
        return tab.id;
      } finally {
        await probe.close();
      }
    },
    /** Waits for a file whose name matches `pattern` to be fully written in the downloads folder. */
    async waitForDownload(pattern, { timeout = 20_000 } = {}) {
      const deadline = Date.now() + timeout;
      while (Date.now() < deadline) {
        const names = readdirSync(downloads);
        const done = names.find((n) => pattern.test(n) && !n.endsWith('.part'));
        if (done && !names.some((n) => n === `${done}.part`) && statSync(join(downloads, done)).size > 0)
          return join(downloads, done);
        await sleep(100);
      }
      throw new Error(`téléchargement ${pattern} absent : ${readdirSync(downloads).join(', ')}`);
    },
    /** Requests that left the machine or the extension (none are allowed). */
    externalRequests: () =>
      requests.filter((u) => !/^(moz-extension|data|blob|about):|^http:\/\/127\.0\.0\.1[:/]/.test(u)),
    async close() {
      await browser.close().catch(() => {});
      rmSync(downloads, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return api;
}
