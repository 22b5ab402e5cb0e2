// `npm run bench`, fiche import: France compétences' export at full size (generated, about 70 MB
// zipped) read by the editor page's Web Worker in real Chromium. Per run: time until the picker
// shows every fiche, the longest gap between two frames of the page meanwhile (the page must never
// freeze), peak resident memory of the extension's renderer process, and the time to open the last
// fiche of the export (the second reading stops at it). Budgets: < 30 s, < 100 ms, < 300 MB.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchWithExtension } from '../../tests/e2e/browser.mjs';
import { generateExport } from './generate-export.mjs';
import { sampleExtensionMemory } from './process-memory.mjs';
import { median, round } from './stats.mjs';

const DIALOG = 'Nouveau dossier à partir d’une fiche publiée';
const MB = 1024 * 1024;

/** In the page: records the longest gap between animation frames until `__frames.stop()`. */
function watchFrames() {
  const w = /** @type {any} */ (window);
  let last = performance.now();
  let max = 0;
  let frames = 0;
  let on = true;
  const tick = (t) => {
    max = Math.max(max, t - last);
    last = t;
    frames++;
    if (on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  let longTasks = 0;
  const po = new PerformanceObserver((list) => {
    longTasks += list.getEntries().length;
  });
  try {
    po.observe({ type: 'longtask' });
  } catch {}
  w.__frames = {
    stop: () => {
      on = false;
      po.disconnect();
      return { max, frames, longTasks };
    },
  };
}

/** The store build: React in production mode, as people run it (the test build only adds test hooks). */
const STORE_BUILD = resolve('.output/chrome-mv3');

async function oneRun(exportFile, lastNumero, shots) {
  const b = await launchWithExtension({ extensionDir: STORE_BUILD });
  try {
    const page = await b.context.newPage();
    await page.goto(b.url('options.html'));
    await page.getByRole('button', { name: DIALOG }).click();
    await page.getByRole('dialog', { name: DIALOG }).waitFor();
    // Control: the same page, idle, for 10 s — what the shared machine alone does to frame gaps.
    await page.evaluate(watchFrames);
    await page.waitForTimeout(10_000);
    const idle = await page.evaluate(() => /** @type {any} */ (window).__frames.stop());
    const memory = sampleExtensionMemory(b.userDataDir);
    await page.evaluate(watchFrames);
    const started = Date.now();
    await page.locator('#fiche-export-file').setInputFiles(exportFile.path);
    if (shots) {
      await page.locator('progress').waitFor();
      await page.waitForTimeout(3000);
      await page.screenshot({ path: 'bench-output/fiche-export-progress.png' });
    }
    await page.getByLabel('Numéro ou intitulé de la fiche').waitFor({ timeout: 300_000 });
    const indexMs = Date.now() - started;
    const frames = await page.evaluate(() => /** @type {any} */ (window).__frames.stop());
    const indexMem = memory.stop();
    const openMemory = sampleExtensionMemory(b.userDataDir);
    await page.getByLabel('Numéro ou intitulé de la fiche').fill(lastNumero);
    await page.evaluate(watchFrames);
    const opening = Date.now();
    await page.getByRole('button', { name: `Créer le renouvellement de ${lastNumero}` }).click();
    await page
      .getByRole('region', { name: `Dossier créé à partir de la fiche ${lastNumero}` })
      .waitFor({ timeout: 300_000 });
    const openMs = Date.now() - opening;
    const openFrames = await page.evaluate(() => /** @type {any} */ (window).__frames.stop());
    const openMem = openMemory.stop();
    return {
      indexMs,
      maxFrameGapMs: round(frames.max, 1),
      frames: frames.frames,
      longTasks: frames.longTasks,
      idleMaxFrameGapMs: round(idle.max, 1),
      idleLongTasks: idle.longTasks,
      openLastMs: openMs,
      openMaxFrameGapMs: round(openFrames.max, 1),
      peakMB: round(Math.max(indexMem.peak, openMem.peak) / MB, 1),
      // Which phase the peak belongs to: the first reading (worker) or opening the fiche (dossier page).
      indexPeakMB: round(indexMem.peak / MB, 1),
      openPeakMB: round(openMem.peak / MB, 1),
      // Resident memory when the picker appears (the first reading's worker just ended) and the
      // opening starts: what the opening's peak adds to.
      openBaselineMB: round(openMem.baseline / MB, 1),
      baselineMB: round(indexMem.baseline / MB, 1),
      processes: indexMem.processes,
      indexCpuMs: indexMem.cpuMs,
      indexMainThreadCpuMs: indexMem.mainThreadCpuMs,
      openCpuMs: openMem.cpuMs,
      load: round(loadavg()[0], 1),
    };
  } finally {
    await b.close();
  }
}

/** `runs` fresh browsers in a row on the same generated export. Needs the store build in .output/chrome-mv3. */
export async function ficheExportBench(runs = 3) {
  const exportFile = await generateExport(resolve('bench-output/export-fiches-70mo.zip'));
  const last = exportFile.fiches - 1;
  const lastNumero = last % 6 >= 3 ? `RS${10_000 + last}` : `RNCP${50_000 + last}`;
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await oneRun(exportFile, lastNumero, i === 0));
  const pick = (k) => median(results.map((r) => r[k]));
  return {
    zipMB: round(exportFile.zipBytes / MB, 1),
    xmlMB: round(exportFile.xmlBytes / MB, 1),
    fiches: exportFile.fiches,
    lastNumero,
    runs: results,
    indexMs: pick('indexMs'),
    maxFrameGapMs: Math.max(...results.map((r) => r.maxFrameGapMs)),
    peakMB: Math.max(...results.map((r) => r.peakMB)),
    openLastMs: pick('openLastMs'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? 3);
  const r = await ficheExportBench(runs);
  console.log(JSON.stringify(r, null, 2));
}
