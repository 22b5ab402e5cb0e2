// The typing comparison of `npm run bench`, on one page: two browsers with the extension and two
// without (see typingComparison), launched anew for each block of rounds, and the table's figures.
import { launchWithExtension } from '../../tests/e2e/browser.mjs';
import { chunkRatios, groupRatio, typingComparison } from './measure.mjs';
import { medianInterval, round } from './stats.mjs';

const CHUNK = 'Concevoir et déployer une infrastructure réseau. ';
const SIDES = { with: true, withTwin: true, without: false, control: false };
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/** In the page: the selector of the textarea whose label starts with `start`, or null. */
function textareaLabelled(start) {
  const t = [...document.querySelectorAll('textarea')].find((x) =>
    x.labels?.[0]?.textContent?.trim().startsWith(start),
  );
  return t?.id ? `#${CSS.escape(t.id)}` : null;
}

/**
 * `url`: the page typed in, the same on every side; `label`: the text its textarea's label starts
 * with. A whole browser, not only a renderer process, can type a few per cent faster or slower than
 * its twin for as long as it lives (the twins' ratios showed up to ±9 % over a run with the same
 * four browsers throughout): every `block` rounds the four browsers are closed and four new ones
 * launched, and pages are renewed every 10 rounds within a block.
 */
export async function typingRun(url, label, rounds, block = 20, onProgress = () => {}) {
  const times = Object.fromEntries(Object.keys(SIDES).map((k) => [k, []]));
  let selector = null;
  for (let done = 0; done < rounds; done += block) {
    const browsers = {};
    for (const [side, ext] of Object.entries(SIDES))
      browsers[side] = await launchWithExtension(ext ? {} : { extensionDir: null });
    try {
      const open = async (side) => {
        const page = await browsers[side].context.newPage();
        await page.goto(url);
        // The extension's side types once the checks are on.
        if (SIDES[side])
          await page.waitForSelector('[data-certifill-field]', { state: 'attached', timeout: 15_000 });
        await page.waitForFunction(textareaLabelled, label, { timeout: 15_000 });
        return page;
      };
      if (!selector) {
        const probe = await open('without');
        selector = await probe.evaluate(textareaLabelled, label);
        await probe.close();
      }
      const n = Math.min(block, rounds - done);
      const part = await typingComparison(open, Object.keys(SIDES), selector, CHUNK, n, 10);
      for (const side of Object.keys(SIDES)) times[side].push(...part[side]);
      onProgress(done + n, rounds);
    } finally {
      for (const b of Object.values(browsers)) await b.close();
    }
  }
  return {
    url: new URL(url).pathname,
    field: label,
    chars: CHUNK.length,
    rounds,
    withMs: round(sum(times.with) + sum(times.withTwin)),
    withoutMs: round(sum(times.without) + sum(times.control)),
    ratio: round(groupRatio([times.with, times.withTwin], [times.without, times.control]), 3),
    ratioInterval: medianInterval(
      chunkRatios([times.with, times.withTwin], [times.without, times.control]),
      3,
    ),
    // Twins: how far two identical sides differ in this run.
    controlRatio: round(groupRatio([times.control], [times.without]), 3),
    twinRatio: round(groupRatio([times.withTwin], [times.with]), 3),
    times,
  };
}
