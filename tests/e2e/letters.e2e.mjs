// A whole letter from the instructor: remarks, deadline and ignored lines; answers, changes, attachments and
// « Réponse à la demande de compléments » (.docx parsed back, printable page).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchWithExtension } from './browser.mjs';

const POPUP_VIEWPORT = { width: 420, height: 900 };
// A letter of the development part of the corpus (never the held-out part).
const LETTER = JSON.parse(readFileSync(new URL('../comments/letters.json', import.meta.url), 'utf8')).find(
  (l) => l.id === 'l01' && l.split === 'dev',
);

/** Creates an RNCP dossier filed on the letter's filing date, through the editor. */
async function createDossier(b) {
  const editor = await b.context.newPage();
  await editor.setViewportSize({ width: 1280, height: 900 });
  await editor.goto(b.url('options.html'));
  await editor.getByLabel('Nom du dossier').fill('Titre RPRE — compléments');
  await editor.getByRole('button', { name: 'Créer le dossier' }).click();
  await editor.getByRole('heading', { level: 1, name: 'Titre RPRE — compléments' }).waitFor();
  const date = editor.getByRole('textbox', { name: 'Date de dépôt' });
  const [y, m, d] = LETTER.filedOn.split('-');
  await date.fill(`${d}/${m}/${y}`);
  await date.blur();
  await editor.getByText(/Dépôt à partir du .* décret n° 2025-500/).waitFor();
  await editor.waitForTimeout(1500);
  return editor;
}

async function openComplements(editor) {
  const base = editor.url().replace(/#.*$/, '');
  const hash = new URL(editor.url()).hash.replace(/\/(champ|section)\/.*$/, '');
  await editor.goto(`${base}${hash}/complements`);
  await editor.getByRole('heading', { level: 2, name: 'Demande de compléments' }).waitFor();
}

export const tests = [
  {
    name: 'letters: paste a whole letter: remarks, deadline from the day received, ignored lines, one restored',
    async run({ artifacts }) {
      const b = await launchWithExtension();
      try {
        const editor = await createDossier(b);
        await openComplements(editor);
        await editor.getByLabel('Collez la demande de compléments').fill(LETTER.text);
        await editor.getByRole('button', { name: 'Analyser' }).click();
        await editor.getByRole('heading', { name: '3 remarques trouvées' }).waitFor();
        const ignored = editor.getByTestId('ignored-line').locator('.cm-ignored__text');
        assert.deepEqual(await ignored.allTextContents(), LETTER.ignored);
        const received = editor.getByLabel('Reçue le');
        await received.fill('12/01/2026');
        await received.blur();
        await editor
          .getByTestId('due')
          .filter({ hasText: /^À rendre le 11\u00a0février\u00a02026 — / })
          .waitFor();
        await editor.screenshot({ path: `${artifacts}/letters-preview.png`, fullPage: true });

        const texts = await editor.locator('[data-testid="preview-item"] .cm-text').allTextContents();
        assert.deepEqual(
          texts,
          LETTER.remarks.map((r) => r.text),
        );
        await editor.getByRole('button', { name: /^Suivre ces remarques \(3\)$/ }).click();
        await editor.getByText('3 remarques ajoutées au suivi.').waitFor();
        await editor
          .getByTestId('request-card')
          .filter({ hasText: 'À rendre le 11\u00a0février\u00a02026' })
          .waitFor();
        await editor.screenshot({ path: `${artifacts}/letters-tracked.png`, fullPage: true });

        const popup = await b.context.newPage();
        await popup.setViewportSize(POPUP_VIEWPORT);
        await popup.goto(b.url('sidepanel.html'));
        await popup.getByRole('tab', { name: /Demande de compléments/ }).click();
        await popup
          .getByTestId('request-card')
          .filter({ hasText: 'À rendre le 11\u00a0février\u00a02026' })
          .waitFor();
        await popup.getByLabel('Collez la demande de compléments').fill(LETTER.text);
        await popup.getByRole('button', { name: 'Analyser' }).click();
        await popup.getByRole('heading', { name: '3 remarques trouvées' }).waitFor();
        await popup.screenshot({ path: `${artifacts}/letters-sidepanel.png` });
        await popup
          .locator('.cm-preview')
          .getByTestId('ignored-lines')
          .screenshot({ path: `${artifacts}/letters-sidepanel-ignored.png` });
        assert.deepEqual(b.externalRequests(), []);
      } finally {
        await b.close();
      }
    },
  },
];
