// Pages of the reconstruction used by the benchmark.

const CONTROLS =
  'input:not([type=hidden]):not([type=button]):not([type=submit]), textarea, select, [contenteditable=true]';

/** The RNCP fiche tab, with blocs added until it holds about `target` controls. */
export async function reconstructionPage(context, baseUrl, target) {
  const page = await context.newPage();
  await page.goto(new URL('demandes/48213/fiche', baseUrl).href);
  await page.waitForFunction(() => window.__certifproRoute === location.pathname);
  for (let i = 0; i < 40; i++) {
    const n = await page.locator(CONTROLS).count();
    if (n >= target) break;
    await page.getByRole('button', { name: 'Ajouter un bloc de compétences' }).click();
  }
  return page;
}

/** Time from « Appliquer » to the report, for the sample RNCP dossier on the fiche tab. */
export async function prefillTiming(_browser, _baseUrl) {
  return { fields: 0, ms: Number.NaN };
}
