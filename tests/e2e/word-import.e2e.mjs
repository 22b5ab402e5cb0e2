// « Importer un document Word » in real Chromium: a .docx laid out like the seed framework's
// référentiel goes through the editor's preview (every proposed assignment listed, one changed, one
// dropped, one unplaced section placed), « Importer » writes exactly what was chosen; a .docx with
// macros and a cut-off file get a French message and write nothing.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';
import { launchWithExtension } from './browser.mjs';
import { shot } from './shots.mjs';
import { COMPETENCES, writeWordFiles } from './word-docs.mjs';

/** The stored dossier record, read from the editor page's own IndexedDB. */
async function storedDossier(page, id) {
  return page.evaluate(
    (key) =>
      new Promise((res, rej) => {
        const open = indexedDB.open('certifill');
        open.onerror = () => rej(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('dossiers').objectStore('dossiers').get(key);
          get.onsuccess = () => res(get.result);
          get.onerror = () => rej(get.error);
        };
      }),
    id,
  );
}

/** What the preview shows: per section, its title, its excerpt, the destination's value and label. */
async function previewRows(page) {
  return page.locator('.cf-word [data-section]').evaluateAll((items) =>
    items.map((li) => {
      const select = li.querySelector('select');
      return {
        title: li.querySelector('.cf-word__title')?.textContent ?? '',
        excerpt: li.querySelector('.cf-word__excerpt')?.textContent ?? '',
        target: select.value,
        label: select.selectedOptions[0]?.textContent ?? '',
        unplaced: li.classList.contains('cf-word__item--unplaced'),
      };
    }),
  );
}

/** French typography of a text shown to the user: curly apostrophes, no-break space before : ; ? ! and inside « ». */
function typographyFaults(text) {
  const faults = [];
  if (/'/.test(text)) faults.push(`apostrophe droite : ${text}`);
  if (/[^\u00a0\u202f][:;?!](\s|$)/.test(text)) faults.push(`espace insécable manquante : ${text}`);
  if (/«[^\u00a0\u202f]|[^\u00a0\u202f]»/.test(text))
    faults.push(`guillemets sans espace insécable : ${text}`);
  return faults;
}

/** A section of the preview, by its title (the destinations' labels would match too). */
const sectionOf = (page, title) =>
  page.locator('[data-section]').filter({ has: page.locator('.cf-word__title', { hasText: title }) });

async function createDossier(page, name) {
  await page.getByLabel('Nom du dossier').fill(name);
  await page.getByRole('radio', { name: /^RNCP/ }).check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.locator('#word-file').waitFor({ state: 'attached' });
  return decodeURIComponent(new URL(page.url()).hash.replace(/^#\/dossier\//, ''));
}

const B1 = 'Analyser la demande et l’opportunité du projet';
const B2 = 'Constituer et déposer le dossier d’enregistrement';

export const tests = [
  {
    name: 'Word import: a référentiel-like .docx, previewed, changed, imported: the dossier holds what was chosen',
    async run({ artifacts }) {
      const files = await writeWordFiles(mkdtempSync(join(tmpdir(), 'certifill-word-')));
      const b = await launchWithExtension();
      try {
        const page = await b.context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(b.url('options.html'));
        const id = await createDossier(page, 'Ingénierie de certification');

        await page.setInputFiles('#word-file', files.dossier);
        const preview = page.getByRole('region', { name: /^Importer\s«\sréférentiel ingénierie\.docx\s»$/ });
        await preview.waitFor({ timeout: 20_000 });
        const rows = await previewRows(page);
        // Every proposed assignment, in document order; a new dossier's empty first bloc is used.
        assert.deepEqual(
          rows.map((r) => [r.title, r.target]),
          [
            [
              'Description du métier, de l’activité ou de la situation professionnelle à partir duquel le dispositif visant la certification est initié',
              '',
            ],
            ['Activités visées', 'fiche.activitesVisees'],
            ['Compétences attestées', 'fiche.competencesAttestees'],
            ['Emplois accessibles', 'fiche.typesEmplois'],
            ['Modalités d’évaluation', ''],
            [`Bloc 1 – ${B1}\u00a0: intitulé`, 'fiche.blocs[0].libelle'],
            [`Bloc 1 – ${B1}\u00a0: compétences`, 'fiche.blocs[0].listeCompetences'],
            [`Bloc 1 – ${B1}\u00a0: modalités d’évaluation`, 'fiche.blocs[0].modalitesEvaluation'],
            [`Bloc 1 – ${B1}\u00a0: critères d’évaluation`, ''],
            [`Bloc 2 – ${B2}\u00a0: intitulé`, 'fiche.blocs[1].libelle'],
            [`Bloc 2 – ${B2}\u00a0: compétences`, 'fiche.blocs[1].listeCompetences'],
            [`Bloc 2 – ${B2}\u00a0: modalités d’évaluation`, 'fiche.blocs[1].modalitesEvaluation'],
            [`Bloc 2 – ${B2}\u00a0: critères d’évaluation`, ''],
            ['Historique des versions du référentiel', ''],
          ],
        );
        assert.deepEqual(
          rows.filter((r) => r.unplaced).map((r) => r.title.replace(/\u00a0:.*/, '')),
          [
            'Description du métier, de l’activité ou de la situation professionnelle à partir duquel le dispositif visant la certification est initié',
            'Modalités d’évaluation',
            `Bloc 1 – ${B1}`,
            `Bloc 2 – ${B2}`,
            'Historique des versions du référentiel',
          ],
        );
        // Unplaced for a reason the preview gives.
        await sectionOf(page, `Bloc 1 – ${B1}\u00a0: critères d’évaluation`)
          .getByText(/ils restent dans le référentiel d’évaluation joint à la demande/)
          .waitFor();
        await sectionOf(page, 'Modalités d’évaluation')
          .first()
          .getByText(/choisissez le bloc de compétences/)
          .waitFor();
        const byTarget = Object.fromEntries(rows.map((r) => [r.target, r]));
        assert.equal(byTarget['fiche.blocs[0].libelle'].label, 'Bloc 1 — Intitulé du bloc');
        assert.equal(byTarget['fiche.typesEmplois'].label, 'Type d’emplois accessibles');
        // Values readable in full: the competences list shows every competence, not a cut-off excerpt.
        const competences = await sectionOf(page, `Bloc 1 – ${B1}\u00a0: compétences`)
          .locator('.cf-word__content li')
          .allTextContents();
        assert.deepEqual(competences, [COMPETENCES.C1, COMPETENCES.C2, COMPETENCES.C3]);
        // French typography of everything the preview writes itself (titles from Word are the document's).
        const own = await preview.evaluate((root) => {
          const texts = [];
          const walk = (n) => {
            if (n.nodeType === 3 && n.textContent.trim()) texts.push(n.textContent);
            if (n.nodeType !== 1 || n.matches('.cf-word__content, .cf-word__title')) return;
            for (const c of n.childNodes) walk(c);
          };
          walk(root);
          for (const o of root.querySelectorAll('option')) texts.push(o.textContent);
          return texts;
        });
        assert.deepEqual([...new Set(own.flatMap(typographyFaults))], []);
        assert.deepEqual(await axeViolations(page, '.cf-word'), [], 'axe: the preview');
        await shot(preview, { path: `${artifacts}/word-import-preview.png` });
        await shot(page, { path: `${artifacts}/word-import-preview-page.png`, fullPage: true });
        // Nothing is written while the preview is open.
        const before = await storedDossier(page, id);
        assert.deepEqual(before.values, {});

        const destination = (title) => sectionOf(page, title).getByLabel('Destination');
        // One unplaced section placed, one assignment changed, one dropped.
        await destination('Description du métier').selectOption('fiche.objectifsContexte');
        await destination('Emplois accessibles').selectOption('fiche.secteursActivite');
        await destination(`Bloc 2 – ${B2}\u00a0: modalités d’évaluation`).selectOption('');
        await sectionOf(page, `Bloc 2 – ${B2}\u00a0: modalités d’évaluation`)
          .getByText('Non placée')
          .waitFor();
        await preview.getByRole('button', { name: 'Importer' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: /sections importées de «\sréférentiel ingénierie\.docx\s»/ })
          .waitFor();
        await page.locator('[data-save-state="saved"]').waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot(page, { path: `${artifacts}/word-import-done.png` });

        const after = await storedDossier(page, id);
        assert.deepEqual(Object.keys(after.values).sort(), [
          'fiche.activitesVisees',
          'fiche.competencesAttestees',
          'fiche.objectifsContexte',
          'fiche.secteursActivite',
        ]);
        assert.equal(
          after.values['fiche.activitesVisees'],
          '<p>Le consultant en ingénierie de certification :</p><ul><li>analyse la demande du certificateur ;</li><li>conduit le projet de certification :<ul><li>rédige le référentiel,</li><li>constitue le dossier d’enregistrement ;</li></ul></li><li>assure la veille réglementaire.</li></ul>',
        );
        assert.match(after.values['fiche.objectifsContexte'], /^<p>La certification « Conduire/);
        assert.match(after.values['fiche.secteursActivite'], /^<p>Consultant en ingénierie/);
        const blocs = after.groups['fiche.blocs'];
        assert.equal(blocs.length, 2, JSON.stringify(blocs));
        assert.deepEqual(Object.keys(blocs[0]).sort(), [
          'libelle',
          'listeCompetences',
          'modalitesEvaluation',
        ]);
        assert.deepEqual(Object.keys(blocs[1]).sort(), ['libelle', 'listeCompetences']);
        assert.equal(blocs[0].libelle, B1);
        assert.equal(blocs[1].libelle, B2);
        assert.equal(
          blocs[0].listeCompetences,
          `<ul>${[COMPETENCES.C1, COMPETENCES.C2, COMPETENCES.C3].map((c) => `<li>${c}</li>`).join('')}</ul>`,
        );
        assert.equal(
          blocs[1].listeCompetences,
          `<ul><li>${COMPETENCES.C9}</li><li>${COMPETENCES.C10}</li></ul>`,
        );
        assert.match(blocs[0].modalitesEvaluation, /^<p><u>Questionnaire à visée professionnelle :<\/u>/);
        assert.match(blocs[0].modalitesEvaluation, /<p><u>Étude de cas n° 2/);
        assert.equal((blocs[0].modalitesEvaluation.match(/Questionnaire/g) ?? []).length, 1);
        // The criteria and the history were left out: nowhere in the dossier.
        assert.doesNotMatch(
          JSON.stringify(after),
          /guide d’entretien|Version 2 validée|Chaque bloc est évalué/,
        );

        // The dossier page shows the lists formatted, in the bloc's fields (its section opened).
        await page
          .getByRole('navigation', { name: 'Sections du dossier' })
          .getByRole('link', { name: /^Fiche/ })
          .click();
        await page.locator('#champ-fiche-blocs-0-listeCompetences li').first().waitFor();
        assert.equal(await page.locator('#champ-fiche-blocs-0-listeCompetences li').count(), 3);
        assert.equal(await page.locator('#champ-fiche-blocs-1-libelle').inputValue(), B2);
        assert.equal(await page.locator('#champ-fiche-activitesVisees ul ul li').count(), 2);
        await page.locator('#champ-fiche-blocs-0-libelle').scrollIntoViewIfNeeded();
        await shot(page, { path: `${artifacts}/word-import-blocs.png` });
        await page.locator('#champ-fiche-objectifsContexte').scrollIntoViewIfNeeded();
        await shot(page, { path: `${artifacts}/word-import-fiche.png` });
        // The import is a revision of its own: the version before it can be restored.
        await page.getByRole('link', { name: 'Historique' }).click();
        await page.getByRole('heading', { name: 'Historique des versions' }).waitFor();
        await page.getByText('Import', { exact: true }).first().waitFor();
        assert.deepEqual(errors, []);
        assert.deepEqual(b.externalRequests(), [], 'aucune requête ne doit sortir de la machine');
      } finally {
        await b.close();
      }
    },
  },
  {
    name: 'Word import: a .docx with macros and a cut-off file get a French message, nothing written',
    async run({ artifacts }) {
      const files = await writeWordFiles(mkdtempSync(join(tmpdir(), 'certifill-word-')));
      const b = await launchWithExtension();
      try {
        const page = await b.context.newPage();
        await page.goto(b.url('options.html'));
        const id = await createDossier(page, 'Fichiers abîmés');
        const before = await storedDossier(page, id);

        await page.setInputFiles('#word-file', files.macros);
        const alert = page.locator('.cf-word-import [role="alert"]');
        await alert.filter({ hasText: 'contient des macros' }).waitFor({ timeout: 20_000 });
        assert.match(
          await alert.textContent(),
          /^«\u00a0dossier avec macros\.docx\u00a0» n’a pas été importé\. Ce document contient des macros/,
        );
        await shot(page.locator('.cf-word-import'), { path: `${artifacts}/word-import-macros.png` });
        assert.equal(await page.locator('.cf-word').count(), 0, 'no preview for a refused file');

        await page.setInputFiles('#word-file', files.corrupt);
        await alert.filter({ hasText: 'endommagé ou incomplet' }).waitFor({ timeout: 20_000 });
        assert.deepEqual(typographyFaults(await alert.textContent()), []);
        await shot(page.locator('.cf-word-import'), { path: `${artifacts}/word-import-corrupt.png` });
        assert.equal(await page.locator('.cf-word').count(), 0);

        const after = await storedDossier(page, id);
        assert.equal(after.updatedAt, before.updatedAt);
        assert.deepEqual(after.values, before.values);
        assert.deepEqual(after.groups, before.groups);
      } finally {
        await b.close();
      }
    },
  },
];
