// A whole letter from the instructor: remarks, deadline and ignored lines; answers, changes, attachments and
// « Réponse à la demande de compléments » (.docx parsed back, printable page).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { launchWithExtension } from './browser.mjs';
import { shot } from './shots.mjs';

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
  // Autosave: the date is in the database (the side panel reads it there) once the status says « Enregistré ».
  await editor.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });
  return editor;
}

/** The dossier's own address (`…options.html#/dossier/<id>`), whatever tab or field is shown. */
function dossierUrl(editor) {
  const base = editor.url().replace(/#.*$/, '');
  const m = /#\/dossier\/[^/]+/.exec(new URL(editor.url()).hash);
  assert.ok(m, `adresse du dossier : ${editor.url()}`);
  return `${base}${m[0]}`;
}

async function openComplements(editor) {
  await editor.goto(`${dossierUrl(editor)}/complements`);
  await editor.getByRole('heading', { level: 2, name: 'Demande de compléments' }).waitFor();
}

/** Enters a formatted-text field (it becomes the editor) and types a line. */
async function typeRich(page, sel, text) {
  await page.locator(sel).click();
  await page.locator(`${sel}.ProseMirror`).waitFor();
  // The field becomes the editor on focus: type once the editor itself has the focus.
  await page.waitForFunction((s) => document.activeElement?.matches(`${s}.ProseMirror`), sel, {
    polling: 100,
  });
  await page.keyboard.type(text);
  await page.locator(`${sel}.ProseMirror`).filter({ hasText: text }).waitFor();
}

async function pasteAndTrack(editor) {
  await openComplements(editor);
  await editor.getByLabel('Collez la demande de compléments').fill(LETTER.text);
  await editor.getByRole('button', { name: 'Analyser' }).click();
  await editor.getByRole('heading', { name: '3 remarques trouvées' }).waitFor();
  await editor.getByRole('button', { name: /^Suivre ces remarques \(3\)$/ }).click();
  await editor.getByText('3 remarques ajoutées au suivi.').waitFor();
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const ANSWERS = [
  'Les fiches de poste des titulaires de la promotion 2024 sont jointes ; elles décrivent le métier visé.',
  'Le jury de VAE compte désormais deux professionnels extérieurs sur quatre membres.',
];
const TYPED = 'Chargé de projets de rénovation énergétique';

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
        await shot(editor, { path: `${artifacts}/letters-preview.png`, fullPage: true });

        const texts = await editor.locator('[data-testid="preview-item"] .cm-text').allTextContents();
        assert.deepEqual(
          texts,
          LETTER.remarks.map((r) => r.text),
        );
        // One click restores an ignored line as a remark, in its place in the letter.
        await editor
          .getByTestId('ignored-line')
          .filter({ hasText: /^SignaturePaul Durand/ })
          .getByRole('button', { name: 'Rétablir comme remarque' })
          .click();
        await editor.getByRole('heading', { name: '4 remarques trouvées' }).waitFor();
        assert.equal(await editor.getByTestId('ignored-line').count(), LETTER.ignored.length - 1);
        const restored = editor.locator('[data-testid="preview-item"] .cm-text').nth(3);
        assert.equal(await restored.textContent(), 'Paul Durand');
        await editor.getByRole('button', { name: /^Suivre ces remarques \(4\)$/ }).click();
        await editor.getByText('4 remarques ajoutées au suivi.').waitFor();
        await editor
          .getByTestId('request-card')
          .filter({ hasText: 'À rendre le 11\u00a0février\u00a02026' })
          .waitFor();
        await shot(editor, { path: `${artifacts}/letters-tracked.png`, fullPage: true });

        const popup = await b.context.newPage();
        await popup.setViewportSize(POPUP_VIEWPORT);
        await popup.goto(b.url('sidepanel.html'));
        await popup.getByRole('tab', { name: /Demande de compléments/ }).click();
        await popup
          .getByTestId('request-card')
          .filter({ hasText: 'À rendre le 11\u00a0février\u00a02026' })
          .waitFor();
        // From the side panel, the printable response opens in the editor, in a new tab.
        const [printable] = await Promise.all([
          b.context.waitForEvent('page'),
          popup.getByTestId('request-card').getByRole('button', { name: 'Version imprimable' }).click(),
        ]);
        await printable.waitForURL(/options\.html#\/dossier\/[^/]+\/reponse\/[^/]+$/);
        await printable
          .getByRole('heading', { level: 1, name: 'Réponse à la demande de compléments' })
          .waitFor();
        assert.equal(await printable.getByTestId('response-remark').count(), 4);
        await printable.close();
        await popup.getByLabel('Collez la demande de compléments').fill(LETTER.text);
        await popup.getByRole('button', { name: 'Analyser' }).click();
        await popup.getByRole('heading', { name: '3 remarques trouvées' }).waitFor();
        await shot(popup, { path: `${artifacts}/letters-sidepanel.png` });
        await shot(popup.locator('.cm-preview').getByTestId('ignored-lines'), {
          path: `${artifacts}/letters-sidepanel-ignored.png`,
        });
        assert.deepEqual(b.externalRequests(), []);
      } finally {
        await b.close();
      }
    },
  },
  {
    name: 'letters: answer two remarks, change a field, add an attachment, generate the response (.docx parsed back, printable page)',
    async run({ artifacts }) {
      const b = await launchWithExtension();
      try {
        const editor = await createDossier(b);
        await pasteAndTrack(editor);

        // After the letter: one field changed, one attachment added, in the form.
        // Every section on one page (the editor shows one at a time): fiche and pièces below.
        await editor.goto(`${dossierUrl(editor)}/tout`);
        await typeRich(editor, '#champ-fiche-typesEmplois', TYPED);
        await editor
          .locator('#champ-pieces-dispositifVae')
          .setInputFiles({ name: 'dispositif-vae.pdf', mimeType: 'application/pdf', buffer: PDF });
        await editor.getByText('dispositif-vae.pdf', { exact: true }).waitFor();
        await editor.locator('[data-save-state="saved"]').waitFor();
        await editor.waitForTimeout(800);
        await editor.locator('[data-save-state="saved"]').waitFor();

        await openComplements(editor);
        const tracked = editor.getByTestId('tracked-item');
        const answer = async (remark, text) => {
          const item = tracked.filter({ hasText: remark.text.slice(0, 60) });
          await item.getByLabel('Votre réponse').fill(text);
          await item.getByTestId('answer-status').filter({ hasText: 'Réponse enregistrée' }).waitFor();
        };
        // Each tracked remark lists what was done since the letter, among the fields it names.
        const done = (remark) =>
          tracked.filter({ hasText: remark.text.slice(0, 60) }).getByTestId('remark-changes');
        await done(LETTER.remarks[0]).filter({ hasText: TYPED }).waitFor();
        await done(LETTER.remarks[2]).filter({ hasText: 'dispositif-vae.pdf' }).waitFor();
        assert.equal(await done(LETTER.remarks[1]).count(), 0);
        await answer(LETTER.remarks[0], ANSWERS[0]);
        await answer(LETTER.remarks[2], ANSWERS[1]);
        const card = editor.getByTestId('request-card');
        await card.getByText(/^2\u00a0réponses rédigées sur 3\u00a0remarques$/).waitFor();
        await shot(editor, { path: `${artifacts}/letters-answered.png`, fullPage: true });

        const [download] = await Promise.all([
          editor.waitForEvent('download'),
          card.getByRole('button', { name: 'Réponse à la demande de compléments (.docx)' }).click(),
        ]);
        assert.match(
          download.suggestedFilename(),
          /^reponse-complements-titre-rpre-complements-\d{4}-\d{2}-\d{2}\.docx$/,
        );
        const path = `${artifacts}/letters-response.docx`;
        await download.saveAs(path);
        const { value: text } = await mammoth.extractRawText({ path });
        for (const r of LETTER.remarks)
          assert.ok(text.includes(r.text), `remarque dans le .docx : ${r.text}`);
        for (const a of ANSWERS) assert.ok(text.includes(a), `réponse dans le .docx : ${a}`);
        assert.match(text, /Réponse attendue au plus tard le /);
        assert.match(text, /Remarque 1 — RNCP 1° — /);
        assert.match(text, /Remarque 3 — RNCP 6° — Accès par la validation des acquis/);
        assert.ok(text.includes(`(vide) → «\u00a0${TYPED}\u00a0»`), 'changement avant → après');
        // The change and the attachment are under the remarks that name them.
        const r1 = text.indexOf('Remarque 1 — ');
        const r2 = text.indexOf('Remarque 2 — ');
        const r3 = text.indexOf('Remarque 3 — ');
        const change = text.indexOf(TYPED);
        assert.ok(change > r1 && change < r2, 'le type d’emplois sous la remarque 1');
        assert.ok(text.indexOf('dispositif-vae.pdf') > r3, 'la pièce jointe sous la remarque 3');
        assert.ok(text.includes('Aucune réponse rédigée.'), 'la remarque 2 sans réponse le dit');

        await card.getByRole('button', { name: 'Version imprimable' }).click();
        const doc = editor.getByTestId('response-doc');
        await doc.getByRole('heading', { level: 1, name: 'Réponse à la demande de compléments' }).waitFor();
        assert.equal(await editor.getByTestId('response-remark').count(), 3);
        const printed = await doc.textContent();
        for (const a of ANSWERS) assert.ok(printed.includes(a), `réponse sur la page : ${a}`);
        assert.ok(printed.includes(TYPED));
        await shot(editor, { path: `${artifacts}/letters-response-page.png`, fullPage: true });
        await editor.emulateMedia({ media: 'print' });
        await shot(editor, { path: `${artifacts}/letters-response-print.png`, fullPage: true });
        await editor.emulateMedia({ media: 'screen' });
        assert.deepEqual(b.externalRequests(), []);
      } finally {
        await b.close();
      }
    },
  },
];
