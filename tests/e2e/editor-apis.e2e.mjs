// Pre-fill, capture and undo through CKEditor 5's and TinyMCE's own APIs (issue 18), in Chromium. The
// reconstruction's fiche gets two editors shaped like theirs (editor-shims.mjs: the page's DOM as
// each library builds it, and a model only their API changes), in place of two of its Quill fields.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatform } from '../../scripts/platform-server.mjs';
import { launchWithExtension } from './browser.mjs';
import { installEditorShims } from './editor-shims.mjs';
import { openDemande, openPanel, prefill, RNCP_ID, readSample } from './prefill-helpers.mjs';
import { shot } from './shots.mjs';

const ACTIVITES =
  '<p>Le titulaire :</p><ul><li><strong>installe</strong> les équipements ;</li><li>dépanne<ul><li>à distance ;</li><li>sur site.</li></ul></li></ul>';
const COMPETENCES =
  '<p>Compétences :</p><ol><li>Diagnostiquer</li><li><em>Réparer</em></li></ol><p>Et rendre compte.</p>';
const CK = 'fiche.activitesVisees';
const TINY = 'fiche.competencesAttestees';

/** The RNCP sample with formatted texts for the two editors, as an exchange file of version 2. */
function sampleFile() {
  const d = readSample('sample-rncp.json');
  d.values[CK] = ACTIVITES;
  d.values[TINY] = COMPETENCES;
  d.name = 'Dossier pour CKEditor et TinyMCE';
  const file = join(mkdtempSync(join(tmpdir(), 'certifill-editors-')), 'editors.json');
  const exportFile = { format: 'certifill-dossiers', version: 2, exportedAt: new Date().toISOString() };
  writeFileSync(file, JSON.stringify({ ...exportFile, dossiers: [d] }));
  return { file, d };
}

/** What each editor's API holds now, and the calls the page's editors received. */
const editorsState = (page) =>
  page.evaluate(() => ({
    ck: window.__ckShim.getData(),
    tiny: window.tinymce.get('tiny-competences').getContent(),
    calls: window.__editorCalls.filter((c) => !/:get/.test(c)),
  }));

export const tests = [
  {
    name: 'editors: CKEditor 5 and TinyMCE pre-filled through their APIs with lists, read back by the capture, undone',
    async run({ artifacts }) {
      const platform = await startPlatform({ port: 0 });
      const b = await launchWithExtension();
      try {
        const { file, d } = sampleFile();
        const editor = await b.context.newPage();
        await editor.goto(b.url('options.html'));
        await editor.setInputFiles('#import-file', file);
        await editor.getByText(d.name).first().waitFor({ timeout: 30_000 });
        await editor.close();

        const page = await openDemande(b, platform, RNCP_ID, 'fiche');
        await installEditorShims(page, { ck: CK, tiny: TINY });
        // Both editors recognised: the CKEditor editable, and the TinyMCE body inside its frame.
        await page.waitForFunction(
          ([ck, tiny]) =>
            document.querySelector('.ck-editor__editable')?.getAttribute('data-certifill-field') === ck &&
            document
              .querySelector('iframe.tox-edit-area__iframe')
              ?.contentDocument?.body?.getAttribute('data-certifill-field') === tiny,
          [CK, TINY],
          { timeout: 15_000, polling: 100 },
        );
        const empty = await editorsState(page);
        assert.deepEqual([empty.ck, empty.tiny], ['', '']);

        const panel = await openPanel(b, page);
        const decisions = await prefill(panel);
        assert.equal(decisions[CK], 'a_remplir');
        assert.equal(decisions[TINY], 'a_remplir');
        const filled = await editorsState(page);
        // The models hold the lists, set through the API: setData, and setContent then « change ».
        assert.equal(filled.ck, ACTIVITES);
        assert.equal(filled.tiny, COMPETENCES);
        assert.deepEqual(filled.calls, ['ck:setData', 'tiny:setContent', 'tiny:fire:change']);
        assert.equal(
          await page.evaluate(() => document.getElementById('tiny-competences').value),
          COMPETENCES,
          'TinyMCE saved into its textarea on « change »',
        );
        await page.locator('.ck-editor__editable').scrollIntoViewIfNeeded();
        await shot(page, { path: `${artifacts}/editor-apis-filled.png` });

        // The capture reads both editors back through their APIs: nothing differs from the dossier.
        await panel.reload();
        await panel.getByTestId('page-summary').waitFor();
        await panel.getByRole('button', { name: 'Enregistrer la page dans le dossier' }).click();
        const capture = panel.getByRole('region', { name: 'Enregistrer la page dans le dossier' });
        await capture
          .getByText(/identiques|Différences|Enregistrer la sélection/)
          .first()
          .waitFor();
        assert.equal(await capture.locator(`tr[data-path="${CK}"], tr[data-path="${TINY}"]`).count(), 0);
        // A change typed into CKEditor (its view updates its model) is what the capture proposes.
        await page.evaluate(() => {
          const shim = window.__ckShim;
          shim.setData(`${shim.getData()}<p>Ajout à la main.</p>`);
        });
        await panel.reload();
        await panel.getByTestId('page-summary').waitFor();
        await panel.getByRole('button', { name: 'Enregistrer la page dans le dossier' }).click();
        const row = panel.locator(`tr[data-path="${CK}"]`);
        await row.waitFor();
        assert.match((await row.textContent()) ?? '', /Ajout à la main\./);
        assert.match((await row.textContent()) ?? '', /- installe les équipements ;/);

        // « Annuler » puts both models back through their APIs (the CKEditor change is kept unless ticked).
        await panel.reload();
        await panel.getByTestId('page-summary').waitFor();
        await panel.getByRole('button', { name: 'Annuler le pré-remplissage' }).click();
        const confirm = panel.getByTestId('undo-confirm');
        await confirm.waitFor({ timeout: 30_000 });
        assert.match((await confirm.textContent()) ?? '', /1 champ a été modifié[\s\S]*Activités visées/);
        await confirm.getByRole('button', { name: 'Confirmer l’annulation' }).click();
        await panel.getByTestId('undo-report').waitFor({ timeout: 30_000 });
        const undone = await editorsState(page);
        assert.equal(undone.tiny, '', 'TinyMCE emptied through setContent');
        assert.match(undone.ck, /Ajout à la main/, 'the CKEditor change made since the fill is kept');
        assert.deepEqual(b.externalRequests(), []);
      } finally {
        await b.close();
        await platform.close();
      }
    },
  },
];
