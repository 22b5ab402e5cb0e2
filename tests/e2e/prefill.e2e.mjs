// Pre-fill, undo, capture and teaching on the Certif Pro reconstruction, in Chromium with the test build.
import assert from 'node:assert/strict';
import { startPlatform } from '../../scripts/platform-server.mjs';
import { launchWithExtension } from './browser.mjs';
import {
  importSample,
  mismatches,
  openDemande,
  openPanel,
  prefill,
  RNCP_ID,
  RS_ID,
  readDossiers,
  readMarked,
  readSample,
  serviceWorker,
  switchTab,
} from './prefill-helpers.mjs';
import { shot } from './shots.mjs';

async function session(run) {
  const platform = await startPlatform({ port: 0 });
  const b = await launchWithExtension();
  try {
    await run(b, platform);
    assert.deepEqual(b.externalRequests(), [], 'aucune requête ne doit sortir de la machine');
  } finally {
    await b.close();
    await platform.close();
  }
}

/** The extension keeps nothing in the platform's origin. */
async function assertNothingStored(page) {
  const stored = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    localStorage: localStorage.length,
    cookie: document.cookie,
  }));
  assert.deepEqual(stored, { databases: [], localStorage: 0, cookie: '' });
}

const TYPED = 'Intitulé saisi par la personne avant le pré-remplissage';

export const tests = [
  {
    name: 'RNCP: every mapped field written exactly, a typed value kept, no focus taken, undo restores',
    async run({ artifacts }) {
      await session(async (b, platform) => {
        const d = readSample('sample-rncp.json');
        await importSample(b, 'sample-rncp.json');
        const page = await openDemande(b, platform, RNCP_ID, 'fiche');
        const typed = page.locator('[data-truth="fiche.blocs[0].libelle"]');
        await typed.fill(TYPED);
        const popup = await openPanel(b, page);
        const decisions = await prefill(popup);
        assert.equal(decisions['fiche.blocs[0].libelle'], 'different');
        assert.equal(decisions['fiche.intitule'], undefined, 'l’intitulé est sur l’onglet Identification');
        await shot(popup, { path: `${artifacts}/prefill-report.png`, fullPage: true });
        await shot(page, { path: `${artifacts}/prefill-fiche.png`, fullPage: true });

        const marked = await readMarked(page);
        assert.ok(Object.keys(marked).length >= 30, `champs marqués : ${Object.keys(marked).length}`);
        assert.deepEqual(mismatches(d, marked, { except: ['fiche.blocs[0].libelle'] }), []);
        assert.equal(await typed.inputValue(), TYPED);
        assert.equal(
          await page.evaluate(() => document.activeElement?.getAttribute('data-truth')),
          'fiche.blocs[0].libelle',
        );

        await popup.getByRole('button', { name: 'Annuler le pré-remplissage' }).click();
        const undone = popup.getByTestId('undo-report');
        await undone.waitFor({ timeout: 60_000 });
        assert.match(
          await undone.getByRole('status').textContent(),
          /^Pré-remplissage annulé : \d+ champs rétablis dans l’état d’avant le pré-remplissage\. 3 éléments créés par le pré-remplissage supprimés de la page\.$/,
        );
        const after = await readMarked(page);
        const leftovers = Object.entries(after).filter(
          ([p, v]) =>
            p !== 'fiche.blocs[0].libelle' &&
            v !== '' &&
            v !== 'Non' &&
            !(Array.isArray(v) && v.length === 0),
        );
        assert.deepEqual(leftovers, []);
        assert.equal(after['fiche.blocs[0].libelle'], TYPED);
        assert.equal(
          await page.evaluate(() =>
            window.Quill.find(
              document.querySelector('[data-truth="fiche.objectifsContexte"]').parentElement,
            ).getText(),
          ),
          '\n',
        );

        // The React section (promotions) and the file inputs, reached by in-app navigation.
        await switchTab(page, 'Promotions');
        await popup.reload();
        await popup.getByTestId('page-summary').waitFor();
        await prefill(popup);
        const state = await page.evaluate(() => window.__certifproState?.promotions?.[0]);
        assert.deepEqual(state, {
          annee: '2024',
          nombreCertifies: '38',
          nombreCertifiesVae: '5',
          tauxInsertionGlobal6mois: '87',
          tauxInsertionMetier6mois: '74',
          tauxInsertionMetier2ans: '81',
        });
        assert.equal(
          await page.locator('[data-truth="promotions.fichierDonnees"]').evaluate((el) => el.files[0]?.name),
          'promotions-2024-2025.csv',
        );
        // Promotion 2 is created through « Ajouter une année »: no dossier value is left without a field.
        await popup.getByText('Éléments créés sur la page (1)').waitFor();
        assert.equal(await popup.getByText(/Valeurs du dossier sans champ sur cette page/).count(), 0);
        await switchTab(page, 'Pièces jointes');
        await popup.reload();
        await popup.getByTestId('page-summary').waitFor();
        await prefill(popup);
        assert.deepEqual(mismatches(d, await readMarked(page)), []);
        assert.equal(
          await page.locator('[data-truth="pieces.bulletinN3"]').evaluate((el) => el.files[0]?.name),
          'bulletin-n3-direction.pdf',
        );
        await assertNothingStored(page);
      });
    },
  },
  {
    name: 'RNCP: capture after an edit updates the dossier; a ticked differing value is replaced; a taught mapping survives a reload',
    async run({ artifacts }) {
      await session(async (b, platform) => {
        await importSample(b, 'sample-rncp.json');
        const page = await openDemande(b, platform, RNCP_ID, 'identification');
        const popup = await openPanel(b, page);
        await prefill(popup);
        await page
          .locator('[data-truth="demande.certificateurs[0].nomCommercial"]')
          .fill('IEMN — Institut Exemple');
        await popup.reload();
        await popup.getByRole('button', { name: 'Enregistrer la page dans le dossier' }).click();
        const line = popup.locator('tr[data-path="demande.certificateurs[0].nomCommercial"]');
        await line.waitFor();
        assert.equal(
          await popup.locator('tbody tr[data-path]').count(),
          1,
          'seule la valeur modifiée diffère',
        );
        await shot(popup, { path: `${artifacts}/capture-diff.png`, fullPage: true });
        await popup.getByRole('button', { name: 'Enregistrer la sélection' }).click();
        await popup.getByText(/1 valeur enregistrée dans le dossier/).waitFor();
        const [saved] = await readDossiers(b);
        assert.equal(saved.groups['demande.certificateurs'][0].nomCommercial, 'IEMN — Institut Exemple');

        // A differing value is replaced only when ticked.
        await popup.getByRole('button', { name: 'Fermer' }).click();
        const intitule = page.locator('[data-truth="fiche.intitule"]');
        await intitule.fill('Titre provisoire');
        const decisions = await prefill(popup, { tick: ['fiche.intitule'] });
        assert.equal(decisions['fiche.intitule'], 'different');
        assert.equal(await intitule.inputValue(), 'Technicien supérieur en réseaux et cybersécurité');

        // Teach: « Référence interne du dossier » is not a catalogue field; the user ties it to the intitulé.
        await popup.getByRole('button', { name: 'Fermer' }).click();
        await popup.getByRole('button', { name: 'Associer ce champ…' }).click();
        await popup
          .locator('li', { hasText: 'Référence interne du dossier' })
          .getByRole('button', { name: 'Associer…' })
          .click();
        await popup.getByRole('searchbox').fill('intitulé de la certification');
        await popup
          .locator('li', { hasText: 'Intitulé de la certification' })
          .getByRole('button', { name: 'Choisir' })
          .click();
        await popup.getByText(/est associé à « Intitulé de la certification »/).waitFor();
        await page.reload();
        await page.waitForFunction(
          () => document.querySelector('[data-truth="none"][data-certifill-field="fiche.intitule"]') !== null,
          null,
          { timeout: 30_000, polling: 100 },
        );
        await popup.reload();
        await popup.getByRole('button', { name: 'Correspondances apprises' }).click();
        await popup.getByText('Intitulé de la certification', { exact: false }).first().waitFor();
        await shot(popup, { path: `${artifacts}/mappings.png`, fullPage: true });
        await assertNothingStored(page);

        // A tab that is not Certif Pro: a clear French message, nothing else.
        const other = await b.context.newPage();
        await other.goto(b.url('options.html'));
        const sw = await serviceWorker(b);
        const tabs = await sw.evaluate(() => chrome.tabs.query({}));
        const otherTab = tabs.find((t) => t.url?.endsWith('/options.html'));
        await popup.goto(b.url(`sidepanel.html?tabId=${otherTab.id}`));
        await popup
          .getByRole('alert')
          .filter({ hasText: 'Ouvrez une page de Certif Pro' })
          .waitFor({ timeout: 30_000 });
      });
    },
  },
  {
    name: 'RS: identification and fiche written exactly (select, radios, number, rich text)',
    async run({ artifacts }) {
      await session(async (b, platform) => {
        const d = readSample('sample-rs.json');
        await importSample(b, 'sample-rs.json');
        const page = await openDemande(b, platform, RS_ID, 'identification');
        const popup = await openPanel(b, page);
        await prefill(popup);
        assert.deepEqual(mismatches(d, await readMarked(page)), []);
        await switchTab(page, 'Fiche descriptive');
        await popup.reload();
        await popup.getByTestId('page-summary').waitFor();
        await prefill(popup);
        const marked = await readMarked(page);
        assert.equal(marked['fiche.validationPartielle'], 'Non');
        assert.equal(marked['fiche.dureeValidite'], '3');
        assert.deepEqual(mismatches(d, marked), []);
        await shot(page, { path: `${artifacts}/prefill-rs-fiche.png`, fullPage: true });
        await assertNothingStored(page);
      });
    },
  },
];
