// The dossier editor (options page) in real Chromium: create, type, reload, export, import in a fresh profile.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';
import { launchWithExtension } from './browser.mjs';
import { shot } from './shots.mjs';

const FIELDS = {
  '#champ-fiche-intitule': 'Technicien supérieur « réseaux » — niveau 5',
  '#champ-fiche-activitesVisees':
    'Installer les équipements.\nSuperviser le réseau 😀\nDiagnostiquer les pannes.',
  '#champ-fiche-blocs-0-libelle': 'Déployer une infrastructure réseau',
};
const PDF = Buffer.from('%PDF-1.4 Certifill test\n', 'utf8');

async function openEditor(b) {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(b.url('options.html'));
  await page.getByRole('heading', { name: 'Mes dossiers' }).waitFor();
  return { page, errors };
}

/** A field's text: an input's value, or a formatted-text field's paragraphs and items, one a line. */
async function fieldText(page, sel) {
  return page.locator(sel).evaluate((el) =>
    'value' in el && typeof el.value === 'string'
      ? el.value
      : Array.from(el.querySelectorAll('p, li'))
          .map((n) => n.textContent)
          .join('\n'),
  );
}

async function readFields(page) {
  const out = {};
  for (const sel of Object.keys(FIELDS)) out[sel] = await fieldText(page, sel);
  return out;
}

/** Enters a formatted-text field (it becomes the editor) and types lines, Enter between them. */
async function typeRich(page, sel, text) {
  await page.locator(sel).click();
  await page.locator(`${sel}.ProseMirror`).waitFor();
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

export const tests = [
  {
    name: 'editor: create, type, reload, export, import into a fresh profile',
    async run({ artifacts }) {
      const b = await launchWithExtension();
      const b2 = await launchWithExtension().catch(async (e) => {
        await b.close();
        throw e;
      });
      try {
        let { page, errors } = await openEditor(b);
        await shot(page, { path: `${artifacts}/editor-empty.png` });
        assert.deepEqual(await axeViolations(page), [], 'axe: empty list');

        await page.getByLabel('Nom du dossier').fill('Titre Technicien réseaux');
        await page.getByRole('radio', { name: /^RNCP/ }).check();
        await page.getByRole('button', { name: 'Créer le dossier' }).click();
        await page.getByRole('heading', { level: 1, name: 'Titre Technicien réseaux' }).waitFor();
        // One section at a time by default: here every section on one page, as a person reading it over.
        await page
          .getByRole('navigation', { name: 'Sections du dossier' })
          .getByRole('link', { name: 'Toutes les sections sur une page' })
          .click();

        // Two fields filled at once, the last one typed key by key, then reload at once (mid-debounce).
        await page.locator('#champ-fiche-intitule').fill(FIELDS['#champ-fiche-intitule']);
        await typeRich(page, '#champ-fiche-activitesVisees', FIELDS['#champ-fiche-activitesVisees']);
        await page
          .locator('#champ-fiche-blocs-0-libelle')
          .pressSequentially(FIELDS['#champ-fiche-blocs-0-libelle']);
        await page.reload();
        await page.locator('#champ-fiche-intitule').waitFor();
        assert.deepEqual(await readFields(page), FIELDS, 'values after an immediate reload');

        // Closing the tab mid-typing: IndexedDB cannot finish during unload, the rescue copy (localStorage) does.
        const dossierUrl = page.url();
        await typeRich(page, '#champ-fiche-objectifsContexte', 'Écrit juste avant de fermer');
        await page.close({ runBeforeUnload: true });
        const reopened = await b.context.newPage();
        reopened.on('pageerror', (e) => errors.push(String(e)));
        await reopened.goto(dossierUrl);
        await reopened.locator('#champ-fiche-objectifsContexte').waitFor();
        assert.equal(
          await fieldText(reopened, '#champ-fiche-objectifsContexte'),
          'Écrit juste avant de fermer',
        );
        await reopened.locator('#champ-fiche-objectifsContexte').click();
        await reopened.locator('#champ-fiche-objectifsContexte.ProseMirror').waitFor();
        await reopened.keyboard.press('Control+A');
        await reopened.keyboard.press('Backspace');
        await reopened.locator('[data-save-state="saved"]').waitFor();
        page = reopened;

        // A dated piece: added with the file picker, survives a reload.
        await page
          .locator('#champ-pieces-bulletinN3')
          .setInputFiles({ name: 'b3.pdf', mimeType: 'application/pdf', buffer: PDF });
        await page.getByText('b3.pdf', { exact: true }).waitFor();
        await page.getByLabel('Date du document').fill('02/03/2026');
        await page.locator('[data-save-state="saved"]').waitFor();
        await page.reload();
        await page.getByText('b3.pdf', { exact: true }).waitFor();
        assert.equal(await page.getByLabel('Date du document').inputValue(), '02/03/2026');
        assert.deepEqual(await readFields(page), FIELDS, 'values after a second reload');
        await page.locator('[data-save-state]').waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot(page, { path: `${artifacts}/editor-dossier.png` });
        await page.locator('#section-fiche').scrollIntoViewIfNeeded();
        await page.evaluate(() => document.getElementById('section-fiche')?.scrollIntoView());
        await shot(page, { path: `${artifacts}/editor-fiche.png` });
        assert.deepEqual(await axeViolations(page), [], 'axe: dossier page');

        // Vérification: what blocks the filing; each item opens its field in the form.
        await page.getByRole('link', { name: 'Vérification' }).click();
        await page.getByRole('heading', { name: 'Prêt à déposer ?' }).waitFor();
        await shot(page, { path: `${artifacts}/editor-verification.png` });
        await page.getByRole('button', { name: 'Compétences attestées' }).first().click();
        await page.waitForFunction(
          () => document.activeElement?.id === 'champ-fiche-competencesAttestees',
          null,
          { polling: 100 },
        );

        // Historique: creation and autosaves, in French.
        await page.getByRole('link', { name: 'Historique' }).click();
        await page.getByRole('heading', { name: 'Historique des versions' }).waitFor();
        await page.getByText('Création', { exact: true }).waitFor();
        assert.deepEqual(await axeViolations(page), [], 'axe: history');
        await shot(page, { path: `${artifacts}/editor-history.png` });
        await page.getByRole('link', { name: 'Demande de compléments' }).click();
        await page.getByRole('heading', { level: 2, name: 'Demande de compléments' }).waitFor();
        await shot(page, { path: `${artifacts}/editor-complements.png` });

        // Export this dossier (a Blob download).
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Exporter ce dossier' }).click(),
        ]);
        assert.match(
          download.suggestedFilename(),
          /^certifill-Titre-Technicien-reseaux-\d{4}-\d{2}-\d{2}\.json$/,
        );
        const file = join(mkdtempSync(join(tmpdir(), 'certifill-export-')), download.suggestedFilename());
        await download.saveAs(file);
        const exported = JSON.parse(readFileSync(file, 'utf8'));
        assert.equal(exported.dossiers.length, 1);
        const source = exported.dossiers[0];
        assert.equal(source.values['fiche.intitule'], FIELDS['#champ-fiche-intitule']);

        // Import it into a fresh profile: same dossier, same values, same piece.
        const fresh = await openEditor(b2);
        await fresh.page.locator('#import-file').setInputFiles(file);
        await fresh.page.getByText('1 dossier importé').waitFor();
        await shot(fresh.page, { path: `${artifacts}/editor-imported.png` });
        await fresh.page.getByRole('link', { name: 'Titre Technicien réseaux' }).first().click();
        assert.equal(new URL(fresh.page.url()).hash, `#/dossier/${source.id}`);
        await fresh.page
          .getByRole('navigation', { name: 'Sections du dossier' })
          .getByRole('link', { name: 'Toutes les sections sur une page' })
          .click();
        await fresh.page.locator('#champ-fiche-intitule').waitFor();
        assert.deepEqual(await readFields(fresh.page), FIELDS, 'values in the fresh profile');
        await fresh.page.getByText('b3.pdf', { exact: true }).waitFor();
        assert.equal(await fresh.page.getByLabel('Date du document').inputValue(), '02/03/2026');

        // Deep link: opens the dossier, scrolls to the field and focuses it.
        await fresh.page.goto(
          b2.url(`options.html#/dossier/${source.id}/champ/${encodeURIComponent('fiche.blocs[0].libelle')}`),
        );
        await fresh.page.reload();
        await fresh.page.waitForFunction(
          () => document.activeElement?.id === 'champ-fiche-blocs-0-libelle',
          null,
          { polling: 100 },
        );

        // A .json dropped on the list page is imported too; the same dossier comes as a renamed copy.
        await fresh.page.goto(b2.url('options.html#/'));
        await fresh.page.getByRole('heading', { name: 'Mes dossiers' }).waitFor();
        await fresh.page.evaluate(
          ({ text, name }) => {
            const dt = new DataTransfer();
            dt.items.add(new File([text], name, { type: 'application/json' }));
            window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
            window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
          },
          { text: readFileSync(file, 'utf8'), name: 'depose.json' },
        );
        await fresh.page.getByText(/ajouté en copie/).waitFor();
        await fresh.page.getByRole('link', { name: 'Titre Technicien réseaux (importé)' }).first().waitFor();

        // « Exporter tous les dossiers »: both of them.
        const [all] = await Promise.all([
          fresh.page.waitForEvent('download'),
          fresh.page.getByRole('button', { name: 'Exporter tous les dossiers' }).click(),
        ]);
        assert.match(all.suggestedFilename(), /^certifill-dossiers-\d{4}-\d{2}-\d{2}\.json$/);
        const allFile = join(mkdtempSync(join(tmpdir(), 'certifill-export-')), all.suggestedFilename());
        await all.saveAs(allFile);
        assert.equal(JSON.parse(readFileSync(allFile, 'utf8')).dossiers.length, 2);
        await shot(fresh.page, { path: `${artifacts}/editor-list.png` });

        assert.deepEqual([...errors, ...fresh.errors], [], 'no page errors');
        assert.deepEqual(b.externalRequests(), [], 'no network request (first profile)');
        assert.deepEqual(b2.externalRequests(), [], 'no network request (fresh profile)');
      } finally {
        await b.close();
        await b2.close();
      }
    },
  },
];
