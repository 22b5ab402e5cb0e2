// Screenshots of Certifill's own screens, for a design review: the dossier list, a dossier (top,
// a section, the footer, the checks before filing, the requests for additions), the side panel on
// the reconstruction (summary, pre-fill preview, report) and the counter badges on the page; a letter of the
// instructor analysed and tracked.
//   node scripts/screenshots.mjs [out-dir]   (needs `npx wxt build --mode test`; default out: shots/)
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
import { importSample, openDemande, openPanel, RNCP_ID } from '../tests/e2e/prefill-helpers.mjs';
import { startPlatform } from './platform-server.mjs';

const out = resolve(process.argv[2] ?? 'shots');
mkdirSync(out, { recursive: true });
const shot = async (page, name, opts = {}) => {
  await page.screenshot({ path: `${out}/${name}.png`, ...opts });
  console.log(`${out}/${name}.png`);
};

const platform = await startPlatform({ port: 0 });
const b = await launchWithExtension();
try {
  await importSample(b, 'sample-rncp.json');
  const editor = await b.context.newPage();
  await editor.goto(b.url('options.html'));
  await editor.getByRole('heading', { name: 'Mes dossiers' }).waitFor();
  await shot(editor, 'editor-list');

  await editor.locator('table a').first().click();
  await editor.locator('section.cf-section').waitFor();
  await shot(editor, 'editor-dossier');
  const nav = editor.getByRole('navigation', { name: 'Sections du dossier' });
  await nav.getByRole('link', { name: /^Fiche/ }).click();
  await editor.locator('#section-fiche').waitFor();
  await shot(editor, 'editor-section');
  await editor.getByRole('button', { name: 'Replier le bloc 1' }).click();
  await editor.getByRole('button', { name: 'Déplier le bloc 1' }).scrollIntoViewIfNeeded();
  await shot(editor, 'editor-bloc-folded');
  await editor.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await shot(editor, 'editor-footer');
  await editor.getByRole('link', { name: 'Vérification' }).click();
  await editor.getByRole('heading', { name: 'Prêt à déposer ?' }).waitFor();
  await shot(editor, 'editor-verification');
  await editor.getByRole('link', { name: 'Demande de compléments' }).click();
  await editor.getByLabel('Collez la demande de compléments').waitFor();
  await shot(editor, 'editor-complements');
  // A whole letter of the development part of the corpus: remarks, deadline and ignored lines, then tracked.
  const letter = JSON.parse(
    readFileSync(new URL('../tests/comments/letters.json', import.meta.url), 'utf8'),
  ).find((l) => l.id === 'l01' && l.split === 'dev');
  await editor.getByLabel('Collez la demande de compléments').fill(letter.text);
  await editor.getByRole('button', { name: 'Analyser' }).click();
  await editor.getByRole('heading', { name: /remarques? trouvées?/ }).waitFor();
  await shot(editor, 'editor-letter-preview', { fullPage: true });
  await editor.getByRole('button', { name: /^Suivre ces remarques/ }).click();
  await editor.getByText(/remarques? ajoutées? au suivi/).waitFor();
  await shot(editor, 'editor-letter-tracked', { fullPage: true });

  const page = await openDemande(b, platform, RNCP_ID, 'fiche');
  await page.locator('[data-truth="fiche.blocs[0].libelle"]').fill('Bloc saisi');
  await page.waitForTimeout(500);
  await shot(page, 'platform-badges');
  const panel = await openPanel(b, page);
  await shot(panel, 'panel-summary', { fullPage: true });
  await panel.getByRole('button', { name: 'Pré-remplir cette page' }).click();
  await panel.getByRole('button', { name: 'Appliquer' }).waitFor();
  await shot(panel, 'panel-preview');
  await panel.getByRole('button', { name: 'Appliquer' }).click();
  await panel.getByTestId('fill-report').waitFor({ timeout: 60_000 });
  await shot(panel, 'panel-report');
} finally {
  await b.close();
  await platform.close();
}
