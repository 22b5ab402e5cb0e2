// Renderer CPU on a page that changes every 5 ms (issue 16, « quiet on busy pages »): the
// reconstruction's fiche, its badges in view, and a block at the end of the body whose height
// changes every 5 ms (the body resizes, the fields do not move). Main-thread CPU time of the
// renderer (DevTools `Performance.getMetrics` in thread ticks), with and without the extension.
import { launchWithExtension } from '../../tests/e2e/browser.mjs';
import { waitInContentWorld } from '../../tests/e2e/content-world.mjs';
import { median, medianInterval, round } from './stats.mjs';

/** In the page: a block at the end of the body that grows and shrinks every 5 ms. */
function startMutating() {
  const box = document.createElement('div');
  box.id = 'busy-page-block';
  document.body.append(box);
  let h = 0;
  setInterval(() => {
    h = (h + 7) % 60;
    box.style.height = `${h}px`;
    box.textContent = `Mise à jour ${Date.now()}`;
  }, 5);
}

async function mainThreadCpu(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  return { read, close: () => cdp.detach() };
}

/** One measurement: a fresh page, `seconds` of the page mutating, its main thread's CPU time per second. */
async function measureOnce(browser, url, withExtension, seconds) {
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    await page.getByLabel('Secteurs d’activités').waitFor();
    if (withExtension)
      await waitInContentWorld(page, (_, root) => !!root()?.querySelector('.badge.shown'), null, 20_000);
    await page.evaluate(startMutating);
    await page.waitForTimeout(1000);
    const cpu = await mainThreadCpu(page);
    const a = await cpu.read();
    await page.waitForTimeout(seconds * 1000);
    const b = await cpu.read();
    await cpu.close();
    const per = (k) => (b[k] - a[k]) / seconds;
    return { task: per('TaskDuration'), script: per('ScriptDuration'), layout: per('LayoutDuration') };
  } finally {
    await page.close();
  }
}

/**
 * `rounds` rounds; in each, one fresh page per side, one after the other (order alternating), so
 * that the two never share the two cores. The figure: median over rounds of with / without.
 */
export async function busyPageRun(url, { rounds = 8, seconds = 4 } = {}) {
  const withExt = await launchWithExtension();
  const without = await launchWithExtension({ extensionDir: null });
  const w = [];
  const wo = [];
  try {
    for (let r = 0; r < rounds; r++) {
      const sides = r % 2 ? ['without', 'with'] : ['with', 'without'];
      for (const side of sides) {
        const m = await measureOnce(side === 'with' ? withExt : without, url, side === 'with', seconds);
        (side === 'with' ? w : wo).push(m);
      }
    }
  } finally {
    await withExt.close();
    await without.close();
  }
  const ratios = w.map((m, i) => m.task / (wo[i]?.task ?? Number.NaN));
  const ms = (xs, k) => round(median(xs.map((m) => m[k] * 1000)), 1);
  return {
    rounds,
    seconds,
    ratio: round(median(ratios), 3),
    ratioInterval: medianInterval(ratios, 3),
    withMsPerS: ms(w, 'task'),
    withoutMsPerS: ms(wo, 'task'),
    withScriptMsPerS: ms(w, 'script'),
    withoutScriptMsPerS: ms(wo, 'script'),
    withLayoutMsPerS: ms(w, 'layout'),
    withoutLayoutMsPerS: ms(wo, 'layout'),
    ratios: ratios.map((x) => round(x, 3)),
  };
}
