// « Demande de compléments »: paste, link, track, correct, reopen; and read the request on the reconstruction.
import assert from 'node:assert/strict';
import { startPlatform } from '../../scripts/platform-server.mjs';
import { launchWithExtension } from './browser.mjs';
import { shot } from './shots.mjs';

const POPUP_VIEWPORT = { width: 420, height: 900 };

const FIVE_COMMENTS = `Madame, Monsieur,

L’instruction de votre demande nécessite les compléments suivants :

1. Merci de préciser les intitulés des emplois occupés par les titulaires et leur correspondance avec le métier visé (codes ROME).
2. La composition du jury VAE n’est pas précisée (critère 6°).
3. Le référentiel d’activités décrit des tâches et non des activités ; il ne fait pas apparaître les situations professionnelles dans lesquelles s’exercent les compétences.
4. Le règlement d’examen ne précise pas les mesures prises en cas de fraude ni les modalités de surveillance des épreuves.
5. Le bulletin n°3 du dirigeant n’a pas été transmis malgré notre relance du 12 mars.

Cordialement.`;

const EXPECTED = [
  { criterion: /^RNCP 1° — /, field: 'Code(s) ROME' },
  { criterion: /^RNCP 6° — Accès par la validation des acquis/, field: 'Jury : Par expérience' },
  { criterion: /^RNCP 3° — /, field: /^Activités visées|Compétences attestées/ },
  { criterion: /^RNCP 4° — /, field: /^Critère 4° — / },
  { criterion: /^Recevabilité/, field: /^Bulletin n° 3/ },
];

/** Creates an RNCP dossier filed on 3 November 2025 through the editor. */
async function createDossier(b) {
  const editor = await b.context.newPage();
  await editor.goto(b.url('options.html'));
  await editor.getByLabel('Nom du dossier').fill('Titre professionnel — compléments');
  await editor.getByRole('button', { name: 'Créer le dossier' }).click();
  await editor.getByRole('heading', { level: 1, name: 'Titre professionnel — compléments' }).waitFor();
  const date = editor.getByRole('textbox', { name: 'Date de dépôt' });
  await date.fill('03/11/2025');
  await date.blur();
  await editor.getByText(/Dépôt à partir du .* décret n° 2025-500/).waitFor();
  // Autosave: the date is in the database (the popup reads it there) once the status says « Enregistré ».
  await editor.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });
  return editor;
}

async function openPopup(b, query = '') {
  const popup = await b.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(b.url(`sidepanel.html${query}`));
  await popup.getByRole('tab', { name: /Demande de compléments/ }).click();
  await popup.getByRole('heading', { level: 2, name: 'Demande de compléments' }).waitFor();
  return popup;
}

const names = (page) => page.locator('[data-testid="preview-item"] .cm-criterion__name').allTextContents();

export const tests = [
  {
    name: 'comments: paste five comments, link, track, mark one « corrigé », reopen the popup',
    async run({ artifacts }) {
      const b = await launchWithExtension();
      try {
        const editor = await createDossier(b);
        let popup = await openPopup(b);
        await popup.getByText(/Dépôt le 03\/11\/2025 : critères RNCP issus du décret/).waitFor();
        await popup.getByLabel('Collez la demande de compléments').fill(FIVE_COMMENTS);
        await popup.getByRole('button', { name: 'Analyser' }).click();
        await popup.getByRole('heading', { name: '5 remarques trouvées' }).waitFor();
        const items = popup.getByTestId('preview-item');
        assert.equal(await items.count(), 5);
        const found = await names(popup);
        EXPECTED.forEach((e, i) => {
          assert.match(found[i] ?? '', e.criterion, `remarque ${i + 1} : ${found[i]}`);
        });
        for (const [i, e] of EXPECTED.entries()) {
          const chip = items.nth(i).getByRole('button', { name: e.field });
          assert.ok((await chip.count()) >= 1, `remarque ${i + 1} : champ ${e.field}`);
        }
        await items.nth(1).locator('details.cm-wording summary').click();
        await shot(popup, { path: `${artifacts}/comments-preview.png`, fullPage: true });
        await shot(popup, { path: `${artifacts}/comments-preview-top.png` });
        await shot(items.nth(1), { path: `${artifacts}/comments-preview-card.png` });

        await popup.getByRole('button', { name: 'Suivre ces remarques (5)' }).click();
        await popup.getByText('5 remarques ajoutées au suivi.').waitFor();
        await popup.getByTestId('remaining').filter({ hasText: '5 remarques à traiter' }).waitFor();
        const tracked = popup.getByTestId('tracked-item');
        assert.equal(await tracked.count(), 5);
        await tracked.nth(1).getByLabel('Statut').selectOption({ label: 'Corrigé' });
        await popup.getByTestId('remaining').filter({ hasText: '4 remarques à traiter' }).waitFor();
        await shot(popup, { path: `${artifacts}/comments-tracked.png`, fullPage: true });
        await shot(tracked.nth(1), { path: `${artifacts}/comments-tracked-card.png` });

        // Away from Certif Pro, a field to correct opens in the editor, focused.
        const [opened] = await Promise.all([
          b.context.waitForEvent('page'),
          tracked.nth(1).getByRole('button', { name: 'Jury : Par expérience' }).click(),
        ]);
        await opened.waitForURL(
          /options\.html#\/dossier\/.+\/champ\/fiche\.voiesAcces\.vae\.compositionJury$/,
        );
        await opened.waitForFunction(
          () => document.activeElement?.id === 'champ-fiche-voiesAcces-vae-compositionJury',
          null,
          { polling: 100 },
        );
        await opened.close();
        await popup.close();

        popup = await openPopup(b);
        await popup.getByTestId('remaining').filter({ hasText: '4 remarques à traiter' }).waitFor();
        assert.match(await popup.getByRole('tab', { name: /Demande de compléments/ }).textContent(), /4/);
        const again = popup.getByTestId('tracked-item');
        assert.equal(await again.count(), 5);
        const values = await popup
          .locator('[data-testid="tracked-item"] .cm-status select')
          .evaluateAll((els) => els.map((e) => e.value));
        assert.deepEqual(values, ['a_traiter', 'corrige', 'a_traiter', 'a_traiter', 'a_traiter']);
        await popup.getByLabel('Afficher').selectOption('corrige');
        assert.equal(await popup.getByTestId('tracked-item').count(), 1);
        await popup.getByLabel('Afficher').selectOption('toutes');
        await shot(popup, { path: `${artifacts}/comments-reopened.png` });

        // The editor's full view, when the editor embeds it (tab « Compléments »).
        const dossierUrl = editor.url().replace(/#.*$/, '');
        const hash = new URL(editor.url()).hash.replace(/\/champ\/.*$/, '');
        await editor.goto(`${dossierUrl}${hash}/complements`);
        await editor.waitForTimeout(500);
        if (await editor.getByText(/corrigée/).count()) {
          await shot(editor, { path: `${artifacts}/comments-editor-view.png`, fullPage: true });
        }
        assert.deepEqual(b.externalRequests(), []);
      } finally {
        await b.close();
      }
    },
  },
  {
    name: 'comments: « Lire la demande sur la page » reads the request on the reconstruction',
    async run({ artifacts }) {
      const platform = await startPlatform({ port: 0 });
      const b = await launchWithExtension();
      try {
        await createDossier(b);
        const page = await b.context.newPage();
        await page.goto(`${platform.url}demandes/48213/complements`);
        await page.getByText('Demande de compléments — demande d’enregistrement n° 48213').waitFor();
        const [sw] = b.context.serviceWorkers();
        const tabs = await sw.evaluate(() => chrome.tabs.query({}));
        const tab = tabs.find((t) => t.url?.includes('/demandes/48213/complements'));
        assert.ok(tab?.id, 'onglet de la reconstruction');

        const popup = await openPopup(b, `?tabId=${tab.id}`);
        await popup.getByRole('button', { name: 'Lire la demande sur la page' }).click();
        await popup.getByText(/Demande lue sur la page : « Demande de compléments — demande/).waitFor();
        await popup.getByRole('heading', { name: /remarques trouvées/ }).waitFor();
        const texts = await popup.locator('[data-testid="preview-item"] .cm-text').allTextContents();
        assert.ok(texts.length >= 9, `${texts.length} remarques`);
        assert.ok(
          texts.some((t) => t.startsWith('Les données d’insertion transmises ne portent que sur une seule')),
        );
        assert.ok(
          texts.some((t) => t.includes('<b>Piloter un chantier</b>')),
          'balisage affiché tel quel',
        );
        assert.equal(await popup.locator('[data-testid="preview-item"] b').count(), 0);
        const vae = popup.getByTestId('preview-item').filter({ hasText: 'La composition du jury VAE' });
        assert.match(await vae.locator('.cm-criterion__name').textContent(), /^RNCP 6° — /);
        await shot(popup, { path: `${artifacts}/comments-read-page.png`, fullPage: true });

        // On a page without a request, a French explanation.
        await page.goto(`${platform.url}demandes/48213/fiche`);
        await popup.getByRole('button', { name: 'Lire la demande sur la page' }).click();
        await popup.getByText(/Aucune demande de compléments n’a été trouvée sur cette page/).waitFor();

        // A field to correct that the open platform page shows is focused there.
        await page.locator('[data-certifill-field="fiche.codesRome"]').waitFor({ state: 'attached' });
        await popup.getByRole('button', { name: 'Code(s) ROME' }).first().click();
        await popup.getByText('« Code(s) ROME » est affiché sur la page Certif Pro.').first().waitFor();
        const focused = await page.evaluate(() =>
          document.activeElement?.getAttribute('data-certifill-field'),
        );
        assert.equal(focused, 'fiche.codesRome');
        assert.deepEqual(b.externalRequests(), []);
      } finally {
        await b.close();
        await platform.close();
      }
    },
  },
];
