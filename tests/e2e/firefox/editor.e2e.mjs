// The dossier editor in Firefox: create, type, reload, attach a piece, export, import the export back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { shot } from '../shots.mjs';
import { launchFirefox, reload, until } from './browser.mjs';
import { clickText, fieldValues, typeInto, waitText } from './page-helpers.mjs';

const NAME = 'Titre Technicien réseaux (Firefox)';
const FIELDS = {
  '#champ-fiche-intitule': 'Technicien supérieur « réseaux » — niveau 5',
  '#champ-fiche-blocs-0-libelle': 'Déployer une infrastructure réseau 😀',
};

export const tests = [
  {
    name: 'Firefox editor: create, type, reload, attach, export, import the export back',
    async run({ artifacts }) {
      const ff = await launchFirefox();
      try {
        const page = await ff.open(ff.url('options.html'));
        await waitText(page, 'h1', 'Mes dossiers');
        await shot(page, { path: `${artifacts}/firefox-editor-empty.png` });

        await typeInto(page, '#create-name', NAME);
        await page.click('input[name="create-repertoire"][value="RNCP"]');
        await clickText(page, 'button', 'Créer le dossier');
        await waitText(page, 'h1', NAME);
        // One section at a time by default: here every section on one page.
        await clickText(page, 'a', 'Toutes les sections sur une page');

        for (const [sel, text] of Object.entries(FIELDS)) await typeInto(page, sel, text);
        await page.waitForSelector('[data-save-state="saved"]');
        await reload(page);
        await page.waitForSelector('#champ-fiche-intitule');
        await until(page, () => document.querySelector('#champ-fiche-intitule')?.value !== '', undefined, {
          what: 'les valeurs enregistrées',
        });
        assert.deepEqual(await fieldValues(page, Object.keys(FIELDS)), FIELDS, 'values after a reload');

        // A piece, through the file picker (BiDi input.setFiles).
        const input = await page.waitForSelector('#champ-pieces-bulletinN3');
        await input.uploadFile(new URL('../../fixtures/dossiers/sample-rncp.json', import.meta.url).pathname);
        await waitText(page, '*', 'sample-rncp.json');
        await page.waitForSelector('[data-save-state="saved"]');
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot(page, { path: `${artifacts}/firefox-editor-dossier.png` });

        // Export: a real download, written to the run's folder.
        await clickText(page, 'button', 'Exporter ce dossier');
        const file = await ff.waitForDownload(/^certifill-Titre-Technicien-reseaux-Firefox-.*\.json$/);
        const exported = JSON.parse(readFileSync(file, 'utf8'));
        assert.equal(exported.format, 'certifill-dossiers');
        assert.equal(exported.dossiers.length, 1);
        const source = exported.dossiers[0];
        assert.equal(source.values['fiche.intitule'], FIELDS['#champ-fiche-intitule']);
        assert.equal(source.groups['fiche.blocs'][0].libelle, FIELDS['#champ-fiche-blocs-0-libelle']);

        // Import it back through `#import-file`: the same id is taken, so it comes as a renamed copy.
        const list = await ff.open(ff.url('options.html#/'));
        await waitText(list, 'h1', 'Mes dossiers');
        const picker = await list.waitForSelector('#import-file');
        await picker.uploadFile(file);
        await waitText(list, '*', 'ajouté en copie');
        await clickText(list, 'a', `${NAME} (importé)`);
        await clickText(list, 'a', 'Toutes les sections sur une page');
        await list.waitForSelector('#champ-fiche-intitule');
        await until(list, () => document.querySelector('#champ-fiche-intitule')?.value !== '', undefined, {
          what: 'les valeurs importées',
        });
        assert.deepEqual(await fieldValues(list, Object.keys(FIELDS)), FIELDS, 'values of the imported copy');
        await waitText(list, '*', 'sample-rncp.json');
        await shot(list, { path: `${artifacts}/firefox-editor-imported.png` });

        assert.deepEqual(ff.pageErrors, [], 'no page errors');
        assert.deepEqual(ff.externalRequests(), [], 'no network request');
      } finally {
        await ff.close();
      }
    },
  },
];
