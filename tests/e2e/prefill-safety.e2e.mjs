// Issue 16, page half, in Chromium with the test build: undo keeps what the person typed after the
// fill; controls the person cannot see are never filled and the preview says so.
import assert from 'node:assert/strict';
import { startPlatform } from '../../scripts/platform-server.mjs';
import { launchWithExtension } from './browser.mjs';
import {
  importSample,
  openDemande,
  openPanel,
  prefill,
  RNCP_ID,
  readMarked,
  waitRoute,
} from './prefill-helpers.mjs';
import { shot } from './shots.mjs';

async function session(run) {
  const platform = await startPlatform({ port: 0 });
  const b = await launchWithExtension();
  try {
    await run(b, platform);
  } finally {
    await b.close();
    await platform.close();
  }
}

const TYPED = ' — précisé à la main après le pré-remplissage';
const QUILL_TYPED = 'Ajout de la personne. ';
const quillText = (page, path) =>
  page.evaluate(
    (p) => window.Quill.find(document.querySelector(`[data-truth="${p}"]`).parentElement).getText(),
    path,
  );

export const tests = [
  {
    name: 'undo after typing keeps the typing (a text field and a Quill editor), lists them, undoes the rest',
    async run({ artifacts }) {
      await session(async (b, platform) => {
        await importSample(b, 'sample-rncp.json');
        const page = await openDemande(b, platform, RNCP_ID, 'fiche');
        const popup = await openPanel(b, page);
        await prefill(popup);
        const filled = Number(await popup.getByTestId('fill-report').getAttribute('data-filled'));
        assert.ok(filled >= 20, `champs remplis : ${filled}`);
        // Blocs 2–4 are created by the fill: « Annuler » removes them whole (their 13 fields with them).
        const inCreated = 13;
        assert.equal(await popup.getByTestId('fill-report').getAttribute('data-created'), '3');

        // The person types after the fill, through the keyboard.
        const code = page.locator('[data-truth="fiche.blocs[0].code"]');
        const codeFilled = await code.inputValue();
        assert.notEqual(codeFilled, '');
        await code.click();
        await page.keyboard.press('End');
        await page.keyboard.type(TYPED);
        const editor = page.locator('[data-truth="fiche.objectifsContexte"]');
        await editor.click();
        await page.keyboard.press('Control+Home');
        await page.keyboard.type(QUILL_TYPED);
        const quillBefore = await quillText(page, 'fiche.objectifsContexte');
        assert.ok(quillBefore.startsWith(QUILL_TYPED), quillBefore.slice(0, 80));

        await popup.getByRole('button', { name: 'Annuler le pré-remplissage' }).click();
        const confirm = popup.getByTestId('undo-confirm');
        await confirm.waitFor();
        await shot(popup, { path: `${artifacts}/undo-confirm.png`, fullPage: true });
        const listed = await confirm.locator('li label').allTextContents();
        assert.equal(listed.length, 2, listed.join(' | '));
        await popup.getByRole('button', { name: 'Confirmer l’annulation' }).click();
        const report = popup.getByTestId('undo-report');
        await report.waitFor();
        await shot(popup, { path: `${artifacts}/undo-report.png`, fullPage: true });
        const message = await report.getByRole('status').textContent();
        assert.match(
          message,
          new RegExp(
            `^Pré-remplissage annulé : ${filled - 2 - inCreated} champs rétablis dans l’état d’avant le pré-remplissage, 2 champs modifiés depuis le pré-remplissage laissés tels quels\\. 3 éléments créés par le pré-remplissage supprimés de la page\\.$`,
          ),
        );
        assert.equal(Number(await report.getAttribute('data-restored')), filled - 2 - inCreated);

        assert.equal(await code.inputValue(), `${codeFilled}${TYPED}`);
        assert.equal(await quillText(page, 'fiche.objectifsContexte'), quillBefore);
        const after = await readMarked(page);
        const leftovers = Object.entries(after).filter(
          ([p, v]) =>
            p !== 'fiche.blocs[0].code' &&
            p !== 'fiche.objectifsContexte' &&
            v !== '' &&
            v !== 'Non' &&
            !(Array.isArray(v) && v.length === 0),
        );
        assert.deepEqual(leftovers, []);
      });
    },
  },
  {
    name: 'fields in hidden containers (display: none parent, opacity 0 off-screen, zero-size box) are never filled',
    async run({ artifacts }) {
      await session(async (b, platform) => {
        await importSample(b, 'sample-rncp.json');
        const page = await b.context.newPage();
        await page.goto(`${platform.url}compte/creation`);
        await waitRoute(page);
        // A hostile or unusual page: three of the account's fields moved into containers nobody sees.
        await page.evaluate(() => {
          const group = (p) => document.querySelector(`[data-truth="${p}"]`).closest('.fr-input-group');
          const hide = (p, style) => {
            const box = document.createElement('div');
            box.setAttribute('style', style);
            group(p).before(box);
            box.append(group(p));
          };
          hide('compte.nom', 'display: none');
          hide('compte.email', 'opacity: 0; position: absolute; left: -10000px; top: 0; width: 400px');
          hide('compte.telephone', 'width: 0; height: 0; overflow: hidden');
        });
        const popup = await openPanel(b, page);
        const decisions = await prefill(popup);
        for (const p of ['compte.nom', 'compte.email', 'compte.telephone'])
          assert.equal(decisions[p], 'invisible', `${p} : ${decisions[p]}`);
        assert.equal(decisions['compte.prenom'], 'a_remplir');
        await shot(popup, { path: `${artifacts}/prefill-invisible-report.png`, fullPage: true });
        const values = await page.evaluate(() =>
          Object.fromEntries(
            ['compte.nom', 'compte.email', 'compte.telephone', 'compte.prenom'].map((p) => [
              p,
              document.querySelector(`[data-truth="${p}"]`).value,
            ]),
          ),
        );
        assert.deepEqual(values, {
          'compte.nom': '',
          'compte.email': '',
          'compte.telephone': '',
          'compte.prenom': 'Claire',
        });
        const skipped = await popup
          .getByTestId('fill-report')
          .locator('li', { hasText: 'invisible — non rempli' })
          .count();
        assert.equal(skipped, 3);

        // The preview says why, row by row.
        await popup.getByRole('button', { name: 'Fermer' }).click();
        await popup.getByRole('button', { name: 'Pré-remplir cette page' }).click();
        await popup.getByTestId('prefill-invisible').waitFor();
        const note = await popup.locator('li.pp-row[data-path="compte.nom"] p.pp-note').textContent();
        assert.match(note, /masqué par la page/);
        await shot(popup, { path: `${artifacts}/prefill-invisible-preview.png`, fullPage: true });
      });
    },
  },
  {
    name: 'the editor bridge channel: a page that watches and forges cannot get the port nor answer for the bridge',
    async run() {
      await session(async (b, platform) => {
        await importSample(b, 'sample-rncp.json');
        const page = await openDemande(b, platform, RNCP_ID, 'fiche');
        // A hostile page, before the bridge is injected: it listens on every script added, offers a
        // port of its own in the bridge's place, and listens to window messages.
        await page.evaluate(() => {
          const seen = { ports: 0, forgedRequests: 0, windowMessages: 0 };
          window.__seen = seen;
          const type = 'certifill-editor-port';
          const mine = new MessageChannel();
          mine.port1.onmessage = () => {
            seen.forgedRequests += 1;
          };
          window.addEventListener('message', () => {
            seen.windowMessages += 1;
          });
          new MutationObserver((records) => {
            for (const r of records)
              for (const n of r.addedNodes) {
                if (n.tagName !== 'SCRIPT') continue;
                const grab = (e) => {
                  if (e.ports?.[0] && e.ports[0] !== mine.port2) seen.ports += 1;
                };
                n.addEventListener(type, grab, true);
                n.addEventListener(type, grab);
                n.dispatchEvent(new MessageEvent(type, { ports: [mine.port2] }));
              }
          }).observe(document.documentElement, { childList: true, subtree: true });
        });
        const popup = await openPanel(b, page);
        await prefill(popup);
        // Written through Quill's own API: the bridge answered on its private port.
        assert.ok((await quillText(page, 'fiche.objectifsContexte')).startsWith('Les organisations'));
        await popup.getByRole('button', { name: 'Annuler le pré-remplissage' }).click();
        await popup.getByTestId('undo-report').waitFor();
        assert.equal(await quillText(page, 'fiche.objectifsContexte'), '\n');
        assert.deepEqual(await page.evaluate(() => window.__seen), {
          ports: 0,
          forgedRequests: 0,
          windowMessages: 0,
        });
      });
    },
  },
];
