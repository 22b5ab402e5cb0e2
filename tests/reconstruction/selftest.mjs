#!/usr/bin/env node
// Behaviour check of the reconstruction in Chromium (no extension): tabs without reload, values kept
// across tabs, repeatable groups, Quill in the main world, React state read-back, counters.
// Usage: node tests/reconstruction/selftest.mjs
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { startPlatform } from '../../scripts/platform-server.mjs';
import { demandePath } from './pages.mjs';

const { url, close } = await startPlatform({ port: 0 });
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ locale: 'fr-FR' });
const errors = [];
page.on('pageerror', (error) => errors.push(error.message));
page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
const at = (path) => page.waitForFunction((p) => window.__certifproRoute === p, path);
const truth = (id) => page.locator(`[data-truth="${id}"]`);

try {
  await page.goto(new URL(demandePath('RNCP', 'identification'), url).href);
  await at(demandePath('RNCP', 'identification'));
  await page.evaluate(() => {
    window.__noReload = true;
  });

  // A value typed in a tab survives a tab switch (no reload, panel re-rendered).
  await truth('fiche.intitule').fill('Responsable de projets de rénovation énergétique');
  await page.getByRole('tab', { name: 'Fiche descriptive' }).click();
  await at(demandePath('RNCP', 'fiche'));
  assert.equal(await page.evaluate(() => window.__noReload), true, 'tab switch reloaded the page');
  assert.equal(await truth('fiche.intitule').count(), 0);

  // Quill is reachable from the main world, like a UMD page; the counter follows the text.
  const length = await page.evaluate(() => {
    const container = document
      .querySelector('[data-truth="fiche.objectifsContexte"]')
      .closest('.ql-container');
    const quill = window.Quill.find(container);
    quill.setText('Former des chefs de projet.');
    return quill.getLength() - 1;
  });
  assert.equal(length, 27);
  assert.ok(await page.getByText('27 / 3000 caractères').isVisible());

  // "Ajouter un bloc de compétences" adds a second bloc, with its own editors.
  // It arrives late (a server round trip): nothing at first, then the bloc.
  await page.getByRole('button', { name: 'Ajouter un bloc de compétences' }).click();
  assert.equal(await truth('fiche.blocs[1].libelle').count(), 0, 'the bloc must arrive after a delay');
  await truth('fiche.blocs[1].libelle').waitFor();
  assert.equal(await page.locator('.ql-editor[data-truth="fiche.blocs[1].listeCompetences"]').count(), 1);
  await truth('fiche.blocs[1].libelle').fill('Piloter un chantier de rénovation');

  // A third bloc, deleted through its own « Supprimer »; the first bloc has none.
  await page.getByRole('button', { name: 'Ajouter un bloc de compétences' }).click();
  await truth('fiche.blocs[2].libelle').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Supprimer le bloc de compétences n° 1' }).count(), 0);
  await page.getByRole('button', { name: 'Supprimer le bloc de compétences n° 3' }).click();
  assert.equal(await truth('fiche.blocs[2].libelle').count(), 0);
  assert.equal(await truth('fiche.blocs[1].libelle').inputValue(), 'Piloter un chantier de rénovation');

  // ROME picker: the search answers late, an option becomes a chip, the hidden input follows.
  const rome = truth('fiche.codesRome');
  await rome.fill('M18');
  await page.getByRole('option', { name: /^M1805/ }).click();
  await page.locator('.cp-chip[data-code="M1805"]').waitFor();
  assert.equal(await rome.inputValue(), '');
  assert.equal(await page.locator('input[type=hidden][name="fiche.codesRome"]').inputValue(), 'M1805');
  await page.getByRole('button', { name: 'Retirer M1805' }).click();
  assert.equal(await page.locator('.cp-chip').count(), 0);

  // « Déposer la demande » counts its presses (tests check a filler never presses it).
  assert.equal(await page.evaluate(() => window.__certifproDeposee), 0);

  await page.goBack();
  await at(demandePath('RNCP', 'identification'));
  assert.equal(
    await truth('fiche.intitule').inputValue(),
    'Responsable de projets de rénovation énergétique',
  );
  await page.goForward();
  await at(demandePath('RNCP', 'fiche'));
  assert.equal(await truth('fiche.blocs[1].libelle').inputValue(), 'Piloter un chantier de rénovation');
  assert.match(await truth('fiche.objectifsContexte').textContent(), /Former des chefs de projet/);

  // React: a value set the way an extension does it (native setter + input event) reaches the state.
  await page.getByRole('tab', { name: 'Promotions' }).click();
  await at(demandePath('RNCP', 'promotions'));
  await page.evaluate(() => {
    const input = document.querySelector('[data-truth="promotions[0].annee"]');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, '2024');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await truth('promotions[0].nombreCertifies').fill('18');
  const state = await page.evaluate(() => window.__certifproState);
  assert.equal(state.promotions[0].annee, '2024');
  assert.equal(state.promotions[0].nombreCertifies, '18');
  await page.getByText('État React (reconstruction)').click();
  assert.match(await page.locator('details pre').textContent(), /"annee": "2024"/);
  await page.getByRole('button', { name: 'Ajouter une année' }).click();
  await page.waitForFunction(() => window.__certifproState.promotions.length === 2);
  await page.getByRole('button', { name: 'Ajouter une année' }).click();
  await page.waitForFunction(() => window.__certifproState.promotions.length === 3);
  await page.getByRole('button', { name: 'Supprimer' }).last().click();
  assert.equal((await page.evaluate(() => window.__certifproState)).promotions.length, 2);
  await page.getByRole('tab', { name: 'Partenaires' }).click();
  await page.getByRole('tab', { name: 'Promotions' }).click();
  await at(demandePath('RNCP', 'promotions'));
  assert.equal(await truth('promotions[0].annee').inputValue(), '2024');
  assert.equal(await truth('promotions[1].annee').count(), 1);

  assert.deepEqual(errors, []);
  console.log('Reconstruction : auto-test réussi');
} finally {
  await browser.close();
  await close();
}
