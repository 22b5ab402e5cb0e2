// Issue 16, storage half, in Chromium with the test build: two editor tabs on one dossier, a tab closed
// right after typing, a capture while the editor types, ten 20 MB pieces, an import with an absurd mapping.
// (Undo after typing and hidden containers: prefill-safety.e2e.mjs.)
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatform } from '../../scripts/platform-server.mjs';
import { poll } from '../helpers/poll.mjs';
import { launchWithExtension } from './browser.mjs';
import {
  importSample,
  openDemande,
  openPanel,
  prefill,
  RNCP_ID,
  readSample,
  serviceWorker,
} from './prefill-helpers.mjs';
import { shot } from './shots.mjs';

const SAMPLE = 'sample-rncp.json';
const DOSSIER_ID = readSample(SAMPLE).id;
const INTITULE = '#champ-fiche-intitule';
const LIBELLE = '#champ-fiche-blocs-0-libelle';

async function session(run, { platform: withPlatform = false } = {}) {
  const platform = withPlatform ? await startPlatform({ port: 0 }) : null;
  const b = await launchWithExtension();
  try {
    await run(b, platform);
  } finally {
    await b.close();
    await platform?.close();
  }
}

/** An editor tab on the sample dossier; page errors collected. */
async function openDossier(b, errors) {
  const page = await b.context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(b.url(`options.html#/dossier/${DOSSIER_ID}/tout`));
  await page.locator(INTITULE).waitFor({ timeout: 15_000 });
  return page;
}

/** Rows of a store as the background holds them (read in the service worker, the database's origin). */
async function readStore(b, store) {
  const sw = await serviceWorker(b);
  return sw.evaluate(
    (name) =>
      new Promise((res, rej) => {
        const open = indexedDB.open('certifill');
        open.onerror = () => rej(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(name).objectStore(name).getAll();
          get.onsuccess = () => {
            open.result.close();
            res(
              get.result.map((r) =>
                // Blobs do not cross to the test: their size and the time they were written do.
                r.blob ? { id: r.id, size: r.blob.size, storedAt: r.storedAt } : r,
              ),
            );
          };
          get.onerror = () => rej(get.error);
        };
      }),
    store,
  );
}

async function storedDossier(b) {
  return (await readStore(b, 'dossiers')).find((d) => d.id === DOSSIER_ID);
}

/** Polls `check` (which throws until it holds) for up to `timeout` ms. */
const eventually = (check, timeout = 15_000) => poll(check, timeout, 100);

const saved = (page) => page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });

/** The visible part of a page, as tests/e2e/artifacts/NAME.png. */
async function namedShot(page, artifacts, name) {
  await shot(page, { path: `${artifacts}/${name}.png`, fullPage: false });
}

export const tests = [
  {
    name: 'two editor tabs: different fields both kept and shown in both; the same field: the later edit wins, the conflict shown, the other in history',
    async run({ artifacts }) {
      await session(async (b) => {
        await importSample(b, SAMPLE);
        const errors = [];
        const a = await openDossier(b, errors);
        const c = await openDossier(b, errors);

        // Both type at the same time, each into its own field.
        const textA = 'Intitulé tapé dans l’onglet A';
        const textC = 'Bloc tapé dans l’onglet B';
        await a.locator(INTITULE).fill('');
        await c.locator(LIBELLE).fill('');
        await Promise.all([
          a.locator(INTITULE).pressSequentially(textA, { delay: 15 }),
          c.locator(LIBELLE).pressSequentially(textC, { delay: 15 }),
        ]);
        await Promise.all([saved(a), saved(c)]);
        await eventually(async () => {
          const d = await storedDossier(b);
          assert.equal(d.values['fiche.intitule'], textA);
          assert.equal(d.groups['fiche.blocs'][0].libelle, textC);
        });
        // Each tab follows the other's edit live.
        await eventually(async () => {
          assert.equal(await a.locator(LIBELLE).inputValue(), textC);
          assert.equal(await c.locator(INTITULE).inputValue(), textA);
        });
        assert.deepEqual(
          await a.locator('.cf-conflict').allTextContents(),
          [],
          'no conflict on different fields',
        );
        assert.deepEqual(await c.locator('.cf-conflict').allTextContents(), [], 'no conflict in B');

        // The same field, typed in both tabs before either saved: the later edit wins.
        const firstA = 'Version de l’onglet A';
        const laterC = 'Version de l’onglet B, tapée après';
        await a.locator(INTITULE).fill(firstA);
        await c.locator(INTITULE).fill(laterC);
        await Promise.all([saved(a), saved(c)]);
        await eventually(async () => assert.equal((await storedDossier(b)).values['fiche.intitule'], laterC));
        await eventually(async () => assert.equal(await a.locator(INTITULE).inputValue(), laterC));
        const notice = a.locator('[data-conflict="replaced"]');
        await notice.waitFor({ timeout: 30_000 });
        assert.match(await notice.textContent(), /Modifié dans un autre onglet/);
        await notice.getByText('Voir l’autre version').click();
        assert.match(await notice.textContent(), new RegExp(firstA));
        await a.locator(INTITULE).scrollIntoViewIfNeeded();
        await namedShot(a, artifacts, 'data-safety-conflict');
        assert.equal(await c.locator(INTITULE).inputValue(), laterC);

        // Nothing lost: A's version stays in the history.
        const revisions = (await readStore(b, 'revisions')).filter((r) => r.dossierId === DOSSIER_ID);
        const versions = revisions.map((r) => r.snapshot.values['fiche.intitule']);
        assert.ok(versions.includes(firstA), `history: ${JSON.stringify(versions)}`);

        // « Reprendre l’autre version » brings A's text back, and it is saved.
        await notice.getByRole('button', { name: 'Reprendre ma version' }).click();
        await eventually(async () => assert.equal((await storedDossier(b)).values['fiche.intitule'], firstA));
        await eventually(async () => assert.equal(await c.locator(INTITULE).inputValue(), firstA));
        assert.deepEqual(errors, [], 'no page errors');
      });
    },
  },
  {
    name: 'a tab closed 50 ms after typing: the value is in the database at the next read (pre-fill preview, another editor tab)',
    async run({ artifacts }) {
      await session(
        async (b, platform) => {
          await importSample(b, SAMPLE);
          const errors = [];
          const page = await openDemande(b, platform, RNCP_ID, 'identification');
          const editor = await openDossier(b, errors);
          const typed = 'Tapé juste avant de fermer l’onglet';
          await editor.locator(INTITULE).fill('');
          await editor.locator(INTITULE).pressSequentially(typed, { delay: 10 });
          await editor.waitForTimeout(50);
          await editor.close({ runBeforeUnload: true });

          // The next read: the pre-fill preview offers the typed value.
          const panel = await openPanel(b, page);
          await panel.getByRole('button', { name: 'Pré-remplir cette page' }).click();
          await panel.getByRole('button', { name: 'Appliquer' }).waitFor();
          const row = panel.locator('li.pp-row[data-path="fiche.intitule"]');
          await row.waitFor();
          assert.match(await row.textContent(), new RegExp(typed));
          await namedShot(panel, artifacts, 'data-safety-closed-preview');
          // The dossier itself holds it (not only a rescue copy), and another editor tab shows it.
          assert.equal((await storedDossier(b)).values['fiche.intitule'], typed);
          const again = await openDossier(b, errors);
          assert.equal(await again.locator(INTITULE).inputValue(), typed);
          assert.deepEqual(errors, [], 'no page errors');
        },
        { platform: true },
      );
    },
  },
  {
    name: 'a capture while the editor types: both the captured value and the typed one are kept',
    async run({ artifacts }) {
      await session(
        async (b, platform) => {
          await importSample(b, SAMPLE);
          const errors = [];
          const editor = await openDossier(b, errors);
          const page = await openDemande(b, platform, RNCP_ID, 'identification');
          const field = 'demande.certificateurs[0].nomCommercial';
          const captured = 'IEMN — capturé depuis la page';
          await page.locator(`[data-truth="${field}"]`).fill(captured);
          const panel = await openPanel(b, page);
          await panel.getByRole('button', { name: 'Enregistrer la page dans le dossier' }).click();
          const line = panel.locator(`tr[data-path="${field}"]`);
          await line.waitFor();
          // Only this line is saved.
          for (const box of await panel.locator('tbody tr[data-path] input[type=checkbox]').all())
            await box.setChecked(false);
          await line.locator('input[type=checkbox]').check();

          const typed = 'Intitulé tapé pendant la capture';
          await editor.locator(INTITULE).fill('');
          // The editor types while the capture is saved: its pending edit is saved after the capture.
          await Promise.all([
            editor.locator(INTITULE).pressSequentially(typed, { delay: 40 }),
            (async () => {
              await editor.waitForTimeout(200);
              await panel.getByRole('button', { name: 'Enregistrer la sélection' }).click();
              await panel.getByText(/1 valeur enregistrée dans le dossier/).waitFor();
            })(),
          ]);
          await saved(editor);
          await eventually(async () => {
            const d = await storedDossier(b);
            assert.equal(d.values['fiche.intitule'], typed);
            assert.equal(d.groups['demande.certificateurs'][0].nomCommercial, captured);
          });
          assert.equal(await editor.locator(INTITULE).inputValue(), typed);
          // The editor follows the capture live.
          const inEditor = editor.locator('#champ-demande-certificateurs-0-nomCommercial');
          if ((await inEditor.count()) > 0)
            await eventually(async () => assert.equal(await inEditor.inputValue(), captured));
          await namedShot(panel, artifacts, 'data-safety-capture');
          assert.deepEqual(errors, [], 'no page errors');
        },
        { platform: true },
      );
    },
  },
  {
    name: 'ten 20 MB pieces: storage grows by about 200 MB, an autosave writes no piece',
    async run({ artifacts }) {
      await session(async (b) => {
        await importSample(b, SAMPLE);
        const errors = [];
        const editor = await openDossier(b, errors);
        const usage = () => editor.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
        const kept = new Set((await readStore(b, 'files')).map((f) => f.id));
        const before = await usage();
        const MB = 1024 * 1024;
        const count = 10;
        const size = 20 * MB;
        // Random bytes (nothing compresses them), built in the page and given to the file input.
        await editor.evaluate(
          ({ count, size }) => {
            const dt = new DataTransfer();
            for (let i = 0; i < count; i++) {
              const bytes = new Uint8Array(size);
              for (let o = 0; o < size; o += 65536) crypto.getRandomValues(bytes.subarray(o, o + 65536));
              dt.items.add(new File([bytes], `piece-${i + 1}.pdf`, { type: 'application/pdf' }));
            }
            const input = document.getElementById('champ-pieces-referentiel');
            input.files = dt.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
          },
          { count, size },
        );
        for (let i = 1; i <= count; i++)
          await editor.getByText(`piece-${i}.pdf`, { exact: true }).waitFor({ timeout: 60_000 });
        const files = await eventually(async () => {
          const f = (await readStore(b, 'files')).filter((x) => !kept.has(x.id));
          assert.equal(f.length, count);
          return f;
        });
        assert.ok(files.every((f) => f.size === size));
        const afterAdd = await eventually(async () => {
          const u = await usage();
          assert.ok(u - before > 0.9 * count * size, `growth ${((u - before) / MB).toFixed(1)} MB`);
          return u;
        });
        const growth = afterAdd - before;
        assert.ok(growth < 1.3 * count * size, `growth ${(growth / MB).toFixed(1)} MB`);

        // Autosaves (several keystrokes, several saves): no piece rewritten, storage about the same.
        for (const word of ['Un', ' deux', ' trois']) {
          await editor.locator(INTITULE).pressSequentially(word, { delay: 10 });
          await saved(editor);
          await editor.waitForTimeout(500);
        }
        const afterSaves = await usage();
        const filesAfter = (await readStore(b, 'files')).filter((x) => !kept.has(x.id));
        assert.deepEqual(filesAfter, files, 'pieces untouched by the autosaves');
        const saves = afterSaves - afterAdd;
        assert.ok(saves < 5 * MB, `autosaves grew storage by ${(saves / MB).toFixed(1)} MB`);
        const fig = {
          before: before / MB,
          growth: growth / MB,
          autosaves: saves / MB,
        };
        writeFileSync(`${artifacts}/data-safety-storage.json`, JSON.stringify(fig, null, 2));
        console.log(
          `    storage: +${fig.growth.toFixed(1)} MB for ${count} × 20 MB, +${fig.autosaves.toFixed(2)} MB after 3 autosaves`,
        );
        await editor.locator('#champ-pieces-referentiel').scrollIntoViewIfNeeded();
        await namedShot(editor, artifacts, 'data-safety-pieces');
        assert.deepEqual(errors, [], 'no page errors');
      });
    },
  },
  {
    name: 'a 60 MB piece pre-fills the platform’s file input (chunked transfer; one message could not carry it)',
    async run({ artifacts }) {
      await session(
        async (b, platform) => {
          await importSample(b, SAMPLE);
          const errors = [];
          const editor = await openDossier(b, errors);
          const size = 60 * 1024 * 1024;
          await editor.evaluate((size) => {
            const bytes = new Uint8Array(size);
            for (let o = 0; o < size; o += 65536) crypto.getRandomValues(bytes.subarray(o, o + 65536));
            const dt = new DataTransfer();
            dt.items.add(new File([bytes], 'moyens-pedagogiques.pdf', { type: 'application/pdf' }));
            const input = document.getElementById('champ-pieces-moyensPedagogiques');
            input.files = dt.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
            // The page keeps a digest of what it added, to compare with what the platform receives.
            return crypto.subtle.digest('SHA-256', bytes).then((h) => {
              window.__digest = Array.from(new Uint8Array(h)).join(',');
            });
          }, size);
          await editor.getByText('moyens-pedagogiques.pdf', { exact: true }).waitFor({ timeout: 60_000 });
          const digest = await editor.evaluate(() => window.__digest);
          const page = await openDemande(b, platform, RNCP_ID, 'pieces-jointes');
          const panel = await openPanel(b, page);
          await prefill(panel);
          await shot(panel, { path: `${artifacts}/data-safety-big-piece.png`, fullPage: true });
          const got = await page.locator('[data-truth="pieces.moyensPedagogiques"]').evaluate(async (el) => {
            const f = el.files[0];
            if (!f) return null;
            const h = await crypto.subtle.digest('SHA-256', await f.arrayBuffer());
            return {
              name: f.name,
              size: f.size,
              type: f.type,
              digest: Array.from(new Uint8Array(h)).join(','),
            };
          });
          assert.deepEqual(got, { name: 'moyens-pedagogiques.pdf', size, type: 'application/pdf', digest });
          assert.deepEqual(errors, [], 'no page errors');
        },
        { platform: true },
      );
    },
  },
  {
    name: 'an imported mapping with an absurd group index is refused with a French message, nothing imported',
    async run({ artifacts }) {
      await session(async (b) => {
        const errors = [];
        const editor = await b.context.newPage();
        editor.on('pageerror', (e) => errors.push(String(e)));
        await editor.goto(b.url('options.html'));
        await editor.getByRole('heading', { name: 'Mes dossiers' }).waitFor();
        const sample = readSample(SAMPLE);
        const file = {
          format: 'certifill-dossiers',
          version: 1,
          exportedAt: '2026-02-02T09:30:00.000Z',
          dossiers: [sample],
          mappings: [
            {
              signature: 'label:piege',
              host: 'certifpro.francecompetences.fr',
              pathPattern: '/webapp/*',
              fieldPath: 'fiche.blocs[99999999].libelle',
              createdAt: '2026-02-02T09:30:00.000Z',
            },
          ],
        };
        const path = join(mkdtempSync(join(tmpdir(), 'certifill-import-')), 'piege.json');
        writeFileSync(path, JSON.stringify(file));
        const started = Date.now();
        await editor.locator('#import-file').setInputFiles(path);
        const alert = editor.getByRole('alert').filter({ hasText: 'fiche.blocs[99999999].libelle' });
        await alert.waitFor({ timeout: 30_000 });
        assert.ok(Date.now() - started < 10_000);
        const text = await alert.textContent();
        assert.match(text, /Chemin de champ refusé/);
        assert.match(text, /un groupe compte au plus \d+ éléments/);
        await namedShot(editor, artifacts, 'data-safety-import-refused');
        assert.deepEqual(await readStore(b, 'dossiers'), []);
        assert.deepEqual(await readStore(b, 'mappings'), []);
        assert.deepEqual(errors, [], 'no page errors');
      });
    },
  },
];
