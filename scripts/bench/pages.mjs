// Pages of the reconstruction used by the benchmark.
import { importSample, openDemande, openPanel, RNCP_ID } from '../../tests/e2e/prefill-helpers.mjs';

/** Fields the matcher reports on the page (a radio group counts as one). */
async function scannedFields(page, matcherPath) {
  await page.addScriptTag({ path: matcherPath });
  return page.evaluate(() => globalThis.__certifillBench.scanRoot(document).length);
}

/** The RNCP fiche tab, with blocs added until the scan reports at least `target` fields. */
export async function reconstructionPage(context, baseUrl, target, matcherPath) {
  const page = await context.newPage();
  await page.goto(new URL('demandes/48213/fiche', baseUrl).href);
  await page.waitForFunction(() => window.__certifproRoute === location.pathname);
  const add = page.getByRole('button', { name: 'Ajouter un bloc de compétences' });
  for (let i = 0; i < 40; i++) {
    const n = await scannedFields(page, matcherPath);
    if (n >= target) break;
    await add.click();
  }
  return page;
}

/**
 * The 4-bloc sample RNCP dossier pre-filled on the fiche tab through the side panel, as a person
 * does it: « Pré-remplir cette page » → preview → « Appliquer » → report, blocs 2–4 created through
 * the page's « Ajouter un bloc de compétences ». `ms` is that whole round trip; `inPageMs` is the
 * content script's own apply handler (creations, rescan, plan, writes), as it reports it. The
 * platform's tab is in front while it is written, as beside a side panel (a hidden tab's timers
 * and frames are slowed).
 */
export async function prefillTiming(browser, baseUrl) {
  await importSample(browser, 'sample-rncp.json');
  const page = await openDemande(browser, { url: baseUrl }, RNCP_ID, 'fiche');
  const popup = await openPanel(browser, page);
  const t0 = performance.now();
  await popup.getByRole('button', { name: 'Pré-remplir cette page' }).click();
  const apply = popup.getByRole('button', { name: 'Appliquer' });
  await apply.waitFor();
  const previewMs = performance.now() - t0;
  await page.bringToFront();
  const t1 = performance.now();
  await apply.click();
  const report = popup.getByTestId('fill-report');
  await report.waitFor({ timeout: 60_000 });
  const now = performance.now();
  const [fields, created, inPageMs] = await report.evaluate((el) => [
    Number(el.dataset.filled),
    Number(el.dataset.created),
    Number(el.dataset.durationMs),
  ]);
  const blocs = await page.locator('[data-truth$="].libelle"][data-truth^="fiche.blocs["]').count();
  await popup.close();
  await page.close();
  return {
    fields,
    created,
    blocs,
    ms: Math.round(previewMs + (now - t1)),
    previewMs: Math.round(previewMs),
    applyMs: Math.round(now - t1),
    inPageMs,
  };
}
