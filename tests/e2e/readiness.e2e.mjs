// Readiness per criterion in the editor's « Prêt à déposer ? »: bars, a finding opening its field,
// a tracked remark under its criterion, and the printable checklist.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { launchWithExtension } from './browser.mjs';
import { shot } from './shots.mjs';

const SAMPLE = resolve('tests/fixtures/dossiers/sample-rncp.json');
const REMARK = 'La composition du jury VAE n’est pas précisée : merci de la détailler (critère 6°).';

const criterion = (page, number) => page.locator(`.rd-criterion[data-criterion="${number}"]`);

export const tests = [
  {
    name: 'readiness: bars per criterion, a finding opens its field, a tracked remark shows under its criterion',
    async run({ artifacts }) {
      const b = await launchWithExtension();
      try {
        const page = await b.context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(b.url('options.html'));
        await page.getByRole('heading', { name: 'Mes dossiers' }).waitFor();
        await page.locator('#import-file').setInputFiles(SAMPLE);
        await page.getByText('1 dossier importé').waitFor();
        await page
          .getByRole('link', { name: /Technicien supérieur en réseaux et cybersécurité/ })
          .first()
          .click();
        await page.getByRole('link', { name: 'Vérification' }).click();
        await page.getByRole('heading', { name: 'Prêt à déposer ?' }).waitFor();
        await page.getByRole('heading', { name: 'Critère par critère' }).waitFor();

        // One bar per criterion of RNCP (recevabilité + 11 criteria under décret 2025-500).
        const bars = page.getByRole('img', { name: /vérifications? sur \d+ satisfaites?$/ });
        assert.equal(await bars.count(), 12);
        assert.match(await page.locator('.rd-summary').textContent(), /critères? prêts?.*à compléter/);
        const six = criterion(page, '6');
        assert.equal(await six.locator('.rd-status').textContent(), 'À compléter');
        await six.getByText(/Joignez la description du dispositif de VAE/).waitFor();
        await criterion(page, '1').scrollIntoViewIfNeeded();
        await shot(page, { path: `${artifacts}/readiness-bars.png`, fullPage: true });
        await shot(six, { path: `${artifacts}/readiness-criterion-6.png` });

        // A finding opens its field in the form.
        await six.getByRole('button', { name: /^Critère 6° — Accès par la validation/ }).click();
        await page.waitForFunction(
          () => document.activeElement?.id === 'champ-rncp-critere6-argumentaire',
          null,
          { polling: 100 },
        );
        assert.match(page.url(), /\/champ\/rncp\.critere6\.argumentaire$/);

        // Track one instructor remark, then find it under criterion 6°.
        await page.getByRole('link', { name: 'Demande de compléments' }).click();
        await page.getByLabel('Collez la demande de compléments').fill(REMARK);
        await page.getByRole('button', { name: 'Analyser' }).click();
        await page.getByRole('button', { name: /^Suivre (cette remarque|ces remarques)/ }).click();
        await page.getByTestId('tracked-item').first().waitFor();
        await page.getByRole('link', { name: 'Vérification' }).click();
        const remarks = criterion(page, '6').getByRole('region', {
          name: /Remarques de l’instructeur — Critère 6°/,
        });
        await remarks.getByText(/La composition du jury VAE n’est pas précisée/).waitFor();
        assert.match(await remarks.getByTestId('readiness-remark').first().textContent(), /À traiter/);
        await shot(criterion(page, '6'), { path: `${artifacts}/readiness-remark.png` });

        // The printable checklist: alone on paper.
        await page.evaluate(() => document.documentElement.classList.add('rd-printing'));
        await page.emulateMedia({ media: 'print' });
        const list = page.getByRole('article', { name: 'Liste de contrôle avant dépôt' });
        assert.ok(await list.isVisible(), 'checklist visible in print');
        assert.ok(
          !(await page.getByRole('link', { name: 'Vérification' }).isVisible()),
          'tabs hidden in print',
        );
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot(page, { path: `${artifacts}/readiness-checklist.png`, fullPage: true });
        await page.emulateMedia({ media: 'screen' });
        assert.ok(!(await list.isVisible()), 'checklist hidden on screen');
        await page.evaluate(() => document.documentElement.classList.remove('rd-printing'));

        // The same bars in the side panel, for the active dossier; a finding opens its field in the editor.
        const choose = page.getByRole('button', { name: /comme dossier actif$/ });
        if (await choose.count()) await choose.click();
        await page.getByText('● Dossier actif').waitFor();
        const panel = await b.context.newPage();
        panel.on('pageerror', (e) => errors.push(String(e)));
        await panel.setViewportSize({ width: 420, height: 900 });
        await panel.goto(b.url('sidepanel.html'));
        await panel.getByRole('tab', { name: /^Prêt à déposer\s?\?$/ }).click();
        await panel.getByRole('heading', { name: 'Critère par critère' }).waitFor();
        assert.equal(
          await panel.getByRole('img', { name: /vérifications? sur \d+ satisfaites?$/ }).count(),
          12,
        );
        const panelSix = criterion(panel, '6');
        await panelSix.locator('summary').click();
        await panelSix.getByText(/La composition du jury VAE n’est pas précisée/).waitFor();
        await shot(panel, { path: `${artifacts}/readiness-sidepanel.png`, fullPage: true });
        const [opened] = await Promise.all([
          b.context.waitForEvent('page'),
          panelSix.getByRole('button', { name: /^Description du dispositif de VAE/ }).click(),
        ]);
        await opened.waitForURL(/\/champ\/pieces\.dispositifVae$/);
        await panel
          .getByText('« Description du dispositif de VAE (jury, accompagnement) » est ouvert dans l’éditeur.')
          .waitFor();
        assert.deepEqual(errors, []);
      } finally {
        await b.close();
      }
    },
  },
];
