// Helpers of prefill.e2e.mjs: sample dossiers, the reconstruction's tabs, the popup as a page, read-backs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SAMPLES = resolve('tests/fixtures/dossiers');
export const RNCP_ID = '48213';
export const RS_ID = '48377';

export function readSample(file) {
  const [d] = JSON.parse(readFileSync(resolve(SAMPLES, file), 'utf8')).dossiers;
  return d;
}

/** Imports a sample through the editor's own « Importer » button (the real UI). */
export async function importSample(b, file) {
  const editor = await b.context.newPage();
  await editor.goto(b.url('options.html'));
  await editor.setInputFiles('#import-file', resolve(SAMPLES, file));
  await editor.getByText(readSample(file).name).first().waitFor({ timeout: 30_000 });
  await editor.close();
}

/** Waits until the reconstruction finished rendering `path` (tests/reconstruction/README.md: `window.__certifproRoute`). */
export async function waitRoute(page) {
  await page.waitForFunction(() => window.__certifproRoute === location.pathname, null, {
    timeout: 30_000,
    polling: 100,
  });
  // The scan service rescans after the DOM settles (debounced).
  await page.waitForFunction(() => document.querySelector('[data-certifill-field]') !== null, null, {
    timeout: 30_000,
    polling: 100,
  });
}

export async function openDemande(b, platform, id, tab) {
  const page = await b.context.newPage();
  await page.goto(`${platform.url}demandes/${id}/${tab}`);
  await waitRoute(page);
  return page;
}

export async function switchTab(page, name) {
  await page.getByRole('tab', { name }).click();
  await waitRoute(page);
}

export async function serviceWorker(b) {
  return b.context.serviceWorkers()[0] ?? (await b.context.waitForEvent('serviceworker'));
}

/** The side panel's width in a real browser window (Chrome lets it grow from 320 px to half the window). */
export const PANEL_VIEWPORT = { width: 420, height: 900 };

/** The tab of a page, read through the service worker (the newest when several show the same address). */
export async function tabIdOf(b, page) {
  const sw = await serviceWorker(b);
  const url = page.url();
  const tabs = await sw.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.filter((t) => t.url === url).sort((x, y) => y.id - x.id)[0];
  if (!tab) throw new Error(`onglet introuvable pour ${url}`);
  return tab.id;
}

/**
 * The side panel opened as a page on `sidepanel.html?tabId=N`, at a side panel's width, in a window of
 * its own: like the real side panel, it is shown beside the page, and the page stays the active tab of
 * its window. (A panel in a tab of the page's window is hidden whenever the page is in front, and
 * Chromium then runs its frames and timers about once a second: every action on it took seconds.)
 */
export async function openPanel(b, page) {
  const tabId = await tabIdOf(b, page);
  const url = b.url(`sidepanel.html?tabId=${tabId}`);
  const sw = await serviceWorker(b);
  await sw.evaluate((u) => chrome.windows.create({ url: u, focused: true }), url);
  let panel = b.context.pages().find((p) => p.url() === url);
  for (const deadline = Date.now() + 30_000; !panel && Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 50));
    panel = b.context.pages().find((p) => p.url() === url);
  }
  if (!panel) throw new Error(`panneau introuvable : ${url}`);
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.getByTestId('page-summary').waitFor({ timeout: 30_000 });
  return panel;
}

/** Former name (the assistant was a popup): kept while other branches move to openPanel. */
export const openPopup = openPanel;

export async function prefill(popup, { tick = [] } = {}) {
  await popup.getByRole('button', { name: 'Pré-remplir cette page' }).click();
  await popup.getByRole('button', { name: 'Appliquer' }).waitFor();
  await popup.getByLabel('Masquer les champs sans valeur dans le dossier').uncheck();
  for (const path of tick) await popup.locator(`li.pp-row[data-path="${path}"] input[type=checkbox]`).check();
  const decisions = await popup
    .locator('li.pp-row[data-path]')
    .evaluateAll((rows) =>
      Object.fromEntries(rows.map((r, i) => [r.dataset.path || `#${i}`, r.dataset.decision])),
    );
  await popup.getByRole('button', { name: 'Appliquer' }).click();
  await popup.getByTestId('fill-report').waitFor({ timeout: 60_000 });
  return decisions;
}

/** The dossiers as the background stores them (read in the service worker, the database's origin). */
export async function readDossiers(b) {
  const sw = await serviceWorker(b);
  return sw.evaluate(
    () =>
      new Promise((res, rej) => {
        const open = indexedDB.open('certifill');
        open.onerror = () => rej(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('dossiers').objectStore('dossiers').getAll();
          get.onsuccess = () =>
            res(get.result.map((d) => ({ id: d.id, values: d.values, groups: d.groups })));
          get.onerror = () => rej(get.error);
        };
      }),
  );
}

const ENUM_LABELS = {
  NIV5: 'Niveau 5',
  HABILITATION_FORMER: 'Habilitation pour former',
  HABILITATION_ORGA_FORM: "Habilitation pour former et organiser l'évaluation",
};

/** What the dossier says for a concrete path, as text the page should show. */
export function expectedOf(d, path) {
  if (path === 'demande.repertoire') return d.repertoire;
  if (path === 'demande.typeDemande')
    return d.requestKind === 'renouvellement' ? 'Renouvellement' : 'Première demande';
  if (path === 'demande.numeroFichePrecedente') return d.previousCode;
  const files = d.attachments.filter((a) => a.fieldId === path).map((a) => a.name);
  if (files.length) return files;
  const m = /^(.+)\[(\d+)\]\.(.+)$/.exec(path);
  const v = m ? d.groups[m[1]]?.[Number(m[2])]?.[m[3]] : d.values[path];
  if (v === undefined || v === null || v === '') return null;
  if (Array.isArray(v)) return v;
  if (/<\/(p|li)>/.test(v))
    return v
      .replace(/<\/(p|li)>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/\n+$/, '');
  return ENUM_LABELS[v] ?? String(v);
}

/** Every control Certifill marked, with what the page (and its editors' APIs) hold now. */
export async function readMarked(page) {
  return page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll('[data-certifill-field]')) {
      const path = el.getAttribute('data-certifill-field');
      let value;
      if (el.getAttribute('role') === 'combobox')
        value = [...(el.closest('.cp-autocomplete')?.querySelectorAll('.cp-chip') ?? [])].map(
          (c) => c.dataset.code,
        );
      else if (el.classList.contains('ql-editor'))
        value = window.Quill.find(el.parentElement).getText().replace(/\n$/, '');
      else if (el.type === 'radio') {
        if (!el.checked) continue;
        value = el.value;
      } else if (el.type === 'checkbox') value = el.checked ? 'Oui' : 'Non';
      else if (el.type === 'file') value = [...el.files].map((f) => f.name);
      else if (el.tagName === 'SELECT' && el.multiple)
        value = [...el.options].filter((o) => o.selected).map((o) => o.value);
      else if (el.tagName === 'SELECT')
        value = el.value === '' ? '' : (el.selectedOptions[0]?.textContent.trim() ?? '');
      else value = el.value;
      out[path] = value;
    }
    return out;
  });
}

/** What a rich-text editor shows of a plain value: « - » / « 1. » lines are list items there, no blank lines. */
function visibleOf(text) {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/^[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+/, ''))
    .join('\n');
}

/**
 * Paths whose control does not hold exactly the dossier's value (lists may be written « a, b »).
 * Formatted text: a rich-text editor holds its visible text (bullets are list items).
 */
export function mismatches(d, marked, { except = [] } = {}) {
  const wrong = [];
  for (const [path, value] of Object.entries(marked)) {
    if (except.includes(path)) continue;
    const want = expectedOf(d, path);
    if (want === null) continue;
    const same = Array.isArray(want)
      ? Array.isArray(value)
        ? [...value].sort().join('|') === [...want].sort().join('|')
        : value === want.join(', ')
      : value === want ||
        (typeof value === 'string' && value === visibleOf(want)) ||
        (/^\d+$/.test(want) && String(value).startsWith(`${want} `));
    if (!same) wrong.push({ path, want, got: value });
  }
  return wrong;
}
