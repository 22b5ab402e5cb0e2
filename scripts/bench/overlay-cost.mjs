// `node scripts/bench/overlay-cost.mjs [rounds]`: what the checks overlay's rendering costs while
// typing, in ONE browser with the extension (no browser-to-browser bias): chunks are typed in turn
// with the overlay as built and with parts of it hidden by a style added to its shadow root,
// and each variant's chunk time is compared with the one typed next to it. Needs the test build
// (`npx wxt build --mode test`). A diagnostic for the typing budget of `npm run bench`.
import { launchWithExtension } from '../../tests/e2e/browser.mjs';
import { inContentWorld } from '../../tests/e2e/content-world.mjs';
import { startGeneratedServer } from './generated-page.mjs';
import { pairedRatio, typingTime } from './measure.mjs';
import { median } from './stats.mjs';

const VARIANTS = {
  'as built': '',
  'overlay hidden': ':host { display: none !important; }',
  'summary panel hidden': '.panel { display: none !important; }',
  'badges hidden': '.layer { display: none !important; }',
};
const rounds = Number(process.argv[2] ?? 40);
const chunk = 'Concevoir et déployer une infrastructure réseau. ';

const generated = await startGeneratedServer(2000);
const browser = await launchWithExtension();
try {
  const page = await browser.context.newPage();
  await page.goto(generated.url);
  await page.waitForSelector('textarea[data-certifill-field]', { timeout: 15_000 });
  const names = Object.keys(VARIANTS);
  const times = Object.fromEntries(names.map((k) => [k, []]));
  for (let r = -2; r < rounds; r++) {
    for (const name of r % 2 ? names : [...names].reverse()) {
      // The overlay's shadow root is closed: styled from the content script's world.
      await inContentWorld(
        page,
        (css, root) => {
          const shadow = root();
          if (!shadow) throw new Error('overlay introuvable');
          let style = shadow.querySelector('style[data-overlay-cost]');
          if (!style) {
            style = document.createElement('style');
            style.dataset.overlayCost = '';
            shadow.append(style);
          }
          style.textContent = css;
        },
        VARIANTS[name],
      );
      const ms = await typingTime(page, '#gen-1', chunk);
      if (r >= 0) times[name].push(ms);
    }
  }
  const base = times[names[0]];
  for (const name of names) {
    const ratio = pairedRatio(times[name], base);
    console.log(
      `${name.padEnd(22)} chunk median ${Math.round(median(times[name]))} ms, paired ratio ${ratio.toFixed(3)}`,
    );
  }
} finally {
  await browser.close();
  generated.close();
}
