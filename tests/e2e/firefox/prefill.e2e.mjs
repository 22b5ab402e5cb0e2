// Pre-fill and undo on the Certif Pro reconstruction, in Firefox: the side panel opened as a tab on `?tabId=N`.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { startPlatform } from '../../../scripts/platform-server.mjs';
import { mismatches, RNCP_ID, readMarked, readSample, SAMPLES } from '../prefill-helpers.mjs';
import { shot } from '../shots.mjs';
import { launchFirefox, until } from './browser.mjs';
import { clickText, waitText } from './page-helpers.mjs';

/** Imports a sample through the editor's `#import-file`, as a user would. */
export async function importSample(ff, file) {
  const editor = await ff.open(ff.url('options.html'));
  const input = await editor.waitForSelector('#import-file');
  await input.uploadFile(resolve(SAMPLES, file));
  await waitText(editor, 'a', readSample(file).name);
  await editor.close();
}

/** A demande of the reconstruction, rendered and scanned by the content script. */
export async function openDemande(ff, platform, id, tab) {
  const url = `${platform.url}demandes/${id}/${tab}`;
  const page = await ff.open(url);
  await until(page, () => window.__certifproRoute === location.pathname, undefined, { what: 'la route' });
  await page.waitForSelector('[data-certifill-field]', { timeout: 20_000 });
  return { page, url };
}

export async function openPopup(ff, url) {
  const popup = await ff.open(ff.url(`sidepanel.html?tabId=${await ff.tabIdOf(url)}`));
  await popup.setViewport({ width: 760, height: 900 });
  await popup.waitForSelector('[data-testid="page-summary"]', { timeout: 20_000 });
  return popup;
}

const TYPED = 'Intitulé saisi dans Firefox avant le pré-remplissage';

export const tests = [
  {
    name: 'Firefox pre-fill: preview, « Appliquer », every mapped field written, a typed value kept, undo restores',
    async run({ artifacts }) {
      const platform = await startPlatform({ port: 0 });
      const ff = await launchFirefox();
      try {
        const d = readSample('sample-rncp.json');
        await importSample(ff, 'sample-rncp.json');
        const { page, url } = await openDemande(ff, platform, RNCP_ID, 'fiche');
        const typed = await page.waitForSelector('[data-truth="fiche.blocs[0].libelle"]');
        await typed.type(TYPED);

        const popup = await openPopup(ff, url);
        await clickText(popup, 'button', 'Pré-remplir cette page', { exact: true });
        await clickText(popup, 'label', 'Masquer les champs sans valeur dans le dossier');
        const decisions = await popup.$$eval('li.pp-row[data-path]', (rows) =>
          Object.fromEntries(rows.map((r) => [r.dataset.path, r.dataset.decision])),
        );
        assert.equal(decisions['fiche.blocs[0].libelle'], 'different', 'the typed value differs');
        await shot(popup, { path: `${artifacts}/firefox-prefill-preview.png`, fullPage: true });
        await clickText(popup, 'button', 'Appliquer', { exact: true });
        await popup.waitForSelector('[data-testid="fill-report"]', { timeout: 120_000 });
        await shot(popup, { path: `${artifacts}/firefox-prefill-report.png`, fullPage: true });
        await shot(page, { path: `${artifacts}/firefox-prefill-fiche.png` });

        const marked = await readMarked(page);
        assert.ok(Object.keys(marked).length >= 30, `champs marqués : ${Object.keys(marked).length}`);
        assert.deepEqual(mismatches(d, marked, { except: ['fiche.blocs[0].libelle'] }), []);
        assert.equal(marked['fiche.blocs[0].libelle'], TYPED, 'the typed value is kept');

        await clickText(popup, 'button', 'Annuler le pré-remplissage');
        await waitText(
          popup,
          '*',
          /^Pré-remplissage annulé : \d+ champs rétablis dans l’état d’avant le pré-remplissage\. 3 éléments créés par le pré-remplissage supprimés de la page\.$/,
        );
        const after = await readMarked(page);
        const leftovers = Object.entries(after).filter(
          ([p, v]) =>
            p !== 'fiche.blocs[0].libelle' &&
            v !== '' &&
            v !== 'Non' &&
            !(Array.isArray(v) && v.length === 0),
        );
        assert.deepEqual(leftovers, [], 'undo restores every field');
        assert.equal(after['fiche.blocs[0].libelle'], TYPED);

        // Nothing kept in the platform's origin.
        const stored = await page.evaluate(async () => ({
          databases: (await indexedDB.databases()).map((x) => x.name),
          localStorage: localStorage.length,
        }));
        assert.deepEqual(stored, { databases: [], localStorage: 0 });
        assert.deepEqual(ff.pageErrors, [], 'no page errors');
        assert.deepEqual(ff.externalRequests(), [], 'no network request');
      } finally {
        await ff.close();
        await platform.close();
      }
    },
  },
];
