// The whole request in one pass (issue 17), on the reconstruction in Chromium: items created through
// the page's own add controls, codes chosen through the asynchronous comboboxes, every tab counted,
// « Annuler » removing what was created, « Déposer la demande » never pressed, the real side panel.
import assert from 'node:assert/strict';
import { startPlatform } from '../../scripts/platform-server.mjs';
import { launchWithExtension } from './browser.mjs';
import {
  importSample,
  mismatches,
  openDemande,
  openPanel,
  RNCP_ID,
  RS_ID,
  readMarked,
  readSample,
  switchTab,
} from './prefill-helpers.mjs';
import { openRealSidePanel, REAL_PANEL_ARGS } from './real-side-panel.mjs';
import { shot } from './shots.mjs';

async function session(run, opts = {}) {
  const platform = await startPlatform({ port: 0 });
  const b = await launchWithExtension(opts);
  try {
    await run(b, platform);
    assert.deepEqual(b.externalRequests(), [], 'aucune requête ne doit sortir de la machine');
  } finally {
    await b.close();
    await platform.close();
  }
}

/**
 * « Pré-remplir cette page » then « Appliquer » in the panel, the platform's tab in front (as it is
 * beside the side panel: a hidden tab's timers would be slowed). Returns the preview's rows and
 * groups, and the report's figures.
 */
async function fill(panel, page) {
  await panel.getByRole('button', { name: 'Pré-remplir cette page' }).click();
  await panel.getByRole('button', { name: 'Appliquer' }).waitFor();
  await panel.getByLabel('Masquer les champs sans valeur dans le dossier').uncheck();
  const rows = await panel
    .locator('li.pp-row[data-path]')
    .evaluateAll((els) => els.map((r) => ({ path: r.dataset.path, decision: r.dataset.decision })));
  const groups = await panel
    .locator('[data-testid="prefill-groups"] li')
    .evaluateAll((els) =>
      Object.fromEntries(els.map((li) => [li.dataset.group, Number(li.dataset.toCreate)])),
    );
  await page.bringToFront();
  await panel.getByRole('button', { name: 'Appliquer' }).click();
  const report = panel.getByTestId('fill-report');
  await report.waitFor({ timeout: 120_000 });
  const figures = await report.evaluate((el) => ({
    filled: Number(el.dataset.filled),
    created: Number(el.dataset.created),
    ms: Number(el.dataset.durationMs),
  }));
  const failed = await panel.locator('section:has(> h3:text-matches("^Échecs"))').count();
  const notCreated = await panel.getByTestId('report-not-created').count();
  return { rows, groups, ...figures, failed, notCreated };
}

async function undo(panel) {
  await panel.getByRole('button', { name: 'Annuler le pré-remplissage' }).click();
  const report = panel.getByTestId('undo-report');
  await report.waitFor({ timeout: 60_000 });
  return report.evaluate((el) => ({
    restored: Number(el.dataset.restored),
    removed: Number(el.dataset.removed),
    text: el.textContent,
  }));
}

/** What readMarked gives once the page's controls are marked again (a page that re-renders after a removal). */
async function markedLike(page, want) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-certifill-field]').length >= n,
    Object.keys(want).length,
    { timeout: 30_000, polling: 100 },
  );
  return readMarked(page);
}

const pressed = (page) => page.evaluate(() => window.__certifproPressed ?? []);
const deposits = (page) => page.evaluate(() => window.__certifproDeposee);
const written = (rows) => rows.filter((r) => r.decision === 'a_remplir' || r.decision === 'a_creer').length;
const tabNames = (names) => new Set(names);

// Floors measured on the reconstruction (2026-12-01): marked controls, controls written.
const TAB_FLOORS = {
  RNCP: {
    'Identification de la demande': [10, 9],
    'Fiche descriptive': [53, 44],
    Critères: [22, 12],
    Promotions: [13, 13],
    Partenaires: [7, 7],
    Correspondances: [3, 3],
    'Pièces jointes': [11, 4],
  },
  RS: {
    'Identification de la demande': [9, 7],
    'Fiche descriptive': [25, 22],
    Critères: [20, 10],
    Promotions: [5, 5],
    Partenaires: [4, 4],
    Correspondances: [2, 0],
    'Pièces jointes': [10, 3],
  },
};

/** Every tab of one demande filled in turn from the panel: marked, written exactly, nothing left. */
async function everyTab(artifacts, repertoire, file, id) {
  await session(async (b, platform) => {
    const d = readSample(file);
    await importSample(b, file);
    const page = await openDemande(b, platform, id, 'identification');
    const panel = await openPanel(b, page);
    for (const [tab, [markedFloor, filledFloor]] of Object.entries(TAB_FLOORS[repertoire])) {
      if (tab !== 'Identification de la demande') await switchTab(page, tab);
      await panel.reload();
      await panel.getByTestId('page-summary').waitFor();
      const r = await fill(panel, page);
      const marked = await readMarked(page);
      const where = `${repertoire} › ${tab}`;
      assert.ok(
        Object.keys(marked).length >= markedFloor,
        `${where} : ${Object.keys(marked).length} marqués`,
      );
      assert.ok(r.filled >= filledFloor, `${where} : ${r.filled} remplis`);
      assert.equal(r.filled, written(r.rows), `${where} : tout ce qui était à remplir est écrit`);
      assert.equal(r.failed, 0, `${where} : aucun échec`);
      assert.deepEqual(mismatches(d, marked), [], where);
      const row = panel.locator(`[data-testid="request-progress"] li[data-tab="${tab}"]`);
      await row.waitFor();
      assert.equal(await row.getAttribute('data-remaining'), '0', `${where} : rien à reprendre`);
    }
    await shot(panel, { path: `${artifacts}/request-progress-${repertoire}.png` });
    assert.equal(await deposits(page), 0);
    assert.deepEqual(
      (await pressed(page)).filter((p) => !tabNames(Object.keys(TAB_FLOORS[repertoire])).has(p)),
      repertoire === 'RNCP'
        ? [...Array(3).fill('Ajouter un bloc de compétences'), 'Ajouter une année', 'Ajouter un partenaire']
        : ['Ajouter une année'],
      'seuls les onglets et les boutons d’ajout ont été pressés',
    );
  });
}

export const tests = [
  {
    name: 'request: fiche tab — blocs 2–4 created through « Ajouter un bloc de compétences », ROME and Formacode chosen in their lists, « Annuler » leaves the page as it was',
    async run({ artifacts }) {
      await session(async (b, platform) => {
        const d = readSample('sample-rncp.json');
        await importSample(b, 'sample-rncp.json');
        const page = await openDemande(b, platform, RNCP_ID, 'fiche');
        const panel = await openPanel(b, page);
        const before = await readMarked(page);
        assert.equal(before['fiche.blocs[1].code'], undefined, 'la page ne montre qu’un bloc au départ');

        const r = await fill(panel, page);
        await shot(panel, { path: `${artifacts}/request-fiche-report.png` });
        assert.deepEqual(r.groups, { 'fiche.blocs': 3 }, '« 3 blocs à créer » dans l’aperçu');
        assert.equal(
          r.rows.filter((x) => x.decision === 'a_creer').length,
          13,
          'les valeurs des blocs 2 à 4',
        );
        assert.equal(r.created, 3);
        assert.equal(r.failed, 0);
        assert.equal(r.notCreated, 0);
        assert.equal(r.filled, written(r.rows), 'tout ce qui était à remplir ou à créer est écrit');
        assert.ok(r.filled >= 44, `champs remplis : ${r.filled}`);

        const marked = await readMarked(page);
        assert.ok(Object.keys(marked).length >= 53, `champs marqués : ${Object.keys(marked).length}`);
        assert.deepEqual(mismatches(d, marked), []);
        for (let i = 0; i < 4; i++)
          for (const [key, v] of Object.entries(d.groups['fiche.blocs'][i]))
            if (v) assert.ok(`fiche.blocs[${i}].${key}` in marked, `bloc ${i + 1} : ${key} sur la page`);
        assert.deepEqual(marked['fiche.codesRome'], ['M1805', 'H1206'], 'ROME choisis dans la liste');
        assert.deepEqual(marked['fiche.formacodes'], ['31034', '31006'], 'Formacode choisis dans la liste');
        assert.deepEqual(await pressed(page), Array(3).fill('Ajouter un bloc de compétences'));
        assert.equal(await deposits(page), 0, '« Déposer la demande » jamais pressé');

        const u = await undo(panel);
        await shot(panel, { path: `${artifacts}/request-fiche-undo.png` });
        assert.equal(u.removed, 3, u.text);
        assert.ok(u.restored >= 30, u.text);
        assert.match(u.text, /3 éléments créés par le pré-remplissage supprimés de la page/);
        assert.deepEqual(await markedLike(page, before), before, 'la page est revenue à son état d’avant');
        assert.equal(await page.locator('[data-truth^="fiche.blocs[1]"]').count(), 0);
        const after = await pressed(page);
        assert.deepEqual(
          after.slice(3).filter((p) => p.startsWith('Supprimer')),
          [
            'Supprimer le bloc de compétences n° 4',
            'Supprimer le bloc de compétences n° 3',
            'Supprimer le bloc de compétences n° 2',
          ],
        );
        assert.deepEqual(
          after
            .slice(3)
            .filter((p) => !p.startsWith('Supprimer'))
            .sort(),
          ['Retirer 31006', 'Retirer 31034', 'Retirer H1206', 'Retirer M1805'],
          'seuls les puces ajoutées et les blocs créés sont retirés',
        );
        assert.equal(await deposits(page), 0);
      });
    },
  },
  {
    name: 'request: promotions (« Ajouter une année », React table) and partenaires (row added late) created, filled and undone',
    async run({ artifacts }) {
      await session(async (b, platform) => {
        const d = readSample('sample-rncp.json');
        await importSample(b, 'sample-rncp.json');
        const page = await openDemande(b, platform, RNCP_ID, 'promotions');
        const panel = await openPanel(b, page);
        const before = await readMarked(page);
        const r = await fill(panel, page);
        assert.deepEqual(r.groups, { promotions: 1 });
        assert.equal(r.created, 1);
        assert.equal(r.failed, 0);
        assert.equal(r.filled, written(r.rows));
        const state = await page.evaluate(() => window.__certifproState?.promotions);
        const asTyped = d.groups.promotions.map((row) =>
          Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)])),
        );
        assert.deepEqual(state, asTyped, 'les deux promotions dans l’état React de la page');
        assert.deepEqual(mismatches(d, await readMarked(page)), []);
        assert.deepEqual(await pressed(page), ['Ajouter une année']);
        const u = await undo(panel);
        assert.equal(u.removed, 1, u.text);
        assert.deepEqual(await markedLike(page, before), before);
        assert.equal((await page.evaluate(() => window.__certifproState?.promotions))?.length, 1);

        await switchTab(page, 'Partenaires');
        await panel.reload();
        await panel.getByTestId('page-summary').waitFor();
        const beforeP = await readMarked(page);
        const p = await fill(panel, page);
        await shot(panel, { path: `${artifacts}/request-partenaires-report.png` });
        assert.deepEqual(p.groups, { partenaires: 1 });
        assert.equal(p.created, 1);
        assert.equal(p.failed, 0);
        const marked = await readMarked(page);
        assert.deepEqual(mismatches(d, marked), []);
        assert.equal(marked['partenaires[1].siret'], '44123456700010');
        assert.equal(marked['fiche.existencePartenaires'], 'Oui');
        const u2 = await undo(panel);
        assert.equal(u2.removed, 1, u2.text);
        assert.deepEqual(await markedLike(page, beforeP), beforeP);
        assert.deepEqual((await pressed(page)).slice(-3), [
          'Partenaires',
          'Ajouter un partenaire',
          'Supprimer',
        ]);
        assert.equal(await deposits(page), 0);
      });
    },
  },
  ...[
    ['RNCP', 'sample-rncp.json', RNCP_ID],
    ['RS', 'sample-rs.json', RS_ID],
  ].map(([repertoire, file, id]) => ({
    name: `request: every tab of the ${repertoire} demande counted (marked, filled, left), the progress names the next tab`,
    run: ({ artifacts }) => everyTab(artifacts, repertoire, file, id),
  })),
  {
    name: 'request: the real side panel follows the active tab and stays open across « Aller au champ »',
    async run({ artifacts }) {
      await session(
        async (b, platform) => {
          await importSample(b, 'sample-rncp.json');
          const page = await openDemande(b, platform, RNCP_ID, 'fiche');
          const editor = await b.context.newPage();
          await editor.goto(b.url('options.html'));
          const real = await openRealSidePanel(b, editor);
          try {
            const { panel } = real;
            // The editor is the active tab: not a Certif Pro page.
            await panel.getByText('Ouvrez une page de Certif Pro').waitFor({ timeout: 15_000 });
            await page.bringToFront();
            await panel.getByTestId('page-summary').waitFor({ timeout: 15_000 });
            const jump = panel.getByRole('button', { name: /^Aller au champ / }).first();
            await jump.waitFor({ timeout: 15_000 });
            const name = (await jump.getAttribute('aria-label')).replace(/^Aller au champ /, '');
            await jump.click();
            await page.waitForFunction(
              () => document.activeElement?.hasAttribute('data-certifill-field'),
              null,
              { timeout: 30_000, polling: 100 },
            );
            assert.ok(name.length > 0);
            await new Promise((r) => setTimeout(r, 500));
            assert.equal(await real.isOpen(), true, 'le panneau latéral reste ouvert');
            await panel.getByTestId('page-summary').waitFor();
            await jump.click();
            assert.equal(await real.isOpen(), true);
            await shot(panel, { path: `${artifacts}/request-real-side-panel.png` });
            await editor.bringToFront();
            await panel.getByText('Ouvrez une page de Certif Pro').waitFor({ timeout: 15_000 });
          } finally {
            await real.close();
          }
        },
        { args: REAL_PANEL_ARGS },
      );
    },
  },
];
