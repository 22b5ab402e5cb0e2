// Formatted text end to end in Chromium: pre-fill keeps lists (Quill gets lists, a textarea the plain
// rendering), and Word-like HTML pasted into the editor keeps its lists and bold, not its styles.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatform } from '../../scripts/platform-server.mjs';
import { launchWithExtension } from './browser.mjs';
import { openDemande, openPanel, prefill, RNCP_ID, readDossiers, readSample } from './prefill-helpers.mjs';
import { shot } from './shots.mjs';

const ACTIVITES =
  '<p>Le titulaire :</p><ul><li><strong>installe</strong> les équipements ;</li><li>dépanne<ul><li>à distance ;</li><li>sur site.</li></ul></li></ul><ol><li>Diagnostic</li><li>Réparation</li></ol>';
const SECTEURS = '<p>Secteurs :</p><ul><li>ESN ;</li><li>collectivités.</li></ul><p>Et d’autres.</p>';

/** The RNCP sample as an exchange file of version 2, with formatted texts. */
function formattedSample() {
  const d = readSample('sample-rncp.json');
  d.values['fiche.activitesVisees'] = ACTIVITES;
  d.values['fiche.secteursActivite'] = SECTEURS;
  d.name = 'Dossier mis en forme';
  const file = join(mkdtempSync(join(tmpdir(), 'certifill-rich-')), 'formatted.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'certifill-dossiers',
      version: 2,
      exportedAt: new Date().toISOString(),
      dossiers: [d],
    }),
  );
  return { file, d };
}

async function importFile(b, file, name) {
  const editor = await b.context.newPage();
  await editor.goto(b.url('options.html'));
  await editor.setInputFiles('#import-file', file);
  await editor.getByText(name).first().waitFor({ timeout: 30_000 });
  return editor;
}

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<p class=MsoNormal style='color:#C00000;font-family:"Comic Sans MS"'><b>Épreuves</b> retenues :<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span style='background:yellow'>mise en situation</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span></span><![endif]>entretien avec le jury<o:p></o:p></p>
</body></html>`;

export const tests = [
  {
    name: 'pre-fill: the reconstruction’s rich-text editors receive lists, its textareas the plain rendering',
    async run({ artifacts }) {
      const platform = await startPlatform({ port: 0 });
      const b = await launchWithExtension();
      try {
        const { file, d } = formattedSample();
        const editor = await importFile(b, file, d.name);
        await editor.goto(b.url(`options.html#/dossier/${d.id}/section/fiche`));
        await editor.locator('#champ-fiche-activitesVisees li').first().waitFor();
        await editor.locator('#champ-fiche-activitesVisees').scrollIntoViewIfNeeded();
        await shot(editor, { path: `${artifacts}/richtext-editor.png` });
        await editor.close();

        const page = await openDemande(b, platform, RNCP_ID, 'fiche');
        const panel = await openPanel(b, page);
        const decisions = await prefill(panel);
        assert.equal(decisions['fiche.activitesVisees'], 'a_remplir');
        const quill = await page.evaluate(() => {
          const root = document.querySelector('[data-truth="fiche.activitesVisees"]');
          const q = window.Quill.find(root.parentElement);
          // Quill 2's semantic HTML writes every space as &nbsp;.
          return { html: q.getSemanticHTML().replace(/&nbsp;/g, ' '), text: q.getText() };
        });
        assert.match(
          quill.html,
          /<ul><li><strong>installe<\/strong> les équipements ;<\/li><li>dépanne<ul><li>à distance ;<\/li>/,
        );
        assert.match(quill.html, /<ol><li>Diagnostic<\/li><li>Réparation<\/li><\/ol>/);
        assert.equal(
          quill.text,
          'Le titulaire :\ninstalle les équipements ;\ndépanne\nà distance ;\nsur site.\nDiagnostic\nRéparation\n',
        );
        const textarea = await page.locator('[data-truth="fiche.secteursActivite"]').inputValue();
        assert.equal(textarea, 'Secteurs :\n\n- ESN ;\n- collectivités.\n\nEt d’autres.');
        await page.locator('[data-truth="fiche.activitesVisees"]').scrollIntoViewIfNeeded();
        await shot(page, { path: `${artifacts}/richtext-prefilled.png` });
        assert.deepEqual(b.externalRequests(), [], 'aucune requête ne doit sortir de la machine');
      } finally {
        await b.close();
        await platform.close();
      }
    },
  },
  {
    name: 'paste from Word into the editor: lists and bold kept, styles dropped',
    async run({ artifacts }) {
      const b = await launchWithExtension();
      try {
        const { file, d } = formattedSample();
        const page = await importFile(b, file, d.name);
        await page.goto(b.url(`options.html#/dossier/${d.id}/section/fiche`));
        const field = page.locator('#champ-fiche-objectifsContexte');
        await field.click();
        await page.locator('#champ-fiche-objectifsContexte.ProseMirror').waitFor();
        await page.keyboard.press('Control+A');
        await page.evaluate((html) => {
          const dt = new DataTransfer();
          dt.setData('text/html', html);
          dt.setData('text/plain', 'Épreuves retenues : mise en situation, entretien avec le jury');
          const target = document.querySelector('#champ-fiche-objectifsContexte');
          target.dispatchEvent(
            new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
          );
        }, WORD_HTML);
        const shown = await field.evaluate((el) => el.innerHTML);
        assert.match(shown, /<strong>Épreuves<\/strong>/);
        assert.equal((shown.match(/<li>/g) ?? []).length, 2, shown);
        assert.doesNotMatch(shown, /style=|mso-|Comic|yellow|MsoList|·/);
        await page.locator('[data-save-state="saved"]').waitFor();
        await page.waitForFunction(
          async (id) => {
            const dbs = await new Promise((res) => {
              const open = indexedDB.open('certifill');
              open.onsuccess = () => {
                const get = open.result.transaction('dossiers').objectStore('dossiers').get(id);
                get.onsuccess = () => res(get.result);
              };
            });
            return (
              dbs?.values['fiche.objectifsContexte'] ===
              '<p><strong>Épreuves</strong> retenues :</p><ul><li>mise en situation</li><li>entretien avec le jury</li></ul>'
            );
          },
          d.id,
          { timeout: 30_000, polling: 100 },
        );
        await field.scrollIntoViewIfNeeded();
        await shot(page, { path: `${artifacts}/richtext-paste.png` });
        assert.ok((await readDossiers(b)).length >= 1);
      } finally {
        await b.close();
      }
    },
  },
];
