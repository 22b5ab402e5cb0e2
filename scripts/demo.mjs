// `npm run demo [-- --headless] [-- --port N]`: builds the demo extension, serves the reconstruction of
// Certif Pro, loads the sample dossiers and shows Certifill at work in Chromium. With --headless (or when
// no display is available) each step is saved as a screenshot in demo-output/.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
import {
  importSample,
  openDemande,
  openPanel,
  prefill,
  RNCP_ID,
  readSample,
  waitRoute,
} from '../tests/e2e/prefill-helpers.mjs';
import { startPlatform } from './platform-server.mjs';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 4173;
const headless = args.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
if (!args.includes('--headless') && headless)
  console.log('Aucun affichage graphique détecté : démonstration sans fenêtre, captures dans demo-output/.');

const OUT = 'demo-output';
mkdirSync(OUT, { recursive: true });
let step = 0;
async function shot(page, name, fullPage = false) {
  step += 1;
  const file = `${OUT}/${String(step).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path: file, fullPage });
  console.log(`  ✓ ${file}`);
}

console.log('1. Construction de l’extension (version démo)…');
execSync('npx wxt build --mode test', { stdio: ['ignore', 'ignore', 'inherit'] });
console.log('2. Reconstruction de Certif Pro…');
const platform = await startPlatform({ port: Number.isInteger(port) ? port : 4173 }).catch(() =>
  startPlatform({ port: 0 }),
);
console.log(`   ${platform.url}`);
const b = await launchWithExtension({ headless });
try {
  console.log('3. Chargement des dossiers d’exemple (RNCP et RS) par « Importer »…');
  await importSample(b, 'sample-rncp.json');
  await importSample(b, 'sample-rs.json');
  const editor = await b.context.newPage();
  await editor.goto(b.url('options.html'));
  await editor.waitForLoadState('networkidle');
  await shot(editor, 'editeur-dossiers');

  console.log('4. Pré-remplissage de l’onglet « Fiche » de la demande RNCP…');
  const page = await openDemande(b, platform, RNCP_ID, 'fiche');
  await shot(page, 'certifpro-fiche-avant');
  const popup = await openPanel(b, page);
  // The RNCP sample becomes the active dossier (the popup's « Dossier actif »), then the page is scanned again.
  await popup.getByLabel('Dossier actif').selectOption(readSample('sample-rncp.json').id);
  await page.reload();
  await waitRoute(page);
  await popup.reload();
  await popup.getByTestId('page-summary').waitFor();
  await popup.getByRole('tab', { name: 'Cette page' }).click();
  await shot(popup, 'popup-page', true);
  await prefill(popup);
  await shot(popup, 'popup-rapport', true);
  await page.bringToFront();
  await shot(page, 'certifpro-fiche-apres');

  console.log('5. Demande de compléments : lecture de la page et rattachement aux critères…');
  await page.getByRole('tab', { name: 'Compléments demandés' }).click();
  await page.waitForFunction(() => window.__certifproRoute === location.pathname);
  await popup.bringToFront();
  await popup.reload();
  await popup.getByRole('tab', { name: /Demande de compléments/ }).click();
  await popup.getByRole('button', { name: 'Lire la demande sur la page' }).click();
  await popup.getByRole('heading', { name: /remarques trouvées/ }).waitFor({ timeout: 15_000 });
  await shot(popup, 'popup-complements', true);
  console.log(`Démonstration prête : ${step} captures dans ${OUT}/.`);
  if (!headless) {
    console.log(
      'Le navigateur reste ouvert : essayez l’extension sur la reconstruction. Ctrl+C pour quitter.',
    );
    await new Promise((resolve) => {
      process.on('SIGINT', resolve);
      b.context.on('close', resolve);
    });
  }
} finally {
  await b.close().catch(() => {});
  await platform.close();
}
