// « Nouveau dossier à partir d'une fiche publiée » in real Chromium: a zip built here from the sample
// fiches is read by the options page's Web Worker, a fiche is picked by typing, the renewal opens.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { launchWithExtension } from './browser.mjs';
import { shot } from './shots.mjs';

const DIALOG = 'Nouveau dossier à partir d’une fiche publiée';

function sampleZip() {
  const xml = readFileSync('tests/fixtures/realworld/fiches-sample-rncp.xml');
  return Buffer.from(zipSync({ 'export-fiches-rncp-v4-1-2026-08-16.xml': new Uint8Array(xml) }));
}

export const tests = [
  {
    name: 'fiche import: zip read in the worker, fiche picked by typing, renewal opened with its report',
    async run({ artifacts }) {
      const b = await launchWithExtension();
      try {
        const page = await b.context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        const workers = [];
        page.on('worker', (w) => workers.push(w.url()));
        await page.goto(b.url('options.html'));
        await page.getByRole('button', { name: DIALOG }).click();
        const dialog = page.getByRole('dialog', { name: DIALOG });
        await dialog.waitFor();
        await shot(page, { path: `${artifacts}/fiche-import-choose.png` });

        await page.locator('#fiche-export-file').setInputFiles({
          name: 'export-fiches-rncp-v4-1-2026-08-16.zip',
          mimeType: 'application/zip',
          buffer: sampleZip(),
        });
        await dialog
          .getByText('3 fiches dans « export-fiches-rncp-v4-1-2026-08-16.zip »', { exact: false })
          .waitFor();
        assert.ok(
          workers.some((u) => /fiche-reader\.worker/.test(u)),
          `the export is read in the worker (${workers.join(', ')})`,
        );
        const search = dialog.getByLabel('Numéro ou intitulé de la fiche');
        await search.pressSequentially('auxiliaire');
        await dialog.getByText('1 fiche correspond.').waitFor();
        await shot(page, { path: `${artifacts}/fiche-import-picker.png` });
        await dialog.getByRole('button', { name: 'Créer le renouvellement de RNCP40344' }).click();

        const report = page.getByRole('region', { name: 'Dossier créé à partir de la fiche RNCP40344' });
        await report.waitFor();
        assert.match(
          await report.textContent(),
          /Fiche « Modifications à valider », enregistrement sur demande du 28 mars 2025 pour 3\u00a0ans, en cours jusqu’au 28 mars 2028\./,
        );
        await page
          .getByRole('heading', {
            level: 1,
            name: /Auxiliaire spécialisé vétérinaire — renouvellement RNCP40344/,
          })
          .waitFor();
        await shot(page, { path: `${artifacts}/fiche-import-dossier.png`, fullPage: false });

        // The blocs came in, with their lists: four blocs, codes in their fields (their section opened).
        await page
          .getByRole('navigation', { name: 'Sections du dossier' })
          .getByRole('link', { name: /^Fiche/ })
          .click();
        for (const [i, code] of [
          'RNCP40344BC01',
          'RNCP40344BC02',
          'RNCP40344BC03',
          'RNCP40344BC04',
        ].entries())
          assert.equal(await page.locator(`#champ-fiche-blocs-${i}-code`).inputValue(), code);
        const rules = page.locator('#champ-fiche-reglementationsActivites');
        await rules.scrollIntoViewIfNeeded();
        await shot(page, { path: `${artifacts}/fiche-import-lists.png` });
        // Formatted, not tags: the rich-text fields show the restored lists as lists.
        const shown = await page.evaluate(() => {
          const count = (id, sel) => document.getElementById(id)?.querySelectorAll(sel).length ?? -1;
          return {
            rules: count('champ-fiche-reglementationsActivites', 'ul > li'),
            rulesIntro:
              document.querySelector('#champ-fiche-reglementationsActivites > p')?.textContent ?? '',
            juryCa: count('champ-fiche-voiesAcces-ca-compositionJury', 'ul > li'),
            bloc1: count('champ-fiche-blocs-0-listeCompetences', 'p'),
            tags: /<\/?(ul|li|p)>/.test(document.querySelector('main')?.textContent ?? ''),
          };
        });
        assert.equal(shown.rules, 2, 'réglementations: two list items');
        assert.match(shown.rulesIntro, /^Les Auxiliaires Spécialisés Vétérinaire doivent respecter/);
        assert.equal(shown.juryCa, 3, 'jury (apprentissage): three list items');
        assert.ok(shown.bloc1 >= 5, `bloc 1 compétences: one paragraph each (${shown.bloc1})`);
        assert.equal(shown.tags, false, 'no HTML tags shown as text');
        const bloc = page.locator('#champ-fiche-blocs-0-listeCompetences');
        await bloc.scrollIntoViewIfNeeded();
        await shot(page, { path: `${artifacts}/fiche-import-blocs.png` });
        assert.deepEqual(errors, [], 'no page errors');
        assert.deepEqual(b.externalRequests(), [], 'nothing leaves the machine');
      } finally {
        await b.close();
      }
    },
  },
  {
    name: 'fiche import: a zip that is not the export gets a French message and creates nothing',
    async run({ artifacts }) {
      const b = await launchWithExtension();
      try {
        const page = await b.context.newPage();
        await page.goto(b.url('options.html'));
        await page.getByRole('button', { name: DIALOG }).click();
        const dialog = page.getByRole('dialog', { name: DIALOG });
        await page.locator('#fiche-export-file').setInputFiles({
          name: 'photos.zip',
          mimeType: 'application/zip',
          buffer: Buffer.from(zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]) })),
        });
        const alert = dialog.getByRole('alert');
        await alert.waitFor();
        assert.match(await alert.textContent(), /aucun fichier XML \(elle contient : photo\.jpg\)/);
        await shot(page, { path: `${artifacts}/fiche-import-error.png` });
        await dialog.getByRole('button', { name: 'Fermer' }).click();
        assert.equal(await page.getByRole('heading', { name: 'Aucun dossier pour l’instant' }).count(), 1);
      } finally {
        await b.close();
      }
    },
  },
];
